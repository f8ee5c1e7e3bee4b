"""Stored links and the threads built from them: when neighbouring quarters must be compared
again, and the lineage of a series over its archived quarters.

Links are compared once per pair of versions and stored (`qdiff.store.links`). Archiving a
corrected version of a quarter makes new pairs with its neighbours, compared the next time a
thread, an audit list or a report needs them; links of superseded versions stay stored but no
longer take part. Links made by other settings or other rules are compared again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from qdiff.align import ALIGNER_REVISION, DEFAULT_SETTINGS, Settings, compare
from qdiff.align.features import Background
from qdiff.errors import StoreError
from qdiff.lineage import Edge, Lineage, build_lineage, edges_of, needed_pairs, quarters_only
from qdiff.notice import Notice
from qdiff.periods import Period
from qdiff.store.archive import Archive
from qdiff.store.links import (
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
    notices = load_notices(archive, {p: versions[p] for pair in missing for p in pair})
    background = Background.of(archive.series_passages(series))
    mark = links_mark(settings)
    for old, new in missing:
        comparison = compare(notices[old], notices[new], settings, background, details=False)
        store_edges(archive, (versions[old], versions[new]), edges_of(comparison), mark)
    return notices


def _current_pairs(
    archive: Archive, pairs: list[tuple[int, int]], settings: Settings
) -> set[tuple[int, int]]:
    """The pairs of versions whose links are stored, made with these settings and rules. Links
    made by other rules (an older qdiff) are deleted here, so that those pairs are compared
    again."""
    mark = links_mark(settings)
    marks = pair_marks(archive, pairs)
    delete_pairs(archive, [pair for pair, made_by in marks.items() if made_by != mark])
    return {pair for pair, made_by in marks.items() if made_by == mark}


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
    fresh = load_notices(archive, {p: versions[p] for p in quarters if p not in loaded})
    notices = {p: loaded[p] if p in loaded else fresh[p] for p in quarters}
    edges: dict[tuple[Period, Period], Sequence[Edge]] = {}
    pairs = needed_pairs(quarters)
    if not stored_settings:
        background = Background.of(archive.series_passages(series))
        for old, new in pairs:
            comparison = compare(notices[old], notices[new], settings, background, details=False)
            edges[(old, new)] = edges_of(comparison)
        return build_lineage(notices, edges, series)
    # ensure_links stored every pair the whole series needs, and a run of its quarters needs
    # no pair the whole does not.
    stored = stored_edges(archive, [(versions[old], versions[new]) for old, new in pairs])
    for old, new in pairs:
        found = stored.get((versions[old], versions[new]))
        if found is None:
            raise StoreError(f"the links of {series} {old}–{new} vanished; run `qdiff verify`")
        edges[(old, new)] = found
    return build_lineage(notices, edges, series)
