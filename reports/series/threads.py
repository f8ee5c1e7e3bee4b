"""Threads as the multi-quarter report shows them: each thread's quarter-by-quarter history, its
stage path, its audit findings, and the lists of threads that need checking.

Every decision (what a row says, how a history is collapsed, which threads a list holds and in
what order) is made here, so that the templates hold layout only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from itertools import groupby
from typing import Literal

from qdiff.align.classify import text_diff
from qdiff.align.model import Facet, Status
from qdiff.lineage.build import current_finding, longest_stage_run
from qdiff.lineage.model import Finding, Lineage, Occurrence, Signal, Thread
from qdiff.notice import Stage
from qdiff.periods import Period
from qdiff.refs import RefKind, item_ref_of_task
from qdiff.reports.common.anchors import thread_anchor
from qdiff.reports.common.strings import Labels
from qdiff.reports.common.textdiff import Run, inline
from qdiff.reports.common.verdicts import Verdict, short_period, verdict
from qdiff.reports.common.xref import Xref

# The signals a thread can carry, in the order the report names them; the first four make a
# thread one to check (`Signals.flagged`), and each has a list of its own.
FLAGS = (Signal.SLIPPED, Signal.STALLED, Signal.VANISHED_UNFINISHED, Signal.PRESUMED_DONE)
SIGNALS = (*FLAGS, Signal.REAPPEARED, Signal.LEAD_CHANGED)
LABEL_CHARS = 24  # how much of a thread's latest wording names it above its history
# A thread's wording in the timeline: its first column shows what fits, with an ellipsis. Up to
# 20 quarters the column takes the page's free width and shows about 40 characters; a longer
# timeline holds it at about 20 (lineage.css), and more would only weigh down the file.
GRID_LABEL_CHARS = 40
GRID_LABEL_CHARS_LONG = 20
LONG_TIMELINE = 20  # quarters; the timeline template and lineage.css switch at the same count
HEADING_CHARS = 60
REWORDED = frozenset({Status.REWORDED, Status.SPLIT, Status.MERGED})
# Sorting "by signal": open threads to check first, then by how serious the signal is.
_WEIGHTS = {
    Signal.SLIPPED: 32,
    Signal.VANISHED_UNFINISHED: 16,
    Signal.STALLED: 8,
    Signal.PRESUMED_DONE: 4,
    Signal.REAPPEARED: 2,
    Signal.LEAD_CHANGED: 1,
}
_OPEN_WEIGHT = 64


@dataclass(frozen=True)
class Audit:
    """A thread's audit findings. The latest one is current when it was made at or after the
    quarter the thread was last seen in (as `qdiff audit list` counts it): a thread seen again
    after its finding needs checking again."""

    current: Verdict | None
    earlier: tuple[Verdict, ...]  # every other finding, newest first
    flagged: bool  # the thread has a signal that needs checking

    @property
    def open(self) -> bool:
        return self.flagged and self.current is None

    @property
    def outdated(self) -> bool:
        """It has findings, but the thread was seen again after the latest."""
        return self.current is None and bool(self.earlier)

    @property
    def newest_first(self) -> tuple[Verdict, ...]:
        return ((self.current,) if self.current else ()) + self.earlier


@dataclass(frozen=True)
class HistoryRow:
    state: Literal["present", "absent", "gap"]
    quarter: str  # one quarter (as the grid's column titles name it), or a run of them
    ref: str = ""
    text: str = ""
    stage: str = ""  # stage value for the row's class; "" when none
    stage_label: str = ""
    lead: str = ""
    lead_changed: bool = False
    quantities: str = ""
    change: str = ""
    # What changed from the previous quarter it was in: the wording with its changes marked
    # (empty when the wording is the same), and whether the stage and the targets changed.
    marked: Run = ()
    stage_changed: bool = False
    quantities_changed: bool = False


@dataclass(frozen=True)
class ThreadView:
    key: str
    anchor: str
    kind: RefKind
    label: str  # the latest wording, cut short
    grid_label: str  # cut shorter, for the timeline
    latest: str  # the latest wording in full
    latest_period: str
    lead: tuple[str, ...]  # lead units of the latest occurrence
    first: Period
    last: Period
    seen: str  # "2021年第一季度 — 2022年第一季度（5 个季度）"
    age: int
    slipped: int  # how often a completion was promised again
    signals: tuple[tuple[str, str], ...]  # (name, label) of each signal it carries
    severity: int
    rows: tuple[HistoryRow, ...]
    ending: str
    ending_mark: Literal["still", "unfinished", "done"]
    end_quarter: int | None  # the first archived quarter without it, after its last
    item: Xref | None  # a task thread's item (its latest occurrence's)
    audit: Audit
    path: str  # the stage path, run-length: 推进×3 → 完成
    stalled_run: tuple[str, int] | None  # the longest run at one stage below complete

    @property
    def signal_names(self) -> str:
        return " ".join(name for name, _ in self.signals)

    @property
    def flagged(self) -> bool:
        """Needs checking: its history is in the printed edition, open or not on screen."""
        return any(name in FLAGS for name, _ in self.signals)


@dataclass(frozen=True)
class ListRow:
    thread: ThreadView
    detail: str


@dataclass(frozen=True)
class SignalList:
    key: str
    anchor: str
    title: str
    why: str
    rows: tuple[ListRow, ...]


class ThreadContext:
    """What every thread's view needs from the whole lineage."""

    def __init__(
        self,
        lineage: Lineage,
        findings: Mapping[str, Sequence[Finding]],
        labels: Labels,
        zone: tzinfo | None = None,
    ) -> None:
        self.lineage = lineage
        self.findings = findings
        self.labels = labels
        self.zone = zone  # findings' times are shown on the clock the report was made by
        self.archived = {p.quarter_number for p in lineage.periods}
        self.last_archived = lineage.periods[-1].quarter_number if lineage.periods else 0
        span = self.last_archived - lineage.periods[0].quarter_number + 1 if lineage.periods else 0
        self.grid_label_chars = GRID_LABEL_CHARS if span <= LONG_TIMELINE else GRID_LABEL_CHARS_LONG
        # The item thread holding each item occurrence, for a task thread's link to its item.
        self.items: dict[tuple[int, str], tuple[str, str]] = {
            (o.period.quarter_number, o.ref): (thread.key, heading(o))
            for thread in lineage.threads
            if thread.kind is RefKind.ITEM
            for o in thread.occurrences
        }

    def period(self, number: int) -> str:
        return short_period(self.labels, Period.quarter(number))


