"""The archive's database under careless users and busy teams (issue 15, items 8, 9, 10, 12 and
13's database part).

- Concurrent writers: eight archivers of one period, and three on a brand-new archive, never
  fail (SQLite's write lock, a PostgreSQL advisory lock per notice, atomic creation).
- Read-only archives: a folder and file made read-only, read-only storage (a read-only bind
  mount), a PostgreSQL user who may only read. Every reading command works and writes nothing
  (links are compared in memory); every writing command is one `Error:` line.
- Passwords: never printed, in any form a URL can carry one.
- Databases qdiff should leave alone: another program's, an empty file, a missing one, a
  damaged one. Nothing is created, converted or written.
- What the user caused is never an "internal error": a port that is not a number, a schema of a
  newer qdiff, damaged text in the archive.

Permissions are tested in real processes: as root, the child drops the capabilities that let
root ignore them (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER) from its bounding set before
it starts Python, so it is held to the file modes like any user; read-only storage is a bind
mount made read-only in a mount namespace of the child's own (`unshare -m`). Each case skips
with its reason where the system allows neither.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from qdiff.store.database import resolve_url
from qdiff.store.schema import head_revision
from tests.conftest import FIXTURES, SEED, _postgres_schema_url, postgres_base_url, run_cli

QUARTERS = [SEED, *sorted((FIXTURES / "quarters").glob("yangpu_202*.txt"))]
SECRET = "hunter2"  # in every password below; it must never reach the screen

READING = [
    ("list",), ("show", "2021Q1"), ("log", "2021Q1"), ("compare", "2021Q1", "2021Q2"),
    ("trace", "2021Q1:1.1"), ("audit", "list"), ("audit", "export"), ("report",),
    ("export",), ("verify",), ("db", "current"), ("db", "check"),
]  # fmt: skip
WRITING = [
    ("archive", str(FIXTURES / "variants" / "clauses.txt")),
    ("import", "-"),
    ("audit", "mark", "2021Q1:1.1", "--finding", "done"),
    ("db", "upgrade"),
]


# helpers ---------------------------------------------------------------------------------------


def _qdiff(
    db: str,
    *args: str,
    prefix: tuple[str, ...] = (),
    preexec: Callable[[], None] | None = None,
    stdin: str = "",
) -> subprocess.CompletedProcess[str]:
    """qdiff in a process of its own, as a user would start it."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "qdiff", "--db", db, *args],
        input=stdin, capture_output=True, text=True, timeout=180, preexec_fn=preexec, check=False,
    )  # fmt: skip


def _one_error_line(result: subprocess.CompletedProcess[str] | object, code: int = 1) -> str:
    """The single `Error:` line a refused command printed (its exit status checked)."""
    stderr = str(getattr(result, "stderr", ""))
    returncode = getattr(result, "returncode", getattr(result, "exit_code", None))
    assert returncode == code, (returncode, stderr)
    assert stderr.startswith("Error: ") and stderr.count("\n") == 1, stderr
    assert "internal error" not in stderr and "Traceback" not in stderr, stderr
    return stderr


def _digest(folder: Path) -> dict[str, str]:
    """Every file of a folder with the sha256 of its bytes: what 'left alone' means."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def _count(url: str, table: str) -> int:
    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as connection:
            return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        engine.dispose()


def _archive_quarters(url: str) -> None:
    """Five quarters archived; their links dropped, so a reader has to compare them itself."""
    result = run_cli(url, "archive", *map(str, QUARTERS))
    assert result.exit_code == 0, result.output
    engine = create_engine(resolve_url(url))
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM links"))
        connection.execute(text("DELETE FROM link_pairs"))
    engine.dispose()


def _checkpointed(path: Path) -> None:
    """Fold the WAL into the file, as the last writer's close does, and leave no -wal/-shm."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


