"""Records both reports render the same way: a headline at the top, and a row of the agencies
table."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Headline:
    """One sentence of what a report found, linking to where it is shown in full."""

    text: str
    anchor: str | None
    alert: bool  # a promise that needs checking, not only a count


@dataclass
class AgencyRow:
    """An agency and how many of its commitments fall in each of the table's columns."""

    name: str
    columns: tuple[str, ...]
    counts: Counter[str] = field(default_factory=Counter)

    def cells(self) -> tuple[int, ...]:
        return tuple(self.counts[column] for column in self.columns)
