"""The multi-quarter HTML report read back with a real HTML parser (lxml): every thread has its
anchor and history, the timeline has one row per task thread whose cells say what the threads
say, the lists and the table per agency count what the signals count, findings are shown with
who, when and what, links land, the page is accessible and loads nothing, and the output is
deterministic. The golden file of the five fixture quarters is checked in test_report_golden.py.
"""

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

from qdiff.errors import UsageError
from qdiff.lineage import Finding, Lineage, Occurrence, Thread
from qdiff.output.lineage_json import history
from qdiff.parsing import parse_notice
from qdiff.periods import Period, PeriodKind
from qdiff.reports.common.anchors import thread_anchor
from qdiff.reports.common.strings import STRINGS, Labels
from qdiff.reports.series.render import render_lineage
from qdiff.reports.series.strings import LINEAGE_STRINGS
from qdiff.reports.series.threads import FLAGS, REWORDED, heading
from tests.report_cases import (
    CREATED_AT,
    fixture_lineage,
    lineage_files,
    render_fixture_lineage,
    sample_findings,
)

if len(lineage_files()) < 4:
    pytest.skip("the fixture quarters of the real series are missing", allow_module_level=True)

GAP = "2021Q3"
LETTERS = {"s0": "study", "s1": "start", "s2": "advance", "s3": "complete", "sn": None}


class Case:
    def __init__(self, drop: tuple[str, ...] = ()) -> None:
        self.lineage: Lineage = fixture_lineage(drop)
        self.findings = sample_findings(self.lineage)
        self.html = render_lineage(self.lineage, self.findings, created_at=CREATED_AT)
        self.doc: HtmlElement = lxml.html.document_fromstring(self.html)

    @property
    def tasks(self) -> list[Thread]:
        return [t for t in self.lineage.threads if t.kind == "task"]


@pytest.fixture(scope="module", params=[(), (GAP,)], ids=["five-quarters", "gap"])
def case(request: pytest.FixtureRequest) -> Case:
    return Case(request.param)


@pytest.fixture(scope="module")
def full() -> Case:
    return Case()


def grid_rows(doc: HtmlElement) -> list[HtmlElement]:
    return list(doc.xpath("//table[@id='grid']/tbody/tr"))


def quarter_cells(row: HtmlElement, columns: list[str]) -> dict[str, HtmlElement | None]:
    """The cell of each quarter column of a grid row (runs of empty cells share one)."""
    cells: dict[str, HtmlElement | None] = {}
    index = 0
    for cell in row.xpath("td")[2:]:
        span = int(cell.get("colspan", "1"))
        for column in columns[index : index + span]:
            cells[column] = cell if span == 1 else None
        index += span
    assert index == len(columns), "a row's cells must cover every quarter exactly"
    return cells


def test_every_thread_has_its_anchored_history(case: Case) -> None:
    ids = case.doc.xpath("//@id")
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    histories = case.doc.xpath("//details[contains(@class, 'thread')]")
    assert len(histories) == len(case.lineage.threads)
    assert [d.get("id") for d in histories] == [thread_anchor(t.key) for t in case.lineage.threads]
    assert "thread-2021Q1-4-1-6" in ids  # the anchor form promised in links and minutes
    assert len(case.doc.xpath("//section[@id='task-threads']/details")) == len(case.tasks)


def test_the_grid_has_one_row_per_task_thread(case: Case) -> None:
    rows = grid_rows(case.doc)
    assert len(rows) == len(case.tasks)
    links = [row.xpath("th/a/@href")[0] for row in rows]
    assert links == [f"#{thread_anchor(t.key)}" for t in case.tasks]
    assert all(row.xpath("th[@scope='row']") for row in rows)


def test_grid_cells_say_what_each_thread_did_in_each_quarter(case: Case) -> None:
    columns = case.doc.xpath("//table[@id='grid']/thead/tr[2]/th")
    codes = [th.get("data-q") for th in columns]
    first, last = case.lineage.periods[0], case.lineage.periods[-1]
    assert codes == [
        str(Period.quarter(n)) for n in range(first.quarter_number, last.quarter_number + 1)
    ]
    missing = {str(p) for p in case.lineage.missing}
    assert {th.get("data-q") for th in columns if "g" in th.get("class").split()} == missing
    for thread, row in zip(case.tasks, grid_rows(case.doc), strict=True):
        cells = quarter_cells(row, codes)
        for code in codes:
            here = [o for o in thread.occurrences if str(o.period) == code]
            cell = cells[code]
            classes = (cell.get("class") or "").split() if cell is not None else []
            if code in missing:
                assert classes == ["g"], (thread.key, code)
            elif here:
                assert cell is not None
                stage = next(c for c in classes if c in LETTERS)
                ranks = [o.stage for o in here if o.stage is not None]
                expected = max(ranks, key=lambda s: s.rank).value if ranks else None
                assert LETTERS[stage] == expected, (thread.key, code)
                assert ("r" in classes) == any(o.status in REWORDED for o in here)
                assert ("x" in classes) == any("slipped" in o.facets for o in here)
            else:
                assert not set(classes) & set(LETTERS), (thread.key, code)


