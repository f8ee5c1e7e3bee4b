"""The whole archive as JSON lines, for backup and for moving between databases.

Line 1 describes the export; then one line per version with its exact bytes (base64), text,
sha256s, who archived it and when (UTC, with its +00:00), and its stored parse; then one line per
other source of a version (the same text in another format, its bytes in base64), one per
withdrawal or restoration, and one per audit finding; the last line counts them all, so a
cut-off export is detected. An archive with no other sources and no withdrawals is exported as
format 1, which every qdiff reads; one with them as format 2 (older qdiffs say to upgrade).

Import verifies every hash, that each stored parse is a parse of its text (the parse of this
qdiff's parser when the line says it made it: `qdiff.parsing.consistency`), and that every
field fits the archive on every backend (`qdiff.limits`), before it writes anything; then it
writes all or nothing. A time without an offset (exports of SQLite archives before qdiff wrote
one) is UTC, as qdiff only ever wrote UTC.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qdiff import __version__
from qdiff.errors import InputError, QdiffError, StoreError
from qdiff.limits import (
    MAX_ENCODING,
    MAX_FILE_NAME,
    MAX_FORMAT,
    MAX_NAME,
    MAX_PARSER_VERSION,
    MAX_TASK_REF,
    notice_problems,
    nul_path,
    too_long,
)
from qdiff.lineage.model import FINDINGS
from qdiff.notice import Notice
from qdiff.parser_version import PARSER_VERSION
from qdiff.parsing.consistency import stored_parse_problems
from qdiff.periods import Period
from qdiff.serialize import notice_from_dict, notice_to_dict
from qdiff.store.archive import Archive, text_digest
from qdiff.store.database import as_utc
from qdiff.store.errors import is_unique_violation, store_error
from qdiff.store.models import (
    FindingRow,
    NoticeRow,
    SeriesRow,
    VersionRow,
    VersionSourceRow,
    WithdrawalRow,
)
from qdiff.store.rows import load_parse, notice_id_for, save_version
from qdiff.store.withdrawals import Action

EXPORT_FORMAT = 2  # adds the lines of other sources and withdrawals
PLAIN_FORMAT = 1  # an export without them: what every qdiff reads
READABLE_FORMATS = (PLAIN_FORMAT, EXPORT_FORMAT)


def export_lines(archive: Archive) -> Iterator[str]:
    """The archive as JSON lines, oldest series and period first, every version."""
    with archive.session() as session:
        extras = sum(
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (VersionSourceRow, WithdrawalRow)
        )
    yield _line(
        {
            "kind": "qdiff-archive",
            "format": EXPORT_FORMAT if extras else PLAIN_FORMAT,
            "qdiff": __version__,
            "exported_at": datetime.now(UTC).isoformat(),
        }
    )
    count = 0
    with archive.session() as session:
        ids = session.scalars(
            select(VersionRow.id)
            .join(NoticeRow, VersionRow.notice_id == NoticeRow.id)
            .join(SeriesRow, NoticeRow.series_id == SeriesRow.id)
            .order_by(
                SeriesRow.key,
                NoticeRow.period_year,
                NoticeRow.period_kind,
                NoticeRow.period_index,
                VersionRow.number,
            )
        ).all()
        for version_id in ids:
            row = session.get_one(VersionRow, version_id)
            count += 1
            period = Period.parse(row.notice.period)
            yield _line(_version_record(row, notice_to_dict(load_parse(session, row, period))))
            session.expunge_all()  # keep memory flat over a large archive
        sources = 0
        for record in _source_records(session):
            sources += 1
            yield _line(record)
        withdrawals = _withdrawal_records(session)
        for record in withdrawals:
            yield _line(record)
        findings = session.execute(
            select(SeriesRow.key, FindingRow)
            .join(SeriesRow, FindingRow.series_id == SeriesRow.id)
            .order_by(SeriesRow.key, FindingRow.recorded_at, FindingRow.id)
        ).all()
        for series, finding in findings:
            yield _line(_finding_record(series, finding))
    # Links between quarters are not exported: they are derived, and recomputed on demand.
    end: dict[str, Any] = {"kind": "end", "versions": count, "findings": len(findings)}
    if extras:
        end.update(sources=sources, withdrawals=len(withdrawals))
    yield _line(end)


def _source_records(session: Session) -> Iterator[dict[str, Any]]:
    """Each other source of a version, with its bytes, one at a time."""
    ids = session.scalars(
        select(VersionSourceRow.id)
        .join(VersionRow, VersionSourceRow.version_id == VersionRow.id)
        .join(NoticeRow, VersionRow.notice_id == NoticeRow.id)
        .join(SeriesRow, NoticeRow.series_id == SeriesRow.id)
        .order_by(SeriesRow.key, NoticeRow.period, VersionRow.number, VersionSourceRow.id)
    ).all()
    for source_id in ids:
        row = session.get_one(VersionSourceRow, source_id)
        version = session.get_one(VersionRow, row.version_id)
        yield {
            "kind": "source",
            "series": version.notice.series.key,
            "period": version.notice.period,
            "number": version.number,
            "sha256": row.sha256,
            "source_base64": base64.b64encode(row.source).decode("ascii"),
            "file_name": row.file_name,
            "format": row.format,
            "encoding": row.encoding,
            "archived_by": row.archived_by,
            "archived_at": as_utc(row.archived_at).isoformat(),
        }
        session.expunge_all()


def _withdrawal_records(session: Session) -> list[dict[str, Any]]:
    """Every withdrawal and restoration, in the order they were made (which decides the
    state now): a version's names its period and number, a whole series' neither."""
    rows = session.execute(
        select(WithdrawalRow, SeriesRow.key, NoticeRow.period, VersionRow.number)
        .join(SeriesRow, WithdrawalRow.series_id == SeriesRow.id)
        .outerjoin(VersionRow, WithdrawalRow.version_id == VersionRow.id)
        .outerjoin(NoticeRow, VersionRow.notice_id == NoticeRow.id)
        .order_by(WithdrawalRow.recorded_at, WithdrawalRow.id)
    ).all()
    return [
        {
            "kind": "withdrawal",
            "series": key,
            "period": period,
            "number": number,
            "action": row.action,
            "reason": row.reason,
            "recorded_by": row.recorded_by,
            "recorded_at": as_utc(row.recorded_at).isoformat(),
        }
        for row, key, period, number in rows
    ]


def _finding_record(series: str, row: FindingRow) -> dict[str, Any]:
    recorded = as_utc(row.recorded_at)
    return {
        "kind": "finding",
        "series": series,
        "period": row.period,
        "ref": row.ref,
        "text": row.text,
        "finding": row.finding,
        "evidence": row.evidence,
        "note": row.note,
        "recorded_by": row.recorded_by,
        "recorded_at": recorded.isoformat(),
    }


def _version_record(row: VersionRow, parse: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "version",
        "series": row.notice.series.key,
        "period": row.notice.period,
        "number": row.number,
        "sha256": row.sha256,
        "source_base64": base64.b64encode(row.source).decode("ascii"),
        "text_sha256": row.text_sha256,
        "text": row.text,
        "file_name": row.file_name,
        "format": row.format,
        "encoding": row.encoding,
        "parser_version": row.parser_version,
        "archived_by": row.archived_by,
        "archived_at": as_utc(row.archived_at).isoformat(),
        "parse": parse,
    }


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def import_lines(archive: Archive, lines: Iterable[str], source_name: str) -> tuple[int, int]:
    """Import an export; returns (versions added, versions already present). All or nothing."""
    records = list(_read_records(lines, source_name))
    added = present = 0
    try:
        with archive.session(write=True) as session:
            for record in records:
                if record["kind"] == "finding":
                    _import_finding(session, record)
                elif record["kind"] == "source":
                    _import_source(session, record)
                elif record["kind"] == "withdrawal":
                    _import_withdrawal(session, record)
                elif _import_version(session, record, source_name):
                    added += 1
                else:
                    present += 1
    except IntegrityError as error:
        if not is_unique_violation(error):
            raise store_error(archive.url, error) from error
        raise StoreError(
            f"another process wrote the same versions while {source_name} was imported; "
            "nothing was imported, try again"
        ) from None
    return added, present


def _read_records(lines: Iterable[str], source_name: str) -> Iterator[dict[str, Any]]:
    header_seen = False
    count = 0
    finding_count = 0
    extra_counts = {"source": 0, "withdrawal": 0}
    ended = False
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError:
            raise InputError(
                f"{source_name} line {number} is not JSON; is this a qdiff export?"
            ) from None
        kind = record.get("kind") if isinstance(record, dict) else None
        if not header_seen:
            if kind != "qdiff-archive":
                raise InputError(
                    f"{source_name} is not a qdiff export (its first line is no export header)"
                )
            if record.get("format") not in READABLE_FORMATS:
                raise InputError(
                    f"{source_name} is export format {record.get('format')}; this qdiff reads "
                    f"formats {' and '.join(map(str, READABLE_FORMATS))}, so upgrade qdiff"
                )
            header_seen = True
            continue
        if kind == "end":
            if record.get("versions") != count or record.get("findings", 0) != finding_count:
                raise InputError(
                    f"{source_name} says it holds {record.get('versions')} versions and "
                    f"{record.get('findings', 0)} findings but has {count} and {finding_count}; "
                    "the export is damaged"
                )
            for extra, held in extra_counts.items():
                said = record.get(f"{extra}s", 0)
                if said != held:
                    raise InputError(
                        f"{source_name} says it holds {said} {extra} lines but has {held}; "
                        "the export is damaged"
                    )
            ended = True
            continue
        if kind in extra_counts and not ended:
            _check_extra(record, source_name, number)
            extra_counts[kind] += 1
            yield record
            continue
        if kind == "finding" and not ended:
            _check_finding(record, source_name, number)
            finding_count += 1
            yield record
            continue
        if kind != "version" or ended:
            raise InputError(
                f"{source_name} line {number} is not a version record; the export is damaged"
            )
        _verify(record, source_name, number)
        count += 1
        yield record
    if not header_seen:
        raise InputError(f"{source_name} is empty; give a file written by `qdiff export`")
    if not ended:
        raise InputError(f"{source_name} stops before its end line; the export was cut off")


def _check_finding(record: dict[str, Any], source_name: str, number: int) -> None:
    try:
        Period.parse(record["period"])
        utc_time(record["recorded_at"])
        if record["finding"] not in FINDINGS:
            raise ValueError(record["finding"])
        _require_text(record, _FINDING_TEXT, _FINDING_OPTIONAL_TEXT)
    except (KeyError, TypeError, ValueError, QdiffError):
        raise InputError(f"{source_name} line {number} is a damaged finding record") from None
    problem = _field_problem(record, _FINDING_LIMITS)
    if problem is not None:
        raise InputError(f"{source_name} line {number} (a finding): {problem}")


def _check_extra(record: dict[str, Any], source_name: str, number: int) -> None:
    """A source or withdrawal line, checked whole before anything is written."""
    kind = record["kind"]
    where = f"{source_name} line {number} (a {kind} of {record.get('series')})"
    try:
        utc_time(record["recorded_at" if kind == "withdrawal" else "archived_at"])
        if kind == "source":
            source = base64.b64decode(record["source_base64"], validate=True)
            Period.parse(record["period"])
            int(record["number"])
            _require_text(record, _SOURCE_TEXT, _SOURCE_OPTIONAL_TEXT)
        else:
            Action(record["action"])
            if record["period"] is not None:
                Period.parse(record["period"])
                int(record["number"])
            _require_text(record, _WITHDRAWAL_TEXT, ())
    except (KeyError, TypeError, ValueError, QdiffError):
        raise InputError(f"{where} is damaged; nothing was imported") from None
    if kind == "source" and hashlib.sha256(source).hexdigest() != record["sha256"]:
        raise InputError(f"{where}: its bytes do not match their sha256; the export is damaged")
    limits = _SOURCE_LIMITS if kind == "source" else _WITHDRAWAL_LIMITS
    problem = _field_problem(record, limits)
    if problem is not None:
        raise InputError(f"{where}: {problem}; nothing was imported")


def _version_id(session: Session, record: dict[str, Any]) -> tuple[int, int | None]:
    """(series id, version id or None) a source or withdrawal line names, which the export's
    version lines (imported before it) or the archive already hold."""
    series_id = session.scalar(select(SeriesRow.id).where(SeriesRow.key == record["series"]))
    if series_id is None:
        raise StoreError(f"the {record['kind']} of {record['series']} has no series in the archive")
    if record["period"] is None:
        return series_id, None
    version_id = session.scalar(
        select(VersionRow.id)
        .join(NoticeRow, VersionRow.notice_id == NoticeRow.id)
        .where(
            NoticeRow.series_id == series_id,
            NoticeRow.period == record["period"],
            VersionRow.number == int(record["number"]),
        )
    )
    if version_id is None:
        raise StoreError(
            f"the {record['kind']} of {record['series']} {record['period']}@{record['number']} "
            "has no version in the archive; the export is damaged"
        )
    return series_id, version_id


def _import_source(session: Session, record: dict[str, Any]) -> None:
    """Add another source of a version unless it holds these bytes already."""
    _, version_id = _version_id(session, record)
    same = session.scalar(
        select(VersionSourceRow.id).where(
            VersionSourceRow.version_id == version_id, VersionSourceRow.sha256 == record["sha256"]
        )
    )
    if same is None:
        session.add(
            VersionSourceRow(
                version_id=version_id, sha256=record["sha256"],
                source=base64.b64decode(record["source_base64"]), file_name=record["file_name"],
                format=record["format"], encoding=record["encoding"],
                archived_by=record["archived_by"], archived_at=utc_time(record["archived_at"]),
            )
        )  # fmt: skip


def _import_withdrawal(session: Session, record: dict[str, Any]) -> None:
    """Append a withdrawal or restoration unless the archive holds the same one."""
    series_id, version_id = _version_id(session, record)
    recorded_at = utc_time(record["recorded_at"])
    same = session.scalar(
        select(WithdrawalRow.id).where(
            WithdrawalRow.series_id == series_id,
            WithdrawalRow.version_id.is_(None)
            if version_id is None
            else WithdrawalRow.version_id == version_id,
            WithdrawalRow.action == record["action"],
            WithdrawalRow.recorded_by == record["recorded_by"],
            WithdrawalRow.recorded_at == recorded_at,
        )
    )
    if same is None:
        session.add(
            WithdrawalRow(
                series_id=series_id, version_id=version_id, action=record["action"],
                reason=record["reason"], recorded_by=record["recorded_by"],
                recorded_at=recorded_at,
            )
        )  # fmt: skip
        session.flush()


def _import_finding(session: Session, record: dict[str, Any]) -> None:
    """Add a finding unless the archive holds the same one (import twice adds nothing)."""
    series_id = session.scalar(select(SeriesRow.id).where(SeriesRow.key == record["series"]))
    if series_id is None:
        raise StoreError(f"the finding for {record['series']} has no series in the archive")
    recorded_at = utc_time(record["recorded_at"])
    same = session.scalar(
        select(FindingRow.id).where(
            FindingRow.series_id == series_id,
            FindingRow.period == record["period"],
            FindingRow.ref == record["ref"],
            FindingRow.finding == record["finding"],
            FindingRow.recorded_by == record["recorded_by"],
            FindingRow.recorded_at == recorded_at,
        )
    )
    if same is None:
        session.add(
            FindingRow(
                series_id=series_id, period=record["period"], ref=record["ref"],
                text=record["text"], finding=record["finding"], evidence=record["evidence"],
                note=record["note"], recorded_by=record["recorded_by"], recorded_at=recorded_at,
            )
        )  # fmt: skip


def _verify(record: dict[str, Any], source_name: str, number: int) -> None:
    version = f"{record.get('series')} {record.get('period')}@{record.get('number')}"
    where = f"{source_name} line {number} ({version})"
    try:
        source = base64.b64decode(record["source_base64"], validate=True)
        text = record["text"]
        sha256, text_sha256 = record["sha256"], record["text_sha256"]
    except (KeyError, TypeError, ValueError):
        raise InputError(
            f"{where} lacks its source, text or hashes; the export is damaged"
        ) from None
    if hashlib.sha256(source).hexdigest() != sha256:
        raise InputError(
            f"{where}: the source bytes do not match their sha256; the export is damaged"
        )
    if text_digest(text) != text_sha256:
        raise InputError(f"{where}: the text does not match its sha256; the export is damaged")
    try:
        filed = Period.parse(record["period"])
        int(record["number"])
        notice = notice_from_dict(record["parse"], text)
        utc_time(record["archived_at"])
        _require_text(record, _VERSION_TEXT, _VERSION_OPTIONAL_TEXT)
    except (KeyError, TypeError, ValueError, QdiffError):
        raise InputError(f"{where}: the stored parse or its metadata is damaged") from None
    problem = next(notice_problems(notice), None) or _field_problem(record, _VERSION_LIMITS)
    if problem is not None:
        raise InputError(f"{where}: {problem}; nothing was imported")
    _check_parse(notice, filed, record["parser_version"], where)


def _check_parse(notice: Notice, filed: Period, parser_version: str, where: str) -> None:
    """The stored parse must be a parse of the text (and this qdiff's, if it says it is): the
    hashes cover the bytes and the text, not the parse."""
    problems = stored_parse_problems(notice, filed, same_rules=parser_version == PARSER_VERSION)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputError(
            f"{where}: the stored parse does not match its text: {problems[0]}{more}; "
            "the export is damaged or was edited"
        )


def _field_problem(record: dict[str, Any], limits: dict[str, int]) -> str | None:
    """A field the archive cannot hold on every backend: too long, or holding a NUL."""
    for name, limit in limits.items():
        problem = too_long(f"the field {name}", record[name], limit)
        if problem is not None:
            return problem
    found = nul_path(record)
    if found is None:
        return None
    return f"the field {found} holds a NUL character, which archives cannot store"


def utc_time(value: str) -> datetime:
    """A time of an export, in UTC: one without an offset is UTC (qdiff only ever wrote UTC,
    and older exports of SQLite archives carried no offset)."""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


# The text fields of a record, as the archive's columns require them (NOT NULL, or nullable).
_VERSION_TEXT = ("series", "format", "parser_version", "archived_by")
_VERSION_OPTIONAL_TEXT = ("file_name", "encoding")
_FINDING_TEXT = ("series", "ref", "text", "recorded_by")
_FINDING_OPTIONAL_TEXT = ("evidence", "note")
# The lengths of the archive's columns (`qdiff.limits`), which PostgreSQL enforces.
_VERSION_LIMITS = {
    "series": MAX_NAME, "archived_by": MAX_NAME, "file_name": MAX_FILE_NAME,
    "format": MAX_FORMAT, "encoding": MAX_ENCODING, "parser_version": MAX_PARSER_VERSION,
}  # fmt: skip
_FINDING_LIMITS = {"series": MAX_NAME, "ref": MAX_TASK_REF, "recorded_by": MAX_NAME}
_SOURCE_TEXT = ("series", "sha256", "format", "archived_by")
_SOURCE_OPTIONAL_TEXT = ("file_name", "encoding")
_SOURCE_LIMITS = {
    "series": MAX_NAME, "archived_by": MAX_NAME, "file_name": MAX_FILE_NAME,
    "format": MAX_FORMAT, "encoding": MAX_ENCODING,
}  # fmt: skip
_WITHDRAWAL_TEXT = ("series", "reason", "recorded_by")
_WITHDRAWAL_LIMITS = {"series": MAX_NAME, "recorded_by": MAX_NAME}


def _require_text(
    record: dict[str, Any], required: tuple[str, ...], optional: tuple[str, ...]
) -> None:
    """Raise KeyError or TypeError unless every required field is non-empty text and every
    optional one is text or null: caught before the database refuses the row mid-import."""
    for name in required:
        if not isinstance(record[name], str) or not record[name]:
            raise TypeError(name)
    for name in optional:
        if record[name] is not None and not isinstance(record[name], str):
            raise TypeError(name)


def _import_version(session: Session, record: dict[str, Any], source_name: str) -> bool:
    period = Period.parse(record["period"])
    notice_id = notice_id_for(session, record["series"], period)
    same_number = session.scalar(
        select(VersionRow).where(
            VersionRow.notice_id == notice_id, VersionRow.number == record["number"]
        )
    )
    name = f"{record['series']} {period}@{record['number']}"
    if same_number is not None:
        if same_number.sha256 == record["sha256"]:
            return False
        raise StoreError(
            f"{name} is already archived here with different bytes; nothing was imported "
            f"from {source_name} (import into an empty archive, or export and merge by hand)"
        )
    same_bytes = session.scalar(
        select(VersionRow).where(
            VersionRow.notice_id == notice_id, VersionRow.sha256 == record["sha256"]
        )
    )
    if same_bytes is not None:
        raise StoreError(
            f"{name} is already archived here as version {same_bytes.number}; nothing was imported "
            f"from {source_name}"
        )
    text = record["text"]
    notice = notice_from_dict(record["parse"], text)
    version = VersionRow(
        notice_id=notice_id,
        number=record["number"],
        sha256=record["sha256"],
        source=base64.b64decode(record["source_base64"]),
        text=text,
        text_sha256=record["text_sha256"],
        file_name=record["file_name"],
        format=record["format"],
        encoding=record["encoding"],
        parser_version=record["parser_version"],
        archived_by=record["archived_by"],
        archived_at=utc_time(record["archived_at"]),
    )
    save_version(session, version, notice)
    return True
