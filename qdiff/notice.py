"""The parsed notice: frozen dataclasses with no database or I/O code.

A `Notice` keeps the decoded text exactly as read and a partition of it into spans, so the
original wording is always available for display; matching uses `qdiff.normalize` instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from qdiff.periods import Period


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


@dataclass(frozen=True, slots=True)
class Section:
    ref: str  # "1"
    label: str  # "一"; "" for the single untitled section of a flat list
    title: str | None
    items: tuple[Item, ...]
    line: int | None


@dataclass(frozen=True)
class Notice:
    text: str  # the decoded text, exactly as read
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
