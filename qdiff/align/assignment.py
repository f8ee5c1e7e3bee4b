"""Optimal one-to-one matching (the Hungarian method), so that alignment is global rather than
greedy or order-preserving: items that reorder or move still find their partners."""

from __future__ import annotations

from collections.abc import Sequence


def best_pairs(scores: Sequence[Sequence[float]], threshold: float) -> list[tuple[int, int]]:
    """Row-column pairs maximising the total score, keeping only pairs scoring >= threshold.

    Scores below the threshold count as zero, so a weak pair is never bought at the price of a
    strong one. O(n²m) for an n×m matrix: trivial for the ~30 items of a notice.
    """
    # Rows and columns with no pair above the threshold can take part in no pair: leaving them
    # out keeps the cubic step small (most tasks of a notice have one candidate or none).
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
