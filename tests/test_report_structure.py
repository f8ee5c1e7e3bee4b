"""The HTML report read back with a real HTML parser (lxml): its counts match the comparison,
every item and task has its anchor and every internal link lands, the headings, tables and
badges are accessible, nothing is loaded from outside, and the output is deterministic."""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
from collections import Counter
from datetime import UTC, datetime

import lxml.html
import pytest
from lxml.html import HtmlElement

from qdiff.align import Comparison, Facet, Status, compare
from qdiff.errors import UsageError
from qdiff.load import load_bytes, load_path
from qdiff.notice import WarningCode
from qdiff.provenance import Side
from qdiff.refs import item_ref_of_task
from qdiff.reports.common.anchors import item_anchor, task_anchor
from qdiff.reports.common.strings import STRINGS, Labels
from qdiff.reports.pair import render_comparison
from tests.report_cases import CREATED_AT, report_pairs, series_files

FILES = series_files()
PAIRS = report_pairs()
if not PAIRS:
    pytest.skip("no pair of notices of one series in fixtures/", allow_module_level=True)


@pytest.fixture(scope="module", params=PAIRS[:2], ids=lambda pair: "-".join(pair))
def case(request: pytest.FixtureRequest) -> tuple[Comparison, HtmlElement, str]:
    old_name, new_name = request.param
    old, new = load_path(str(FILES[old_name])), load_path(str(FILES[new_name]))
    comparison = compare(old.notice, new.notice)
    html = render_comparison(
        comparison,
        Side(None, None, None, old_name, old.source.sha256),
        Side(None, None, None, new_name, new.source.sha256),
        created_at=CREATED_AT,
    )
    return comparison, lxml.html.document_fromstring(html), html


def test_cards_and_task_rows_match_the_comparison(
    case: tuple[Comparison, HtmlElement, str],
) -> None:
    comparison, doc, _ = case
    cards = doc.xpath("//article[contains(@class, 'card')]")
    assert len(cards) == len(comparison.items)
    assert Counter(card.get("data-status") for card in cards) == Counter(
        link.status.value for link in comparison.items
    )
    # One entry per task link: a redline when it changed, a folded line when it did not.
    rows = doc.xpath("//ol[contains(@class, 'redlines')]/li[contains(@class, 'task')][@id]")
    assert len(rows) == len(comparison.tasks)
    folded = doc.xpath("//details//li[contains(@class, 'task')][@id]")
    unchanged = [
        link for link in comparison.tasks if link.status is Status.CARRIED_OVER and not link.facets
    ]
    assert len(folded) == len(unchanged)


def test_summary_counts_match(case: tuple[Comparison, HtmlElement, str]) -> None:
    comparison, doc, _ = case
    labels = Labels("zh", "quarters")
    items = Counter(link.status for link in comparison.items)
    tasks = Counter(link.status for link in comparison.tasks)
    table = doc.xpath("//table[contains(@class, 'counts')]")[0]
    shown = {
        row.xpath("string(th)").strip(): [int(td.text_content()) for td in row.xpath("td")]
        for row in table.xpath("tbody/tr")
    }
    expected = {
        labels.status(status): [items[status], tasks[status]]
        for status in Status
        if items[status] or tasks[status]
    }
    assert shown == expected
    # The first screen's status bar: one segment per status the items have, with its count.
    legend = doc.xpath("//figure[contains(@class, 'status-chart')]//li")
    assert {li.xpath("string(strong)"): li.text_content() for li in legend}
    assert sorted(int(li.xpath("string(strong)")) for li in legend) == sorted(
        n for n in items.values() if n
    )


def test_follow_through_rows_match(case: tuple[Comparison, HtmlElement, str]) -> None:
    comparison, doc, _ = case

    def rows(anchor: str) -> int:
        return len(doc.xpath(f"//section[@id='{anchor}']//tbody/tr"))

    slipped = sum(1 for link in comparison.tasks if Facet.SLIPPED in link.facets)
    assert rows("follow-slipped") == slipped
    dropped = [link for link in comparison.tasks if link.status is Status.DROPPED]
    assert rows("follow-dropped-unfinished") + rows("follow-vanished-complete") == len(dropped)
    leads = sum(1 for link in comparison.items if Facet.LEAD_UNIT_CHANGED in link.facets)
    assert rows("follow-leads") == leads


def test_every_item_and_task_has_its_anchor(case: tuple[Comparison, HtmlElement, str]) -> None:
    comparison, doc, _ = case
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    present = set(ids)
    for side, notice in (("old", comparison.old), ("new", comparison.new)):
        for item in notice.items:
            assert item_anchor(side, item.ref) in present  # type: ignore[arg-type]
        for task in notice.tasks:
            assert task_anchor(side, task.ref) in present  # type: ignore[arg-type]
    assert "item-new-1-1" in present and "task-old-1-1-1" in present