def heading(occurrence: Occurrence) -> str:
    """An item's heading as the parser read it (which knows 3。5亿元 is a damaged decimal, not a
    sentence's end), cut to a readable length."""
    return shorten(occurrence.heading or occurrence.text, HEADING_CHARS)


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def thread_views(context: ThreadContext) -> tuple[ThreadView, ...]:
    return tuple(_view(thread, context) for thread in context.lineage.threads)


def _view(thread: Thread, c: ThreadContext) -> ThreadView:
    t = c.labels
    latest = thread.occurrences[-1]
    first, last = thread.first, thread.last
    signals = thread.signals
    present = set(thread.signals.names())
    names = [name for name in SIGNALS if name in present]
    labelled = tuple((name, _signal_label(name, signals.slipped, t)) for name in names)
    audit = _audit(c.findings.get(thread.key, ()), signals.flagged, last, c)
    severity = sum(_WEIGHTS[name] for name in names) + (_OPEN_WEIGHT if audit.open else 0)
    end = next(
        (q for q in range(last.quarter_number + 1, c.last_archived + 1) if q in c.archived), None
    )
    if end is None:
        mark: Literal["still", "unfinished", "done"] = "still"
        ending = t.format("hist_still", period=c.period(last.quarter_number))
    else:
        mark = "done" if latest.stage is Stage.COMPLETE else "unfinished"
        ending = t.format(f"hist_gone_{mark}", period=c.period(end))
    span = thread.signals.age
    seen = (
        t.format("seen_one", first=c.period(first.quarter_number))
        if first == last
        else t.format(
            "seen_span",
            first=c.period(first.quarter_number),
            last=c.period(last.quarter_number),
            n=span,
        )
    )
    return ThreadView(
        key=thread.key,
        anchor=thread_anchor(thread.key),
        kind=thread.kind,
        label=shorten(_wording(thread, latest), LABEL_CHARS),
        grid_label=shorten(_wording(thread, latest), c.grid_label_chars),
        latest=_wording(thread, latest),
        latest_period=c.period(latest.period.quarter_number),
        lead=latest.lead,
        first=first,
        last=last,
        seen=seen,
        age=span,
        slipped=signals.slipped,
        signals=labelled,
        severity=severity,
        rows=_history(thread, c),
        ending=ending,
        ending_mark=mark,
        end_quarter=end,
        item=_item_of(thread, latest, c),
        audit=audit,
        path=_path(thread, c),
        stalled_run=_stalled_run(thread.occurrences) if signals.stalled else None,
    )