_LIBC = ctypes.CDLL(None, use_errno=True)
_PR_CAPBSET_DROP = 24
_PERMISSION_OVERRIDES = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def _held_to_file_modes() -> None:
    """In the child, before Python starts: root loses the capabilities that ignore modes."""
    for capability in _PERMISSION_OVERRIDES:
        if _LIBC.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def as_a_user(tmp_path: Path) -> Callable[[], None] | None:
    """How to start a child that file modes bind (None when this user is bound already)."""
    probe = tmp_path / "probe"
    probe.mkdir()
    probe.chmod(0o555)
    try:
        preexec = _held_to_file_modes if os.geteuid() == 0 else None
        attempt = subprocess.run(
            [sys.executable, "-c", f"open({str(probe / 'x')!r}, 'w')"],
            capture_output=True, preexec_fn=preexec, check=False,
        )  # fmt: skip
    except OSError as error:
        pytest.skip(f"cannot start a process that file modes bind: {error}")
    finally:
        probe.chmod(0o755)
    if attempt.returncode == 0:
        pytest.skip("this system lets the test's processes write into a read-only folder")
    return preexec


def _read_only_mount(folder: Path) -> tuple[str, ...]:
    """A prefix that runs a command with `folder` bind-mounted read-only over itself, in a
    mount namespace of its own (nothing changes for anyone else)."""
    return (
        "unshare", "-m", "sh", "-c",
        'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"', str(folder),
    )  # fmt: skip


# 8: concurrent writers ----------------------------------------------------------------------------


def _reissues(folder: Path, count: int, tag: str) -> list[Path]:
    """`count` corrected re-issues of the 2021Q1 notice: one period, different versions."""
    seed = SEED.read_text(encoding="utf-8")
    copies = []
    for n in range(count):
        copy = folder / f"reissue-{tag}-{n}.txt"
        copy.write_text(f"{seed}\n(第{tag}-{n}次更正)\n", encoding="utf-8")
        copies.append(copy)
    return copies


def _race(url: str, files: list[Path]) -> list[subprocess.CompletedProcess[str]]:
    """One archiver per file, all started at once."""
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "qdiff", "--db", url, "archive", str(file)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for file in files
    ]
    results = []
    for process, file in zip(processes, files, strict=True):
        out, err = process.communicate(timeout=300)
        results.append(subprocess.CompletedProcess([str(file)], process.returncode, out, err))
    return results


@pytest.mark.long
def test_eight_writers_to_one_period_never_fail(
    db_url: str, tmp_path: Path, long_rounds: int
) -> None:
    assert run_cli(db_url, "db", "upgrade").exit_code == 0
    failures = []
    for round_ in range(long_rounds):
        results = _race(db_url, _reissues(tmp_path, 8, str(round_)))
        failures += [(r.args, r.stderr) for r in results if r.returncode != 0]
    assert failures == [], f"{len(failures)} of {8 * long_rounds} failed: {failures[:3]}"
    log = json.loads(run_cli(db_url, "log", "2021Q1", "--format", "json").stdout)
    assert sorted(v["version"] for v in log) == list(range(1, 8 * long_rounds + 1))
    assert run_cli(db_url, "verify").exit_code == 0


@pytest.mark.long
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_three_archivers_on_a_brand_new_archive_never_fail(
    backend: str, tmp_path: Path, long_rounds: int
) -> None:
    failures = []
    for round_ in range(long_rounds):
        files = _reissues(tmp_path, 3, str(round_))
        if backend == "sqlite":
            results = _race(f"sqlite:///{tmp_path / f'new-{round_}.sqlite3'}", files)
        else:
            schema = _postgres_schema_url()  # a new, empty schema each round
            results = _race(next(schema), files)
            schema.close()
        failures += [(r.args, r.stderr) for r in results if r.returncode != 0]
    assert failures == [], f"{len(failures)} of {3 * long_rounds} failed: {failures[:3]}"
    assert not list(tmp_path.glob(".*.new*")), "a temporary archive was left behind"


# 9: read-only archives ------------------------------------------------------------------------


@pytest.fixture
def archived(tmp_path: Path) -> Path:
    """An SQLite archive of five quarters without stored links, in a folder of its own."""
    folder = tmp_path / "archive"
    folder.mkdir()
    path = folder / "archive.sqlite3"
    _archive_quarters(f"sqlite:///{path}")
    _checkpointed(path)
    return path


