"""The comparisons whose HTML reports are kept as golden files (tests/golden/), shared by the
golden test and tests/regenerate_goldens.py so both always mean the same cases.

Cases are found, not listed: every consecutive pair of the real series (the seed notice and
fixtures/quarters/), every pair labelled in fixtures/gold/, the first pair in English, a notice
against a re-encoded copy of itself, the first pair with the newer notice cut off mid-way, and
2021Q3 against 2021Q4 with a few audit findings on their tasks; and the multi-quarter report of
the whole series, with a few audit findings.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path

from qdiff.align import Comparison, Facet, Status, compare
from qdiff.lineage import (
    Edge,
    Finding,
    Lineage,
    build_lineage,
    edges_of,
    findings_by_thread,
    needed_pairs,
)
from qdiff.load import LoadedNotice, load_bytes, load_path
from qdiff.notice import Notice, Stage
from qdiff.periods import Period, PeriodKind
from qdiff.provenance import Side
from qdiff.reports.pair import render_comparison
from qdiff.reports.series.render import render_lineage

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


# Audit findings on the tasks of one comparison, as `qdiff compare --html` passes them.
TaskFindings = dict[tuple[str, str], list[Finding]]


def comparison_findings(comparison: Comparison, old: str, new: str) -> TaskFindings:
    """A few findings on the tasks of a comparison of quarter `old` with quarter `new`: the first
    slipped task checked twice at the newer quarter (given newest first; the later one with a
    web address as evidence) and once at the older, and the first task that vanished unfinished
    checked at the older quarter."""
    slipped = next(link for link in comparison.tasks if Facet.SLIPPED in link.facets)
    vanished = next(
        link
        for link in comparison.tasks
        if link.status is Status.DROPPED and link.old and link.old.stage is not Stage.COMPLETE
    )
    assert slipped.old and slipped.new and vanished.old

    def finding(number: int, period: str, ref: str, text: str, what: str, **more: str) -> Finding:
        return Finding(
            number, Period.parse(period), ref, text, what, more.get("evidence"),
            more.get("note"), more.get("by", "审计员甲"), FOUND_AT + timedelta(days=number),
        )  # fmt: skip

    new_key, old_key = (new, slipped.new.ref), (old, slipped.old.ref)
    return {
        new_key: [
            finding(3, new, slipped.new.ref, slipped.new.text, "not_done",
                    evidence="https://www.shyp.gov.cn/shypq/xxgk/example"),
            finding(2, new, slipped.new.ref, slipped.new.text, "in_progress",
                    note="责任单位答复：年底前完成", by="审计员乙"),
        ],
        old_key: [
            finding(1, old, slipped.old.ref, slipped.old.text, "in_progress", note="已开工"),
        ],
        (old, vanished.old.ref): [
            finding(4, old, vanished.old.ref, vanished.old.text, "cannot_verify",
                    evidence="区审计局档案 2022-017"),
        ],
    }  # fmt: skip


def render_with_findings(old: Path, new: Path, lang: str = "zh") -> str:
    """The two quarters compared with `comparison_findings` on their tasks."""
    a, b = load_path(str(old)), load_path(str(new))
    comparison = compare(a.notice, b.notice)
    old_period, new_period = (path.stem.rpartition("_")[2] for path in (old, new))
    return render_comparison(
        comparison,
        side_of(old, a),
        side_of(new, b),
        lang=lang,
        created_at=CREATED_AT,
        findings=comparison_findings(comparison, old_period, new_period),
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
    if len(lineage_files()) >= 2:
        first, last = (str(p) for p in (min(lineage_files()), max(lineage_files())))
        cases.append(ReportCase(f"yangpu_{first}-{last}.lineage", render_fixture_lineage))
    if report_pairs():
        old, new = report_pairs()[0]
        first = cases[0].name
        cases.append(
            ReportCase(f"{first}.en", lambda o=files[old], n=files[new]: render_files(o, n, "en"))
        )
        cases.append(
            ReportCase(f"{first}.cut", lambda o=files[old], n=files[new]: render_cut(o, n))
        )
    if {"yangpu_2021Q3", "yangpu_2021Q4"} <= set(files):
        q3, q4 = files["yangpu_2021Q3"], files["yangpu_2021Q4"]
        cases.append(
            ReportCase("yangpu_2021Q3-2021Q4.findings", lambda: render_with_findings(q3, q4))
        )
    return cases


# The multi-quarter report ------------------------------------------------------------------------
LINEAGE_SERIES = "上海市杨浦区人民政府"
FOUND_AT = datetime(2022, 4, 20, 10, 0, tzinfo=timezone(timedelta(hours=8)))


def lineage_files() -> dict[Period, Path]:
    """The quarters of the real series (the seed notice and fixtures/quarters/) by period."""
    found: dict[Period, Path] = {}
    for name, path in series_files().items():
        if _series(name) == "yangpu":
            period = Period.parse(name.rpartition("_")[2])
            if period.kind is PeriodKind.QUARTER:
                found[period] = path
    return dict(sorted(found.items()))


@cache
def _notice(path: Path) -> Notice:
    return load_path(str(path)).notice


@cache
def _edges(old: Path, new: Path) -> tuple[Edge, ...]:
    return tuple(edges_of(compare(_notice(old), _notice(new), details=False)))


def fixture_lineage(drop: tuple[str, ...] = ()) -> Lineage:
    """The threads of the real series, as `qdiff report` builds them from an archive of these
    files; `drop` leaves quarters out (a quarter between two others is then a gap)."""
    files = {p: path for p, path in lineage_files().items() if str(p) not in drop}
    notices = {p: _notice(path) for p, path in files.items()}
    edges = {pair: _edges(files[pair[0]], files[pair[1]]) for pair in needed_pairs(list(notices))}
    return build_lineage(notices, edges, LINEAGE_SERIES)


def sample_findings(lineage: Lineage) -> dict[str, list[Finding]]:
    """A few audit findings as `qdiff audit mark` records them: a slipped thread checked twice
    (the later finding current, with a web address as evidence), a vanished and a presumed-done
    thread checked once, and a finding that a later quarter of its thread made out of date."""
    tasks = [t for t in lineage.threads if t.kind == "task"]
    by_key = {t.key: t for t in tasks}
    made: list[Finding] = []
    marked: dict[str, str] = {}  # signal -> the thread marked for it

    def mark(
        signal: str,
        finding: str,
        *,
        at_first: bool = False,
        days: int = 0,
        evidence: str | None = None,
        note: str | None = None,
        by: str = "审计员甲",
    ) -> None:
        thread = marked.get(signal) or next(
            (t.key for t in tasks
             if signal in t.signals.names() and t.key not in marked.values()
             and not (at_first and t.first == t.last)),
            None,
        )  # fmt: skip
        if thread is None:
            return
        marked[signal] = thread
        occurrence = by_key[thread].occurrences[0 if at_first else -1]
        made.append(
            Finding(len(made) + 1, occurrence.period, occurrence.ref, occurrence.text, finding,
                    evidence, note, by, FOUND_AT + timedelta(days=days))
        )  # fmt: skip

    mark("slipped", "in_progress", note="责任单位答复：协议签订顺延至下一季度", by="审计员乙")
    mark("slipped", "not_done", days=30, evidence="https://www.shyp.gov.cn/shypq/xxgk/example")
    mark("vanished_unfinished", "done", evidence="现场核查照片，档案号 2022-017")
    mark("presumed_done", "cannot_verify", note="责任单位未提供验收材料")
    mark("stalled", "partly", at_first=True, note="首季度核查时仅完成一半")
    return findings_by_thread(lineage, made)


def render_fixture_lineage(lang: str = "zh", drop: tuple[str, ...] = ()) -> str:
    lineage = fixture_lineage(drop)
    return render_lineage(lineage, sample_findings(lineage), lang=lang, created_at=CREATED_AT)
