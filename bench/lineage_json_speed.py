"""The JSON of `qdiff report --format json` over many quarters: CPU time and size.

Run:  .venv/bin/python bench/lineage_json_speed.py [--quarters 80]

Generates one series (bench/make_archive.py), links it in process as the archive does, builds
its lineage, then times `lineage_to_dict` + `json.dumps` (median CPU time of a few runs) and
compares the `history` of every thread with the quadratic reading it replaced (one scan of a
thread's occurrences per quarter, kept below as the reference): the bytes must be identical.
Prints the size of the whole JSON and of its compact `runs` form alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "bench"))
from lineage_report_speed import link, parse  # noqa: E402

from qdiff.lineage import Lineage, Thread, build_lineage  # noqa: E402
from qdiff.output import lineage_json  # noqa: E402
from qdiff.periods import Period  # noqa: E402

RUNS = 3


def quadratic_history(thread: Thread, periods: Sequence[Period]) -> list[dict[str, Any]]:
    """The reading before issue 10: every quarter scans all of the thread's occurrences."""
    archived = {p.quarter_number for p in periods}
    if not periods:
        return []
    entries: list[dict[str, Any]] = []
    for number in range(periods[0].quarter_number, periods[-1].quarter_number + 1):
        period = Period.quarter(number)
        here = [o for o in thread.occurrences if o.period == period]
        if here:
            entries.extend(lineage_json._occurrence(o) for o in here)
        elif number not in archived:
            entries.append({"period": str(period), "state": "gap"})
        else:
            entries.append({"period": str(period), "state": "absent"})
    return entries


def cpu(function: Any) -> tuple[Any, float]:
    samples, result = [], None
    for _ in range(RUNS):
        start = time.process_time()
        result = function()
        samples.append(time.process_time() - start)
    return result, statistics.median(samples)


def dump(lineage: Lineage) -> str:
    return json.dumps(lineage_json.lineage_to_dict(lineage), ensure_ascii=False, indent=2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quarters", type=int, default=80)
    quarters = parser.parse_args().quarters
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "archive"
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "make_archive.py"), str(out), "--series", "1",
             "--quarters", str(quarters)],
            check=True, capture_output=True,
        )  # fmt: skip
        files = sorted(next(out.glob("s01_*")).glob("*.txt"))
        notices = parse(files)
        lineage = build_lineage(notices, link(notices), "s01")
    periods = lineage.periods
    new_history, new_s = cpu(lambda: [lineage_json.history(t, periods) for t in lineage.threads])
    old_history, old_s = cpu(lambda: [quadratic_history(t, periods) for t in lineage.threads])
    same = json.dumps(new_history, ensure_ascii=False) == json.dumps(
        old_history, ensure_ascii=False
    )
    text, dump_s = cpu(lambda: dump(lineage))
    runs = [lineage_json.runs(t, periods) for t in lineage.threads]
    runs_size = len(json.dumps(runs, ensure_ascii=False, indent=2).encode("utf-8"))
    history_size = len(json.dumps(new_history, ensure_ascii=False, indent=2).encode("utf-8"))
    print(f"{quarters} quarters, {len(lineage.threads)} threads; median CPU of {RUNS} runs")
    print(f"  history of every thread: {new_s:.2f} s (quadratic reading {old_s:.2f} s, "
          f"{old_s / new_s:.1f}x); identical: {same}")  # fmt: skip
    print(f"  lineage_to_dict + json.dumps: {dump_s:.2f} s, {len(text.encode()) / 1e6:.1f} MB")
    print(f"  'history' alone {history_size / 1e6:.1f} MB; 'runs' alone {runs_size / 1e6:.1f} MB")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
