"""`qdiff targets` (issue 14, part 3): a city's main targets year by year, each promise against
the figure the next year's work report gives, on the real reports of ../shared/realdata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from qdiff.cli import cli

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT.parent / "shared" / "realdata" / "work_reports"


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not REPORTS.is_dir():
        pytest.skip(f"{REPORTS} is missing (../shared/realdata)")
    db = tmp_path_factory.mktemp("targets") / "archive.sqlite3"
    files = [REPORTS / "上海市" / f"{year}.md" for year in (2022, 2023, 2024, 2025)]
    code, _, err = run(db, "archive", *map(str, files))
    assert code == 0, err
    return db


def test_json(archive: Path) -> None:
    code, out, err = run(archive, "targets", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["series"] == "上海市人民政府 政府工作报告"
    assert [y["year"] for y in data["years"]] == [2022, 2023, 2024]
    gdp = next(m for m in data["measures"] if m["measure"] == "生产总值")["years"]
    # 2023: 5.5%以上 promised, 5% reported in the 2024 review; 2024: 5% promised, 5% reported.
    assert gdp["2023"]["promised"]["text"] == "5.5%"
    assert (gdp["2023"]["reported"]["text"], gdp["2023"]["status"]) == ("5%", "missed")
    assert gdp["2024"]["status"] == "met"
    jobless = next(m for m in data["measures"] if m["measure"] == "城镇调查失业率")["years"]
    assert jobless["2023"]["promised"]["bound"] == "at_most"
    assert jobless["2023"]["status"] == "met"


def test_text_and_html(archive: Path, tmp_path: Path) -> None:
    code, out, _ = run(archive, "targets", "--lang", "zh", "--from", "2023")
    assert code == 0
    assert (
        out.splitlines()[0]
        == "上海市人民政府 政府工作报告：2023—2024年主要预期目标与次年报告的数字"
    )
    assert "  2023  5.5% → 5%  未达到" in out
    page = tmp_path / "targets.html"
    code, _, err = run(archive, "targets", "--html", str(page))
    assert code == 0, err
    html = page.read_text(encoding="utf-8")
    assert html.count('<svg class="spark"') >= 2 and "未达到" in html


def test_no_consecutive_reports(tmp_path: Path) -> None:
    if not REPORTS.is_dir():
        pytest.skip(f"{REPORTS} is missing (../shared/realdata)")
    db = tmp_path / "archive.sqlite3"
    assert run(db, "archive", str(REPORTS / "上海市" / "2022.md"))[0] == 0
    code, out, _ = run(db, "targets", "--lang", "en")
    assert code == 0 and out.strip() == "No two consecutive work reports to read together."


def test_a_target_the_extractor_names_with_its_figure_stays_in_the_table() -> None:
    """城镇新增就业24万人以上 reads as a counted object (就业24万人以上) to the commitments
    extractor; it is one of the announced targets all the same."""
    if not REPORTS.is_dir():
        pytest.skip(f"{REPORTS} is missing (../shared/realdata)")
    plan, review = (str(REPORTS / "广州市" / f"{year}.md") for year in (2024, 2025))
    result = CliRunner().invoke(cli, ["delivery", plan, review, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {row["measure"]: row for row in json.loads(result.stdout)["targets"]}
    assert "城镇新增就业" in rows and len(rows) == 8
    # Income in step with the economy joins the table, held to the economy's growth less the
    # slack: 3.6% against 2.1% is met.
    income = rows["城乡居民收入"]
    assert income["status"] == "met" and income["reported"]["text"] == "3.6%"
    assert income["promised"]["value"] == 1.6 and "经济增长2.1%" in income["promised"]["text"]
    assert income["in_step"] and not rows["城镇新增就业"]["in_step"]
