"""Comparison speed: in process, and `qdiff compare 2021Q1 2021Q2` end to end from SQLite.

Run:  .venv/bin/python bench/compare_speed.py

1. `compare()` on two full notices (the fixture quarters, ~30 items and ~130 tasks each), median
   of 50 runs in process, for each consecutive pair and the year-apart pair.
2. The five fixture notices archived into a fresh SQLite file, then `qdiff compare 2021Q1 2021Q2`
   and `--format json` in fresh processes (imports included), median of 7 runs.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qdiff.align import compare
from qdiff.load import load_path

ROOT = Path(__file__).resolve().parent.parent
NOTICES = [
    ROOT / "fixtures" / "yangpu_2021Q1.txt",
    *(
        ROOT / "fixtures" / "quarters" / f"yangpu_{p}.txt"
        for p in ("2021Q2", "2021Q3", "2021Q4", "2022Q1")
    ),
]
QDIFF = [sys.executable, "-m", "qdiff"]


def median_ms(function: object, runs: int) -> float:
    assert callable(function)
    function()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def median_seconds(command: list[str], runs: int = 7) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    notices = [load_path(str(path)).notice for path in NOTICES]
    print("compare() in process, median of 50 runs:")
    pairs = [*zip(range(4), range(1, 5), strict=True), (0, 4)]
    for a, b in pairs:
        old, new = notices[a], notices[b]
        ms = median_ms(lambda old=old, new=new: compare(old, new), 50)
        sizes = f"({len(old.items)}/{len(new.items)} items)"
        print(f"  {old.period} -> {new.period}  {sizes}  {ms:6.1f} ms")
    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite:///{Path(scratch) / 'archive.sqlite3'}"
        subprocess.run(
            [*QDIFF, "--db", url, "archive", *map(str, NOTICES)], check=True, capture_output=True
        )
        text = median_seconds([*QDIFF, "--db", url, "compare", "2021Q1", "2021Q2"])
        json_ = median_seconds(
            [*QDIFF, "--db", url, "compare", "2021Q1", "2021Q2", "--format", "json"]
        )
    print("qdiff compare 2021Q1 2021Q2 from SQLite, end to end, median of 7:")
    print(f"  text {text:5.2f} s    --format json {json_:5.2f} s")


if __name__ == "__main__":
    main()
