"""best_pairs, the optimal one-to-one matching behind item and task alignment: the same optimum as
a brute force on small matrices, the same pairs as the dense Hungarian method it replaced
(`dense_best_pairs`) wherever the optimum is unique, and correct at 1,000 rows.

Speed is measured by bench/assignment_speed.py, not asserted here.
"""

from __future__ import annotations

import math
import random
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from qdiff.align.assignment import best_pairs, dense_best_pairs

Matrix = list[list[float]]


# The reference: the dense Hungarian method best_pairs was before the sparse rewrite (qdiff
# 2fa59ee), kept in the module for thresholds <= 0.
reference_best_pairs = dense_best_pairs


# Helpers ---------------------------------------------------------------------------------------
def brute_force_optimum(scores: Matrix, threshold: float) -> float:
    """The best total over every one-to-one set of pairs scoring >= threshold (rows in turn,
    each taking a free column or none; the used columns as a bit mask)."""
    width = len(scores[0]) if scores else 0

    @cache
    def best(row: int, used: int) -> float:
        if row == len(scores):
            return 0.0
        total = best(row + 1, used)
        for j in range(width):
            if not used & (1 << j) and scores[row][j] >= threshold:
                total = max(total, scores[row][j] + best(row + 1, used | (1 << j)))
        return total

    return best(0, 0)


def total(scores: Matrix, pairs: list[tuple[int, int]]) -> float:
    return sum(scores[i][j] for i, j in pairs)


def assert_valid(scores: Matrix, threshold: float, pairs: list[tuple[int, int]]) -> None:
    """Sorted, one-to-one, and every pair at or above the threshold."""
    assert pairs == sorted(pairs)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    assert all(scores[i][j] >= threshold for i, j in pairs)


# Small random matrices of every kind --------------------------------------------------------
THRESHOLDS = st.sampled_from([0.1, 0.2, 0.5, 0.75])
# Dense: any score; sparse: mostly nothing; ties: a few repeated values, some right at the
# thresholds; below: weak everywhere, so that the threshold leaves few or no candidates.
DENSE = st.floats(0.0, 1.0)
SPARSE = st.one_of(st.just(0.0), st.just(0.0), st.just(0.0), st.floats(0.0, 1.0))
TIES = st.sampled_from([0.0, 0.0, 0.1, 0.2, 0.25, 0.5, 0.75, 1.0])
BELOW = st.floats(0.0, 0.25)


@st.composite
def matrices(draw: st.DrawFn, max_side: int = 6) -> Matrix:
    rows = draw(st.integers(0, max_side))
    columns = draw(st.integers(1, max_side))
    values = draw(st.sampled_from([DENSE, SPARSE, TIES, BELOW]))
    return [[draw(values) for _ in range(columns)] for _ in range(rows)]


@settings(max_examples=400, deadline=None)
@given(matrices(), THRESHOLDS)
def test_total_is_the_brute_force_optimum(scores: Matrix, threshold: float) -> None:
    pairs = best_pairs(scores, threshold)
    assert_valid(scores, threshold, pairs)
    assert math.isclose(total(scores, pairs), brute_force_optimum(scores, threshold), abs_tol=1e-9)


@settings(max_examples=200, deadline=None)
@given(matrices(), THRESHOLDS)
def test_ties_give_an_optimum_of_the_same_value_as_the_reference(
    scores: Matrix, threshold: float
) -> None:
    """With ties the pairs may differ from the dense method's (see the test below), never the
    total; and the same input always gives the same pairs."""
    pairs = best_pairs(scores, threshold)
    assert math.isclose(
        total(scores, pairs), total(scores, reference_best_pairs(scores, threshold)), abs_tol=1e-9
    )
    assert best_pairs(scores, threshold) == pairs
    assert best_pairs(tuple(tuple(row) for row in scores), threshold) == pairs


@st.composite
def unique_optimum(draw: st.DrawFn, max_side: int = 7) -> Matrix:
    """Candidates score 1 + 2^-k, each k its own: any two different sets of pairs then total
    differently (the count of pairs, then the binary digits), exactly in floating point (k up
    to 49, sums under 8: 52 bits), so the optimum is unique. Everything else is 0.0 or weak
    (0.25, below the threshold 0.5)."""
    rows = draw(st.integers(0, max_side))
    columns = draw(st.integers(1, max_side))
    ranks = draw(st.permutations(range(1, rows * columns + 1)))
    kinds = st.sampled_from(["candidate", "zero", "weak"])
    scores = []
    for i in range(rows):
        row = []
        for j in range(columns):
            kind = draw(kinds)
            value = 1 + 2.0 ** -ranks[i * columns + j]
            row.append(value if kind == "candidate" else 0.25 if kind == "weak" else 0.0)
        scores.append(row)
    return scores


@settings(max_examples=400, deadline=None)
@given(unique_optimum())
def test_same_pairs_as_the_reference_when_the_optimum_is_unique(scores: Matrix) -> None:
    assert best_pairs(scores, 0.5) == reference_best_pairs(scores, 0.5)