LINKED = [("compare", "2021Q1", "2021Q2"), ("trace", "2021Q1:1.1"), ("audit", "list"), ("report",)]


def _expected_readings(path: Path, tmp_path: Path) -> dict[tuple[str, ...], str]:
    """What the commands that follow threads print on a writable copy (links stored there)."""
    copy = tmp_path / "writable-copy" / path.name
    copy.parent.mkdir()
    shutil.copy(path, copy)
    expected = {}
    for command in LINKED:
        result = _qdiff(str(copy), *command)
        assert result.returncode == 0, result.stderr
        expected[command] = result.stdout
    assert _count(f"sqlite:///{copy}", "link_pairs") > 0
    return expected


def _reads_and_refuses(
    path: Path,
    tmp_path: Path,
    run: Callable[..., subprocess.CompletedProcess[str]],
    opened: str,
) -> None:
    """Every reading command works and matches a writable copy's output; every writing command
    is one error line naming read-only; the folder's files are byte for byte as they were."""
    before = _digest(path.parent)
    expected = _expected_readings(path, tmp_path)
    for command in READING:
        result = run(*command)
        assert result.returncode == 0, (command, result.stderr)
        if command in expected:
            assert result.stdout == expected[command], command
    listed = run("list").stdout.splitlines()[0]
    assert listed == f"archive: SQLite file {path} ({opened})"
    for command in WRITING:
        message = _one_error_line(run(*command, stdin=""))
        assert "cannot be written (read-only)" in message, (command, message)
    assert _digest(path.parent) == before
    assert _count(f"sqlite:///{path}", "link_pairs") == 0  # compared in memory, never stored


def test_a_read_only_folder_is_read_as_an_immutable_snapshot(
    archived: Path, tmp_path: Path, as_a_user: Callable[[], None] | None
) -> None:
    archived.chmod(0o444)
    archived.parent.chmod(0o555)
    try:
        _reads_and_refuses(
            archived, tmp_path,
            lambda *args, stdin="": _qdiff(str(archived), *args, preexec=as_a_user, stdin=stdin),
            "read-only, as an immutable snapshot: SQLite cannot make its -wal and -shm files "
            f"in {archived.parent}",
        )  # fmt: skip
    finally:
        archived.parent.chmod(0o755)
        archived.chmod(0o644)


def test_a_read_only_file_in_a_writable_folder_is_opened_read_only(
    archived: Path, as_a_user: Callable[[], None] | None
) -> None:
    archived.chmod(0o444)
    try:
        before = archived.read_bytes()
        for command in READING:
            result = _qdiff(str(archived), *command, preexec=as_a_user)
            assert result.returncode == 0, (command, result.stderr)
        listed = _qdiff(str(archived), "list", preexec=as_a_user).stdout.splitlines()[0]
        assert listed.endswith("(read-only: the file is read-only for this user)")
        message = _one_error_line(_qdiff(str(archived), *WRITING[0], preexec=as_a_user))
        assert message == (
            f"Error: SQLite file {archived} cannot be written (read-only): the file is read-only "
            "for this user; check its permissions or use another --db\n"
        )
        assert archived.read_bytes() == before
    finally:
        archived.chmod(0o644)


def test_an_archive_on_read_only_storage_is_read_and_never_written(
    archived: Path, tmp_path: Path
) -> None:
    prefix = _read_only_mount(archived.parent)
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", f"open({str(archived.parent / 'x')!r}, 'w')"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if "Read-only file system" not in probe.stderr:
        pytest.skip(f"cannot bind-mount a folder read-only here: {probe.stderr.strip()[-200:]}")
    _reads_and_refuses(
        archived, tmp_path,
        lambda *args, stdin="": _qdiff(str(archived), *args, prefix=prefix, stdin=stdin),
        "read-only, as an immutable snapshot: SQLite cannot make its -wal and -shm files "
        f"in {archived.parent}",
    )  # fmt: skip
    message = _one_error_line(_qdiff(str(archived), *WRITING[0], prefix=prefix))
    assert "it is on read-only storage; copy it to writable storage or use another --db" in message


