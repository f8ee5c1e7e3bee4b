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
    SourceInfo,
    StoredNotice,
    VerifyProblem,
    VersionInfo,
    Withdrawal,
)
from qdiff.copies import copy_digest
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
    make_archive_folder,
    may_write,
    open_engine,
    read_only_message,
    sqlite_target,
    sqlite_write_problem,
)
from qdiff.store.errors import database_errors, is_transient, is_unique_violation, store_error
from qdiff.store.models import ItemRow, NoticeRow, SeriesRow, VersionRow, VersionSourceRow
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
from qdiff.store.withdrawals import Action, WithdrawnNow, append, withdrawn_now

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
        self.sources_checked = 0  # by the last `verify`

    @classmethod
    def open(
        cls, url: URL, *, access: Access = Access.WRITE, check_schema: bool = True,
        create: bool = True,
    ) -> Archive:  # fmt: skip
        """Connect for `access`. Writing creates a new archive at the current schema (an SQLite
        file whole, at once) unless `create` is False (then, as for reading, a missing archive
        is an error); reading never creates or changes anything. A database of another
        program, of another schema or (SQLite, before writing) with damaged pages is refused."""
        create = create and access is Access.WRITE
        created = _create_if_missing(url) if create else False
        opened = open_engine(url, access)
        archive = cls(url, opened.engine, writable=opened.writable, note=opened.note)
        archive.created = created
        try:
            with database_errors(url):
                if check_schema:
                    state = ensure_current(opened.engine, create=create)
                    if state is SchemaState.EMPTY and not create:
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

    def resolve_series(
        self, name: str | None, period: Period | None = None, *, withdrawn: bool = False
    ) -> str:
        """The series a command means: the one `name` names or begins, else the only one (or
        the only one holding `period`). Withdrawn series, and series whose every version is
        withdrawn, are left out when choosing, so that a stray series, once withdrawn, stops
        asking for --series; named, a withdrawn series is refused unless `withdrawn` (the
        commands that look at the archive as it is: list, log, show, restore)."""
        keys = self.series_keys()
        if name is None:
            active = self._active_series(None)
            if len(active) == 1:
                return active[0]
            if period is not None:
                holding = self._active_series(period)
                if len(holding) == 1:
                    return holding[0]
            if not keys:
                raise StoreError(f"the archive ({self.location}) is empty; archive a notice first")
            if not active:
                raise StoreError(
                    "every series of the archive is withdrawn; see `qdiff list`, and "
                    "`qdiff restore SERIES --reason TEXT` to bring one back"
                )
            raise SeriesNotChosenError(active)
        key = match_series(name, keys)
        if not withdrawn:
            with self.session() as session:
                series_id = session.scalar(select(SeriesRow.id).where(SeriesRow.key == key))
                found = withdrawn_now(session, [series_id] if series_id else []).series
            if series_id in found:
                raise StoreError(
                    f"the series {key} is withdrawn ({_withdrawal_words(found[series_id], True)}); "
                    f"`qdiff restore {key} --reason TEXT` brings it back"
                )
        return key

    def _active_series(self, period: Period | None) -> list[str]:
        """The series not withdrawn with a version not withdrawn (of `period`, when given)."""
        with self.session() as session:
            query = (
                select(SeriesRow.id, SeriesRow.key, VersionRow.id)
                .join(NoticeRow, NoticeRow.series_id == SeriesRow.id)
                .join(VersionRow, VersionRow.notice_id == NoticeRow.id)
            )
            if period is not None:
                query = query.where(NoticeRow.period == str(period))
            rows = session.execute(query).all()
            state = withdrawn_now(session)
        return sorted({key for sid, key, vid in rows if state.of_version(vid, sid) is None})

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
        copy = _copy_of(session, notice_id, source.sha256, source.text)
        if copy is not None:
            version_id, known = copy
            if not known:
                session.add(
                    VersionSourceRow(
                        version_id=version_id, sha256=source.sha256, source=source.data,
                        file_name=_file_name(source.name), format=source.format,
                        encoding=source.encoding, archived_by=archived_by,
                        archived_at=datetime.now(UTC),
                    )
                )  # fmt: skip
                session.flush()
            info = _version_info(session, version_id)
            return ArchiveOutcome(False, info, other_source=not known, known_source=known)
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
            infos = _infos(session, session.execute(query).all())
            state = withdrawn_now(session)
            series_withdrawn = {
                key: state.series.get(series_id)
                for series_id, key in session.execute(select(SeriesRow.id, SeriesRow.key))
            }
        latest: dict[tuple[str, Period], VersionInfo] = {}
        versions: dict[tuple[str, Period], int] = {}
        withdrawn: dict[tuple[str, Period], int] = {}
        for info in infos:
            key = (info.series, info.period)
            versions[key] = versions.get(key, 0) + 1
            withdrawn[key] = withdrawn.get(key, 0) + (info.withdrawn is not None)
            # The version that counts: the latest one not withdrawn (the latest, if all are).
            if key not in latest or _counts_before(latest[key], info):
                latest[key] = info
        return [
            NoticeSummary(
                key[0], key[1], versions[key], latest[key], withdrawn[key],
                series_withdrawn.get(key[0]),
            )
            for key in sorted(latest, key=lambda k: (k[0], k[1]))
        ]  # fmt: skip

    def versions(self, series: str, period: Period) -> list[VersionInfo]:
        with self.session() as session:
            query = _info_query().where(SeriesRow.key == series, NoticeRow.period == str(period))
            infos = _infos(session, session.execute(query.order_by(VersionRow.number)).all())
            if not infos:
                raise StoreError(
                    f"{series} has no notice for {period} in the archive; see `qdiff list`"
                )
            return infos

    def load(self, series: str, period: Period, number: int | None = None) -> StoredNotice:
        """A stored version (the latest not withdrawn when `number` is None) with its stored
        parse. A version named by its number is loaded withdrawn or not (`info.withdrawn`)."""
        with self.session() as session:
            query = _info_query().where(SeriesRow.key == series, NoticeRow.period == str(period))
            if number is not None:
                query = query.where(VersionRow.number == number)
            infos = _infos(session, session.execute(query.order_by(VersionRow.number)).all())
            if not infos:
                which = f"{period}@{number}" if number is not None else str(period)
                raise StoreError(
                    f"{series} has no {which} in the archive; see `qdiff list` and `qdiff log`"
                )
            usable = [info for info in infos if number is not None or info.withdrawn is None]
            if not usable:
                last = infos[-1]
                raise StoreError(
                    f"{series} {period} is withdrawn ({', '.join(i.name for i in infos)}, "
                    f"{_withdrawal_words(last.withdrawn)}); name a version, e.g. {last.name}, to "
                    f"use it anyway, or bring it back with `qdiff restore {period} --reason TEXT`"
                )
            info = usable[-1]
            # The stored file's bytes (a .docx or PDF can be large) are not needed for the parse.
            version = session.get_one(VersionRow, info.id, options=[defer(VersionRow.source)])
            return StoredNotice(info, load_parse(session, version, period))

    def withdrawal_of(self, series: str, period: Period, number: int) -> Withdrawal | None:
        """Whether a version is withdrawn (on its own or with its series), and why."""
        return self.load_info(series, period, number).withdrawn

    def load_info(self, series: str, period: Period, number: int) -> VersionInfo:
        with self.session() as session:
            query = _info_query().where(
                SeriesRow.key == series,
                NoticeRow.period == str(period),
                VersionRow.number == number,
            )
            infos = _infos(session, session.execute(query).all())
        if not infos:
            raise StoreError(
                f"{series} has no {period}@{number} in the archive; see `qdiff log {period}`"
            )
        return infos[0]

    # withdrawing -------------------------------------------------------------------------------
    def set_versions_withdrawn(
        self,
        action: Action,
        series: str,
        period: Period,
        number: int | None,
        reason: str,
        recorded_by: str,
    ) -> list[VersionInfo]:
        """Withdraw (or restore) a version, or every version of a period that is not withdrawn
        (restore: that is withdrawn); returns the versions it changed, as they are now."""
        with self.session(write=True) as session:
            query = _info_query().where(SeriesRow.key == series, NoticeRow.period == str(period))
            if number is not None:
                query = query.where(VersionRow.number == number)
            infos = _infos(session, session.execute(query.order_by(VersionRow.number)).all())
            which = f"{period}@{number}" if number is not None else str(period)
            if not infos:
                raise StoreError(f"{series} has no {which} in the archive; see `qdiff log`")
            own = withdrawn_now(session).versions
            if action is Action.WITHDRAW:
                targets = [info for info in infos if info.id not in own]
                if not targets:
                    done = _withdrawal_words(own[infos[-1].id])
                    raise StoreError(f"{series} {which} is already withdrawn ({done})")
            else:
                targets = [info for info in infos if info.id in own]
                if not targets:
                    whole = infos[-1].withdrawn
                    if whole is not None and whole.series:
                        raise StoreError(
                            f"{series} {which} is withdrawn with its whole series; restore the "
                            f"series: `qdiff restore {series} --reason TEXT`"
                        )
                    raise StoreError(f"{series} {which} is not withdrawn; nothing to restore")
            series_id = session.scalar(select(SeriesRow.id).where(SeriesRow.key == series))
            assert series_id is not None  # the versions were found through it
            append(session, series_id, [info.id for info in targets], action, reason, recorded_by)
            ids = {info.id for info in targets}
            return [_version_info(session, version_id) for version_id in sorted(ids)]

    def set_series_withdrawn(
        self, action: Action, series: str, reason: str, recorded_by: str
    ) -> Withdrawal | None:
        """Withdraw (or restore) a whole series; returns its withdrawal now (None: restored)."""
        with self.session(write=True) as session:
            series_id = session.scalar(select(SeriesRow.id).where(SeriesRow.key == series))
            if series_id is None:
                raise StoreError(f"no series '{series}' in the archive; see `qdiff list`")
            current = withdrawn_now(session, [series_id]).series.get(series_id)
            if action is Action.WITHDRAW and current is not None:
                raise StoreError(
                    f"the series {series} is already withdrawn ({_withdrawal_words(current, True)})"
                )
            if action is Action.RESTORE and current is None:
                raise StoreError(f"the series {series} is not withdrawn; nothing to restore")
            append(session, series_id, [None], action, reason, recorded_by)
            return withdrawn_now(session, [series_id]).series.get(series_id)

    def series_passages(self, series: str) -> list[str]:
        """The text of every item ever archived for a series (latest versions and older ones):
        the background that tells the comparison which terms are this issuer's boilerplate."""
        with self.session() as session:
            rows = session.execute(
                select(ItemRow.text, VersionRow.id, SeriesRow.id)
                .join(VersionRow, ItemRow.version_id == VersionRow.id)
                .join(NoticeRow, VersionRow.notice_id == NoticeRow.id)
                .join(SeriesRow, NoticeRow.series_id == SeriesRow.id)
                .where(SeriesRow.key == series)
                .order_by(ItemRow.id)
            ).all()
            state = withdrawn_now(session)
        # A withdrawn version (a document filed here by mistake) says nothing about the
        # issuer's boilerplate.
        return [text for text, vid, sid in rows if state.of_version(vid, sid) is None]

    def verify(self) -> tuple[int, list[VerifyProblem]]:
        """Re-hash every stored version's bytes and text against the digests taken on archiving,
        and every other source's bytes, and check every stored parse against its text
        (`qdiff.store.integrity`). Returns the number of versions checked and the problems;
        `sources_checked` then says how many other sources were re-hashed."""
        from qdiff.store.integrity import parse_problems  # loads the parser: verify only

        problems: list[VerifyProblem] = []
        checked = 0
        self.sources_checked = 0
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
            sources = session.execute(
                select(
                    SeriesRow.key, NoticeRow.period, VersionRow.number, VersionSourceRow.sha256,
                    VersionSourceRow.source, VersionSourceRow.file_name,
                )
                .join(VersionRow, VersionSourceRow.version_id == VersionRow.id)
                .join(NoticeRow, VersionRow.notice_id == NoticeRow.id)
                .join(SeriesRow, NoticeRow.series_id == SeriesRow.id)
                .order_by(SeriesRow.key, NoticeRow.period, VersionRow.number, VersionSourceRow.id)
                .execution_options(yield_per=50)
            )  # fmt: skip
            for key, period, number, sha256, source, file_name in sources:
                self.sources_checked += 1
                if hashlib.sha256(source).hexdigest() != sha256:
                    problems.append(
                        VerifyProblem(
                            key, f"{period}@{number}",
                            f"its other source {file_name or '(stdin)'} does not match its sha256",
                        )
                    )  # fmt: skip
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
    make_archive_folder(target.path)
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
            VersionRow.id, NoticeRow.series_id, SeriesRow.key, NoticeRow.period,
            VersionRow.number, VersionRow.sha256,
            VersionRow.file_name, VersionRow.format, VersionRow.encoding,
            VersionRow.parser_version, VersionRow.archived_by, VersionRow.archived_at,
            VersionRow.title, VersionRow.doc_number, VersionRow.truncated,
            VersionRow.item_count, VersionRow.task_count, VersionRow.warning_count,
            VersionRow.kind,
        )
        .join(NoticeRow, VersionRow.notice_id == NoticeRow.id)
        .join(SeriesRow, NoticeRow.series_id == SeriesRow.id)
    )  # fmt: skip


