"""The printed edition's page furniture: a running head naming the report and page X of Y, in
CSS page-margin boxes (Chromium 131+ prints them; a browser that does not simply leaves the
margins empty). Written per report, since the head names its notices, and escaped as a CSS
string: an issuer's name is a notice's text and may hold anything."""

from __future__ import annotations

import re
import unicodedata

from markupsafe import Markup


def print_css(running_head: str, page_of: str) -> Markup:
    """`page_of` is the language's "第 {page} 页 / 共 {pages} 页"."""
    pieces = re.split(r"(\{pages?\})", page_of)
    counter = " ".join(
        f"counter({piece[1:-1]})" if piece in ("{page}", "{pages}") else css_string(piece)
        for piece in pieces
        if piece
    )
    look = "font-size: 8pt; color: #59636e;"
    return Markup(
        "\n@media print {\n  @page {\n"
        f"    @top-left {{ content: {css_string(running_head)}; {look} }}\n"
        f"    @bottom-right {{ content: {counter}; {look} }}\n"
        "  }\n}\n"
    )


def css_string(text: str) -> str:
    """`text` as a double-quoted CSS string: only letters, digits, spaces and printable non-ASCII
    characters stay as they are; everything else (quotes, backslashes, `<`, controls, bidi
    marks) is a six-digit escape, so it can neither end the string nor the style element."""
    out = []
    for char in text:
        plain = char.isascii() and (char.isalnum() or char == " ")
        printable = not char.isascii() and unicodedata.category(char)[0] not in "CZ"
        out.append(char if plain or printable else f"\\{ord(char):06x}")
    return '"' + "".join(out) + '"'
