"""The fingerprint of the links qdiff stores for the fixture quarters.

Stored links are a cache of comparisons: each stored pair carries the settings and
`ALIGNER_REVISION` that made it, and pairs made otherwise are compared again. The cache is only
as good as the revision: change the rules without raising it and old links are reused silently.
So the links of the fixture quarters, as the archive stores them, are hashed here and recorded
with the revision in tests/golden/links_fingerprint.json (written by tests/regenerate_goldens.py);
tests/test_links_fingerprint.py fails when they change while the revision did not.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.fingerprint_file import FingerprintFile

if TYPE_CHECKING:
    from qdiff.align import Settings

ROOT = Path(__file__).resolve().parent.parent
FINGERPRINT = ROOT / "tests" / "golden" / "links_fingerprint.json"
RECORD = FingerprintFile(FINGERPRINT)
QUARTERS = [
    ROOT / "fixtures" / "yangpu_2021Q1.txt",
    *sorted((ROOT / "fixtures" / "quarters").glob("yangpu_20*.txt")),
]


def stored_links(settings: Settings | None = None) -> list[str]:
    """Every link the archive stores for the fixture quarters, one canonical line each (made with
    the default settings, or with `settings` to show that the fingerprint sees a change)."""
    from qdiff.align import DEFAULT_SETTINGS
    from qdiff.app.archiving import archive_file
    from qdiff.app.links import ensure_links
    from qdiff.load import load_path
    from qdiff.store import Archive
    from qdiff.store.database import resolve_url
    from qdiff.store.links import latest_versions, stored_edges

    with tempfile.TemporaryDirectory() as folder:
        archive = Archive.open(resolve_url(str(Path(folder) / "links.sqlite3")))
        try:
            series = {
                archive_file(
                    archive, load_path(str(path)), archived_by="fingerprint"
                ).version.series
                for path in QUARTERS
            }
            lines = []
            for key in sorted(series):
                ensure_links(archive, key, settings or DEFAULT_SETTINGS)
                versions = latest_versions(archive, key)
                period_of = {version: period for period, version in versions.items()}
                edges = stored_edges(archive, [(a, b) for a in versions.values()
                                               for b in versions.values()])  # fmt: skip
                for (old, new), links in sorted(
                    edges.items(), key=lambda e: (period_of[e[0][0]], period_of[e[0][1]])
                ):
                    for edge in links:
                        lines.append(
                            f"{period_of[old]}>{period_of[new]} {edge.kind} {edge.old_ref}>"
                            f"{edge.new_ref} {edge.status} {','.join(edge.facets)} {edge.score}"
                        )
            return lines
        finally:
            archive.close()


def fingerprint(settings: Settings | None = None) -> dict[str, Any]:
    from qdiff.align import ALIGNER_REVISION

    lines = stored_links(settings)
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    return {"aligner_revision": ALIGNER_REVISION, "links": len(lines), "sha256": digest}


recorded = RECORD.recorded
write = RECORD.write
