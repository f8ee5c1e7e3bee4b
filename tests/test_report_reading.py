"""Both reports as their readers meet them (issue 13): in a real browser at 1280 and 390 px and
printed to A4 PDF. The comparison report's findings are on the first screen; no page scrolls
sideways on a phone; the printed edition is short, has no half-empty pages, a running head and
page X of Y, and nothing that only makes sense on screen; every flagged history prints.

Skipped with a reason where /usr/bin/chromium or playwright is missing; .ci/run installs both.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from qdiff.load import load_path
from qdiff.provenance import Side
from qdiff.reports.pair import render_comparison
from tests.browser import CHROMIUM, LAUNCH_ARGS, REQUIRED, missing_reason, page_fill, page_texts
from tests.report_cases import CREATED_AT, ROOT, render_fixture_lineage

reason = missing_reason()
if reason is not None:
    if os.environ.get(REQUIRED):
        pytest.fail(f"{REQUIRED} is set but {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

# The bundled pair the README's demo compares: the real 2021Q1 notice and the next quarter.
OLD = ROOT / "fixtures" / "yangpu_2021Q1.txt"
NEW = ROOT / "fixtures" / "quarters" / "yangpu_2021Q2.txt"
MAX_PAGES = 14  # issue 13's target for this pair
SCREEN_ONLY = ("点击", "⇅", "▶", "清除筛选")


@pytest.fixture(scope="module")
def comparison_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    old, new = load_path(str(OLD)), load_path(str(NEW))
    from qdiff.align import compare

    html = render_comparison(
        compare(old.notice, new.notice),
        Side("上海市杨浦区人民政府", "2021Q1", 1, str(OLD), old.source.sha256),
        Side("上海市杨浦区人民政府", "2021Q2", 1, str(NEW), new.source.sha256),
        created_at=CREATED_AT,
    )
    path = tmp_path_factory.mktemp("reading") / "comparison.html"
    path.write_text(html, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def lineage_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reading") / "lineage.html"
    path.write_text(render_fixture_lineage(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield launched
        launched.close()


def open_page(browser: Browser, path: Path, width: int, height: int) -> Page:
    page = browser.new_context(viewport={"width": width, "height": height}).new_page()
    page.goto(path.as_uri())
    return page


def test_the_findings_are_on_the_first_screen(browser: Browser, comparison_report: Path) -> None:
    page = open_page(browser, comparison_report, 1280, 800)
    top = page.eval_on_selector("#check", "e => e.getBoundingClientRect().top")
    first = page.eval_on_selector(".check-group", "e => e.getBoundingClientRect().bottom")
    assert top < 300 and first < 800, (top, first)
    # The most serious kind first, its count and its first concrete rows in view.
    heading = page.inner_text(".check-group h3")
    assert heading.startswith("重要") and "再次承诺" in heading
    assert page.locator(".check-group").first.locator(".check-rows li").count() == 3
    # Provenance is one line at the top, the full sources at the end.
    assert page.locator(".masthead .provenance").count() == 1
    order = page.eval_on_selector_all("main > section", "parts => parts.map(p => p.id)")
    assert order[0] == "check" and order[-1] == "appendix"
    page.context.close()


@pytest.mark.parametrize("which", ["comparison", "lineage"])
def test_nothing_scrolls_sideways_on_a_phone(
    browser: Browser, comparison_report: Path, lineage_report: Path, which: str
) -> None:
    path = comparison_report if which == "comparison" else lineage_report
    page = open_page(browser, path, 390, 844)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page is {width} px wide at 390"
    if which == "comparison":
        # The follow-through tables are stacked blocks, each value labelled.
        display = page.eval_on_selector("table.follow td", "e => getComputedStyle(e).display")
        assert display == "block"
        label = page.eval_on_selector(
            "table.follow td", "e => getComputedStyle(e, '::before').content"
        )
        assert label not in ("none", "normal", '""')
    else:
        # The timeline keeps its quarter columns on screen beside the wording.
        right = page.eval_on_selector(
            "#grid thead tr + tr th", "e => e.getBoundingClientRect().right"
        )
        assert right < 390
    page.context.close()


def test_the_comparison_prints_short_and_full(browser: Browser, comparison_report: Path) -> None:
    page = open_page(browser, comparison_report, 1280, 800)
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    fills = page_fill(pdf)
    assert len(fills) <= MAX_PAGES, fills
    assert all(fill >= 1 / 3 for fill in fills[:-1]), fills
    texts = page_texts(pdf)
    for number, text in enumerate(texts, start=1):
        # 页 may read back as the radical ⻚, which NFKC leaves alone.
        assert re.search(rf"第{number}.?/共{len(texts)}", text), number
        assert "2021年第一季度→2021年第二季度" in text  # the running head
    printed = "".join(texts)
    assert [word for word in SCREEN_ONLY if word in printed] == []
    assert "北京时间" in printed
    # With the browser's own header and footer switched on (Chromium's print dialog default),
    # the report's running head and page numbers take their place: no local file path prints.
    with_browser_furniture = page.pdf(
        format="A4", print_background=True, prefer_css_page_size=True, display_header_footer=True
    )
    furniture = "".join(page_texts(with_browser_furniture))
    assert "file:" not in furniture and comparison_report.name not in furniture
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    (ROOT / "test-artifacts" / "comparison-print.pdf").write_bytes(pdf)
    page.context.close()


def test_every_flagged_history_prints(browser: Browser, lineage_report: Path) -> None:
    page = open_page(browser, lineage_report, 1280, 800)
    flagged = page.eval_on_selector_all(
        "details.thread.flagged", "ds => ds.map(d => d.querySelector('tbody tr td').innerText)"
    )
    assert flagged
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    printed = "".join(page_texts(pdf))
    missing = [text for text in flagged if "".join(text.split())[:12] not in printed]
    assert missing == []
    assert [word for word in (*SCREEN_ONLY, "鼠标") if word in printed] == []
    fills = page_fill(pdf)
    assert all(fill >= 1 / 3 for fill in fills[:-1]), fills
    page.context.close()


def test_the_delivery_report_reads_on_a_phone_and_on_paper(
    browser: Browser, tmp_path: Path
) -> None:
    from qdiff.app.delivery import check_delivery
    from qdiff.reports.delivery import render_delivery

    plan = ROOT / "fixtures" / "layouts" / "milestone_table.txt"
    completion = ROOT / "fixtures" / "plan_cycle" / "guixi_2024_completion.txt"
    path = tmp_path / "delivery.html"
    check = check_delivery(str(plan), [str(completion)])
    path.write_text(render_delivery(check, created_at=CREATED_AT), encoding="utf-8")
    page = open_page(browser, path, 1280, 800)
    # What fell short is on the first screen: its table's first row, at 1280 px.
    first = page.eval_on_selector("#check table tbody tr", "e => e.getBoundingClientRect().bottom")
    assert first < 800 and "23家" in page.inner_text("#check table tbody tr")
    page.context.close()
    page = open_page(browser, path, 390, 844)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    texts = page_texts(pdf)
    assert all(re.search(rf"第{n}.?/共{len(texts)}", text) for n, text in enumerate(texts, 1))
    assert all(fill >= 1 / 3 for fill in page_fill(pdf)[:-1])
    page.context.close()