def _wording(thread: Thread, occurrence: Occurrence) -> str:
    return occurrence.text if thread.kind is RefKind.TASK else heading(occurrence)


def _signal_label(name: str, slipped: int, t: Labels) -> str:
    label = t[f"signal_{name}"]
    return f"{label}×{slipped}" if name == Signal.SLIPPED and slipped > 1 else label


def _item_of(thread: Thread, latest: Occurrence, c: ThreadContext) -> Xref | None:
    if thread.kind is not RefKind.TASK:
        return None
    found = c.items.get((latest.period.quarter_number, item_ref_of_task(latest.ref)))
    if found is None:
        return None
    key, title = found
    return Xref(thread_anchor(key), title)


def _audit(found: Sequence[Finding], flagged: bool, last: Period, c: ThreadContext) -> Audit:
    verdicts = [verdict(finding, c.labels, c.zone) for finding in found]  # oldest first
    if current_finding(found, last) is not None:
        return Audit(verdicts[-1], tuple(reversed(verdicts[:-1])), flagged)
    return Audit(None, tuple(reversed(verdicts)), flagged)


# history ------------------------------------------------------------------------------------------
def _marked(previous: Occurrence | None, occurrence: Occurrence, thread: Thread) -> Run:
    """The wording with what it puts in since the previous quarter marked; () when it is the
    same (most rows: the diff runs only where there is something to show). What it took out is
    the row above's wording: repeating it here doubled the text of a long report (40 quarters:
    4.9 MB → 5.9 MB)."""
    if previous is None:
        return ()
    before, after = _wording(thread, previous), _wording(thread, occurrence)
    if before == after:
        return ()
    return tuple(segment for segment in inline(text_diff(before, after)) if segment.mark != "del")


def _history(thread: Thread, c: ThreadContext) -> tuple[HistoryRow, ...]:
    """The thread from its first quarter to its last: one row per occurrence, and one row for
    each run of quarters it is absent from (or that are not archived)."""
    t = c.labels
    by_quarter: dict[int, list[Occurrence]] = {}
    for occurrence in thread.occurrences:
        by_quarter.setdefault(occurrence.period.quarter_number, []).append(occurrence)
    rows: list[HistoryRow] = []
    run: list[int] = []
    run_state = ""
    previous_lead: frozenset[str] | None = None
    previous: Occurrence | None = None
    previous_quarter: int | None = None
    first = thread.first.quarter_number

    def flush() -> None:
        if run:
            quarter = c.period(run[0])
            if len(run) > 1:
                quarter = t.format("ln_range", first=quarter, last=c.period(run[-1]))
            state: Literal["absent", "gap"] = "gap" if run_state == "gap" else "absent"
            rows.append(HistoryRow(state, quarter))
            run.clear()

    for number in range(first, thread.last.quarter_number + 1):
        here = by_quarter.get(number)
        if not here:
            state = "absent" if number in c.archived else "gap"
            if run and state != run_state:
                flush()
            run.append(number)
            run_state = state
            continue
        flush()
        returned = previous_quarter is not None and any(
            q in c.archived for q in range(previous_quarter + 1, number)
        )
        for occurrence in here:
            lead = frozenset(occurrence.lead)
            rows.append(
                HistoryRow(
                    state="present",
                    quarter=c.period(number),
                    ref=occurrence.ref,
                    text=_wording(thread, occurrence),
                    stage=occurrence.stage.value if occurrence.stage else "",
                    stage_label=t.stage(occurrence.stage) if thread.kind is RefKind.TASK else "",
                    lead=(
                        t["same_lead"]
                        if previous_lead == lead
                        else t["units_sep"].join(occurrence.lead) or t["no_lead"]
                    ),
                    lead_changed=previous_lead is not None and previous_lead != lead,
                    quantities=t["units_sep"].join(occurrence.quantities),
                    change=_change(occurrence, number == first, returned, t),
                    marked=_marked(previous, occurrence, thread),
                    stage_changed=previous is not None and previous.stage != occurrence.stage,
                    quantities_changed=previous is not None
                    and previous.quantities != occurrence.quantities,
                )
            )
            previous_lead = lead
            previous = occurrence
        previous_quarter = number
    return tuple(rows)


