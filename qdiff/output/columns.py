"""Laying text out in terminal columns: a CJK character takes two, a Latin one one (rich's
`cell_len` knows which), so lengths are counted in cells, never in characters."""

from __future__ import annotations

import re

from rich.cells import cell_len

from qdiff.output.terminal import terminal_text

_BREAKS = re.compile(r"\s*[\r\n]+\s*")
_CLOSING = frozenset([*"，。、；：！？）》」』】〕”’,.;:!?)%", "-]", "+}"])
_OPENING = frozenset([*"（《「『【〔“‘(", "[-", "{+"])
# A run that a line break must not cut: a number with its decimals, a Latin word, a
# change mark ([- -] {+ +}) and a space with what follows. Everything else (a CJK
# character, a punctuation mark) may end a line.
_UNBREAKABLE = re.compile(r"\[-|-\]|\{\+|\+\}|[0-9A-Za-z][0-9A-Za-z.,%@:/_-]*|\s+|.", re.DOTALL)


def one_line(text: str) -> str:
    """Text as one line, safe for a terminal (its control characters shown, not obeyed)."""
    return terminal_text(_BREAKS.sub(" ", text), one_line=True)


def clip(text: str, columns: int) -> str:
    """Cut text to at most `columns` terminal cells, marking the cut with …; control characters
    are shown (and counted) as the marks a terminal draws for them."""
    text = one_line(text)
    if cell_len(text) <= columns:
        return text
    out = ""
    for char in text:
        if cell_len(out + char) > columns - 1:
            break
        out += char
    return out + "…"


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - cell_len(text))


def wrap(text: str, columns: int, indent: str = "", first: str | None = None) -> list[str]:
    """Text broken into lines of at most `columns` cells, whole: nothing is cut off. Each line
    starts with `indent` (the first with `first`, when given); numbers and Latin words are
    not broken unless one alone is wider than a line, and, as Chinese typesetting has it, no
    line starts with closing punctuation (，。、）》”) nor ends with opening punctuation."""
    lines: list[str] = []
    prefix = indent if first is None else first
    pieces: list[str] = []  # of the line being filled
    for piece in _UNBREAKABLE.findall(one_line(text)):
        if not pieces and piece.isspace():
            continue  # no line starts with a space
        if cell_len(prefix + "".join(pieces) + piece) <= columns:
            pieces.append(piece)
            continue
        carried = _carried(pieces, piece)
        kept = pieces[: len(pieces) - len(carried)]
        if kept:
            lines.append((prefix + "".join(kept)).rstrip())
            prefix, pieces = indent, [*carried, *([] if piece.isspace() else [piece])]
        else:  # a piece wider than a line alone: cut it where the line is full
            line = prefix + "".join(pieces) + piece
            while cell_len(line) > columns:
                cut = _fit(line, columns)
                lines.append(cut)
                line = indent + line[len(cut) :]
            prefix, pieces = "", [line]
    if pieces or not lines:
        lines.append((prefix + "".join(pieces)).rstrip())
    return lines


def _carried(pieces: list[str], piece: str) -> list[str]:
    """The pieces at the end of a full line that go down with `piece` to the next: one before
    a closing mark, and any opening marks the line would end with."""
    keep = len(pieces)
    if piece in _CLOSING:
        keep -= 1
    while keep > 0 and pieces[keep - 1] in _OPENING:
        keep -= 1
    return pieces[keep:] if keep > 0 else []


def _fit(text: str, columns: int) -> str:
    out = ""
    for char in text:
        if cell_len(out + char) > columns:
            break
        out += char
    return out
