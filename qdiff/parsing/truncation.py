"""Whether a copy stops in the middle of its last item: a page cut off after N bytes (DOMAIN.md,
"Damage seen in real published copies"). What each rule can and cannot see is listed in
tests/test_truncation.py."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qdiff.normalize import fold
from qdiff.notice import Item, Section
from qdiff.parsing.clauses import clause_is_closed, ends_in_a_whole_unit, labels_in
from qdiff.parsing.lines import Line
from qdiff.parsing.tables import UNIT_COLUMNS, Row, Tables, is_blank_cell

_TERMINAL = frozenset("。!?;)]”》")
_LINE_BREAK = re.compile(r"[\r\n]")
_CLAUSE_CLOSERS = frozenset("([")


@dataclass(frozen=True, slots=True)
class Ending:
    """What the rules read: the folded text, its lines, the items in order (with the table row
    each was read from, by id) and the sections."""

    folded: str
    lines: Sequence[Line]
    items: Sequence[Item]
    rows: dict[int, Row]
    tables: Tables
    sections: Sequence[Section]


def stops_mid_item(ending: Ending) -> bool:
    """A page cut off after N bytes ends mid-item, mid-clause or mid-heading: the last item lacks
    what the others have, its clause stops unclosed at the very end of the text, its table row
    lacks cells, or what follows the last item is the start of a section that never came (`二`,
    `五、`, `四、城市更新和`) or of a table row."""
    if not ending.items:
        return False
    last = ending.items[-1]
    others = list(ending.items[:-1])
    row = ending.rows.get(id(last))
    if row is not None:
        cut = _a_row_cut_short(ending, row)
        after = ending.lines[row.line].end  # past the row's closing bar, if it has one
    else:
        cut = _an_item_cut_short(ending, last, others)
        after = last.end
    if not cut:
        rest = ending.folded[after:]
        cut = (
            _a_section_begins_after(rest, ending.sections)
            or _a_clause_begins_after(rest)
            or _a_row_begins_after(ending, row)
        )
    if not cut and row is None:
        cut = _a_table_row_left_open(ending, last, others)
    return cut


def _an_item_cut_short(ending: Ending, last: Item, others: list[Item]) -> bool:
    with_clause = sum(1 for item in others if item.clause is not None)
    if last.clause is None:
        mostly_with_clause = bool(others) and with_clause / len(others) >= 0.5
        ends_open = ending.folded[last.start : last.end].rstrip()[-1:] not in _TERMINAL
        # One item and no clause: the copy stopped inside the first item (the commonest cut
        # keeps the first ~2,000 bytes); a notice of one commitment without a unit is not one.
        return mostly_with_clause or ends_open or not others
    clause = ending.folded[last.end - len(last.clause) : last.end]
    rest = ending.folded[last.end :]
    # "(责任单位:区司法局牵头,区政" and nothing after, not even a line break: the text stops
    # inside the clause, whatever its units read like so far. A clause whose line ends (a
    # line break follows) was whole when published and only lost its bracket: damage.
    open_end = not rest.strip() and not _LINE_BREAK.search(rest)
    if clause.lstrip()[:1] in _CLAUSE_CLOSERS:
        return not clause_is_closed(clause) and open_end
    # Clauses on lines of their own (牵头单位:X / 责任单位:Y) have no bracket to close: the
    # text stopped in one when it names fewer roles than the other items' clauses do (even
    # after a line break: the cut fell before the 责任单位 line), or its last unit is a name cut
    # short. (Counted on the folded clauses: 牵头单位：X is full-width.)
    usual = sorted(
        labels_in(fold(i.clause))
        for i in others
        if i.clause is not None and fold(i.clause).lstrip()[:1] not in _CLAUSE_CLOSERS
    )
    fewer = bool(usual) and labels_in(clause) < usual[len(usual) // 2]
    # The first item alone, its roles on lines of their own: nothing tells whether its
    # 责任单位 line was still to come, and a notice of one commitment is not one (as above).
    return ((fewer or not others) and not rest.strip()) or (
        open_end and not ends_in_a_whole_unit(clause)
    )


def _a_row_cut_short(ending: Ending, row: Row) -> bool:
    """A table row the text stops in: it holds fewer `|` than its header (a cell never came, or
    the closing bar of a table that closes its rows), or its last cell is a unit cell that
    stops at a separator or in a name (`区经济和信息化局、`, `区住房和城乡建`). A row whose line
    ends (a line break follows) ended as published: a cut leaves no line break behind it."""
    after = ending.folded[ending.lines[row.line].end :]
    if after.strip() or _LINE_BREAK.search(after):
        return False
    if not row.whole:
        return True
    header = row.header
    if header.trailing_border or len(row.cells) > len(header.columns):
        return False
    cell = row.cells[-1]
    words = ending.folded[cell.start : cell.end]
    if header.columns[len(row.cells) - 1] not in UNIT_COLUMNS:
        return False  # a cut inside another last cell leaves nothing to see
    return not words or (not is_blank_cell(words) and not ends_in_a_whole_unit(words))


def _a_row_begins_after(ending: Ending, row: Row | None) -> bool:
    """Whether the text ends in a table row that is no item's and lacks cells: the start of
    the next row (` |`, `民生保障 |`) cut before its number or text came."""
    final = max((i for i, line in enumerate(ending.lines) if not line.blank), default=None)
    if final is None:
        return False
    started = ending.tables.rows.get(final)
    after = ending.folded[ending.lines[final].end :]
    return (
        started is not None
        and started is not row
        and not started.whole
        and not after.strip()
        and not _LINE_BREAK.search(after)
    )


# What is left after the last item when the cut fell in the next heading: a label with at most a
# few characters of its title (`二`, `五、`, `四、城市更新和`, `(二)光`), on the folded text.
_HEADING_FRAGMENT = re.compile(
    r"\s*(?:"
    r"(?:[一二三四五六七八九十百〇零]{1,3}|\d{1,3})(?:\s*[、.．]\s*[^。\n]{0,30})?"  # 五、城市
    r"|\(\s*[一二三四五六七八九十\d]{0,3}\s*(?:\)\s*[^。\n]{0,30})?"  # (二)光
    r")\s*"
)


def _a_section_begins_after(rest: str, sections: Sequence[Section]) -> bool:
    """Whether the text after the last item is only the start of a section: a heading fragment,
    or a section heading with no item under it (a notice never ends on an empty section)."""
    if rest.strip() and _HEADING_FRAGMENT.fullmatch(rest) is not None:
        return True
    return bool(sections) and not sections[-1].items


_CLAUSE_LABELS = (
    "责任单位:",
    "责任部门:",
    "牵头单位:",
    "牵头部门:",
    "配合单位:",
    "协办单位:",
    "主责单位:",
)


def _a_clause_begins_after(rest: str) -> bool:
    """Whether the text after the last item is the start of a clause line cut short (`责`,
    `牵头单`): the item's units were coming."""
    fragment = rest.strip()
    return bool(fragment) and any(label.startswith(fragment) for label in _CLAUSE_LABELS)


def _a_table_row_left_open(ending: Ending, last: Item, others: list[Item]) -> bool:
    """A task table flattened to text closes each row with `|`; a last row without it, where
    the other rows have it, was cut inside its cells."""
    if not others or ending.folded[last.end :].strip():
        return False
    # The bar follows the item: its unit cell (the clause) or its content ends before it.
    closed = sum(1 for item in others if ending.folded[item.end :].lstrip(" ")[:1] == "|")
    if closed * 2 < len(others):
        return False
    return ending.folded[last.end :].lstrip(" ")[:1] != "|"
