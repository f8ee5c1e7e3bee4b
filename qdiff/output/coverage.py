"""`qdiff coverage YEAR` for tools (JSON, a contract: README, "qdiff coverage") and for people
(text in the reader's language, 80 columns)."""

from __future__ import annotations

from typing import Any

from qdiff.delivery.coverage import Coverage, Scheduled
from qdiff.output.columns import wrap
from qdiff.output.comparison_text import WIDTH, clip, pad
from qdiff.output.delivery import document_dict, side_name
from qdiff.output.terminal import terminal_text
from qdiff.output.words import Language
from qdiff.provenance import SideNotice


def coverage_to_dict(
    year: int,
    plan: SideNotice,
    notices: tuple[SideNotice, ...],
    reports: tuple[SideNotice, ...],
    coverage: Coverage,
) -> dict[str, Any]:
    milestones = coverage.milestones
    return {
        "year": year,
        "plan": document_dict(plan),
        "notices": [document_dict(d) for d in notices],
        "reports": [document_dict(d) for d in reports],
        "commitments": [
            {
                "object": c.promise.object,
                "text": c.promise.text,
                "ref": c.promise.ref,
                "stage": c.promise.stage.value if c.promise.stage else None,
                "targets": [
                    {"value": t.value, "unit": t.unit, "text": t.text} for t in c.promise.targets
                ],
                "scheduled": [_scheduled(s) for s in c.scheduled],
            }
            for c in coverage.covered
        ],
        "unrooted": [
            {
                "period": str(u.period),
                "ref": u.commitment.ref,
                "object": u.commitment.object,
                "text": u.commitment.text,
                "stage": u.commitment.stage.value if u.commitment.stage else None,
            }
            for u in coverage.unrooted
        ],
        "milestones": [
            {
                "item": m.item,
                "project": m.project,
                "quarter": m.quarter,
                "milestone": m.milestone,
                "notice_archived": m.archived,
                "scheduled": _scheduled(m.scheduled) if m.scheduled else None,
                "reported": [
                    {"period": str(p) if p else None, "text": e.passage.text, "score": e.score}
                    for p, e in m.reported
                ],
            }
            for m in milestones
        ],
        "summary": {
            "commitments": len(coverage.covered),
            "scheduled": len(coverage.covered) - len(coverage.unscheduled),
            "unscheduled": len(coverage.unscheduled),
            "unrooted": len(coverage.unrooted),
            "milestones": len(milestones),
            "milestones_scheduled": sum(1 for m in milestones if m.scheduled),
            "milestones_reported": sum(1 for m in milestones if m.reported),
        },
    }


def _scheduled(scheduled: Scheduled) -> dict[str, Any]:
    return {
        "period": str(scheduled.period),
        "ref": scheduled.ref,
        "text": scheduled.text,
        "stage": scheduled.stage.value if scheduled.stage else None,
        "score": scheduled.score,
    }


_WORDS: dict[Language, dict[str, str]] = {
    "zh": {
        "plan": "年度计划",
        "notices": "季度工作要点",
        "reports": "进展报告",
        "none": "（无）",
        "summary": (
            "{n} 项可核查的年度承诺：{scheduled} 项已列入季度工作要点，"
            "{unscheduled} 项没有任何季度列入。"
        ),
        "unscheduled": "没有任何季度列入的年度承诺 ({n})",
        "unrooted": "季度工作要点中找不到年度依据的事项 ({n})",
        "milestones": "季度节点 ({n})：列入当季工作要点 {scheduled} 个，报告提及 {reported} 个",
        "scheduled": "已列入",
        "not_scheduled": "未列入",
        "no_notice": "该季度通知未归档",
        "reported": "报告提及",
        "not_reported": "报告未提及",
        "more": "… 另有 {n} 项（--format json 列出全部）",
        "caveat": "依据为文件的文字表述；“未列入”指当季工作要点未点名该项目，需人工核实。",
    },
    "en": {
        "plan": "annual plan",
        "notices": "quarterly notices",
        "reports": "progress reports",
        "none": "(none)",
        "summary": "{n} checkable commitments of the year: {scheduled} scheduled by a quarter, "
        "{unscheduled} by none.",
        "unscheduled": "Commitments of the year no quarter scheduled ({n})",
        "unrooted": "Quarterly commitments with no root in the year's plan ({n})",
        "milestones": "Quarterly milestones ({n}): {scheduled} in their quarter's notice, "
        "{reported} in a progress report",
        "scheduled": "scheduled",
        "not_scheduled": "not scheduled",
        "no_notice": "quarter not archived",
        "reported": "in a report",
        "not_reported": "in no report",
        "more": "… and {n} more (--format json lists them all)",
        "caveat": "Read from what the documents say; not scheduled means the quarter's notice "
        "does not name it: check by hand.",
    },
}
SHOWN = 30


def coverage_text(
    plan: SideNotice,
    notices: tuple[SideNotice, ...],
    reports: tuple[SideNotice, ...],
    coverage: Coverage,
    lang: Language,
) -> str:
    words = _WORDS[lang]
    lines = [clip(f"{words['plan']}: {side_name(plan)}", WIDTH)]
    for label, documents in ((words["notices"], notices), (words["reports"], reports)):
        names = ", ".join(side_name(d) for d in documents) or words["none"]
        lines.append(clip(f"{label}: {names}", WIDTH))
    unscheduled = coverage.unscheduled
    summary = words["summary"].format(
        n=len(coverage.covered),
        scheduled=len(coverage.covered) - len(unscheduled),
        unscheduled=len(unscheduled),
    )
    lines.append("")
    lines.extend(wrap(summary, WIDTH))
    lines.extend(wrap(words["caveat"], WIDTH))
    lines.extend(["", words["unscheduled"].format(n=len(unscheduled))])
    for covered in unscheduled[:SHOWN]:
        promise = covered.promise
        lines.append(clip(f"  {promise.ref:10} {promise.object or promise.text}", WIDTH))
    if len(unscheduled) > SHOWN:
        lines.append("  " + words["more"].format(n=len(unscheduled) - SHOWN))
    lines.extend(["", words["unrooted"].format(n=len(coverage.unrooted))])
    for unrooted in coverage.unrooted[:SHOWN]:
        name = unrooted.commitment.object or unrooted.commitment.text
        lines.append(clip(f"  {unrooted.period!s:7} {unrooted.commitment.ref:10} {name}", WIDTH))
    if len(coverage.unrooted) > SHOWN:
        lines.append("  " + words["more"].format(n=len(coverage.unrooted) - SHOWN))
    milestones = coverage.milestones
    if milestones:
        lines.extend(
            [
                "",
                words["milestones"].format(
                    n=len(milestones),
                    scheduled=sum(1 for m in milestones if m.scheduled),
                    reported=sum(1 for m in milestones if m.reported),
                ),
            ]
        )
        for m in milestones:
            notice = (
                "no_notice" if not m.archived else "scheduled" if m.scheduled else "not_scheduled"
            )
            marks = words[notice] + " · " + words["reported" if m.reported else "not_reported"]
            lines.append(
                clip(
                    f"  Q{m.quarter} {m.item:5} {pad(marks, 30)} {m.project}：{m.milestone}", WIDTH
                )
            )
    return terminal_text("\n".join(lines))
