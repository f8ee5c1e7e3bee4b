"""`qdiff coverage YEAR` (issue 14, part 2): an annual task table with quarterly milestones
(fixtures/layouts/milestone_table.txt) against two quarterly notices and two progress tables of
its year, all made up for testing (fixtures/plan_cycle/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from qdiff.cli import cli

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "fixtures" / "layouts" / "milestone_table.txt"
CYCLE = ROOT / "fixtures" / "plan_cycle"


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("coverage") / "archive.sqlite3"
    files = [PLAN, *sorted(CYCLE.glob("*.txt"))]
    code, _, err = run(db, "archive", *map(str, files))
    assert code == 0, err
    return db


def test_json(archive: Path) -> None:
    code, out, err = run(archive, "coverage", "2024", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["year"] == 2024 and data["plan"]["kind"] == "annual_plan"
    assert [d["period"] for d in data["notices"]] == ["2024Q1", "2024Q2"]
    assert {d["period"] for d in data["reports"]} == {"2024", "2024H1"}
    by_name = {c["object"] or c["text"]: c for c in data["commitments"]}
    # Scheduled in both quarters, with the stage each claims.
    school = by_name["桂溪第三实验学校"]["scheduled"]
    assert [(s["period"], s["ref"]) for s in school] == [("2024Q1", "3.1.1"), ("2024Q2", "3.1.1")]
    # Scheduled by no quarter: the swimming pool, whose row's first milestones are later.
    assert by_name["桂溪体育中心游泳馆"]["scheduled"] == []
    # In a quarter, with no root in the year's plan.
    unrooted = {u["object"] for u in data["unrooted"]}
    assert {"滨江公园二期前期研究", "春风行动专场招聘会", "桂溪数字经济招商推介会"} <= unrooted
    assert not unrooted & {"桂溪大道改造提升工程", "桂溪第三实验学校", "区人民医院住院大楼"}
    summary = data["summary"]
    assert summary["scheduled"] + summary["unscheduled"] == summary["commitments"]
    assert summary["unrooted"] == len(data["unrooted"])


def test_milestones_against_their_quarter_and_the_reports(archive: Path) -> None:
    code, out, _ = run(archive, "coverage", "2024", "--format", "json")
    assert code == 0
    milestones = {(m["item"], m["quarter"]): m for m in json.loads(out)["milestones"]}
    assert len(milestones) == 47  # 48 cells, one of them "/"
    road_q1 = milestones[("2.1", 1)]
    assert road_q1["milestone"] == "完成管线迁改"
    assert road_q1["scheduled"]["text"] == "桂溪大道改造提升工程完成管线迁改"
    # The third quarter's notice is not archived: nothing is said of its scheduling; the
    # half-year report covers Q1-Q2 only, so only the year-end table can mention Q3.
    road_q3 = milestones[("2.1", 3)]
    assert road_q3["notice_archived"] is False and road_q3["scheduled"] is None
    assert [r["period"] for r in road_q3["reported"]] == ["2024"]
    # 石塘片区安置房一期: missing from the year-end table, in the half-year one.
    housing = milestones[("2.2", 4)]
    assert housing["reported"] == []
    assert [r["period"] for r in milestones[("2.2", 1)]["reported"]] == ["2024H1"]
    # 楼宇招商: the quarter's notice names the plan, not the row's project.
    assert milestones[("1.3", 1)]["scheduled"] is None


def test_text_in_both_languages(archive: Path) -> None:
    code, out, _ = run(archive, "coverage", "2024", "--lang", "zh")
    assert code == 0
    assert "没有任何季度列入的年度承诺" in out and "季度工作要点中找不到年度依据的事项" in out
    assert "该季度通知未归档" in out
    code, out, _ = run(archive, "coverage", "2024", "--lang", "en")
    assert code == 0 and "Commitments of the year no quarter scheduled" in out


def test_mistakes(archive: Path) -> None:
    code, _, err = run(archive, "coverage", "2023")
    assert code == 1
    assert err.strip() == (
        "Error: no annual plan or work report of 2023 is archived: archive the year's plan "
        "(重点工作, 任务分解) or its work report first, then its quarterly notices"
    )
    code, _, err = run(archive, "coverage", "2024Q1")
    assert code == 2
    assert err.strip() == "Error: coverage is of a whole year: give the year (2024), not 2024Q1"


def test_html(archive: Path, tmp_path: Path) -> None:
    import lxml.html

    out = tmp_path / "coverage.html"
    code, _, err = run(archive, "coverage", "2024", "--html", str(out))
    assert code == 0 and "wrote the HTML report to" in err
    doc = lxml.html.document_fromstring(out.read_text(encoding="utf-8"))
    assert [s.get("id") for s in doc.xpath("//main/section")] == [
        "check", "milestones", "all", "appendix",
    ]  # fmt: skip
    unscheduled, unrooted = doc.get_element_by_id("check").xpath(".//table")
    # The plan's 26 commitments, 13 of which no quarter schedules (the swimming pool, and
    # figures the quarters do not name: 规模以上工业增加值增长8%, 学位2160个…).
    assert len(unscheduled.xpath("tbody/tr")) == 13
    assert "滨江公园二期前期研究" in unrooted.text_content()
    milestones = doc.get_element_by_id("milestones").xpath(".//tbody/tr")
    assert len(milestones) == 47
    assert not doc.xpath("//@src") and not doc.xpath("//link")


def test_the_multi_quarter_report_links_projects_to_the_year(archive: Path, tmp_path: Path) -> None:
    """Each project's thread, its annual root and what the year's reports say of it."""
    series = ["--series", "蓉湖市桂溪区人民政府"]
    code, out, err = run(archive, "report", *series, "--format", "json")
    assert code == 0, err
    roots = {o["object"]: o["annual"] for o in json.loads(out)["objects"] if o["annual"]}
    assert roots["桂溪大道改造提升工程"]["verdict"] == "in_progress"  # 西段 80%, 预计明年
    assert roots["桂溪第三实验学校"]["verdict"] == "done"
    assert roots["石塘片区安置房一期"]["verdict"] == "in_progress"  # only its tender reported
    assert roots["桂溪第三实验学校"]["plan"] == "蓉湖市桂溪区人民政府 2024@1"
    assert "建成投用" in roots["桂溪第三实验学校"]["evidence"][0]
    page = tmp_path / "report.html"
    code, _, err = run(archive, "report", *series, "--html", str(page))
    assert code == 0, err
    html = page.read_text(encoding="utf-8")
    assert 'id="objects-roots"' in html and "桂溪大道改造提升工程东段已通车" in html


def test_a_withdrawn_notice_is_left_out(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite3"
    files = [PLAN, CYCLE / "guixi_2024Q1.txt", CYCLE / "guixi_2024Q2.txt"]
    assert run(db, "archive", *map(str, files))[0] == 0
    code, _, err = run(
        db, "withdraw", "2024Q2@1", "--series", "蓉湖市桂溪区人民政府", "--reason", "test"
    )
    assert code == 0, err
    code, out, err = run(db, "coverage", "2024", "--format", "json")
    assert code == 0, err
    assert [d["period"] for d in json.loads(out)["notices"]] == ["2024Q1"]


def test_income_in_step_is_scheduled_where_a_quarter_names_the_income() -> None:
    """A year's promise of income in step with the economy has no object and no figure: a
    quarter schedules it where it names the income (居民人均可支配收入)."""
    from qdiff.delivery.coverage import coverage_of
    from qdiff.load import load_bytes
    from qdiff.periods import Period

    annual = (
        "关于印发《桂溪区2024年重点工作任务》的通知\n\n"
        "一、民生保障\n1. 居民人均可支配收入增长与经济增长基本同步。（责任单位：区发改局）\n"
    )
    quarter = (
        "关于印发桂溪区2024年第一季度工作要点的通知\n\n"
        "一、民生保障\n1. 落实稳就业政策，促进居民人均可支配收入稳步增长。（责任单位：区人社局）\n"
    )
    plan = load_bytes(annual.encode(), "plan.txt").notice
    notice = load_bytes(quarter.encode(), "q1.txt").notice
    (covered,) = [c for c in coverage_of(plan, [(Period.parse("2024Q1"), notice)]).covered]
    assert covered.promise.in_step == "居民人均可支配收入"
    assert [str(s.period) for s in covered.scheduled] == ["2024Q1"]
