"""When a promise falls due, and whether a later notice comes after that: a start or completion
promised again once its deadline has passed slipped; one whose deadline is still running (年内,
6月底前 repeated in the second quarter) did not."""

from __future__ import annotations

import re

from qdiff.normalize import fold
from qdiff.periods import Period, PeriodKind

_MONTH = re.compile(r"(?<!\d)(\d{1,2})月")
_YEAR = re.compile(r"((?:19|20)\d{2})年|明年|次年")
_QUARTER = re.compile(r"([一二三四1-4])季度")
_QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# Holidays and seasons, by the month they fall in (春节: February of the next year when a
# notice of the year's last quarter promises it).
_HOLIDAY_MONTH = {
    "元旦": 12,
    "春节": 2,
    "五一": 4,
    "端午": 6,
    "中秋": 9,
    "国庆": 9,
    "汛": 5,
    "开学": 8,
}
_YEAR_END = re.compile(r"年内|年底|年末|全年|下半年")
_FIRST_HALF = re.compile(r"上半年")


def due(deadline: str | None, period: Period) -> tuple[int, int]:
    """(year, month) by the end of which a promise made in a notice of `period` falls due:
    its deadline's, or the end of the period it was made for when it names none."""
    year = period.year
    if deadline:
        text = fold(deadline)
        if named := _YEAR.search(text):
            year = int(named.group(1)) if named.group(1) else year + 1
        if month := _MONTH.search(text):
            return year, min(int(month.group(1)), 12)
        if quarter := _QUARTER.search(text):
            return year, 3 * _QUARTER_NUMBER[quarter.group(1)]
        if _FIRST_HALF.search(text):
            return year, 6
        if _YEAR_END.search(text):
            return year, 12
        for holiday, falls_in in _HOLIDAY_MONTH.items():
            if holiday in text:
                # A holiday the period has already passed is next year's (春节 in a notice of
                # the third or fourth quarter is next February), unless a year was named.
                later = not named and falls_in < starts(period)[1]
                return (year + 1, falls_in) if later else (year, falls_in)
    last_quarter = period.first_quarter + period.quarters - 1
    return year, 3 * last_quarter


def starts(period: Period) -> tuple[int, int]:
    """(year, month) the period starts in."""
    if period.kind is PeriodKind.YEAR:
        return period.year, 1
    return period.year, 3 * period.first_quarter - 2


def passed(deadline: str | None, made_in: Period, seen_in: Period) -> bool:
    """Whether a promise made in `made_in` was due before the notice of `seen_in` begins."""
    return due(deadline, made_in) < starts(seen_in)
