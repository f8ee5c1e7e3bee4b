"""What a plan promised and what the reports say of it. The verdict names are a contract
(README, `qdiff delivery --format json`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from qdiff.notice import Quantity, Stage
from qdiff.provenance import SideNotice


class Verdict(StrEnum):
    DONE = "done"  # a passage says it was done, or the reported figure meets the promise
    IN_PROGRESS = "in_progress"  # reported, short of the stage promised
    SHORT = "short"  # a figure reported below the promise (or over a ceiling)
    NOT_REPORTED = "not_reported"  # no passage speaks of it


Bound = Literal["at_least", "at_most"]


@dataclass(frozen=True, slots=True)
class Target:
    """A number promised: 增长5.5%以上 (at least 5.5 %), 城镇调查失业率5%以内 (at most 5 %)."""

    value: float
    unit: str
    text: str  # as written
    indicator: str  # what is measured, as written before the number: 地方一般公共预算收入
    bound: Bound


@dataclass(frozen=True, slots=True)
class Promise:
    """One checkable commitment of a plan: an action on a named object, or a numeric target.
    `text` is the plan's own clause; `start`/`end` are its offsets in the plan's text."""

    ref: str  # the plan's task ref, with the commitment's ordinal: "8.4.1/2"
    object: str | None
    text: str
    stage: Stage | None
    targets: tuple[Target, ...]
    start: int
    end: int
    # The heading of the list of pledges it is one of (办好十件民生实事), which a review may report
    # as a whole (十件民生实事全部兑现) instead of pledge by pledge.
    pledge_list: str | None = None
    # What the plan promises to grow in step with the economy, with no figure of its own
    # (居民人均可支配收入增长与经济增长基本同步: 居民人均可支配收入; in_step.py).
    in_step: str | None = None
    # For a list member too short to tell apart on its own (汉寿 of 汉寿、石门、临澧等县市园区), the
    # list's other members: it is found only beside one of them (lookup.beside_its_list).
    beside: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Passage:
    """A clause of an evidence document; `start`/`end` are offsets in that document's text."""

    source: int  # which evidence document (its index in the evidence list)
    text: str
    start: int
    end: int
    quantities: tuple[Quantity, ...]
    stage: Stage | None
    sentence: str  # the sentence it is part of (itself, for a sentence)
    # A paragraph's heading in a work report's review (浦东引领区建设持续深化): a claim for the
    # field, which names an object only where it says so itself.
    heading: bool = False
    # Of a review of the whole term (过去五年…, “十三五”时期…): its figures are the term's sums
    # (五年新增供应保障性住房49.3万套), not the year's (passages.py, term_review).
    term: bool = False


@dataclass(frozen=True, slots=True)
class Evidence:
    passage: Passage
    score: float  # how much of the object's name or the target's indicator it holds (0-1)
    # A statement about the whole list of pledges the promise is one of (民生实事全面完成), not
    # about the promise itself: it names nothing of it, and scores BLANKET_SCORE.
    blanket: bool = False
    # The sentence most like the object's name, which does not hold the name itself
    # (qdiff/delivery/similar.py): scored by its cosine, a weaker match than a name found.
    similar: bool = False


@dataclass(frozen=True, slots=True)
class Assessment:
    promise: Promise
    verdict: Verdict
    evidence: tuple[Evidence, ...]  # best first; empty exactly when the verdict is not_reported
    reported: Quantity | None = None  # the figure a target was judged by
    target: Target | None = None  # that target (of several a clause may promise: the worst)


@dataclass(frozen=True)
class DeliveryCheck:
    plan: SideNotice
    evidence: tuple[SideNotice, ...]  # Passage.source indexes this
    assessments: tuple[Assessment, ...]
