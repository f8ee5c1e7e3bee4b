"""The HTML report of one comparison: `render_comparison(comparison, old, new, findings=…)`.

It renders the core objects it is given and nothing else (never the database), and for the same
inputs it writes the same bytes, except the creation time, which callers and tests can fix.
Audit findings, when given, show next to the tasks they were made on (`audit.py`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from qdiff import __version__
from qdiff.align.model import Comparison, Facet
from qdiff.lineage.model import Finding
from qdiff.output.summary import FACET_ORDER, object_findings, status_counts
from qdiff.periods import Period, PeriodKind
from qdiff.provenance import Side
from qdiff.reports.common.environment import environment
from qdiff.reports.common.header import (
    BEIJING,
    moment_text,
    reproduce_command,
    settings_rows,
    side_info,
    side_period,
    truncations,
)
from qdiff.reports.common.page import language_of, page_basics
from qdiff.reports.common.strings import Labels, SidePair
from qdiff.reports.pair.agencies import COLUMNS, agency_rows
from qdiff.reports.pair.audit import TaskAudits, TaskKey
from qdiff.reports.pair.charts import AGENCY_PARTS, agency_bars, stage_matrix, status_bar
from qdiff.reports.pair.follow import follow_tables
from qdiff.reports.pair.items import build_groups
from qdiff.reports.pair.ledger import ledger
from qdiff.reports.pair.panel import check_groups
from qdiff.reports.pair.strings import PAIR_STRINGS

STYLESHEETS = ("report.css", "audit.css")


def render_comparison(
    comparison: Comparison,
    old: Side,
    new: Side,
    *,
    lang: str = "zh",
    created_at: datetime | None = None,
    findings: Mapping[TaskKey, Sequence[Finding]] | None = None,
) -> str:
    """The report as one self-contained HTML document (CSS and JS inlined, nothing fetched).

    `findings` are audit findings by the task occurrence they were made on, (period, task ref):
    ("2021Q4", "3.2.1"). Each shows next to that task on the side whose period it names (the
    older notice's findings on the left), oldest first; slipped and vanished tasks with
    findings also get a line in the follow-through tables. Times are shown in Beijing time,
    whatever the clock of `created_at`."""
    language = language_of(lang)
    old_period = side_period(old, comparison.old)
    new_period = side_period(new, comparison.new)
    labels = Labels(language, _pair(old_period, new_period), PAIR_STRINGS[language])
    created = created_at or datetime.now().astimezone()
    audits = TaskAudits(findings, comparison, (old_period, new_period), labels, BEIJING)
    issuer = comparison.new.issuer or comparison.old.issuer or ""
    old_name = labels.period(old_period) if old_period else labels["missing"]
    new_name = labels.period(new_period) if new_period else labels["missing"]
    # The findings' stylesheet only when there are findings: a report without them stays as it was.
    page = page_basics(
        labels,
        STYLESHEETS[: 2 if audits else 1],
        labels.format("running_head", issuer=issuer, old_period=old_name, new_period=new_name),
        ("report.js",),
    )
    tables = follow_tables(comparison, labels, audits)
    groups = build_groups(comparison, labels, audits)
    counts = status_counts(comparison)
    agencies = agency_rows(comparison)
    at = moment_text(created, labels["time_zone"])
    agency_legend = {key: labels[f"agency_{key}"] for key in AGENCY_PARTS}
    context: dict[str, Any] = {
        **page,
        "issuer": issuer,
        "old_period": old_name,
        "new_period": new_name,
        "sides": (
            side_info(old, comparison.old, labels.old_title, labels),
            side_info(new, comparison.new, labels.new_title, labels),
        ),
        "provenance": labels.format(
            "provenance_line",
            from_period=old_name,
            from_ref=_source_name(old, comparison.old.doc_number, labels),
            to_period=new_name,
            to_ref=_source_name(new, comparison.new.doc_number, labels),
            at=at,
            version=__version__,
        ),
        "truncations": truncations(comparison, labels),
        "created_at": created.isoformat(timespec="seconds"),
        "created_at_text": at,
        "settings": settings_rows(comparison.settings),
        "command": reproduce_command(old, new, comparison.settings, labels.lang),
        "checks": check_groups(comparison, object_findings(comparison), labels),
        "status_bar": status_bar(counts, {s: labels.status(s) for s in labels.status_order}),
        "matrix": stage_matrix(comparison),
        "agency_bars": agency_bars(agencies, agency_legend),
        "agency_legend": agency_legend,
        "status_counts": counts.present(),
        "follow": tables,
        "ledger": ledger(comparison, labels),
        "agency_columns": COLUMNS,
        "agencies": agencies,
        "groups": groups,
        "facets_present": _facets_present(comparison),
        "agency_names": sorted({a for g in groups for c in g.cards for a in c.agencies}),
        "item_total": sum(len(g.cards) for g in groups),
    }
    return environment().get_template("pair/comparison.html").render(context)


def _source_name(side: Side, doc_number: str | None, labels: Labels) -> str:
    """A notice as the one-line header names it: its archived version (@2), or its file's
    name, and its document number."""
    if side.version is not None:
        name = f"@{side.version}"
    else:
        name = side.file.replace("\\", "/").rsplit("/", 1)[-1] if side.file else ""
    return labels.format("source_ref", name=name, doc=doc_number) if doc_number else name


def _pair(old: Period | None, new: Period | None) -> SidePair:
    """How to name the two notices: 上季度/本季度 only when they are consecutive quarters."""
    if old is not None and new is not None:
        if old == new:
            return "versions"
        quarters = old.kind is PeriodKind.QUARTER and new.kind is PeriodKind.QUARTER
        if quarters and (new.year * 4 + new.index) - (old.year * 4 + old.index) == 1:
            return "quarters"
    return "periods"


def _facets_present(comparison: Comparison) -> list[Facet]:
    present = {facet for link in comparison.items for facet in link.facets}
    return [facet for facet in FACET_ORDER if facet in present]
