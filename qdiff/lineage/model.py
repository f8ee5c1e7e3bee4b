"""Threads: one commitment (or item) followed over many quarters, and what its history signals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from qdiff.align.model import Facet, Status
from qdiff.notice import Stage
from qdiff.periods import Period
from qdiff.refs import RefKind


class Signal(StrEnum):
    """What a thread's history signals to an auditor (JSON and CSV values)."""

    STALLED = "stalled"
    SLIPPED = "slipped"
    VANISHED_UNFINISHED = "vanished_unfinished"
    PRESUMED_DONE = "presumed_done"
    REAPPEARED = "reappeared"
    LEAD_CHANGED = "lead_changed"


# The signals that make a thread need checking, in the order reports list them.
AUDITED_SIGNALS = (
    Signal.STALLED,
    Signal.SLIPPED,
    Signal.VANISHED_UNFINISHED,
    Signal.PRESUMED_DONE,
    Signal.REAPPEARED,
)


class FindingKind(StrEnum):
    """What an auditor found when checking a thread (`qdiff audit mark --finding`)."""

    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"
    IN_PROGRESS = "in_progress"
    CANNOT_VERIFY = "cannot_verify"


@dataclass(frozen=True)
class Edge:
    """One link between an occurrence in one quarter and one in a later quarter."""

    kind: RefKind
    old_ref: str
    new_ref: str
    status: Status
    facets: tuple[Facet, ...]
    score: float | None


@dataclass(frozen=True)
class Occurrence:
    """A thread in one quarter: the task (or item) as that quarter's notice wrote it."""

    period: Period
    ref: str
    text: str
    stage: Stage | None
    quantities: tuple[str, ...]  # as written: 10台, 30万平方米
    lead: tuple[str, ...]  # lead units of the item that holds it
    status: Status  # how it came from the previous occurrence: new, carried_over, reworded, ...
    facets: tuple[Facet, ...] = ()  # facets of that link: stage_changed, slipped, moved, ...
    heading: str | None = None  # an item's heading or an object's name; None for a task


@dataclass(frozen=True)
class Signals:
    age: int  # quarters from the first occurrence to the last, gaps included
    stalled: bool  # the same non-complete stage in 3 or more consecutive quarters
    slipped: int  # how often a completion was promised again
    vanished_unfinished: bool  # last seen below `complete`, then gone
    presumed_done: bool  # last seen at `complete`, then gone
    reappeared: bool  # gone for a quarter or more, then back
    lead_changes: int  # how often the lead units changed along the way

    @property
    def flagged(self) -> bool:
        """Whether the thread needs checking by an auditor."""
        return self.stalled or self.slipped > 0 or self.vanished_unfinished or self.presumed_done

    def names(self) -> list[Signal]:
        names = []
        if self.stalled:
            names.append(Signal.STALLED)
        if self.slipped:
            names.append(Signal.SLIPPED)
        if self.vanished_unfinished:
            names.append(Signal.VANISHED_UNFINISHED)
        if self.presumed_done:
            names.append(Signal.PRESUMED_DONE)
        if self.reappeared:
            names.append(Signal.REAPPEARED)
        if self.lead_changes:
            names.append(Signal.LEAD_CHANGED)
        return names


@dataclass(frozen=True)
class Thread:
    key: str  # "2021Q1:4.1.6": where the thread begins; stable while that quarter stays
    kind: RefKind
    occurrences: tuple[Occurrence, ...]
    signals: Signals

    @property
    def first(self) -> Period:
        return self.occurrences[0].period

    @property
    def last(self) -> Period:
        return self.occurrences[-1].period


@dataclass(frozen=True)
class Lineage:
    series: str | None
    periods: tuple[Period, ...]  # the archived quarters, in order
    missing: tuple[Period, ...]  # quarters between the first and the last that are not archived
    threads: tuple[Thread, ...]
    # Threads of named objects (qdiff.lineage.objects), when they were asked for; kept apart
    # from the task and item threads, whose counts and reports they would change.
    objects: tuple[Thread, ...] = ()


FINDINGS = tuple(FindingKind)  # in the order `qdiff audit mark --finding` lists them


@dataclass(frozen=True)
class Finding:
    """What an auditor found when checking a thread at a quarter (append-only)."""

    id: int
    period: Period  # the occurrence it was made on: period and ref (and its text, to find it
    ref: str  # again when the quarter is archived anew and refs move)
    text: str
    finding: FindingKind
    evidence: str | None
    note: str | None
    recorded_by: str
    recorded_at: datetime
