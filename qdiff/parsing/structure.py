"""The body of a notice: sections, items, their clauses and tasks, and the spans of the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qdiff.lexicon.quantities import find_quantities
from qdiff.lexicon.stages import stage_of
from qdiff.normalize import fold, is_page_number, without_page_numbers
from qdiff.notice import Item, ParseWarning, Section, Span, SpanKind, WarningCode
from qdiff.parsing.clauses import (
    CLAUSE_MARKER,
    ends_in_a_whole_unit,
    looks_like_unit_list,
    parse_clause,
)
from qdiff.parsing.levels import Levels
from qdiff.parsing.lines import Label, Line, Numbering
from qdiff.parsing.rows import read_row
from qdiff.parsing.tables import Cell, Row, Tables
from qdiff.parsing.tasks import Piece, make_tasks
from qdiff.parsing.truncation import Ending, stops_mid_item

_CLAUSE_CLOSERS = {"(": ")", "[": "]"}


@dataclass
class Body:
    sections: list[Section] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    truncated: bool = False


@dataclass
class _Block:
    """Lines from one item's label up to the next item, section or sub-heading."""

    label: Label
    first: int  # line indices, end exclusive
    end: int


def build_body(
    text: str,
    folded: str,
    lines: list[Line],
    labels: dict[int, Label],
    levels: Levels,
    body_start: int,
    tables: Tables | None = None,
) -> Body:
    tables = tables if tables is not None else Tables()
    body = Body()
    builder = _SectionBuilder(text, folded, lines, body, tables)
    block: _Block | None = None
    for index in range(body_start, len(lines)):
        label = labels.get(index)
        group = tables.groups.get(index)
        furniture = tables.is_header(index) or (index in tables.rows and label is None)
        if group is not None or furniture:
            # A filled 领域 cell opens a section that runs to the next filled one (the merged
            # cell flattens into the first row of its group); a repeated header row or an
            # empty row belongs to no item.
            if block is not None:
                builder.add_item(_close(block, index))
                block = None
            if group is not None:
                builder.start_group(lines[index], group)
            if label is None:
                continue
        style = label.style if label is not None else None
        structural = style is not None and (
            style in (levels.section, levels.item) or style in levels.between
        )
        if label is not None and structural:
            if block is not None:
                builder.add_item(_close(block, index))
                block = None
            if style is levels.item:
                block = _Block(label, index, index + 1)
            elif style is levels.section:
                builder.start_section(lines[index], label)
            else:
                builder.subheading(lines[index])
        elif block is not None:
            block.end = index + 1
        elif builder.heading_line is not None and _reads_as_a_paragraph(lines[index]):
            # A paragraph with no number directly under a section heading is an item (pages of
            # law databases show a document from the middle of a list, DOMAIN.md).
            block = _Block(_unnumbered(levels.item, lines[index]), index, index + 1)
        elif not lines[index].blank and not is_page_number(lines[index].text):
            builder.unplaced(lines[index], "text between a section heading and its first item")
    if block is not None:
        builder.add_item(block)
    builder.finish()
    _check_truncation(builder, body)
    return body


def _wraps_on(clause: str, line: Line) -> bool:
    """Whether `line`, right under a clause of lines of their own, carries it on where a PDF
    extract wrapped it: the line holds names only, and the clause broke off inside a unit's
    name (配合单位：区财政局、相 / 关街道; 区经济信息 / 化委、区商务委), or the line reads as
    agencies (区文旅局、区委 / 宣传部; 石门科创城管委 / 会). After a whole unit, other words are
    no part of it (配合单位：区财政局 / 保障措施, / 附件)."""
    text = line.folded.strip()
    if not _NAMES_ONLY.fullmatch(text):
        return False  # a sentence, a bracket or a label: what follows the clause
    return not ends_in_a_whole_unit(clause) or looks_like_unit_list(text)


# Characters of names and the marks between them: what a wrapped list of agencies holds.
_NAMES_ONLY = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff、,]*")


def _reads_as_a_paragraph(line: Line) -> bool:
    """A line of sentences, not a table row (`序号 | 工作内容 |`) nor a short heading."""
    folded = line.folded
    return "|" not in folded and "。" in folded


def _unnumbered(style: Numbering, line: Line) -> Label:
    """The label of an item printed without a number: empty, and outside the numbering."""
    return Label(style, "", 0, _lead_space(line))


