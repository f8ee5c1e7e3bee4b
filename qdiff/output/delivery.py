"""`qdiff delivery` for tools (JSON, a contract: README, "qdiff delivery") and for people (text
in the reader's language, 80 columns)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from qdiff.delivery import (
    Assessment,
    DeliveryCheck,
    Verdict,
    assess,
    figures,
    in_step,
    lookup,
    similar,
)
from qdiff.delivery.targets import TargetRow, TargetStatus, main_targets
from qdiff.notice import Quantity
from qdiff.output.columns import wrap
from qdiff.output.comparison_text import WIDTH, clip, pad
from qdiff.output.terminal import terminal_text
from qdiff.output.words import Language
from qdiff.provenance import SideNotice

# Most serious first, as the text and the HTML report read.
VERDICT_ORDER = (Verdict.SHORT, Verdict.IN_PROGRESS, Verdict.DONE, Verdict.NOT_REPORTED)


def delivery_to_dict(check: DeliveryCheck) -> dict[str, Any]:
    counts = Counter(a.verdict for a in check.assessments)
    return {
        "plan": document_dict(check.plan),
        "evidence": [document_dict(document) for document in check.evidence],
        "commitments": [_commitment(a) for a in check.assessments],
        "summary": {verdict.value: counts[verdict] for verdict in Verdict},
        "targets": [
            target_row_dict(row) for row in main_targets(check.plan.notice, check.assessments)
        ],
        "settings": {
            "object_floor": lookup.OBJECT_FLOOR,
            "blanket_score": assess.BLANKET_SCORE,
            "similar_floor": similar.SIMILAR_FLOOR,
            "similar_clause_floor": similar.CLAUSE_FLOOR,
            "similar_name_held": similar.NAME_HELD,
            "in_order_share": similar.IN_ORDER_SHARE,
            "in_step_slack": in_step.IN_STEP_SLACK,
            "phrase_share": figures.PHRASE_SHARE,
            "kind_held": figures.KIND_HELD,
            "indicator_floor": lookup.INDICATOR_FLOOR,
            "figure_reach": figures.FIGURE_REACH,
            "max_evidence": assess.MAX_EVIDENCE,
        },
    }


def document_dict(document: SideNotice) -> dict[str, Any]:
    side = document.side
    return {
        "series": side.series or document.notice.issuer,
        "period": side.period or (str(document.notice.period) if document.notice.period else None),
        "kind": document.notice.kind.value,
        "version": side.version,
        "file": side.file,
    }


def _quantity(quantity: Quantity) -> dict[str, Any]:
    return {"value": quantity.value, "unit": quantity.unit, "text": quantity.text}


def target_row_dict(row: TargetRow) -> dict[str, Any]:
    promised = row.promised
    return {
        "ref": row.ref,
        "measure": row.measure,
        "promised": {
            "value": promised.value,
            "unit": promised.unit,
            "text": promised.text,
            "bound": promised.bound,
        },
        "reported": _quantity(row.reported) if row.reported else None,
        "status": row.status.value,
        "passage": row.passage,
        "in_step": row.in_step,
    }


def _commitment(assessment: Assessment) -> dict[str, Any]:
    promise = assessment.promise
    return {
        "object": promise.object,
        "text": promise.text,
        "ref": promise.ref,
        "stage": promise.stage.value if promise.stage else None,
        "targets": [
            {
                "value": t.value,
                "unit": t.unit,
                "text": t.text,
                "measure": t.indicator,
                "bound": t.bound,
            }
            for t in promise.targets
        ],
        "verdict": assessment.verdict.value,
        "reported": _quantity(assessment.reported) if assessment.reported else None,
        "judged_by": assessment.target.text if assessment.target else None,
        "evidence": [
            {
                "source": e.passage.source,
                "text": e.passage.text,
                "quantities": [_quantity(q) for q in e.passage.quantities],
                "score": e.score,
                "blanket": e.blanket,
                "similar": e.similar,
            }
            for e in assessment.evidence
        ],
    }


_WORDS: dict[Language, dict[str, str]] = {
    "zh": {
        "plan": "计划",
        "evidence": "依据",
        "none": "（无）",
        "counts": "{n} 项可核查的承诺：",
        Verdict.DONE: "已兑现",
        Verdict.IN_PROGRESS: "推进中",
        Verdict.SHORT: "未达目标",
        Verdict.NOT_REPORTED: "未见报告",
        "promised": "承诺",
        "reported": "报告",
        "whole_list": "整体报告",
        "similar_sentence": "相近语句",
        "more": "… 另有 {n} 项（--format json 列出全部）",
        "caveat": "依据为报告的文字表述，需向责任单位核实；“未见报告”不等于未完成。",
        "targets": "主要预期目标",
        TargetStatus.MET: "达到",
        TargetStatus.MISSED: "未达到",
        TargetStatus.NOT_REPORTED: "未见报告",
    },
    "en": {
        "plan": "plan",
        "evidence": "evidence",
        "none": "(none)",
        "counts": "{n} checkable commitments:",
        Verdict.DONE: "done",
        Verdict.IN_PROGRESS: "in progress",
        Verdict.SHORT: "short of target",
        Verdict.NOT_REPORTED: "not reported",
        "promised": "promised",
        "reported": "reported",
        "whole_list": "for the whole list",
        "similar_sentence": "the most similar passage",
        "more": "… and {n} more (--format json lists them all)",
        "caveat": "Judged from what the reports say; check with the units. Not reported is not "
        "the same as not done.",
        "targets": "Main targets",
        TargetStatus.MET: "met",
        TargetStatus.MISSED: "missed",
        TargetStatus.NOT_REPORTED: "not reported",
    },
}
# Lines per verdict on a terminal; JSON lists everything.
SHOWN = {Verdict.SHORT: 50, Verdict.IN_PROGRESS: 50, Verdict.DONE: 20, Verdict.NOT_REPORTED: 20}


def delivery_text(check: DeliveryCheck, lang: Language) -> str:
    words = _WORDS[lang]
    lines = [clip(f"{words['plan']}: {side_name(check.plan)}", WIDTH)]
    for document in check.evidence:
        lines.append(clip(f"{words['evidence']}: {side_name(document)}", WIDTH))
    counts = Counter(a.verdict for a in check.assessments)
    lines.append("")
    separator = "，" if lang == "zh" else ", "
    tally = separator.join(f"{words[v]} {counts[v]}" for v in VERDICT_ORDER)
    lines.extend(wrap(f"{words['counts'].format(n=len(check.assessments))} {tally}", WIDTH))
    lines.extend(wrap(words["caveat"], WIDTH))
    targets = main_targets(check.plan.notice, check.assessments)
    if targets:
        lines.extend(["", words["targets"]])
        for row in targets:
            reported = row.reported.text if row.reported else "—"
            status = pad(words[row.status], 12)
            line = f"  {status} {row.measure} {row.promised.text} → {reported}"
            lines.append(clip(line, WIDTH))
    for verdict in VERDICT_ORDER:
        chosen = [a for a in check.assessments if a.verdict is verdict]
        if not chosen:
            continue
        lines.extend(["", f"{words[verdict]} ({len(chosen)})"])
        for assessment in chosen[: SHOWN[verdict]]:
            lines.extend(_lines(assessment, words))
        if len(chosen) > SHOWN[verdict]:
            lines.append("  " + words["more"].format(n=len(chosen) - SHOWN[verdict]))
    return terminal_text("\n".join(lines))


def side_name(document: SideNotice) -> str:
    """A plan or report as the text output names it: its archived version, else its file."""
    side = document.side
    if side.series is not None:
        return f"{side.series} {side.period}@{side.version}"
    return f"{side.file}"


def _lines(assessment: Assessment, words: dict[str, str]) -> list[str]:
    promise = assessment.promise
    head = promise.object or promise.text
    lines = [clip(f"  {promise.ref:10} {head}", WIDTH)]
    if promise.object:
        lines.append(clip(f"  {'':10} {words['promised']}: {promise.text}", WIDTH))
    target = assessment.target
    if assessment.reported is not None and target is not None:
        lines.append(
            clip(
                f"  {'':10} {words['promised']} {target.text} · {words['reported']} "
                f"{assessment.reported.text}",
                WIDTH,
            )
        )
    for evidence in assessment.evidence[:1]:
        whole = (
            f" ({words['whole_list']})"
            if evidence.blanket
            else f" ({words['similar_sentence']})"
            if evidence.similar
            else ""
        )
        said = f"  {'':10} {words['reported']}{whole}: {evidence.passage.text}"
        lines.append(clip(said, WIDTH))
    return lines
