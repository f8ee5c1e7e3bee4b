"""The archive's integrity (issue 15, items 4, 6 and 7).

4. The stored parse is covered by no hash: a forged export line (task text, stage, lead unit)
   is refused by `qdiff import`, and a task or unit row edited with SQL fails `qdiff verify`,
   naming the version and the part.
6. What PostgreSQL refuses (NUL characters, names over their column's length) is refused on
   SQLite too, with one line naming the file and the field, before anything is written.
7. Times are UTC with +00:00 in the archive, in exports and on screen, whatever the PostgreSQL
   session's time zone (PGTZ), and a naive time of an old SQLite export is UTC.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from qdiff.limits import MAX_NAME
from qdiff.parser_version import PARSER_VERSION
from qdiff.parsing import parse_notice
from qdiff.parsing.consistency import READING_CODES
from qdiff.serialize import notice_to_dict
from qdiff.store.database import resolve_url
from tests.conftest import FIXTURES, SEED, VARIANTS, _postgres_schema_url, run_cli

ROOT = Path(__file__).resolve().parent.parent.parent
SERIES = "上海市杨浦区人民政府"


# --- helpers -----------------------------------------------------------------------------------


def _export(db_url: str) -> list[dict[str, Any]]:
    result = run_cli(db_url, "export")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _write(records: list[dict[str, Any]], path: Path) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def _seed_export(tmp_path: Path) -> list[dict[str, Any]]:
    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    assert run_cli(source, "archive", str(SEED)).exit_code == 0
    return _export(source)


def _tasks(parse: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for section in parse["sections"]:
        for item in section["items"]:
            yield from item["tasks"]


def _items(parse: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for section in parse["sections"]:
        yield from section["items"]


def _is_empty(db_url: str) -> bool:
    return json.loads(run_cli(db_url, "list", "--format", "json").stdout)["series"] == []


def _one_error_line(stderr: str) -> str:
    assert stderr.startswith("Error: ") and stderr.count("\n") == 1, stderr
    return stderr.strip()


def _sql(db_url: str, statement: str, **values: object) -> None:
    engine = create_engine(resolve_url(db_url))
    with engine.begin() as connection:
        assert connection.execute(text(statement), values).rowcount >= 1
    engine.dispose()


# --- 4. the stored parse: import -----------------------------------------------------------------


def _forge_task_text(parse: dict[str, Any]) -> str:
    task = next(_tasks(parse))
    task["text"] = task["text"].replace("。", "并全部完成。", 1)
    return f"task {task['ref']}: its text"


def _forge_stage(parse: dict[str, Any]) -> str:
    task = next(t for t in _tasks(parse) if t["stage"] == "advance")
    task["stage"] = "complete"
    return (
        f"task {task['ref']} stage: stored 'complete', "
        "this qdiff's parse of the text gives 'advance'"
    )


def _forge_lead(parse: dict[str, Any]) -> str:
    item = next(i for i in _items(parse) if i["lead"] and i["support"])
    item["lead"], item["support"] = item["support"], item["lead"]  # both are in the clause
    return f"item {item['ref']} lead: stored"


def _forge_foreign_lead(parse: dict[str, Any]) -> str:
    item = next(i for i in _items(parse) if i["lead"])
    item["lead"] = ["区伪造局"]
    return f"item {item['ref']}: the lead unit '区伪造局' is not in its clause"


def _forge_quantity(parse: dict[str, Any]) -> str:
    task = next(t for t in _tasks(parse) if t["quantities"])
    task["quantities"][0]["value"] *= 10
    return f"task {task['ref']} quantities: stored"


@pytest.mark.parametrize(
    "forge",
    [_forge_task_text, _forge_stage, _forge_lead, _forge_foreign_lead, _forge_quantity],
    ids=["task text", "stage", "lead swapped with support", "foreign lead", "quantity"],
)
def test_an_export_with_a_forged_parse_imports_nothing(
    db_url: str, tmp_path: Path, forge: Callable[[dict[str, Any]], str]
) -> None:
    records = _seed_export(tmp_path)
    expected = forge(records[1]["parse"])
    forged = _write(records, tmp_path / "forged.jsonl")
    result = run_cli(db_url, "import", str(forged))
    assert result.exit_code == 1
    line = _one_error_line(result.stderr)
    assert line.startswith(
        f"Error: {forged} line 2 ({SERIES} 2021Q1@1): the stored parse does not match its text: "
    )
    assert expected in line
    assert line.endswith("the export is damaged or was edited")
    assert _is_empty(db_url)


def test_a_forged_parse_of_another_parser_version_is_checked_against_the_text(
    db_url: str, tmp_path: Path
) -> None:
    """Another version's rules may differ, so its parse is not re-derived; it must still be a
    parse of the text: a task's text where its offsets say, agencies in their clause."""
    records = _seed_export(tmp_path)
    records[1]["parser_version"] = "qdiff 0.0.9"
    honest = _write(records, tmp_path / "older.jsonl")
    _forge_task_text(records[1]["parse"])
    forged = _write(records, tmp_path / "forged.jsonl")
    result = run_cli(db_url, "import", str(forged))
    assert result.exit_code == 1
    assert "is not the text at" in _one_error_line(result.stderr)
    assert _is_empty(db_url)
    imported = run_cli(db_url, "import", str(honest))
    assert imported.exit_code == 0, imported.output
    assert run_cli(db_url, "verify").exit_code == 0


