"""What a comparison of two notices says: a link for every item and every task of both.

The names of statuses and facets are a contract (README, `qdiff compare --format json`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from qdiff.commitments.model import CommitmentLink
from qdiff.notice import Notice, Quantity, Stage


class Status(StrEnum):
    CARRIED_OVER = "carried_over"  # unchanged but for trivial edits
    REWORDED = "reworded"  # the same commitment, changed wording, targets, stages or units
    NEW = "new"
    DROPPED = "dropped"
    SPLIT = "split"  # one old item became several new ones
    MERGED = "merged"  # several old items became one new one
    UNCOVERED = "uncovered"  # past the cut of a truncated notice: nothing can be said

    def mirrored(self) -> Status:
        return _MIRROR.get(self, self)


_MIRROR = {
    Status.NEW: Status.DROPPED,
    Status.DROPPED: Status.NEW,
    Status.SPLIT: Status.MERGED,
    Status.MERGED: Status.SPLIT,
}


class Facet(StrEnum):
    MOVED = "moved"  # the item sits in another section; a task sits in another item
    HEADING_CHANGED = "heading_changed"
    STAGE_CHANGED = "stage_changed"
    QUANTITY_CHANGED = "quantity_changed"
    LEAD_UNIT_CHANGED = "lead_unit_changed"
    UNITS_CHANGED = "units_changed"
    SLIPPED = "slipped"  # a `complete` commitment repeated with the same target
    # Only on the links of object threads: across a year end, a programme's new year's round
    # (qdiff.commitments.CommitmentFacet.NEW_ROUND).
    NEW_ROUND = "new_round"


@dataclass(frozen=True)
class ItemLink:
    status: Status
    old: tuple[str, ...]  # item refs in the older (from) notice
    new: tuple[str, ...]  # item refs in the newer (to) notice
    score: float | None
    facets: tuple[Facet, ...] = ()
    evidence: tuple[str, ...] = ()  # distinctive terms both sides share
    diff: tuple[tuple[int, str], ...] | None = None  # diff-match-patch ops: -1, 0, 1

    def mirrored(self) -> ItemLink:
        return replace(
            self,
            status=self.status.mirrored(),
            old=self.new,
            new=self.old,
            diff=None if self.diff is None else tuple((-op, text) for op, text in self.diff),
        )


@dataclass(frozen=True)
class TaskSide:
    ref: str
    text: str
    stage: Stage | None
    quantities: tuple[Quantity, ...]


@dataclass(frozen=True)
class TaskLink:
    status: Status
    old: TaskSide | None
    new: TaskSide | None
    score: float | None
    facets: tuple[Facet, ...] = ()

    def mirrored(self) -> TaskLink:
        return replace(self, status=self.status.mirrored(), old=self.new, new=self.old)


@dataclass(frozen=True)
class Comparison:
    old: Notice
    new: Notice
    settings: dict[str, float]
    items: tuple[ItemLink, ...]
    tasks: tuple[TaskLink, ...]
    # One link per commitment of either notice (qdiff.commitments); empty without details.
    commitments: tuple[CommitmentLink, ...] = ()

    def mirrored(self) -> Comparison:
        return Comparison(
            old=self.new,
            new=self.old,
            settings=self.settings,
            items=tuple(link.mirrored() for link in self.items),
            tasks=tuple(link.mirrored() for link in self.tasks),
            commitments=tuple(link.mirrored() for link in self.commitments),
        )
