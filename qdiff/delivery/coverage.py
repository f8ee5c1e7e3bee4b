"""The coverage of a year: which of the year's commitments (an annual plan's, or a work report's
plan part) the quarterly notices scheduled (按季度分解细化), at what stage each quarter; which
annual commitments no quarter scheduled; which quarterly commitments have no annual root; and,
for a task table with a milestone per quarter, each quarter's milestone against that quarter's
notice and the progress reports."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from qdiff.commitments import Commitment, commitments_of
from qdiff.delivery.lookup import (
    INDICATOR_FLOOR,
    find_object,
    find_promised,
    measure_of,
    object_stage,
)
from qdiff.delivery.model import Evidence, Promise
from qdiff.delivery.passages import PassageIndex, passages_of
from qdiff.delivery.plan import checkable, promises_of
from qdiff.notice import Notice, Stage
from qdiff.periods import Period, PeriodKind


@dataclass(frozen=True)
class Scheduled:
    period: Period
    ref: str  # the task of that notice that schedules it
    text: str  # the clause that does
    stage: Stage | None
    score: float


@dataclass(frozen=True)
class Covered:
    promise: Promise
    scheduled: tuple[Scheduled, ...]  # one per notice that schedules it, in period order


@dataclass(frozen=True)
class Unrooted:
    period: Period
    commitment: Commitment  # a named commitment of a quarter that no annual one roots


@dataclass(frozen=True)
class MilestoneCheck:
    item: str  # the task table's row
    project: str
    quarter: int
    milestone: str  # as the plan writes it
    archived: bool  # that quarter's notice is in hand (else nothing can be said of it)
    scheduled: Scheduled | None  # that quarter's notice names the project
    # The progress reports covering that quarter that name the project (a mention, not a
    # verdict: `qdiff delivery` judges what they say).
    reported: tuple[tuple[Period | None, Evidence], ...]


@dataclass(frozen=True)
class Coverage:
    covered: tuple[Covered, ...]
    unrooted: tuple[Unrooted, ...]
    milestones: tuple[MilestoneCheck, ...]

    @property
    def unscheduled(self) -> tuple[Covered, ...]:
        return tuple(c for c in self.covered if not c.scheduled)


@dataclass(frozen=True)
class _Indexed:
    period: Period
    notice: Notice
    index: PassageIndex
    starts: list[int]  # task starts, in order, for the task a passage is in


def coverage_of(
    annual: Notice,
    quarters: Sequence[tuple[Period, Notice]],
    reports: Sequence[tuple[Period | None, Notice]] = (),
) -> Coverage:
    """`quarters`: the year's quarterly (and half-year) notices with their periods; `reports`:
    its progress and completion reports."""
    indexed = [_index(period, notice) for period, notice in sorted(quarters, key=lambda p: p[0])]
    promises = promises_of(annual)
    covered = tuple(
        Covered(promise, tuple(s for q in indexed if (s := _schedule(promise, q)) is not None))
        for promise in promises
    )
    return Coverage(covered, _unrooted(annual, indexed), _milestones(annual, indexed, reports))


def _index(period: Period, notice: Notice) -> _Indexed:
    starts = [task.start for task in notice.tasks]
    return _Indexed(period, notice, PassageIndex(passages_of(notice, 0, planning=True)), starts)


def _task_at(quarter: _Indexed, offset: int) -> str:
    position = bisect.bisect_right(quarter.starts, offset) - 1
    return quarter.notice.tasks[max(0, position)].ref


def _schedule(promise: Promise, quarter: _Indexed) -> Scheduled | None:
    found: list[tuple[float, int]] = []
    if promise.object is not None:
        found = find_promised(quarter.index, promise)
    # A number promised, also one a programme is named with (规模以上工业企业25家), is scheduled
    # where what it measures is.
    if not found and promise.targets:
        found = quarter.index.search(measure_of(promise.targets[0].indicator), INDICATOR_FLOOR)
    # Income to grow in step with the economy, where its measure is (居民人均可支配收入).
    if not found and promise.in_step:
        found = quarter.index.search(measure_of(promise.in_step), INDICATOR_FLOOR)
    if not found:
        return None
    score, number = found[0]
    passage = quarter.index.passages[number]
    stage = (
        object_stage(promise.object, passage, promised=promise.text)
        if promise.object
        else passage.stage
    )
    return Scheduled(quarter.period, _task_at(quarter, passage.start), passage.text, stage, score)


def _unrooted(annual: Notice, quarters: Sequence[_Indexed]) -> tuple[Unrooted, ...]:
    roots = PassageIndex(passages_of(annual, 0, planning=True))
    found = []
    for quarter in quarters:
        for commitment in commitments_of(quarter.notice):
            name = commitment.object
            if name is None or not checkable(name):
                continue
            if not find_object(roots, name):
                found.append(Unrooted(quarter.period, commitment))
    return tuple(found)


def _milestones(
    annual: Notice,
    quarters: Sequence[_Indexed],
    reports: Sequence[tuple[Period | None, Notice]],
) -> tuple[MilestoneCheck, ...]:
    by_quarter = {q.period.index: q for q in quarters if q.period.kind is PeriodKind.QUARTER}
    reporting = [
        (period, PassageIndex(passages_of(notice, n))) for n, (period, notice) in enumerate(reports)
    ]
    checks = []
    for item in annual.items:
        project = item.heading.split("|")[0].strip()
        for milestone in item.milestones:
            written = milestone.text.strip()
            if not written or written == "/":
                continue  # nothing promised that quarter
            quarter = by_quarter.get(milestone.quarter)
            scheduled = None
            if quarter is not None:
                hits = find_object(quarter.index, project)
                if hits:
                    score, number = hits[0]
                    passage = quarter.index.passages[number]
                    scheduled = Scheduled(
                        quarter.period,
                        _task_at(quarter, passage.start),
                        passage.text,
                        object_stage(project, passage, promised=written),
                        score,
                    )
            # A report speaks of the quarters it covers: a half-year's of Q1 and Q2 only.
            reported = tuple(
                (period, Evidence(index.passages[number], score))
                for period, index in reporting
                if period is None or _last_quarter(period) >= milestone.quarter
                for score, number in find_object(index, project)[:1]
            )
            checks.append(
                MilestoneCheck(
                    item.ref,
                    project,
                    milestone.quarter,
                    written,
                    quarter is not None,
                    scheduled,
                    reported,
                )
            )
    return tuple(checks)


def _last_quarter(period: Period) -> int:
    return period.first_quarter + period.quarters - 1