@pytest.fixture
def reader_url(pg_url: str) -> Iterator[tuple[str, str, str]]:
    """The owner's URL of an archive of five quarters (links dropped), and two URLs of a user who
    may only read it, whose password holds an @ and the secret: escaped, and as people type it."""
    _archive_quarters(pg_url)
    owner = make_url(pg_url)
    schema = str(owner.query["options"]).removeprefix("-csearch_path=")
    role = f"qdiff_reader_{uuid.uuid4().hex[:8]}"
    password = f"p@ss-{SECRET}"
    admin = create_engine(owner)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        connection.exec_driver_sql(f'GRANT USAGE ON SCHEMA "{schema}" TO {role}')
        connection.exec_driver_sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO {role}')
    where = f"{owner.host}:{owner.port or 5432}/{owner.database}?options=-csearch_path%3D{schema}"
    escaped = f"postgresql+psycopg://{role}:{quote(password, safe='')}@{where}"
    as_typed = f"postgresql+psycopg://{role}:{password}@{where}"
    try:
        yield pg_url, escaped, as_typed
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {role}")
            connection.exec_driver_sql(f"DROP ROLE {role}")
        admin.dispose()


def test_a_postgresql_user_who_may_only_read_reads_and_computes_links_in_memory(
    reader_url: tuple[str, str, str],
) -> None:
    owner, reader, _ = reader_url
    for command in READING:
        result = _qdiff(reader, *command)
        assert result.returncode == 0, (command, result.stderr)
        assert SECRET not in result.stdout + result.stderr
    report = _qdiff(reader, "report", "--format", "json")
    assert _count(owner, "link_pairs") == 0  # compared in memory, never stored
    assert report.stdout == _qdiff(owner, "report", "--format", "json").stdout
    assert _count(owner, "link_pairs") > 0  # the owner's report stored them
    for command in WRITING[:-1]:
        message = _one_error_line(_qdiff(reader, *command))
        assert message.endswith(
            "cannot be written (read-only): this user may not write its tables, or the server "
            "is a standby; ask for write access or use another --db\n"
        ), (command, message)
        assert SECRET not in message
    upgrade = _qdiff(reader, "db", "upgrade")  # nothing to do, so nothing to refuse
    assert upgrade.returncode == 0 and upgrade.stdout.endswith(f"at schema {head_revision()}\n")
    assert _count(owner, "versions") == len(QUARTERS)


# 10: passwords --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql+psycopg://u:{SECRET}@127.0.0.1:1/db",
        f"postgresql+psycopg://u@127.0.0.1:1/db?password={SECRET}",
        f"postgresql+psycopg://u@127.0.0.1:1/db?sslpassword={SECRET}&password={SECRET}",
        f"postgresql+psycopg://u:p@ss@{SECRET}@127.0.0.1:1/db",  # unescaped @ in the password
        f"postgresql+psycopg://u:p@ss/{SECRET}@127.0.0.1:1/db",  # and a slash
        f"postgresql+psycopg://u:{SECRET}@127.0.0.1:notaport/db",
        f"postgres://u:{SECRET}@127.0.0.1:1/db?password={SECRET}",
        f"mysql://u:{SECRET}@127.0.0.1/db?password={SECRET}",
        f"sqlite://u:{SECRET}@host/archive.sqlite3",
        f"u:{SECRET}@localhost/db",  # a server's URL without its scheme
        f"postgresql+psycopg://u:{SECRET}@[::1/db",
    ],
)
@pytest.mark.parametrize("command", [("list",), ("db", "upgrade"), ("archive", str(SEED))])
def test_passwords_are_never_printed(url: str, command: tuple[str, ...]) -> None:
    result = run_cli(url, *command)
    assert result.exit_code in (1, 2), result.output
    _one_error_line(result, result.exit_code)
    assert SECRET not in result.stdout + result.stderr, result.stderr


def test_a_password_with_an_unescaped_at_sign_reaches_the_server(
    reader_url: tuple[str, str, str],
) -> None:
    _, _, reader = reader_url
    listed = _qdiff(reader, "list")
    assert listed.returncode == 0, listed.stderr
    assert "p@ss" not in listed.stdout and ":***@127.0.0.1" in listed.stdout.splitlines()[0]


