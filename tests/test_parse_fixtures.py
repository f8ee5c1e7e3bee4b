"""Every fixture written for testing parses to its hand-made label in fixtures/expected/.

The labels were written by reading the fixtures, not by running the parser; a difference is a
parser bug unless the label is argued wrong in fixtures/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qdiff.load import load_path
from qdiff.serialize import notice_to_dict
from tests.conftest import FIXTURES

EXPECTED = sorted((FIXTURES / "expected").glob("*.json"))


def describe_differences(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for key in (
        "title",
        "issuer",
        "period",
        "doc_number",
        "signed_on",
        "published_on",
        "truncated",
    ):
        if expected[key] != actual[key]:
            problems.append(f"{key}: expected {expected[key]!r}, got {actual[key]!r}")
    got_sections = actual["sections"]
    if len(expected["sections"]) != len(got_sections):
        problems.append(
            f"sections: expected {[s['label'] for s in expected['sections']]}, "
            f"got {[s['label'] for s in got_sections]}"
        )
    for want_section, got_section in zip(expected["sections"], got_sections, strict=False):
        where = f"section {want_section['label'] or '(flat)'}"
        for key in ("label", "title"):
            if want_section[key] != got_section[key]:
                problems.append(
                    f"{where} {key}: expected {want_section[key]!r}, got {got_section[key]!r}"
                )
        want_items, got_items = want_section["items"], got_section["items"]
        if len(want_items) != len(got_items):
            problems.append(
                f"{where}: expected items {[i['label'] for i in want_items]}, "
                f"got {[i['label'] for i in got_items]}"
            )
        for want, got in zip(want_items, got_items, strict=False):
            at = f"{where} item {want['label']}"
            for key in ("label", "heading", "lead", "support"):
                if want[key] != got[key]:
                    problems.append(f"{at} {key}: expected {want[key]!r}, got {got[key]!r}")
            stages = [task["stage"] for task in got["tasks"]]
            if want["tasks"] != len(got["tasks"]) or want["stages"] != stages:
                wanted = f"{want['tasks']} {want['stages']}"
                problems.append(f"{at} tasks: expected {wanted}, got {len(stages)} {stages}")
    got_codes = {warning["code"] for warning in actual["warnings"]}
    missing = set(expected["warnings"]) - got_codes
    if missing:
        problems.append(f"warnings: expected {sorted(missing)} among {sorted(got_codes)}")
    return problems


@pytest.mark.parametrize("label_path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_fixture_matches_its_label(label_path: Path) -> None:
    expected = json.loads(label_path.read_text(encoding="utf-8"))
    actual = notice_to_dict(load_path(str(FIXTURES / expected["file"])).notice)
    problems = describe_differences(expected, actual)
    assert not problems, "\n".join(problems)


def test_every_variant_has_a_label() -> None:
    labelled = {json.loads(p.read_text(encoding="utf-8"))["file"] for p in EXPECTED}
    variants = {f"variants/{p.name}" for p in (FIXTURES / "variants").iterdir()}
    assert variants == labelled