@settings(max_examples=100, deadline=None)
@given(st.randoms(use_true_random=True), st.integers(1, 40), st.integers(1, 40), THRESHOLDS)
def test_same_pairs_as_the_reference_on_random_scores(
    rng: random.Random, rows: int, columns: int, threshold: float
) -> None:
    """Random floats: distinct, and no two sets of pairs total the same. (A true random, seeded
    by Hypothesis: its own generated randoms repeat values, and with ties two optima may differ
    in their pairs, as the test of ties above allows; one CI run met such a case.)"""
    density = rng.choice([0.05, 0.2, 0.5, 1.0])
    scores = [
        [rng.random() if rng.random() < density else 0.0 for _ in range(columns)]
        for _ in range(rows)
    ]
    assert best_pairs(scores, threshold) == reference_best_pairs(scores, threshold)


@settings(max_examples=100, deadline=None)
@given(matrices(max_side=5), st.sampled_from([0.0, -0.5]))
def test_thresholds_at_or_below_zero_keep_the_dense_method(
    scores: Matrix, threshold: float
) -> None:
    """Every pair may count then, even one scoring nothing: the old method decides."""
    assert best_pairs(scores, threshold) == reference_best_pairs(scores, threshold)


def test_edges() -> None:
    assert best_pairs([], 0.2) == []
    assert best_pairs([[]], 0.2) == []
    assert best_pairs([[0.1, 0.19]], 0.2) == []
    assert best_pairs([[0.2]], 0.2) == [(0, 0)]  # the threshold itself counts
    # A weak pair is never bought at the price of a strong one.
    assert best_pairs([[0.9, 0.3], [0.3, 0.0]], 0.2) == [(0, 0)]
    # Global, not greedy: 0.8 + 0.7 beats 0.9 + nothing.
    assert best_pairs([[0.9, 0.8], [0.7, 0.0]], 0.2) == [(0, 1), (1, 0)]
    # Identical rows and columns (the same sentence twice in both notices): in order.
    assert best_pairs([[1.0, 1.0], [1.0, 1.0]], 0.2) == [(0, 0), (1, 1)]
    assert best_pairs([[1.0, 1.0, 1.0]] * 2, 0.2) == [(0, 0), (1, 1)]
    assert best_pairs([[1.0, 1.0]] * 3, 0.2) == [(0, 0), (1, 1)]


def test_a_tie_the_dense_method_broke_otherwise() -> None:
    """Degenerate ties can still break differently: here {(0,0)} + {(1,1)} and {(1,0)} both total
    0.75. The dense method gave the first row its column and then the second row the column it
    scored 0.25 with; the sparse one lets the first row go unmatched when that costs no more."""
    scores = [[0.5, 0.0], [0.75, 0.25]]
    assert reference_best_pairs(scores, 0.2) == [(0, 0), (1, 1)]
    assert best_pairs(scores, 0.2) == [(1, 0)]


# Year-plan sizes -------------------------------------------------------------------------------
def year_plan_scores(size: int, seed: int) -> Matrix:
    """A realistic item score matrix: weak scores everywhere (shared boilerplate), most items
    continuing with one strong partner somewhere, and a few middling candidates nearby."""
    rng = random.Random(seed)
    partner = list(range(size))
    rng.shuffle(partner)
    scores = [[rng.random() * 0.15 for _ in range(size)] for _ in range(size)]
    for i in range(size):
        if rng.random() < 0.85:
            scores[i][partner[i]] = 0.4 + 0.55 * rng.random()
        for _ in range(rng.randint(0, 6)):
            j = min(size - 1, max(0, partner[i] + rng.randint(-15, 15)))
            scores[i][j] = max(scores[i][j], 0.2 + 0.25 * rng.random())
    return scores


def test_same_pairs_as_the_reference_at_150_items() -> None:
    scores = year_plan_scores(150, seed=150)
    assert best_pairs(scores, 0.2) == reference_best_pairs(scores, 0.2)


def test_a_thousand_items_in_blocks() -> None:
    """1,000 x 1,000 with candidates only inside 100 hidden blocks of 10 x 10 (rows and columns
    shuffled): the optimum is the union of the blocks' optima, each from the reference."""
    rng = random.Random(1000)
    size, block = 1000, 10
    row_of = list(range(size))
    column_of = list(range(size))
    rng.shuffle(row_of)
    rng.shuffle(column_of)
    scores = [[rng.random() * 0.15 for _ in range(size)] for _ in range(size)]
    expected = []
    for start in range(0, size, block):
        rows, columns = row_of[start : start + block], column_of[start : start + block]
        local = [[0.0] * block for _ in range(block)]
        for a in range(block):
            for b in rng.sample(range(block), rng.randint(0, 4)):
                local[a][b] = 0.2 + 0.8 * rng.random()
                scores[rows[a]][columns[b]] = local[a][b]
        expected += [(rows[a], columns[b]) for a, b in reference_best_pairs(local, 0.2)]
    pairs = best_pairs(scores, 0.2)
    assert_valid(scores, 0.2, pairs)
    assert pairs == sorted(expected)