# 12: databases to leave alone -------------------------------------------------------------------


def _foreign_sqlite(path: Path, alembic_revision: str | None = None) -> None:
    """Another program's database: its own tables, a rollback journal, maybe its own alembic."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE payroll (id INTEGER PRIMARY KEY, amount INTEGER)")
    connection.execute("INSERT INTO payroll (amount) VALUES (1200)")
    if alembic_revision:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (alembic_revision,))
    connection.commit()
    connection.close()


@pytest.mark.parametrize("alembic_revision", [None, "ae1027a6acf"])
def test_another_programs_sqlite_file_is_left_byte_for_byte_alone(
    tmp_path: Path, alembic_revision: str | None
) -> None:
    path = tmp_path / "other-app.sqlite"
    _foreign_sqlite(path, alembic_revision)
    before = _digest(tmp_path)
    for command in [*READING, *WRITING]:
        message = _one_error_line(run_cli(str(path), *command, input=""))
        assert message.endswith("; point --db at a qdiff archive or at an empty database\n")
    assert _digest(tmp_path) == before  # no WAL switch, no -wal or -shm, no qdiff tables
    journal = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert journal == "delete"


def test_db_upgrade_refuses_another_programs_database(db_url: str) -> None:
    engine = create_engine(resolve_url(db_url))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE payroll (id INTEGER PRIMARY KEY)"))
    message = _one_error_line(run_cli(db_url, "db", "upgrade"))
    assert message == (
        "Error: this database holds tables but no qdiff schema version; point --db at a qdiff "
        "archive or at an empty database\n"
    )
    with engine.connect() as connection:
        tables = set(connection.dialect.get_table_names(connection))
    engine.dispose()
    assert tables == {"payroll"}


def test_an_empty_file_is_not_an_archive_and_stays_empty(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    path.touch()
    for command in [*READING, *WRITING]:
        message = _one_error_line(run_cli(str(path), *command, input=""))
        assert message == (
            f"Error: SQLite file {path} is an empty file (0 bytes), not an archive (qdiff never "
            "leaves one); restore it from an export or a backup, or remove it to start a new "
            "archive\n"
        ), command
    assert path.stat().st_size == 0 and [p.name for p in tmp_path.iterdir()] == [path.name]


def test_reading_commands_create_no_archive(db_url: str, tmp_path: Path) -> None:
    """A careful user who mistypes --db wants to hear that nothing is there, not to find a new
    empty archive made: `list` and `db current` say so (exit 0); the others fail (exit 1),
    `verify` and `export` included (a check or a backup of nothing must not pass)."""
    is_sqlite = db_url.startswith("sqlite")
    reason = "the file does not exist yet" if is_sqlite else "it holds no qdiff tables yet"
    for command in READING:
        result = run_cli(db_url, *command)
        if command in (("list",), ("db", "current")):
            assert result.exit_code == 0, result.output
            assert "no archive" in result.stdout or reason in result.stdout, result.stdout
        else:
            message = _one_error_line(result)
            assert "is empty" in message, (command, message)
    if is_sqlite:
        assert not Path(make_url(db_url).database or "").exists()
        assert list(tmp_path.iterdir()) == []
    else:
        engine = create_engine(db_url)
        with engine.connect() as connection:
            assert connection.dialect.get_table_names(connection) == []
        engine.dispose()


def _damage_table_root(path: Path, table: str) -> None:
    """Overwrite the b-tree header of a table's root page: a damaged page, as a disk or a bad
    copy leaves one."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 16)


