"""The normalised form of notice text, used for matching and pattern recognition, never for display.

Copies of one notice differ in punctuation width (the website's `, : ( ) ;` against a clean copy's
`,:();`), in space characters (NO-BREAK SPACE, U+3000) and in line endings. `fold` maps each
character to one canonical character so that offsets in the folded text equal offsets in the
original: patterns found in the folded text can be cut out of the original.
"""

from __future__ import annotations

import re

# Full-width ASCII punctuation and digits map to ASCII; the CJK punctuation that has no ASCII twin
# in these notices (、。“”《》〔〕) stays as it is. Spaces of every kind become one ASCII space.
_FOLD_TABLE: dict[int, str] = {}
for _code in range(0xFF01, 0xFF5F):  # full-width forms of ! .. ~
    _FOLD_TABLE[_code] = chr(_code - 0xFEE0)
for _space in ("\u00a0", "\u3000", "\u2002", "\u2003", "\u2009", "\u200b", "\t"):
    _FOLD_TABLE[ord(_space)] = " "
_FOLD_TABLE[ord("\ufeff")] = " "
# Quotes and brackets that vary between copies.
_FOLD_TABLE.update(
    {
        ord("【"): "[",
        ord("】"): "]",
        ord("［"): "[",
        ord("］"): "]",
        ord("—"): "-",
        ord("–"): "-",
        ord("－"): "-",
        ord("～"): "~",
        ord("．"): ".",
    }
)


# Most characters of a notice fold to themselves; substituting only the few that change is
# an order of magnitude faster than str.translate over every character.
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(code)) for code in _FOLD_TABLE) + "]")


def _fold_one(match: re.Match[str]) -> str:
    return _FOLD_TABLE[ord(match.group())]


def fold(text: str) -> str:
    """Map each character to its canonical form, and a number's thousands separators to leading
    zeros (_THOUSANDS); the result has the same length as `text`."""
    folded = _FOLDABLE.sub(_fold_one, text)
    return _THOUSANDS.sub(_padded, folded) if "," in folded else folded


# A number written with thousands separators (3,000人次, 2,000万元; a PDF's full-width 12，000):
# its commas would split the clause and the number. Each separator folds to a leading zero, so
# that the length stays and the digits read as the same number (3,000 → 03000); where the length
# need not stay (a name's key), `without_separators` drops them. Not before a plot's or a
# building's number: a web copy's comma stands for 、 there (116,117街坊).
_THOUSANDS = re.compile(r"(?<![\d.,，])\d{1,3}(?:[,，]\d{3})+(?![\d,，]|街坊|号|丘|地块|幢|栋)")


def _padded(match: re.Match[str]) -> str:
    digits = _digits(match)
    return "0" * (len(match.group()) - len(digits)) + digits


def without_separators(text: str) -> str:
    """The text with the thousands separators of its numbers left out (3,000人次 → 3000人次)."""
    return _THOUSANDS.sub(_digits, text)


def _digits(match: re.Match[str]) -> str:
    return match.group().replace(",", "").replace("，", "")


def char_pairs(text: str) -> list[str]:
    """The text's character bigrams in order. Chinese writes no spaces between words, so its
    text compares by these (names, kinds, task terms, review passages and sentences do)."""
    return [text[i : i + 2] for i in range(len(text) - 1)]


def compact(text: str) -> str:
    """Folded text without any whitespace: the form in which two copies of a sentence compare."""
    return "".join(fold(text).split())


# A PDF copy's page number on a line of its own, between two lines of one sentence (— 7 —,
# － 7 －, 第7页): no part of the text it interrupts. An em dash, a horizontal bar or an en dash
# may hug the number; a hyphen needs spaces (a plot's number wrapped in a narrow cell, A3\n-05-
# \n07地块, is no page number).
PAGE_NUMBER_LINE = re.compile(
    r"(?<=\n)[ \t\u3000]*(?:[—―–]{1,2}[ \t\u3000]*\d{1,3}[ \t\u3000]*[—―–]{1,2}"
    r"|[-－]{1,2}[ \t\u3000]+\d{1,3}[ \t\u3000]+[-－]{1,2}|第[ \t\u3000]*\d{1,3}[ \t\u3000]*页)"
    r"[ \t\u3000]*(?=\r?\n|$)"
)


def is_page_number(line: str) -> bool:
    """Whether a line (without its line break) is a page's number (- 4 -, 第4页)."""
    return PAGE_NUMBER_LINE.fullmatch("\n" + line, 1) is not None


def without_page_numbers(text: str) -> str:
    """The text without its page-number lines (PAGE_NUMBER_LINE), their line breaks kept."""
    return PAGE_NUMBER_LINE.sub("", text) if "\n" in text else text


def blank_page_numbers(text: str) -> str:
    """The text with its page-number lines blanked out, its length and offsets kept."""
    if "\n" not in text:
        return text
    return PAGE_NUMBER_LINE.sub(lambda found: " " * len(found.group()), text)
