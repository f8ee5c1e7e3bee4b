"""Audit findings in the comparison report: each task's findings next to it (the older quarter's
on the left, the newer's on the right; oldest first, the last marked as the latest), a line under
slipped and vanished tasks in the follow-through tables, anchors as without them, hostile notes
and evidence shown as text; and `qdiff compare A B --html` over an archive passing the findings
made on the two quarters' tasks."""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import timedelta
from functools import cache
from pathlib import Path

import lxml.html
import pytest
from lxml.html import HtmlElement

from qdiff.align import Comparison, Facet, Status, compare
from qdiff.lineage import Finding
from qdiff.load import load_path
from qdiff.notice import Stage
from qdiff.periods import Period
from qdiff.provenance import Side
from qdiff.reports.common.anchors import task_anchor
from qdiff.reports.pair import render_comparison
from tests.conftest import run_cli
from tests.report_cases import (
    CREATED_AT,
    FOUND_AT,
    comparison_findings,
    render_with_findings,
    series_files,
)
from tests.test_report_escaping import IMAGE, SCRIPT, STYLE, TEMPLATE

FILES = series_files()
if not {"yangpu_2021Q3", "yangpu_2021Q4"} <= set(FILES):
    pytest.skip("needs fixtures/quarters/yangpu_2021Q3.txt and Q4", allow_module_level=True)
Q3, Q4 = FILES["yangpu_2021Q3"], FILES["yangpu_2021Q4"]
TaskFindings = Mapping[tuple[str, str], Sequence[Finding]]


@cache
def comparison() -> Comparison:
    return compare(load_path(str(Q3)).notice, load_path(str(Q4)).notice)


def render(findings: TaskFindings | None = None, lang: str = "zh") -> str:
    sides = (Side(None, None, None, "q3.txt", None), Side(None, None, None, "q4.txt", None))
    return render_comparison(
        comparison(), *sides, lang=lang, created_at=CREATED_AT, findings=findings
    )


def parse(html: str) -> HtmlElement:
    return lxml.html.document_fromstring(html)


def finding(period: str, ref: str, what: str = "not_done", **more: str) -> Finding:
    return Finding(
        int(more.get("id", "1")), Period.parse(period), ref, more.get("text", ""), what,
        more.get("evidence"), more.get("note"), more.get("by", "审计员甲"),
        FOUND_AT + timedelta(days=int(more.get("days", "0"))),
    )  # fmt: skip


def audit_of(task: HtmlElement, side: str) -> list[HtmlElement]:
    """The findings shown on one side (old, new) of a task's redline, as <li> elements in the
    order shown."""
    return task.xpath(f"./div[@class='audit-side audit-{side}']/div[@class='task-audit']/ul/li")


def slipped_link() -> tuple[str, str]:
    link = next(link for link in comparison().tasks if Facet.SLIPPED in link.facets)
    assert link.old and link.new
    return link.old.ref, link.new.ref


def vanished_ref() -> str:
    link = next(
        link
        for link in comparison().tasks
        if link.status is Status.DROPPED and link.old and link.old.stage is not Stage.COMPLETE
    )
    assert link.old
    return link.old.ref


def test_findings_show_next_to_their_task_oldest_first() -> None:
    doc = parse(render_with_findings(Q3, Q4))
    old_ref, new_ref = slipped_link()
    row = doc.get_element_by_id(task_anchor("new", new_ref))
    assert row.xpath(f".//span[@id='{task_anchor('old', old_ref)}']")
    # Given newest first, shown oldest first; only the last is marked as the latest.
    newer = audit_of(row, "new")
    assert [li.xpath("string(span[contains(@class, 'verdict ')])") for li in newer] == [
        "正在推进", "未完成",
    ]  # fmt: skip
    assert [li.get("class") for li in newer] == [None, "audit-latest"]
    assert newer[-1].xpath("string(span[@class='verdict-current'])") == "最新"
    assert "审计员乙" in newer[0].text_content() and "年底前完成" in newer[0].text_content()
    (link,) = newer[-1].xpath(".//a")
    assert link.get("href") == "https://www.shyp.gov.cn/shypq/xxgk/example"
    assert link.get("rel") == "noopener noreferrer"
    # The older quarter's finding on the older side, and nowhere else.
    older = audit_of(row, "old")
    assert len(older) == 1 and "已开工" in older[0].text_content()
    assert older[0].get("class") == "audit-latest"
    # A vanished task has its finding on the older side of its row.
    vanished = doc.get_element_by_id(task_anchor("old", vanished_ref()))
    (shown,) = audit_of(vanished, "old")
    assert "无法核实" in shown.text_content() and "区审计局档案 2022-017" in shown.text_content()
    assert not shown.xpath(".//a")  # evidence that is no web address stays text
    assert len(doc.xpath("//div[@class='task-audit']")) == 3