def _change(occurrence: Occurrence, first: bool, returned: bool, t: Labels) -> str:
    if first:
        return t["hist_first"]
    parts = [t["hist_returned"]] if returned else []
    parts.append(t.status(Status(occurrence.status)))
    parts.extend(t.facet(Facet(facet)) for facet in occurrence.facets)
    return t["list_sep"].join(parts)


def _path(thread: Thread, c: ThreadContext) -> str:
    """The stages quarter by quarter, run-length: 推进×3 → 未出现 → 完成."""
    t = c.labels
    stages: dict[int, Stage | None] = {}
    for occurrence in thread.occurrences:
        stages.setdefault(occurrence.period.quarter_number, occurrence.stage)
    steps: list[str] = []
    for number in range(thread.first.quarter_number, thread.last.quarter_number + 1):
        if number in stages:
            steps.append(t.stage(stages[number]) if thread.kind is RefKind.TASK else "●")
        else:
            steps.append(t["path_absent"] if number in c.archived else t["path_gap"])
    parts = []
    for step, same in groupby(steps):
        n = len(list(same))
        parts.append(t.format("path_run", stage=step, n=n) if n > 1 else step)
    return t["path_sep"].join(parts)


def _stalled_run(occurrences: Sequence[Occurrence]) -> tuple[str, int] | None:
    """The run that made the thread stalled, as `qdiff.lineage` counts it."""
    run = longest_stage_run(occurrences)
    return (run[0].value, run[1]) if run else None


# the lists of threads to check ------------------------------------------------------------------
def signal_lists(views: Sequence[ThreadView], labels: Labels) -> tuple[SignalList, ...]:
    tasks = [v for v in views if v.kind is RefKind.TASK]
    lists = []
    for name in FLAGS:
        chosen = [v for v in tasks if any(n == name for n, _ in v.signals)]
        chosen.sort(key=_LIST_ORDER[name])
        lists.append(
            SignalList(
                key=name,
                anchor=f"list-{name.replace('_', '-')}",
                title=labels[f"list_{name}"],
                why=labels[f"list_{name}_why"],
                rows=tuple(ListRow(v, _detail(name, v, labels)) for v in chosen),
            )
        )
    return tuple(lists)


_LIST_ORDER: dict[Signal, Callable[[ThreadView], tuple[int, Period, str]]] = {
    Signal.SLIPPED: lambda v: (-v.slipped, v.first, v.key),
    Signal.STALLED: lambda v: (-(v.stalled_run[1] if v.stalled_run else 0), v.first, v.key),
    Signal.VANISHED_UNFINISHED: lambda v: (-v.last.quarter_number, v.first, v.key),
    Signal.PRESUMED_DONE: lambda v: (-v.last.quarter_number, v.first, v.key),
}


def _detail(name: str, view: ThreadView, t: Labels) -> str:
    if name == Signal.SLIPPED:
        return t.format("detail_slipped", n=view.slipped)
    if name == "stalled" and view.stalled_run:
        stage, n = view.stalled_run
        return t.format("detail_stalled", stage=t.stage(Stage(stage)), n=n)
    if view.end_quarter is not None:
        return t.format("detail_gone", period=short_period(t, Period.quarter(view.end_quarter)))
    return ""
