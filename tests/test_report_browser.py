"""The report in a real browser: headless Chromium (Debian's package, driven by Playwright) opens
it from a file. No console errors, no network request of any kind, filters and search change
what is visible, it reads with JavaScript off, it prints, and it does not look blank.

Skipped with a reason where /usr/bin/chromium or playwright is missing; .ci/run installs both.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from pypdf import PdfReader

from qdiff.align import Comparison, Facet, Status, compare
from qdiff.load import load_path
from qdiff.provenance import Side
from qdiff.reports.pair import render_comparison
from tests.browser import CHROMIUM, LAUNCH_ARGS, REQUIRED, Watched, missing_reason, wait_until
from tests.report_cases import CREATED_AT, ROOT, report_pairs, series_files
from tests.test_report_escaping import write_hostile_report

reason = missing_reason()
if reason is not None:
    if os.environ.get(REQUIRED):
        pytest.fail(f"{REQUIRED} is set but {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

ARTIFACTS = ROOT / "test-artifacts"
PAIRS = report_pairs()
if not PAIRS:
    pytest.skip("no pair of notices of one series in fixtures/", allow_module_level=True)

VISIBLE_CARDS = "[...document.querySelectorAll('article.card')].filter(e => e.offsetParent).length"


class Report:
    def __init__(self, directory: Path) -> None:
        old_name, new_name = PAIRS[0]
        old, new = (
            load_path(str(series_files()[old_name])),
            load_path(str(series_files()[new_name])),
        )
        self.comparison: Comparison = compare(old.notice, new.notice)
        html = render_comparison(
            self.comparison,
            Side(None, None, None, old_name, old.source.sha256),
            Side(None, None, None, new_name, new.source.sha256),
            created_at=CREATED_AT,
        )
        self.path = directory / "report.html"
        self.path.write_text(html, encoding="utf-8")
        self.url = self.path.as_uri()
        self.doc = lxml.html.document_fromstring(html)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return Report(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def watched(browser: Browser, report: Report) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = Watched(context.new_page())
    page.page.goto(report.url)
    yield page
    context.close()


def visible_cards(page: Page) -> int:
    count = page.evaluate(VISIBLE_CARDS)
    assert isinstance(count, int)
    return count


def test_opens_without_errors_or_any_request(watched: Watched, report: Report) -> None:
    watched.page.wait_for_load_state("load")
    assert watched.errors == []
    assert [m for m in watched.console if m[0] in ("error", "warning")] == []
    assert watched.requests == [report.url]
    assert watched.page.title().startswith("上海市杨浦区人民政府工作要点比较报告")
    # The script ran (the CSP hash matched): the filters replaced the no-script note.
    assert watched.page.is_visible("#filters") and not watched.page.is_visible("#nojs-note")


def test_filters_and_search_change_what_is_visible(watched: Watched, report: Report) -> None:
    page, links = watched.page, report.comparison.items
    total = len(links)
    assert visible_cards(page) == total
    assert page.inner_text("#filter-count") == f"显示 {total} / {total} 项事项"

    reworded = sum(1 for link in links if link.status is Status.REWORDED)
    page.uncheck("input[name=status][value=reworded]")
    assert visible_cards(page) == total - reworded
    assert page.inner_text("#filter-count") == f"显示 {total - reworded} / {total} 项事项"
    page.check("input[name=status][value=reworded]")

    with_facet = sum(1 for link in links if Facet.STAGE_CHANGED in link.facets)
    page.select_option("select[name=facet]", "stage_changed")
    assert visible_cards(page) == with_facet < total
    page.select_option("select[name=facet]", "")

    in_section = len(report.doc.xpath("//article[@data-section='new-2']"))
    page.select_option("select[name=section]", "new-2")
    assert visible_cards(page) == in_section
    assert not page.is_visible("#section-new-1")  # a section with nothing left is hidden too
    page.select_option("select[name=section]", "")

    agency = report.doc.xpath("//select[@name='agency']/option/@value")[1]
    led = [a for a in report.doc.xpath("//article/@data-agencies") if agency in a.split("|")]
    page.select_option("select[name=agency]", agency)
    assert visible_cards(page) == len(led)
    page.select_option("select[name=agency]", "")

    heading = report.comparison.new.items[-1].heading
    containing = [c for c in report.doc.xpath("//article") if heading in c.text_content()]
    page.fill("input[name=q]", heading)
    assert visible_cards(page) == len(containing) >= 1
    page.fill("input[name=q]", "没有这样的文字")
    assert visible_cards(page) == 0 and page.is_visible("#no-match")

    page.click("button[type=reset]")
    wait_until(page, f"{VISIBLE_CARDS} === {total}")
    assert not page.is_visible("#no-match")


def test_a_link_to_a_filtered_item_clears_the_filters(watched: Watched) -> None:
    page = watched.page
    for box in page.query_selector_all("input[name=status]"):
        box.uncheck()
    assert visible_cards(page) == 0
    page.click("#check .check-more a >> nth=0")  # any link: the hash changes
    page.evaluate("location.hash = '#item-new-1-1'")
    wait_until(page, "document.getElementById('item-new-1-1').offsetParent !== null")
    assert page.is_checked("input[name=status][value=reworded]")


def test_agency_table_sorts_when_a_header_is_clicked(watched: Watched) -> None:
    page = watched.page

    def column(index: int) -> list[str]:
        cells = page.eval_on_selector_all(
            "table.agencies tbody tr",
            f"rows => rows.map(r => r.cells[{index}].textContent.trim())",
        )
        assert isinstance(cells, list)
        return [str(cell) for cell in cells]

    page.click("#agencies > summary")  # the full table is folded in the appendix
    page.click("table.agencies thead th:nth-child(7) button")  # dropped items
    dropped = [int(value) for value in column(6)]
    assert dropped == sorted(dropped, reverse=True)
    assert page.get_attribute("table.agencies thead th:nth-child(7)", "aria-sort") == "descending"
    page.click("table.agencies thead th:nth-child(7) button")
    assert [int(value) for value in column(6)] == sorted(dropped)
    names = column(0)
    page.click("table.agencies thead th:nth-child(1) button")
    by_name = column(0)
    assert sorted(by_name) == sorted(names) and by_name != names


def test_without_javascript_everything_is_shown(browser: Browser, report: Report) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(report.url)
    assert visible_cards(page) == len(report.comparison.items)  # evaluate runs; the page's does not
    assert not page.is_visible("#filters")
    assert page.is_visible("#nojs-note")
    context.close()


def test_print_hides_the_filters_and_makes_an_a4_document(watched: Watched) -> None:
    page = watched.page
    page.emulate_media(media="print")
    display = page.eval_on_selector("#filters", "e => getComputedStyle(e).display")
    assert display == "none"
    assert page.eval_on_selector(".toc", "e => getComputedStyle(e).display") == "none"
    assert visible_cards(page) > 0
    # Cards flow across pages: keeping them whole left half-empty pages.
    assert page.eval_on_selector(".card", "e => getComputedStyle(e).breakInside") == "auto"
    pdf = page.pdf(format="A4", print_background=True)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) > 5
    width, height = (float(side) for side in pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2  # A4 in points
    (ARTIFACTS / "report.pdf").parent.mkdir(exist_ok=True)
    (ARTIFACTS / "report.pdf").write_bytes(pdf)


def test_screenshot_at_1280_pixels_is_not_blank(watched: Watched) -> None:
    from PIL import Image

    ARTIFACTS.mkdir(exist_ok=True)
    page = watched.page
    top = ARTIFACTS / "report.png"
    page.screenshot(path=str(top))
    page.evaluate("document.getElementById('items').scrollIntoView()")
    items = ARTIFACTS / "report-items.png"
    page.screenshot(path=str(items))
    for path in (top, items):
        with Image.open(path) as image:
            assert image.size[0] == 1280
            colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
            assert len(colours) > 200, f"{path.name} looks blank: {len(colours)} colours"


def test_hostile_notice_text_never_runs(browser: Browser, tmp_path: Path) -> None:
    path = write_hostile_report(tmp_path)
    context = browser.new_context()
    page = Watched(context.new_page())
    dialogs: list[Any] = []
    page.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.page.goto(path.as_uri())
    assert page.page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == [] and page.errors == []
    assert [m for m in page.console if m[0] == "error"] == []
    assert page.requests == [path.as_uri()]
    assert page.page.eval_on_selector("body", "e => getComputedStyle(e).display") == "block"
    page.page.fill("input[name=q]", "<script>")
    assert visible_cards(page.page) >= 1
    context.close()
