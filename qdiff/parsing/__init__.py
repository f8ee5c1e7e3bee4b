"""Parsing decoded notice text into a `Notice`. Public API: `parse_notice`."""

from __future__ import annotations

import re
from bisect import bisect_right

from qdiff.controls import bidi_controls_in, describe_character
from qdiff.errors import InputError, NotANoticeError
from qdiff.normalize import fold
from qdiff.notice import Notice, ParseWarning, Span, SpanKind, WarningCode
from qdiff.parsing.clauses import CLAUSE_MARKER
from qdiff.parsing.kinds import KindEvidence, classify
from qdiff.parsing.levels import choose_levels
from qdiff.parsing.lines import (
    Label,
    Line,
    Numbering,
    drop_wrapped_figures,
    label_items_opening_with_numbers,
    read_label,
    split_inline_items,
    split_lines,
)
from qdiff.parsing.metadata import TABLE_HEADER, Header, find_title_and_heading, read_header
from qdiff.parsing.structure import build_body
from qdiff.parsing.tables import Column, Tables, find_tables
from qdiff.parsing.traditional import traditional_warnings
from qdiff.parsing.work_reports import is_work_report, parse_work_report

__all__ = ["parse_notice"]

_DAMAGED_RANGE = re.compile(r"\d{8,}")  # checked below: two years run together
_DAMAGED_DECIMAL = re.compile(r"\d。\d")


# A quarterly notice holds about 6,000 characters and a year plan with its task tables a few
# tens of thousands; a million is a hundred notices run together, not one notice.
MAX_NOTICE_CHARACTERS = 1_000_000


def parse_notice(text: str, reading_warnings: tuple[ParseWarning, ...] = ()) -> Notice:
    """Parse decoded text. Raises `NotANoticeError` when the text holds no numbered items, and
    `InputError` when it is far too long to be one notice."""
    if len(text) > MAX_NOTICE_CHARACTERS:
        raise InputError(
            f"the text holds {len(text):,} characters, more than a hundred notices' worth "
            f"(the limit is {MAX_NOTICE_CHARACTERS:,}); give qdiff one notice per file"
        )
    if is_work_report(text):
        return parse_work_report(text, reading_warnings)
    folded = fold(text)
    lines = split_inline_items(split_lines(text, folded), CLAUSE_MARKER)
    table = any(TABLE_HEADER.search(line.folded) for line in lines)
    labels = {
        i: label for i, line in enumerate(lines) if (label := read_label(line, table)) is not None
    }
    # Rows under a header of named columns are labelled by their 序号 cell, wherever it stands.
    tables = find_tables(lines)
    labels.update(tables.labels)
    drop_wrapped_figures(lines, labels, CLAUSE_MARKER)
    label_items_opening_with_numbers(lines, labels, CLAUSE_MARKER)
    body_start = _body_start(lines, labels, tables)
    body_labels = {i: label for i, label in labels.items() if i >= body_start}
    if not body_labels:
        raise NotANoticeError(
            "no numbered items were found, so this is not a work-priority notice; "
            "check that the file is the notice itself"
        )
    clause_lines = {
        i for i in range(body_start, len(lines)) if CLAUSE_MARKER.search(lines[i].folded)
    }
    levels = choose_levels(lines, body_labels, clause_lines)
    header = read_header(lines, body_start)
    body = build_body(text, folded, lines, body_labels, levels, body_start, tables)
    if not any(section.items for section in body.sections):
        raise NotANoticeError(
            "no items were found under the numbered headings, so this is not a work-priority "
            "notice; check that the file is the notice itself"
        )
    warnings = [
        *reading_warnings,
        *header.warnings,
        *body.warnings,
        *_damage_warnings(folded, lines),
        *traditional_warnings(lines),
        *_bidi_warnings(lines),
    ]
    warnings.extend(_missing_clause_warnings(body.sections))
    warnings.sort(key=lambda w: w.line if w.line is not None else 0)
    columns = [column for table in tables.headers for column in table.columns]
    evidence = KindEvidence(
        title=header.title or _line_text(lines, header.heading_line),
        period=header.period,
        quarter_columns=columns.count(Column.QUARTER) >= 2,
        progress_column=Column.PROGRESS in columns,
    )
    return Notice(
        text=text,
        kind=classify(evidence, body.sections, text[lines[body_start].start :]),
        title=header.title,
        issuer=header.issuer,
        period=header.period,
        doc_number=header.doc_number,
        signed_on=header.signed_on,
        published_on=header.published_on,
        truncated=body.truncated,
        preamble=header.preamble,
        sections=tuple(body.sections),
        warnings=tuple(warnings),
        spans=_partition(text, lines, header, body_start, body.spans),
    )


