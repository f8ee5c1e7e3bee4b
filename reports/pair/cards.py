"""What the templates render: plain frozen records built from a `Comparison`, so that templates
hold layout only and every decision (grouping, counting, wording) is Python that tests can read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from qdiff.align.model import Facet, Status
from qdiff.notice import Stage
from qdiff.reports.common.textdiff import Run
from qdiff.reports.common.verdicts import Verdict
from qdiff.reports.common.xref import Xref


@dataclass(frozen=True)
class TaskRow:
    anchor: str  # the row's id: the new task's anchor, or the old one's when it has no new side
    old_anchor: str | None  # the old task's anchor, on its cell, when the row has both sides
    old_ref: str | None
    new_ref: str | None
    status: Status
    facets: tuple[Facet, ...]
    old: Run
    new: Run
    line: Run  # the redline: the old wording with deletions and insertions marked in place
    old_stage: Stage | None
    new_stage: Stage | None
    old_quantities: tuple[str, ...]
    new_quantities: tuple[str, ...]
    moved_from: Xref | None = None  # a task that came from another item: that item's old place
    # Audit findings on the older and the newer task, oldest first (the last is the latest).
    old_audit: tuple[Verdict, ...] = ()
    new_audit: tuple[Verdict, ...] = ()
    kind: Literal["task"] = "task"

    @property
    def unchanged(self) -> bool:
        """Carried over as it was: folded to one line, since there is nothing to read in it."""
        return (
            self.status is Status.CARRIED_OVER
            and not self.facets
            and not self.old_audit + self.new_audit
        )


@dataclass(frozen=True)
class TaskStub:
    """Left in an item's card for one of its tasks that moved to another item."""

    old_ref: str
    text: str
    to: Xref
    kind: Literal["task_stub"] = "task_stub"


@dataclass(frozen=True)
class Block:
    """One item's text on one side of a card."""

    anchor: str | None  # None for the card's first item, whose anchor is the card's own id
    ref: str
    place: str  # the section it sits in and its number there
    heading: str
    text: Run
    clause: str | None
    lead: tuple[str, ...]
    support: tuple[str, ...]


@dataclass(frozen=True)
class ItemCard:
    anchor: str
    status: Status
    facets: tuple[Facet, ...]
    heading: str
    old_refs: tuple[str, ...]
    new_refs: tuple[str, ...]
    old_blocks: tuple[Block, ...]
    new_blocks: tuple[Block, ...]
    tasks: tuple[TaskRow | TaskStub, ...]
    evidence: tuple[str, ...]
    score: float | None
    section: str  # the key of the group it is shown in
    agencies: tuple[str, ...]  # every unit named on either side, for the agency filter
    moved_from: Xref | None = None  # a moved item: the note at its old place
    kind: Literal["card"] = "card"

    @property
    def changed_tasks(self) -> tuple[TaskRow | TaskStub, ...]:
        return tuple(t for t in self.tasks if not (isinstance(t, TaskRow) and t.unchanged))

    @property
    def unchanged_tasks(self) -> tuple[TaskRow, ...]:
        return tuple(t for t in self.tasks if isinstance(t, TaskRow) and t.unchanged)

    @property
    def unchanged(self) -> bool:
        """An item carried over word for word with every task: shown as one line."""
        return self.status is Status.CARRIED_OVER and not self.facets and not self.changed_tasks

    @property
    def lead(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The lead units the older and the newer notice name for it."""

        def units(blocks: tuple[Block, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(u for b in blocks for u in b.lead))

        return units(self.old_blocks), units(self.new_blocks)


@dataclass(frozen=True)
class MovedStub:
    """Left at a moved item's old place, pointing to where it is now."""

    anchor: str
    old_ref: str
    heading: str
    to: Xref
    status: Status
    facets: tuple[Facet, ...]
    section: str
    agencies: tuple[str, ...]
    kind: Literal["item_stub"] = "item_stub"


@dataclass(frozen=True)
class Group:
    """A section of the report's item listing: a section of the newer notice, or a section only
    the older notice has."""

    key: str
    anchor: str
    title: str
    entries: tuple[ItemCard | MovedStub, ...]
    counts: dict[Status, int] = field(default_factory=dict)

    @property
    def cards(self) -> tuple[ItemCard, ...]:
        return tuple(entry for entry in self.entries if isinstance(entry, ItemCard))
