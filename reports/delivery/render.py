"""The HTML 承诺兑现 report: `render_delivery(check)`. Findings first (what fell short, what is
still in progress), the main targets, then every commitment beside the passage its verdict rests
on, section by section, and the sources last. It renders the core objects it is given and
nothing else; for the same inputs it writes the same bytes but for the creation time."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from qdiff import __version__
from qdiff.delivery import Assessment, DeliveryCheck, Evidence, Verdict
from qdiff.delivery.targets import main_targets
from qdiff.output.delivery import VERDICT_ORDER
from qdiff.provenance import SideNotice
from qdiff.refs import item_ref_of_task
from qdiff.reports.common.bars import BAR_WIDTH, segments
from qdiff.reports.common.environment import environment
from qdiff.reports.common.header import moment_text, side_info, side_period
from qdiff.reports.common.page import page_basics
from qdiff.reports.common.sections import section_title
from qdiff.reports.common.strings import Labels
from qdiff.reports.delivery.strings import delivery_labels

STYLESHEETS = ("report.css", "delivery.css")


@dataclass(frozen=True)
class Row:
    ref: str
    what: str  # the object, or the clause of a bare target
    text: str  # the plan's clause
    verdict: Verdict
    promised: str | None
    reported: str | None
    passages: tuple[str, ...]
    sources: tuple[str, ...]  # the evidence document of each passage


@dataclass(frozen=True)
class SectionView:
    title: str
    rows: tuple[Row, ...]
    counts: dict[str, int]


def render_delivery(
    check: DeliveryCheck, *, lang: str = "zh", created_at: datetime | None = None
) -> str:
    labels = delivery_labels(lang)
    created = created_at or datetime.now().astimezone()
    plan_name = document_name(check.plan, labels)
    evidence_names = [document_name(document, labels) for document in check.evidence]
    issuer = check.plan.notice.issuer or ""
    head = labels.format("dl_running_head", issuer=issuer, plan=plan_name)
    rows = [_row(a, check, evidence_names, labels) for a in check.assessments]
    counts = Counter(row.verdict for row in rows)
    words = {v: labels[f"verdict_word_{v.value}"] for v in Verdict}
    at = moment_text(created, labels["time_zone"])
    context: dict[str, Any] = {
        **page_basics(labels, STYLESHEETS, head),
        "issuer": issuer,
        "plan_name": plan_name,
        "evidence_names": evidence_names,
        "provenance": labels.format(
            "dl_provenance",
            plan=plan_name,
            evidence=labels["list_sep"].join(evidence_names),
            at=at,
            version=__version__,
        ),
        "total": len(rows),
        "counts": [(v, words[v], counts[v]) for v in VERDICT_ORDER],
        "bar": segments([(v.value, words[v], counts[v]) for v in VERDICT_ORDER], BAR_WIDTH),
        "short": [row for row in rows if row.verdict is Verdict.SHORT],
        "in_progress": [row for row in rows if row.verdict is Verdict.IN_PROGRESS],
        "targets": main_targets(check.plan.notice, check.assessments),
        "sections": _sections(check, rows, labels),
        "documents": [
            side_info(check.plan.side, check.plan.notice, labels["dl_plan"], labels),
            *(
                side_info(d.side, d.notice, f"{labels['dl_evidence']} {n + 1}", labels)
                for n, d in enumerate(check.evidence)
            ),
        ],
        "kinds": [labels[f"kind_{d.notice.kind.value}"] for d in (check.plan, *check.evidence)],
        "created_at": created.isoformat(timespec="seconds"),
        "created_at_text": at,
        "words": words,
    }
    return environment().get_template("delivery/delivery.html").render(context)


def document_name(document: SideNotice, labels: Labels) -> str:
    period = side_period(document.side, document.notice)
    shown = labels.period(period) if period is not None else labels["missing"]
    kind = labels[f"kind_{document.notice.kind.value}"]
    version = f"@{document.side.version}" if document.side.version is not None else ""
    return f"{shown}{kind}{version}" if labels.lang == "zh" else f"{shown} {kind}{version}"


def _row(assessment: Assessment, check: DeliveryCheck, names: list[str], labels: Labels) -> Row:
    promise = assessment.promise
    target = assessment.target
    return Row(
        ref=promise.ref,
        what=promise.object or promise.text,
        text=promise.text,
        verdict=assessment.verdict,
        promised=target.text if target and assessment.reported else None,
        reported=assessment.reported.text if assessment.reported else None,
        passages=tuple(e.passage.text for e in assessment.evidence),
        sources=tuple(_source(e, names, labels) for e in assessment.evidence),
    )


def _source(evidence: Evidence, names: list[str], labels: Labels) -> str:
    """Where a passage comes from, and how loosely it was found (a whole list's claim, or the
    sentence most like the name)."""
    name = names[evidence.passage.source]
    if evidence.blanket:
        return f"{name} · {labels['dl_blanket']}"
    if evidence.similar:
        return f"{name} · {labels['dl_similar']}"
    return name


def _sections(check: DeliveryCheck, rows: list[Row], labels: Labels) -> tuple[SectionView, ...]:
    by_section: dict[str, list[Row]] = {}
    for row in rows:
        section_ref = item_ref_of_task(row.ref.split("/")[0]).split(".")[0]
        by_section.setdefault(section_ref, []).append(row)
    views = []
    for section in check.plan.notice.sections:
        found = by_section.get(section.ref)
        if not found:
            continue
        tally = Counter(row.verdict.value for row in found)
        views.append(
            SectionView(
                section_title(section, labels),
                tuple(found),
                {v.value: tally[v.value] for v in Verdict},
            )
        )
    return tuple(views)
