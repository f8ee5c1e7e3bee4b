"""Two simple aligners to measure qdiff's alignment against, in the same run.

- greedy: every old/new pair scored by difflib's SequenceMatcher ratio, best pairs first;
- sequence: an order-preserving (Needleman-Wunsch) alignment on the same ratio.

Both link items, then tasks (greedy: over all tasks; sequence: over the task sequences). They
know no splits or merges: an unmatched item is new or dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from qdiff.notice import Notice


def ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _ratios(old: list[str], new: list[str]) -> list[list[float]]:
    return [[ratio(a, b) for b in new] for a in old]


def greedy_from_scores(scores: list[list[float]], threshold: float) -> list[tuple[int, int]]:
    old = range(len(scores))
    new = range(len(scores[0]) if scores else 0)
    candidates = sorted(
        ((scores[i][j], i, j) for i in range(len(old)) for j in range(len(new))),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for score, i, j in candidates:
        if score < threshold:
            break
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def sequence_from_scores(scores: list[list[float]], threshold: float) -> list[tuple[int, int]]:
    """Needleman-Wunsch: the best order-preserving alignment; gaps cost nothing, a pair earns
    its ratio minus the threshold (so pairs below the threshold are never worth taking)."""
    rows, columns = len(scores), len(scores[0]) if scores else 0
    best = [[0.0] * (columns + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        for j in range(1, columns + 1):
            take = best[i - 1][j - 1] + scores[i - 1][j - 1] - threshold
            best[i][j] = max(best[i - 1][j], best[i][j - 1], take)
    pairs = []
    i, j = rows, columns
    while i > 0 and j > 0:
        take = best[i - 1][j - 1] + scores[i - 1][j - 1] - threshold
        if scores[i - 1][j - 1] >= threshold and abs(best[i][j] - take) < 1e-12:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return sorted(pairs)


def item_ratios(old: Notice, new: Notice) -> list[list[float]]:
    return _ratios([i.text for i in old.items], [i.text for i in new.items])


def item_links_from_ratios(
    old: Notice, new: Notice, scores: list[list[float]], method: str, threshold: float
) -> set[tuple[str, str]]:
    pair = greedy_from_scores if method == "greedy" else sequence_from_scores
    old_items, new_items = list(old.items), list(new.items)
    return {(old_items[i].ref, new_items[j].ref) for i, j in pair(scores, threshold)}


@dataclass(frozen=True)
class PairRatios:
    """Every old × new ratio of two notices' items and of their tasks: the costly part of a
    baseline, computed once and shared by every threshold and method tried."""

    items: list[list[float]]
    tasks: list[list[float]]

    @classmethod
    def of(cls, old: Notice, new: Notice) -> PairRatios:
        return cls(
            item_ratios(old, new), _ratios([t.text for t in old.tasks], [t.text for t in new.tasks])
        )


def baseline_links(
    old: Notice, new: Notice, method: str, threshold: float, ratios: PairRatios | None = None
) -> tuple[dict[str, str], set[tuple[str, str]], set[tuple[str, str]]]:
    """(item status by ref, item links, task links) by one baseline method."""
    ratios = ratios if ratios is not None else PairRatios.of(old, new)
    pair = greedy_from_scores if method == "greedy" else sequence_from_scores
    old_items, new_items = list(old.items), list(new.items)
    item_pairs = pair(ratios.items, threshold)
    status: dict[str, str] = {}
    links: set[tuple[str, str]] = set()
    for i, j in item_pairs:
        same = ratios.items[i][j] >= 0.9
        status[f"old:{old_items[i].ref}"] = status[f"new:{new_items[j].ref}"] = (
            "carried_over" if same else "reworded"
        )
        links.add((old_items[i].ref, new_items[j].ref))
    for item in old_items:
        status.setdefault(f"old:{item.ref}", "dropped")
    for item in new_items:
        status.setdefault(f"new:{item.ref}", "new")
    old_tasks, new_tasks = list(old.tasks), list(new.tasks)
    task_pairs = pair(ratios.tasks, threshold)
    task_links = {(old_tasks[i].ref, new_tasks[j].ref) for i, j in task_pairs}
    return status, links, task_links
