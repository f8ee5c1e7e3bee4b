"""When two files are copies of one notice: the same text once each reader's layout is set aside.

A notice circulates as a web page, a Word file, a PDF and plain text. Each reader gives the same
lines of text, but not the same blank lines, indentation or line ends (a Word file has no blank
paragraphs, a PDF draws indents as spaces, a saved page keeps `&nbsp;` lines). Those differ by
how the file was made, not by what the notice says; every character of the lines themselves
(punctuation width, wording, numbers) still counts, so a "clean copy" with full-width
punctuation is another text.
"""

from __future__ import annotations

import hashlib

# Spaces a layout adds around a line: ASCII, tab, NO-BREAK SPACE, IDEOGRAPHIC SPACE.
_LAYOUT_SPACE = " \t\u00a0\u3000\r"


def text_lines(text: str) -> list[str]:
    """The lines of a text that say something, without the spaces a layout put around them."""
    stripped = (line.strip(_LAYOUT_SPACE) for line in text.splitlines())
    return [line for line in stripped if line]


def copy_digest(text: str) -> str:
    """A digest equal for two texts exactly when they are the same text (`text_lines`)."""
    return hashlib.sha256("\n".join(text_lines(text)).encode("utf-8")).hexdigest()
