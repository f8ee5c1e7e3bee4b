"""Where the archive lives and how to connect: URL resolution, engines, how each is opened.

`--db URL`, else `QDIFF_DATABASE_URL`, else SQLite in the user's data directory. PostgreSQL
(`postgresql+psycopg://…`) is the shared archive for a team.

A command opens the archive for what it does (`Access`): writing commands may create it; reading
commands never create, change or convert it (an SQLite file is opened with `mode=ro`, or as
`immutable` where its folder cannot be written; a PostgreSQL session is read-only). No folder is
ever made but the default location's: an archive named in a folder that does not exist is a
mistyped path, never a new archive (`check_archive_folder`).
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from qdiff.errors import (
    ArchiveDamagedError,
    ArchiveFolderMissingError,
    ArchiveMissingError,
    ArchiveReadOnlyError,
    StoreError,
    UsageError,
)

ENVIRONMENT_VARIABLE = "QDIFF_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_MS = 60_000  # a second archiver waits for the first instead of failing
HIDDEN = "***"
# Query parameters whose values are never printed: libpq's password and sslpassword, and any
# name that says it is a secret.
_SECRET_PARAMETER = re.compile(r"pass|pwd|secret|token", re.IGNORECASE)
# `USER:PASSWORD@HOST/…` given without a scheme would be taken for an SQLite file name.
_SCHEMELESS_SERVER = re.compile(r"^[^/@:]+:[^/@]*@[^/]")
_URL_EXAMPLES = "use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB"


class Access(StrEnum):
    """What a command does with the archive, which decides how it is opened."""

    # archive, import, db upgrade (which may create a new archive: `Archive.open(create=True)`),
    # audit mark, withdraw and restore (which write only into an archive that exists)
    WRITE = "write"
    READ = "read"  # list, show, verify, export, …: opened read-only, never created
    CACHE = "cache"  # trace, audit list, report: read, and store links where it can be written


def default_database_path() -> Path:
    import platformdirs  # 30 ms to import; only needed when no database is named

    return Path(platformdirs.user_data_dir("qdiff", appauthor=False)) / "archive.sqlite3"


def check_archive_folder(path: Path) -> None:
    """Refuse an SQLite archive whose folder does not exist, unless it is the default location
    (whose folder a writing command makes on a fresh machine): a folder missing from a path the
    user gave is a typing mistake, and must not become folders and an empty archive."""
    folder = path.parent
    if folder.is_dir() or path.absolute() == default_database_path().absolute():
        return
    raise ArchiveFolderMissingError(str(folder), is_file=folder.exists())


def make_archive_folder(path: Path) -> None:
    """The folder a new SQLite archive goes in: the default location's is made when missing,
    any other must exist (`check_archive_folder`)."""
    check_archive_folder(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"cannot create the folder for the archive {path}: {error.strerror}"
        ) from None


def resolve_url(option: str | None) -> URL:
    """The database URL from --db, else the environment, else the default SQLite file."""
    raw = option or os.environ.get(ENVIRONMENT_VARIABLE)
    if not raw:
        return URL.create("sqlite", database=str(default_database_path()))
    if "://" not in raw:
        if _SCHEMELESS_SERVER.match(raw):
            raise UsageError(
                f"'{mask_url_text(raw)}' looks like a server's address without a scheme; "
                "write postgresql+psycopg://USER@HOST/DB"
            )
        # A bare path is an SQLite file: `--db archive.sqlite3`.
        return URL.create("sqlite", database=str(Path(raw).expanduser()))
    try:
        url = make_url(_escape_userinfo(raw))
        url.port  # noqa: B018 - a port that is not a number fails here, not at connect time
    except (ArgumentError, ValueError):
        raise UsageError(
            f"'{mask_url_text(raw)}' is not a database URL{_bad_port(raw)}; {_URL_EXAMPLES}"
        ) from None
    if url.drivername == "postgresql" or url.drivername == "postgres":
        url = url.set(drivername="postgresql+psycopg")  # the driver qdiff ships with
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise UsageError(f"qdiff archives in SQLite or PostgreSQL, not {backend}; {_URL_EXAMPLES}")
    if backend == "sqlite" and (url.username or url.password or url.host or url.port):
        raise UsageError(
            f"'{safe_url_text(url)}' names a server, but an SQLite archive is a file; "
            "use sqlite:///PATH"
        )
    return url


def _split_authority(raw: str) -> tuple[str, str, str] | None:
    """`scheme://`, the user information (before the last @ of the authority) and the rest,
    or None when the URL names no user. The password may hold @ and / unescaped; the query
    (after ?) is never part of it."""
    scheme_end = raw.find("://")
    if scheme_end < 0:
        return None
    start = scheme_end + 3
    head_end = raw.find("?", start)
    head = raw[start:] if head_end < 0 else raw[start:head_end]
    at = head.rfind("@")
    if at < 0:
        return None
    return raw[:start], head[:at], raw[start + at :]


def _escape_userinfo(raw: str) -> str:
    """The URL with its user name and password percent-escaped, as libpq reads them: the
    authority ends at its last @, so `u:p@ss@host` is the password `p@ss` on `host`."""
    parts = _split_authority(raw)
    if parts is None:
        return raw
    scheme, userinfo, rest = parts
    user, colon, password = userinfo.partition(":")
    escaped = quote(unquote(user), safe="")
    if colon:
        escaped += ":" + quote(unquote(password), safe="")
    return scheme + escaped + rest


def _bad_port(raw: str) -> str:
    parts = _split_authority(raw)
    host = parts[2][1:] if parts else raw.partition("://")[2]
    port = re.match(r"[^/:?]*:([^/?]*)", host)
    if port and not port.group(1).isdigit():
        return f" (its port '{port.group(1)}' is not a number)"
    return ""


def mask_url_text(raw: str) -> str:
    """A URL as the user typed it, with every password hidden: the one after `user:` (however
    many @ it holds) and those in the query (`?password=…`)."""
    text = raw
    schemeless = "://" not in raw  # `user:password@host/db`, the scheme forgotten
    parts = _split_authority("://" + raw if schemeless else raw)
    if parts is not None:
        scheme, userinfo, rest = parts
        user, colon, _ = userinfo.partition(":")
        text = ("" if schemeless else scheme) + user + (f":{HIDDEN}" if colon else "") + rest
    base, question, query = text.partition("?")
    if not question:
        return text
    pairs = []
    for pair in query.split("&"):
        name, equals, _value = pair.partition("=")
        pairs.append(f"{name}={HIDDEN}" if equals and _SECRET_PARAMETER.search(name) else pair)
    return f"{base}?{'&'.join(pairs)}"


def safe_url_text(url: URL | str) -> str:
    """The URL as it may be printed: never with its password, in the URL or in its query."""
    if isinstance(url, str):
        return mask_url_text(url)
    query = {
        name: HIDDEN if _SECRET_PARAMETER.search(name) else value
        for name, value in url.query.items()
    }
    return url.set(query=query).render_as_string(hide_password=True)


def secrets_of(url: URL) -> list[str]:
    """The secret values a URL carries, to be blotted out of any message that echoes them."""
    found = [url.password] if url.password else []
    for name, value in url.query.items():
        if _SECRET_PARAMETER.search(name):
            found.extend([value] if isinstance(value, str) else value)
    return [str(secret) for secret in found if secret]


def redact(message: str, url: URL) -> str:
    """A driver's message with the URL's secrets hidden, should it echo them."""
    for secret in sorted(secrets_of(url), key=len, reverse=True):
        message = message.replace(secret, HIDDEN).replace(quote(secret, safe=""), HIDDEN)
    return message


def describe_location(url: URL) -> str:
    if url.get_backend_name() == "sqlite":
        target = sqlite_target(url)
        return f"SQLite file {target.path if target.path is not None else ':memory:'}"
    return f"PostgreSQL {safe_url_text(url)}"


# SQLite: which file, and how it is opened ------------------------------------------------------


@dataclass(frozen=True)
class SqliteTarget:
    """The file an SQLite URL names (None: in memory) and what the URL itself asks for."""

    path: Path | None
    parameters: dict[str, str]  # the URL's own SQLite URI parameters (vfs, cache, …)
    read_only: bool  # the URL asks for it: mode=ro or immutable=1

    def sidecar(self, suffix: str) -> Path:
        assert self.path is not None
        return self.path.with_name(self.path.name + suffix)


def sqlite_target(url: URL) -> SqliteTarget:
    """The file of a plain `sqlite:///PATH` or of a URI (`sqlite:///file:PATH?mode=ro&uri=true`)."""
    database = url.database or ""
    query = {key: str(value) for key, value in url.query.items()}
    is_uri = query.pop("uri", "").lower() in ("true", "1")
    if not is_uri:
        if database in ("", ":memory:"):
            return SqliteTarget(None, {}, False)
        return SqliteTarget(Path(database), {}, False)
    name = database.removeprefix("file:")
    if name.startswith("//"):  # file://host/path: the host is empty or localhost
        name = "/" + name[2:].partition("/")[2]
    for key in ("timeout", "isolation_level", "detect_types", "check_same_thread"):
        query.pop(key, None)
    mode = query.get("mode", "")
    if mode == "memory" or name in ("", ":memory:"):
        return SqliteTarget(None, query, False)
    read_only = mode == "ro" or query.get("immutable", "").lower() in ("1", "true")
    return SqliteTarget(Path(unquote(name)), query, read_only)


def sqlite_write_problem(path: Path) -> str | None:
    """Why this process cannot write the SQLite file at `path` (or create it), or None.

    SQLite writes beside the file (its -wal and -shm files), so the folder must be writable too.
    """
    folder = path.parent
    if _on_read_only_storage(path if path.exists() else folder):
        return "it is on read-only storage"
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only for this user"
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return f"its folder {folder} is read-only for this user"
    return None


def read_only_message(where: str, problem: str | None, verb: str = "written") -> str:
    """Why the archive cannot be written, and what would let it be."""
    if problem == "it is on read-only storage":
        remedy = "copy it to writable storage"
    elif problem == "the URL opens it read-only":
        remedy = "drop mode=ro (or immutable) from the URL"
    else:
        remedy = "check its permissions"
    return f"{where} cannot be {verb} (read-only): {problem}; {remedy}"


def _on_read_only_storage(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _nonempty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


@dataclass
class OpenedDatabase:
    """An engine, whether this process may write through it, and how it was opened when that
    matters to the reader (`immutable` SQLite)."""

    engine: Engine
    writable: bool
    note: str | None = None


def open_engine(url: URL, access: Access) -> OpenedDatabase:
    """An engine opened for `access`. An SQLite file must exist (a writing command creates it
    first, `qdiff.store.schema.create_sqlite_archive`); a reading one opens it read-only."""
    try:
        if url.get_backend_name() == "sqlite":
            return _open_sqlite(url, access)
        return _open_postgresql(url, access)
    except NoSuchModuleError:
        raise UsageError(f"no database driver for {safe_url_text(url)}") from None
    except ModuleNotFoundError as error:
        raise UsageError(
            f"the PostgreSQL driver is not installed ({error.name}); "
            "install it with: pip install 'qdiff[postgres]'"
        ) from None


def create_archive_engine(url: URL) -> Engine:
    """An engine that can write, with the settings the archive needs on each backend."""
    return open_engine(url, Access.WRITE).engine


def _open_postgresql(url: URL, access: Access) -> OpenedDatabase:
    arguments: dict[str, Any] = {"connect_timeout": 10}
    if "client_encoding" not in url.query:
        # qdiff speaks UTF-8 to every database; a SQL_ASCII one would hand back undecoded bytes.
        arguments["client_encoding"] = "utf8"
    engine = create_engine(url, pool_pre_ping=False, connect_args=arguments)
    if access is Access.READ:

        @event.listens_for(engine, "connect")
        def _read_only(dbapi_connection: Any, _record: Any) -> None:
            # Every transaction of a reading command is read-only: the server refuses writes.
            cursor = dbapi_connection.cursor()
            cursor.execute("SET default_transaction_read_only = on")
            cursor.close()
            dbapi_connection.commit()

    # Whether a CACHE command may store links is asked of the server once the schema is known
    # (`Archive.open`); a READ command never writes.
    return OpenedDatabase(engine, writable=access is not Access.READ)


def _open_sqlite(url: URL, access: Access) -> OpenedDatabase:
    target = sqlite_target(url)
    if target.path is None:
        return OpenedDatabase(_sqlite_engine(url, {}), writable=True)
    path = target.path
    where = describe_location(url)
    if path.is_dir():
        raise UsageError(
            f"{path} is a directory; give the archive's file name, e.g. {path}/archive.sqlite3"
        )
    if not path.exists():
        check_archive_folder(path)
        # A reading command never creates the archive (a writing one has created it by now).
        raise ArchiveMissingError(where, "the file does not exist yet")
    if path.stat().st_size == 0:
        raise ArchiveDamagedError(
            f"{where} is an empty file (0 bytes), not an archive (qdiff never leaves one); "
            "restore it from an export or a backup, or remove it to start a new archive"
        )
    problem = "the URL opens it read-only" if target.read_only else sqlite_write_problem(path)
    writable = problem is None and access is not Access.READ
    if access is Access.WRITE and not writable:
        raise ArchiveReadOnlyError(read_only_message(where, problem))
    if writable:
        return OpenedDatabase(_sqlite_file_engine(target, {"mode": "rw"}), writable=True)
    return _open_sqlite_read_only(target, where, problem)


def _open_sqlite_read_only(target: SqliteTarget, where: str, problem: str | None) -> OpenedDatabase:
    """`mode=ro`: SQLite reads, and keeps its locks, but never writes the file. Where the
    folder cannot be written SQLite cannot make the WAL index a WAL file needs; then, if no
    write is unfinished (no -wal or -journal file with content), the file is read as
    `immutable`: a snapshot without locks, which is safe because no qdiff run by this user can
    be writing it."""
    engine = _sqlite_file_engine(target, {"mode": "ro"})
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        # Said only when it could not be written anyway: a writing command would fail.
        return OpenedDatabase(engine, False, None if problem is None else f"read-only: {problem}")
    except OperationalError as error:
        engine.dispose()
        reason = str(error.orig).lower()
        if "readonly" not in reason and "unable to open" not in reason:
            raise
    for suffix in ("-wal", "-journal"):
        if _nonempty(target.sidecar(suffix)):
            raise StoreError(
                f"{where} has an unfinished write (its {suffix} file) that SQLite cannot "
                f"finish while {problem or 'the folder is read-only'}; open it once with write "
                "access, or copy the folder to writable storage"
            )
    assert target.path is not None
    note = (
        f"read-only, as an immutable snapshot: SQLite cannot make its -wal and -shm files in "
        f"{target.path.parent}"
    )
    return OpenedDatabase(_sqlite_file_engine(target, {"immutable": "1"}), False, note)


def new_sqlite_engine(path: Path) -> Engine:
    """An engine that creates the SQLite file at `path` (only for a new archive's making)."""
    return _sqlite_file_engine(SqliteTarget(path, {}, False), {"mode": "rwc"})


def _sqlite_file_engine(target: SqliteTarget, mode: dict[str, str]) -> Engine:
    assert target.path is not None
    parameters = {**target.parameters, **mode}
    if "immutable" in mode:
        parameters["mode"] = "ro"
    uri = URL.create(
        "sqlite",
        database="file:" + quote(str(target.path.absolute())),
        query={**parameters, "uri": "true"},
    )
    return _sqlite_engine(uri, parameters)


def _sqlite_engine(url: URL, parameters: dict[str, str]) -> Engine:
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, open transactions, so BEGIN IMMEDIATE can be used.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock when they begin, not halfway through: two archivers then
        # queue instead of deadlocking on a lock upgrade.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def enable_wal(engine: Engine) -> None:
    """WAL lets readers run while one process writes; set once, it stays with the file. Only
    for an archive of qdiff's that this process writes: a foreign file is never converted."""
    if engine.url.get_backend_name() != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return
    # Outside any transaction: SQLite refuses to change the journal mode inside one.
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        mode = cursor.execute("PRAGMA journal_mode").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()
    finally:
        raw.close()


# What a PostgreSQL user must be allowed to do: to archive (and record findings), and to store
# the links that `trace`, `audit` and `report` compare.
ARCHIVE_PRIVILEGES = {"series": "INSERT", "notices": "INSERT", "versions": "INSERT"}
LINK_PRIVILEGES = {"link_pairs": "INSERT,DELETE", "links": "INSERT,DELETE"}


def may_write(engine: Engine, privileges: dict[str, str]) -> bool:
    """Whether this session may write these tables on PostgreSQL: not on a standby, in a
    read-only session, or as a user without the privileges. (SQLite: decided on opening.)"""
    if engine.dialect.name != "postgresql":
        return True
    checks = " AND ".join(
        f"has_table_privilege('{table}', '{privilege}')"
        for table, wanted in privileges.items()
        for privilege in wanted.split(",")
    )
    query = (
        "SELECT NOT pg_is_in_recovery() AND current_setting('transaction_read_only') = 'off' "
        f"AND {checks}"
    )
    with engine.connect() as connection:
        return bool(connection.exec_driver_sql(query).scalar())


def as_utc(moment: datetime) -> datetime:
    """A timestamp read back from the archive, in UTC with its offset: SQLite hands back naive
    datetimes (and qdiff only ever writes UTC), PostgreSQL aware ones in the session's time
    zone (PGTZ=Asia/Shanghai gives +08:00), which are converted."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
