"""The targets table: a work report's 主要预期目标 (GDP, budget revenue, investment, retail, income,
jobs, prices, energy…) against the figures the next review reports for them: the promise, the
reported figure, and met / missed / not reported."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from qdiff.delivery.model import Assessment, Target, Verdict
from qdiff.normalize import fold
from qdiff.notice import Notice, Quantity
from qdiff.refs import item_ref_of_task

# How a plan announces its targets: 主要预期目标是：…, 今年发展预期目标是：…
_ANNOUNCED = "预期目标"


class TargetStatus(StrEnum):
    MET = "met"
    MISSED = "missed"
    NOT_REPORTED = "not_reported"


_STATUS = {
    Verdict.DONE: TargetStatus.MET,
    Verdict.SHORT: TargetStatus.MISSED,
    Verdict.IN_PROGRESS: TargetStatus.MISSED,
    Verdict.NOT_REPORTED: TargetStatus.NOT_REPORTED,
}


@dataclass(frozen=True)
class TargetRow:
    ref: str
    measure: str
    promised: Target
    reported: Quantity | None
    status: TargetStatus
    passage: str | None


def main_targets(plan: Notice, assessments: Sequence[Assessment]) -> tuple[TargetRow, ...]:
    """The plan's announced targets, in its order, each with what the evidence reports."""
    opening = {
        item.ref: item.start + fold(item.text).find(_ANNOUNCED)
        for item in plan.items
        if _ANNOUNCED in fold(item.text)
    }
    rows = []
    for assessment in assessments:
        promise = assessment.promise
        item = item_ref_of_task(promise.ref.split("/")[0])
        if promise.object is not None or not promise.targets or item not in opening:
            continue
        if promise.start < opening[item]:
            continue
        target = assessment.target or promise.targets[0]
        passage = assessment.evidence[0].passage.text if assessment.evidence else None
        rows.append(
            TargetRow(
                ref=promise.ref,
                measure=target.indicator,
                promised=target,
                reported=assessment.reported,
                status=_STATUS[assessment.verdict],
                passage=passage,
            )
        )
    return tuple(rows)
