"""Chinese numerals, read one way for labels, dates and quantities alike."""

from __future__ import annotations

# Zero as written in dates (〇, ○, and the letter O a website's conversion leaves), and 两.
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0, "O": 0}
_CN_DIGITS["两"] = 2


def cn_numeral_value(numeral: str) -> int:
    """The value of a Chinese numeral, for labels, dates and quantities alike: 一 -> 1,
    十二 -> 12, 二十三 -> 23, 一百零五 -> 105, 两 -> 2; a run of digits with no 十 or 百 reads
    digit by digit (二〇二一 -> 2021)."""
    if "十" not in numeral and "百" not in numeral:
        value = 0
        for char in numeral:
            value = value * 10 + _CN_DIGITS.get(char, 0)
        return value
    value = current = 0
    for char in numeral:
        if char in "十百":
            value += (current or 1) * (10 if char == "十" else 100)
            current = 0
        else:
            current = _CN_DIGITS.get(char, 0)
    return value + current
