"""Lineage and the multi-quarter report over 10, 20 and 40 archived quarters, end to end.

Run:  .venv/bin/python bench/lineage_speed.py

For one generated series (bench/make_archive.py), archives the first N quarters into a fresh
SQLite file, then times in fresh processes: `qdiff report --format json` the first time (which
compares every pair of neighbouring quarters and stores the links), the same again (links
stored), and `qdiff report --html` (links stored). Times are the CPU seconds (user + system) of
the process, which the machine's other work does not inflate as it does wall time; the second
and HTML runs are repeated `--runs` times (default 3) and their median printed. Prints the
figures and the report's size.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
QDIFF = [sys.executable, "-m", "qdiff"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str]) -> float:
    """The CPU seconds the command's process took."""
    before = _children_cpu()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command[3:7])}…\n{result.stderr[-1500:]}")
    return _children_cpu() - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "archive"
        subprocess.run(
            [sys.executable, str(BENCH / "make_archive.py"), str(out), "--series", "1"],
            check=True, capture_output=True,
        )  # fmt: skip
        files = sorted(next(out.glob("s01_*")).glob("*.txt"))
        print("CPU seconds (again, html: median of the runs)")
        print(f"{'quarters':>8}  {'first report':>12}  {'again':>6}  {'html':>6}  {'size':>8}")
        for count in (10, 20, 40):
            url = f"sqlite:///{Path(scratch) / f'q{count}.sqlite3'}"
            subprocess.run([*QDIFF, "--db", url, "archive", *map(str, files[:count])],
                           check=True, capture_output=True)  # fmt: skip
            first = timed([*QDIFF, "--db", url, "report", "--format", "json"])
            again = statistics.median(
                timed([*QDIFF, "--db", url, "report", "--format", "json"]) for _ in range(runs)
            )
            page = Path(scratch) / f"report{count}.html"
            html = statistics.median(
                timed([*QDIFF, "--db", url, "report", "--html", str(page)]) for _ in range(runs)
            )
            size = page.stat().st_size / 1e6
            print(f"{count:>8}  {first:>10.2f} s  {again:>4.2f} s  {html:>4.2f} s  {size:>5.2f} MB")


if __name__ == "__main__":
    main()