def test_a_vanished_thread_is_marked_where_it_ended(full: Case) -> None:
    codes = full.doc.xpath("//table[@id='grid']/thead/tr[2]/th/@data-q")
    for thread, row in zip(full.tasks, grid_rows(full.doc), strict=True):
        cells = quarter_cells(row, codes)
        marks = [code for code, cell in cells.items() if cell is not None and
                 cell.get("class") in ("eu", "ed")]  # fmt: skip
        if thread.signals.vanished_unfinished or thread.signals.presumed_done:
            after = str(Period.quarter(thread.last.quarter_number + 1))
            assert marks == [after]
            expected = "ed" if thread.signals.presumed_done else "eu"
            cell = cells[after]
            assert cell is not None and cell.get("class") == expected
        else:
            assert marks == []


def test_histories_follow_the_lineage_quarter_by_quarter(case: Case) -> None:
    for thread in case.lineage.threads:
        details = case.doc.get_element_by_id(thread_anchor(thread.key))
        rows = details.xpath(".//table[contains(@class, 'history')]/tbody/tr")
        states = []
        for row in rows:
            state = (row.get("class") or "present").removeprefix("h-").replace(" hl", "")
            label = row.xpath("string(th)").strip()
            quarters = label.split(" — ") if state != "present" else [label]
            span = 1 if len(quarters) == 1 else _quarters_between(quarters)
            states.extend([state] * span)
        span = [p for p in case.lineage.periods if thread.first <= p <= thread.last]
        expected = [entry["state"] for entry in history(thread, span)]
        assert states == expected, thread.key
        # The wording as the quarter wrote it (what it put in is marked <ins>, inside the text).
        texts = [row.xpath("string(td[1])") for row in rows if not row.get("class")]
        wording = [o.text for o in thread.occurrences] if thread.kind == "task" else None
        if wording is not None:
            assert [text.split(" ", 1)[1].strip() for text in texts] == wording


def _quarters_between(run: list[str]) -> int:
    """How many quarters a run like 2021年二季度 — 2021年四季度 covers."""

    def number(label: str) -> int:
        match = re.fullmatch(r"(\d{4})年(.)季度", label)
        assert match is not None, label
        quarter = "一二三四".index(match.group(2)) + 1
        return Period(int(match.group(1)), PeriodKind.QUARTER, quarter).quarter_number

    return number(run[1]) - number(run[0]) + 1


def test_lists_hold_the_threads_of_their_signal(case: Case) -> None:
    for flag in FLAGS:
        section = case.doc.get_element_by_id(f"list-{flag.replace('_', '-')}")
        shown = [href[1:] for href in section.xpath(".//tbody/tr/td[1]/a/@href")]
        having = {thread_anchor(t.key) for t in case.tasks if flag in t.signals.names()}
        assert set(shown) == having and len(shown) == len(having), flag
        count = section.xpath("string(.//h3/span[@class='count'])")
        assert int(count) == len(having)
    slipped = case.doc.get_element_by_id("list-slipped").xpath(".//tbody/tr/td[1]/a/@href")
    times = {thread_anchor(t.key): t.signals.slipped for t in case.tasks}
    assert [times[h[1:]] for h in slipped] == sorted((times[h[1:]] for h in slipped), reverse=True)


def test_findings_show_current_and_earlier_with_who_and_when(full: Case) -> None:
    findings = full.findings
    assert len(findings) >= 3
    for key, found in findings.items():
        thread = next(t for t in full.lineage.threads if t.key == key)
        details = full.doc.get_element_by_id(thread_anchor(key))
        items = details.xpath(".//ol[@class='verdict-list']/li")
        assert len(items) == len(found)
        for item, finding in zip(items, reversed(found), strict=True):  # newest first
            text = item.text_content()
            assert finding.recorded_by in text
            assert finding.recorded_at.strftime("%Y-%m-%d %H:%M") in text
            assert f"verdict-{finding.finding}" in item.xpath("span[1]/@class")[0]
            if finding.evidence:
                assert finding.evidence in text
            if finding.note:
                assert finding.note in text
        current = found[-1].period >= thread.last
        assert bool(details.xpath(".//span[@class='verdict-current']")) == current
        assert bool(details.xpath(".//p[@class='verdict-outdated']")) == (not current)
    # A web address as evidence is a link that tells the browser to send no referrer.
    links = full.doc.xpath("//a[starts-with(@href, 'http')]")
    assert links and all(link.get("rel") == "noopener noreferrer" for link in links)
    assert all(href.startswith(("#", "https://")) for href in full.doc.xpath("//a/@href"))
    # The slipped thread's current finding is in its list, the earlier one below it.
    slipped = next(k for k, v in findings.items() if len(v) > 1)
    row = full.doc.xpath(
        f"//section[@id='list-slipped']//tr[td/a/@href='#{thread_anchor(slipped)}']"
    )[0]
    assert row.xpath(".//p[@class='verdict-line']/span[contains(@class, 'verdict-not_done')]")
    assert row.xpath(
        ".//ul[@class='verdicts-earlier']//span[contains(@class, 'verdict-in_progress')]"
    )


