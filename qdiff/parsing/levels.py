"""Which numbering style marks sections and which marks items in a given notice.

Issuers differ (一、 sections with 1. items, 一、 with (一) items, flat 1. lists, ① items) and
change between quarters, so the levels are read from the notice itself: items are the deepest
style whose blocks end in responsibility clauses; sections are the topmost style above them.
"""

from __future__ import annotations

from dataclasses import dataclass

from qdiff.parsing.lines import Label, Line, Numbering

_CLAUSE_SHARE_FOR_ITEMS = 0.6  # share of a style's blocks that must carry a clause
_HEADING_MAX_CHARS = 30


@dataclass(frozen=True, slots=True)
class Levels:
    section: Numbering | None
    item: Numbering
    between: frozenset[Numbering]  # styles above items but below sections: sub-headings


def choose_levels(lines: list[Line], labels: dict[int, Label], clause_lines: set[int]) -> Levels:
    order: list[Numbering] = []
    for index in sorted(labels):
        if labels[index].style not in order:
            order.append(labels[index].style)
    if Numbering.BARE in order:
        # A table flattened one cell per line: the bare numbers are its rows.
        order.remove(Numbering.BARE)
        order.append(Numbering.BARE)
    item = _item_style(lines, labels, clause_lines, order)
    if item is Numbering.CN_DUN and _headings_over_paragraphs(lines, labels, clause_lines, item):
        # `三、优化营商环境` over an unnumbered paragraph that ends in its clause (a page of a
        # law database, cut before any numbered item came): the labels are sections, and the
        # paragraphs under them are items outside any numbering.
        deeper = [s for s in order[order.index(item) + 1 :] if s is not Numbering.BARE]
        unused = next(style for style in Numbering if style not in order)
        return Levels(item, deeper[0] if deeper else unused, frozenset())
    upper = order[: order.index(item)]
    section = upper[0] if upper else None
    return Levels(section, item, frozenset(upper[1:]))


def _headings_over_paragraphs(
    lines: list[Line], labels: dict[int, Label], clause_lines: set[int], style: Numbering
) -> bool:
    """Whether every line of a style is a short heading with no clause of its own, and the
    clauses stand in the paragraphs under them."""
    starts = sorted(i for i in labels if labels[i].style is style)
    if not starts or any(i in clause_lines or not _is_heading_like(lines[i]) for i in starts):
        return False
    return max(clause_lines, default=-1) > starts[0]


def _item_style(
    lines: list[Line], labels: dict[int, Label], clause_lines: set[int], order: list[Numbering]
) -> Numbering:
    if Numbering.BARE in order:
        return Numbering.BARE
    starts = sorted(labels)
    for depth in range(len(order) - 1, -1, -1):
        style = order[depth]
        bounding = set(order[: depth + 1])
        boundaries = [i for i in starts if labels[i].style in bounding] + [len(lines)]
        blocks = 0
        with_clause = 0
        last = len(boundaries) - 2
        for position, start in enumerate(boundaries[:-1]):
            if labels[start].style is not style:
                continue
            end = boundaries[position + 1]
            has_clause = any(i in clause_lines for i in range(start, end))
            if position == last and not has_clause and blocks:
                # The last block of a page cut off after N bytes lost its clause with the cut:
                # it says nothing about whether this style carries clauses.
                continue
            blocks += 1
            with_clause += has_clause
        if blocks and with_clause / blocks >= _CLAUSE_SHARE_FOR_ITEMS:
            return style
    # No clauses at all (a flat year plan): items are the first style that reads like paragraphs.
    for style in order:
        if any(not _is_heading_like(lines[i]) for i in starts if labels[i].style is style):
            return style
    return order[-1]


def _is_heading_like(line: Line) -> bool:
    text = line.folded.strip()
    return len(text) <= _HEADING_MAX_CHARS and "。" not in text
