"""Alignment accuracy against the hand-made gold files, next to two baselines in the same run.

Run:  .venv/bin/python bench/accuracy.py

For every fixtures/gold/*.json: item-link precision / recall / F1, status accuracy, and
task-link precision / recall / F1, for qdiff and for the greedy-difflib and order-preserving
baselines (each baseline at the threshold that suits it best on that very file, so the
comparison flatters the baselines, not qdiff). Also the median SequenceMatcher ratio between
true continuing items, which says how hard the pair is (real pairs: 0.23 and 0.46).

Gold task entries are substrings unique in their notice; precision counts only predicted links
that touch a task the gold file labels, since gold labels tasks selectively.
"""

from __future__ import annotations

import json
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

from baselines import baseline_links, ratio

from qdiff.align import DEFAULT_SETTINGS, compare
from qdiff.load import load_path
from qdiff.notice import Notice, Task

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
BASELINE_THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6)


@dataclass(frozen=True)
class Scores:
    item_p: float
    item_r: float
    item_f: float
    status: float
    task_p: float
    task_r: float
    task_f: float


def prf(predicted: set[tuple[str, str]], gold: set[tuple[str, str]]) -> tuple[float, float, float]:
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def task_containing(notice: Notice, fragment: str, side: str, gold_name: str) -> Task:
    found = [task for task in notice.tasks if fragment in task.text]
    if len(found) != 1:
        raise SystemExit(f"{gold_name}: {side} task '{fragment}' matches {len(found)} tasks")
    return found[0]


@dataclass(frozen=True)
class Gold:
    name: str
    old: Notice
    new: Notice
    item_links: set[tuple[str, str]]
    item_status: dict[str, str]  # "old:1.2" / "new:1.3" -> status
    task_links: set[tuple[str, str]]
    labelled_old: set[str]
    labelled_new: set[str]
    continuing_ratios: list[float]


def load_gold(path: Path) -> Gold:
    data = json.loads(path.read_text(encoding="utf-8"))
    old = load_path(str(FIXTURES / data["from"])).notice
    new = load_path(str(FIXTURES / data["to"])).notice
    item_links: set[tuple[str, str]] = set()
    status: dict[str, str] = {}
    for entry in data["items"]:
        for ref in entry["from"]:
            status[f"old:{ref}"] = entry["status"]
        for ref in entry["to"]:
            status[f"new:{ref}"] = entry["status"]
        item_links.update((o, n) for o in entry["from"] for n in entry["to"])
    old_text = {i.ref: i.text for i in old.items}
    new_text = {i.ref: i.text for i in new.items}
    continuing = [
        ratio(old_text[e["from"][0]], new_text[e["to"][0]])
        for e in data["items"]
        if e["status"] in ("carried_over", "reworded") and e["from"] and e["to"]
    ]
    task_links: set[tuple[str, str]] = set()
    labelled_old: set[str] = set()
    labelled_new: set[str] = set()
    for entry in data["tasks"]:
        old_task = task_containing(old, entry["from"], "from", path.name) if entry["from"] else None
        new_task = task_containing(new, entry["to"], "to", path.name) if entry["to"] else None
        if old_task is not None:
            labelled_old.add(old_task.ref)
        if new_task is not None:
            labelled_new.add(new_task.ref)
        if old_task is not None and new_task is not None:
            task_links.add((old_task.ref, new_task.ref))
    return Gold(
        path.name, old, new, item_links, status, task_links, labelled_old, labelled_new, continuing
    )


def score(
    gold: Gold,
    status: dict[str, str],
    item_links: set[tuple[str, str]],
    task_links: set[tuple[str, str]],
) -> Scores:
    ip, ir, i_f = prf(item_links, gold.item_links)
    agree = sum(1 for ref, want in gold.item_status.items() if status.get(ref) == want)
    relevant = {(o, n) for o, n in task_links if o in gold.labelled_old or n in gold.labelled_new}
    tp, tr, t_f = prf(relevant, gold.task_links)
    return Scores(ip, ir, i_f, agree / len(gold.item_status), tp, tr, t_f)


def qdiff_scores(gold: Gold) -> Scores:
    comparison = compare(gold.old, gold.new)
    status: dict[str, str] = {}
    links: set[tuple[str, str]] = set()
    for link in comparison.items:
        for ref in link.old:
            status[f"old:{ref}"] = link.status.value
        for ref in link.new:
            status[f"new:{ref}"] = link.status.value
        links.update((o, n) for o in link.old for n in link.new)
    tasks = {(t.old.ref, t.new.ref) for t in comparison.tasks if t.old and t.new}
    return score(gold, status, links, tasks)


def best_baseline(gold: Gold, method: str) -> tuple[Scores, float]:
    results = []
    for threshold in BASELINE_THRESHOLDS:
        status, links, tasks = baseline_links(gold.old, gold.new, method, threshold)
        results.append((score(gold, status, links, tasks), threshold))
    return max(results, key=lambda pair: (pair[0].item_f + pair[0].task_f, -pair[1]))


def row(name: str, scores: Scores, note: str = "") -> str:
    return (
        f"  {name:<22} {scores.item_p:5.2f} {scores.item_r:5.2f} {scores.item_f:5.2f}"
        f"  {scores.status:6.2f}  {scores.task_p:5.2f} {scores.task_r:5.2f} {scores.task_f:5.2f}"
        f"  {note}"
    )


def main() -> None:
    paths = sorted((FIXTURES / "gold").glob("*.json"))
    if not paths:
        sys.exit("no gold files in fixtures/gold")
    print(f"qdiff settings: {json.dumps(DEFAULT_SETTINGS.as_dict())}")
    header = f"  {'aligner':<22} {'item P':>5} {'R':>5} {'F1':>5}  {'status':>6}  {'task P':>5} {'R':>5} {'F1':>5}"
    totals: dict[str, list[Scores]] = {"qdiff": [], "greedy": [], "sequence": []}
    for path in paths:
        gold = load_gold(path)
        median = (
            statistics.median(gold.continuing_ratios) if gold.continuing_ratios else float("nan")
        )
        print(
            f"\n{path.name}: {len(gold.item_links)} gold item links, {len(gold.task_links)} gold "
            f"task links; median ratio of continuing items {median:.2f} "
            f"({len(gold.continuing_ratios)} pairs)"
        )
        print(header)
        ours = qdiff_scores(gold)
        totals["qdiff"].append(ours)
        print(row("qdiff", ours))
        for method in ("greedy", "sequence"):
            scores, threshold = best_baseline(gold, method)
            totals[method].append(scores)
            print(row(f"{method} difflib", scores, f"(threshold {threshold}, its best)"))
    print("\nmean over all gold files")
    print(header)
    for name, runs in totals.items():
        mean = Scores(
            *(statistics.fmean(getattr(s, f) for s in runs) for f in Scores.__dataclass_fields__)
        )
        print(row(name if name == "qdiff" else f"{name} difflib", mean))


if __name__ == "__main__":
    main()
