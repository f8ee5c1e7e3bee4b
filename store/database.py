"""Where the archive lives and how to connect: URL resolution, engines, the schema's state.

`--db URL`, else `QDIFF_DATABASE_URL`, else SQLite in the user's data directory. PostgreSQL
(`postgresql+psycopg://…`) is the shared archive for a team.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from qdiff.errors import StoreError, UsageError

ENVIRONMENT_VARIABLE = "QDIFF_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_MS = 60_000  # a second archiver waits for the first instead of failing


def default_database_path() -> Path:
    import platformdirs  # 30 ms to import; only needed when no database is named

    return Path(platformdirs.user_data_dir("qdiff", appauthor=False)) / "archive.sqlite3"


def resolve_url(option: str | None) -> URL:
    """The database URL from --db, else the environment, else the default SQLite file."""
    raw = option or os.environ.get(ENVIRONMENT_VARIABLE)
    if not raw:
        return URL.create("sqlite", database=str(default_database_path()))
    if "://" not in raw:
        # A bare path is an SQLite file: `--db archive.sqlite3`.
        return URL.create("sqlite", database=str(Path(raw).expanduser()))
    try:
        url = make_url(raw)
    except ArgumentError:
        raise UsageError(
            f"'{safe_url_text(raw)}' is not a database URL; use sqlite:///PATH or "
            "postgresql+psycopg://USER@HOST/DB"
        ) from None
    if url.drivername == "postgresql" or url.drivername == "postgres":
        url = url.set(drivername="postgresql+psycopg")  # the driver qdiff ships with
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise UsageError(
            f"qdiff archives in SQLite or PostgreSQL, not {url.get_backend_name()}; "
            "use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB"
        )
    return url


def safe_url_text(url: URL | str) -> str:
    """The URL as it may be printed: never with its password."""
    if isinstance(url, str):
        try:
            url = make_url(url)
        except ArgumentError:
            return "<unreadable URL>"
    return url.render_as_string(hide_password=True)


def describe_location(url: URL) -> str:
    if url.get_backend_name() == "sqlite":
        return f"SQLite file {url.database}"
    return f"PostgreSQL {safe_url_text(url)}"


def create_archive_engine(url: URL) -> Engine:
    """An engine with the settings the archive needs on each backend."""
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=False, connect_args={"connect_timeout": 10})
    except NoSuchModuleError:
        raise UsageError(f"no database driver for {safe_url_text(url)}") from None
    except ModuleNotFoundError as error:
        raise UsageError(
            f"the PostgreSQL driver is not installed ({error.name}); "
            "install it with: pip install 'qdiff[postgres]'"
        ) from None


def _sqlite_engine(url: URL) -> Engine:
    database = url.database
    if database and database != ":memory:":
        path = Path(database)
        if path.is_dir():
            raise UsageError(
                f"{path} is a directory; give the archive's file name, e.g. {path}/archive.sqlite3"
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"cannot create the folder for the archive {path}: {error.strerror}"
            ) from None
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
    """WAL lets readers run while one process writes; set once, it stays with the file."""
    if engine.url.get_backend_name() != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return
    # Outside any transaction: SQLite refuses to change the journal mode inside one.
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()
    finally:
        raw.close()


def as_utc(moment: datetime) -> datetime:
    """A timestamp read back from the archive, in UTC: SQLite hands back naive datetimes, and
    qdiff only ever writes UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
