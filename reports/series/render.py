"""The multi-quarter report: `render_lineage(lineage, findings)`.

One self-contained HTML file like the comparison report (same base template, stylesheet, script,
strings and Content-Security-Policy), with what only a run of quarters shows: a timeline of task
threads × quarters, the threads that need checking with their audit findings, a table per lead
unit over the whole range, and every thread's history on demand. It renders the core objects it
is given and never the database; for the same inputs it writes the same bytes, except the
creation time, which callers and tests can fix.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from markupsafe import Markup

from qdiff.align.settings import DEFAULT_SETTINGS
from qdiff.delivery.roots import Root
from qdiff.lineage.model import FINDINGS, Finding, Lineage
from qdiff.periods import Period
from qdiff.refs import RefKind
from qdiff.reports.common.environment import environment
from qdiff.reports.common.header import (
    BEIJING,
    html_options,
    moment_text,
    number_text,
    settings_rows,
)
from qdiff.reports.common.page import language_of, page_basics
from qdiff.reports.common.strings import Labels
from qdiff.reports.series.strings import LINEAGE_STRINGS
from qdiff.reports.series.summary import AGENCY_COLUMNS, agency_rows, signal_counts, summary
from qdiff.reports.series.threads import FLAGS, SIGNALS, ThreadContext, signal_lists, thread_views
from qdiff.reports.series.timeline import GridRow, grid

# The comparison report's stylesheet and script, the audit findings' stylesheet, and what the
# timeline and histories add.
STYLESHEETS = ("report.css", "audit.css", "lineage.css")
SCRIPTS = ("report.js", "lineage.js")


def render_lineage(
    lineage: Lineage,
    findings: Mapping[str, Sequence[Finding]],
    *,
    lang: str = "zh",
    created_at: datetime | None = None,
    settings: Mapping[str, float] | None = None,
    roots: Mapping[str, Root] | None = None,
) -> str:
    """The report as one self-contained HTML document (CSS and JS inlined, nothing fetched).

    `findings` holds each thread's audit findings by thread key, oldest first: the last one is
    the thread's current finding. `settings` are the matching settings the threads were linked
    with (the defaults when not given). `roots`: the object threads' annual roots and their
    reported outcomes (qdiff/delivery/roots.py), shown with the project ledger."""
    language = language_of(lang)
    labels = Labels(language, "quarters", LINEAGE_STRINGS[language])
    created = created_at or datetime.now().astimezone()
    used = dict(settings) if settings is not None else DEFAULT_SETTINGS.as_dict()
    views = thread_views(ThreadContext(lineage, findings, labels, BEIJING))
    # The project ledger: the named objects' threads, when the lineage followed them.
    objects = replace(lineage, threads=lineage.objects)
    object_views = thread_views(ThreadContext(objects, findings, labels, BEIJING))
    object_grid = grid(lineage, object_views, labels, kind=RefKind.OBJECT.value)
    tasks = [view for view in views if view.kind is RefKind.TASK]
    periods = lineage.periods
    first = labels.period(periods[0]) if periods else labels["missing"]
    last = labels.period(periods[-1]) if periods else labels["missing"]
    span = periods[-1].quarter_number - periods[0].quarter_number + 1 if periods else 0
    recorded = [f for key in sorted(findings) for f in findings[key]]
    series = lineage.series or labels["ln_series_none"]
    # The printed edition's running head names the series and its quarters.
    head = labels.format("ln_running_head", series=series, first=first, last=last)
    context: dict[str, Any] = {
        **page_basics(labels, STYLESHEETS, head, SCRIPTS),
        # Notice text is Chinese: marked so where the interface around it is not.
        "zh": Markup(' lang="zh-CN"') if language != "zh" else Markup(""),
        "series": series,
        "first": first,
        "last": last,
        "span": span,
        "archived": [labels.period(p) for p in periods],
        "archived_runs": _runs(periods, labels),
        "missing": [labels.period(p) for p in lineage.missing],
        "task_count": len(tasks),
        "item_count": len(views) - len(tasks),
        "finding_count": len(recorded),
        "finding_threads": sum(1 for view in views if view.audit.newest_first),
        "created_at": created.isoformat(timespec="seconds"),
        "created_at_text": moment_text(created, labels["time_zone"]),
        "settings": settings_rows(used),
        "command": reproduce_command(lineage, used, lang),
        "sentences": summary(lineage, views, labels),
        "signal_counts": signal_counts(views, labels),
        "grid": grid(lineage, views, labels),
        "object_rows": _flagged_first(object_grid.rows),
        "roots": [(view, roots[view.key]) for view in object_views if roots and view.key in roots],
        "object_grid": object_grid,
        "signal_names": SIGNALS,
        "flags": FLAGS,
        "lists": signal_lists(views, labels),
        "agency_columns": AGENCY_COLUMNS,
        "agencies": agency_rows(views),
        "agency_names": sorted({unit for view in tasks for unit in view.lead}),
        "task_views": tasks,
        "item_views": [view for view in views if view.kind is RefKind.ITEM],
        "verdict_names": FINDINGS,
    }
    return environment().get_template("series/lineage.html").render(context)


def _flagged_first(rows: Sequence[GridRow]) -> tuple[list[GridRow], list[GridRow]]:
    """The ledger's rows to read first (slipped, stalled, gone unfinished…), then the others."""
    # Split in one pass: `row not in flagged` compared whole rows, deeply, row by row (4 s of a
    # 40-quarter report).
    flagged: list[GridRow] = []
    others: list[GridRow] = []
    for row in rows:
        is_flagged = any(name in FLAGS for name, _ in row.thread.signals)
        (flagged if is_flagged else others).append(row)
    return flagged, others


def reproduce_command(lineage: Lineage, settings: Mapping[str, float], lang: str) -> str:
    """The `qdiff report` command that makes this report again (as far as the lineage says)."""
    words = ["qdiff", "report"]
    if lineage.series:
        words.extend(["--series", lineage.series])
    if lineage.periods:
        words.extend(["--from", str(lineage.periods[0]), "--to", str(lineage.periods[-1])])
    defaults = DEFAULT_SETTINGS.as_dict()
    for name, value in sorted(settings.items()):
        if defaults.get(name) != value:
            words.extend(["--set", f"{name}={number_text(value)}"])
    return shlex.join([*words, *html_options(lang)])


def _runs(periods: Sequence[Period], labels: Labels) -> list[str]:
    """Consecutive archived quarters as runs: 2014年第一季度 — 2016年第二季度、2016年第四季度."""
    runs: list[list[Period]] = []
    for period in periods:
        if runs and period.quarter_number == runs[-1][-1].quarter_number + 1:
            runs[-1].append(period)
        else:
            runs.append([period])
    return [
        labels.period(run[0])
        if len(run) == 1
        else labels.format("ln_range", first=labels.period(run[0]), last=labels.period(run[-1]))
        for run in runs
    ]
