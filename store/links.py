"""Stored links: the links between two versions, stored once per pair of versions.

Links are keyed by the two versions they join, and each stored pair carries a mark of what made
it (settings and rules). The store only saves and loads them; `qdiff.app.links` decides when a
pair must be compared again.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import defer

from qdiff.align.model import Facet, Status
from qdiff.lineage.model import Edge
from qdiff.notice import Notice
from qdiff.periods import Period
from qdiff.refs import RefKind
from qdiff.store.archive import Archive
from qdiff.store.models import LinkPairRow, LinkRow, NoticeRow, SeriesRow, VersionRow
from qdiff.store.rows import load_parse
from qdiff.store.withdrawals import withdrawn_now

VersionPair = tuple[int, int]  # (older version id, newer version id)
# The tables, for Core inserts (store_edges).
_LINK_PAIRS = LinkPairRow.metadata.tables[LinkPairRow.__tablename__]
_LINKS = LinkRow.metadata.tables[LinkRow.__tablename__]


def latest_versions(archive: Archive, series: str) -> dict[Period, int]:
    """The id of the latest version not withdrawn of every archived period of a series (a
    period whose every version is withdrawn is left out, as if it were not archived)."""
    with archive.session() as session:
        rows = session.execute(
            select(NoticeRow.period, VersionRow.id, VersionRow.number, SeriesRow.id)
            .join(VersionRow, VersionRow.notice_id == NoticeRow.id)
            .join(SeriesRow, NoticeRow.series_id == SeriesRow.id)
            .where(SeriesRow.key == series)
        ).all()
        withdrawn = withdrawn_now(session, {series_id for *_, series_id in rows})
    latest: dict[Period, tuple[int, int]] = {}
    for period, version_id, number, series_id in rows:
        if withdrawn.of_version(version_id, series_id) is not None:
            continue
        key = Period.parse(period)
        if key not in latest or number > latest[key][1]:
            latest[key] = (version_id, number)
    return {period: version_id for period, (version_id, _) in latest.items()}


def load_notices(archive: Archive, versions: dict[Period, int]) -> dict[Period, Notice]:
    """The stored parses of these versions (never their source bytes)."""
    with archive.session() as session:
        return {
            period: load_parse(
                session,
                session.get_one(VersionRow, version_id, options=[defer(VersionRow.source)]),
                period,
            )
            for period, version_id in versions.items()
        }


def pair_marks(archive: Archive, pairs: list[VersionPair]) -> dict[VersionPair, str]:
    """The mark (what made the links) of each of these pairs that is stored."""
    with archive.session() as session:
        return {
            (row.old_version_id, row.new_version_id): row.settings
            for row in session.execute(
                select(
                    LinkPairRow.old_version_id, LinkPairRow.new_version_id, LinkPairRow.settings
                ).where(tuple_(LinkPairRow.old_version_id, LinkPairRow.new_version_id).in_(pairs))
            )
        }


def delete_pairs(archive: Archive, pairs: list[VersionPair]) -> None:
    """Forget the stored links of these pairs, in one transaction."""
    if not pairs:
        return
    with archive.session(write=True) as session:
        for old_version, new_version in pairs:
            for table in (LinkRow, LinkPairRow):
                session.execute(
                    delete(table).where(
                        table.old_version_id == old_version,
                        table.new_version_id == new_version,
                    )
                )


def stored_edges(archive: Archive, pairs: list[VersionPair]) -> dict[VersionPair, list[Edge]]:
    """The stored links of each pair that is stored (a pair stored with no links maps to an
    empty list), in two queries whatever the number of pairs. The links are read as plain
    columns, not as ORM objects: a long series has tens of thousands, read on every report."""
    if not pairs:
        return {}
    with archive.session() as session:
        edges: dict[VersionPair, list[Edge]] = {
            (row.old_version_id, row.new_version_id): []
            for row in session.execute(
                select(LinkPairRow.old_version_id, LinkPairRow.new_version_id).where(
                    tuple_(LinkPairRow.old_version_id, LinkPairRow.new_version_id).in_(pairs)
                )
            )
        }
        rows = session.execute(
            select(
                LinkRow.old_version_id, LinkRow.new_version_id, LinkRow.kind, LinkRow.old_ref,
                LinkRow.new_ref, LinkRow.status, LinkRow.facets, LinkRow.score,
            )
            .where(tuple_(LinkRow.old_version_id, LinkRow.new_version_id).in_(pairs))
            .order_by(LinkRow.id)
        )  # fmt: skip
        for old_version, new_version, kind, old_ref, new_ref, status, facets, score in rows:
            edges[(old_version, new_version)].append(
                Edge(RefKind(kind), old_ref, new_ref, Status(status),
                     tuple(Facet(f) for f in facets.split(",") if f), score)
            )  # fmt: skip
    return edges


def store_edges(archive: Archive, pair: VersionPair, edges: list[Edge], mark: str) -> None:
    """Store the links of one pair with the mark of what made them. A pair another process
    stored a moment ago is left as it is: its links are the same."""
    old_version, new_version = pair
    try:
        with archive.session(write=True) as session:
            # Core inserts of the tables, not the ORM's: the rows are written and never read
            # back as objects, and the ORM's bookkeeping per row cost more than the writing.
            session.execute(
                insert(_LINK_PAIRS),
                {"old_version_id": old_version, "new_version_id": new_version,
                 "computed_at": datetime.now(UTC), "settings": mark},
            )  # fmt: skip
            rows = [
                {"old_version_id": old_version, "new_version_id": new_version, "kind": edge.kind,
                 "old_ref": edge.old_ref, "new_ref": edge.new_ref, "status": edge.status,
                 "facets": ",".join(edge.facets), "score": edge.score}
                for edge in edges
            ]  # fmt: skip
            if rows:
                session.execute(insert(_LINKS), rows)
    except IntegrityError:
        pass  # another process stored the same pair a moment ago
