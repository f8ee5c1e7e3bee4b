"""The project ledger of a comparison: every named object (project, facility, document, event)
of either notice, what each notice promised of it, and what changed; flagged objects first, the
objects that continued unchanged folded away. The follow-through tables for objects that slipped,
vanished before completion or went down the ladder are built here too, one sentence per object.
"""

from __future__ import annotations

from dataclasses import dataclass

from qdiff.align.model import Comparison
from qdiff.commitments import (
    Commitment,
    CommitmentFacet,
    CommitmentLink,
    CommitmentStatus,
)
from qdiff.notice import Stage
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
    flagged: bool  # slipped, vanished before completion, went down: read these first


@dataclass(frozen=True)
class Ledger:
    flagged: tuple[LedgerRow, ...]
    changed: tuple[LedgerRow, ...]
    unchanged: tuple[LedgerRow, ...]

    @property
    def total(self) -> int:
        return len(self.flagged) + len(self.changed) + len(self.unchanged)


def named_links(comparison: Comparison) -> list[CommitmentLink]:
    """The links of named objects, in the comparison's order."""
    return [link for link in comparison.commitments if _name(link) is not None]


def ledger(comparison: Comparison, labels: Labels) -> Ledger:
    flagged: list[LedgerRow] = []
    changed: list[LedgerRow] = []
    unchanged: list[LedgerRow] = []
    for link in sorted(named_links(comparison), key=_reading_order):
        row = _row(link, labels)
        if row.flagged:
            flagged.append(row)
        elif row.changes or link.status is not CommitmentStatus.CONTINUED:
            changed.append(row)
        else:
            unchanged.append(row)
    flagged.sort(key=lambda r: _flag_rank(r, labels))
    return Ledger(tuple(flagged), tuple(changed), tuple(unchanged))


def is_vanished(link: CommitmentLink) -> bool:
    """Gone from the newer notice before any completion was promised: it needs checking."""
    return (
        link.status is CommitmentStatus.DROPPED
        and link.old is not None
        and link.old.stage is not Stage.COMPLETE
    )


def statement(link: CommitmentLink, labels: Labels) -> str:
    """What the two notices say of the object, as one sentence (上季度承诺启动，本季度再次承诺
    启动)."""
    old, new = link.old, link.new
    if old is not None and new is not None:
        if CommitmentFacet.SLIPPED in link.facets:
            return labels.format("object_said_again", stage=labels.stage(new.stage))
        return labels.format(
            "object_said_both", old_stage=labels.stage(old.stage), new_stage=labels.stage(new.stage)
        )
    if old is not None:
        key = (
            "object_said_gone_uncovered"
            if link.status is CommitmentStatus.UNCOVERED
            else ("object_said_gone")
        )
        return labels.format(key, stage=labels.stage(old.stage))
    assert new is not None
    return labels.format("object_said_new", stage=labels.stage(new.stage))


def object_xref(commitment: Commitment, side: AnchorSide, labels: Labels) -> Xref:
    return Xref(
        task_anchor(side, commitment.task), labels.format(f"{side}_task_ref", ref=commitment.task)
    )


def _row(link: CommitmentLink, labels: Labels) -> LedgerRow:
    name = _name(link)
    assert name is not None
    changes = tuple(labels[f"object_facet_{f.value}"] for f in _FLAGS if f in link.facets)
    flagged = (
        CommitmentFacet.SLIPPED in link.facets
        or CommitmentFacet.REGRESSED in link.facets
        or is_vanished(link)
    )
    return LedgerRow(
        object=name,
        status=link.status.value,
        status_text=labels[f"object_status_{link.status.value}"],
        old=_side(link.old, "old", labels),
        new=_side(link.new, "new", labels),
        changes=changes,
        flagged=flagged,
    )


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


def _name(link: CommitmentLink) -> str | None:
    side = link.new or link.old
    return side.object if side is not None else None


def _reading_order(link: CommitmentLink) -> tuple[int, tuple[int, ...]]:
    """Objects of the newer notice in its order, then those only the older one names."""
    side = link.new or link.old
    assert side is not None
    parts = tuple(int(p) for p in side.ref.replace("/", ".").split(".") if p.isdigit())
    return (0 if link.new is not None else 1), parts


def _flag_rank(row: LedgerRow, labels: Labels) -> int:
    if labels["object_facet_slipped"] in row.changes:
        return 0
    if row.status == CommitmentStatus.DROPPED.value:
        return 1
    return 2
