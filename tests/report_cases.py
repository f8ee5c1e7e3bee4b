"""The comparisons whose HTML reports are kept as golden files (tests/golden/), shared by the
golden test and tests/regenerate_goldens.py so both always mean the same cases.

Cases are found, not listed: every consecutive pair of the real series (the seed notice and
fixtures/quarters/), every pair labelled in fixtures/gold/, the first pair in English, a notice
against a re-encoded copy of itself, and the first pair with the newer notice cut off mid-way.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from qdiff.align import compare
from qdiff.align.serialize import Side
from qdiff.load import LoadedNotice, load_bytes, load_path
from qdiff.reports import render_comparison

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
# Golden reports are made at a fixed moment, so that only a change in the report changes them.
CREATED_AT = datetime(2021, 7, 1, 9, 30, tzinfo=timezone(timedelta(hours=8)))
_NOTICE_NAME = re.compile(r"^(?P<series>.+)_(?P<period>\d{4}(?:Q[1-4]|H[12])?)$")


@dataclass(frozen=True)
class ReportCase:
    name: str  # the golden file is GOLDEN / f"{name}.html"
    make: Callable[[], str]  # renders the report

    @property
    def golden(self) -> Path:
        return GOLDEN / f"{self.name}.html"


def series_files() -> dict[str, Path]:
    """The notices of the real series by name (yangpu_2021Q1 -> its file), in period order."""
    found: dict[str, Path] = {}
    for path in [*FIXTURES.glob("*.txt"), *(FIXTURES / "quarters").glob("*.txt")]:
        if _NOTICE_NAME.match(path.stem):
            found.setdefault(path.stem, path)
    return dict(sorted(found.items(), key=lambda pair: pair[0]))


def report_pairs() -> list[tuple[str, str]]:
    """(old, new) notice names: consecutive periods of each series, then every labelled pair."""
    names = list(series_files())
    pairs: list[tuple[str, str]] = []
    for old, new in itertools.pairwise(names):
        if _series(old) == _series(new):
            pairs.append((old, new))
    for gold in sorted((FIXTURES / "gold").glob("*.json")):
        series, _, periods = gold.stem.rpartition("_")
        old_period, _, new_period = periods.partition("-")
        pair = (f"{series}_{old_period}", f"{series}_{new_period}")
        if all(name in names for name in pair) and pair not in pairs:
            pairs.append(pair)
    return pairs


def _series(name: str) -> str:
    match = _NOTICE_NAME.match(name)
    return match.group("series") if match else name


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def side_of(path: Path, loaded: LoadedNotice) -> Side:
    return Side(None, None, None, relative(path), loaded.source.sha256)


def render_files(old: Path, new: Path, lang: str = "zh") -> str:
    a, b = load_path(str(old)), load_path(str(new))
    comparison = compare(a.notice, b.notice)
    return render_comparison(
        comparison, side_of(old, a), side_of(new, b), lang=lang, created_at=CREATED_AT
    )


def render_cut(old: Path, new: Path, share: float = 0.6) -> str:
    """The newer notice as a page cut off after a share of its bytes (inside an item)."""
    data = new.read_bytes()
    cut = int(len(data) * share)
    a = load_path(str(old))
    b = load_bytes(data[:cut], new.name)
    assert b.notice.truncated, "the cut must fall inside an item"
    side = Side(None, None, None, f"{relative(new)} (cut at byte {cut})", b.source.sha256)
    return render_comparison(
        compare(a.notice, b.notice), side_of(old, a), side, created_at=CREATED_AT
    )


def report_cases() -> list[ReportCase]:
    files = series_files()
    cases: list[ReportCase] = []
    for old, new in report_pairs():
        name = f"{old}-{new.rpartition('_')[2]}"  # yangpu_2021Q1-2021Q2
        cases.append(ReportCase(name, lambda o=files[old], n=files[new]: render_files(o, n)))
    seed = FIXTURES / "yangpu_2021Q1.txt"
    copy = FIXTURES / "encodings" / "yangpu_2021Q1.gb18030.txt"
    cases.append(ReportCase("yangpu_2021Q1-gb18030-copy", lambda: render_files(seed, copy)))
    if report_pairs():
        old, new = report_pairs()[0]
        first = cases[0].name
        cases.append(
            ReportCase(f"{first}.en", lambda o=files[old], n=files[new]: render_files(o, n, "en"))
        )
        cases.append(
            ReportCase(f"{first}.cut", lambda o=files[old], n=files[new]: render_cut(o, n))
        )
    return cases
