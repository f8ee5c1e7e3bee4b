"""Dates as notices write them, and the damaged forms websites leave (2021222 for 2021年2月22日)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from qdiff.lexicon.numerals import cn_numeral_value

_ISO = re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")
_CHINESE = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# Zero in a year written in numerals: 〇 (U+3007), 零, ○ (U+25CB), or the letter O a website's
# conversion leaves (二O二三年, also in lower case).
_CHINESE_NUMERALS = re.compile(
    r"([〇零○Oo一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日"
)
# What may stand around a date on a line of its own: spaces and brackets, (2021年2月22日).
_AROUND_A_DATE = " ()（）"
_DIGITS_ONLY = re.compile(r"\s*(\d{4})(\d{2,4})\s*")


@dataclass(frozen=True, slots=True)
class DateReading:
    value: date | None
    repaired: bool  # the digits had run together and were split unambiguously
    candidates: tuple[date, ...]  # every valid reading of damaged digits


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(folded: str) -> date | None:
    """The first well-formed date in the text: 2021-02-26, 2021年2月22日, 二〇二一年二月二十二日."""
    for pattern in (_ISO, _CHINESE):
        if match := pattern.search(folded):
            return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := _CHINESE_NUMERALS.search(folded):
        year = cn_numeral_value(match.group(1))
        return _make(year, cn_numeral_value(match.group(2)), cn_numeral_value(match.group(3)))
    return None


def read_date_line(folded_line: str) -> date | None:
    """The date a line holds when the line is nothing but a well-formed date, as a signature
    date stands under the signing office. `2021年2月23日印发` (the printer's line) and
    `发布日期:2021-02-26` (a website's) are not signature lines, so they read as None."""
    text = folded_line.strip(_AROUND_A_DATE)
    for pattern in (_ISO, _CHINESE, _CHINESE_NUMERALS):
        if pattern.fullmatch(text):
            return find_date(text)
    return None


def read_damaged_date(folded_line: str) -> DateReading | None:
    """A line that is only a run of 6 to 8 digits: a date that lost 年 月 日.

    `2021222` can only be 2021-02-22 (month 22 does not exist), so it is repaired; `2021111` is
    2021-01-11 or 2021-11-01, so it is reported with both candidates and no value.
    """
    match = _DIGITS_ONLY.fullmatch(folded_line)
    if match is None:
        return None
    year, rest = int(match.group(1)), match.group(2)
    if not 1949 <= year <= 2100:
        return None
    candidates: list[date] = []
    for cut in (1, 2):
        month_text, day_text = rest[:cut], rest[cut:]
        if len(day_text) not in (1, 2) or (month_text.startswith("0") and cut == 1):
            continue
        if day_text.startswith("0") and len(day_text) == 1:
            continue
        candidate = _make(year, int(month_text), int(day_text))
        if candidate is not None and candidate not in candidates:
            candidates.append(candidate)
    if len(candidates) == 1:
        return DateReading(candidates[0], True, tuple(candidates))
    return DateReading(None, False, tuple(candidates))
