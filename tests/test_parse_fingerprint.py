"""Archived parses carry the parser revision that made them, and the revision is raised when the
parsing rules change (tests/parse_fingerprint.py says why)."""

from __future__ import annotations

from tests.parse_fingerprint import fingerprint, recorded


def test_parses_change_only_with_a_new_parser_revision() -> None:
    now, then = fingerprint(), recorded()
    assert now["parsed"] > 50  # the fixtures were found and parsed
    if now["parser_revision"] == then["parser_revision"]:
        assert now["sha256"] == then["sha256"], (
            "the fixtures parse differently but PARSER_REVISION did not change: raise it in "
            "qdiff/parser_version.py (verify and import then trust the stored parse of older "
            "archives instead of re-parsing them), run tests/regenerate_goldens.py and commit "
            "tests/golden/parse_fingerprint.json"
        )
    else:
        assert now["parser_revision"] > then["parser_revision"], "a revision never goes back"
        raise AssertionError(
            f"PARSER_REVISION is {now['parser_revision']}, the fingerprint was recorded at "
            f"{then['parser_revision']}: run tests/regenerate_goldens.py to record it"
        )
