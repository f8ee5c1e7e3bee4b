"""The first report of a series builds its threads from the links it has just compared, without
reading them back from the archive (qdiff/app/links.py): so those links must be the very ones
the archive stores and later reports read, on both backends."""

from __future__ import annotations

import json

from qdiff.app.archiving import archive_file
from qdiff.app.links import ensure_links
from qdiff.load import load_path
from qdiff.store import Archive
from qdiff.store.database import resolve_url
from qdiff.store.links import latest_versions, stored_edges
from tests.conftest import FIXTURES, SEED, run_cli

QUARTERS = [SEED, *sorted((FIXTURES / "quarters").glob("yangpu_20*.txt"))]


def test_the_links_compared_are_the_links_stored(db_url: str) -> None:
    archive = Archive.open(resolve_url(db_url))
    try:
        series = {
            archive_file(archive, load_path(str(path)), archived_by="test").version.series
            for path in QUARTERS
        }
        assert len(series) == 1
        key = series.pop()
        versions = latest_versions(archive, key)
        stored_before = stored_edges(
            archive, [(a, b) for a in versions.values() for b in versions.values()]
        )
        linked = ensure_links(archive, key)
        # Archiving links a few new quarters at once; what it left to compare is compared now.
        assert linked.compared or stored_before
        assert not set(linked.compared) & set(stored_before)
        assert stored_edges(archive, list(linked.compared)) == linked.compared
    finally:
        archive.close()


def test_the_first_report_is_the_report_of_stored_links(db_url: str) -> None:
    # Archived in one go past what archiving links at once, so that the report links them all.
    assert run_cli(db_url, "archive", *map(str, QUARTERS)).exit_code == 0
    first = run_cli(db_url, "report", "--format", "json")
    again = run_cli(db_url, "report", "--format", "json")
    assert first.exit_code == again.exit_code == 0
    assert first.stdout == again.stdout
    assert json.loads(first.stdout)["objects"]
