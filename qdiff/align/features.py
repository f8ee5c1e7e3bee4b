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

from qdiff.normalize import compact

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
        for index in range(len(run) - 1):
            counts[run[index : index + 2]] += 1
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
        idf = self.idf
        return Vector.of(
            {
                term: (1.0 if count == 1 else 1 + math.log(count)) * idf(term)
                for term, count in counts.items()
            }
        )


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
