"""Every cut is detected: each full fixture, with and without its blank lines, cut at every 37th
byte from its first item on (UTF-8-safe: a split character is dropped), parses; the copy is marked
`truncated` with its last item not `complete`; and its complete items are the first items of the
whole notice (headings, clauses, lead and supporting units, quarterly milestones).

The fixtures include task tables (fixtures/dev2/nanchuan_*: `序号 | 工作内容 | 责任单位 |` rows
closed by a bar; fixtures/layouts/: a progress table and two tables with quarterly milestone
columns; fixtures/variants/table_*: a table one cell a line, a pipe table and one whose cells ran
together) and notices mixing clause forms (fixtures/dev2/beiyu_*: `(责任单位:…)` and
`牵头单位:` / `责任单位:` lines). A table row holding fewer `|` than its header was cut: a cell
never came, or the closing bar of a table that closes its rows.

Some cuts cannot be seen, because what is left is itself a whole, shorter notice; these alone
may read as whole:
1. A cut between items: the copy, without trailing blanks and table bars, ends where an item
   of the whole notice ends (its clause closed, its row's last cell whole), or after the last
   item, in the signature, attachment note or page footer under it.
2. A cut inside the units that close the last item, where nothing marks their end (no bracket,
   no closing `|`): a clause on lines of its own (`牵头单位:X` / `责任单位:Y`) or a table's last
   cell with no closing bar, stopping in its last list of units (every role line of the whole
   clause there, every cell of the row) right after a unit name or role word that reads whole
   (`| 区民政局牵头,各街道` of `…各街道办事处`; `责任单位:区海洋与渔业局` of `…、各街道办事处`);
   or stopping after a whole role line when no item before it writes its roles on lines of
   their own (`牵头单位:区卫生健康局` after items with bracketed clauses only): nothing shows a
   `责任单位:` line was still to come.
   "Reads whole" is qdiff's own reading of agency names (`ends_in_a_whole_unit`: 局, 委, 办,
   中心, 政府, 街道…, a role word allowed after): a shorter list of whole names is what a
   page with fewer units looks like.
3. A cut in the first cell of a table row before its first `|`, where that cell names the row's
   领域 rather than holding its number or a section numeral (`城市` of `城市建设 | 4 | …`): what
   is left is a line under the table, as its signature is.
Everything else must be seen: a cut inside a row before its last cell (fewer `|`), inside a
closed table's last cell (no closing bar), inside a unit cell at a separator or in a name
(`区经济和信息化局、`, `区住房和城乡建`), before an item's clause or before a role line of it
when an item before it writes its roles on lines of their own (or it is the first item), in a
bracketed clause, or in the next section's heading or row.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qdiff.normalize import fold
from qdiff.notice import Item, Notice
from qdiff.parsing import parse_notice
from qdiff.parsing.clauses import ends_in_a_whole_unit, labels_in
from qdiff.serialize import notice_to_dict

ROOT = Path(__file__).resolve().parent.parent
# fixtures/layouts/single_section_cut.txt is a cut copy itself, not a full document.
LAYOUTS_CUT = {"single_section_cut.txt"}
FULL = [
    ROOT / "fixtures" / "yangpu_2021Q1.txt",
    *sorted((ROOT / "fixtures" / "quarters").glob("*.txt")),
    *sorted((ROOT / "fixtures" / "dev").glob("*.txt")),
    *sorted((ROOT / "fixtures" / "dev2").glob("*.txt")),
    *sorted((ROOT / "fixtures" / "blind").glob("*.txt")),
    *sorted(p for p in (ROOT / "fixtures" / "layouts").glob("*.txt") if p.name not in LAYOUTS_CUT),
    *sorted((ROOT / "fixtures" / "variants").glob("table_*.txt")),
]
STEP = 37
_BRACKETS = "(["


def _without_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if line.strip())


def _key(notice: Notice, index: int) -> tuple[object, ...]:
    item = notice.items[index]
    milestones = tuple((m.quarter, m.text) for m in item.milestones)
    return (item.heading, item.clause, item.lead, item.support, milestones)


def _units_start(text: str, item: Item) -> int | None:
    """Where the units that close an item begin, when nothing marks their end: a clause with no
    bracket, or unit cells with no closing bar after them. None otherwise."""
    folded = fold(text)
    if folded[item.end :].lstrip(" ").startswith("|"):
        return None  # a table that closes its rows: a cut before the bar is seen
    if item.clause is not None:
        start = item.end - len(item.clause)
        return None if folded[start:].lstrip()[:1] in _BRACKETS else start
    units = [*item.lead, *item.support]
    if not units:
        return None
    found = folded.rfind(units[0], item.start, item.end)  # the first unit cell
    return found if found >= 0 else None


def _cannot_be_seen(text: str, whole: Notice, copy: str) -> bool:
    """Whether the cut that made `copy` is one of the three the docstring allows."""
    end = len(copy.rstrip(" \t\r\n|"))
    ends = {item.end for item in whole.items}
    if end in ends or end >= whole.items[-1].end:
        return True  # 1: between items, or after the last one
    if _in_a_rows_first_cell(text, copy):
        return True  # 3
    item = next((i for i in whole.items if i.start < end <= i.end), None)
    if item is None:
        return False  # in a heading or row between items: seen as the start of what is next
    start = _units_start(text, item)
    if start is None or end <= start:
        return False
    left = fold(copy[start:end])
    earlier = whole.items[: whole.items.index(item)]
    own_lines = [i for i in earlier if i.clause and fold(i.clause).lstrip()[:1] not in _BRACKETS]
    every_role = (
        item.clause is None
        or labels_in(left) == labels_in(fold(item.clause))
        or (bool(earlier) and not own_lines)
    )
    line_start = copy.rfind("\n") + 1
    line_end = text.find("\n", line_start)
    row = text[line_start : line_end if line_end >= 0 else len(text)]
    every_cell = copy[line_start:].count("|") == row.count("|")
    return every_role and every_cell and ends_in_a_whole_unit(left)


# What opens a row or a section row: its number (`4 |`) or a section numeral (`二、`).
_NUMBERED_CELL = re.compile(r"\s*(?:\d|[一二三四五六七八九十]+\s*[、.])")


def _in_a_rows_first_cell(text: str, copy: str) -> bool:
    line_start = copy.rfind("\n") + 1
    line_end = text.find("\n", line_start)
    row = text[line_start : line_end if line_end >= 0 else len(text)]
    first_cell = row.split("|")[0]
    return (
        "|" in row
        and "|" not in copy[line_start:]
        and bool(first_cell.strip())
        and _NUMBERED_CELL.match(first_cell) is None
    )


@pytest.mark.parametrize("blank_lines", [True, False], ids=["as published", "no blank lines"])
@pytest.mark.parametrize("path", FULL, ids=lambda p: p.name)
def test_every_cut_is_detected(path: Path, blank_lines: bool) -> None:
    text = path.read_text(encoding="utf-8")
    if not blank_lines:
        text = _without_blank_lines(text)
    whole = parse_notice(text)
    assert not whole.truncated
    data = text.encode("utf-8")
    first = len(text[: whole.items[0].start].encode("utf-8"))
    unseen = []
    for cut in range(first + STEP, len(data) - 1, STEP):
        copy = data[:cut].decode("utf-8", errors="ignore")
        parsed = parse_notice(copy)
        if not parsed.truncated:
            if not _cannot_be_seen(text, whole, copy):
                unseen.append(cut)
            continue
        contract = notice_to_dict(parsed)
        flags = [item["complete"] for s in contract["sections"] for item in s["items"]]
        assert flags[-1] is False and all(flags[:-1]), cut
        complete = len(parsed.items) - 1
        assert complete <= len(whole.items), cut
        for index in range(complete):
            assert _key(parsed, index) == _key(whole, index), (cut, parsed.items[index].ref)
    assert unseen == [], f"cuts read as whole notices at bytes {unseen[:10]}"


def test_the_commonest_cut_keeps_its_section_and_its_cut_item() -> None:
    """DOMAIN.md: the seed without blank lines, cut at 2,000 bytes inside the second item of
    the first section: one section, one whole item and one cut item, `truncated`."""
    text = _without_blank_lines((ROOT / "fixtures" / "yangpu_2021Q1.txt").read_text("utf-8"))
    parsed = parse_notice(text.encode("utf-8")[:2000].decode("utf-8", errors="ignore"))
    assert parsed.truncated
    assert [(s.label, s.title) for s in parsed.sections] == [("一", "常态化疫情防控")]
    assert [item.label for item in parsed.items] == ["1", "2"]
    assert parsed.items[0].heading == "外防输入、内防反弹"
    contract = notice_to_dict(parsed)
    assert [i["complete"] for i in contract["sections"][0]["items"]] == [True, False]
