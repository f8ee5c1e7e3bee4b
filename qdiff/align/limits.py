"""The largest notice qdiff aligns, and why (README.md, "Known limits").

Comparing two notices scores their items pair by pair, aligns the tasks of every pair of items
that continue one another, and diffs their texts character by character. Real notices hold about
30 items (a quarter) and up to about 500 (a year plan or a work report), with items of a few
hundred characters. Far past that, the comparison that archiving runs at once, and that every
`trace`, `report` and `audit list` of the series needs, would not finish: comparing a quarter
with a 10,000-item notice ran for minutes without an end. So qdiff refuses such a notice, in one
line, before it is archived or compared.

The bounds were measured (bench/large_documents.py, on this project's 2-core machine): two
generated year plans of 1,000 items (6,000 tasks, 170,000 characters), twice the largest real
documents, compare in 2.3 s CPU and 126 MB, within the budget of 5 s and 300 MB; past it, 2,000
items took 8 s and 4,000 items 28 s and 470 MB.
"""

from __future__ import annotations

from dataclasses import dataclass

from qdiff.errors import TooLargeToAlignError
from qdiff.notice import Notice


@dataclass(frozen=True)
class AlignmentLimits:
    # Items of one notice: every pair of items of two notices is a candidate continuation.
    items: int = 1_000
    # Tasks of one notice: tasks are aligned within continuing items, then across the notice.
    tasks: int = 10_000
    # Characters of one item: its character diff (difflib) grows with the square of its length.
    # A real item has a few hundred; a 2,000-character one diffs in about 10 ms, a
    # 20,000-character one took 7 s.
    item_characters: int = 2_000
    # Characters of all the items of a notice together (the year plans above hold 170,000).
    characters: int = 300_000
    # Pairs of items (reaching item_match) and of tasks (reaching their threshold) that one
    # comparison hands to the assignment: the plans above have 34,000. Items or tasks that are
    # nearly all the same sentence make nearly every pair one, and the optimal assignment then
    # takes the cube of their number (1,000 identical items: 30 s, 440 MB).
    alike_pairs: int = 100_000


ALIGNMENT_LIMITS = AlignmentLimits()


def size_problem(notice: Notice, limits: AlignmentLimits = ALIGNMENT_LIMITS) -> str | None:
    """What makes the notice too large to align, in words, or None when it is within bounds."""
    items = notice.items
    if len(items) > limits.items:
        return f"{len(items):,} items (qdiff aligns notices of up to {limits.items:,})"
    tasks = len(notice.tasks)
    if tasks > limits.tasks:
        return f"{tasks:,} tasks (qdiff aligns notices of up to {limits.tasks:,})"
    longest = max(items, key=lambda item: len(item.text), default=None)
    if longest is not None and len(longest.text) > limits.item_characters:
        return (
            f"an item of {len(longest.text):,} characters at {longest.ref} (qdiff aligns items "
            f"of up to {limits.item_characters:,})"
        )
    characters = sum(len(item.text) for item in items)
    if characters > limits.characters:
        return (
            f"{characters:,} characters of items (qdiff aligns notices of up to "
            f"{limits.characters:,})"
        )
    return None


def check_size(notice: Notice, name: str, limits: AlignmentLimits = ALIGNMENT_LIMITS) -> None:
    """Refuse a notice past the bounds on items, tasks and characters."""
    problem = size_problem(notice, limits)
    if problem is not None:
        raise TooLargeToAlignError(
            f"{name} holds {problem}, far more than a real notice; qdiff cannot compare it "
            "in reasonable time, so it neither compares nor archives it"
        )


class AlikeBudget:
    """Counts the candidate pairs one comparison hands to the assignment, and stops it once
    they pass the bound."""

    def __init__(self, limit: int = ALIGNMENT_LIMITS.alike_pairs) -> None:
        self.limit = limit
        self.spent = 0

    def spend(self, pairs: int) -> None:
        self.spent += pairs
        if self.spent > self.limit:
            raise TooLargeToAlignError(
                f"the items and tasks of these notices are alike in more than {self.limit:,} "
                "pairs (the same sentences over and over); qdiff cannot align them in "
                "reasonable time"
            )
