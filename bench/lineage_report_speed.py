"""The multi-quarter report's speed and size, in process, over 10, 20 and 40 quarters.

Run:  .venv/bin/python bench/lineage_report_speed.py

Writes one generated series of 40 quarters (bench/make_archive.py) into a temporary folder,
then for its first 10, 20 and 40 quarters, in process and without a database:
1. parse: reading the notices;
2. link: `compare` (without character diffs, with the series' items as background, as the
   archive does) on every pair `needed_pairs` names, and `edges_of`;
3. build: `build_lineage` (threads and signals);
4. render: `render_lineage`, median of a few runs (budget: build + render < 2 s at 40 quarters,
   the in-process share of the 5 s that `qdiff report` has end to end from the archive);
5. the report's size (budget < 5 MB) and how many threads and occurrences it holds;
6. with Debian's Chromium and Playwright, the time from opening the file to the timeline
   responding to a search (median of fresh pages). Skipped with a note when they are missing.
Exits 1 when a figure is over its budget. `qdiff report` end to end: bench/lineage_speed.py.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qdiff.align import compare  # noqa: E402
from qdiff.align.features import Background  # noqa: E402
from qdiff.lineage import Edge, Lineage, build_lineage, edges_of, needed_pairs  # noqa: E402
from qdiff.load import load_path  # noqa: E402
from qdiff.notice import Notice  # noqa: E402
from qdiff.periods import Period  # noqa: E402
from qdiff.reports.series.render import render_lineage  # noqa: E402
from tests.browser import CHROMIUM, LAUNCH_ARGS, missing_reason  # noqa: E402

COUNTS = (10, 20, 40)
SIZE_BUDGET = 5_000_000  # bytes: the stricter reading of 5 MB
IN_PROCESS_BUDGET_S = 2.0  # build + render at 40 quarters
RENDERS = 3
OPENS = 3
MOMENT = datetime(2024, 1, 1, tzinfo=UTC)
T = TypeVar("T")


def timed(function: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def parse(files: list[Path]) -> dict[Period, Notice]:
    return {Period.parse(path.stem): load_path(str(path)).notice for path in files}


def link(notices: dict[Period, Notice]) -> dict[tuple[Period, Period], list[Edge]]:
    background = Background.of(item.text for notice in notices.values() for item in notice.items)
    return {
        pair: edges_of(compare(notices[pair[0]], notices[pair[1]], background=background,
                               details=False))
        for pair in needed_pairs(list(notices))
    }  # fmt: skip


def open_ms(path: Path) -> float:
    """Median ms from navigation start until the timeline answers a search, fresh pages."""
    from playwright.sync_api import sync_playwright

    samples = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        for run in range(OPENS + 1):
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            start = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_selector("#grid-controls:not([hidden])")
            page.fill("input[name=q]", "推进")
            page.wait_for_function(
                "!document.getElementById('grid-count').textContent.startsWith"
                "('显示 ' + document.querySelectorAll('#grid tbody tr').length)"
            )
            elapsed = (time.perf_counter() - start) * 1000
            page.close()
            if run:  # the first open warms the browser up
                samples.append(elapsed)
        browser.close()
    return statistics.median(samples)


def main() -> int:
    reason = missing_reason()
    print(f"machine: {sys.platform}, Python {sys.version.split()[0]}")
    print(f"render: median of {RENDERS} runs; open: median of {OPENS} fresh Chromium pages")
    header = (f"{'quarters':>8}{'threads':>9}{'occurr.':>9}{'parse s':>9}{'link s':>8}"
              f"{'build s':>9}{'render s':>10}{'size MB':>9}{'open ms':>9}")  # fmt: skip
    print(header)
    worst_size, worst_in_process = 0, 0.0
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "archive"
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "make_archive.py"), str(out), "--series", "1",
             "--quarters", str(max(COUNTS))],
            check=True, capture_output=True,
        )  # fmt: skip
        files = sorted(next(out.glob("s01_*")).glob("*.txt"))
        for count in COUNTS:
            chosen = files[:count]
            notices, parse_s = timed(lambda chosen=chosen: parse(chosen))
            edges, link_s = timed(lambda notices=notices: link(notices))
            lineage, build_s = timed(
                lambda notices=notices, edges=edges: build_lineage(notices, edges, "s01")
            )
            html = render(lineage)
            render_s = statistics.median(timed(lambda lineage=lineage: render(lineage))[1]
                                         for _ in range(RENDERS))  # fmt: skip
            size = len(html.encode("utf-8"))
            path = Path(scratch) / f"report{count}.html"
            path.write_text(html, encoding="utf-8")
            opened = open_ms(path) if reason is None else float("nan")
            threads = len(lineage.threads)
            occurrences = sum(len(t.occurrences) for t in lineage.threads)
            print(f"{count:>8}{threads:>9}{occurrences:>9}{parse_s:>9.2f}{link_s:>8.2f}"
                  f"{build_s:>9.2f}{render_s:>10.2f}{size / 1e6:>9.2f}{opened:>9.0f}")  # fmt: skip
            worst_size = max(worst_size, size)
            if count == max(COUNTS):
                worst_in_process = build_s + render_s
    if reason is not None:
        print(f"open: not measured ({reason})")
    print()
    verdicts = [
        ("build + render at 40 quarters", worst_in_process, IN_PROCESS_BUDGET_S,
         f"{worst_in_process:.2f} s", f"{IN_PROCESS_BUDGET_S:g} s"),
        ("size", worst_size, SIZE_BUDGET, f"{worst_size / 1e6:.2f} MB", "5 MB"),
    ]  # fmt: skip
    over = False
    for name, value, budget, shown, limit in verdicts:
        ok = value < budget
        over = over or not ok
        print(f"{name:<30} {shown:>9}  budget < {limit:<6} {'ok' if ok else 'OVER BUDGET'}")
    return 1 if over else 0


def render(lineage: Lineage) -> str:
    return render_lineage(lineage, {}, created_at=MOMENT)


if __name__ == "__main__":
    sys.exit(main())
