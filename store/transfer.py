"""The whole archive as JSON lines, for backup and for moving between databases.

Line 1 describes the export; then one line per version with its exact bytes (base64), text,
sha256s, who archived it and when (UTC, with its +00:00), and its stored parse; then one line
per audit finding; the last line counts versions and findings, so a cut-off export is detected.

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

from sqlalchemy import select
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
from qdiff.store.models import FindingRow, NoticeRow, SeriesRow, VersionRow
from qdiff.store.rows import load_parse, notice_id_for, save_version

EXPORT_FORMAT = 1


def export_lines(archive: Archive) -> Iterator[str]:
    """The archive as JSON lines, oldest series and period first, every version."""
    yield _line(
        {
            "kind": "qdiff-archive",
            "format": EXPORT_FORMAT,
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
        findings = session.execute(
            select(SeriesRow.key, FindingRow)
            .join(SeriesRow, FindingRow.series_id == SeriesRow.id)
            .order_by(SeriesRow.key, FindingRow.recorded_at, FindingRow.id)
        ).all()
        for series, finding in findings:
            yield _line(_finding_record(series, finding))
    # Links between quarters are not exported: they are derived, and recomputed on demand.
    yield _line({"kind": "end", "versions": count, "findings": len(findings)})


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
            if record.get("format") != EXPORT_FORMAT:
                raise InputError(
                    f"{source_name} is export format {record.get('format')}; this qdiff reads "
                    f"format {EXPORT_FORMAT}, so upgrade qdiff"
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
            ended = True
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
