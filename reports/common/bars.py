"""Bars drawn in inline SVG: the width of a drawing, and the segments of one bar (a status, a
verdict or a category each, with its count), for every report."""

from __future__ import annotations

from dataclasses import dataclass

# Width of a bar's drawing in SVG user units; the SVG scales it to the page.
BAR_WIDTH = 1000


@dataclass(frozen=True)
class Segment:
    key: str  # a status or a category, for the class that colours it
    label: str
    count: int
    x: float
    width: float


def segments(parts: list[tuple[str, str, int]], width: float) -> tuple[Segment, ...]:
    total = sum(count for _, _, count in parts)
    out = []
    x = 0.0
    for key, label, count in parts:
        if not count:
            continue
        share = width * count / total
        out.append(Segment(key, label, count, round(x, 1), round(share, 1)))
        x += share
    return tuple(out)
