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


# A period as users type it, in ASCII (2021Q1, 2021h2, 2021) or as notices name it (2021年第一季度,
# 2021年一季度, 2021年第1季度, 2021年上半年, 2021年), read after `fold` (full-width digits and
# letters as ASCII) with spaces taken out. Any number goes where the quarter or half does, so that
# 2021Q5 and 2021年第五季度 are read as periods that do not exist, with the period's message, and
# never as a file name or a search.
_ASCII_NAME = re.compile(r"(\d{4})(?:([QH])(\d+))?")
_CN_NUMBER = "一二三四五六七八九十〇零"
_CN_QUARTER_NAME = re.compile(rf"(\d{{4}})年度?第?([\d{_CN_NUMBER}]+)季度?")
_CN_HALF_NAME = re.compile(r"(\d{4})年度?([上下])半年度?")
_CN_YEAR_NAME = re.compile(r"(\d{4})年度?")

# The same, unfolded, as part of a longer pattern (qdiff/refs.py): `2021Q1@2`, `2021年一季度:4.1`.
_DIGIT = "0-9\uff10-\uff19"
PERIOD_LIKE = (
    rf"[{_DIGIT}]{{4}}\s*(?:[QqHh\uff31\uff51\uff28\uff48]\s*[{_DIGIT}]+"
    rf"|年\s*度?\s*(?:第?\s*[{_DIGIT}{_CN_NUMBER}]+\s*季\s*度?|[上下]\s*半\s*年\s*度?)?)?"
)


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
        """Read a period name as users type it (`2021Q1`, `2021q1`, `2021H2`, `2021`) or as
        notices write it (`2021年第一季度`, `2021年一季度`, `2021年第1季度`, `2021年上半年`,
        `2021年`, full-width digits too). Anything else, 2021Q5 and 2021H3 included, is a usage
        error with one message wherever a period is asked for."""
        text = "".join(fold(name).split()).upper()
        if match := _ASCII_NAME.fullmatch(text):
            year, letter, index = match.groups()
            if letter is None:
                return cls(int(year), PeriodKind.YEAR, 1)
            kind = PeriodKind.QUARTER if letter == "Q" else PeriodKind.HALF
            return cls._checked(name, int(year), kind, _NUMBER.get(index, 0))
        if match := _CN_QUARTER_NAME.fullmatch(text):
            year, index = match.groups()
            return cls._checked(name, int(year), PeriodKind.QUARTER, _NUMBER.get(index, 0))
        if match := _CN_HALF_NAME.fullmatch(text):
            year, half = match.groups()
            return cls(int(year), PeriodKind.HALF, 1 if half == "上" else 2)
        if match := _CN_YEAR_NAME.fullmatch(text):
            return cls(int(match.group(1)), PeriodKind.YEAR, 1)
        raise not_a_period(name)

    @classmethod
    def _checked(cls, name: str, year: int, kind: PeriodKind, index: int) -> Period:
        try:
            return cls(year, kind, index)
        except ValueError:  # 2021Q5, 2021Q0, 2021H3
            raise not_a_period(name) from None


def not_a_period(name: str) -> UsageError:
    """The one message for a period that is not one, whatever command was given it."""
    return UsageError(
        f"'{name}' is not a period; write a quarter (2021Q1 to 2021Q4, or 2021年第一季度), "
        "a half-year (2021H1, 2021H2, or 2021年上半年) or a year (2021)"
    )


# The quarter or half a period name numbers, as digits or in Chinese (0: none there is).
_NUMBER = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}


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
