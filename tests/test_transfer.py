"""Export and import: the whole archive moves between databases with every hash verified, and
`qdiff verify` catches bytes or text that changed behind qdiff's back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from qdiff.store.database import resolve_url
from tests.conftest import FIXTURES, SEED, VARIANTS, run_cli


def _fill(db_url: str, tmp_path: Path) -> None:
    assert run_cli(db_url, "archive", str(SEED), str(VARIANTS / "clauses.txt")).exit_code == 0
    assert run_cli(db_url, "archive", str(VARIANTS / "truncated.txt")).exit_code == 0
    # A second version of 2021Q1: the clean copy (full-width punctuation, another text).
    clean = FIXTURES / "encodings" / "yangpu_2021Q1.fullwidth-gb18030-crlf.txt"
    assert "2021Q1@2" in run_cli(db_url, "archive", str(clean)).stdout
    # The same notice as a Word file: the same text as 2021Q1@1, another source of it.
    docx = FIXTURES / "formats" / "yangpu_2021Q1.docx"
    assert "(recorded as another source)" in run_cli(db_url, "archive", str(docx)).stdout


def _views(db_url: str) -> list[str]:
    """Everything a user can see of the archive, minus where it lives."""
    listing = json.loads(run_cli(db_url, "list", "--format", "json").stdout)
    listing.pop("archive")
    views = [json.dumps(listing, ensure_ascii=False, sort_keys=True)]
    for series in listing["series"]:
        for notice in series["notices"]:
            for number in range(1, notice["versions"] + 1):
                shown = run_cli(
                    db_url, "show", f"{notice['period']}@{number}", "--series", series["key"],
                    "--format", "json",
                )  # fmt: skip
                assert shown.exit_code == 0, shown.output
                views.append(shown.stdout)
    return views


def test_round_trip_sqlite_to_postgresql_and_back(tmp_path: Path, pg_url: str) -> None:
    first = f"sqlite:///{tmp_path / 'first.sqlite3'}"
    last = f"sqlite:///{tmp_path / 'last.sqlite3'}"
    _fill(first, tmp_path)
    exported = tmp_path / "archive.jsonl"
    assert run_cli(first, "export", "-o", str(exported)).exit_code == 0
    imported = run_cli(pg_url, "import", str(exported))
    assert imported.exit_code == 0, imported.output
    assert imported.stdout.startswith("imported 4 versions (0 already present) into PostgreSQL")
    again = tmp_path / "again.jsonl"
    assert run_cli(pg_url, "export", "-o", str(again)).exit_code == 0
    assert run_cli(last, "import", str(again)).exit_code == 0
    assert _views(first) == _views(pg_url) == _views(last)
    for url in (first, pg_url, last):
        verified = run_cli(url, "verify")
        assert verified.exit_code == 0
        assert verified.stdout.startswith("verified 4 versions")


def test_export_lines_carry_bytes_and_hashes(db_url: str, tmp_path: Path) -> None:
    _fill(db_url, tmp_path)
    lines = run_cli(db_url, "export").stdout.splitlines()
    header, *versions, end = (json.loads(line) for line in lines)
    assert header["kind"] == "qdiff-archive" and header["format"] == 2
    assert end == {"kind": "end", "versions": 4, "findings": 0, "sources": 1, "withdrawals": 0}
    versions = [record for record in versions if record["kind"] == "version"]
    assert {(v["period"], v["number"]) for v in versions} >= {("2021Q1", 1), ("2021Q1", 2)}
    assert all(len(v["sha256"]) == 64 and v["source_base64"] for v in versions)


def test_importing_twice_adds_nothing(db_url: str, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    _fill(source, tmp_path)
    exported = tmp_path / "archive.jsonl"
    run_cli(source, "export", "-o", str(exported))
    assert run_cli(db_url, "import", str(exported)).exit_code == 0
    second = run_cli(db_url, "import", str(exported))
    assert second.exit_code == 0
    assert second.stdout.startswith("imported 0 versions (4 already present)")


def test_a_damaged_export_imports_nothing(db_url: str, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    _fill(source, tmp_path)
    lines = run_cli(source, "export").stdout.splitlines()
    record = json.loads(lines[2])
    record["text"] = record["text"].replace("完成", "未完成", 1)
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_text(
        "\n".join([lines[0], lines[1], json.dumps(record, ensure_ascii=False), *lines[3:]]) + "\n",
        encoding="utf-8",
    )
    result = run_cli(db_url, "import", str(damaged))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {damaged} line 3 (")
    assert result.stderr.strip().endswith(
        "the text does not match its sha256; the export is damaged"
    )
    cut = tmp_path / "cut.jsonl"
    cut.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    result = run_cli(db_url, "import", str(cut))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {cut} stops before its end line; the export was cut off\n"
    not_export = run_cli(db_url, "import", str(SEED))
    assert not_export.exit_code == 1
    assert "is not JSON; is this a qdiff export?" in not_export.stderr
    listing = json.loads(run_cli(db_url, "list", "--format", "json").stdout)
    assert listing["series"] == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda record: record.update(format=None),
        lambda record: record.pop("format"),
        lambda record: record.update(archived_by=""),
        lambda record: record.update(encoding=7),
    ],
    ids=["null format", "no format", "empty archived_by", "encoding not text"],
)
def test_a_version_record_with_a_damaged_field_is_one_line(
    db_url: str, tmp_path: Path, damage: Callable[[dict[str, object]], object]
) -> None:
    """Caught while reading the export, not by the database midway (which read as a race)."""
    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    _fill(source, tmp_path)
    lines = run_cli(source, "export").stdout.splitlines()
    record = json.loads(lines[2])
    damage(record)
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_text(
        "\n".join([lines[0], lines[1], json.dumps(record, ensure_ascii=False), *lines[3:]]) + "\n",
        encoding="utf-8",
    )
    result = run_cli(db_url, "import", str(damaged))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {damaged} line 3 (")
    assert result.stderr.strip().endswith("the stored parse or its metadata is damaged")
    assert result.stderr.count("\n") == 1
    assert json.loads(run_cli(db_url, "list", "--format", "json").stdout)["series"] == []


def test_a_conflicting_version_imports_nothing(db_url: str, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    _fill(source, tmp_path)
    exported = tmp_path / "archive.jsonl"
    run_cli(source, "export", "-o", str(exported))
    # The target already has a different 2021Q1@1 (the Word copy archived first).
    assert (
        run_cli(db_url, "archive", str(FIXTURES / "formats" / "yangpu_2021Q1.docx")).exit_code == 0
    )
    result = run_cli(db_url, "import", str(exported))
    assert result.exit_code == 1
    assert (
        "上海市杨浦区人民政府 2021Q1@1 is already archived here with different bytes"
        in result.stderr
    )
    listing = json.loads(run_cli(db_url, "list", "--format", "json").stdout)
    assert [n["period"] for s in listing["series"] for n in s["notices"]] == ["2021Q1"]


def test_verify_catches_changed_bytes_and_text(db_url: str, tmp_path: Path) -> None:
    _fill(db_url, tmp_path)
    assert run_cli(db_url, "verify").exit_code == 0
    engine = create_engine(resolve_url(db_url))
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE versions SET text = replace(text, '10台', '20台') WHERE number = 1")
        )
    engine.dispose()
    result = run_cli(db_url, "verify")
    assert result.exit_code == 1
    assert (
        "上海市杨浦区人民政府 2021Q1@1: the decoded text does not match its sha256" in result.stdout
    )
    assert result.stderr == "Error: 1 problem(s) in 4 versions\n"