def test_a_damaged_archive_takes_no_new_version(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    assert run_cli(str(path), "archive", *map(str, QUARTERS[:2])).exit_code == 0
    _checkpointed(path)
    _damage_table_root(path, "links")
    before = _digest(tmp_path)
    result = _qdiff(str(path), "archive", str(QUARTERS[2]))
    message = _one_error_line(result)
    assert message.startswith(f"Error: SQLite file {path} is damaged (")
    assert message.endswith("nothing was written: restore it from an export or a backup\n")
    assert result.stdout == ""
    assert _digest(tmp_path) == before


def test_a_batch_with_one_damaged_file_archives_the_rest_and_says_so(db_url: str) -> None:
    """As the README promises: a bad file is reported and skipped (exit 1); the good ones are
    archived, each said on stdout, and the summary counts the failure."""
    damaged = FIXTURES / "bad" / "encrypted.pdf"
    result = run_cli(db_url, "archive", str(QUARTERS[0]), str(damaged), str(QUARTERS[1]))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {damaged} is a password-protected PDF")
    assert result.stdout.splitlines()[-1] == "2 archived, 0 already archived, 1 failed"
    assert _count(db_url, "versions") == 2


# 13: the user's doing, not an internal error ----------------------------------------------------


def test_a_port_that_is_not_a_number_is_a_usage_error() -> None:
    result = run_cli("postgresql+psycopg://u@db.example:notaport/archive", "list")
    assert _one_error_line(result, 2) == (
        "Error: 'postgresql+psycopg://u@db.example:notaport/archive' is not a database URL (its "
        "port 'notaport' is not a number); use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB\n"
    )


def test_a_newer_qdiffs_schema_is_named_so_by_every_db_command(db_url: str) -> None:
    assert run_cli(db_url, "archive", str(SEED)).exit_code == 0
    engine = create_engine(resolve_url(db_url))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    newer = (
        "Error: the archive was written by a newer qdiff (schema 9999_future, this qdiff knows "
        f"up to {head_revision()}); upgrade qdiff to use it\n"
    )
    assert _one_error_line(run_cli(db_url, "db", "upgrade")) == newer
    assert _one_error_line(run_cli(db_url, "db", "check")) == newer
    current = run_cli(db_url, "db", "current")
    assert current.exit_code == 0
    assert current.stdout.strip().endswith(
        f"schema 9999_future; this qdiff: {head_revision()} (written by a newer qdiff; upgrade "
        "qdiff to use it)"
    )
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_future"
        )
    engine.dispose()


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE items SET text = x'e4b8ffff' WHERE id = 3",  # bytes where text belongs
        "UPDATE items SET text = CAST(x'e4b8ffff' AS TEXT) WHERE id = 3",  # text, not UTF-8
        "UPDATE versions SET text = x'e4b8ffff' WHERE id = 1",
    ],
)
def test_damaged_text_in_the_archive_is_one_line(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "archive.sqlite3"
    assert run_cli(str(path), "archive", *map(str, QUARTERS[:2])).exit_code == 0
    connection = sqlite3.connect(path)
    connection.execute(damage)
    connection.commit()
    connection.close()
    readers = [("show", "2021Q1"), ("compare", "2021Q1", "2021Q2"), ("export",), ("report",)]
    if "versions" in damage:
        readers.append(("verify",))  # which re-hashes every version's text
    for command in readers:
        message = _one_error_line(_qdiff(str(path), *command))
        assert "damaged text" in message, (command, message)


def test_a_sql_ascii_postgresql_database_is_spoken_to_in_utf8() -> None:
    """A server database created with ENCODING 'SQL_ASCII' hands text back as bytes unless the
    client says UTF-8; qdiff always does, and bytes that are not UTF-8 there are damage."""
    base = postgres_base_url()
    if base is None:
        pytest.skip("needs QDIFF_TEST_DATABASE_URL (a PostgreSQL server)")
    name = f"qdiff_ascii_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(
            f"CREATE DATABASE {name} ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' "
            "TEMPLATE template0"
        )
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        archived = _qdiff(url, "archive", *map(str, QUARTERS[:2]))
        assert archived.returncode == 0, archived.stderr
        assert _qdiff(url, "report").returncode == 0
        engine = create_engine(url, connect_args={"client_encoding": "utf8"})
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE items SET text = convert_from('\\xe4b8ff'::bytea, 'SQL_ASCII') WHERE id = 3"
            )
        engine.dispose()
        message = _one_error_line(_qdiff(url, "show", "2021Q1"))
        assert "holds damaged text (bytes that are not UTF-8)" in message
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
        admin.dispose()