def test_summary_sentences_and_signal_counts(full: Case) -> None:
    tasks = full.tasks
    sentences = [li.text_content() for li in full.doc.xpath("//ul[@class='findings']/li")]
    stalled = sum(1 for t in tasks if t.signals.stalled)
    slipped = [t for t in tasks if t.signals.slipped]
    times = sum(t.signals.slipped for t in slipped)
    assert f"{len(tasks)} 条跟踪任务" in sentences[1]
    assert any(s.startswith(f"{stalled} 条任务连续 3 个或以上季度") for s in sentences)
    assert any(s.startswith(f"{len(slipped)} 条任务再次承诺") and f"共 {times} 次" in s
               for s in sentences)  # fmt: skip
    table = full.doc.xpath("//table[contains(@class, 'signal-counts')]")[0]
    counts = {
        row.xpath("string(th)").strip(): int(row.xpath("string(td[1])"))
        for row in table.xpath("tbody/tr")
    }
    assert counts["停滞"] == stalled and counts["重复承诺完成"] == len(slipped)


def test_agency_table_counts_threads_by_their_last_lead(full: Case) -> None:
    rows = full.doc.xpath("//section[@id='agencies']//tbody/tr")
    counted = {row.xpath("string(th)").strip(): [int(td.text_content()) for td in row.xpath("td")]
               for row in rows}  # fmt: skip
    expected: Counter[str] = Counter(u for t in full.tasks for u in set(t.occurrences[-1].lead))
    assert {name: cells[0] for name, cells in counted.items()} == dict(expected)
    stalled = Counter(
        u for t in full.tasks if t.signals.stalled for u in set(t.occurrences[-1].lead)
    )
    assert {name: cells[2] for name, cells in counted.items() if cells[2]} == dict(stalled)
    names = set(full.doc.xpath("//select[@name='agency']/option/@value")) - {""}
    assert names == set(counted)


def test_a_missing_quarter_is_a_gap_not_a_drop() -> None:
    gap = Case((GAP,))
    assert [str(p) for p in gap.lineage.missing] == [GAP]
    alert = gap.doc.get_element_by_id("scope-missing").text_content()
    assert "2021年第三季度" in alert and "缺档" in alert
    assert gap.doc.xpath("//span[@class='masthead-gap']")
    gaps = gap.doc.xpath("//table[contains(@class, 'history')]//tr[@class='h-gap']")
    spanning = [t for t in gap.lineage.threads if t.first < Period.parse(GAP) < t.last]
    assert spanning and len(gaps) == len(spanning)


def test_every_internal_link_resolves(case: Case) -> None:
    ids = set(case.doc.xpath("//@id"))
    targets = [href[1:] for href in case.doc.xpath("//a/@href") if href.startswith("#")]
    assert targets
    assert [target for target in targets if target not in ids] == []


