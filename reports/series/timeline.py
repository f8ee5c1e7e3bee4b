"""The timeline grid: task threads × quarters, one compact cell per quarter.

A report over 40 quarters holds about 1,300 threads, so the grid holds some 50,000 cells: they are
written here as markup directly (a letter and a class or two each, runs of empty cells joined by
colspan, no </td>, which HTML lets a cell omit) rather than by a template loop. No text of a
notice goes into a cell, only letters and class names chosen here; the wording behind a cell is
shown by the report's script as a tooltip, read from the thread's history, so that the file
holds each wording once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

from markupsafe import Markup, escape

from qdiff.lineage.model import Lineage, Occurrence, Thread
from qdiff.notice import Stage
from qdiff.periods import Period
from qdiff.reports.common.strings import Labels
from qdiff.reports.common.verdicts import short_period
from qdiff.reports.series.threads import REWORDED, ThreadView

# One short class per stage: the grid repeats them thousands of times.
_STAGE_CLASS = {Stage.STUDY: "s0", Stage.START: "s1", Stage.ADVANCE: "s2", Stage.COMPLETE: "s3"}
_NO_STAGE = "sn"
SLIPPED_FACET = "slipped"


@dataclass(frozen=True)
class GridColumn:
    code: str  # "2021Q1"
    title: str  # 2021年第一季度
    head: str  # 一 / Q1
    gap: bool  # not archived


@dataclass(frozen=True)
class YearHead:
    label: str
    span: int


@dataclass(frozen=True)
class GridRow:
    thread: ThreadView
    agencies: str  # lead units of its latest occurrence, joined by |
    cells: Markup


@dataclass(frozen=True)
class Grid:
    columns: tuple[GridColumn, ...]
    years: tuple[YearHead, ...]
    rows: tuple[GridRow, ...]
    letters: tuple[tuple[str, str, str], ...]  # (class, letter, stage name) for the key


def grid(lineage: Lineage, views: Sequence[ThreadView], labels: Labels, kind: str = "task") -> Grid:
    """The grid of the threads of one kind: tasks (the timeline), or named objects (the project
    ledger, from `lineage.objects`)."""
    columns = _columns(lineage, labels)
    span = _span(lineage)
    archived = {p.quarter_number for p in lineage.periods}
    by_key = {thread.key: thread for thread in (*lineage.threads, *lineage.objects)}
    letters = {
        cls: str(escape(labels[f"letter_{stage.value}"])) for stage, cls in _STAGE_CLASS.items()
    } | {_NO_STAGE: str(escape(labels["letter_none"]))}
    rows = tuple(
        GridRow(
            thread=view,
            agencies="|".join(view.lead),
            cells=_cells(by_key[view.key], view, span, archived, letters, labels),
        )
        for view in views
        if view.kind == kind
    )
    key = (
        *((cls, letters[cls], labels.stage(stage)) for stage, cls in _STAGE_CLASS.items()),
        (_NO_STAGE, letters[_NO_STAGE], labels["letter_none_why"]),
    )
    years = tuple(
        # A year with one quarter in range has one narrow column: its number alone fits there.
        YearHead(labels.format("year_head", year=year) if n > 1 else str(year), n)
        for year, n in (
            (year, len(list(group)))
            for year, group in groupby(Period.quarter(number).year for number in span)
        )
    )
    return Grid(columns, years, rows, key)


def _span(lineage: Lineage) -> range:
    if not lineage.periods:
        return range(0)
    return range(lineage.periods[0].quarter_number, lineage.periods[-1].quarter_number + 1)


def _columns(lineage: Lineage, labels: Labels) -> tuple[GridColumn, ...]:
    archived = {p.quarter_number for p in lineage.periods}
    columns = []
    for number in _span(lineage):
        period = Period.quarter(number)
        gap = number not in archived
        title = short_period(labels, period) + (labels["gap_head"] if gap else "")
        columns.append(GridColumn(str(period), title, labels[f"quarter_head_{period.index}"], gap))
    return tuple(columns)


def _cells(
    thread: Thread,
    view: ThreadView,
    span: range,
    archived: set[int],
    letters: dict[str, str],
    labels: Labels,
) -> Markup:
    by_quarter: dict[int, list[Occurrence]] = {}
    for occurrence in thread.occurrences:
        by_quarter.setdefault(occurrence.period.quarter_number, []).append(occurrence)
    parts: list[str] = []
    empty = 0

    def flush() -> None:
        nonlocal empty
        if empty:
            parts.append(f'<td colspan="{empty}">' if empty > 1 else "<td>")
            empty = 0

    for number in span:
        here = by_quarter.get(number)
        if here:
            flush()
            parts.append(_present(here, letters))
        elif number not in archived:
            flush()
            parts.append('<td class="g">')
        elif number == view.end_quarter:
            flush()
            mark = "done" if view.ending_mark == "done" else "unfinished"
            parts.append(f'<td class="e{mark[0]}">{escape(labels[f"end_{mark}"])}')
        else:
            empty += 1
    flush()
    # Only letters and class names chosen above: nothing of a notice's text.
    return Markup("".join(parts))


def _present(here: list[Occurrence], letters: dict[str, str]) -> str:
    ranked = [o.stage for o in here if o.stage is not None]
    stage = max(ranked, key=lambda s: s.rank) if ranked else None
    cls = _STAGE_CLASS[stage] if stage is not None else _NO_STAGE
    classes = [cls]
    if any(o.status in REWORDED for o in here):
        classes.append("r")
    if any(SLIPPED_FACET in o.facets for o in here):
        classes.append("x")
    count = f"<sub>{len(here)}</sub>" if len(here) > 1 else ""
    return f'<td class="{" ".join(classes)}">{letters[cls]}{count}'
