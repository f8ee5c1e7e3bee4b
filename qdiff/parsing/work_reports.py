"""Government work reports (政府工作报告) read into a `Notice` of kind `work_report`.

A report is a speech, not a task list: a review of past work and the plan for the year ahead
(DOMAIN.md, "The plan cycle"). Each top-level part becomes one or more sections marked
`Part.REVIEW` or `Part.PLAN`; every paragraph is an item whose heading is its lead phrase
(产业集群升级提质。…) and whose tasks are its sentences, read for stage and quantities by the
same code as a quarterly notice's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qdiff.errors import NotANoticeError
from qdiff.normalize import fold
from qdiff.notice import (
    DocumentKind,
    Item,
    Notice,
    ParseWarning,
    Part,
    Section,
    Span,
    SpanKind,
    Task,
    WarningCode,
)
from qdiff.parsing.dates import find_date
from qdiff.parsing.kinds import WORK_REPORT_TITLE
from qdiff.parsing.lines import Line, split_lines
from qdiff.parsing.report_header import (
    ADDRESS,
    Opening,
    notes_start,
    read_front_matter,
    read_opening,
    signed_on,
)
from qdiff.parsing.report_outline import (
    LEAD_END,
    PartOutline,
    Row,
    assign_roles,
    find_parts,
    names_past,
    read_row,
    strip_marks,
    year_value,
)
from qdiff.parsing.tasks import Piece, make_task, split_sentences
from qdiff.parsing.traditional import traditional_warnings
from qdiff.periods import Period, PeriodKind

__all__ = ["is_work_report", "parse_work_report"]

# Detection reads the title and the opening only: a quarterly notice may well cite the report
# (贯彻落实《政府工作报告》) in its cover note.
_DETECTION_CHARACTERS = 4000
_DETECTION_LINES = 30
_TITLE_LENGTH = 80
# Documents about a report are not the report: its breakdowns, notices, progress accounts.
_NOT_THE_REPORT = re.compile(r"通知|印发|《政府工作报告|情况|进展|进度|重点工作|清单|台账")
# A lead phrase longer than this is the paragraph's first sentence, not its heading.
HEADING_LENGTH = 30
_TERMINAL = tuple("。!?;…”’)》")
_LEAD_DASHES = "-―— "
# 2024年工作安排, 2013年主要任务, 二〇二四年的主要工作任务, 展望2024年: the year a plan names.
_PLAN_YEAR = re.compile(
    r"(?:展望((?:19|20)\d{2})年)|"
    r"((?:19|20)\d{2}|[一二][〇零○九][〇零○一二三四五六七八九]{2})年(?:的)?"
    r"(?:政府|全市|经济社会发展的?|发展)?(?:工作|主要|重点|总体|目标|任务)"
)
_CITY = r"((?:(?!年)[\u4e00-\u9fff]){2,3}市)"  # not 年广州市 out of 1993年广州市政府工作报告
_CITY_IN_VENUE = re.compile(rf"在{_CITY}第")
_CITY_IN_TITLE = re.compile(rf"{_CITY}(?:\d{{4}}年)?政府工作报告")


def is_work_report(text: str) -> bool:
    """Whether the text is a government work report: its title names one (not a plan that
    breaks one down, 《政府工作报告》确定的…分解方案), or its opening addresses the congress
    (代表市人民政府，向大会报告政府工作)."""
    head = fold(text[:_DETECTION_CHARACTERS])
    lines = [line.strip() for line in head.splitlines() if line.strip()][:_DETECTION_LINES]
    for line in lines:
        words = line.replace("*", "")
        if words.startswith("title:"):
            words = words[len("title:") :]
        titled = len(words) <= _TITLE_LENGTH and "。" not in words
        if titled and WORK_REPORT_TITLE.search(words) and not _NOT_THE_REPORT.search(words):
            return True
    return any(ADDRESS.search(line) for line in lines)


def parse_work_report(text: str, reading_warnings: tuple[ParseWarning, ...] = ()) -> Notice:
    """Parse a government work report. Raises `NotANoticeError` when no part is found."""
    folded = fold(text)
    lines = split_lines(text, folded)
    front = read_front_matter(lines)
    opening = read_opening(lines, front.end)
    rows = [read_row(i, lines[i]) for i in range(opening.end, len(lines)) if not lines[i].blank]
    parts = find_parts(rows)
    if parts:
        end = notes_start(lines, _first_index(parts[0]))
        parts = find_parts([row for row in rows if row.index < end])
    if not parts:
        raise NotANoticeError(
            "this reads as a government work report, but no parts were found (一、2023年工作回顾 "
            "or an unnumbered 2023年工作回顾 heading); check that the file is the whole report"
        )
    period = _plan_period(parts, lines, opening, front.title)
    assign_roles(parts, period.year if period is not None else None)
    body = _Body(text, folded)
    for part in parts:
        body.add_part(part)
    if not body.items():
        raise NotANoticeError(
            "this reads as a government work report, but its parts hold no paragraphs; "
            "check that the file is the whole report"
        )
    truncated = _stops_mid_sentence(folded, body.items()[-1])
    warnings = [*reading_warnings, *traditional_warnings(lines)]
    if period is None:
        warnings.append(
            ParseWarning(WarningCode.PERIOD_MISSING, "no plan year in the headings or date line")
        )
    if truncated:
        last = body.items()[-1]
        warnings.append(
            ParseWarning(
                WarningCode.TRUNCATED, "the text stops in the middle of a sentence", last.line
            )
        )
    warnings.sort(key=lambda w: w.line if w.line is not None else 0)
    return Notice(
        text=text,
        kind=DocumentKind.WORK_REPORT,
        title=front.title or _line_words(lines, opening.title_line),
        issuer=_issuer(lines, opening, front.title),
        period=period,
        doc_number=None,
        signed_on=signed_on(lines, opening),
        published_on=None,
        truncated=truncated,
        preamble=None,
        sections=tuple(body.sections),
        warnings=tuple(warnings),
        spans=_partition(text, lines, _first_index(parts[0]), body.spans),
    )


def _first_index(part: PartOutline) -> int:
    return part.heading[0].index if part.heading else part.rows[0].index


def _line_words(lines: list[Line], index: int | None) -> str | None:
    return strip_marks(lines[index].text) or None if index is not None else None


# metadata ---------------------------------------------------------------------------------------
def _plan_period(
    parts: list[PartOutline], lines: list[Line], opening: Opening, title: str | None
) -> Period | None:
    """The year the report plans: named by a plan heading (2024年工作安排), else by the date
    it was delivered (a report delivered in December plans the next year), else by its title."""
    for part in parts:
        words = fold(part.title or "")
        if names_past(words, None):
            continue
        if (match := _PLAN_YEAR.search(words)) is not None:
            return _year(year_value(match.group(1) or match.group(2)))
    delivered = signed_on(lines, opening) or find_date(fold(title or ""))
    if delivered is not None:
        return _year(delivered.year + 1 if delivered.month == 12 else delivered.year)
    named = re.search(r"((?:19|20)\d{2})年", fold(title or ""))
    return _year(int(named.group(1))) if named is not None else None


def _year(year: int) -> Period:
    return Period(year, PeriodKind.YEAR, 1)


def _issuer(lines: list[Line], opening: Opening, title: str | None) -> str | None:
    """The city government speaking: 代表上海市人民政府, or 代表市人民政府 and the city the
    venue line or the title names."""
    if opening.address is not None:
        named = opening.address.group(1).strip()
        if len(named) > 1 and named.endswith("市"):
            return f"{named}人民政府"
    sources = [line.folded for line in lines[: opening.header_end]] + [fold(title or "")]
    for source in sources:
        found = _CITY_IN_VENUE.search(source) or _CITY_IN_TITLE.search(source)
        if found is not None:
            return f"{found.group(1)}人民政府"
    return None


# body -------------------------------------------------------------------------------------------
@dataclass
class _Body:
    text: str
    folded: str
    sections: list[Section] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    def add_part(self, part: PartOutline) -> None:
        for row in part.heading:
            self._span(SpanKind.SECTION_HEADING, row.line)
        label, title = "", part.title
        line = part.heading[0].line.number if part.heading else None
        items: list[Item] = []
        added = len(self.sections)
        for row in part.rows:
            if part.opens_section(row):
                # Paragraphs before the first （一） make a leading section only if there are some.
                if items or label:
                    self._add_section(label, title, items, line, part.role)
                label, title, line, items = row.label, _section_title(row), row.line.number, []
            if row.heading_only:  # a heading line opens no paragraph
                self._span(SpanKind.SECTION_HEADING, row.line)
                continue
            items.append(self._item(row, f"{len(self.sections) + 1}.{len(items) + 1}"))
        if items or label or len(self.sections) == added:
            self._add_section(label, title, items, line, part.role)

    def _add_section(
        self, label: str, title: str | None, items: list[Item], line: int | None, role: Part
    ) -> None:
        ref = str(len(self.sections) + 1)
        self.sections.append(Section(ref, label, title, tuple(items), line, role))

    def _item(self, row: Row, ref: str) -> Item:
        folded, line = self.folded, row.line
        start = line.start + line.indent
        end = _trim(folded, Piece(start, line.end), " ").end
        content = _trim(folded, Piece(row.content, end))
        heading, body_start = _lead(self.text, folded, content)
        pieces = [
            piece
            for sentence in split_sentences(folded, body_start, content.end)
            if (piece := _trim(folded, sentence)).end > piece.start
        ]
        if not pieces:  # a paragraph that is only its lead phrase is its own one task
            pieces = [_trim(folded, Piece(content.start, body_start))]
        tasks: tuple[Task, ...] = tuple(
            make_task(self.text, folded, piece, f"{ref}.{number}")
            for number, piece in enumerate(pieces, start=1)
            if piece.end > piece.start
        )
        self._span(SpanKind.ITEM, line)
        return Item(
            ref=ref,
            label=row.label,
            heading=heading,
            text=self.text[content.start : content.end],
            clause=None,
            lead=(),
            support=(),
            tasks=tasks,
            line=line.number,
            start=start,
            end=end,
        )

    def _span(self, kind: SpanKind, line: Line) -> None:
        piece = _trim(self.folded, Piece(line.start + line.indent, line.end), " ")
        if piece.end > piece.start:
            self.spans.append(Span(kind, piece.start, piece.end))


def _lead(text: str, folded: str, content: Piece) -> tuple[str, int]:
    """The paragraph's heading (its lead phrase when short) and where the sentences after it
    start; no heading, and the sentences start at once, when the lead is a whole sentence."""
    stop = LEAD_END.search(folded, content.start, content.end)
    lead_end = stop.start() if stop is not None else content.end
    heading = strip_marks(text[content.start : lead_end]).lstrip(_LEAD_DASHES)
    if len(heading) > HEADING_LENGTH:
        return "", content.start
    return heading, stop.end() if stop is not None else content.end


def _section_title(row: Row) -> str | None:
    """The heading phrase of a （一） line: up to its full stop, or its first comma when the
    phrase runs on into the body (a copy that lost the full stop)."""
    words = PartOutline.text_of(row)
    stop = LEAD_END.search(fold(words))
    title = words[: stop.start()] if stop is not None else words
    if len(title) > HEADING_LENGTH + 10 and "，" in title:
        title = title[: title.index("，")]
    return strip_marks(title) or None


def _trim(folded: str, piece: Piece, marks: str = " *\r\n") -> Piece:
    start, end = piece.start, piece.end
    while start < end and folded[start] in marks:
        start += 1
    while end > start and folded[end - 1] in marks:
        end -= 1
    return Piece(start, end)


def _stops_mid_sentence(folded: str, last: Item) -> bool:
    words = folded[last.start : last.end].rstrip(" *")
    return bool(words) and not words.endswith(_TERMINAL) and not words.endswith(":")


def _partition(
    text: str, lines: list[Line], header_end: int, spans: list[Span]
) -> tuple[Span, ...]:
    """Every character in exactly one span, as the quarterly parser partitions a notice: the
    header runs from the first line to the last one before the first part; what no part claims
    (blank lines, notes after the body) is `other`."""
    claimed = sorted(spans, key=lambda span: span.start)
    header = [line for line in lines[:header_end] if not line.blank]
    if header:
        claimed.insert(0, Span(SpanKind.HEADER, header[0].start, header[-1].end))
    result: list[Span] = []
    cursor = 0
    for span in claimed:
        if span.start > cursor:
            _append_other(result, cursor, span.start)
        result.append(span)
        cursor = span.end
    if cursor < len(text):
        _append_other(result, cursor, len(text))
    return tuple(result)


def _append_other(spans: list[Span], start: int, end: int) -> None:
    if spans and spans[-1].kind is SpanKind.OTHER:
        spans[-1] = Span(SpanKind.OTHER, spans[-1].start, end)
    else:
        spans.append(Span(SpanKind.OTHER, start, end))