def test_every_internal_link_resolves(case: tuple[Comparison, HtmlElement, str]) -> None:
    _, doc, _ = case
    ids = set(doc.xpath("//@id"))
    targets = [href[1:] for href in doc.xpath("//a/@href") if href.startswith("#")]
    assert targets
    assert [target for target in targets if target not in ids] == []
    assert all(href.startswith("#") for href in doc.xpath("//a/@href"))


def test_headings_descend_one_level_at_a_time(case: tuple[Comparison, HtmlElement, str]) -> None:
    _, doc, _ = case
    levels = [int(h.tag[1]) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1 and levels.count(1) == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"h{before} is followed by h{after}"
    assert all(h.text_content().strip() for h in doc.iter("h1", "h2", "h3", "h4"))


def test_tables_have_headers_and_badges_have_words(
    case: tuple[Comparison, HtmlElement, str],
) -> None:
    _, doc, _ = case
    for table in doc.iter("table"):
        assert table.xpath(".//th"), lxml.html.tostring(table)[:200]
    badges = doc.xpath("//*[contains(concat(' ', @class, ' '), ' badge ')]")
    assert badges and all(badge.text_content().strip() for badge in badges)
    assert doc.get("lang") == "zh-CN"


def test_side_by_side_marks_deletions_and_insertions(
    case: tuple[Comparison, HtmlElement, str],
) -> None:
    comparison, doc, _ = case
    reworded = next(link for link in comparison.items if link.status is Status.REWORDED)
    card = doc.get_element_by_id(item_anchor("new", reworded.new[0]))
    old_side, new_side = (
        card.xpath(".//div[contains(@class, 'side-old')]")[0],
        card.xpath(".//div[contains(@class, 'side-new')]")[0],
    )
    assert old_side.xpath(".//del") and not old_side.xpath(".//p[@class='text']//ins")
    assert new_side.xpath(".//ins") and not new_side.xpath(".//p[@class='text']//del")
    old_item = next(i for i in comparison.old.items if i.ref == reworded.old[0])
    new_item = next(i for i in comparison.new.items if i.ref == reworded.new[0])
    # The marked text is the published text, character for character.
    assert old_side.xpath("string(.//p[@class='text'])") == old_item.text
    assert new_side.xpath("string(.//p[@class='text'])") == new_item.text


def test_nothing_is_loaded_from_outside(case: tuple[Comparison, HtmlElement, str]) -> None:
    _, doc, html = case
    assert not doc.xpath("//@src") and not doc.xpath("//link")
    assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", html.split("<body", 1)[0])
    (policy,) = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert "default-src 'none'" in policy
    (style,) = doc.xpath("//style")
    (script,) = doc.xpath("//script")

    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert f"style-src 'sha256-{digest(style.text)}'" in policy
    assert f"script-src 'sha256-{digest(script.text)}'" in policy


def test_the_same_inputs_give_the_same_bytes_but_for_the_time() -> None:
    old_name, new_name = PAIRS[0]
    old, new = load_path(str(FILES[old_name])), load_path(str(FILES[new_name]))
    sides = (Side(None, None, None, "a", None), Side(None, None, None, "b", None))
    first = render_comparison(compare(old.notice, new.notice), *sides, created_at=CREATED_AT)
    again = render_comparison(compare(old.notice, new.notice), *sides, created_at=CREATED_AT)
    later = render_comparison(
        compare(old.notice, new.notice), *sides, created_at=datetime(2030, 1, 1, tzinfo=UTC)
    )
    assert first == again
    changed = [
        (a, b) for a, b in zip(first.splitlines(), later.splitlines(), strict=True) if a != b
    ]
    # The time is in the one-line header and in the appendix; nothing else differs.
    assert len(changed) == 2, changed
    assert "provenance" in changed[0][0] and "<time" in changed[1][0]
    assert "2030-01-01 08:00 北京时间" in changed[0][1]  # midnight UTC on Beijing's clock


def test_english_labels_and_truncation_notice() -> None:
    old_name, new_name = PAIRS[0]
    old = load_path(str(FILES[old_name]))
    data = FILES[new_name].read_bytes()
    cut = load_bytes(data[: len(data) // 2], "cut.txt")
    comparison = compare(old.notice, cut.notice)
    sides = (Side(None, None, None, "a", None), Side(None, None, None, "b", None))
    doc = lxml.html.document_fromstring(
        render_comparison(comparison, *sides, lang="en", created_at=CREATED_AT)
    )
    assert doc.get("lang") == "en"
    (alert,) = doc.xpath("//*[@id='header-truncated']")
    uncovered = sum(len(link.old) for link in comparison.items if link.status is Status.UNCOVERED)
    assert uncovered > 0
    assert "incomplete" in alert.text_content() and str(uncovered) in alert.text_content()
    cards = doc.xpath("//article[@data-status='uncovered']")
    assert len(cards) == sum(1 for link in comparison.items if link.status is Status.UNCOVERED)
    assert doc.xpath("//*[contains(@class, 'badge-uncovered')]/text()")[0] == "cannot compare"


def test_a_moved_item_links_to_its_old_place_and_back() -> None:
    for old_name, new_name in PAIRS:
        old, new = load_path(str(FILES[old_name])), load_path(str(FILES[new_name]))
        comparison = compare(old.notice, new.notice)
        moved = [link for link in comparison.items if Facet.MOVED in link.facets and link.old]
        if moved:
            break
    else:
        pytest.skip("no fixture pair has an item that moved between sections")
    sides = (Side(None, None, None, "a", None), Side(None, None, None, "b", None))
    doc = lxml.html.document_fromstring(
        render_comparison(comparison, *sides, created_at=CREATED_AT)
    )
    link = moved[0]
    card = doc.get_element_by_id(item_anchor("new", link.new[0]))
    stub_id = f"moved-{item_anchor('old', link.old[0])}"
    assert card.xpath(f".//a[@href='#{stub_id}']")
    stub = doc.get_element_by_id(stub_id)
    assert stub.xpath(f".//a[@href='#{card.get('id')}']")
    assert stub.getparent().get("id") != card.getparent().get("id")


def test_both_languages_have_every_string() -> None:
    def base(key: str) -> str:
        return re.sub(r"_(one|other)$", "", key)

    assert {base(key) for key in STRINGS["zh"]} == {base(key) for key in STRINGS["en"]}
    # A string named like a method or attribute of Labels would render as that instead.
    members = set(dir(Labels("zh", "quarters")))
    assert not members & set(STRINGS["zh"]), members & set(STRINGS["zh"])


def test_every_reading_note_is_explained_in_both_languages() -> None:
    for lang in ("zh", "en"):
        labels = Labels(lang, "quarters")
        assert all(labels.warning(code.value) for code in WarningCode)


def test_reading_notes_are_explained_in_the_reports_language(
    case: tuple[Comparison, HtmlElement, str],
) -> None:
    comparison, doc, _ = case
    notes = doc.xpath("//ul[@class='warnings']/li")
    warnings = [*comparison.old.warnings, *comparison.new.warnings]
    assert notes and len(notes) == len(warnings)
    for note, warning in zip(notes, warnings, strict=True):
        explained = Labels("zh", "quarters").warning(warning.code.value)
        assert explained in note.text_content()
        assert note.xpath("string(span[@class='detail'])") == f"({warning.message})"


def test_unknown_language_is_refused() -> None:
    old_name, new_name = PAIRS[0]
    old, new = load_path(str(FILES[old_name])), load_path(str(FILES[new_name]))
    sides = (Side(None, None, None, "a", None), Side(None, None, None, "b", None))
    with pytest.raises(UsageError, match="zh, en"):
        render_comparison(compare(old.notice, new.notice), *sides, lang="fr")


def test_split_and_merged_items_are_shown_together(
    case: tuple[Comparison, HtmlElement, str],
) -> None:
    comparison, doc, _ = case
    grouped = [link for link in comparison.items if len(link.old) + len(link.new) > 2]
    if not grouped:
        pytest.skip("this pair has no split or merged item")
    for link in grouped:
        card = doc.get_element_by_id(item_anchor("new", link.new[0]))
        assert card.get("data-status") in ("split", "merged")
        inside = set(card.xpath(".//@id")) | {card.get("id")}
        for side, refs in (("old", link.old), ("new", link.new)):
            for ref in refs:
                assert item_anchor(side, ref) in inside  # type: ignore[arg-type]
        assert len(card.xpath(".//div[contains(@class, 'block')]")) == len(link.old) + len(link.new)


def test_agency_counts_add_up(case: tuple[Comparison, HtmlElement, str]) -> None:
    comparison, doc, _ = case
    rows = [
        [int(td.text_content()) for td in row.xpath("td")]
        for row in doc.xpath("//table[contains(@class, 'agencies')]/tbody/tr")
    ]
    # items led = carried over + reworded/split/merged + new, unit by unit
    assert all(row[0] == row[2] + row[3] + row[4] for row in rows)
    leads = sum(len(set(item.lead)) for item in comparison.new.items)
    assert sum(row[0] for row in rows) == leads
    old_items = {item.ref: item for item in comparison.old.items}
    dropped_tasks = sum(
        len(set(old_items[item_ref_of_task(link.old.ref)].lead))
        for link in comparison.tasks
        if link.status is Status.DROPPED and link.old is not None
    )
    assert sum(row[7] for row in rows) == dropped_tasks


def test_inlined_assets_cannot_close_their_element() -> None:
    from qdiff.reports.common.environment import ASSETS

    assert "</style" not in (ASSETS / "report.css").read_text(encoding="utf-8").lower()
    assert "</script" not in (ASSETS / "report.js").read_text(encoding="utf-8").lower()
