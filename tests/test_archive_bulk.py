"""Archiving writes a version's rows in bulk, one INSERT per table with the ids that children
name reserved beforehand (store/rows.py). Whatever the batching, `qdiff show --format json`
must give back exactly what `qdiff parse --format json` reads from the file (plus the "version"
key): on SQLite always, and on PostgreSQL when QDIFF_TEST_DATABASE_URL is set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, SEED, VARIANTS, run_cli

NOTICES = [SEED, *sorted((FIXTURES / "quarters").glob("*.txt"))]


def _parsed(path: Path) -> dict[str, Any]:
    result = run_cli(None, "parse", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def _shown(db_url: str, name: str, series: str) -> dict[str, Any]:
    result = run_cli(db_url, "show", name, "--series", series, "--format", "json")
    assert result.exit_code == 0, result.output
    shown: dict[str, Any] = json.loads(result.stdout)
    shown.pop("version")
    return shown


def _assert_reads_back(db_url: str, path: Path, name: str | None = None) -> None:
    parsed = _parsed(path)
    assert parsed["sections"], f"{path.name} parses to no sections: a weak check"
    assert _shown(db_url, name or parsed["period"], parsed["issuer"]) == parsed, path.name


@pytest.mark.parametrize("strict", [False, True], ids=["a-transaction-each", "one-transaction"])
def test_every_fixture_notice_reads_back_as_parsed(db_url: str, strict: bool) -> None:
    """Several versions in one process, each in its transaction or (--strict) all in one, so
    later versions' ids follow the rows the earlier ones reserved."""
    result = run_cli(db_url, "archive", *(["--strict"] if strict else []), *map(str, NOTICES))
    assert result.exit_code == 0, result.output
    for path in NOTICES:
        _assert_reads_back(db_url, path)


def test_later_archives_and_reissues_read_back_as_parsed(db_url: str, tmp_path: Path) -> None:
    """Rows written by earlier commands are already there: new ids must not collide with them,
    and version 1 must still read back unchanged once version 2 of the period is written."""
    for path in NOTICES:
        assert run_cli(db_url, "archive", str(path)).exit_code == 0
    reissue = tmp_path / "reissue.txt"
    reissue.write_text(
        SEED.read_text(encoding="utf-8").replace("完成10台电梯加装", "完成12台电梯加装"),
        encoding="utf-8",
    )
    result = run_cli(db_url, "archive", str(reissue))
    assert result.exit_code == 0, result.output
    assert "2021Q1@2" in result.stdout
    _assert_reads_back(db_url, SEED, "2021Q1@1")
    _assert_reads_back(db_url, reissue, "2021Q1@2")
    for path in NOTICES[1:]:
        _assert_reads_back(db_url, path)


def test_damaged_and_unusual_notices_read_back_as_parsed(db_url: str) -> None:
    """The variants carry what the real notices rarely do at once: warnings, truncation,
    quantities, clauses, half-year and year plans, other numbering, several series."""
    files = [
        path
        for path in sorted(VARIANTS.glob("*.txt"))
        if (parsed := _parsed(path))["issuer"] and parsed["period"]
    ]
    assert len(files) >= 20
    result = run_cli(db_url, "archive", *map(str, files))
    assert result.exit_code == 0, result.output
    for path in files:
        _assert_reads_back(db_url, path)
