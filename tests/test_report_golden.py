"""The HTML reports of the fixtures' comparisons equal the reviewed golden files in tests/golden/.

A failure means the report changed: if the change is meant, run tests/regenerate_goldens.py
and review the diff of tests/golden/ like any other change.
"""

from __future__ import annotations

import difflib

import pytest

from tests.report_cases import GOLDEN, ReportCase, report_cases

CASES = report_cases()
HOW = "if the change is meant, run `.venv/bin/python tests/regenerate_goldens.py` and review it"


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_report_matches_its_golden(case: ReportCase) -> None:
    if not case.golden.exists():
        pytest.fail(f"{case.golden.name} has no golden file; {HOW}")
    expected = case.golden.read_text(encoding="utf-8")
    actual = case.make()
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), "golden", "now", n=1, lineterm=""
        )
        shown = "\n".join(list(diff)[:40])
        pytest.fail(f"the report of {case.name} changed; {HOW}\n{shown}")


def test_every_golden_belongs_to_a_case() -> None:
    names = {case.golden.name for case in CASES}
    stale = sorted(path.name for path in GOLDEN.glob("*.html") if path.name not in names)
    assert not stale, f"golden files of no case: {stale}; {HOW}"


def test_the_cases_cover_the_real_series() -> None:
    names = [case.name for case in CASES]
    assert "yangpu_2021Q1-gb18030-copy" in names
    assert any(name.endswith(".cut") for name in names), "no truncated case: quarters missing?"