# --- 4. the stored parse: verify ---------------------------------------------------------------


_EDITS = {
    "task stage": (
        "UPDATE tasks SET stage = 'complete' WHERE ref = '1.1.3'",
        "task 1.1.3 stage: stored 'complete', this qdiff's parse of the text gives 'advance'",
    ),
    "task text": (
        "UPDATE tasks SET text = '全面完成。' WHERE ref = '1.1.3'",
        "task 1.1.3: its text '全面完成。' is not the text at",
    ),
    "agency name": (
        "UPDATE units SET name = '区审计局' WHERE name = '区疫情防控工作领导小组办公室'",
        "item 1.1: the lead unit '区审计局' is not in its clause",
    ),
    "item heading": (
        "UPDATE items SET heading = '外防输入' WHERE ref = '1.1'",
        "item 1.1 heading: stored '外防输入', this qdiff's parse of the text gives",
    ),
    "quantity": (
        "UPDATE quantities SET value = value * 10 WHERE ordinal = 1",
        "quantities: stored",
    ),
}


@pytest.mark.parametrize("edit", list(_EDITS), ids=list(_EDITS))
def test_a_parse_row_edited_with_sql_fails_verify(db_url: str, edit: str) -> None:
    assert run_cli(db_url, "archive", str(SEED)).exit_code == 0
    assert run_cli(db_url, "verify").exit_code == 0
    statement, expected = _EDITS[edit]
    _sql(db_url, statement)
    result = run_cli(db_url, "verify")
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{SERIES} 2021Q1@1: ")
    assert expected in result.stdout
    assert result.stdout.count("\n") == 1
    assert result.stderr == "Error: 1 problem(s) in 1 versions\n"


def test_verify_checks_a_parse_of_another_parser_version_against_its_text(db_url: str) -> None:
    assert run_cli(db_url, "archive", str(SEED)).exit_code == 0
    _sql(db_url, "UPDATE versions SET parser_version = 'qdiff 0.0.9'")
    assert run_cli(db_url, "verify").exit_code == 0  # not flagged for being older
    _sql(db_url, "UPDATE tasks SET start_offset = start_offset + 1 WHERE ref = '2.1.1'")
    result = run_cli(db_url, "verify")
    assert result.exit_code == 1
    assert "task 2.1.1: its text" in result.stdout


