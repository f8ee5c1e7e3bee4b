"""Document kinds (issue 11): every parse says what the document is; the archive refuses what is
no kind qdiff follows unless told, files reports apart from plans, keeps the kind, and a
comparison of kinds that do not compare is refused with one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from qdiff.load import load_path
from qdiff.notice import DocumentKind
from qdiff.parsing import parse_notice
from qdiff.store.database import resolve_url
from qdiff.store.schema import downgrade, upgrade
from tests.conftest import FIXTURES, SEED, run_cli

LAYOUTS = FIXTURES / "layouts"
PROGRESS = LAYOUTS / "progress_report.txt"
MILESTONES = LAYOUTS / "milestone_table.txt"
# Not a plan and not a report: a notice of an inspection campaign, its points unassigned.
CAMPAIGN = (
    "关于开展2024年春季安全生产大检查的通知\n\n各街道、各有关单位：\n\n"
    "一、检查范围\n\n全区各类生产经营单位。\n\n二、检查时间\n\n3月至5月。\n\n"
    "三、工作要求\n\n各单位要高度重视，认真组织。\n\n上海市松湾区应急管理局\n2024年3月1日\n"
)


@pytest.mark.parametrize(
    "label", sorted((LAYOUTS / "expected").glob("*.json")), ids=lambda p: p.stem
)
def test_each_layout_reads_as_the_kind_its_label_gives(label: Path) -> None:
    want = json.loads(label.read_text(encoding="utf-8"))["kind"]
    assert load_path(str(LAYOUTS / f"{label.stem}.txt")).notice.kind.value == want


def test_every_quarterly_fixture_is_a_quarterly_plan() -> None:
    paths = [SEED, *sorted((FIXTURES / "quarters").glob("*.txt"))]
    kinds = {path.name: load_path(str(path)).notice.kind for path in paths}
    assert set(kinds.values()) == {DocumentKind.QUARTERLY_PLAN}, kinds


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("关于印发《2024年区政府重点工作》的通知", DocumentKind.ANNUAL_PLAN),
        ("关于区政府2024年重点工作上半年落实情况的报告", DocumentKind.PROGRESS_REPORT),
        ("2024年区政府工作要点第一季度完成情况", DocumentKind.PROGRESS_REPORT),
        (
            "关于印发2024年《政府工作报告》确定的主要目标任务责任分解方案的通知",
            DocumentKind.ANNUAL_PLAN,
        ),
        ("关于印发2024年下半年重点工作安排的通知", DocumentKind.HALF_YEAR_PLAN),
    ],
)
def test_the_title_says_what_the_document_is(title: str, kind: DocumentKind) -> None:
    body = (
        "一、经济发展\n\n1.工业稳增长。完成工业投资10亿元。（责任单位：区经委）\n\n"
        "2.扩大投资。推进重大项目建设。（责任单位：区发改委）\n"
    )
    assert parse_notice(f"{title}\n\n{body}").kind is kind


def test_a_campaign_notice_is_other_and_says_why() -> None:
    assert parse_notice(CAMPAIGN).kind is DocumentKind.OTHER


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_archive_refuses_other_in_one_line_and_writes_nothing(db_url: str, tmp_path: Path) -> None:
    campaign = _write(tmp_path, "campaign.txt", CAMPAIGN)
    refused = run_cli(db_url, "archive", str(campaign))
    assert refused.exit_code == 2
    assert refused.stdout == ""
    (line,) = refused.stderr.splitlines()
    assert line.startswith("Error: ")
    assert "does not look like a work plan, work report or progress report" in line
    assert "0 of its 3 numbered items name responsible units" in line
    assert "--kind" in line
    assert json.loads(run_cli(db_url, "list", "--format", "json").stdout)["series"] == []


def test_archive_with_kind_files_it_and_says_it_was_told(db_url: str, tmp_path: Path) -> None:
    campaign = _write(tmp_path, "campaign.txt", CAMPAIGN)
    result = run_cli(db_url, "archive", "--kind", "other", "--period", "2024", str(campaign))
    assert result.exit_code == 0, result.output
    assert "上海市松湾区应急管理局 其他文件 2024@1" in result.stdout
    shown = json.loads(run_cli(db_url, "show", "2024", "--format", "json").stdout)
    assert shown["kind"] == "other"
    assert not any(w["code"] == "kind_overridden" for w in shown["warnings"])

    told = run_cli(
        db_url, "archive", "--kind", "annual_plan", "--period", "2024", str(campaign),
        "--series", "检查",
    )  # fmt: skip
    assert told.exit_code == 0, told.output
    shown = run_cli(db_url, "show", "2024", "--series", "检查", "--format", "json")
    data = json.loads(shown.stdout)
    assert data["kind"] == "annual_plan"
    assert [w["message"] for w in data["warnings"] if w["code"] == "kind_overridden"] == [
        "archived as annual_plan with --kind; the document reads as other"
    ]


def test_a_progress_report_gets_its_own_series_and_keeps_its_kind(db_url: str) -> None:
    result = run_cli(db_url, "archive", str(PROGRESS))
    assert result.exit_code == 0, result.output
    assert "宁川市望江区人民政府办公室 进展报告 2023H1@1" in result.stdout
    listed = json.loads(run_cli(db_url, "list", "--format", "json").stdout)["series"]
    assert [entry["key"] for entry in listed] == ["宁川市望江区人民政府办公室 进展报告"]
    assert listed[0]["notices"][0]["latest"]["kind"] == "progress_report"
    shown = json.loads(run_cli(db_url, "show", "2023H1", "--format", "json").stdout)
    assert shown["kind"] == "progress_report"


def test_milestones_and_kinds_read_back_from_the_archive(db_url: str) -> None:
    parsed = json.loads(run_cli(None, "parse", str(MILESTONES), "--format", "json").stdout)
    assert run_cli(db_url, "archive", str(MILESTONES)).exit_code == 0
    shown = json.loads(run_cli(db_url, "show", parsed["period"], "--format", "json").stdout)
    shown.pop("version")
    assert shown == parsed
    assert shown["kind"] == "annual_plan"


def test_a_plan_and_a_progress_report_do_not_compare(db_url: str) -> None:
    plan = str(LAYOUTS / "inline_items.txt")
    for old, new in ((plan, str(PROGRESS)), (str(PROGRESS), plan)):
        refused = run_cli(None, "compare", old, new)
        assert refused.exit_code == 2
        (line,) = refused.stderr.splitlines()
        assert "do not compare item by item" in line
        assert "run `qdiff delivery PLAN [EVIDENCE...]`" in line
    # Archived: the same refusal, read from the stored kinds.
    assert run_cli(db_url, "archive", plan, str(PROGRESS)).exit_code == 0
    refused = run_cli(
        db_url, "compare", "2023Q2", "2023H1", "--series", "宁川市望江区人民政府办公室 进展报告"
    )
    assert refused.exit_code != 0


def test_plans_of_different_spans_still_compare() -> None:
    year = str(LAYOUTS / "year_targets_plan.txt")
    quarter = str(LAYOUTS / "single_section_cut.txt")
    assert run_cli(None, "compare", year, quarter).exit_code == 0


def test_the_kinds_migration_reads_kinds_of_versions_archived_before_it(db_url: str) -> None:
    for path in (SEED, PROGRESS, LAYOUTS / "year_plan_joint.txt"):
        assert run_cli(db_url, "archive", str(path)).exit_code == 0
    engine = create_engine(resolve_url(db_url))
    try:
        downgrade(engine, "0004")  # the kinds go away with their column
        upgrade(engine)  # and 0005 reads them again from titles and periods
        with engine.connect() as connection:
            kinds = dict(connection.execute(text("SELECT title, kind FROM versions")).all())
    finally:
        engine.dispose()
    assert sorted(kinds.values()) == ["annual_plan", "progress_report", "quarterly_plan"]


def test_a_version_filed_with_kind_verifies_and_moves(db_url: str, tmp_path: Path) -> None:
    """The kind the archiver gave is what the archive keeps: verify finds nothing wrong with it,
    and an export imports again."""
    plan = LAYOUTS / "inline_items.txt"
    told = run_cli(db_url, "archive", "--kind", "annual_plan", str(plan))
    assert told.exit_code == 0, told.output
    verified = run_cli(db_url, "verify")
    assert verified.exit_code == 0, verified.output
    exported = tmp_path / "archive.jsonl"
    assert run_cli(db_url, "export", "-o", str(exported)).exit_code == 0
    other = tmp_path / "other.sqlite3"
    imported = run_cli(str(other), "import", str(exported))
    assert imported.exit_code == 0, imported.output
    shown = json.loads(run_cli(str(other), "show", "2023Q2", "--format", "json").stdout)
    assert shown["kind"] == "annual_plan"


def test_a_report_is_not_filed_among_plans_by_series(db_url: str) -> None:
    assert run_cli(db_url, "archive", str(LAYOUTS / "inline_items.txt")).exit_code == 0
    refused = run_cli(db_url, "archive", str(PROGRESS), "--series", "宁川")
    assert refused.exit_code == 2
    (line,) = refused.stderr.splitlines()
    assert "is a progress_report and 宁川市望江区人民政府 holds quarterly_plan documents" in line
    listed = json.loads(run_cli(db_url, "list", "--format", "json").stdout)["series"]
    assert [len(entry["notices"]) for entry in listed] == [1]
