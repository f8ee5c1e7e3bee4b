"""The item scores the alignment reads, and only those.

An item's score with another is 0.6 × body cosine + 0.3 × heading cosine + 0.1 × shared units
(the weights are settings). The alignment reads three things of the n × m scores: the pairs that
reach item_match (for the one-to-one assignment), the scores of the pairs it keeps, and, for
the items the assignment left unpaired, their whole row or column (their best counterpart, for
splits, merges and neighbours). So the pairs that reach item_match are found without scoring
every pair (features.ReachingCosines), and whole rows and columns are scored only for the
unpaired items: a 1,000-item year plan has a million pairs, 20,000 of which reach item_match,
and a few dozen unpaired items. Every score read is the float the whole matrix held.

Settings under which a pair below item_match could still count (a threshold <= 0, a negative
weight) get the whole matrix, as before; so do small notices (a quarter's notice has about 30
items), where the pruning's bookkeeping costs more than the pairs it leaves out: the 77
comparisons of a 40-quarter series took 1.25 s pruned, 1.12 s whole, with the same links.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence

from qdiff.align.assignment import best_candidate_pairs, best_pairs
from qdiff.align.features import ReachingCosines, RowCosines, Vector, cosine_matrix
from qdiff.align.limits import AlikeBudget
from qdiff.align.settings import Settings

# Rows summed in full after a row the bound did not pay for, before the bound is tried again.
_SUM_AFTER_FAILED_BOUND = 7
# Item pairs (old × new) up to which the whole matrix is scored, 100 items a side: a quarter's
# notice has about 30. Larger documents keep the pruning as it was measured for them
# (bench/large_documents.py).
_WHOLE_MATRIX_UP_TO = 10_000

# An item as scored: its body vector, heading vector and units (lead and supporting).
Scored = tuple[Vector, Vector, frozenset[str]]


class ItemScores:
    """Scores of old items (rows) against new items (columns)."""

    def __init__(
        self, old: Sequence[Scored], new: Sequence[Scored], settings: Settings, budget: AlikeBudget
    ) -> None:
        self.settings = settings
        self._old = old
        self._new = new
        self._headings = RowCosines([heading for _, heading, _ in new])
        self._holders: dict[str, list[int]] = {}  # which new items name each unit
        for j, (_, _, units) in enumerate(new):
            for unit in units:
                self._holders.setdefault(unit, []).append(j)
        self._rows: dict[int, list[float]] = {}
        self._columns: dict[int, list[float]] = {}
        self._matrix: list[list[float]] | None = None
        self._reaching: list[dict[int, float]] = []
        threshold = settings.item_match
        if _sparse_enough(settings) and len(old) * len(new) > _WHOLE_MATRIX_UP_TO:
            self._reaching = self._pairs_reaching(threshold, budget)
        else:
            bodies = cosine_matrix([body for body, _, _ in old], [body for body, _, _ in new])
            self._matrix = [self._scores(i, row) for i, row in enumerate(bodies)]
            budget.spend(sum(score >= threshold for row in self._matrix for score in row))

    def best_pairs(self) -> list[tuple[int, int]]:
        """The optimal one-to-one pairs reaching item_match (assignment.best_pairs)."""
        if self._matrix is not None:
            return best_pairs(self._matrix, self.settings.item_match)
        candidates = {
            i: sorted(reaching.items()) for i, reaching in enumerate(self._reaching) if reaching
        }
        return best_candidate_pairs(candidates, len(self._old), len(self._new))

    def score(self, i: int, j: int) -> float:
        """The score of a pair that reached item_match, or of a prepared row."""
        if self._matrix is not None:
            return self._matrix[i][j]
        if i in self._rows:
            return self._rows[i][j]
        return self._reaching[i][j]

    def prepare(self, rows: Sequence[int], columns: Sequence[int]) -> None:
        """Score the whole rows and columns of these items (the ones left unpaired)."""
        if self._matrix is not None:
            return
        new_bodies = [body for body, _, _ in self._new]
        bodies = cosine_matrix([self._old[i][0] for i in rows], new_bodies)
        for i, body in zip(rows, bodies, strict=True):
            self._rows[i] = self._scores(i, body)
        if not columns:
            return
        # A column's scores with the rows just scored are in those rows already.
        others = [i for i in range(len(self._old)) if i not in self._rows]
        bodies = cosine_matrix([self._old[i][0] for i in others], [new_bodies[j] for j in columns])
        headings = cosine_matrix(
            [self._old[i][1] for i in others], [self._new[j][1] for j in columns]
        )
        body_of = dict(zip(others, bodies, strict=True))
        heading_of = dict(zip(others, headings, strict=True))
        settings = self.settings
        for k, j in enumerate(columns):
            self._columns[j] = [
                self._rows[i][j]
                if i in self._rows
                else settings.body_weight * body_of[i][k]
                + settings.heading_weight * heading_of[i][k]
                + settings.units_weight * _units_share(self._old[i][2], self._new[j][2])
                for i in range(len(self._old))
            ]

    def row(self, i: int) -> list[float]:
        """Every score of an old item (prepared)."""
        return self._matrix[i] if self._matrix is not None else self._rows[i]

    def column(self, j: int) -> list[float]:
        """Every score of a new item (prepared)."""
        if self._matrix is not None:
            return [row[j] for row in self._matrix]
        return self._columns[j]

    # -------------------------------------------------------------------------------------------
    def _extras(self, i: int) -> tuple[list[float], list[float]]:
        """Old item i's heading cosine and share of units (|A ∩ B| / |A ∪ B|, the union
        counted as |A| + |B| - |A ∩ B|) with every new item; the units through the index of
        which new items name each unit: most pairs have none in common."""
        heading = self._headings.all(self._old[i][1])
        units = self._old[i][2]
        common = [0] * len(self._new)
        for unit in units:
            for j in self._holders.get(unit, ()):
                common[j] += 1
        shares = [
            shared / (len(units) + len(self._new[j][2]) - shared) if shared else 0.0
            for j, shared in enumerate(common)
        ]
        return heading, shares

    def _scores(
        self, i: int, bodies: list[float], extras: tuple[list[float], list[float]] | None = None
    ) -> list[float]:
        """Old item i's scores with every new item, from its body cosines and its `extras`
        (`_extras(i)`, computed here unless the caller has them)."""
        settings = self.settings
        headings, units = extras if extras is not None else self._extras(i)
        return [
            settings.body_weight * b + settings.heading_weight * h + settings.units_weight * u
            for b, h, u in zip(bodies, headings, units, strict=True)
        ]

    def _pairs_reaching(self, threshold: float, budget: AlikeBudget) -> list[dict[int, float]]:
        """Every pair whose score reaches `threshold`, with its score. The body cosine a pair
        needs is lower by what its heading and units bring."""
        settings = self.settings
        search = ReachingCosines([body for body, _, _ in self._new])
        reaching: list[dict[int, float]] = []
        summing = 0  # rows left to sum in full without trying the bound first
        for i, (body, _, _) in enumerate(self._old):
            headings, units = self._extras(i)
            found = None
            if summing:
                summing -= 1
            else:
                lowered = _Lowered(threshold, headings, units, settings)
                found = search.bounded(body, threshold / settings.body_weight, lowered)
                # A row the bound did not pay for says its neighbours are alike too: the next
                # few are summed in full straight away (the same scores either way).
                summing = _SUM_AFTER_FAILED_BOUND if found is None else 0
            if found is None:  # summed in full, as the matrix had it
                kept = {
                    j: score
                    for j, score in enumerate(self._scores(i, search.all(body), (headings, units)))
                    if score >= threshold
                }
            else:
                kept = {}
                for j, b in found.items():
                    score = (
                        settings.body_weight * b
                        + settings.heading_weight * headings[j]
                        + settings.units_weight * units[j]
                    )
                    if score >= threshold:
                        kept[j] = score
            budget.spend(len(kept))
            reaching.append(kept)
        return reaching


class _Lowered(Mapping[int, float]):
    """The body cosine each new item needs to reach the threshold with an old item, for the new
    items with a heading term or a unit in common with it (the others need threshold / body
    weight). It is computed in another order than the score, hence ReachingCosines' margin."""

    def __init__(
        self, threshold: float, headings: list[float], units: list[float], settings: Settings
    ) -> None:
        self._threshold = threshold
        self._headings = headings
        self._units = units
        self._settings = settings

    def get(self, j: int, default: float | None = None) -> float | None:  # type: ignore[override]
        heading, units = self._headings[j], self._units[j]
        if not heading and not units:
            return default
        settings = self._settings
        extra = settings.heading_weight * heading + settings.units_weight * units
        return (self._threshold - extra) / settings.body_weight

    def __getitem__(self, j: int) -> float:
        value = self.get(j)
        if value is None:
            raise KeyError(j)
        return value

    def __iter__(self) -> Iterator[int]:
        return (
            j for j, (h, u) in enumerate(zip(self._headings, self._units, strict=True)) if h or u
        )

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _units_share(old: frozenset[str], new: frozenset[str]) -> float:
    """|A ∩ B| / |A ∪ B|, as ItemScores._extras computes it."""
    shared = len(old & new)
    return shared / (len(old) + len(new) - shared) if shared else 0.0


def _sparse_enough(settings: Settings) -> bool:
    """Whether pairs below item_match never count: then only those reaching it are scored."""
    weights = (settings.body_weight, settings.heading_weight, settings.units_weight)
    return (
        all(math.isfinite(weight) and weight >= 0 for weight in weights)
        and settings.body_weight > 0
        and math.isfinite(settings.item_match)
        and settings.item_match > 0
    )