def test_honest_archives_of_every_kind_verify_and_move(db_url: str, tmp_path: Path) -> None:
    """No false alarms: reading warnings, a --force period, a truncated copy, a task table,
    Word, PDF and web pages in several encodings all verify and import."""
    formats, encodings = FIXTURES / "formats", FIXTURES / "encodings"
    files = [
        SEED, formats / "yangpu_2021Q1.docx", formats / "yangpu_2021Q1.pdf",
        formats / "yangpu_2021Q1.gbk.html", encodings / "yangpu_2021Q1.utf16.txt",
        encodings / "yangpu_2021Q1.fullwidth-gb18030-crlf.txt",
        VARIANTS / "saved_page.html", VARIANTS / "truncated.txt", VARIANTS / "clauses.txt",
        VARIANTS / "mirror_junk.txt", VARIANTS / "damaged_metadata.txt",
    ]  # fmt: skip
    for file in files:
        assert run_cli(db_url, "archive", str(file)).exit_code == 0, file
    forced = run_cli(
        db_url, "archive", str(FIXTURES / "quarters" / "yangpu_2021Q2.txt"),
        "--period", "2021Q3", "--force",
    )  # fmt: skip
    assert forced.exit_code == 0, forced.output
    table = run_cli(
        db_url, "archive", str(VARIANTS / "table_cells.txt"), "--period", "2024Q2", "--series", "表"
    )
    assert table.exit_code == 0, table.output
    checked = run_cli(db_url, "verify")
    assert checked.exit_code == 0, checked.output
    exported = tmp_path / "all.jsonl"
    assert run_cli(db_url, "export", "-o", str(exported)).exit_code == 0
    target = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    imported = run_cli(target, "import", str(exported))
    assert imported.exit_code == 0, imported.output
    assert run_cli(target, "verify").exit_code == 0


def test_the_reader_emits_only_the_warnings_a_reparse_keeps() -> None:
    """A re-parse keeps the stored warnings the reader gave (the text alone cannot give them);
    any other code is the parser's and must come back from the text."""
    emitted = {
        code
        for path in (ROOT / "qdiff" / "reading").rglob("*.py")
        for code in re.findall(r"WarningCode\.([A-Z_]+)", path.read_text(encoding="utf-8"))
    }
    assert emitted
    assert {f"{code.name}" for code in READING_CODES} >= emitted


# --- 6. what PostgreSQL refuses is refused everywhere ------------------------------------------


def _with_long_agency(seed_text: str) -> str:
    return re.sub(r"(责任单位[:：])", r"\g<1>区" + "长" * 210 + "委、", seed_text, count=1)


def test_a_notice_with_a_nul_character_is_refused(db_url: str, tmp_path: Path) -> None:
    data = SEED.read_bytes()
    at = data.index("持续做好".encode())
    damaged = tmp_path / "nul.txt"
    damaged.write_bytes(data[:at] + b"\x00" + data[at:])
    result = run_cli(db_url, "archive", str(damaged))
    assert result.exit_code == 1
    line = _one_error_line(result.stderr)
    assert line.startswith(f"Error: {damaged}: the text holds a NUL character (line 31)")
    assert _is_empty(db_url)


