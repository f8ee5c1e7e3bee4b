"""The archive's repository API: archive a parsed notice as a new version, find and load versions.

Versions are never overwritten or deleted by archiving: the same bytes again are a no-op that
names the version they already are; different bytes for the same period are the next version.
Every write is one transaction, so a failure or a killed process leaves all or nothing.
"""

from __future__ import annotations

import hashlib
import os
import random
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, Row, func, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer

from qdiff.archived import (
    ArchiveOutcome,
    NoticeSummary,
    StoredNotice,
    VerifyProblem,
    VersionInfo,
)
from qdiff.errors import (
    ArchiveDamagedError,
    ArchiveMissingError,
    ArchiveReadOnlyError,
    SeriesNameAmbiguousError,
    SeriesNotChosenError,
    StoreError,
    UsageError,
)
from qdiff.notice import DocumentKind
from qdiff.parser_version import PARSER_VERSION
from qdiff.periods import Period
from qdiff.store.database import (
    ARCHIVE_PRIVILEGES,
    LINK_PRIVILEGES,
    Access,
    as_utc,
    describe_location,
    enable_wal,
    may_write,
    open_engine,
    read_only_message,
    sqlite_target,
    sqlite_write_problem,
)
from qdiff.store.errors import database_errors, is_transient, is_unique_violation, store_error
from qdiff.store.models import ItemRow, NoticeRow, SeriesRow, VersionRow
from qdiff.store.rows import load_parse, notice_id_for, save_version
from qdiff.store.schema import (
    SchemaState,
    create_sqlite_archive,
    drift,
    ensure_current,
    refuse,
    schema_state,
    upgrade_to_head,
)

if TYPE_CHECKING:
    from qdiff.load import LoadedNotice

