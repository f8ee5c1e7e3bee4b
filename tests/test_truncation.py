"""Every cut is detected: each full fixture, with and without its blank lines, cut at every 37th
byte from its first item on (UTF-8-safe: a split character is dropped), parses; the copy is marked
`truncated` with its last item not `complete`; and its complete items are the first items of the
whole notice (headings, clauses, lead and supporting units).

One kind of cut cannot be seen: one that falls exactly between two items (a clause closed, then
nothing) leaves a shorter notice that reads as whole. Those cuts are allowed to read as whole.
The task-table fixtures of fixtures/dev2/ are left out: cut inside a table cell, they are not all
detected yet (issue 11).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qdiff.notice import Notice
from qdiff.parsing import parse_notice
from qdiff.serialize import notice_to_dict

ROOT = Path(__file__).resolve().parent.parent
FULL = [
    ROOT / "fixtures" / "yangpu_2021Q1.txt",
    *sorted((ROOT / "fixtures" / "quarters").glob("*.txt")),
    *sorted((ROOT / "fixtures" / "dev").glob("*.txt")),
    *sorted((ROOT / "fixtures" / "blind").glob("*.txt")),
]
STEP = 37


def _without_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if line.strip())


def _key(notice: Notice, index: int) -> tuple[object, ...]:
    item = notice.items[index]
    return (item.heading, item.clause, item.lead, item.support)


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
    # Where a cut leaves whole items only: the end of each item (its clause), in bytes.
    boundaries = {len(text[: item.end].encode("utf-8")) for item in whole.items}
    unseen = []
    for cut in range(first + STEP, len(data) - 1, STEP):
        copy = data[:cut].decode("utf-8", errors="ignore")
        parsed = parse_notice(copy)
        ends_whole = len(copy.rstrip().encode("utf-8")) in boundaries
        if not parsed.truncated:
            if not ends_whole:
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
