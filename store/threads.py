"""Threads from the archive: the links between quarters, stored once per pair of versions, and
the audit findings attached to threads.

Links are keyed by the two versions they join. Archiving a corrected version of a quarter makes
new pairs with its neighbours, which are compared the next time a thread, an audit list or a
report needs them; links of superseded versions stay stored but no longer take part.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import defer

from qdiff.align import ALIGNER_REVISION, DEFAULT_SETTINGS, Settings, compare
from qdiff.align.features import Background
from qdiff.errors import StoreError, UsageError
from qdiff.lineage import Edge, Lineage, build_lineage, edges_of, needed_pairs, quarters_only
from qdiff.lineage.model import FINDINGS, Finding
from qdiff.notice import Notice
from qdiff.periods import Period
from qdiff.store.archive import Archive
from qdiff.store.database import as_utc
from qdiff.store.models import (
    FindingRow,
    LinkPairRow,
    LinkRow,
    NoticeRow,
    SeriesRow,
    VersionRow,
)
from qdiff.store.rows import load_parse


def latest_versions(archive: Archive, series: str) -> dict[Period, int]:
    """The id of the latest version of every archived period of a series."""
    with archive.session() as session:
        rows = session.execute(
            select(NoticeRow.period, VersionRow.id, VersionRow.number)
            .join(VersionRow, VersionRow.notice_id == NoticeRow.id)
            .join(SeriesRow, NoticeRow.series_id == SeriesRow.id)
            .where(SeriesRow.key == series)
        ).all()
    latest: dict[Period, tuple[int, int]] = {}
    for period, version_id, number in rows:
        key = Period.parse(period)
        if key not in latest or number > latest[key][1]:
            latest[key] = (version_id, number)
    return {period: version_id for period, (version_id, _) in latest.items()}


def ensure_links(
    archive: Archive,
    series: str,
    settings: Settings = DEFAULT_SETTINGS,
    versions: dict[Period, int] | None = None,
) -> dict[Period, Notice]:
    """Compare the neighbouring quarters of a series whose links are not stored yet (after a
    quarter was archived, or archived again); returns the notices it had to load, so that a
    caller who needs them too does not load them again."""
    versions = versions if versions is not None else latest_versions(archive, series)
    pairs = {(a, b): (versions[a], versions[b]) for a, b in needed_pairs(list(versions))}
    current = _current_pairs(archive, list(pairs.values()), settings)
    missing = [pair for pair, ids in pairs.items() if ids not in current]
    if not missing:
        return {}
    notices = _load_notices(archive, {p: versions[p] for pair in missing for p in pair})
    background = Background.of(archive.series_passages(series))
    for old, new in missing:
        comparison = compare(notices[old], notices[new], settings, background, details=False)
        _store_edges(archive, versions[old], versions[new], edges_of(comparison), settings)
    return notices


def load_lineage(
    archive: Archive,
    series: str,
    first: Period | None = None,
    last: Period | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> Lineage:
    """The threads of a series over its archived quarters (between `first` and `last`)."""
    versions = latest_versions(archive, series)
    # Stored links are compared with the default settings; other settings are compared afresh
    # and kept in memory only, so the stored threads never mix two settings.
    stored_settings = settings == DEFAULT_SETTINGS
    loaded = ensure_links(archive, series, settings, versions) if stored_settings else {}
    quarters = [
        p for p in quarters_only(list(versions))
        if (first is None or p >= first) and (last is None or p <= last)
    ]  # fmt: skip
    if not quarters:
        raise StoreError(f"{series} has no archived quarters in that range; see `qdiff list`")
    fresh = _load_notices(archive, {p: versions[p] for p in quarters if p not in loaded})
    notices = {p: loaded[p] if p in loaded else fresh[p] for p in quarters}
    background = None if stored_settings else Background.of(archive.series_passages(series))
    edges: dict[tuple[Period, Period], Sequence[Edge]] = {}
    pairs = needed_pairs(quarters)
    if background is not None:
        for old, new in pairs:
            comparison = compare(notices[old], notices[new], settings, background, details=False)
            edges[(old, new)] = edges_of(comparison)
        return build_lineage(notices, edges, series)
    # ensure_links stored every pair the whole series needs, and a run of its quarters needs
    # no pair the whole does not.
    stored = _stored_edges(archive, [(versions[old], versions[new]) for old, new in pairs])
    for old, new in pairs:
        found = stored.get((versions[old], versions[new]))
        if found is None:
            raise StoreError(f"the links of {series} {old}–{new} vanished; run `qdiff verify`")
        edges[(old, new)] = found
    return build_lineage(notices, edges, series)


def _links_key(settings: Settings) -> str:
    """What stored links were made with: the settings and the revision of the rules."""
    return json.dumps({**settings.as_dict(), "aligner_revision": ALIGNER_REVISION}, sort_keys=True)


def _current_pairs(
    archive: Archive, pairs: list[tuple[int, int]], settings: Settings
) -> set[tuple[int, int]]:
    """The pairs of versions whose links are stored, made with these settings and rules. Links
    made by other rules (an older qdiff) are deleted here, so that those pairs are compared
    again."""
    key = _links_key(settings)
    with archive.session() as session:
        marks = {
            (row.old_version_id, row.new_version_id): row.settings
            for row in session.execute(
                select(
                    LinkPairRow.old_version_id, LinkPairRow.new_version_id, LinkPairRow.settings
                ).where(tuple_(LinkPairRow.old_version_id, LinkPairRow.new_version_id).in_(pairs))
            )
        }
    stale = [pair for pair, mark in marks.items() if mark != key]
    if stale:
        with archive.session(write=True) as session:
            for old_version, new_version in stale:
                for table in (LinkRow, LinkPairRow):
                    session.execute(
                        delete(table).where(
                            table.old_version_id == old_version,
                            table.new_version_id == new_version,
                        )
                    )
    return {pair for pair, mark in marks.items() if mark == key}


def _load_notices(archive: Archive, versions: dict[Period, int]) -> dict[Period, Notice]:
    with archive.session() as session:
        return {
            period: load_parse(
                session,
                session.get_one(VersionRow, version_id, options=[defer(VersionRow.source)]),
                period,
            )
            for period, version_id in versions.items()
        }


def _stored_edges(
    archive: Archive, pairs: list[tuple[int, int]]
) -> dict[tuple[int, int], list[Edge]]:
    """The stored links of each pair that is stored (a pair stored with no links maps to an
    empty list), in two queries whatever the number of pairs."""
    with archive.session() as session:
        edges: dict[tuple[int, int], list[Edge]] = {
            (row.old_version_id, row.new_version_id): []
            for row in session.execute(
                select(LinkPairRow.old_version_id, LinkPairRow.new_version_id).where(
                    tuple_(LinkPairRow.old_version_id, LinkPairRow.new_version_id).in_(pairs)
                )
            )
        }
        rows = session.scalars(
            select(LinkRow)
            .where(tuple_(LinkRow.old_version_id, LinkRow.new_version_id).in_(pairs))
            .order_by(LinkRow.id)
        )
        for row in rows:
            edges[(row.old_version_id, row.new_version_id)].append(
                Edge(row.kind, row.old_ref, row.new_ref, row.status,
                     tuple(f for f in row.facets.split(",") if f), row.score)
            )  # fmt: skip
    return edges


def _store_edges(
    archive: Archive, old_version: int, new_version: int, edges: list[Edge], settings: Settings
) -> None:
    try:
        with archive.session(write=True) as session:
            session.add(
                LinkPairRow(
                    old_version_id=old_version,
                    new_version_id=new_version,
                    computed_at=datetime.now(UTC),
                    settings=_links_key(settings),
                )
            )
            rows = [
                {"old_version_id": old_version, "new_version_id": new_version, "kind": edge.kind,
                 "old_ref": edge.old_ref, "new_ref": edge.new_ref, "status": edge.status,
                 "facets": ",".join(edge.facets), "score": edge.score}
                for edge in edges
            ]  # fmt: skip
            if rows:
                session.execute(insert(LinkRow), rows)
    except IntegrityError:
        pass  # another process stored the same pair a moment ago; its links are the same


def add_finding(
    archive: Archive,
    series: str,
    period: Period,
    ref: str,
    text: str,
    finding: str,
    evidence: str | None,
    note: str | None,
    recorded_by: str,
) -> Finding:
    if finding not in FINDINGS:
        raise UsageError(f"--finding is one of {', '.join(FINDINGS)}, not '{finding}'")
    with archive.session(write=True) as session:
        series_id = session.scalar(select(SeriesRow.id).where(SeriesRow.key == series))
        if series_id is None:
            raise StoreError(f"no series '{series}' in the archive")
        row = FindingRow(
            series_id=series_id,
            period=str(period),
            ref=ref,
            text=text,
            finding=finding,
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
    recorded = as_utc(row.recorded_at)
    return Finding(
        id=row.id,
        period=Period.parse(row.period),
        ref=row.ref,
        text=row.text,
        finding=row.finding,
        evidence=row.evidence,
        note=row.note,
        recorded_by=row.recorded_by,
        recorded_at=recorded,
    )