_WRITE_ATTEMPTS = 10  # a writer a deadlock or a lost race turned back tries again


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Archive:
    """One archive database. Open with `Archive.open(url)`; close with `close()`."""

    def __init__(
        self, url: URL, engine: Engine, *, writable: bool = True, note: str | None = None
    ) -> None:
        self.url = url
        self.engine = engine
        self.writable = writable  # whether this process may write (links, for CACHE access)
        self.note = note  # how it was opened, when the reader should know (immutable SQLite)
        self.created = False  # whether opening it made a new SQLite file

    @classmethod
    def open(cls, url: URL, *, access: Access = Access.WRITE, check_schema: bool = True) -> Archive:
        """Connect for `access`. Writing creates a new archive at the current schema (an SQLite
        file whole, at once); reading never creates or changes anything. A database of another
        program, of another schema or (SQLite, before writing) with damaged pages is refused."""
        created = False
        if access is Access.WRITE:
            created = _create_if_missing(url)
        opened = open_engine(url, access)
        archive = cls(url, opened.engine, writable=opened.writable, note=opened.note)
        archive.created = created
        try:
            with database_errors(url):
                if check_schema:
                    state = ensure_current(opened.engine, create=access is Access.WRITE)
                    if state is SchemaState.EMPTY and access is not Access.WRITE:
                        raise ArchiveMissingError(archive.location, "it holds no qdiff tables yet")
                if access is Access.WRITE and check_schema:  # a qdiff archive, now known
                    if not may_write(opened.engine, ARCHIVE_PRIVILEGES):
                        raise ArchiveReadOnlyError(
                            f"{archive.location} cannot be written (read-only): this user may not "
                            "write its tables, or the server is a standby; ask for write access"
                        )
                    if not created:
                        _check_integrity(opened.engine, archive.location)
                    enable_wal(opened.engine)
                elif access is Access.CACHE and archive.writable:
                    archive.writable = may_write(opened.engine, LINK_PRIVILEGES)
        except BaseException:
            archive.close()
            raise
        return archive

    def close(self) -> None:
        self.engine.dispose()

    # the schema, for `qdiff db`: every database error becomes one line that says what to do
    def schema_state(self) -> tuple[SchemaState, str | None]:
        with database_errors(self.url), self.engine.connect() as connection:
            return schema_state(connection)

    def upgrade_schema(self) -> str | None:
        """Upgrade to this qdiff's schema; returns the revision it had (None: a new database).
        A foreign database, a newer qdiff's or a damaged file is refused untouched."""
        with database_errors(self.url):
            state, revision = self.schema_state()
            if state in (SchemaState.FOREIGN, SchemaState.NEWER):
                refuse(state, revision)
            if not self.created:
                _check_integrity(self.engine, self.location)
            before = upgrade_to_head(self.engine)
            enable_wal(self.engine)
            return before

    def schema_drift(self) -> str | None:
        """What autogenerate would change between qdiff's models and the database, or None."""
        with database_errors(self.url):
            return drift(self.engine)

    @property
    def location(self) -> str:
        return describe_location(self.url)

    @contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        """A session in one transaction; `write` takes SQLite's write lock at the start."""
        bind = self.engine.execution_options(sqlite_begin="IMMEDIATE") if write else self.engine
        with (
            database_errors(self.url),
            Session(bind, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    # series and periods -----------------------------------------------------------------------
    def series_keys(self) -> list[str]:
        with self.session() as session:
            return list(session.scalars(select(SeriesRow.key).order_by(SeriesRow.key)))

    def resolve_series(self, name: str | None, period: Period | None = None) -> str:
        """The series a command means: the one `name` names or begins, else the only one (or
        the only one holding `period`)."""
        keys = self.series_keys()
        if name is None:
            if len(keys) == 1:
                return keys[0]
            if period is not None:
                holding = self._series_with(period)
                if len(holding) == 1:
                    return holding[0]
            if not keys:
                raise StoreError(f"the archive ({self.location}) is empty; archive a notice first")
            raise SeriesNotChosenError(keys)
        return match_series(name, keys)

    def _series_with(self, period: Period) -> list[str]:
        with self.session() as session:
            return list(
                session.scalars(
                    select(SeriesRow.key)
                    .join(NoticeRow, NoticeRow.series_id == SeriesRow.id)
                    .where(NoticeRow.period == str(period))
                    .order_by(SeriesRow.key)
                )
            )

    # archiving --------------------------------------------------------------------------------
    def archive(
        self, loaded: LoadedNotice, key: str, target: Period, *, archived_by: str
    ) -> ArchiveOutcome:
        """Archive one parsed file as a new version of series `key` and period `target` (or
        find it already archived there). Where a file goes is `qdiff.app.archiving`'s rule."""
        (outcome,) = self.archive_all([(loaded, key, target)], archived_by=archived_by)
        return outcome

    def archive_all(
        self,
        batch: Sequence[tuple[LoadedNotice, str, Period]],
        *,
        archived_by: str,
    ) -> list[ArchiveOutcome]:
        """Archive several parsed files in one transaction: all go in, or none does.

        Writers of one notice queue instead of racing for its next version number: SQLite's
        write lock is taken when the transaction begins, and on PostgreSQL an advisory lock per
        series and period. A writer that still loses (a deadlock the server broke on shared
        agency rows) tries again after a random pause."""
        notices = sorted({(key, str(target)) for _, key, target in batch})
        for attempt in range(_WRITE_ATTEMPTS):
            try:
                with self.session(write=True) as session:
                    _lock_notices(session, notices)
                    return [
                        self._archive_in(session, loaded, key, target, archived_by)
                        for loaded, key, target in batch
                    ]
            except IntegrityError as error:
                self._raise_unless_lost_race(error)  # else another process won: look again
            except StoreError as error:
                if not is_transient(error.__cause__):
                    raise
            time.sleep(random.uniform(0, min(2.0, 0.05 * 2**attempt)))
        raise StoreError("the archive stayed busy with concurrent writers; try again")

    def _raise_unless_lost_race(self, error: IntegrityError) -> None:
        """A unique key taken by a concurrent writer is retried; any other violation is not."""
        if not is_unique_violation(error):
            raise store_error(self.url, error) from error

    def _archive_in(
        self, session: Session, loaded: LoadedNotice, key: str, period: Period, archived_by: str
    ) -> ArchiveOutcome:
        source, notice = loaded.source, loaded.notice
        notice_id = notice_id_for(session, key, period)
        existing = session.scalar(
            select(VersionRow).where(
                VersionRow.notice_id == notice_id, VersionRow.sha256 == source.sha256
            )
        )
        if existing is not None:
            return ArchiveOutcome(False, _version_info(session, existing.id))
        number = (
            session.scalar(
                select(func.max(VersionRow.number)).where(VersionRow.notice_id == notice_id)
            )
            or 0
        ) + 1
        version = VersionRow(
            notice_id=notice_id,
            number=number,
            sha256=source.sha256,
            source=source.data,
            text=source.text,
            text_sha256=text_digest(source.text),
            file_name=_file_name(source.name),
            format=source.format,
            encoding=source.encoding,
            parser_version=PARSER_VERSION,
            archived_by=archived_by,
            archived_at=datetime.now(UTC),
        )
        save_version(session, version, notice)
        return ArchiveOutcome(True, _version_info(session, version.id))

    # reading ----------------------------------------------------------------------------------
    def summaries(self, series: str | None = None) -> list[NoticeSummary]:
        """Each notice of the archive (or of one series) with its latest version."""
        with self.session() as session:
            query = _info_query()
            if series is not None:
                query = query.where(SeriesRow.key == series)
            infos = [_info_from_row(row) for row in session.execute(query)]
        latest: dict[tuple[str, Period], VersionInfo] = {}
        versions: dict[tuple[str, Period], int] = {}
        for info in infos:
            key = (info.series, info.period)
            versions[key] = versions.get(key, 0) + 1
            if key not in latest or info.number > latest[key].number:
                latest[key] = info
        return [
            NoticeSummary(key[0], key[1], versions[key], latest[key])
            for key in sorted(latest, key=lambda k: (k[0], k[1]))
        ]

    def versions(self, series: str, period: Period) -> list[VersionInfo]:
        with self.session() as session:
            query = _info_query().where(SeriesRow.key == series, NoticeRow.period == str(period))
            infos = [
                _info_from_row(row) for row in session.execute(query.order_by(VersionRow.number))
            ]
            if not infos:
                raise StoreError(
                    f"{series} has no notice for {period} in the archive; see `qdiff list`"
                )
            return infos

    def load(self, series: str, period: Period, number: int | None = None) -> StoredNotice:
        """A stored version (the latest when `number` is None) with its stored parse."""
        with self.session() as session:
            query = _info_query().where(SeriesRow.key == series, NoticeRow.period == str(period))
            if number is None:
                query = query.order_by(VersionRow.number.desc()).limit(1)
            else:
                query = query.where(VersionRow.number == number)
            row = session.execute(query).first()
            if row is None:
                which = f"{period}@{number}" if number is not None else str(period)
                raise StoreError(
                    f"{series} has no {which} in the archive; see `qdiff list` and `qdiff log`"
                )
            info = _info_from_row(row)
            # The stored file's bytes (a .docx or PDF can be large) are not needed for the parse.
            version = session.get_one(VersionRow, row.id, options=[defer(VersionRow.source)])
            return StoredNotice(info, load_parse(session, version, period))

    def series_passages(self, series: str) -> list[str]:
        """The text of every item ever archived for a series (latest versions and older ones):
        the background that tells the comparison which terms are this issuer's boilerplate."""
        with self.session() as session:
            return list(
                session.scalars(
                    select(ItemRow.text)
                    .join(VersionRow, ItemRow.version_id == VersionRow.id)
                    .join(NoticeRow, VersionRow.notice_id == NoticeRow.id)
                    .join(SeriesRow, NoticeRow.series_id == SeriesRow.id)
                    .where(SeriesRow.key == series)
                    .order_by(ItemRow.id)
                )
            )

    def verify(self) -> tuple[int, list[VerifyProblem]]:
        """Re-hash every stored version's bytes and text against the digests taken on archiving,
        and check every stored parse against its text (`qdiff.store.integrity`)."""
        from qdiff.store.integrity import parse_problems  # loads the parser: verify only

        problems: list[VerifyProblem] = []
        checked = 0
        with self.session() as session:
            rows = session.execute(
                select(
                    SeriesRow.key, NoticeRow.period, VersionRow.number, VersionRow.sha256,
                    VersionRow.source, VersionRow.text, VersionRow.text_sha256,
                )
                .join(NoticeRow, VersionRow.notice_id == NoticeRow.id)
                .join(SeriesRow, NoticeRow.series_id == SeriesRow.id)
                .order_by(SeriesRow.key, NoticeRow.period, VersionRow.number)
                .execution_options(yield_per=50)
            )  # fmt: skip
            for key, period, number, sha256, source, text, text_sha256 in rows:
                checked += 1
                name = f"{period}@{number}"
                if hashlib.sha256(source).hexdigest() != sha256:
                    problems.append(
                        VerifyProblem(key, name, "the source bytes do not match their sha256")
                    )
                if text_digest(text) != text_sha256:
                    problems.append(
                        VerifyProblem(key, name, "the decoded text does not match its sha256")
                    )
            problems.extend(parse_problems(session, PARSER_VERSION))
        return checked, problems


def _lock_notices(session: Session, notices: list[tuple[str, str]]) -> None:
    """Hold each notice (series and period) until the transaction ends, on PostgreSQL; in a
    sorted order, so that two batches never wait for each other. (SQLite has one writer at a
    time already.)"""
    if session.get_bind().dialect.name != "postgresql":
        return
    for series, period in notices:
        digest = hashlib.sha256(f"qdiff notice\0{series}\0{period}".encode()).digest()
        key = int.from_bytes(digest[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def _create_if_missing(url: URL) -> bool:
    """Make a new SQLite archive whole when there is none (see `create_sqlite_archive`)."""
    target = sqlite_target(url) if url.get_backend_name() == "sqlite" else None
    if target is None or target.path is None or target.path.exists():
        return False
    where = describe_location(url)
    if target.read_only:
        raise ArchiveReadOnlyError(read_only_message(where, "the URL opens it read-only"))
    try:
        target.path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"cannot create the folder for the archive {target.path}: {error.strerror}"
        ) from None
    problem = sqlite_write_problem(target.path)
    if problem is not None:
        raise ArchiveReadOnlyError(read_only_message(where, problem, "created"))
    with database_errors(url):
        return create_sqlite_archive(target.path)


def _check_integrity(engine: Engine, where: str) -> None:
    """Refuse to write into an SQLite file whose pages are damaged: a write there could spread
    the damage, and would leave a version in an archive that then fails to read. (About 0.1 s
    for a 70 MB archive.)"""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        found = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA quick_check(3)")]
    if found != ["ok"]:
        raise ArchiveDamagedError(
            f"{where} is damaged ({found[0]}); nothing was written: restore it from an export "
            "or a backup"
        )


def _info_query() -> Any:  # a Select; its generic form differs between SQLAlchemy 2.0 and 2.1
    """The columns a VersionInfo needs, never the source bytes or the text."""
    return (
        select(
            VersionRow.id, SeriesRow.key, NoticeRow.period, VersionRow.number, VersionRow.sha256,
            VersionRow.file_name, VersionRow.format, VersionRow.encoding,
            VersionRow.parser_version, VersionRow.archived_by, VersionRow.archived_at,
            VersionRow.title, VersionRow.doc_number, VersionRow.truncated,
            VersionRow.item_count, VersionRow.task_count, VersionRow.warning_count,
            VersionRow.kind,
        )
        .join(NoticeRow, VersionRow.notice_id == NoticeRow.id)
        .join(SeriesRow, NoticeRow.series_id == SeriesRow.id)
    )  # fmt: skip


def _info_from_row(row: Row[Any]) -> VersionInfo:
    return VersionInfo(
        id=row.id,
        series=row.key,
        period=Period.parse(row.period),
        number=row.number,
        sha256=row.sha256,
        file_name=row.file_name,
        format=row.format,
        encoding=row.encoding,
        parser_version=row.parser_version,
        archived_by=row.archived_by,
        archived_at=as_utc(row.archived_at),
        title=row.title,
        doc_number=row.doc_number,
        truncated=row.truncated,
        items=row.item_count,
        tasks=row.task_count,
        warnings=row.warning_count,
        kind=DocumentKind(row.kind),
    )


def _version_info(session: Session, version_id: int) -> VersionInfo:
    return _info_from_row(session.execute(_info_query().where(VersionRow.id == version_id)).one())


def match_series(name: str, keys: list[str], create: bool = False) -> str:
    """The series key `name` is, or is the unambiguous beginning of; with `create`, a name that
    begins none is a new series."""
    if name in keys:
        return name
    matches = [key for key in keys if key.startswith(name)]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise SeriesNameAmbiguousError(name, matches)
    if create:
        return name
    known = ", ".join(keys) if keys else "none yet"
    raise UsageError(f"no series '{name}' in the archive (series: {known})")


def _file_name(name: str | None) -> str | None:
    if name is None or name == "-":
        return None
    return os.path.basename(name)


__all__ = [
    "Access",
    "Archive",
    "ArchiveOutcome",
    "NoticeSummary",
    "StoredNotice",
    "VerifyProblem",
    "VersionInfo",
]
