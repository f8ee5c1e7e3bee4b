"""Periods a notice covers: a quarter (2021Q1), a half-year (2021H1) or a whole year (2021)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import total_ordering

from qdiff.errors import UsageError
from qdiff.normalize import fold


class PeriodKind(StrEnum):
    QUARTER = "Q"
    HALF = "H"
    YEAR = "Y"


_PERIOD_NAME = re.compile(r"^\s*(\d{4})(?:([QqHh])([1-4]))?\s*$")


@total_ordering
@dataclass(frozen=True)
class Period:
    """A reporting period. Orders by year, then by where the period starts in the year, the
    longer first: 2021, 2021H1, 2021Q1, 2021Q2, 2021H2, 2021Q3, 2021Q4."""

    year: int
    kind: PeriodKind
    index: int  # 1-4 for quarters, 1-2 for half-years, 1 for a whole year

    def __post_init__(self) -> None:
        limit = {PeriodKind.QUARTER: 4, PeriodKind.HALF: 2, PeriodKind.YEAR: 1}[self.kind]
        if not 1 <= self.index <= limit:
            raise ValueError(f"{self.kind.name.lower()} index {self.index} out of range")

    @property
    def first_quarter(self) -> int:
        """The quarter of the year the period starts in (1-4)."""
        if self.kind is PeriodKind.QUARTER:
            return self.index
        return 1 if self.kind is PeriodKind.YEAR else 2 * self.index - 1

    @property
    def quarters(self) -> int:
        return {PeriodKind.QUARTER: 1, PeriodKind.HALF: 2, PeriodKind.YEAR: 4}[self.kind]

    @property
    def quarter_number(self) -> int:
        """Quarters since year 0: consecutive quarters differ by one (2021Q4 + 1 = 2022Q1)."""
        return self.year * 4 + self.first_quarter - 1

    @classmethod
    def quarter(cls, number: int) -> Period:
        """The quarter with this `quarter_number`."""
        return cls(number // 4, PeriodKind.QUARTER, number % 4 + 1)

    def _sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.first_quarter, -self.quarters)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __str__(self) -> str:
        if self.kind is PeriodKind.YEAR:
            return str(self.year)
        return f"{self.year}{self.kind.value}{self.index}"

    @classmethod
    def parse(cls, name: str) -> Period:
        """Read a period name as users type it: `2021Q1`, `2021q1`, `2021H2`, `2021`."""
        match = _PERIOD_NAME.match(name)
        if match is None:
            raise UsageError(
                f"'{name}' is not a period; write a quarter like 2021Q1, "
                "a half-year like 2021H1 or a year like 2021"
            )
        year = int(match.group(1))
        letter = (match.group(2) or "").upper()
        if not letter:
            return cls(year, PeriodKind.YEAR, 1)
        index = int(match.group(3))
        kind = PeriodKind.QUARTER if letter == "Q" else PeriodKind.HALF
        if kind is PeriodKind.HALF and index > 2:
            raise UsageError(f"'{name}' is not a period; a year has two halves, H1 and H2")
        return cls(year, kind, index)


# How notices name their period: 2021年第一季度, 2021年一季度, 2021年第1季度, 2021年上半年, 2021年.
_CN_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER_TEXT = re.compile(r"(\d{4})\s*年\s*(?:度\s*)?第?\s*([一二三四1-4])\s*季度")
_HALF_TEXT = re.compile(r"(\d{4})\s*年\s*(?:度\s*)?([上下])半年")
_YEAR_TEXT = re.compile(
    r"(\d{4})\s*年\s*(?:度)?\s*(?:区政府|政府)?\s*(?:工作要点|重点工作|工作计划)"
)


def find_period(text: str) -> Period | None:
    """The period a title or heading names, or None when it names none. Full-width digits
    (２０２１年第１季度, as in a clean copy) read as their ASCII selves."""
    text = fold(text)
    if match := _QUARTER_TEXT.search(text):
        return Period(int(match.group(1)), PeriodKind.QUARTER, _CN_DIGIT[match.group(2)])
    if match := _HALF_TEXT.search(text):
        return Period(int(match.group(1)), PeriodKind.HALF, 1 if match.group(2) == "上" else 2)
    if match := _YEAR_TEXT.search(text):
        return Period(int(match.group(1)), PeriodKind.YEAR, 1)
    return None
