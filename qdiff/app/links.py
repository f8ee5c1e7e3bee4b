"""Stored links and the threads built from them: when neighbouring quarters must be compared
again, and the lineage of a series over its archived quarters.

Links are compared once per pair of versions and stored (`qdiff.store.links`). Archiving a
corrected version of a quarter makes new pairs with its neighbours, compared the next time a
thread, an audit list or a report needs them; links of superseded versions stay stored but no
longer take part. Links made by other settings or other rules are compared again. An archive
this process cannot write is never written: there, links are compared in memory each time.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field

from qdiff.align import ALIGNER_REVISION, DEFAULT_SETTINGS, Settings, compare
from qdiff.align.features import Background
from qdiff.commitments import Commitment, commitments_of
from qdiff.errors import ArchiveReadOnlyError, StoreError
from qdiff.lineage import Edge, Lineage, build_lineage, edges_of, needed_pairs, quarters_only
from qdiff.lineage.objects import object_edges, with_objects
from qdiff.notice import Notice
from qdiff.periods import Period
from qdiff.store.archive import Archive
from qdiff.store.links import (
    VersionPair,
    delete_pairs,
    latest_versions,
    load_notices,
    pair_marks,
    store_edges,
    stored_edges,
)


def links_mark(settings: Settings) -> str:
    """What stored links were made with: the settings and the revision of the rules."""
    return json.dumps({**settings.as_dict(), "aligner_revision": ALIGNER_REVISION}, sort_keys=True)


@dataclass(frozen=True)
class Linked:
    """What `ensure_links` did: the notices it had to load, their commitments and the links
    of every pair it compared, stored or not (so that a caller who needs them too neither loads
    the notices nor extracts their commitments again, nor reads back the links it has just
    stored)."""

    notices: dict[Period, Notice] = field(default_factory=dict)
    compared: dict[VersionPair, list[Edge]] = field(default_factory=dict)
    commitments: dict[Period, tuple[Commitment, ...]] = field(default_factory=dict)


def ensure_links(
    archive: Archive,
    series: str,
    settings: Settings = DEFAULT_SETTINGS,
    versions: dict[Period, int] | None = None,
) -> Linked:
    """Compare the neighbouring quarters of a series whose links are not stored yet (after a
    quarter was archived, or archived again), and store their links.

    An archive this process cannot write (read-only storage or folder, a read-only database
    user, a standby) is never written: the missing pairs are compared all the same and their
    links handed back in memory, to be compared again next time."""
    versions = versions if versions is not None else latest_versions(archive, series)
    pairs = {(a, b): (versions[a], versions[b]) for a, b in needed_pairs(list(versions))}
    current = _current_pairs(archive, list(pairs.values()), settings)
    missing = [pair for pair, ids in pairs.items() if ids not in current]
    if not missing:
        return Linked()
    notices = load_notices(archive, {p: versions[p] for pair in missing for p in pair})
    background = Background.of(archive.series_passages(series))
    mark = links_mark(settings)
    writable = archive.writable
    compared: dict[VersionPair, list[Edge]] = {}
    # A quarter is in up to four pairs: its commitments are read once for them all.
    commitments = {period: commitments_of(notice) for period, notice in notices.items()}
    for old, new in missing:
        comparison = compare(notices[old], notices[new], settings, background, details=False)
        ids, edges = (versions[old], versions[new]), list(edges_of(comparison))
        # The named objects' links too, guided by the task links: stored once, they spare every
        # later report aligning the objects again.
        edges.extend(object_edges(commitments[old], commitments[new], (old, new), edges))
        compared[ids] = edges
        if writable:
            try:
                store_edges(archive, ids, edges, mark)
            except ArchiveReadOnlyError:
                writable = False  # found out on writing (a privilege the open could not see)
    return Linked(notices, compared, commitments)


def _current_pairs(
    archive: Archive, pairs: list[tuple[int, int]], settings: Settings
) -> set[tuple[int, int]]:
    """The pairs of versions whose links are stored, made with these settings and rules. Links
    made by other rules (an older qdiff) are deleted here where the archive can be written, so
    that those pairs are compared again (and, read-only, compared in memory)."""
    mark = links_mark(settings)
    marks = pair_marks(archive, pairs)
    stale = [pair for pair, made_by in marks.items() if made_by != mark]
    if stale and archive.writable:
        with suppress(ArchiveReadOnlyError):  # compared again in memory, like any pair not stored
            delete_pairs(archive, stale)
    return {pair for pair, made_by in marks.items() if made_by == mark}


def load_lineage(
    archive: Archive,
    series: str,
    first: Period | None = None,
    last: Period | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    objects: bool = False,
) -> Lineage:
    """The threads of a series over its archived quarters (between `first` and `last`); with
    `objects`, the threads of its named objects too (`Lineage.objects`)."""
    versions = latest_versions(archive, series)
    # Stored links are compared with the default settings; other settings are compared afresh
    # and kept in memory only, so the stored threads never mix two settings.
    stored_settings = settings == DEFAULT_SETTINGS
    linked = ensure_links(archive, series, settings, versions) if stored_settings else Linked()
    loaded = linked.notices
    quarters = [
        p for p in quarters_only(list(versions))
        if (first is None or p >= first) and (last is None or p <= last)
    ]  # fmt: skip
    if not quarters:
        raise StoreError(f"{series} has no archived quarters in that range; see `qdiff list`")
    fresh = load_notices(archive, {p: versions[p] for p in quarters if p not in loaded})
    notices = {p: loaded[p] if p in loaded else fresh[p] for p in quarters}
    edges: dict[tuple[Period, Period], Sequence[Edge]] = {}
    pairs = needed_pairs(quarters)
    if not stored_settings:
        background = Background.of(archive.series_passages(series))
        for old, new in pairs:
            comparison = compare(notices[old], notices[new], settings, background, details=False)
            edges[(old, new)] = edges_of(comparison)
        return _lineage(notices, edges, series, objects, {})
    # ensure_links stored every pair the whole series needs, and a run of its quarters needs
    # no pair the whole does not. The pairs it has just compared are not read back: what it
    # stored are those very links (tests/test_links_memory.py checks they read back equal).
    ids = [(versions[old], versions[new]) for old, new in pairs]
    stored = stored_edges(archive, [pair for pair in ids if pair not in linked.compared])
    stored.update(linked.compared)
    for old, new in pairs:
        found = stored.get((versions[old], versions[new]))
        if found is None:
            raise StoreError(f"the links of {series} {old}–{new} vanished; run `qdiff verify`")
        edges[(old, new)] = found
    return _lineage(notices, edges, series, objects, linked.commitments)


def _lineage(
    notices: dict[Period, Notice],
    edges: dict[tuple[Period, Period], Sequence[Edge]],
    series: str,
    objects: bool,
    commitments: dict[Period, tuple[Commitment, ...]],
) -> Lineage:
    lineage = build_lineage(notices, edges, series)
    if not objects:
        return lineage
    return with_objects(lineage, notices, edges, commitments)
