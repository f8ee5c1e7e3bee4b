"""The HTML report's speed and size budget (issue 5).

Run:  .venv/bin/python bench/report_speed.py

For every consecutive pair of the real series (fixtures/yangpu_2021Q1.txt and
fixtures/quarters/), two full notices:
1. render time: median of in-process runs of `render_comparison` on a ready comparison
   (budget < 300 ms), and of compare + render together for context;
2. file size of the report (budget < 1.5 MB);
3. time to open and become interactive in headless Chromium (Debian's /usr/bin/chromium through
   Playwright): from the start of navigation to the filters being usable (budget < 1 s), median
   of fresh pages. Skipped with a note when Chromium or Playwright is missing.
Exits 1 when a figure is over its budget.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qdiff.align import compare  # noqa: E402
from qdiff.load import load_path  # noqa: E402
from qdiff.notice import Notice  # noqa: E402
from qdiff.provenance import Side  # noqa: E402
from qdiff.reports.pair import render_comparison  # noqa: E402
from tests.browser import CHROMIUM, LAUNCH_ARGS, missing_reason  # noqa: E402
from tests.report_cases import report_pairs, series_files  # noqa: E402

RENDER_BUDGET_MS = 300.0
SIZE_BUDGET = 1.5 * 1024 * 1024
OPEN_BUDGET_MS = 1000.0
RUNS = 30
OPENS = 7
MOMENT = datetime(2021, 7, 1, tzinfo=UTC)


def median_ms(function: Callable[[], object], repeat: int) -> float:
    function()  # warm up: template compilation, regexes
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def compare_and_render(old: Notice, new: Notice, sides: tuple[Side, Side]) -> str:
    return render_comparison(compare(old, new), *sides, created_at=MOMENT)


def open_ms(paths: list[Path]) -> list[float]:
    """Median ms from navigation start to interactive, for each report, in fresh pages."""
    from playwright.sync_api import sync_playwright

    medians = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        for path in paths:
            samples = []
            for run in range(OPENS + 1):
                page = browser.new_page(viewport={"width": 1280, "height": 1000})
                start = time.perf_counter()
                page.goto(path.as_uri())
                # Interactive: the script has run, the filters are shown and respond. The
                # search matches nothing, so the answer is visible: the no-match note appears
                # (the count line is already in the page before the script runs).
                page.wait_for_selector("#filters:not([hidden])")
                page.fill("input[name=q]", "无此字样")
                page.wait_for_function("!document.getElementById('no-match').hidden")
                elapsed = (time.perf_counter() - start) * 1000
                page.close()
                if run:  # the first open warms the browser up
                    samples.append(elapsed)
            medians.append(statistics.median(samples))
        browser.close()
    return medians


def main() -> int:
    files = series_files()
    pairs = report_pairs()
    if not pairs:
        print("no pair of notices of one series in fixtures/: nothing to measure")
        return 1
    print(f"machine: {sys.platform}, Python {sys.version.split()[0]}")
    print(f"render: median of {RUNS} in-process runs; open: median of {OPENS} fresh Chromium pages")
    print(
        f"{'pair':<26}{'items':>6}{'tasks':>6}{'render ms':>11}{'+compare ms':>13}"
        f"{'size KB':>9}{'open ms':>9}"
    )
    worst_render, worst_size = 0.0, 0
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        paths = []
        for old_name, new_name in pairs:
            old, new = load_path(str(files[old_name])), load_path(str(files[new_name]))
            sides = (Side(None, None, None, old_name, None), Side(None, None, None, new_name, None))
            comparison = compare(old.notice, new.notice)

            render = partial(render_comparison, comparison, *sides, created_at=MOMENT)
            both = partial(compare_and_render, old.notice, new.notice, sides)

            render_time = median_ms(render, RUNS)
            total_time = median_ms(both, max(5, RUNS // 3))
            html = render().encode("utf-8")
            path = Path(scratch) / f"{old_name}-{new_name}.html"
            path.write_bytes(html)
            paths.append(path)
            links = len(comparison.items), len(comparison.tasks)
            rows.append((f"{old_name}→{new_name[-6:]}", links, render_time, total_time, len(html)))
            worst_render, worst_size = max(worst_render, render_time), max(worst_size, len(html))
        reason = missing_reason()
        opens = open_ms(paths) if reason is None else [float("nan")] * len(paths)
    for (name, (items, tasks), render_time, total_time, size), opened in zip(
        rows, opens, strict=True
    ):
        print(
            f"{name:<26}{items:>6}{tasks:>6}{render_time:>11.1f}{total_time:>13.1f}"
            f"{size / 1024:>9.0f}{opened:>9.0f}"
        )
    worst_open = max(opens)
    print()
    verdicts = [
        ("render", worst_render, RENDER_BUDGET_MS, f"{worst_render:.1f} ms", "300 ms"),
        ("size", worst_size, SIZE_BUDGET, f"{worst_size / 1024 / 1024:.2f} MB", "1.5 MB"),
    ]
    if reason is None:
        verdicts.append(("open", worst_open, OPEN_BUDGET_MS, f"{worst_open:.0f} ms", "1 s"))
    else:
        print(f"open: not measured ({reason})")
    over = False
    for name, value, budget, shown, limit in verdicts:
        ok = value < budget
        over = over or not ok
        print(f"{name:<7} worst {shown:>10}  budget < {limit:<7} {'ok' if ok else 'OVER BUDGET'}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
