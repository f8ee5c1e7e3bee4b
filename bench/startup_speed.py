"""Start-up cost of the command line: CPU time of fresh processes, each command against a bare
process that imports only what the work needs.

Run:  .venv/bin/python bench/startup_speed.py [--runs N]

Every figure is the median CPU time (user + system, from the children's rusage) over N fresh
processes (default 15), measured in one run so that the ratios compare like with like; wall
time on this shared machine is too noisy to quote. Budgets (issue 10): comparing two files as
JSON ≤ 1.3× the bare process; `qdiff --help` and every `qdiff COMMAND --help` ≤ 0.15 s.
Exits 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
QDIFF = [PYTHON, "-m", "qdiff"]
OLD = str(ROOT / "fixtures" / "yangpu_2021Q1.txt")
NEW = str(ROOT / "fixtures" / "quarters" / "yangpu_2021Q2.txt")

# What comparing two files truly needs: click, diff-match-patch and qdiff's core (readers,
# parser, engine), imported and nothing done.
BARE_NEEDS = (
    "import click, diff_match_patch, qdiff.align.engine, qdiff.load, qdiff.output.comparison_json"
)
# The start-up the issue measured against: the heavy libraries the old command loaded.
HEAVY = "import click, sqlalchemy, jinja2, diff_match_patch"
HELP_BUDGET = 0.15
COMPARE_RATIO_BUDGET = 1.3


def cpu_seconds(command: list[str], runs: int) -> float:
    """Median CPU seconds of `command` over `runs` fresh processes (one warm-up first)."""
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    subprocess.run(command, capture_output=True, check=True, env=environment)
    samples = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, capture_output=True, check=True, env=environment)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        samples.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    from qdiff.cli import COMMANDS

    rows: list[tuple[str, float]] = []
    empty = cpu_seconds([PYTHON, "-c", "pass"], runs)
    bare = cpu_seconds([PYTHON, "-c", BARE_NEEDS], runs)
    heavy = cpu_seconds([PYTHON, "-c", HEAVY], runs)
    compare_json = cpu_seconds([*QDIFF, "compare", OLD, NEW, "--format", "json"], runs)
    compare_text = cpu_seconds([*QDIFF, "compare", OLD, NEW], runs)
    rows += [
        ("python -c pass", empty),
        ("bare: " + BARE_NEEDS.removeprefix("import "), bare),
        ("heavy: " + HEAVY.removeprefix("import "), heavy),
        ("qdiff compare A.txt B.txt --format json", compare_json),
        ("qdiff compare A.txt B.txt", compare_text),
    ]
    helps = [("qdiff --help", cpu_seconds([*QDIFF, "--help"], runs))]
    for name in COMMANDS:
        helps.append((f"qdiff {name} --help", cpu_seconds([*QDIFF, name, "--help"], runs)))
    rows += helps
    width = max(len(name) for name, _ in rows)
    print(f"median CPU seconds over {runs} fresh processes (Python {sys.version.split()[0]})")
    for name, seconds in rows:
        print(f"  {name:<{width}}  {seconds:6.3f}")
    ratio = compare_json / bare
    print(f"compare --format json / bare process: {ratio:.2f}x (budget {COMPARE_RATIO_BUDGET}x)")
    print(f"compare --format json / heavy imports: {compare_json / heavy:.2f}x")
    slowest = max(helps, key=lambda row: row[1])
    print(f"slowest --help: {slowest[0]} {slowest[1]:.3f} s (budget {HELP_BUDGET} s)")
    over = ratio > COMPARE_RATIO_BUDGET or slowest[1] > HELP_BUDGET
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
