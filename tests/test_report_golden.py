"""The HTML reports of the fixtures' comparisons equal the reviewed golden files in tests/golden/.

A golden report holds the page with its inline stylesheet and script set aside (and the hashes
its Content-Security-Policy gives them); tests/golden/assets.txt holds those bodies once, and
which report inlines which (tests/golden_assets.py). So an edit of the CSS or JS fails only the
asset golden, and any other change of a page fails that page's golden.

A failure means the report changed: if the change is meant, run tests/regenerate_goldens.py
and review the diff of tests/golden/ like any other change.
"""

from __future__ import annotations

import difflib
from functools import cache

import pytest

from tests.golden_assets import ASSETS_GOLDEN, SetAside, assets_text, set_aside
from tests.report_cases import GOLDEN, ReportCase, report_cases

CASES = report_cases()
HOW = "if the change is meant, run `.venv/bin/python tests/regenerate_goldens.py` and review it"


@cache
def _report(name: str) -> SetAside:
    """Each case's report, made once for all the tests of this module."""
    (case,) = (case for case in CASES if case.name == name)
    return set_aside(case.make())


def _diff(expected: str, actual: str) -> str:
    diff = difflib.unified_diff(
        expected.splitlines(), actual.splitlines(), "golden", "now", n=1, lineterm=""
    )
    return "\n".join(list(diff)[:40])


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_report_matches_its_golden(case: ReportCase) -> None:
    if not case.golden.exists():
        pytest.fail(f"{case.golden.name} has no golden file; {HOW}")
    expected = case.golden.read_text(encoding="utf-8")
    actual = _report(case.name).page
    if actual != expected:
        pytest.fail(f"the report of {case.name} changed; {HOW}\n{_diff(expected, actual)}")


def test_inline_assets_match_their_golden() -> None:
    """The stylesheets and scripts the reports inline, and the hashes their policies allow."""
    if not ASSETS_GOLDEN.exists():
        pytest.fail(f"{ASSETS_GOLDEN.name} is missing; {HOW}")
    expected = ASSETS_GOLDEN.read_text(encoding="utf-8")
    actual = assets_text((case.golden.name, _report(case.name)) for case in CASES)
    if actual != expected:
        pytest.fail(
            f"an inline <style> or <script> of the reports changed ({ASSETS_GOLDEN.name}); "
            f"{HOW}\n{_diff(expected, actual)}"
        )


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_policy_allows_exactly_the_inline_bodies(case: ReportCase) -> None:
    """What the golden report no longer shows: each policy hash is that of an inline body."""
    report = _report(case.name)
    for tag in ("style", "script"):
        allowed = {digest for directive, digest in report.policy if directive == f"{tag}-src"}
        inlined = {inline.sha256 for inline in report.inlines if inline.tag == tag}
        assert inlined, f"{case.name} inlines no <{tag}>"
        assert allowed == inlined, f"{case.name}: {tag}-src allows {allowed}, page has {inlined}"
    assert {directive for directive, _ in report.policy} <= {"style-src", "script-src"}


def test_every_golden_belongs_to_a_case() -> None:
    names = {case.golden.name for case in CASES}
    stale = sorted(path.name for path in GOLDEN.glob("*.html") if path.name not in names)
    assert not stale, f"golden files of no case: {stale}; {HOW}"


def test_the_cases_cover_the_real_series() -> None:
    names = [case.name for case in CASES]
    assert "yangpu_2021Q1-gb18030-copy" in names
    assert any(name.endswith(".cut") for name in names), "no truncated case: quarters missing?"
