"""Database failures turned into one clear line each (StoreError), never a driver traceback."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, IntegrityError, InterfaceError, OperationalError

from qdiff.errors import ArchiveDamagedError, ArchiveReadOnlyError, NotAnArchiveError, StoreError
from qdiff.store.database import describe_location, redact

# PostgreSQL's SQLSTATEs of a transaction the server turned back that may succeed if run again:
# serialization_failure, deadlock_detected.
_TRANSIENT_STATES = frozenset({"40001", "40P01"})


@contextmanager
def database_errors(url: URL) -> Iterator[None]:
    """Translate what the database driver raises into a StoreError that says what to do."""
    try:
        yield
    except IntegrityError:
        raise  # a lost race with a concurrent writer: callers retry or explain it themselves
    except (OperationalError, InterfaceError, DatabaseError, sqlite3.DatabaseError) as error:
        raise store_error(url, error) from error


def is_unique_violation(error: IntegrityError) -> bool:
    """Whether a write failed on a unique key (another writer got there first), rather than on
    a value the row should never have held."""
    reason = str(error.orig).lower()
    return "unique" in reason or "duplicate key" in reason


def is_transient(error: BaseException | None) -> bool:
    """Whether the server turned a transaction back only because of a concurrent one (a
    deadlock it broke, a serialization failure): running it again may succeed."""
    original = getattr(error, "orig", None)
    return getattr(original, "sqlstate", None) in _TRANSIENT_STATES


def store_error(url: URL, error: Exception) -> StoreError:
    """One StoreError, of the type that says most, explaining a database failure in a line."""
    where = describe_location(url)
    detail = str(getattr(error, "orig", error) or error).strip().splitlines()
    reason = redact(detail[0], url) if detail else type(error).__name__
    lowered = reason.lower()
    if "could not decode to utf-8" in lowered or "invalid byte sequence" in lowered:
        return ArchiveDamagedError(
            f"{where} holds damaged text (bytes that are not UTF-8); restore the archive from "
            "an export or a backup"
        )
    if url.get_backend_name() == "sqlite":
        if "malformed" in lowered:
            return ArchiveDamagedError(
                f"{where} is damaged (the database disk image is malformed); restore it from "
                "an export or a backup"
            )
        if "file is not a database" in lowered:
            return NotAnArchiveError(f"{where} is not an SQLite database or is corrupt")
        if "readonly" in lowered or "read-only" in lowered:
            return ArchiveReadOnlyError(
                f"{where} cannot be written (read-only); check its permissions"
            )
        if "unable to open" in lowered:
            return StoreError(f"{where} cannot be opened; check the path and its permissions")
        if "locked" in lowered:
            return StoreError(
                f"{where} is locked by another process; try again when it has finished"
            )
        if "disk" in lowered and "full" in lowered:
            return StoreError(f"{where}: the disk is full; free space and try again")
    else:
        if (
            "connection refused" in lowered
            or "could not connect" in lowered
            or "timeout" in lowered
        ):
            return StoreError(
                f"cannot connect to {where} ({reason}); check that the server runs and the URL"
            )
        if "does not exist" in lowered and "database" in lowered:
            return StoreError(f"{where}: {reason}; create the database first or fix the URL")
        if "authentication" in lowered or "password" in lowered:
            return StoreError(f"cannot log in to {where} ({reason}); check the user and password")
        if "permission denied" in lowered:
            return ArchiveReadOnlyError(
                f"{where} cannot be written by this user ({reason}); ask for write access"
            )
        if "read-only transaction" in lowered:
            return ArchiveReadOnlyError(f"{where} cannot be written here ({reason})")
    return StoreError(f"{where}: {reason}")