def _infos(session: Session, rows: Sequence[Row[Any]]) -> list[VersionInfo]:
    """The VersionInfo of each row of `_info_query`, with its withdrawal and other sources."""
    if not rows:
        return []
    state = withdrawn_now(session, {row.series_id for row in rows})
    sources = _sources_of(session, [row.id for row in rows])
    return [_info_from_row(row, state, sources.get(row.id, ())) for row in rows]


def _sources_of(session: Session, version_ids: list[int]) -> dict[int, tuple[SourceInfo, ...]]:
    found: dict[int, list[SourceInfo]] = {}
    rows = session.execute(
        select(
            VersionSourceRow.version_id, VersionSourceRow.sha256, VersionSourceRow.file_name,
            VersionSourceRow.format, VersionSourceRow.encoding, VersionSourceRow.archived_by,
            VersionSourceRow.archived_at,
        )
        .where(VersionSourceRow.version_id.in_(version_ids))
        .order_by(VersionSourceRow.archived_at, VersionSourceRow.id)
    )  # fmt: skip
    for version_id, sha256, file_name, format_, encoding, by, at in rows:
        found.setdefault(version_id, []).append(
            SourceInfo(sha256, file_name, format_, encoding, by, as_utc(at))
        )
    return {version_id: tuple(infos) for version_id, infos in found.items()}


