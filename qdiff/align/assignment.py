"""Optimal one-to-one matching, so that alignment is global rather than greedy or
order-preserving: items that reorder or move still find their partners.

Score matrices are sparse: an item or task has a handful of counterparts above the threshold,
if any. The matching therefore runs over those candidate pairs only (shortest augmenting paths,
Dijkstra with potentials, as in Jonker–Volgenant), instead of the dense O(n²m) Hungarian method
that took 0.6 s for a 473-item year plan. A search from one row only reaches the rows and columns
linked to it through candidate pairs, so each connected block of candidates is in effect solved
on its own, and most rows (one candidate, still free) take a handful of steps.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from heapq import heappop, heappush
from math import isnan


def best_pairs(scores: Sequence[Sequence[float]], threshold: float) -> list[tuple[int, int]]:
    """Row-column pairs maximising the total score, keeping only pairs scoring >= threshold.

    Scores below the threshold count as zero, so a weak pair is never bought at the price of a
    strong one. Ties between optimal matchings are broken deterministically, and as the dense
    Hungarian method this replaced broke them on the ties notices have (the same sentence or
    item twice): rows of the smaller side taken in order, the lowest column first among equal
    paths. Contrived ties can still break otherwise, e.g. [[0.5, 0], [0.75, 0.25]], where
    {(0, 0), (1, 1)} and {(1, 0)} both total 0.75: tests/test_assignment.py has it.
    """
    if threshold <= 0:
        # Zero or negative candidates: the optimum can then depend on pairs that score nothing,
        # which only a complete assignment decides. No setting is that low; keep the old method.
        return dense_best_pairs(scores, threshold)
    # Candidates per row, in column order. max() first: it runs in C and most rows (tasks with
    # no counterpart) stop there. (max() returns NaN only for a row that starts with NaN, and
    # then cannot tell: that row is read in full.)
    candidates: dict[int, list[tuple[int, float]]] = {}
    for i, row in enumerate(scores):
        top = max(row) if row else 0.0
        if top >= threshold or isnan(top):
            candidates[i] = [(j, value) for j, value in enumerate(row) if value >= threshold]
    if not candidates:
        return []
    return best_candidate_pairs(candidates, len(scores), len(scores[next(iter(candidates))]))


def best_candidate_pairs(
    candidates: Mapping[int, list[tuple[int, float]]], rows: int, columns: int
) -> list[tuple[int, int]]:
    """best_pairs given only the pairs that reach the threshold: each row that has any (rows in
    order) with its (column, score) pairs in column order, in a `rows` × `columns` matrix."""
    if not candidates:
        return []
    used = sorted({j for pairs in candidates.values() for j, _ in pairs})
    # Like the dense method, match the smaller side (rows on a tie) into the larger one.
    if len(candidates) <= len(used):
        left = list(candidates)
        edges = [candidates[i] for i in left]
        return sorted((left[a], b) for a, b in _sparse_max_matching(edges, columns))
    by_column: dict[int, list[tuple[int, float]]] = {j: [] for j in used}
    for i, pairs in candidates.items():  # rows in order: each column's list is in row order
        for j, value in pairs:
            by_column[j].append((i, value))
    edges = [by_column[j] for j in used]
    return sorted((b, used[a]) for a, b in _sparse_max_matching(edges, rows))


def _sparse_max_matching(edges: list[list[tuple[int, float]]], width: int) -> list[tuple[int, int]]:
    """Match left nodes (positions in `edges`, each with its (right node, gain > 0) pairs in
    right-node order; right nodes are < width) one-to-one, maximising the summed gain.

    Costs are negated gains. Left nodes are added in order, each by one Dijkstra search for the
    cheapest augmenting path under reduced costs cost - u[left] - v[right], which stay >= 0 on
    every edge already searched and are 0 on matched edges. A path may also end by leaving its
    last left node unmatched, at cost 0: one shared node, UNMATCHED, that every left node reaches
    and that stays free. (The dense method gave every row an edge of gain 0 to every column
    instead: the row then sat in a column it did not score with, which pairs nothing.)

    Ties, as in the dense method: the nearest node first, and among equally near ones the
    lowest, UNMATCHED before any column (the dense method reached a row's columns of gain 0
    from the row itself, first); a node keeps the first path that reached it at its distance.
    """
    # Right nodes are numbered 1..width (column j is j + 1), after UNMATCHED = 0: the heap then
    # orders equal distances by node number.
    count = width + 1
    u = [0.0] * len(edges)
    v = [0.0] * count
    owner = [-1] * count  # the left node matched to each right node (UNMATCHED has none)
    partner = [-1] * len(edges)  # the right node matched to each left node, -1 for none
    dist = [0.0] * count
    via = [-1] * count  # the left node a right node was reached from
    done = [False] * count
    reached = [False] * count
    shifted = [[(right + 1, gain) for right, gain in pairs] for pairs in edges]
    for source in range(len(shifted)):
        touched: list[int] = []
        settled: list[int] = []
        heap: list[tuple[float, int]] = []
        node, base = source, 0.0  # the left node being expanded, and its distance
        while True:
            offset = base - u[node]
            for right, gain in (*shifted[node], (_UNMATCHED, 0.0)):
                if done[right]:
                    continue
                candidate = offset - gain - v[right]
                if not reached[right]:
                    reached[right] = True
                    touched.append(right)
                elif candidate >= dist[right]:
                    continue
                dist[right] = candidate
                via[right] = node
                heappush(heap, (candidate, right))
            # The nearest right node not yet settled (entries superseded by a shorter path are
            # skipped). UNMATCHED is always reachable, so the heap never runs dry before it.
            while True:
                base, right = heappop(heap)
                if not done[right] and base == dist[right]:
                    break
            done[right] = True
            settled.append(right)
            if owner[right] < 0:
                break  # a free column, or UNMATCHED: the path ends here
            node = owner[right]
        # Potentials: every settled node moves by its slack to the path's end, which keeps
        # reduced costs >= 0 and makes the edges of the new path exactly 0.
        u[source] += base
        for index in settled:
            slack = base - dist[index]
            v[index] -= slack
            if owner[index] >= 0:
                u[owner[index]] += slack
        if right == _UNMATCHED:
            # The path's last left node gives up its column and stays unmatched; the column
            # passes back along the path (nothing to pass if that node is the source itself,
            # which has no column yet).
            last = via[_UNMATCHED]
            right = partner[last]
            partner[last] = -1
        # Flip the path: each left node on it takes the right node it reached, handing its
        # old partner on to the node before it.
        while right >= 0:
            node = via[right]
            previous = partner[node]
            owner[right] = node
            partner[node] = right
            right = -1 if node == source else previous
        for index in touched:
            done[index] = reached[index] = False
    return [(node, right - 1) for node, right in enumerate(partner) if right > 0]


_UNMATCHED = 0


def dense_best_pairs(scores: Sequence[Sequence[float]], threshold: float) -> list[tuple[int, int]]:
    """The dense Hungarian method, O(n²m), as best_pairs was before it went sparse: used for
    thresholds <= 0, where every pair may count, and the reference the sparse method is tested
    and benchmarked against (tests/test_assignment.py, bench/assignment_speed.py)."""
    # Rows and columns with no pair above the threshold can take part in no pair.
    rows = [i for i, row in enumerate(scores) if any(value >= threshold for value in row)]
    if not rows:
        return []
    columns = [j for j in range(len(scores[0])) if any(scores[i][j] >= threshold for i in rows)]
    if not columns:
        return []
    matrix = [[scores[i][j] if scores[i][j] >= threshold else 0.0 for j in columns] for i in rows]
    transposed = len(rows) > len(columns)
    if transposed:
        matrix = [list(column) for column in zip(*matrix, strict=True)]
    pairs = []
    for row, column in _hungarian_max(matrix):
        i, j = (rows[column], columns[row]) if transposed else (rows[row], columns[column])
        if scores[i][j] >= threshold:
            pairs.append((i, j))
    return sorted(pairs)


def _hungarian_max(gain: list[list[float]]) -> list[tuple[int, int]]:
    """Assign every row (n <= m) to a distinct column, maximising the summed gain."""
    n = len(gain)
    m = len(gain[0])
    infinity = float("inf")
    # 1-based arrays, as in the classic formulation: u, v potentials; p[j] the row of column j.
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    for row in range(1, n + 1):
        p[0] = row
        column0 = 0
        minimum = [infinity] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[column0] = True
            row0 = p[column0]
            delta = infinity
            column1 = 0
            for column in range(1, m + 1):
                if used[column]:
                    continue
                cost = -gain[row0 - 1][column - 1] - u[row0] - v[column]
                if cost < minimum[column]:
                    minimum[column] = cost
                    way[column] = column0
                if minimum[column] < delta:
                    delta = minimum[column]
                    column1 = column
            for column in range(m + 1):
                if used[column]:
                    u[p[column]] += delta
                    v[column] -= delta
                else:
                    minimum[column] -= delta
            column0 = column1
            if p[column0] == 0:
                break
        while column0:
            column1 = way[column0]
            p[column0] = p[column1]
            column0 = column1
    return [(p[column] - 1, column - 1) for column in range(1, m + 1) if p[column]]
