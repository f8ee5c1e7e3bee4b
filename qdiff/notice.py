"""The parsed notice: frozen dataclasses with no database or I/O code.

A `Notice` keeps the decoded text exactly as read and a partition of it into spans, so the
original wording is always available for display; matching uses `qdiff.normalize` instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from qdiff.periods import Period, PeriodKind


class Stage(StrEnum):
    """How far along a commitment claims to be (DOMAIN.md, the follow-through ladder)."""

    STUDY = "study"
    START = "start"
    ADVANCE = "advance"
    COMPLETE = "complete"

    @property
    def rank(self) -> int:
        return _STAGE_RANK[self]


_STAGE_RANK = {Stage.STUDY: 1, Stage.START: 2, Stage.ADVANCE: 3, Stage.COMPLETE: 4}


class DocumentKind(StrEnum):
    """What a document is in the plan cycle (DOMAIN.md, "The plan cycle")."""

    QUARTERLY_PLAN = "quarterly_plan"  # 季度工作要点
    HALF_YEAR_PLAN = "half_year_plan"
    ANNUAL_PLAN = "annual_plan"  # 重点工作, task breakdowns, milestone tables
    WORK_REPORT = "work_report"  # 政府工作报告: a review part and a plan part
    PROGRESS_REPORT = "progress_report"  # 进展情况, 完成情况, …落实情况的报告
    OTHER = "other"  # none of these: archived only when the user says what it is

    @property
    def is_plan(self) -> bool:
        return self in _PLAN_KINDS

    @staticmethod
    def plan_for(period: Period | None) -> DocumentKind:
        """The kind of a plan for this period: a quarter's, a half-year's or a year's (a plan
        with no period is taken for the quarterly notice the archive was first made for)."""
        if period is not None and period.kind is PeriodKind.YEAR:
            return DocumentKind.ANNUAL_PLAN
        if period is not None and period.kind is PeriodKind.HALF:
            return DocumentKind.HALF_YEAR_PLAN
        return DocumentKind.QUARTERLY_PLAN

    def compares_with(self, other: DocumentKind) -> bool:
        """Whether two documents compare item by item: plans with plans (a quarter's notice
        with the year plan it breaks down), otherwise only documents of one kind."""
        return self is other or (self.is_plan and other.is_plan)


_PLAN_KINDS = frozenset(
    {DocumentKind.QUARTERLY_PLAN, DocumentKind.HALF_YEAR_PLAN, DocumentKind.ANNUAL_PLAN}
)


class Part(StrEnum):
    """Which part of a work report a section belongs to: the past year's review or the plan."""

    REVIEW = "review"
    PLAN = "plan"


class SpanKind(StrEnum):
    """Which part of a notice a run of characters belongs to."""

    HEADER = "header"  # title, document number, addressees, cover note, signature, heading
    PREAMBLE = "preamble"  # the 总体要求 paragraph
    SECTION_HEADING = "section_heading"
    ITEM = "item"  # an item's label, heading and body, without its responsibility clause
    CLAUSE = "clause"  # the responsibility clause (责任单位…)
    OTHER = "other"  # blank lines, junk, text that could not be placed


class WarningCode(StrEnum):
    """Every repair and oddity the reader or the parser reports."""

    # reading
    ENCODING_GUESSED = "encoding_guessed"  # the encoding was inferred with low confidence
    DECODE_REPLACED = "decode_replaced"  # bytes that did not decode were replaced with U+FFFD
    HTML_EXTRACTED = "html_extracted"  # the article was taken out of a saved web page
    # metadata
    JUNK_BEFORE_TITLE = "junk_before_title"
    TITLE_MISSING = "title_missing"
    PERIOD_MISSING = "period_missing"
    PERIOD_CONFLICT = "period_conflict"  # title and heading name different periods
    PERIOD_OVERRIDDEN = "period_overridden"  # archived with --force under another period
    KIND_OVERRIDDEN = "kind_overridden"  # archived with --kind as another kind than it reads
    DOC_NUMBER_REPAIRED = "doc_number_repaired"
    DOC_NUMBER_DAMAGED = "doc_number_damaged"  # looks like a document number, cannot be repaired
    DATE_REPAIRED = "date_repaired"
    DATE_AMBIGUOUS = "date_ambiguous"
    # body
    DAMAGED_RANGE = "damaged_range"  # (20212025): a range whose dash the website dropped
    DECIMAL_DAMAGED = "decimal_damaged"  # 3。5亿元: a decimal point turned into 。
    TRADITIONAL_CHARACTERS = "traditional_characters"  # 方麵, 髮展: a mirror's conversion damage
    CLAUSE_UNCLOSED = "clause_unclosed"
    CLAUSE_MISSING = "clause_missing"
    NUMBERING_GAP = "numbering_gap"
    NUMBERING_REPEAT = "numbering_repeat"
    UNPLACED_TEXT = "unplaced_text"
    TRUNCATED = "truncated"
    # display
    BIDI_CONTROL = "bidi_control"  # U+202E and kin: text that displays in another order


@dataclass(frozen=True, slots=True)
class ParseWarning:
    code: WarningCode
    message: str
    line: int | None = None  # 1-based line of the decoded text


@dataclass(frozen=True, slots=True)
class Span:
    kind: SpanKind
    start: int  # offsets into Notice.text, end exclusive
    end: int


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float  # 30万平方米 -> 300000.0
    unit: str  # 平方米
    text: str  # 30万平方米, as written


@dataclass(frozen=True, slots=True)
class Task:
    """One commitment: a sentence of an item's body."""

    ref: str  # "1.1.1": section, item and task ordinals counted from 1
    text: str
    stage: Stage | None
    quantities: tuple[Quantity, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Milestone:
    """One quarter's cell of a task table with quarterly milestone columns: what the plan
    promises for that quarter, kept as written (`/` included)."""

    quarter: int  # 1-4
    text: str
    start: int  # offsets into Notice.text, end exclusive
    end: int


@dataclass(frozen=True, slots=True)
class Item:
    ref: str  # "1.1"
    label: str  # the number as written: "1", "(一)", "①"
    heading: str  # text up to the first 。
    text: str  # heading and body as published, without label and responsibility clause
    clause: str | None  # the responsibility clause as published, brackets included
    lead: tuple[str, ...]
    support: tuple[str, ...]
    tasks: tuple[Task, ...]
    line: int
    start: int
    end: int
    milestones: tuple[Milestone, ...] = ()  # a milestone table's quarter cells, in order


@dataclass(frozen=True, slots=True)
class Section:
    ref: str  # "1"
    label: str  # "一"; "" for the single untitled section of a flat list
    title: str | None
    items: tuple[Item, ...]
    line: int | None
    part: Part | None = None  # set in work reports only


@dataclass(frozen=True)
class Notice:
    text: str  # the decoded text, exactly as read
    kind: DocumentKind
    title: str | None
    issuer: str | None
    period: Period | None
    doc_number: str | None
    signed_on: date | None
    published_on: date | None
    truncated: bool
    preamble: str | None
    sections: tuple[Section, ...]
    warnings: tuple[ParseWarning, ...]
    spans: tuple[Span, ...] = field(repr=False)

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for section in self.sections for item in section.items)

    @property
    def tasks(self) -> tuple[Task, ...]:
        return tuple(task for item in self.items for task in item.tasks)