def test_headings_descend_one_level_at_a_time(case: Case) -> None:
    levels = [int(h.tag[1]) for h in case.doc.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1 and levels.count(1) == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"h{before} is followed by h{after}"
    assert all(h.text_content().strip() for h in case.doc.iter("h1", "h2", "h3", "h4"))
    h2 = [h.get("id") for h in case.doc.iter("h2")]
    # What was found first; how the report was made last.
    assert h2 == [
        "h-summary",
        "h-timeline",
        "h-objects",
        "h-lists",
        "h-agencies",
        "h-histories",
        "h-scope",
    ]


def test_tables_have_headers_and_marks_have_words(case: Case) -> None:
    for table in case.doc.iter("table"):
        assert table.xpath(".//th"), lxml.html.tostring(table)[:200]
        assert table.xpath("thead//th") or "sources" in table.get("class", "")
    marks = case.doc.xpath("//*[contains(concat(' ', @class, ' '), ' chip ')"
                           " or contains(concat(' ', @class, ' '), ' verdict ')]")  # fmt: skip
    assert marks and all(mark.text_content().strip() for mark in marks)
    assert case.doc.get("lang") == "zh-CN"


def test_nothing_is_loaded_from_outside(full: Case) -> None:
    doc, html = full.doc, full.html
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


def test_the_same_inputs_give_the_same_bytes_but_for_the_time(full: Case) -> None:
    again = render_lineage(full.lineage, full.findings, created_at=CREATED_AT)
    later = render_lineage(full.lineage, full.findings, created_at=CREATED_AT.replace(year=2030))
    assert again == full.html
    changed = [
        (a, b) for a, b in zip(again.splitlines(), later.splitlines(), strict=True) if a != b
    ]
    assert len(changed) == 1 and "<time" in changed[0][0]


def test_finding_times_are_shown_on_beijing_time(full: Case) -> None:
    """Whatever clock the machine that made the report runs on (CI runs on UTC)."""
    utc = render_lineage(full.lineage, full.findings, created_at=datetime(2030, 1, 1, tzinfo=UTC))
    assert "审计员甲，2022-04-20 10:00" in full.html  # recorded at 10:00 UTC+08:00
    assert "审计员甲，2022-04-20 10:00" in utc and "审计员甲，2022-04-20 02:00" not in utc
    assert "2030-01-01 08:00 北京时间" in utc


def test_header_says_how_the_report_was_made(full: Case) -> None:
    scope = full.doc.get_element_by_id("scope").text_content()
    assert "上海市杨浦区人民政府" in scope
    assert "2021年第一季度 — 2022年第一季度" in scope
    assert "qdiff" in scope and "2021-07-01 09:30 北京时间" in scope
    assert "item_match = 0.2" in scope
    command = full.doc.xpath("string(//code[@class='command'])")
    assert command.startswith("qdiff report --series") and "--from 2021Q1 --to 2022Q1" in command
    changed = render_lineage(full.lineage, {}, created_at=CREATED_AT, settings={"item_match": 0.3})
    assert "--set item_match=0.3" in changed and "item_match = 0.3 *" in changed


def test_english_labels() -> None:
    doc = lxml.html.document_fromstring(render_fixture_lineage("en"))
    assert doc.get("lang") == "en"
    assert doc.xpath("string(//h1)") == "Work priorities followed over many quarters"
    # The notices' wording stays Chinese, and says so.
    assert doc.xpath("//table[contains(@class, 'history')]//td[@lang='zh-CN']")
    assert "2021 Q1" in doc.xpath("string(//table[@id='grid']/thead/tr[2]/th[1]/@title)")


def test_unknown_language_is_refused(full: Case) -> None:
    with pytest.raises(UsageError, match="zh, en"):
        render_lineage(full.lineage, {}, lang="fr")


def test_an_empty_lineage_still_renders() -> None:
    doc = lxml.html.document_fromstring(render_lineage(Lineage("空系列", (), (), ()), {}))
    assert doc.xpath("string(//h1)") and not doc.xpath("//table[@id='grid']")


def test_both_languages_have_every_string() -> None:
    assert set(LINEAGE_STRINGS["zh"]) == set(LINEAGE_STRINGS["en"])
    members = set(dir(Labels("zh", "quarters")))
    assert not members & set(LINEAGE_STRINGS["zh"]), members & set(LINEAGE_STRINGS["zh"])
    # Its own words never silently replace the comparison report's.
    shared = set(LINEAGE_STRINGS["zh"]) & set(STRINGS["zh"])
    assert shared == set(), shared


def test_inlined_assets_cannot_close_their_element() -> None:
    from qdiff.reports.common.environment import ASSETS

    for name in ("lineage.css", "lineage.js"):
        text = (ASSETS / name).read_text(encoding="utf-8").lower()
        assert "</style" not in text and "</script" not in text


def test_findings_of_threads_not_in_range_are_ignored(full: Case) -> None:
    stray = Finding(99, Period.parse("2019Q1"), "1.1.1", "别的", "done", None, None, "甲",
                    datetime(2022, 1, 1, tzinfo=UTC))  # fmt: skip
    html = render_lineage(full.lineage, {"2019Q1:1.1.1": [stray]}, created_at=CREATED_AT)
    assert "别的" not in html


def test_an_item_thread_is_named_by_the_heading_the_parser_read() -> None:
    """A damaged decimal (3。5亿元) is no sentence end: the item's heading runs past it, as the
    parser reads it, not to the first 。 of its text."""
    text = "滨江二期总投资3。5亿元。推进滨江二期建设。"
    item = parse_notice(
        "2021年第一季度工作要点\n主要工作如下:\n一、城市建设\n"
        f"1.{text}(责任单位:区建管委)\n2.道路。完成3条道路改造。(责任单位:区建管委)\n"
    ).items[0]
    occurrence = Occurrence(
        Period.parse("2021Q1"), item.ref, item.text, None, (), ("区建管委",), "new",
        heading=item.heading,
    )  # fmt: skip
    assert item.heading == "滨江二期总投资3。5亿元"
    assert heading(occurrence) == "滨江二期总投资3。5亿元"
