"""What a comparison comes to, computed once for the terminal, the JSON and the HTML report:
status and facet counts, the order statuses and facets are shown in, and which changes are
worth reading first."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from qdiff.align.model import Comparison, Facet, Status, TaskLink, TaskSide
from qdiff.commitments import CommitmentFacet, CommitmentLink, CommitmentStatus
from qdiff.lexicon.quantities import ceilings
from qdiff.notice import Stage

# The order people read statuses in: what continues, then what changed shape, then what came
# and went. (The JSON summary keeps the order of `Status` itself: its keys are a contract.)
STATUS_ORDER = (
    Status.CARRIED_OVER, Status.REWORDED, Status.SPLIT, Status.MERGED,
    Status.NEW, Status.DROPPED, Status.UNCOVERED,
)  # fmt: skip
# Facets by how much they matter to an auditor: a slipped promise first, a moved item last.
FACET_ORDER = (
    Facet.SLIPPED, Facet.STAGE_CHANGED, Facet.QUANTITY_CHANGED, Facet.LEAD_UNIT_CHANGED,
    Facet.UNITS_CHANGED, Facet.HEADING_CHANGED, Facet.MOVED,
)  # fmt: skip


@dataclass(frozen=True)
class StatusCounts:
    """How many item and task links have each status (every status, zeros included, in the
    order of `Status`) and each facet (only those present, by name)."""

    items: dict[Status, int]
    tasks: dict[Status, int]
    item_facets: dict[Facet, int]
    task_facets: dict[Facet, int]

    def present(self) -> list[tuple[Status, int, int]]:
        """(status, items, tasks) for each status some item or task has, in reading order."""
        return [
            (status, self.items[status], self.tasks[status])
            for status in STATUS_ORDER
            if self.items[status] or self.tasks[status]
        ]


def status_counts(comparison: Comparison) -> StatusCounts:
    items = Counter(link.status for link in comparison.items)
    tasks = Counter(link.status for link in comparison.tasks)
    item_facets = Counter(facet for link in comparison.items for facet in link.facets)
    task_facets = Counter(facet for link in comparison.tasks for facet in link.facets)
    return StatusCounts(
        items={status: items[status] for status in Status},
        tasks={status: tasks[status] for status in Status},
        item_facets=dict(sorted(item_facets.items(), key=lambda pair: pair[0].value)),
        task_facets=dict(sorted(task_facets.items(), key=lambda pair: pair[0].value)),
    )


# What is worth reading first, decided once: the terminal lists these, the HTML report's
# follow-through tables show them in full and its headline sentences count them.


@dataclass(frozen=True)
class Slipped:
    """A completion promised again: the new task and the old one it repeats."""

    old: TaskSide
    new: TaskSide


def slipped_tasks(comparison: Comparison) -> list[Slipped]:
    """The tasks whose completion was promised last time too, in the newer notice's order."""
    return [
        Slipped(link.old, link.new)
        for link in comparison.tasks
        if Facet.SLIPPED in link.facets and link.old is not None and link.new is not None
    ]


def vanished_tasks(comparison: Comparison, complete: bool) -> list[TaskSide]:
    """Tasks of the older notice that were dropped, either at `complete` (presumably done) or
    below it (`complete=False`: dropped before they were finished)."""
    return [
        link.old
        for link in comparison.tasks
        if link.status is Status.DROPPED
        and link.old is not None
        and (link.old.stage is Stage.COMPLETE) == complete
    ]


def stage_direction(link: TaskLink) -> int:
    """+1 up the ladder, -1 down, 0 when a side names no stage."""
    old = link.old.stage if link.old else None
    new = link.new.stage if link.new else None
    if old is None or new is None or old is new:
        return 0
    return 1 if new.rank > old.rank else -1


@dataclass(frozen=True)
class ObjectFindings:
    """The named objects a reader checks first, for text, JSON and HTML alike: promised again
    after their deadline, gone before any completion, gone down the ladder."""

    named: list[CommitmentLink]  # every link of a named object, in the comparison's order
    slipped: list[CommitmentLink]
    vanished: list[CommitmentLink]
    regressed: list[CommitmentLink]


def object_findings(comparison: Comparison) -> ObjectFindings:
    named = [link for link in comparison.commitments if object_name(link) is not None]
    return ObjectFindings(
        named=named,
        slipped=[link for link in named if CommitmentFacet.SLIPPED in link.facets],
        vanished=[link for link in named if is_vanished(link)],
        regressed=[link for link in named if CommitmentFacet.REGRESSED in link.facets],
    )


def object_name(link: CommitmentLink) -> str | None:
    """The object's name as the newer document writes it (the older one's when it is gone)."""
    side = link.new or link.old
    return side.object if side is not None else None


def is_vanished(link: CommitmentLink) -> bool:
    """Gone from the newer document before any completion was promised: it needs checking."""
    return (
        link.status is CommitmentStatus.DROPPED
        and link.old is not None
        and link.old.stage is not Stage.COMPLETE
    )


def target_cut(old: TaskSide, new: TaskSide) -> bool:
    """Whether a target counted in the same unit went down (20台 → 10台): the unit's figures
    summed on each side, so 10台、5台 → 12台 is a cut; and a ceiling (控制在30微克/立方米以内)
    is cut where it goes up, loosened. One rule for text, JSON and HTML."""
    old_sums, new_sums = _sums(old), _sums(new)
    for unit in {unit for unit, _ in old_sums} & {unit for unit, _ in new_sums}:
        pairs = [
            (old_sums[unit, ceiling], new_sums[unit, ceiling], ceiling)
            for ceiling in (False, True)
            if (unit, ceiling) in old_sums and (unit, ceiling) in new_sums
        ]
        if not pairs:
            # One side's figure a ceiling, the other's plain (控制在30微克/立方米以内 → 28微克/
            # 立方米): the ceiling restated.
            pairs = [(_total(old_sums, unit), _total(new_sums, unit), True)]
        if any(new > old if ceiling else new < old for old, new, ceiling in pairs):
            return True
    return False


def _total(sums: dict[tuple[str, bool], float], unit: str) -> float:
    return sum(value for (of, _), value in sums.items() if of == unit)


def _sums(side: TaskSide) -> dict[tuple[str, bool], float]:
    """A side's figures summed by unit, ceilings apart."""
    sums: dict[tuple[str, bool], float] = {}
    for quantity, ceiling in zip(
        side.quantities, ceilings(side.text, side.quantities), strict=True
    ):
        key = (quantity.unit, ceiling)
        sums[key] = sums.get(key, 0.0) + quantity.value
    return sums
