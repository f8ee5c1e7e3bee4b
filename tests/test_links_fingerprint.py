"""Stored links carry the revision of the rules that made them, and the revision is raised when
the rules change (tests/links_fingerprint.py says why)."""

from __future__ import annotations

from tests.links_fingerprint import fingerprint, recorded

_ADVICE = (
    "raise ALIGNER_REVISION in qdiff/align/settings.py (archives then compare their pairs "
    "again), then run tests/regenerate_goldens.py and commit tests/golden/links_fingerprint.json"
)


def test_links_change_only_with_a_new_revision() -> None:
    now, then = fingerprint(), recorded()
    assert now["links"] > 100  # the fixture quarters were archived and linked
    if now["aligner_revision"] == then["aligner_revision"]:
        assert now["sha256"] == then["sha256"], (
            f"the stored links of the fixture quarters changed ({then['links']} -> "
            f"{now['links']} links) but ALIGNER_REVISION did not: {_ADVICE}"
        )
    else:
        assert now["aligner_revision"] > then["aligner_revision"], "a revision never goes back"
        raise AssertionError(
            f"ALIGNER_REVISION is {now['aligner_revision']}, the fingerprint was recorded at "
            f"{then['aligner_revision']}: run tests/regenerate_goldens.py to record it"
        )


def test_the_fingerprint_sees_a_change_of_the_links() -> None:
    """Links made differently (here: a stricter item threshold) hash differently."""
    from qdiff.align import DEFAULT_SETTINGS

    stricter = DEFAULT_SETTINGS.with_overrides({"item_match": 0.5})
    assert fingerprint(stricter)["sha256"] != recorded()["sha256"]
