"""Undo the line wrapping of a PDF's text layer, so that a paragraph is one line again.

Text from a PDF comes back one printed line per line: an item of a notice spans five or six
lines, and the parser (like the text, HTML and .docx readers) expects one paragraph per
line. Printed lines that run to the right margin are continued on the next line; a shorter
line ends its paragraph. A line is never joined to one that opens with an item or section
number (一、 1. （一） ①), whatever its width, because that is where a new item begins.
Page numbers at the top or bottom of a page are dropped: they are print furniture, and left
in place they would split a paragraph that runs over a page break.
"""

from __future__ import annotations

import re
import unicodedata

from qdiff.normalize import fold
from qdiff.parsing.lines import Line, read_label

# A line at least this share of the document's usual full width reached the margin.
# Justified CJK lines differ by a character or so (punctuation squeezing, half-width
# digits); a paragraph's last line is usually far shorter.
_FULL_SHARE = 0.93
# The usual full width is a high percentile, not the maximum: one overlong line (a table
# row, a URL) must not make every other line look short.
_FULL_PERCENTILE = 0.9
# Too few lines to tell full ones from short ones: leave the text as it is.
_MIN_LINES = 8

# Chapter headings (第一章) open a paragraph too, though the parser does not read them as labels.
_CHAPTER = re.compile(r"^\s*第[一二三四五六七八九十百\d]+[章节条部分]")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–]?\s*\d{1,3}\s*[-—–]?|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)\s*$"
)


def display_width(text: str) -> int:
    """Width in half-width cells: a Chinese character takes two, ASCII one.

    Characters of ambiguous width (“ ” · —) count as wide: in the CJK fonts notices are
    printed in, they are.
    """
    return sum(2 if unicodedata.east_asian_width(char) in "WFA" else 1 for char in text)


def reflow_pages(pages: list[str]) -> str:
    """Join the pages' lines into paragraphs, one per line."""
    lines: list[str] = []
    for page in pages:
        lines.extend(_without_page_numbers([line.rstrip() for line in page.splitlines()]))
    widths = sorted(display_width(line) for line in lines if line.strip())
    if len(widths) < _MIN_LINES:
        return "\n".join(lines)
    full = _FULL_SHARE * widths[int(_FULL_PERCENTILE * (len(widths) - 1))]
    paragraphs: list[str] = []
    continues = False
    for line in lines:
        if continues and line.strip() and not _opens_a_paragraph(line):
            paragraphs[-1] = _join(paragraphs[-1], line.strip())
        else:
            paragraphs.append(line)
        continues = display_width(line) >= full
    return "\n".join(paragraphs)


def _opens_a_paragraph(line: str) -> bool:
    """Whether the line opens with an item or section number as the parser reads them (so the
    two never disagree about where an item begins), or with a chapter heading."""
    folded = fold(line)
    if _CHAPTER.match(folded):
        return True
    return read_label(Line(0, 0, len(line), line, folded)) is not None


def _without_page_numbers(lines: list[str]) -> list[str]:
    while lines and (not lines[0].strip() or _PAGE_NUMBER.match(lines[0])):
        lines = lines[1:]
    while lines and (not lines[-1].strip() or _PAGE_NUMBER.match(lines[-1])):
        lines = lines[:-1]
    return lines


def _join(left: str, right: str) -> str:
    # Latin words are wrapped at spaces, which the PDF does not keep; Chinese text and
    # numbers are wrapped anywhere and join with nothing between.
    if left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii() and right[:1].isalpha():
        return f"{left} {right}"
    return left + right