def _close(block: _Block, next_index: int) -> _Block:
    block.end = next_index
    return block


class _SectionBuilder:
    def __init__(
        self, text: str, folded: str, lines: list[Line], body: Body, tables: Tables
    ) -> None:
        self.text, self.folded, self.lines, self.body = text, folded, lines, body
        self.tables = tables
        self.rows: dict[int, Row] = {}  # the table row of each item read from one, by id()
        self.label = ""
        self.title: str | None = None
        self.heading_line: int | None = None
        self.items: list[Item] = []
        self.item_values: list[int] = []
        self.section_values: list[int] = []
        self.last_item_value = 0
        self.all_items: list[Item] = []  # every item in order, across sections

    # sections ---------------------------------------------------------------------------------
    def start_section(self, line: Line, label: Label) -> None:
        self._flush()
        self._check_sequence(self.section_values, label.value, line, "section")
        self.label = label.label
        # `一、产业发展 | | |`: a section row of a table, its empty cells no part of its title.
        title = line.text[label.end :].strip(" \t\u3000|")
        self.title = title or None
        self.heading_line = line.number
        self._span(SpanKind.SECTION_HEADING, line.start + _lead_space(line), line.end)

    def start_group(self, line: Line, cell: Cell) -> None:
        """A section named by a table's 领域 cell: no numeral, unless the cell writes one."""
        self._flush()
        words = self.text[cell.start : cell.end]
        numbered = _GROUP_NUMERAL.match(fold(words))
        self.label = numbered.group(1) if numbered else ""
        self.title = words[numbered.end() :].strip() if numbered else words
        self.heading_line = line.number
        self._span(SpanKind.SECTION_HEADING, cell.start, cell.end)

    def subheading(self, line: Line) -> None:
        self._span(SpanKind.SECTION_HEADING, line.start + _lead_space(line), line.end)

    def finish(self) -> None:
        self._flush()

    def _flush(self) -> None:
        if self.items or self.heading_line is not None:
            ref = str(len(self.body.sections) + 1)
            self.body.sections.append(
                Section(ref, self.label, self.title, tuple(self.items), self.heading_line)
            )
        self.items, self.item_values = [], []
        self.label, self.title, self.heading_line = "", None, None

    # items ------------------------------------------------------------------------------------
    def add_item(self, block: _Block) -> None:
        row = self.tables.rows.get(block.first)
        if row is not None:
            self._add_row(block, row)
            return
        lines = self.lines
        first = lines[block.first]
        last = max(
            (i for i in range(block.first, block.end) if not lines[i].blank), default=block.first
        )
        content_start = first.start + block.label.end
        content_end = lines[last].end
        label_start = first.start + _lead_space(first)
        if block.label.label:  # an unnumbered item is outside the numbering
            self._check_item_number(block.label, first)

        clause_piece = self._find_clause(block, content_start, content_end)
        lead: tuple[str, ...] = ()
        support: tuple[str, ...] = ()
        clause_text: str | None = None
        item_end = content_end
        if clause_piece is not None:
            item_end = clause_piece.start
            clause_text = self.text[clause_piece.start : clause_piece.end].strip()
            roles = parse_clause(self.folded[clause_piece.start : clause_piece.end])
            lead, support = roles.lead, roles.support
            rest = without_page_numbers(self.folded[clause_piece.end : content_end])
            if rest.strip(" \r\n|"):
                self.unplaced_range(
                    clause_piece.end, content_end, "text after the responsibility clause"
                )
        content = Piece(content_start, item_end)
        while content.end > content.start and self.folded[content.end - 1] in " \r\n|":
            content = Piece(content.start, content.end - 1)
        # The section this item belongs to is appended to body.sections when it is flushed.
        ref = f"{len(self.body.sections) + 1}.{len(self.items) + 1}"
        heading, tasks = make_tasks(self.text, self.folded, content, ref)
        item = Item(
            ref=ref,
            label=block.label.label,
            heading=heading,
            text=self.text[content.start : content.end].strip(),
            clause=clause_text,
            lead=lead,
            support=support,
            tasks=tasks,
            line=first.number,
            start=label_start,
            end=clause_piece.end if clause_piece is not None else content.end,
        )
        self._span(SpanKind.ITEM, label_start, content.end)
        if clause_piece is not None:
            self._span(SpanKind.CLAUSE, clause_piece.start, clause_piece.end)
        self.items.append(item)
        self.all_items.append(item)

    def _add_row(self, block: _Block, row: Row) -> None:
        """An item read from a table row under a header of named columns."""
        first = self.lines[block.first]
        if block.label.label:
            self._check_item_number(block.label, first)
        ref = f"{len(self.body.sections) + 1}.{len(self.items) + 1}"
        read = read_row(self.text, self.folded, row, ref)
        clause = read.clause
        item = Item(
            ref=ref,
            label=block.label.label,
            heading=read.heading,
            text=self.text[read.text.start : read.text.end].strip(),
            clause=self.text[clause.start : clause.end] if clause is not None else None,
            lead=read.lead,
            support=read.support,
            tasks=read.tasks,
            line=first.number,
            start=read.start,
            end=read.end,
            milestones=read.milestones,
        )
        if clause is not None:
            self._span(SpanKind.ITEM, read.start, read.before_units)
            self._span(SpanKind.CLAUSE, clause.start, clause.end)
        else:
            self._span(SpanKind.ITEM, read.start, read.end)
        for index in range(block.first + 1, block.end):
            if not self.lines[index].blank and index not in self.tables.rows:
                why = "text after the responsibility clause" if clause else "text after a table row"
                self.unplaced(self.lines[index], why)
                break
        self.items.append(item)
        self.all_items.append(item)
        self.rows[id(item)] = row

    def _find_clause(self, block: _Block, start: int, end: int) -> Piece | None:
        folded = self.folded
        segment = folded[start:end]
        markers = list(CLAUSE_MARKER.finditer(segment))
        if markers:
            last_stop = max(segment.rfind(c) for c in "。!?")
            after_stop = [m for m in markers if m.start() > last_stop]
            marker = after_stop[0] if after_stop else markers[-1]
            clause_start = start + marker.start()
            return Piece(clause_start, self._clause_end(clause_start, end, block))
        if block.label.style is Numbering.BARE or "|" in self.lines[block.first].folded:
            return self._table_unit_cell(block, start, end)
        return None

    def _clause_end(self, clause_start: int, end: int, block: _Block) -> int:
        folded = self.folded
        opener = folded[clause_start]
        at = self._line_index(clause_start)
        line = self.lines[at]
        if opener in _CLAUSE_CLOSERS:
            closer = _CLAUSE_CLOSERS[opener]
            depth = 0
            for index in range(clause_start, end):
                if folded[index] == opener:
                    depth += 1
                elif folded[index] == closer:
                    depth -= 1
                    if depth == 0:
                        return index + 1
            self.body.warnings.append(
                ParseWarning(
                    WarningCode.CLAUSE_UNCLOSED,
                    f"item {block.label.label}: the responsibility clause has no closing bracket",
                    line.number,
                )
            )
            return _rstrip_to(folded, line.end, clause_start)
        # 牵头单位: / 责任单位: / 配合单位: on lines of their own: the clause runs over those lines.
        clause_end = _rstrip_to(folded, line.end, clause_start)
        # A blank line parts the clause from what follows, unless it stands by a page's number
        # (a PDF page break falls anywhere, inside a unit's name too).
        blank, paged = False, False
        # (From the line's place in the list: inline items cut one physical line into several.)
        for following in self.lines[at + 1 : block.end]:
            if following.start >= end:
                break
            if following.blank:
                blank = True
                continue
            if is_page_number(following.text):
                paged = True
                continue
            if CLAUSE_MARKER.match(following.folded.strip()) or (
                (not blank or paged) and _wraps_on(folded[clause_start:clause_end], following)
            ):
                clause_end = _rstrip_to(folded, following.end, following.start)
                blank, paged = False, False
            else:
                break
        return clause_end

    def _table_unit_cell(self, block: _Block, start: int, end: int) -> Piece | None:
        """The unit cell of a task-table row: agencies named with no 责任单位: marker.

        The row is "1 | 内容 | 单位 |", or one cell per line (the last line holds the units), or
        cells run together ("1分级诊疗。…扩容。区卫生健康委": the units follow the last 。).
        """
        folded = self.folded
        row = folded[start:end]
        if "|" in row:
            # The row ends with the last line that holds a cell: what follows the table (the
            # signing office and date under a progress table) is no part of its last row.
            piped = [line for line in self.lines[block.first : block.end] if "|" in line.folded]
            row = folded[start : min(end, piped[-1].end)]
            cells = [m for m in re.finditer(r"[^|]+", row) if m.group().strip()]
            if len(cells) >= 2 and looks_like_unit_list(cells[-1].group()):
                return _strip_piece(folded, start + cells[-1].start(), start + cells[-1].end())
            return None
        content_lines = [
            line
            for line in self.lines[block.first + 1 : block.end]
            if not line.blank and line.start < end
        ]
        if len(content_lines) >= 2 and looks_like_unit_list(content_lines[-1].folded):
            last = content_lines[-1]
            return _strip_piece(folded, last.start, last.end)
        if content_lines and not self.lines[block.first].folded[block.label.end :].strip():
            # One cell per line (the number alone on its line): the units stand on a line of
            # their own, never after the content's last 。 (…专项行 is a cell cut short).
            return None
        stop = row.rfind("。")
        tail = row[stop + 1 :]
        # Cells run together have no separator: what follows the last 。 is the units only if it
        # reads as agencies, not as a sentence cut short (完成全区10家社: a verb, a quantity).
        sentence = stage_of(tail) is not None or bool(find_quantities(tail, tail))
        if stop >= 0 and looks_like_unit_list(tail) and not sentence:
            return _strip_piece(folded, start + stop + 1, end)
        return None

    def _line_at(self, offset: int) -> Line:
        return self.lines[self._line_index(offset)]

    def _line_index(self, offset: int) -> int:
        """The place in `lines` of the line holding `offset`."""
        low, high = 0, len(self.lines) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.lines[middle].start <= offset:
                low = middle
            else:
                high = middle - 1
        return low

    # checks and spans -------------------------------------------------------------------------
    def _check_item_number(self, label: Label, line: Line) -> None:
        values = self.item_values
        if not values and label.value == self.last_item_value + 1:
            # Numbering that runs on across sections (1-29 over the whole notice) is no gap.
            values.append(label.value - 1)
        self._check_sequence(values, label.value, line, "item")
        self.last_item_value = label.value

    def _check_sequence(self, values: list[int], value: int, line: Line, what: str) -> None:
        expected = values[-1] + 1 if values else 1
        if values and value == values[-1]:
            self.body.warnings.append(
                ParseWarning(
                    WarningCode.NUMBERING_REPEAT, f"{what} number {value} repeats", line.number
                )
            )
        elif value != expected:
            self.body.warnings.append(
                ParseWarning(
                    WarningCode.NUMBERING_GAP,
                    f"{what} number {value} follows {expected - 1}; expected {expected}",
                    line.number,
                )
            )
        values.append(value)

    def unplaced(self, line: Line, why: str) -> None:
        self.body.warnings.append(
            ParseWarning(WarningCode.UNPLACED_TEXT, f"could not place {why}", line.number)
        )

    def unplaced_range(self, start: int, end: int, why: str) -> None:
        first = next(i for i in range(start, end) if self.folded[i] not in " \r\n|")
        self.unplaced(self._line_at(first), why)

    def _span(self, kind: SpanKind, start: int, end: int) -> None:
        if end > start:
            self.body.spans.append(Span(kind, start, end))


# A 领域 cell that writes its own numeral: 一、产业发展.
_GROUP_NUMERAL = re.compile(r"\s*([一二三四五六七八九十]{1,3})\s*[、.]\s*")


def _lead_space(line: Line) -> int:
    return line.indent


def _strip_piece(folded: str, start: int, end: int) -> Piece:
    while start < end and folded[start] in " \r\n":
        start += 1
    return Piece(start, _rstrip_to(folded, end, start))


def _rstrip_to(folded: str, end: int, floor: int) -> int:
    while end > floor and folded[end - 1] in " \r\n":
        end -= 1
    return end


def _check_truncation(builder: _SectionBuilder, body: Body) -> None:
    items = builder.all_items
    if not items or not stops_mid_item(
        Ending(builder.folded, builder.lines, items, builder.rows, builder.tables, body.sections)
    ):
        return
    last = items[-1]
    body.truncated = True
    body.warnings.append(
        ParseWarning(
            WarningCode.TRUNCATED,
            f"the text stops in the middle of item {last.label}: the copy is cut off",
            builder._line_at(last.end - 1).number if last.end > last.start else last.line,
        )
    )
