"""Assignment speed: best_pairs, old (dense Hungarian) against new (sparse shortest augmenting
paths), and compare() on two generated year plans of about 500 and about 1,000 items.

Run:  .venv/bin/python bench/assignment_speed.py

1. best_pairs at threshold 0.2 on realistic item score matrices of 30, 100, 500 and 1,000 rows
   (weak scores everywhere, a strong partner for most rows and a few middling candidates near
   it: tests/test_assignment.py, year_plan_scores), then on every matrix that one compare() of
   the 500-item pair below hands it (items and tasks). Median CPU time (time.process_time) of
   the old method (`dense_best_pairs`, the dense Hungarian method) and of the new, and the ratio.
2. compare() in process on two year plans built from bench/make_archive.py output: the items of
   all 16 generated series in 2014Q1 against the same series in 2014Q2 (mostly continuing items,
   some reworded, some new and dropped), about 490 items a side; and the same with 2016Q1 ->
   2016Q2 added, about 980 items a side. Median CPU seconds of 5 runs (the first run, which
   fills the term cache, not counted).
"""

from __future__ import annotations

import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import ModuleType

import qdiff.align.engine as engine
import qdiff.align.scores as item_scores
from qdiff.align import compare
from qdiff.align.assignment import best_candidate_pairs, best_pairs, dense_best_pairs
from qdiff.load import load_bytes, load_path
from qdiff.notice import Notice

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
SIZES = {30: 51, 100: 21, 500: 5, 1000: 3}  # rows: runs
CN_DIGITS = "零一二三四五六七八九"
QUARTERS = "一二三四"

Scores = Sequence[Sequence[float]]


def tests_module() -> ModuleType:
    """tests/test_assignment.py, for its realistic score matrices."""
    spec = importlib.util.spec_from_file_location(
        "test_assignment", ROOT / "tests" / "test_assignment.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def median_cpu(function: Callable[[], object], runs: int, warm: bool = True) -> float:
    if warm:
        function()
    samples = []
    for _ in range(runs):
        start = time.process_time()
        function()
        samples.append(time.process_time() - start)
    return statistics.median(samples)


def chinese(number: int) -> str:
    """1..99 as a section label: 一, 十二, 二十六."""
    tens, ones = divmod(number, 10)
    if not tens:
        return CN_DIGITS[ones]
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def year_plan(notices: list[Notice], year: int, quarter: int) -> Notice:
    """One notice holding every item of `notices`, sections merged by title, items renumbered."""
    sections: dict[str, list[str]] = {}
    for notice in notices:
        for section in notice.sections:
            sections.setdefault(section.title or "其他", []).extend(
                item.text + (item.clause or "") for item in section.items
            )
    name = f"{year}年第{QUARTERS[quarter - 1]}季度工作要点"
    lines = [f"关于印发区政府{name}的通知", "", "上海市合并区人民政府", "", name, ""]
    for number, (title, items) in enumerate(sections.items(), 1):
        lines += [f"{chinese(number)}、{title}", ""]
        lines += [f"{k}.{text}\n" for k, text in enumerate(items, 1)]
    return load_bytes("\n".join(lines).encode("utf-8"), "year_plan.txt").notice


def year_plans(archive: Path, firsts: list[int]) -> tuple[Notice, Notice]:
    """Each series' quarter k for k in `firsts` in the old plan, its quarter k + 1 in the new."""
    old: list[Notice] = []
    new: list[Notice] = []
    for folder in sorted(archive.glob("s*_*")):
        files = sorted(folder.glob("*.txt"))
        for k in firsts:
            old.append(load_path(str(files[k])).notice)
            new.append(load_path(str(files[k + 1])).notice)
    return year_plan(old, 2014, 1), year_plan(new, 2014, 2)


def main() -> None:
    reference = tests_module()
    old_method: Callable[[Scores, float], list[tuple[int, int]]] = dense_best_pairs
    print("best_pairs, median CPU ms (threshold 0.2)")
    print(f"  {'matrix':<34}{'old':>10}{'new':>9}{'old/new':>9}")
    for size, runs in SIZES.items():
        scores = reference.year_plan_scores(size, seed=size)
        assert best_pairs(scores, 0.2) == old_method(scores, 0.2)
        old = median_cpu(lambda s=scores: old_method(s, 0.2), runs, warm=size < 1000) * 1000
        new = median_cpu(lambda s=scores: best_pairs(s, 0.2), runs) * 1000
        candidates = sum(value >= 0.2 for row in scores for value in row)
        label = f"{size}x{size}, {candidates} candidates"
        print(f"  {label:<34}{old:>10.2f}{new:>9.2f}{old / new:>8.0f}x")

    with tempfile.TemporaryDirectory() as scratch:
        archive = Path(scratch) / "archive"
        subprocess.run(
            [sys.executable, str(BENCH / "make_archive.py"), str(archive), "--quarters", "10"],
            check=True, capture_output=True,
        )  # fmt: skip
        plans = {"~500": year_plans(archive, [0]), "~1,000": year_plans(archive, [0, 8])}

    # Every matrix one comparison of the 500-item pair hands to the assignment: whole (the
    # tasks of two items) or as the pairs that reach the threshold (the items, and the tasks
    # that moved), made whole again here with zeros for the old method.
    calls: list[tuple[Scores, float]] = []

    def recording(scores: Scores, threshold: float) -> list[tuple[int, int]]:
        calls.append((scores, threshold))
        return best_pairs(scores, threshold)

    def recording_candidates(
        candidates: Mapping[int, list[tuple[int, float]]], rows: int, columns: int
    ) -> list[tuple[int, int]]:
        matrix = [[0.0] * columns for _ in range(rows)]
        for i, pairs in candidates.items():
            for j, value in pairs:
                matrix[i][j] = value
        # Every candidate reaches the threshold and the rest are zeros: the lowest candidate
        # is as good a threshold as the one the comparison used.
        threshold = min((value for pairs in candidates.values() for _, value in pairs), default=1)
        calls.append((matrix, threshold))
        return best_candidate_pairs(candidates, rows, columns)

    engine.best_pairs = recording
    engine.best_candidate_pairs = item_scores.best_candidate_pairs = recording_candidates
    compare(*plans["~500"])
    engine.best_pairs = best_pairs
    engine.best_candidate_pairs = item_scores.best_candidate_pairs = best_candidate_pairs

    def every_call(method: Callable[[Scores, float], list[tuple[int, int]]]) -> None:
        for scores, threshold in calls:
            method(scores, threshold)

    old = median_cpu(lambda: every_call(old_method), 5) * 1000
    new = median_cpu(lambda: every_call(best_pairs), 5) * 1000
    largest = max(calls, key=lambda call: len(call[0]) * len(call[0][0]))[0]
    label = f"{len(calls)} calls of a 500-item compare()"
    print(f"  {label:<34}{old:>10.2f}{new:>9.2f}{old / new:>8.0f}x")
    print(f"    (items {len(largest)}x{len(largest[0])}, and every item pair's tasks)")

    print("compare() in process, median CPU s of 5 runs")
    for name, (old_plan, new_plan) in plans.items():
        seconds = median_cpu(lambda o=old_plan, n=new_plan: compare(o, n), 5)
        comparison = compare(old_plan, new_plan)
        statuses = Counter(link.status.value for link in comparison.items)
        summary = ", ".join(f"{count} {status}" for status, count in statuses.most_common())
        sizes = f"{len(old_plan.items)}/{len(new_plan.items)} items"
        print(f"  {name} items ({sizes}): {seconds:5.2f} s   [{summary}]")


if __name__ == "__main__":
    main()
