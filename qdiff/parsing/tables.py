"""Task tables flattened to text, a row a line with `|` between cells (DOMAIN.md: task tables,
quarterly milestone columns, progress tables).

Columns are found by the names their header gives them, never by position: pages name them
differently (序号 or 编号 or none, 主责部门 or 牵头单位, 第一季度 or 一季度 or Q1) and put them in
different orders. A row is read cell by cell against its header; a row holding fewer `|` than
its header was cut off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from qdiff.lexicon.numerals import cn_numeral_value
from qdiff.parsing.lines import Label, Line, Numbering, read_label


class Column(StrEnum):
    """What a table column holds, as its header names it."""

    GROUP = "group"  # 领域: a merged cell naming the section of the rows under it
    NUMBER = "number"  # 序号, 编号
    NAME = "name"  # 重要项目: the item's name, standing before its body
    CONTENT = "content"  # 目标任务和工作要求, 内容与要求, 工作内容
    PROGRESS = "progress"  # 进展情况: a progress table's account, read with the content
    QUARTER = "quarter"  # 第一季度 … 第四季度: that quarter's commitment
    DEADLINE = "deadline"  # 时间节点, 完成时限
    UNITS = "units"  # 责任单位 on its own: a cell read like a clause (X牵头,Y配合)
    LEAD = "lead"  # 主责部门, 牵头单位
    SUPPORT = "support"  # 配合部门, 协同单位; 责任单位 beside a lead column
    OTHER = "other"  # 备注, 牵头区领导 and names not recognised: read into nothing


UNIT_COLUMNS = frozenset({Column.UNITS, Column.LEAD, Column.SUPPORT})
TEXT_COLUMNS = frozenset({Column.NAME, Column.CONTENT, Column.PROGRESS})

# Header names, on folded text. Order matters: 第一季度目标任务 is a quarter, not a task column.
_NUMBER = re.compile(r"(?:序号|编号|项次|序)")
_QUARTER = re.compile(r"(?<![前后])第?\s*([一二三四1-4])\s*季度|^[Qq]\s*([1-4])$")
_DEADLINE = re.compile(r"时间节点|时限|完成时间|期限|时间要求|进度安排|时间安排")
_PROGRESS = re.compile(r"进展|完成情况|落实情况|推进情况|执行情况")
_PERSON = re.compile(r"领导")  # 牵头区领导 names a person, not an agency
_LEAD = re.compile(r"(?:主责|牵头|主办)(?:单位|部门)|责任单位\s*\(?\s*牵头")
_SUPPORT = re.compile(r"(?:配合|协同|协办|协助|参与)(?:单位|部门)")
_UNITS = re.compile(r"责任(?:单位|部门|主体)")
_GROUP = re.compile(r"^(?:重点|工作|任务)?(?:领域|类别|板块|分类|方面|类型)$")
_TEXT = re.compile(r"内容|要求|任务|目标|措施|事项|项目|工作|举措|名称|计划|指标")
# A header cell is a short name; a row's cells are sentences.
_NAME_MAX_CHARS = 24
_MAX_COLUMNS = 16  # wider than any task table; bounds the look for a header one cell a line
# The cell a two-line header splits into quarters: 阶段性目标和工作任务量 over 第一季度 | … .
_PARENT = re.compile(r"阶段|季度|进度|节点|分解|安排")
_BLANK_CELL = frozenset({"", "/", "-", "—", "无", "\\"})


@dataclass(frozen=True, slots=True)
class Cell:
    start: int  # offsets into the notice text, blanks stripped (start == end: an empty cell)
    end: int


@dataclass(frozen=True, slots=True)
class Header:
    line: int  # index into the lines
    last_line: int  # the line of its quarter names, when the header is flattened to two lines
    columns: tuple[Column, ...]
    quarters: tuple[int | None, ...]  # the quarter each QUARTER column stands for
    pipes: int  # the `|` a whole row holds: as many as its header
    leading_border: bool  # `| 序号 | … |`: the outer bars are borders, not empty cells
    trailing_border: bool

    def index(self, column: Column) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c is column), None)


@dataclass(frozen=True, slots=True)
class Row:
    line: int  # index into the lines
    header: Header
    cells: tuple[Cell, ...]  # by column; a row cut short has fewer
    pipes: int

    def cell(self, column: Column) -> Cell | None:
        """The first cell of that column, if the row reaches it."""
        index = self.header.index(column)
        return self.cells[index] if index is not None and index < len(self.cells) else None

    def cells_of(self, columns: frozenset[Column]) -> list[Cell]:
        return [
            cell
            for cell, column in zip(self.cells, self.header.columns, strict=False)
            if column in columns
        ]

    @property
    def whole(self) -> bool:
        """Whether the row holds every cell its header names (an empty cell counts)."""
        return self.pipes >= self.header.pipes


@dataclass
class Tables:
    """The tables of a notice: their header rows and the rows under them, by line index."""

    headers: list[Header] = field(default_factory=list)
    rows: dict[int, Row] = field(default_factory=dict)
    labels: dict[int, Label] = field(default_factory=dict)  # rows and section rows, labelled
    groups: dict[int, Cell] = field(default_factory=dict)  # rows whose 领域 cell opens a section

    header_lines: set[int] = field(default_factory=set)  # both lines of a two-line header

    def is_header(self, index: int) -> bool:
        return index in self.header_lines

    def under_a_header(self, index: int) -> bool:
        """Whether a line stands below a table's header: a number there opens a row."""
        return bool(self.headers) and self.headers[0].last_line < index

    def add_header(self, header: Header) -> None:
        self.headers.append(header)
        self.header_lines.update(range(header.line, header.last_line + 1))


