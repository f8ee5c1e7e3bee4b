"""Commitments and what a comparison says of them. The names of statuses and facets are a
contract (README, `qdiff compare --format json`, "commitments")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from qdiff.normalize import fold
from qdiff.notice import Quantity, Stage


@dataclass(frozen=True, slots=True)
class Commitment:
    """One action on one named object, or a task with no named object (`object` None).

    `text` is the clause that states it, a substring of its task's text; `start`/`end` are its
    offsets in the notice's text, so that it always points back into the document."""

    ref: str  # "1.2.3/2": the task's ref and the commitment's ordinal in it
    task: str  # the task's ref, "1.2.3"
    object: str | None  # as written
    text: str
    start: int
    end: int
    stage: Stage | None
    quantities: tuple[Quantity, ...]
    deadline: str | None  # as written: 一季度, 6月底前, 年内
    lead: tuple[str, ...]
    support: tuple[str, ...]

    @property
    def own_quantities(self) -> tuple[Quantity, ...]:
        """Its figures less its list's count: a member of a counted list (锦屏、南塘2个零工市场,
        街北高速扩建、白云大道下穿隧道等10个项目) is given the list's count, which stands outside
        its name in a clause that lists (extract.py); a name's own count stays
        (高技能人才5000人)."""
        if "、" not in self.text or self.object is None:
            return self.quantities
        name = fold(self.object)
        return tuple(q for q in self.quantities if fold(q.text) in name)


class CommitmentStatus(StrEnum):
    CONTINUED = "continued"  # the same object in both documents
    NEW = "new"
    DROPPED = "dropped"
    UNCOVERED = "uncovered"  # past the cut of a truncated document: nothing can be said

    def mirrored(self) -> CommitmentStatus:
        return {
            CommitmentStatus.NEW: CommitmentStatus.DROPPED,
            CommitmentStatus.DROPPED: CommitmentStatus.NEW,
        }.get(self, self)


class CommitmentFacet(StrEnum):
    SLIPPED = "slipped"  # the same start or completion promised again after its deadline
    STAGE_CHANGED = "stage_changed"
    REGRESSED = "regressed"  # the stage went down the ladder
    QUANTITY_CHANGED = "quantity_changed"
    LEAD_UNIT_CHANGED = "lead_unit_changed"
    DEADLINE_CHANGED = "deadline_changed"
    # Across a year end, the new year's round of a programme (a count or quota set again for the
    # new year): it continues the old one and is no slip (match.py, _new_round).
    NEW_ROUND = "new_round"


class MatchedBy(StrEnum):
    """Why two commitments were taken for one object."""

    EXACT = "exact"  # the same name
    ALIAS = "alias"  # one name shortens or lengthens the other
    FUZZY = "fuzzy"  # names alike enough (character bigrams), with the score
    TASK = "task"  # no named object on either side: the tasks that state them are linked


@dataclass(frozen=True, slots=True)
class CommitmentLink:
    status: CommitmentStatus
    old: Commitment | None
    new: Commitment | None
    facets: tuple[CommitmentFacet, ...] = ()
    matched_by: MatchedBy | None = None
    score: float | None = None

    def mirrored(self) -> CommitmentLink:
        """The link read the other way round. Its facets stay as they are: `slipped` and
        `regressed` are judged in time order only (qdiff.align.engine.commitment_links), and
        the other facets read the same either way."""
        return replace(self, status=self.status.mirrored(), old=self.new, new=self.old)