def test_slipped_and_vanished_tasks_get_a_line_in_the_follow_through() -> None:
    doc = parse(render_with_findings(Q3, Q4))
    _, new_ref = slipped_link()

    def lines(anchor: str) -> list[HtmlElement]:
        return doc.xpath(f"//section[@id='{anchor}']//tbody/tr[@class='follow-audit']")

    (slipped,) = lines("follow-slipped")
    task_row = slipped.getprevious()
    assert task_row.xpath("string(td[1]/a/@href)") == f"#{task_anchor('new', new_ref)}"
    columns = len(doc.xpath("//section[@id='follow-slipped']//thead/tr/th"))
    assert slipped.xpath("td/@colspan") == [str(columns)]
    text = " ".join(slipped.text_content().split())
    # The latest of the findings on both quarters' occurrences of the task, and how many.
    assert text.startswith("审计发现 未完成 审计员甲") and text.endswith("共 3 条")
    assert f"针对 2021年四季度 {new_ref}" in text
    (vanished,) = lines("follow-dropped-unfinished")
    assert vanished.getprevious().xpath("string(td[1]/a/@href)") == (
        f"#{task_anchor('old', vanished_ref())}"
    )
    assert "无法核实" in vanished.text_content() and "共" not in vanished.text_content()
    for other in ("follow-vanished-complete", "follow-stages", "follow-targets", "follow-leads"):
        assert lines(other) == []


def test_anchors_and_links_are_as_without_findings() -> None:
    plain, found = parse(render()), parse(render_with_findings(Q3, Q4))
    ids = found.xpath("//@id")
    assert len(ids) == len(set(ids))
    assert Counter(ids) == Counter(plain.xpath("//@id"))
    internal = [href for href in found.xpath("//a/@href") if href.startswith("#")]
    assert internal == plain.xpath("//a/@href")
    assert {href[1:] for href in internal} <= set(ids)
    external = [href for href in found.xpath("//a/@href") if not href.startswith("#")]
    assert external == ["https://www.shyp.gov.cn/shypq/xxgk/example"]
    # The cards, task rows and follow-through rows are the same ones.
    for path in ("//article", "//tr[contains(@class, 'task ')]", "//table[@class]"):
        assert len(found.xpath(path)) == len(plain.xpath(path)), path


def test_without_findings_on_these_tasks_the_report_is_unchanged() -> None:
    plain = render()
    assert render({}) == plain
    assert "task-audit" not in plain and "verdict" not in plain
    elsewhere = {
        ("2021Q2", "3.2.1"): [finding("2021Q2", "3.2.1")],  # another quarter
        ("2021Q4", "9.9.9"): [finding("2021Q4", "9.9.9")],  # no such task
        ("2021Q4", "3.2.1"): [],
    }
    assert render(elsewhere) == plain