def find_tables(lines: Sequence[Line]) -> Tables:
    """Every `|` table with a header row of named columns, and its rows."""
    tables = Tables()
    header: Header | None = None
    final = max((i for i, line in enumerate(lines) if not line.blank), default=-1)
    named = [_one_cell_column(line) for line in lines]
    index = 0
    while index < len(lines):
        line = lines[index]
        found = read_header(line, index)
        if found is not None:
            header = _with_sub_header(found, lines)
            tables.add_header(header)
            index = header.last_line + 1
            continue
        starts_a_run = named[index] is not None and (index == 0 or named[index - 1] is None)
        one_per_line = _header_one_cell_a_line(named, index) if starts_a_run else None
        if one_per_line is not None:
            # Its rows, a cell a line too, are read as numbered lines (qdiff/parsing/structure.py).
            tables.add_header(one_per_line)
            header = None
            index = one_per_line.last_line + 1
            continue
        if header is not None and "|" in line.folded:
            _add_row(tables, header, line, index, index == final)
        index += 1
    return tables


def header_lines(lines: Sequence[Line]) -> set[int]:
    """The lines that are a table's header (both lines of a header flattened to two)."""
    return find_tables(lines).header_lines


def read_header(line: Line, index: int = 0) -> Header | None:
    """The header row a line is, if its cells are short column names that include what a task
    table needs: a body (任务, 内容…) and a number, units or quarter column."""
    folded = line.folded
    if folded.count("|") < 2:
        return None
    leading, trailing = _borders(folded)
    names = [folded[start:end].strip() for start, end in _split(folded, leading, trailing)]
    if len(names) < 3 or any(len(name) > _NAME_MAX_CHARS for name in names):
        return None
    columns = [_column_named(name) for name in names]
    texts = [i for i, column in enumerate(columns) if column is Column.CONTENT]
    if len(texts) >= 2:
        columns[texts[0]] = Column.NAME  # the item's name stands before its body
    if Column.LEAD in columns:
        # [牵头单位:X;责任单位:Y]: once a lead is named, 责任单位 lists the others.
        columns = [Column.SUPPORT if c is Column.UNITS else c for c in columns]
    elif Column.SUPPORT in columns:
        # 责任部门 | 协同单位: beside the units that cooperate, the responsible ones lead.
        columns = [Column.LEAD if c is Column.UNITS else c for c in columns]
    kinds = set(columns)
    if not kinds & TEXT_COLUMNS or not kinds & {Column.NUMBER, Column.QUARTER, *UNIT_COLUMNS}:
        return None
    return Header(
        line=index,
        last_line=index,
        columns=tuple(columns),
        quarters=tuple(_quarter_named(name) for name in names),
        pipes=folded.count("|"),
        leading_border=leading,
        trailing_border=trailing,
    )


