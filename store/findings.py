"""Audit findings: append-only rows attached to a series at an occurrence (period, ref, text)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from qdiff.errors import StoreError, UsageError
from qdiff.lineage.model import Finding, FindingKind
from qdiff.periods import Period
from qdiff.store.archive import Archive
from qdiff.store.database import as_utc
from qdiff.store.models import FindingRow, SeriesRow


def add_finding(
    archive: Archive,
    series: str,
    period: Period,
    ref: str,
    text: str,
    finding: FindingKind,
    evidence: str | None,
    note: str | None,
    recorded_by: str,
) -> Finding:
    """Append one finding; earlier findings stay as they are."""
    try:
        finding = FindingKind(finding)
    except ValueError:
        known = ", ".join(FindingKind)
        raise UsageError(f"a finding is one of {known}, not '{finding}'") from None
    with archive.session(write=True) as session:
        series_id = session.scalar(select(SeriesRow.id).where(SeriesRow.key == series))
        if series_id is None:
            raise StoreError(f"no series '{series}' in the archive")
        row = FindingRow(
            series_id=series_id,
            period=str(period),
            ref=ref,
            text=text,
            finding=str(finding),
            evidence=evidence,
            note=note,
            recorded_by=recorded_by,
            recorded_at=datetime.now(UTC),
        )
        session.add(row)
        session.flush()
        return _finding(row)


def findings(archive: Archive, series: str) -> list[Finding]:
    """Every finding of a series, oldest first."""
    with archive.session() as session:
        rows = session.scalars(
            select(FindingRow)
            .join(SeriesRow, FindingRow.series_id == SeriesRow.id)
            .where(SeriesRow.key == series)
            .order_by(FindingRow.recorded_at, FindingRow.id)
        )
        return [_finding(row) for row in rows]


def _finding(row: FindingRow) -> Finding:
    return Finding(
        id=row.id,
        period=Period.parse(row.period),
        ref=row.ref,
        text=row.text,
        finding=FindingKind(row.finding),
        evidence=row.evidence,
        note=row.note,
        recorded_by=row.recorded_by,
        recorded_at=as_utc(row.recorded_at),
    )
