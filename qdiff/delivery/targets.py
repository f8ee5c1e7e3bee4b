"""The targets table: a work report's 主要预期目标 (GDP, budget revenue, investment, retail, income,
jobs, prices, energy…) against the figures the next review reports for them: the promise, the
reported figure, and met / missed / not reported."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from qdiff.delivery.lookup import measure_of, uncounted
from qdiff.delivery.model import Assessment, Target, Verdict
from qdiff.delivery.plan import ANNOUNCED_TARGETS
from qdiff.normalize import fold
from qdiff.notice import Notice, Quantity
from qdiff.refs import item_ref_of_task


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
    # Income in step with the economy: `promised` is what it was held to, the economy's reported
    # growth less in_step.IN_STEP_SLACK, its text the plan's words and that growth.
    in_step: bool = False


def main_targets(plan: Notice, assessments: Sequence[Assessment]) -> tuple[TargetRow, ...]:
    """The plan's announced targets, in its order, each with what the evidence reports."""
    opening = {
        item.ref: item.start + fold(item.text).find(ANNOUNCED_TARGETS)
        for item in plan.items
        if ANNOUNCED_TARGETS in fold(item.text)
    }
    rows = []
    for assessment in assessments:
        promise = assessment.promise
        item = item_ref_of_task(promise.ref.split("/")[0])
        # A figure the extractor names with its measure (城镇新增就业24万人以上: 就业24万人以上)
        # is a target all the same; a named project is not.
        named = promise.object is not None and uncounted(promise) == promise.object
        # (Income in step with the economy is held to a figure only where the review gives the
        # economy's growth: it joins the table where it was judged.)
        judged_in_step = promise.in_step is not None and assessment.target is not None
        if named or not (promise.targets or judged_in_step) or item not in opening:
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
                in_step=judged_in_step,
            )
        )
    return tuple(rows)


@dataclass(frozen=True)
class MeasureHistory:
    """One measure (地区生产总值, 城镇调查失业率…) over the years: each year's promise and what
    the next year's review reported, by year."""

    measure: str
    years: dict[int, TargetRow]


def target_history(years: Sequence[tuple[int, Sequence[TargetRow]]]) -> tuple[MeasureHistory, ...]:
    """The years' target tables as one row per measure, in the order measures first appear. A
    measure is known by what it measures without the place and the verb (全市生产总值 and
    地区生产总值 are one: 生产总值)."""
    found: dict[str, dict[int, TargetRow]] = {}
    for year, rows in sorted(years, key=lambda pair: pair[0]):
        for row in rows:
            found.setdefault(measure_key(row.measure), {}).setdefault(year, row)
    return tuple(MeasureHistory(measure, by_year) for measure, by_year in found.items())


def measure_key(measure: str) -> str:
    """A measure's name across years and cities' wordings."""
    text = _TAIL.sub("", measure_of(measure))
    return _AREA.sub("", text) or text


# Words before a measure that name where, not what: 地区生产总值, 全市生产总值 → 生产总值.
_AREA = re.compile(r"^(?:地区|全市|全区|全县|全省|本市|城市)")
# Words after it that join it to its figure: 城镇调查失业率在, 城镇调查失业率分别为.
_TAIL = re.compile(r"(?:分别为|分别|都|均|在|为)+$")
