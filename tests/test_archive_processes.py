"""The archive under real processes: one transaction per archive (a failure midway leaves
nothing), concurrent archivers of the same file make one version, and SIGKILL in the middle of
a write leaves a database that verifies and holds all of the batch or none of it."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from qdiff.store.database import resolve_url
from tests.conftest import FIXTURES, SEED, VARIANTS, run_cli, run_process

# Long enough a write that a kill lands inside it (bulk inserts made 25 variants too quick).
BATCH = [
    *sorted(p for p in VARIANTS.glob("*.txt") if p.name != "table_cells.txt"),
    *sorted(FIXTURES.glob("dev*/*.txt")),
    *sorted(FIXTURES.glob("quarters/*.txt")),
]


def _count(db_url: str, table: str) -> int:
    engine = create_engine(resolve_url(db_url))
    try:
        with engine.connect() as connection:
            return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        engine.dispose()


def _install_failing_trigger(db_url: str) -> None:
    """Make the database itself fail when the first task row is written: midway through."""
    engine = create_engine(resolve_url(db_url))
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text(
                "CREATE TRIGGER fail_tasks BEFORE INSERT ON tasks "
                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
            ))  # fmt: skip
        else:
            connection.execute(text(
                "CREATE FUNCTION fail_tasks() RETURNS trigger AS "
                "$$ BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql"
            ))  # fmt: skip
            connection.execute(text(
                "CREATE TRIGGER fail_tasks BEFORE INSERT ON tasks "
                "FOR EACH ROW EXECUTE FUNCTION fail_tasks()"
            ))  # fmt: skip
    engine.dispose()


def test_a_failure_midway_leaves_nothing_behind(db_url: str) -> None:
    assert run_cli(db_url, "db", "upgrade").exit_code == 0  # creates the schema
    _install_failing_trigger(db_url)
    result = run_process(db_url, "archive", str(SEED))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "injected failure" in result.stderr
    assert "Traceback" not in result.stderr
    for table in ("series", "notices", "versions", "sections", "items", "tasks", "units"):
        assert _count(db_url, table) == 0, table


def test_concurrent_archivers_of_one_file_make_one_version(db_url: str) -> None:
    assert run_cli(db_url, "db", "upgrade").exit_code == 0  # the schema exists before the race
    command = [sys.executable, "-m", "qdiff", "--db", db_url, "archive", str(SEED)]
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0, 0, 0, 0], outputs
    stdout = [out for out, _ in outputs]
    assert sum(line.startswith("archived ") for line in stdout) == 1
    assert sum(line.startswith("unchanged ") for line in stdout) == 3
    assert _count(db_url, "versions") == 1
    assert _count(db_url, "items") == 29


def test_concurrent_archivers_of_different_versions_number_them_apart(
    db_url: str, tmp_path: Path
) -> None:
    assert run_cli(db_url, "db", "upgrade").exit_code == 0
    copies = []
    for n in range(3):
        copy = tmp_path / f"reissue{n}.txt"
        copy.write_text(
            SEED.read_text(encoding="utf-8") + f"\n(第{n + 1}次更正)\n", encoding="utf-8"
        )
        copies.append(copy)
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "qdiff", "--db", db_url, "archive", str(copy)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for copy in copies
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    log = json.loads(run_cli(db_url, "log", "2021Q1", "--format", "json").stdout)
    assert sorted(v["version"] for v in log) == [1, 2, 3]


def test_sigkill_in_the_middle_of_a_write_leaves_all_or_nothing(db_url: str) -> None:
    assert run_cli(db_url, "db", "upgrade").exit_code == 0
    rng = random.Random(20210226)
    killed_midway = 0
    for attempt in range(6):
        process = subprocess.Popen(
            [sys.executable, "-m", "qdiff", "--db", db_url, "archive", "--strict", "--lang", "en",
             *map(str, BATCH), str(SEED)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert process.stderr is not None
        line = process.stderr.readline()  # "writing N notice(s) in one transaction"
        assert line.startswith("writing "), line
        time.sleep(rng.uniform(0.0, 0.15))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        verified = run_cli(db_url, "verify")
        assert verified.exit_code == 0, verified.output
        versions = _count(db_url, "versions")
        assert versions in (0, len(BATCH) + 1), f"attempt {attempt}: {versions} versions"
        if process.returncode == -signal.SIGKILL and versions == 0:
            killed_midway += 1
        if versions:
            break  # the batch went in before the kill; the archive now holds it all
    assert killed_midway >= 1, "no kill landed inside the write transaction; raise the batch size"
    if os.environ.get("CI"):
        print(f"SIGKILL landed midway {killed_midway} time(s)")


@pytest.mark.parametrize(
    "url, message",
    [
        ("mysql://root@127.0.0.1/test", "qdiff archives in SQLite or PostgreSQL, not mysql"),
        ("postgresql+psycopg://nobody@127.0.0.1:1/none", "cannot connect to PostgreSQL"),
        ("postgresql+psycopg://nobody:s3cret@127.0.0.1:1/none", "cannot connect to PostgreSQL"),
    ],
)
@pytest.mark.parametrize(
    "command", [("list",), ("db", "current"), ("db", "upgrade"), ("db", "check")]
)
def test_a_wrong_url_is_one_clear_line_without_the_password(
    url: str, message: str, command: tuple[str, ...]
) -> None:
    result = run_process(url, *command, timeout=60)
    assert result.returncode in (1, 2)
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr
    assert "s3cret" not in result.stderr + result.stdout


def test_a_corrupt_database_file_is_refused_untouched(tmp_path: Path) -> None:
    corrupt = tmp_path / "archive.sqlite3"
    junk = bytes(random.Random(1).randrange(256) for _ in range(8192))
    corrupt.write_bytes(junk)
    result = run_process(f"sqlite:///{corrupt}", "archive", str(SEED))
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: SQLite file {corrupt} is not an SQLite database or is corrupt; "
        "point --db at a qdiff archive\n"
    )
    assert corrupt.read_bytes() == junk


def test_an_unwritable_database_location_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "archive.sqlite3"
    result = run_process(f"sqlite:///{target}", "archive", str(SEED))
    assert result.returncode == 2
    assert result.stderr == (
        f"Error: the archive's folder {blocker} is a file, not a folder; check the archive's "
        "path (--db or $QDIFF_DATABASE_URL), or create the folder first\n"
    )
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_read_only_database_refuses_writes_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    url = f"sqlite:///{path}"
    assert run_cli(url, "archive", str(SEED)).exit_code == 0
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    result = run_process(read_only, "archive", str(VARIANTS / "clauses.txt"))
    assert result.returncode == 1
    assert "cannot be written (read-only)" in result.stderr
    assert result.stderr.count("\n") == 1
    assert _count(url, "versions") == 1
    assert run_process(read_only, "show", "2021Q1").returncode == 0


def test_bad_input_files_leave_the_database_as_it_was(db_url: str) -> None:
    assert run_cli(db_url, "archive", str(SEED)).exit_code == 0
    before = _count(db_url, "versions")
    for path in sorted((FIXTURES / "bad").iterdir()):
        result = run_process(db_url, "archive", str(path))
        assert result.returncode == 1, path
        assert result.stderr.startswith("Error: ") and "Traceback" not in result.stderr
    assert _count(db_url, "versions") == before