def test_the_inlined_style_with_findings_is_what_the_policy_allows() -> None:
    doc = parse(render_with_findings(Q3, Q4))
    (style,) = doc.xpath("//style")
    assert ".task-audit" in style.text and ".verdict-not_done" in style.text
    (policy,) = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    digest = base64.b64encode(hashlib.sha256(style.text.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy


def test_the_same_findings_in_any_order_give_the_same_bytes() -> None:
    findings = comparison_findings(comparison(), "2021Q3", "2021Q4")
    reordered = {key: list(reversed(value)) for key, value in reversed(findings.items())}
    assert render(findings) == render(reordered)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_hostile_notes_and_evidence_are_shown_as_text(lang: str) -> None:
    _, new_ref = slipped_link()
    hostile = "javascript:alert(document.domain)"
    url = 'https://example.org/x?a=1&b="><script>window.__pwned=3</script>'
    findings = {
        ("2021Q4", new_ref): [
            finding("2021Q4", new_ref, "done", id="1", note=SCRIPT + IMAGE, evidence=hostile,
                    by=TEMPLATE),
            finding("2021Q4", new_ref, "<b>made-up</b>", id="2", days="1", note=STYLE,
                    evidence=url),
            finding("2021Q4", new_ref, "partly", id="3", days="2", evidence="data:text/html,<b>x"),
        ]
    }  # fmt: skip
    doc = parse(render(findings, lang))
    assert len(doc.xpath("//script")) == 1 and len(doc.xpath("//style")) == 1
    assert not doc.xpath("//img") and not doc.xpath("//@src") and not doc.xpath("//b")
    assert [a for a in doc.xpath("//@*") if a.attrname.lower().startswith("on")] == []
    (script,) = doc.xpath("//script")
    assert "__pwned" not in script.text
    (style,) = doc.xpath("//style")
    assert "body{display:none}" not in style.text
    cell = doc.get_element_by_id(task_anchor("new", new_ref)).xpath(
        "./div[@class='audit-side audit-new']"
    )[0]
    text = cell.text_content()
    for payload in (SCRIPT, IMAGE, TEMPLATE, STYLE, hostile, url, "<b>made-up</b>"):
        assert payload in text, payload
    # Only the http(s) address is a link, and its address is the evidence exactly.
    assert cell.xpath(".//a/@href") == [url]
    assert not doc.xpath("//a[starts-with(@href, 'javascript:') or starts-with(@href, 'data:')]")
    # A finding this qdiff does not know is shown as recorded, in a class that stays one word.
    assert "verdict-<b>made-up</b>" in cell.xpath(".//span[contains(@class, 'verdict ')]/@class")[1]


def test_english_labels() -> None:
    doc = parse(render_with_findings(Q3, Q4, lang="en"))
    _, new_ref = slipped_link()
    cell = doc.get_element_by_id(task_anchor("new", new_ref)).xpath(
        "./div[@class='audit-side audit-new']"
    )[0]
    text = " ".join(cell.text_content().split())
    assert text.count("Audit findings") == 1 and "latest not done" in text
    line = doc.xpath("//section[@id='follow-slipped']//tr[@class='follow-audit']")[0]
    assert " ".join(line.text_content().split()).endswith(f"on {new_ref} of 2021 Q4 · 3 in all")


# qdiff compare A B --html over an archive -------------------------------------------------------
QUARTERS = [FILES["yangpu_2021Q1"], FILES["yangpu_2021Q2"], Q3, Q4]
LIFT = "完成30台电梯加装。"  # task 3.2.1 of 2021Q4, a thread since 2021Q1


def cells_with_findings(path: Path) -> dict[str, str]:
    """Task cell -> the findings shown in it: keyed by the cell's side and task ref."""
    doc = lxml.html.document_fromstring(path.read_text(encoding="utf-8"))
    shown = {}
    for box in doc.xpath("//div[@class='task-audit']"):
        side_box = box.getparent()
        side = "old" if "audit-old" in side_box.get("class") else "new"
        shown[f"{side} {side_box.get('data-ref')}"] = box.text_content()
    return shown


@pytest.fixture
def archive(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    archived = run_cli(url, "archive", *map(str, QUARTERS))
    assert archived.exit_code == 0, archived.output
    marked = run_cli(
        url, "audit", "mark", "2021Q4:3.2.1", "--finding", "not_done", "--note", "X<i>备注</i>"
    )
    assert marked.exit_code == 0, marked.output
    return url


def test_compare_shows_the_findings_of_the_two_quarters(archive: str, tmp_path: Path) -> None:
    out = tmp_path / "out.html"
    result = run_cli(archive, "compare", "2021Q3", "2021Q4", "--html", str(out))
    assert result.exit_code == 0, result.output
    shown = cells_with_findings(out)
    assert list(shown) == ["new 3.2.1"]
    assert "X<i>备注</i>" in shown["new 3.2.1"] and "未完成" in shown["new 3.2.1"]
    doc = lxml.html.document_fromstring(out.read_text(encoding="utf-8"))
    row = doc.get_element_by_id("task-new-3-2-1")
    assert LIFT in row.text_content()
    assert "X<i>备注</i>" in row.xpath("./div[@class='audit-side audit-new']")[0].text_content()
    assert not doc.xpath("//i")
    # Quarters the finding was not made on, and files compared without the archive: none.
    earlier = tmp_path / "earlier.html"
    assert run_cli(archive, "compare", "2021Q2", "2021Q3", "--html", str(earlier)).exit_code == 0
    assert cells_with_findings(earlier) == {}
    files = tmp_path / "files.html"
    assert run_cli(archive, "compare", str(Q3), str(Q4), "--html", str(files)).exit_code == 0
    assert cells_with_findings(files) == {}
    mixed = tmp_path / "mixed.html"
    assert run_cli(archive, "compare", "2021Q3", str(Q4), "--html", str(mixed)).exit_code == 0
    assert cells_with_findings(mixed) == {}


def test_a_finding_follows_its_text_when_the_quarter_is_archived_again(
    archive: str, tmp_path: Path
) -> None:
    # 2021Q4 archived again with a task put before the lift task: it is now 3.2.2.
    corrected = tmp_path / "yangpu_2021Q4_corrected.txt"
    text = Q4.read_text(encoding="utf-8")
    heading = "住房保障和美丽家园。"
    assert text.count(heading + LIFT) == 1
    corrected.write_text(
        text.replace(heading + LIFT, heading + "启动电梯加装评估。" + LIFT), encoding="utf-8"
    )
    assert "2021Q4@2" in run_cli(archive, "archive", str(corrected)).stdout
    out = tmp_path / "out.html"
    assert run_cli(archive, "compare", "2021Q3", "2021Q4", "--html", str(out)).exit_code == 0
    assert list(cells_with_findings(out)) == ["new 3.2.2"]
    # The two versions of 2021Q4 side by side: the finding is beside the lift task on each.
    versions = tmp_path / "versions.html"
    result = run_cli(archive, "compare", "2021Q4@1", "2021Q4@2", "--html", str(versions))
    assert result.exit_code == 0, result.output
    assert sorted(cells_with_findings(versions)) == ["new 3.2.2", "old 3.2.1"]
