"""What makes two passages the same commitment: shared distinctive terms, weighted by rarity.

Chinese has no spaces, so the terms are character bigrams of the normalised text. Their weights
are inverse document frequencies learned from the items being compared (and from the archive when
there is one): the boilerplate every item shares (推进, 工作, 相关成员单位配合, 确保…落实到位)
weighs almost nothing, and named projects, places, 《documents》 and numbers weigh much.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from qdiff.normalize import char_pairs, compact

# Runs of characters that carry meaning; punctuation and brackets separate them.
_CONTENT_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9.%]+")


@lru_cache(maxsize=16384)
def terms(text: str) -> Counter[str]:
    """The character bigrams of the text's content runs, counted (a one-character run counts
    as itself). Cached: following a series compares each notice with up to four others.
    Callers read the counter and never change it."""
    counts: Counter[str] = Counter()
    for run in _CONTENT_RUN.findall(compact(text)):
        if len(run) == 1:
            counts[run] += 1
            continue
        counts.update(char_pairs(run))
    return counts


@dataclass(frozen=True)
class Background:
    """Document frequencies of other passages of the same series (from the archive), counted
    once and shared by every comparison that uses them."""

    documents: int
    frequency: Mapping[str, int]

    @classmethod
    def of(cls, passages: Iterable[str]) -> Background:
        frequency: Counter[str] = Counter()
        documents = 0
        for passage in passages:
            documents += 1
            frequency.update(terms(passage).keys())
        return cls(documents, frequency)


NO_BACKGROUND = Background(0, {})


class TermWeights:
    """Inverse document frequencies over a set of passages (and a shared background)."""

    def __init__(
        self, documents: int, frequency: Mapping[str, int], background: Background = NO_BACKGROUND
    ) -> None:
        self.documents = documents + background.documents
        self._own = frequency
        self._background = background.frequency
        # Smoothed so that a term in every passage still weighs a little, and one never seen
        # before weighs the most.
        self._unseen = math.log(1 + self.documents) + 0.05
        self._idf: dict[str, float] = {}  # computed on first use: the background is large

    @classmethod
    def learn(
        cls, passages: Iterable[Counter[str]], background: Background = NO_BACKGROUND
    ) -> TermWeights:
        frequency: Counter[str] = Counter()
        documents = 0
        for passage in passages:
            documents += 1
            frequency.update(passage.keys())
        return cls(documents, frequency, background)

    def idf(self, term: str) -> float:
        value = self._idf.get(term)
        if value is None:
            count = self._own.get(term, 0) + self._background.get(term, 0)
            value = math.log((1 + self.documents) / (1 + count)) + 0.05 if count else self._unseen
            self._idf[term] = value
        return value

    def vector(self, counts: Counter[str]) -> Vector:
        # (The cache read inline: a comparison builds thousands of vectors.)
        known, idf = self._idf, self.idf
        weights = {}
        for term, count in counts.items():
            weight = known.get(term)
            if weight is None:
                weight = idf(term)
            weights[term] = weight if count == 1 else (1 + math.log(count)) * weight
        return Vector.of(weights)


@dataclass(frozen=True)
class Vector:
    """Weighted terms with their norm computed once: vectors are compared often."""

    weights: Mapping[str, float]
    norm: float

    @classmethod
    def of(cls, weights: Mapping[str, float]) -> Vector:
        return cls(weights, math.sqrt(sum(value * value for value in weights.values())))


def cosine(a: Vector, b: Vector) -> float:
    if not a.norm or not b.norm:
        return 0.0
    small, large = (
        (a.weights, b.weights) if len(a.weights) <= len(b.weights) else (b.weights, a.weights)
    )
    dot = sum(value * large[term] for term, value in small.items() if term in large)
    return dot / (a.norm * b.norm)


def cosine_matrix(rows: Sequence[Vector], columns: Sequence[Vector]) -> list[list[float]]:
    """Every row's cosine with every column, summing only over the terms they share (an
    inverted index): most task pairs share nothing, and those cost nothing."""
    index: dict[str, list[tuple[int, float]]] = {}
    for j, column in enumerate(columns):
        for term, weight in column.weights.items():
            index.setdefault(term, []).append((j, weight))
    matrix = [[0.0] * len(columns) for _ in rows]
    for i, row in enumerate(rows):
        if not row.norm:
            continue
        dots = matrix[i]
        for term, weight in row.weights.items():
            for j, other in index.get(term, ()):
                dots[j] += weight * other
        for j, column in enumerate(columns):
            if dots[j]:
                dots[j] /= row.norm * column.norm
    return matrix


def exact_cosine(row: Vector, column: Vector) -> float:
    """One pair's cosine with exactly cosine_matrix's arithmetic (the products summed in the
    row's term order, then divided), so that both give the same float to the last bit."""
    weights = column.weights
    dot = 0.0
    for term, weight in row.weights.items():
        other = weights.get(term)
        if other is not None:
            dot += weight * other
    return dot / (row.norm * column.norm) if dot else dot


class RowCosines:
    """Rows' cosines with a fixed set of columns, row by row, summed as cosine_matrix sums them
    (the columns' index is built once)."""

    def __init__(self, columns: Sequence[Vector]) -> None:
        self._columns = columns
        self._norms = [column.norm for column in columns]
        self._index = _index(columns)

    def all(self, row: Vector) -> list[float]:
        """The row's cosine with every column."""
        dots = [0.0] * len(self._columns)
        norm = row.norm
        if not norm:
            return dots
        for term, weight in row.weights.items():
            for j, other in self._index.get(term, ()):
                dots[j] += weight * other
        return [
            dot / (norm * other) if dot else dot
            for dot, other in zip(dots, self._norms, strict=True)
        ]


# Bounds are summed in another order than the exact cosines; this margin (far above their
# rounding, far below any setting's precision) keeps every pair the exact sum could let through.
_MARGIN = 1e-9
# A term held by more columns than this, and than a twentieth of them, is "common".
_COMMON_AFTER, _COMMON_SHARE = 16, 20


class ReachingCosines(RowCosines):
    """Rows' cosines with a fixed set of columns where they may reach a threshold, computed
    exactly as cosine_matrix does; pairs below it are mostly left out unseen.

    cosine_matrix visits every term two passages share, and a year plan's items share much
    boilerplate (a 1,000-item pair visits 14 million shared terms). Here the terms most columns
    hold (the common ones) are first left out: a pair's cosine is at most what it shares in the
    other terms plus, by Cauchy–Schwarz, the norms of the two common parts multiplied. Only the
    pairs whose bound reaches their threshold are summed, exactly, one by one; a row with too
    many of those for that to pay (passages written from a small vocabulary, where most of every
    norm is in common terms) is summed as cosine_matrix sums it, over every term it shares.
    """

    def __init__(self, columns: Sequence[Vector]) -> None:
        super().__init__(columns)
        after = max(_COMMON_AFTER, len(columns) // _COMMON_SHARE)
        self._common = frozenset(
            term for term, holders in self._index.items() if len(holders) > after
        )
        # Each column's share of its norm in common terms, and the columns by that share.
        self._shares = [self._share(column) for column in columns]
        self._by_share = sorted(range(len(columns)), key=lambda j: -self._shares[j])

    def of(self, row: Vector, threshold: float) -> dict[int, float]:
        """The row's cosine with each column where it may reach `threshold` (> 0)."""
        found = self.bounded(row, threshold)
        if found is not None:
            return found
        cosines = self.all(row)
        return {j: value for j, value in enumerate(cosines) if value >= threshold - _MARGIN}

    def bounded(
        self, row: Vector, threshold: float, lowered: Mapping[int, float] | None = None
    ) -> dict[int, float] | None:
        """The row's cosine with each column where it may reach `threshold` (> 0), or, for the
        columns `lowered` names, the threshold given there (which may be <= 0). None when
        too many pairs may reach it for the bound to pay: then sum the row in `all`."""
        if not threshold > 0:
            raise ValueError("ReachingCosines needs a threshold > 0; use cosine_matrix")
        own = lowered if lowered is not None else {}
        if not row.norm:  # every cosine is 0.0
            return {j: 0.0 for j in own if own.get(j, threshold) - _MARGIN <= 0.0}
        index, common = self._index, self._common
        partial: dict[int, float] = {}
        shared = 0  # the (term, column) pairs the row shares: what summing them all costs
        for term, weight in row.weights.items():
            holders = index.get(term, ())
            shared += len(holders)
            if term not in common:
                for j, other in holders:
                    partial[j] = partial.get(j, 0.0) + weight * other
        # Each exact sum reads every term of the row; past this many, summing all is cheaper.
        most = shared // max(1, len(row.weights))
        share = self._share(row)
        candidates = set(partial)
        shares = self._shares
        if share:  # columns that reach the bound through common terms alone: all survive it
            least = (threshold - 2 * _MARGIN) / share
            for count, j in enumerate(self._by_share):
                if shares[j] < least:
                    break
                if count >= most:
                    return None
                candidates.add(j)
        candidates.update(own)
        survivors: list[tuple[int, float]] = []
        for j in candidates:
            column = self._columns[j]
            limit = own.get(j, threshold) - _MARGIN
            if column.norm:
                bound = partial.get(j, 0.0) / (row.norm * column.norm) + share * shares[j]
                if bound < limit - _MARGIN:
                    continue
            survivors.append((j, limit))
            if len(survivors) > most:
                return None
        reaching: dict[int, float] = {}
        for j, limit in survivors:
            value = exact_cosine(row, self._columns[j])
            if value >= limit:
                reaching[j] = value
        return reaching

    def _share(self, vector: Vector) -> float:
        """The share of the vector's norm that lies in common terms."""
        if not vector.norm:
            return 0.0
        common = self._common
        squares = sum(w * w for term, w in vector.weights.items() if term in common)
        return math.sqrt(squares) / vector.norm


def _index(columns: Sequence[Vector]) -> dict[str, list[tuple[int, float]]]:
    """Which columns hold each term, with its weight there, in column order."""
    index: dict[str, list[tuple[int, float]]] = {}
    for j, column in enumerate(columns):
        for term, weight in column.weights.items():
            index.setdefault(term, []).append((j, weight))
    return index


def shared_evidence(
    old_text: str, new_text: str, weights: TermWeights, limit: int = 6
) -> tuple[str, ...]:
    """The most distinctive stretches of text both passages share (for people to check a match).

    Maximal common substrings of at least two characters, ranked by the weight of their terms.
    """
    old = compact(old_text)
    new = compact(new_text)
    found: dict[str, float] = {}
    index = 0
    while index < len(old) - 1:
        length = 2
        if old[index : index + length] not in new:
            index += 1
            continue
        while index + length < len(old) and old[index : index + length + 1] in new:
            length += 1
        stretch = old[index : index + length].strip("，,。、；;：:（）()“”《》 ")
        if len(stretch) >= 2:
            # The stretch is normalised already: its bigrams are its terms.
            weight = sum(weights.idf(stretch[k : k + 2]) for k in range(len(stretch) - 1))
            found[stretch] = max(found.get(stretch, 0.0), weight)
        index += length
    ranked = sorted(found.items(), key=lambda pair: (-pair[1], pair[0]))
    chosen: list[str] = []
    for stretch, _ in ranked:
        if any(stretch in kept for kept in chosen):
            continue
        chosen.append(stretch)
        if len(chosen) == limit:
            break
    return tuple(chosen)
