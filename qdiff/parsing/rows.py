"""A task-table row read as an item, cell by cell against its header (qdiff/parsing/tables.py).

- The item's text runs from its first text cell to its last (重要项目 | 目标任务和工作要求, or
  内容与要求 | 进展情况); its heading is the 重要项目 cell where the table has one, else the text
  up to its first 。 as in any item.
- Its units come from its unit cells: a lone 责任单位 cell is read like a clause (X牵头,Y配合)
  and reported as the clause; 主责部门 and 配合部门 cells are lead and support, with no clause.
- Each quarter's cell is that quarter's commitment, kept as written; a 时间节点 cell naming one
  time (6月底前) is the commitment of the quarter it falls in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qdiff.lexicon.quantities import find_quantities
from qdiff.lexicon.stages import stage_of
from qdiff.notice import Milestone, Task
from qdiff.parsing.clauses import parse_clause, units_in_cell
from qdiff.parsing.tables import (
    TEXT_COLUMNS,
    UNIT_COLUMNS,
    Cell,
    Column,
    Row,
    is_blank_cell,
    quarter_due,
)
from qdiff.parsing.tasks import Piece, make_tasks, split_sentences


@dataclass(frozen=True, slots=True)
class RowItem:
    start: int  # offsets into the notice text: the row from its number to its last cell
    end: int
    text: Piece  # the text cells, from the first to the last
    heading: str
    tasks: tuple[Task, ...]
    clause: Piece | None  # a lone 责任单位 cell
    lead: tuple[str, ...]
    support: tuple[str, ...]
    milestones: tuple[Milestone, ...]
    before_units: int  # the end of the last cell before the unit cells that close the row


def read_row(text: str, folded: str, row: Row, ref: str) -> RowItem:
    filled = [
        (cell, column)
        for cell, column in zip(row.cells, row.header.columns, strict=False)
        if cell.end > cell.start and column is not Column.GROUP
    ]
    start = filled[0][0].start if filled else row.cells[-1].end
    end = filled[-1][0].end if filled else start
    texts = [cell for cell, column in filled if column in TEXT_COLUMNS]
    content = Piece(texts[0].start, texts[-1].end) if texts else Piece(end, end)
    heading, tasks = _heading_and_tasks(text, folded, row, content, ref)
    clause, lead, support = _units(folded, row)
    trailing = len(_trailing_unit_cells(filled))
    before = [cell for cell, _ in filled[: len(filled) - trailing]]
    return RowItem(
        start=start,
        end=end,
        text=content,
        heading=heading,
        tasks=tasks,
        clause=clause,
        lead=lead,
        support=support,
        milestones=_milestones(text, folded, row),
        before_units=before[-1].end if before else start,
    )


def _heading_and_tasks(
    text: str, folded: str, row: Row, content: Piece, ref: str
) -> tuple[str, tuple[Task, ...]]:
    name = row.cell(Column.NAME)
    if name is None or name.end == name.start:
        return make_tasks(text, folded, content, ref)
    # 重要项目 | 目标任务和工作要求: the name is the heading and every sentence of the body a task.
    bodies = [cell for cell in row.cells_of(TEXT_COLUMNS - {Column.NAME}) if cell.end > cell.start]
    sentences = (
        split_sentences(folded, bodies[0].start, bodies[-1].end)
        if bodies
        else [Piece(name.start, name.end)]
    )
    tasks = tuple(
        _task(text, folded, piece, f"{ref}.{number}")
        for number, piece in enumerate(sentences, start=1)
    )
    return text[name.start : name.end], tasks


def _task(text: str, folded: str, piece: Piece, ref: str) -> Task:
    words = text[piece.start : piece.end]
    return Task(
        ref=ref,
        text=words,
        stage=stage_of(folded[piece.start : piece.end]),
        quantities=find_quantities(words, folded[piece.start : piece.end]),
        start=piece.start,
        end=piece.end,
    )


def _units(folded: str, row: Row) -> tuple[Piece | None, tuple[str, ...], tuple[str, ...]]:
    lead: list[str] = []
    support: list[str] = []
    lone = row.cell(Column.UNITS)
    if lone is not None:
        words = folded[lone.start : lone.end]
        if is_blank_cell(words):
            return None, (), ()
        roles = parse_clause(words)
        return Piece(lone.start, lone.end), roles.lead, roles.support
    for cell in row.cells_of(frozenset({Column.LEAD})):
        if is_blank_cell(folded[cell.start : cell.end]):
            continue
        # A lead cell may name roles of its own (X牵头,Y配合): read it like a clause.
        roles = parse_clause(folded[cell.start : cell.end])
        _extend(lead, roles.lead)
        _extend(support, roles.support)
    for cell in row.cells_of(frozenset({Column.SUPPORT})):
        if not is_blank_cell(folded[cell.start : cell.end]):
            _extend(support, units_in_cell(folded[cell.start : cell.end]))
    return None, tuple(lead), tuple(unit for unit in support if unit not in lead)


def _extend(target: list[str], units: tuple[str, ...]) -> None:
    target.extend(unit for unit in units if unit not in target)


def _trailing_unit_cells(filled: Sequence[tuple[Cell, Column]]) -> list[Cell]:
    """The unit cells that close the row (none when another cell follows them)."""
    trailing: list[Cell] = []
    for cell, column in reversed(filled):
        if column not in UNIT_COLUMNS:
            break
        trailing.insert(0, cell)
    return trailing


def _milestones(text: str, folded: str, row: Row) -> tuple[Milestone, ...]:
    milestones: list[Milestone] = []
    for index, (cell, column) in enumerate(zip(row.cells, row.header.columns, strict=False)):
        if cell.end == cell.start:
            continue  # an empty cell promises nothing; `/` is kept, as written
        quarter: int | None = None
        if column is Column.QUARTER:
            quarter = row.header.quarters[index]
        elif column is Column.DEADLINE:
            quarter = quarter_due(folded[cell.start : cell.end])
        if quarter is not None:
            milestones.append(Milestone(quarter, text[cell.start : cell.end], cell.start, cell.end))
    return tuple(milestones)
