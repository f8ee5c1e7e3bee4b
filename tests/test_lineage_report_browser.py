"""The multi-quarter report in a real browser: headless Chromium (Debian's package, driven by
Playwright) opens it from a file. No console errors, no network request of any kind; the
timeline's order, signal and agency filters and search change what is visible; cells have
tooltips and open their thread's history; a link to a thread opens it; it reads with JavaScript
off; it prints (the timeline on landscape A4 pages); and it does not look blank.

Skipped with a reason where /usr/bin/chromium or playwright is missing; .ci/run installs both.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from qdiff.lineage import Lineage, Thread
from qdiff.reports.common.anchors import thread_anchor
from tests.browser import (
    CHROMIUM,
    LAUNCH_ARGS,
    REQUIRED,
    Watched,
    colour_count,
    missing_reason,
    wait_until,
)
from tests.report_cases import ROOT, fixture_lineage, lineage_files, render_fixture_lineage
from tests.test_lineage_report_escaping import write_hostile_lineage_report

reason = missing_reason()
if reason is not None:
    if os.environ.get(REQUIRED):
        pytest.fail(f"{REQUIRED} is set but {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)
if len(lineage_files()) < 4:
    pytest.skip("the fixture quarters of the real series are missing", allow_module_level=True)

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

ARTIFACTS = ROOT / "test-artifacts"
VISIBLE_ROWS = "[...document.querySelectorAll('#grid tbody tr')].filter(r => !r.hidden).length"
FIRST_ROW = "document.querySelector('#grid tbody tr:not([hidden]) th a').getAttribute('href')"


class Report:
    def __init__(self, directory: Path, drop: tuple[str, ...] = ()) -> None:
        self.lineage: Lineage = fixture_lineage(drop)
        self.path = directory / f"lineage{'-gap' if drop else ''}.html"
        self.path.write_text(render_fixture_lineage(drop=drop), encoding="utf-8")
        self.url = self.path.as_uri()

    @property
    def tasks(self) -> list[Thread]:
        return [t for t in self.lineage.threads if t.kind == "task"]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return Report(tmp_path_factory.mktemp("lineage"))


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


def visible_rows(page: Page) -> int:
    count = page.evaluate(VISIBLE_ROWS)
    assert isinstance(count, int)
    return count


def first_row(page: Page) -> str:
    href = page.evaluate(FIRST_ROW)
    assert isinstance(href, str)
    return href[1:]


def test_opens_without_errors_or_any_request(watched: Watched, report: Report) -> None:
    watched.page.wait_for_load_state("load")
    assert watched.complaints == []
    assert watched.requests == [report.url]
    assert watched.page.title().startswith("上海市杨浦区人民政府工作要点多季度跟踪报告")
    # The script ran (the CSP hash matched): the controls replaced the no-script note.
    assert watched.page.is_visible("#grid-controls") and not watched.page.is_visible("#grid-nojs")
    assert visible_rows(watched.page) == len(report.tasks)


def test_filters_and_search_change_what_is_visible(watched: Watched, report: Report) -> None:
    page, tasks = watched.page, report.tasks
    total = len(tasks)
    assert page.inner_text("#grid-count") == f"显示 {total} / {total} 条跟踪任务"

    stalled = sum(1 for t in tasks if t.signals.stalled)
    page.select_option("select[name=signal]", "stalled")
    assert visible_rows(page) == stalled < total
    assert page.inner_text("#grid-count") == f"显示 {stalled} / {total} 条跟踪任务"
    flagged = sum(1 for t in tasks if t.signals.flagged)
    page.select_option("select[name=signal]", "flagged")
    assert visible_rows(page) == flagged
    quiet = sum(1 for t in tasks if not t.signals.names())
    page.select_option("select[name=signal]", "none")
    assert visible_rows(page) == quiet
    page.select_option("select[name=signal]", "")

    agency = "区规划资源局"
    led = sum(1 for t in tasks if agency in t.occurrences[-1].lead)
    page.select_option("select[name=agency]", agency)
    assert visible_rows(page) == led >= 1
    page.select_option("select[name=agency]", "")

    # Search reads every quarter's wording, not only the latest shown in the row.
    thread = next(t for t in tasks if len({o.text for o in t.occurrences}) > 1)
    older = thread.occurrences[0].text
    having = sum(1 for t in tasks if any(older in o.text for o in t.occurrences))
    page.fill("input[name=q]", older)
    assert visible_rows(page) == having >= 1
    assert page.is_visible(f"#grid tr:has(a[href='#{thread_anchor(thread.key)}'])")
    page.fill("input[name=q]", "没有这样的文字")
    assert visible_rows(page) == 0 and page.is_visible("#grid-no-match")

    page.click("#grid-controls button[type=reset]")
    wait_until(page, f"{VISIBLE_ROWS} === {total}")
    assert not page.is_visible("#grid-no-match")


def test_sorting_by_age_and_by_signal_reorders_the_rows(watched: Watched, report: Report) -> None:
    page, tasks = watched.page, report.tasks
    assert first_row(page) == thread_anchor(tasks[0].key)
    page.select_option("select[name=sort]", "age")
    ages = page.eval_on_selector_all("#grid tbody tr", "rows => rows.map(r => +r.dataset.age)")
    assert ages == sorted(ages, reverse=True) and ages[0] == max(t.signals.age for t in tasks)
    page.select_option("select[name=sort]", "signal")
    top = next(t for t in tasks if thread_anchor(t.key) == first_row(page))
    assert top.signals.slipped and top.signals.flagged
    severities = page.eval_on_selector_all(
        "#grid tbody tr", "rows => rows.map(r => +r.dataset.sev)"
    )
    assert severities == sorted(severities, reverse=True)
    page.select_option("select[name=sort]", "last")
    lasts = page.eval_on_selector_all("#grid tbody tr", "rows => rows.map(r => +r.dataset.last)")
    assert lasts == sorted(lasts, reverse=True)
    page.select_option("select[name=sort]", "default")
    order = page.eval_on_selector_all(
        "#grid tbody tr th a", "links => links.map(a => a.getAttribute('href'))"
    )
    assert order == [f"#{thread_anchor(t.key)}" for t in tasks]


def test_a_cell_has_the_wording_as_tooltip_and_opens_the_history(
    watched: Watched, report: Report
) -> None:
    page = watched.page
    thread = next(t for t in report.tasks if len(t.occurrences) >= 3)
    anchor = thread_anchor(thread.key)
    row = f"#grid tbody tr:has(a[href='#{anchor}'])"
    cell = page.locator(f"{row} td.s0, {row} td.s1, {row} td.s2, {row} td.s3, {row} td.sn")
    second = cell.nth(1)
    second.hover()
    title = second.get_attribute("title") or ""
    occurrence = thread.occurrences[1]
    assert occurrence.text in title and "2021年" in title
    assert not page.eval_on_selector(f"#{anchor}", "d => d.open")
    second.click()
    wait_until(page, f"document.getElementById('{anchor}').open")
    assert page.evaluate("location.hash") == f"#{anchor}"
    highlighted = page.eval_on_selector_all(
        f"#{anchor} tr.hl", "rows => rows.map(r => r.cells[1].textContent)"
    )
    assert any(occurrence.text in text for text in highlighted)


def test_a_link_to_a_thread_opens_its_history(browser: Browser, report: Report) -> None:
    anchor = thread_anchor(report.tasks[5].key)
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{report.url}#{anchor}")
    wait_until(page, f"document.getElementById('{anchor}').open")
    page.click("#lists tbody tr td a")  # a link from a list opens that thread too
    target = page.evaluate("location.hash.slice(1)")
    # (The page opens it on the hash's change, an event of its own: under load it comes after
    # the click returns; a page that never opens it fails here on the timeout.)
    wait_until(page, f"document.getElementById('{target}').open")
    page.click("#history-tools button[data-open='1']")
    assert page.evaluate("[...document.querySelectorAll('details.thread')].every(d => d.open)")
    context.close()


def test_an_agency_in_the_table_filters_the_timeline(watched: Watched, report: Report) -> None:
    page = watched.page
    link = page.locator("#agencies tbody tr th a").first
    name = link.inner_text()
    link.click()
    assert page.input_value("select[name=agency]") == name
    led = sum(1 for t in report.tasks if name in t.occurrences[-1].lead)
    assert visible_rows(page) == led
    page.click("#agencies thead th:nth-child(3) button")  # slipped: the shared sortable tables
    assert page.get_attribute("#agencies thead th:nth-child(3)", "aria-sort") == "descending"


def test_without_javascript_everything_is_shown(browser: Browser, report: Report) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(report.url)
    assert visible_rows(page) == len(report.tasks)  # evaluate runs; the page's script does not
    assert not page.is_visible("#grid-controls") and page.is_visible("#grid-nojs")
    assert not page.is_visible("#history-tools")
    page.click(f"#{thread_anchor(report.tasks[0].key)} > summary")
    assert page.eval_on_selector(f"#{thread_anchor(report.tasks[0].key)}", "d => d.open")
    context.close()


def test_print_keeps_a_short_timeline_on_portrait_a4(watched: Watched) -> None:
    """Five quarters fit a portrait page: only a timeline of more than 20 quarters gets
    landscape pages of its own (and the half-empty page before them)."""
    page = watched.page
    page.evaluate(
        f"document.getElementById('{thread_anchor('2021Q1:1.1.1')}').open = true"
    )  # an opened history is printed with its table
    page.emulate_media(media="print")
    for hidden in ("#grid-controls", ".toc", "#history-tools"):
        assert page.eval_on_selector(hidden, "e => getComputedStyle(e).display") == "none"
    assert page.eval_on_selector("#timeline", "e => getComputedStyle(e).breakBefore") == "auto"
    assert (
        page.eval_on_selector("#histories .print-only", "e => getComputedStyle(e).display")
        == "block"
    )
    pdf = page.pdf(print_background=True, prefer_css_page_size=True)
    pages = PdfReader(io.BytesIO(pdf)).pages
    sizes = [tuple(round(float(v)) for v in p.mediabox.upper_right) for p in pages]
    assert set(sizes) == {(595, 842)}  # A4 portrait, in points
    assert len(pages) > 5
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "lineage-report.pdf").write_bytes(pdf)


def test_screenshots_at_1280_pixels_are_not_blank(watched: Watched) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page = watched.page
    top = ARTIFACTS / "lineage-report.png"
    page.screenshot(path=str(top))
    page.evaluate("document.getElementById('timeline').scrollIntoView()")
    grid = ARTIFACTS / "lineage-report-timeline.png"
    page.screenshot(path=str(grid))
    page.evaluate(f"location.hash = '{thread_anchor('2021Q1:1.2.3')}'")
    wait_until(page, f"document.getElementById('{thread_anchor('2021Q1:1.2.3')}').open")
    history = ARTIFACTS / "lineage-report-history.png"
    page.screenshot(path=str(history))
    for path in (top, grid, history):
        from PIL import Image

        with Image.open(path) as image:
            assert image.size[0] == 1280
        assert colour_count(path) > 200, f"{path.name} looks blank"


def test_a_gap_quarter_is_shown_as_a_gap(browser: Browser, tmp_path: Path) -> None:
    report = Report(tmp_path, ("2021Q3",))
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = Watched(context.new_page())
    page.page.goto(report.url)
    assert page.complaints == []
    assert page.page.is_visible("#scope-missing")
    gap = page.page.locator("#grid tbody tr:first-child td.g")
    gap.hover()
    assert "未归档" in (gap.get_attribute("title") or "")
    context.close()


def test_hostile_text_never_runs(browser: Browser, tmp_path: Path) -> None:
    path = write_hostile_lineage_report(tmp_path)
    context = browser.new_context()
    page = Watched(context.new_page())
    dialogs: list[Any] = []
    page.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.page.goto(path.as_uri())
    assert page.page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == [] and page.errors == []
    assert [m for m in page.console if m[0] == "error"] == []
    assert page.requests == [path.as_uri()]
    page.page.fill("input[name=q]", "<script>")
    assert visible_rows(page.page) >= 1
    page.page.locator("#grid tbody tr:not([hidden]) td[class^=s]").first.hover()  # text only
    assert page.page.evaluate("typeof window.__pwned") == "undefined"
    context.close()
