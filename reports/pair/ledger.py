"""The project ledger of a comparison: every named object (project, facility, document, event)
of either notice, what each notice promised of it, and what changed; flagged objects first, the
objects that continued unchanged folded away. The follow-through tables for objects that slipped,
vanished before completion or went down the ladder are built here too, one sentence per object.
"""

from __future__ import annotations

from dataclasses import dataclass

from qdiff.align.model import Comparison
from qdiff.commitments import Commitment, CommitmentFacet, CommitmentLink, CommitmentStatus
from qdiff.output.summary import is_vanished, object_findings, object_name
from qdiff.refs import ref_key
from qdiff.reports.common.anchors import Side as AnchorSide
from qdiff.reports.common.anchors import task_anchor
from qdiff.reports.common.strings import Labels
from qdiff.reports.common.xref import Xref

# The order rows are flagged in: what a reader must check first.
_FLAGS = (
    CommitmentFacet.SLIPPED,
    CommitmentFacet.REGRESSED,
    CommitmentFacet.STAGE_CHANGED,
    CommitmentFacet.QUANTITY_CHANGED,
    CommitmentFacet.NEW_ROUND,
    CommitmentFacet.DEADLINE_CHANGED,
    CommitmentFacet.LEAD_UNIT_CHANGED,
)


@dataclass(frozen=True)
class LedgerSide:
    stage: str
    xref: Xref
    deadline: str | None
    quantities: str | None


@dataclass(frozen=True)
class LedgerRow:
    object: str
    status: str  # CommitmentStatus value, for the row's class
    status_text: str
    old: LedgerSide | None
    new: LedgerSide | None
    changes: tuple[str, ...]  # the facets in words
    rank: int | None  # read these first: 0 promised again, 1 gone unfinished, 2 went down


@dataclass(frozen=True)
class Ledger:
    flagged: tuple[LedgerRow, ...]
    changed: tuple[LedgerRow, ...]
    unchanged: tuple[LedgerRow, ...]

    @property
    def total(self) -> int:
        return len(self.flagged) + len(self.changed) + len(self.unchanged)


def ledger(comparison: Comparison, labels: Labels) -> Ledger:
    flagged: list[LedgerRow] = []
    changed: list[LedgerRow] = []
    unchanged: list[LedgerRow] = []
    for link in sorted(object_findings(comparison).named, key=_reading_order):
        row = _row(link, labels)
        if row.rank is not None:
            flagged.append(row)
        elif row.changes or link.status is not CommitmentStatus.CONTINUED:
            changed.append(row)
        else:
            unchanged.append(row)
    flagged.sort(key=lambda row: row.rank or 0)  # stable: reading order within a rank
    return Ledger(tuple(flagged), tuple(changed), tuple(unchanged))


def statement(link: CommitmentLink, labels: Labels) -> str:
    """What the two notices say of an object the follow-through tables list (promised again,
    gone unfinished, gone down), as one sentence: 上季度承诺启动，本季度再次承诺启动."""
    old, new = link.old, link.new
    assert old is not None
    if new is None:
        return labels.format("object_said_gone", stage=labels.stage(old.stage))
    if CommitmentFacet.SLIPPED in link.facets:
        return labels.format("object_said_again", stage=labels.stage(new.stage))
    return labels.format(
        "object_said_both", old_stage=labels.stage(old.stage), new_stage=labels.stage(new.stage)
    )


def object_xref(commitment: Commitment, side: AnchorSide, labels: Labels) -> Xref:
    return Xref(
        task_anchor(side, commitment.task), labels.format(f"{side}_task_ref", ref=commitment.task)
    )


def _row(link: CommitmentLink, labels: Labels) -> LedgerRow:
    name = object_name(link)
    assert name is not None
    changes = tuple(labels[f"object_facet_{f.value}"] for f in _FLAGS if f in link.facets)
    return LedgerRow(
        object=name,
        status=link.status.value,
        status_text=labels[f"object_status_{link.status.value}"],
        old=_side(link.old, "old", labels),
        new=_side(link.new, "new", labels),
        changes=changes,
        rank=_rank(link),
    )


def _rank(link: CommitmentLink) -> int | None:
    if CommitmentFacet.SLIPPED in link.facets:
        return 0
    if is_vanished(link):
        return 1
    if CommitmentFacet.REGRESSED in link.facets:
        return 2
    return None


def _side(commitment: Commitment | None, side: AnchorSide, labels: Labels) -> LedgerSide | None:
    if commitment is None:
        return None
    quantities = "、".join(q.text for q in commitment.quantities) or None
    return LedgerSide(
        stage=labels.stage(commitment.stage),
        xref=object_xref(commitment, side, labels),
        deadline=commitment.deadline,
        quantities=quantities,
    )


def _reading_order(link: CommitmentLink) -> tuple[int, tuple[int, ...]]:
    """Objects of the newer notice in its order, then those only the older one names."""
    side = link.new or link.old
    assert side is not None
    return (0 if link.new is not None else 1), ref_key(side.ref)