def _body_start(lines: list[Line], labels: dict[int, Label], tables: Tables) -> int:
    """The first numbered line after the title and heading (cover notes have no numbered lines).
    A row under a table's header is an item even alone (a page cut inside its first row)."""
    first_label = min(labels, default=len(lines))
    title, heading = find_title_and_heading(lines, first_label, labels.keys())
    after = max((i for i in (title, heading) if i is not None), default=-1)
    candidates = [i for i in labels if i > after and labels[i].style is not Numbering.BARE]
    bare = [i for i in labels if i > after and labels[i].style is Numbering.BARE]
    if not candidates and (len(bare) >= 2 or any(tables.under_a_header(i) for i in bare)):
        candidates = bare  # a task table flattened one cell per line
    return min(candidates, default=len(lines))


def _line_text(lines: list[Line], index: int | None) -> str | None:
    return lines[index].text if index is not None else None


def _damage_warnings(folded: str, lines: list[Line]) -> list[ParseWarning]:
    starts = [line.start for line in lines]
    warnings: list[ParseWarning] = []
    for match in _DAMAGED_RANGE.finditer(folded):
        digits = match.group()
        if len(digits) != 8 or digits[:2] not in ("19", "20") or digits[4:6] not in ("19", "20"):
            continue
        first, second = int(digits[:4]), int(digits[4:])
        if first < second <= first + 30:
            warnings.append(
                ParseWarning(
                    WarningCode.DAMAGED_RANGE,
                    f"'{match.group()}' reads as the range {first}-{second} whose dash was dropped",
                    bisect_right(starts, match.start()),
                )
            )
    for match in _DAMAGED_DECIMAL.finditer(folded):
        warnings.append(
            ParseWarning(
                WarningCode.DECIMAL_DAMAGED,
                f"'{match.group()}' reads as a decimal number whose point became 。",
                bisect_right(starts, match.start()),
            )
        )
    return warnings


def _bidi_warnings(lines: list[Line]) -> list[ParseWarning]:
    """A line with bidi controls displays in another order than it reads: an issuer behind a
    U+202E looks like the real one. The text is kept as published; the reader is told."""
    warnings: list[ParseWarning] = []
    for line in lines:
        found = bidi_controls_in(line.text)
        if found:
            names = ", ".join(describe_character(char) for char in found)
            warnings.append(
                ParseWarning(
                    WarningCode.BIDI_CONTROL,
                    f"bidi control characters ({names}) make this line display in another "
                    "order than it reads; series names leave them out",
                    line.number,
                )
            )
    return warnings


def _missing_clause_warnings(sections: list) -> list[ParseWarning]:  # type: ignore[type-arg]
    items = [item for section in sections for item in section.items]
    with_clause = sum(1 for item in items if item.clause is not None)
    if with_clause == 0 or with_clause == len(items):
        return []
    return [
        ParseWarning(
            WarningCode.CLAUSE_MISSING, f"item {item.label} has no responsibility clause", item.line
        )
        for item in items
        if item.clause is None
    ]


def _partition(
    text: str, lines: list[Line], header: Header, body_start: int, body_spans: list[Span]
) -> tuple[Span, ...]:
    """Every character in exactly one span; what no part claims is `other`."""
    parts: list[Span] = []
    if header.title_line is not None:
        header_end = _last_nonblank_end(lines, header.title_line, body_start, header.preamble_lines)
        parts.append(Span(SpanKind.HEADER, lines[header.title_line].start, header_end))
    for index in header.preamble_lines:
        parts.append(Span(SpanKind.PREAMBLE, lines[index].start, lines[index].end))
    parts.extend(body_spans)
    parts.sort(key=lambda span: span.start)
    spans: list[Span] = []
    cursor = 0
    for part in parts:
        start = max(part.start, cursor)
        if start >= part.end:
            continue
        if start > cursor:
            _append(spans, Span(SpanKind.OTHER, cursor, start))
        _append(spans, Span(part.kind, start, part.end))
        cursor = part.end
    if cursor < len(text):
        _append(spans, Span(SpanKind.OTHER, cursor, len(text)))
    return tuple(spans)


def _append(spans: list[Span], span: Span) -> None:
    # Neighbouring runs of `other` or `preamble` are one run; items and clauses stay separate.
    if spans and spans[-1].kind is span.kind and span.kind in (SpanKind.OTHER, SpanKind.PREAMBLE):
        spans[-1] = Span(span.kind, spans[-1].start, span.end)
    else:
        spans.append(span)


def _last_nonblank_end(lines: list[Line], first: int, body_start: int, preamble: list[int]) -> int:
    stop = preamble[0] if preamble else body_start
    last = max((i for i in range(first, stop) if not lines[i].blank), default=first)
    return lines[last].end