def _one_cell_column(line: Line) -> Column | None:
    """The column a line names when it is a header cell on a line of its own."""
    name = line.folded.strip()
    if not name or "|" in name or len(name) > _NAME_MAX_CHARS:
        return None
    # A column's name is a name: a line with a sentence's stop or a label's colon is text (和考核
    # 事项。 ending a wrapped sentence; 牵头单位：区民政局, a clause on a line of its own).
    if any(mark in name for mark in "。:,;"):
        return None
    column = _column_named(name)
    return column if column is not Column.OTHER or name == "备注" else None


def _header_one_cell_a_line(named: Sequence[Column | None], index: int) -> Header | None:
    """A header flattened one cell per line: `序号` / `工作内容` / `责任单位`, each a line."""
    columns: list[Column] = []
    end = index
    while end < len(named) and len(columns) < _MAX_COLUMNS:
        column = named[end]
        if column is None:
            break
        columns.append(column)
        end += 1
    kinds = set(columns)
    if len(columns) < 3 or not kinds & TEXT_COLUMNS or not kinds & {Column.NUMBER, *UNIT_COLUMNS}:
        return None
    return Header(
        line=index,
        last_line=end - 1,
        columns=tuple(columns),
        quarters=(None,) * len(columns),
        pipes=0,
        leading_border=False,
        trailing_border=False,
    )


def _column_named(name: str) -> Column:
    if _NUMBER.fullmatch(name):
        return Column.NUMBER
    if _QUARTER.search(name):
        return Column.QUARTER
    if _DEADLINE.search(name):
        return Column.DEADLINE
    if _PROGRESS.search(name):
        return Column.PROGRESS
    if _PERSON.search(name):
        return Column.OTHER
    if _LEAD.search(name):
        return Column.LEAD
    if _SUPPORT.search(name):
        return Column.SUPPORT
    if _UNITS.search(name):
        return Column.UNITS
    if _GROUP.match(name):
        return Column.GROUP
    if _TEXT.search(name):
        return Column.CONTENT
    return Column.OTHER


def _quarter_named(name: str) -> int | None:
    match = _QUARTER.search(name)
    if match is None:
        return None
    raw = match.group(1) or match.group(2)
    return int(raw) if raw.isdigit() else cn_numeral_value(raw)


def _with_sub_header(header: Header, lines: Sequence[Line]) -> Header:
    """A header flattened to two lines: `… | 阶段性目标和工作任务量 | 主责部门 …` over
    `第一季度 | 第二季度 | 第三季度 | 第四季度`. The quarter names take the parent's place."""
    following = header.line + 1
    if following >= len(lines) or "|" not in lines[following].folded:
        return header
    names = _header_names(lines[following])
    quarters = [_quarter_named(name) for name in names]
    if len(names) < 2 or any(quarter is None for quarter in quarters):
        return header
    parents = _header_names(lines[header.line])
    parent = next(
        (
            i
            for i, column in enumerate(header.columns)
            if column in (Column.QUARTER, Column.OTHER, Column.CONTENT, Column.DEADLINE)
            and _PARENT.search(parents[i])
        ),
        None,
    )
    if parent is None:
        return header
    columns = list(header.columns)
    merged = list(header.quarters)
    columns[parent : parent + 1] = [Column.QUARTER] * len(names)
    merged[parent : parent + 1] = quarters
    return Header(
        line=header.line,
        last_line=following,
        columns=tuple(columns),
        quarters=tuple(merged),
        pipes=header.pipes + len(names) - 1,
        leading_border=header.leading_border,
        trailing_border=header.trailing_border,
    )


def _header_names(line: Line) -> list[str]:
    folded = line.folded
    return [folded[s:e].strip() for s, e in _split(folded, *_borders(folded))]


def _borders(folded: str) -> tuple[bool, bool]:
    stripped = folded.strip()
    return stripped.startswith("|"), stripped.endswith("|") and len(stripped) > 1


