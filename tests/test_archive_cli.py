"""`qdiff archive`, `list`, `show` and `log` against real databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from qdiff.load import load_path
from qdiff.serialize import notice_to_dict
from tests.conftest import FIXTURES, SEED, VARIANTS, run_cli

SERIES = "上海市杨浦区人民政府"


def _versions(db_url: str, period: str = "2021Q1", series: str = SERIES) -> list[dict[str, object]]:
    result = run_cli(db_url, "log", period, "--series", series, "--format", "json")
    assert result.exit_code == 0, result.output
    versions: list[dict[str, object]] = json.loads(result.stdout)
    return versions


def _list(db_url: str) -> dict[str, object]:
    result = run_cli(db_url, "list", "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_archive_then_show_gives_back_the_parse(db_url: str) -> None:
    result = run_cli(db_url, "archive", str(SEED))
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"archived {SEED} as {SERIES} 2021Q1@1 (29 items, 131 tasks, 4 warnings)\n"
    )
    shown = run_cli(db_url, "show", "2021Q1", "--format", "json")
    assert shown.exit_code == 0, shown.output
    stored = json.loads(shown.stdout)
    version = stored.pop("version")
    assert stored == notice_to_dict(load_path(str(SEED)).notice)
    assert version["sha256"] == load_path(str(SEED)).source.sha256
    assert version["version"] == 1 and version["file_name"] == "yangpu_2021Q1.txt"
    text = run_cli(db_url, "show", "2021Q1@1")
    assert text.exit_code == 0
    assert f"{SERIES} 2021Q1@1  sha256 {version['sha256']}" in text.stdout
    assert "8 sections, 29 items, 131 tasks" in text.stdout


def test_same_bytes_again_is_a_no_op_that_names_the_version(db_url: str, tmp_path: Path) -> None:
    assert run_cli(db_url, "archive", str(SEED)).exit_code == 0
    copy = tmp_path / "renamed.txt"
    shutil.copy(SEED, copy)
    again = run_cli(db_url, "archive", str(copy))
    assert again.exit_code == 0
    assert again.stdout == f"unchanged {copy} is already {SERIES} 2021Q1@1; nothing written\n"
    assert len(_versions(db_url)) == 1


def test_a_corrected_reissue_is_version_2_and_version_1_stays(db_url: str, tmp_path: Path) -> None:
    assert run_cli(db_url, "archive", str(SEED)).exit_code == 0
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(
        SEED.read_text(encoding="utf-8").replace("完成10台电梯加装", "完成12台电梯加装"),
        encoding="utf-8",
    )
    result = run_cli(db_url, "archive", str(corrected))
    assert result.exit_code == 0, result.output
    assert "as 上海市杨浦区人民政府 2021Q1@2" in result.stdout
    versions = _versions(db_url)
    assert [v["version"] for v in versions] == [1, 2]
    assert [v["file_name"] for v in versions] == ["yangpu_2021Q1.txt", "corrected.txt"]
    first = json.loads(run_cli(db_url, "show", "2021Q1@1", "--format", "json").stdout)
    latest = json.loads(run_cli(db_url, "show", "2021Q1", "--format", "json").stdout)
    assert first["version"]["version"] == 1 and latest["version"]["version"] == 2
    lift = [t["text"] for s in latest["sections"] for i in s["items"] for t in i["tasks"]]
    assert "完成12台电梯加装。" in lift
    log_text = run_cli(db_url, "log", "2021Q1").stdout.splitlines()
    assert [line.split()[0] for line in log_text] == ["2021Q1@1", "2021Q1@2"]


def test_a_contradicting_period_is_refused_unless_forced(db_url: str) -> None:
    refused = run_cli(db_url, "archive", str(SEED), "--period", "2021Q2")
    assert refused.exit_code == 2
    assert refused.stderr == (
        f"Error: {SEED} is the notice for 2021Q1, not 2021Q2; drop --period, or add --force "
        "to file it under the period you gave\n"
    )
    assert _list(db_url)["series"] == []
    forced = run_cli(db_url, "archive", str(SEED), "--period", "2021Q2", "--force")
    assert forced.exit_code == 0
    assert "2021Q2@1" in forced.stdout
    # Filed under 2021Q2, but the archive keeps saying which period the document names.
    shown = json.loads(run_cli(db_url, "show", "2021Q2", "--format", "json").stdout)
    assert shown["period"] == "2021Q2"
    assert {
        "code": "period_overridden",
        "message": "filed under 2021Q2 with --force; the document names 2021Q1",
        "line": None,
    } in shown["warnings"]
    assert "period_overridden" in run_cli(db_url, "show", "2021Q2").stdout


def test_a_notice_without_period_needs_one(db_url: str) -> None:
    table = VARIANTS / "table_cells.txt"
    refused = run_cli(db_url, "archive", str(table), "--series", "白沙区")
    assert refused.exit_code == 2
    assert refused.stderr == (
        f"Error: {table} names no period; give it with --period, e.g. --period 2021Q1\n"
    )
    given = run_cli(db_url, "archive", str(table), "--series", "白沙区", "--period", "2022Q2")
    assert given.exit_code == 0, given.output
    assert "as 白沙区 2022Q2@1" in given.stdout


def test_series_override_and_prefixes(db_url: str) -> None:
    assert run_cli(db_url, "archive", str(SEED)).exit_code == 0
    other = VARIANTS / "numbering_dot.txt"
    assert run_cli(db_url, "archive", str(other)).exit_code == 0
    custom = run_cli(db_url, "archive", str(SEED), "--series", "杨浦区（测试）")
    assert "as 杨浦区（测试） 2021Q1@1" in custom.stdout
    ambiguous = run_cli(db_url, "show", "2021Q1", "--series", "上海市")
    assert ambiguous.exit_code == 2
    assert "matches" in ambiguous.stderr and "give more of the name" in ambiguous.stderr
    by_prefix = run_cli(db_url, "show", "2021Q1", "--series", "上海市杨浦", "--format", "json")
    assert json.loads(by_prefix.stdout)["version"]["series"] == SERIES
    unknown = run_cli(db_url, "show", "2021Q1", "--series", "不存在区")
    assert unknown.exit_code == 2
    assert unknown.stderr.startswith("Error: no series '不存在区' in the archive")
    # Without --series, a period held by a single series is enough.
    only = run_cli(db_url, "show", "2022Q2", "--format", "json")
    assert json.loads(only.stdout)["version"]["series"] == "上海市滨湖区人民政府"
    several = run_cli(db_url, "show", "2021Q1")
    assert several.exit_code == 2
    assert "pick one with --series" in several.stderr


def test_an_issuer_is_never_filed_under_a_longer_series_name(db_url: str) -> None:
    """A series named 上海市杨浦区人民政府办公室 merely starts with the issuer 上海市杨浦区人民政府:
    a notice of that issuer gets a series of its own, not that one."""
    longer = f"{SERIES}办公室"
    first = run_cli(db_url, "archive", str(SEED), "--series", longer)
    assert f"as {longer} 2021Q1@1" in first.stdout
    second = run_cli(db_url, "archive", str(SEED))
    assert second.exit_code == 0, second.output
    assert f"as {SERIES} 2021Q1@1" in second.stdout
    assert {s["key"] for s in _list(db_url)["series"]} == {SERIES, longer}  # type: ignore[index]


def test_many_files_one_bad_is_reported_and_skipped(db_url: str) -> None:
    bad = FIXTURES / "bad" / "image.png"
    files = [str(SEED), str(bad), str(VARIANTS / "clauses.txt")]
    result = run_cli(db_url, "archive", *files)
    assert result.exit_code == 1
    assert result.stderr.count("Error: ") == 1
    assert f"Error: {bad} is a PNG image, not a notice" in result.stderr
    assert result.stdout.splitlines()[-1] == "2 archived, 0 already archived, 1 failed"
    periods = {(s["key"], n["period"]) for s in _list(db_url)["series"] for n in s["notices"]}  # type: ignore[attr-defined,index]
    assert periods == {(SERIES, "2021Q1"), ("上海市青川区人民政府", "2022Q2")}


def test_strict_writes_nothing_when_one_file_is_bad(db_url: str) -> None:
    bad = FIXTURES / "bad" / "empty.txt"
    result = run_cli(db_url, "archive", "--strict", str(SEED), str(bad))
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("(--strict: nothing was archived)")
    assert _list(db_url)["series"] == []
    good = run_cli(db_url, "archive", "--strict", str(SEED), str(VARIANTS / "clauses.txt"))
    assert good.exit_code == 0, good.output
    assert good.stdout.splitlines()[-1] == "2 archived, 0 already archived, 0 failed"


def test_list_shows_where_the_archive_is_and_what_it_holds(db_url: str) -> None:
    run_cli(db_url, "archive", str(SEED), str(VARIANTS / "truncated.txt"))
    text = run_cli(db_url, "list")
    assert text.exit_code == 0
    first = text.stdout.splitlines()[0]
    assert first.startswith("archive: SQLite file ") or first.startswith("archive: PostgreSQL ")
    assert "TRUNCATED" in text.stdout
    data = _list(db_url)
    notice = data["series"][0]["notices"][0]  # type: ignore[index]
    assert set(notice) == {"period", "versions", "withdrawn_versions", "latest"}
    assert notice["latest"]["items"] == 29 and notice["latest"]["warnings"] == 4


def test_missing_versions_and_periods_are_clear_errors(db_url: str) -> None:
    empty = run_cli(db_url, "show", "2021Q1")
    assert empty.exit_code == 1
    assert empty.stderr.startswith("Error: the archive (") and "is empty" in empty.stderr
    run_cli(db_url, "archive", str(SEED))
    missing = run_cli(db_url, "show", "2021Q1@7")
    assert missing.exit_code == 1
    assert missing.stderr == (
        f"Error: {SERIES} has no 2021Q1@7 in the archive; see `qdiff list` and `qdiff log`\n"
    )
    nonsense = run_cli(db_url, "show", "last-quarter")
    assert nonsense.exit_code == 2
    assert "names no archived notice" in nonsense.stderr


def test_bad_files_are_refused_and_nothing_is_written(db_url: str, tmp_path: Path) -> None:
    bad = [*sorted((FIXTURES / "bad").iterdir()), FIXTURES / "formats" / "scanned.pdf"]
    for path in bad:
        result = run_cli(db_url, "archive", str(path))
        assert result.exit_code == 1, path
        assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, path
        assert "Traceback" not in result.output
    missing = run_cli(db_url, "archive", str(tmp_path / "nowhere.txt"))
    assert missing.exit_code == 2
    directory = run_cli(db_url, "archive", str(tmp_path))
    assert directory.exit_code == 2
    assert _list(db_url)["series"] == []


def test_the_default_archive_lives_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: object
) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("QDIFF_DATABASE_URL", raising=False)
    assert run_cli(None, "archive", str(SEED)).exit_code == 0
    listed = run_cli(None, "list")
    expected = tmp_path / "data" / "qdiff" / "archive.sqlite3"
    assert listed.stdout.splitlines()[0] == f"archive: SQLite file {expected}"
    assert expected.exists()
    monkeypatch.setenv("QDIFF_DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite3'}")
    from_env = run_cli(None, "list")
    assert from_env.stdout.splitlines()[0] == (
        f"archive: SQLite file {tmp_path / 'env.sqlite3'} (the file does not exist yet)"
    )
    assert not (tmp_path / "env.sqlite3").exists()  # listing creates nothing