def _copy_of(session: Session, notice_id: int, sha256: str, text: str) -> tuple[int, bool] | None:
    """The version of this notice that a file is a copy of: (its id, whether these very bytes
    are already one of its sources), or None for a text the notice does not have yet. The
    earliest version with the same text wins: it is the one the text first came as."""
    known = session.scalar(
        select(VersionSourceRow.version_id)
        .join(VersionRow, VersionSourceRow.version_id == VersionRow.id)
        .where(VersionRow.notice_id == notice_id, VersionSourceRow.sha256 == sha256)
    )
    if known is not None:
        return known, True
    wanted = copy_digest(text)
    candidates = session.execute(
        select(VersionRow.id, VersionRow.text)
        .where(VersionRow.notice_id == notice_id)
        .order_by(VersionRow.number)
    )
    for version_id, stored in candidates:
        if copy_digest(stored) == wanted:
            return version_id, False
    return None


def _counts_before(current: VersionInfo, other: VersionInfo) -> bool:
    """Whether `other` is the version that counts rather than `current`: a version not
    withdrawn before a withdrawn one, then the later one."""
    if (current.withdrawn is None) != (other.withdrawn is None):
        return other.withdrawn is None
    return other.number > current.number


def _withdrawal_words(withdrawal: Withdrawal | None, own: bool = False) -> str:
    """`by 王 on 2026-12-06 with its whole series: REASON`, for messages (`own`: of the
    series itself, which needs no "with its whole series")."""
    if withdrawal is None:
        return "not withdrawn"
    whole = " with its whole series" if withdrawal.series and not own else ""
    return f"by {withdrawal.by} on {withdrawal.at:%Y-%m-%d}{whole}: {withdrawal.reason}"


def _info_from_row(
    row: Row[Any], state: WithdrawnNow | None = None, sources: tuple[SourceInfo, ...] = ()
) -> VersionInfo:
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
        withdrawn=state.of_version(row.id, row.series_id) if state is not None else None,
        sources=sources,
    )


def _version_info(session: Session, version_id: int) -> VersionInfo:
    (info,) = _infos(
        session, [session.execute(_info_query().where(VersionRow.id == version_id)).one()]
    )
    return info


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