def test_an_agency_name_over_the_column_is_refused(db_url: str, tmp_path: Path) -> None:
    notice = tmp_path / "long_agency.txt"
    notice.write_text(_with_long_agency(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    result = run_cli(db_url, "archive", str(notice))
    assert result.exit_code == 1
    line = _one_error_line(result.stderr)
    assert line.startswith(f"Error: {notice}: the lead unit of item 1.1 is 212 characters long")
    assert line.endswith(f"the archive keeps at most {MAX_NAME}")
    strict = run_cli(db_url, "archive", "--strict", str(SEED), str(notice))
    assert strict.exit_code == 1 and "lead unit of item 1.1" in _one_error_line(strict.stderr)
    assert _is_empty(db_url)


@pytest.mark.parametrize("option", ["--by", "--series"])
def test_a_name_over_the_column_is_refused(db_url: str, option: str) -> None:
    result = run_cli(db_url, "archive", option, "名" * 201, str(SEED))
    assert result.exit_code == 2
    line = _one_error_line(result.stderr)
    assert "is 201 characters long" in line and line.endswith("the archive keeps at most 200")
    assert _is_empty(db_url)


def test_an_auditor_name_over_the_column_is_refused(db_url: str) -> None:
    assert run_cli(db_url, "archive", str(SEED)).exit_code == 0
    result = run_cli(
        db_url, "audit", "mark", "2021Q1:1.1.1", "--finding", "done", "--by", "查" * 201
    )
    assert result.exit_code == 2
    assert "is 201 characters long" in _one_error_line(result.stderr)
    exported = run_cli(db_url, "audit", "export", "--format", "json")
    assert json.loads(exported.stdout) == []


def _record_of(data: bytes, name: str, **fields: object) -> dict[str, Any]:
    """A version line as `qdiff export` writes it, for a file of this qdiff's parse."""
    text_ = data.decode("utf-8")
    notice = parse_notice(text_)
    record = {
        "kind": "version", "series": SERIES, "period": "2021Q1", "number": 1,
        "sha256": hashlib.sha256(data).hexdigest(),
        "source_base64": base64.b64encode(data).decode("ascii"),
        "text_sha256": hashlib.sha256(text_.encode("utf-8")).hexdigest(), "text": text_,
        "file_name": name, "format": "text", "encoding": "utf-8",
        "parser_version": PARSER_VERSION, "archived_by": "tester",
        "archived_at": "2024-01-02T03:04:05+00:00", "parse": notice_to_dict(notice),
    }  # fmt: skip
    record.update(fields)
    return record


def _export_of(*records: dict[str, Any]) -> list[dict[str, Any]]:
    findings = sum(1 for r in records if r["kind"] == "finding")
    return [
        {"kind": "qdiff-archive", "format": 1, "qdiff": "0.1.0",
         "exported_at": "2024-01-02T03:04:05+00:00"},
        *records,
        {"kind": "end", "versions": len(records) - findings, "findings": findings},
    ]  # fmt: skip


_SEED_TEXT = SEED.read_text(encoding="utf-8")
_IMPORT_CASES = {
    "long agency": (
        _record_of(_with_long_agency(_SEED_TEXT).encode(), "long.txt"),
        "the lead unit of item 1.1 is 212 characters long",
    ),
    "NUL in the text": (
        _record_of(_SEED_TEXT.replace("持续做好", "\x00持续做好", 1).encode(), "nul.txt"),
        "the text holds a NUL character (line 31)",
    ),
    "long archived_by": (
        _record_of(SEED.read_bytes(), "seed.txt", archived_by="名" * 201),
        "the field archived_by is 201 characters long",
    ),
    "long series": (
        _record_of(SEED.read_bytes(), "seed.txt", series="名" * 201),
        "the field series is 201 characters long",
    ),
    "NUL in a file name": (
        _record_of(SEED.read_bytes(), "seed\x00.txt"),
        "the field file_name holds a NUL character",
    ),
}


@pytest.mark.parametrize("case", list(_IMPORT_CASES), ids=list(_IMPORT_CASES))
def test_an_export_postgresql_would_refuse_imports_nothing(
    db_url: str, tmp_path: Path, case: str
) -> None:
    record, expected = _IMPORT_CASES[case]
    honest = _record_of(
        (FIXTURES / "quarters" / "yangpu_2021Q2.txt").read_bytes(), "q2.txt", period="2021Q2"
    )
    export = _write(_export_of(honest, record), tmp_path / "export.jsonl")
    result = run_cli(db_url, "import", str(export))
    assert result.exit_code == 1
    line = _one_error_line(result.stderr)
    assert line.startswith(f"Error: {export} line 3 (")
    assert expected in line
    assert _is_empty(db_url)


def test_a_finding_postgresql_would_refuse_imports_nothing(db_url: str, tmp_path: Path) -> None:
    finding = {
        "kind": "finding", "series": SERIES, "period": "2021Q1", "ref": "1.1.1", "text": "…",
        "finding": "done", "evidence": "https://example.org/\x00", "note": None,
        "recorded_by": "tester", "recorded_at": "2024-01-02T03:04:05+00:00",
    }  # fmt: skip
    export = _write(
        _export_of(_record_of(SEED.read_bytes(), "seed.txt"), finding), tmp_path / "e.jsonl"
    )
    result = run_cli(db_url, "import", str(export))
    assert result.exit_code == 1
    line = _one_error_line(result.stderr)
    assert line == (
        f"Error: {export} line 3 (a finding): the field evidence holds a NUL character, "
        "which archives cannot store"
    )
    assert _is_empty(db_url)


def test_the_limits_are_the_columns() -> None:
    from qdiff import limits
    from qdiff.store import models

    columns = {
        limits.MAX_NAME: [models.SeriesRow.key, models.UnitRow.name, models.VersionRow.issuer,
                          models.VersionRow.archived_by, models.FindingRow.recorded_by],
        limits.MAX_DOC_NUMBER: [models.VersionRow.doc_number],
        limits.MAX_FILE_NAME: [models.VersionRow.file_name],
        limits.MAX_FORMAT: [models.VersionRow.format],
        limits.MAX_ENCODING: [models.VersionRow.encoding],
        limits.MAX_PARSER_VERSION: [models.VersionRow.parser_version],
        limits.MAX_LABEL: [models.SectionRow.label, models.ItemRow.label],
        limits.MAX_ITEM_REF: [models.ItemRow.ref],
        limits.MAX_TASK_REF: [models.TaskRow.ref, models.FindingRow.ref],
        limits.MAX_QUANTITY_UNIT: [models.QuantityRow.unit],
        limits.MAX_QUANTITY_TEXT: [models.QuantityRow.text],
    }  # fmt: skip
    for limit, attributes in columns.items():
        for attribute in attributes:
            column_type = attribute.property.columns[0].type
            column_type = getattr(column_type, "impl_instance", column_type)  # a TypeDecorator
            assert column_type.length == limit, attribute


# --- 7. times are UTC, whatever the session's time zone ----------------------------------------


@pytest.fixture
def second_pg_url() -> Iterator[str]:
    yield from _postgres_schema_url()


def _in_shanghai(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    """qdiff in a process of its own whose PostgreSQL sessions run in UTC+8."""
    return subprocess.run(
        [sys.executable, "-m", "qdiff", "--db", db_url, *args],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PGTZ": "Asia/Shanghai", "TZ": "Asia/Shanghai"},
    )  # fmt: skip


def _times(lines: list[dict[str, Any]]) -> list[str]:
    return [
        r.get("archived_at") or r["recorded_at"]
        for r in lines
        if r["kind"] in ("version", "finding")
    ]


def test_times_stay_utc_through_postgresql_in_another_time_zone(
    pg_url: str, second_pg_url: str, tmp_path: Path
) -> None:
    before = datetime.now(UTC)
    archived = _in_shanghai(pg_url, "archive", str(SEED))
    assert archived.returncode == 0, archived.stderr
    marked = _in_shanghai(pg_url, "audit", "mark", "2021Q1:1.1.1", "--finding", "done")
    assert marked.returncode == 0, marked.stderr
    exported = _in_shanghai(pg_url, "export")
    first = [json.loads(line) for line in exported.stdout.splitlines()]
    times = _times(first)
    assert len(times) == 2 and all(t.endswith("+00:00") for t in times), times
    for moment in times:  # the true time, not one moved by eight hours
        assert before - timedelta(seconds=1) <= datetime.fromisoformat(moment) <= datetime.now(UTC)
    logged = json.loads(_in_shanghai(pg_url, "log", "2021Q1", "--format", "json").stdout)
    assert logged[0]["archived_at"] == times[0]
    assert "UTC by" in _in_shanghai(pg_url, "log", "2021Q1").stdout

    sqlite = f"sqlite:///{tmp_path / 'middle.sqlite3'}"
    assert run_cli(sqlite, "import", str(_write(first, tmp_path / "first.jsonl"))).exit_code == 0
    middle = _export(sqlite)
    assert _times(middle) == times
    back = _in_shanghai(second_pg_url, "import", str(_write(middle, tmp_path / "middle.jsonl")))
    assert back.returncode == 0, back.stderr
    last = [json.loads(line) for line in _in_shanghai(second_pg_url, "export").stdout.splitlines()]
    assert _times(last) == times


def test_a_naive_time_of_an_old_sqlite_export_is_utc(db_url: str, tmp_path: Path) -> None:
    records = _export_of(
        _record_of(SEED.read_bytes(), "seed.txt", archived_at="2024-01-02T03:04:05.123456")
    )
    old = _write(records, tmp_path / "old.jsonl")
    if db_url.startswith("sqlite"):
        assert run_cli(db_url, "import", str(old)).exit_code == 0
        logged = run_cli(db_url, "log", "2021Q1", "--format", "json").stdout
    else:
        assert _in_shanghai(db_url, "import", str(old)).returncode == 0
        logged = _in_shanghai(db_url, "log", "2021Q1", "--format", "json").stdout
    assert json.loads(logged)[0]["archived_at"] == "2024-01-02T03:04:05.123456+00:00"