def _split(folded: str, leading: bool, trailing: bool) -> list[tuple[int, int]]:
    """The cells of a row as offsets in the line, blanks stripped. The outer bars are dropped
    where the header has them as borders; elsewhere a leading bar opens an empty first cell
    (a merged 领域 cell flattens to ` | 2 | …`)."""
    start = len(folded) - len(folded.lstrip())
    end = len(folded.rstrip())
    if leading and folded.startswith("|", start):
        start += 1
    if trailing and end > start and folded[end - 1] == "|":
        end -= 1
    cells: list[tuple[int, int]] = []
    cursor = start
    while True:
        bar = folded.find("|", cursor, end)
        stop = end if bar < 0 else bar
        left, right = cursor, stop
        while left < right and folded[left].isspace():
            left += 1
        while right > left and folded[right - 1].isspace():
            right -= 1
        cells.append((left, right))
        if bar < 0:
            return cells
        cursor = bar + 1


def _add_row(tables: Tables, header: Header, line: Line, index: int, final: bool) -> None:
    folded = line.folded
    spans = _split(folded, header.leading_border, header.trailing_border)
    cells = tuple(Cell(line.start + s, line.start + e) for s, e in spans)
    row = Row(index, header, cells, folded.count("|"))
    section = _section_row(row, line)
    if section is not None:
        tables.labels[index] = section
        return
    tables.rows[index] = row
    group = row.cell(Column.GROUP)
    if group is not None and group.end > group.start:
        tables.groups[index] = group
    with_text = any(c.end > c.start for c in row.cells_of(TEXT_COLUMNS))
    # A row with no number is an item when it holds most of its cells (a merged 序号 cell, or
    # a table without one), or when the text stops in it: a footer `首页 | 联系我们` is not.
    mostly_whole = row.pipes * 2 >= header.pipes or final
    if _number_of(row, line).isdigit() or (with_text and mostly_whole):
        tables.labels[index] = _row_label(row, line)


def _section_row(row: Row, line: Line) -> Label | None:
    """`一、产业发展 | | |`: a row with a single filled cell that opens with a section number."""
    filled = [cell for cell in row.cells if cell.end > cell.start]
    if len(filled) != 1 or filled[0] is not row.cells[0]:
        return None
    label = read_label(line)
    if label is None or label.style is Numbering.BARE:
        return None
    return label


def _number_of(row: Row, line: Line) -> str:
    cell = row.cell(Column.NUMBER)
    if cell is None:
        return ""
    return line.folded[cell.start - line.start : cell.end - line.start].rstrip("、.")


def _row_label(row: Row, line: Line) -> Label:
    """A row's label is its 序号 cell; a row with none (no 序号 column, or a merged cell) is an
    item outside the numbering."""
    cell = row.cell(Column.NUMBER)
    if cell is None:
        return Label(Numbering.BARE, "", 0, 0)
    left, right = cell.start - line.start, cell.end - line.start
    number = _number_of(row, line)
    if number.isdigit() and len(number) <= 3:
        return Label(Numbering.BARE, line.text[left : left + len(number)], int(number), right)
    return Label(Numbering.BARE, "", 0, right)


def is_blank_cell(folded_cell: str) -> bool:
    """`/`, `—` or nothing: a cell that says there is nothing (no supporting unit)."""
    return folded_cell.strip() in _BLANK_CELL


# A deadline cell names the month or quarter a row is due by: 6月底前 is the second quarter.
_DEADLINE_MONTH = re.compile(r"(\d{1,2})\s*月")
_DEADLINE_QUARTER = re.compile(r"第?([一二三四1-4])季度")
_DEADLINE_HALF = {"上半年": 2, "下半年": 4, "年底": 4, "年末": 4, "年内": 4}


def quarter_due(folded_cell: str) -> int | None:
    """The quarter a 时间节点/完成时限 cell falls in, when it names one time (6月底前, 三季度,
    年底前); None for a span (全年, 长期坚持) or several times (3月启动,6月完成)."""
    months = {int(m) for m in _DEADLINE_MONTH.findall(folded_cell) if 1 <= int(m) <= 12}
    quarters = {
        int(q) if q.isdigit() else cn_numeral_value(q)
        for q in _DEADLINE_QUARTER.findall(folded_cell)
    }
    halves = {value for word, value in _DEADLINE_HALF.items() if word in folded_cell}
    found = {(month - 1) // 3 + 1 for month in months} | quarters | halves
    if len(found) != 1 or len(months) > 1:
        return None
    return found.pop()
