"""The report's pictures, as numbers the templates draw with inline SVG and HTML (no script, no
style attribute: the report's Content-Security-Policy allows neither, and the file must show the
same on paper): a bar of the items by status, the stage transition matrix with its backward cells
marked, and a bar per lead unit with what slipped and vanished under it."""

from __future__ import annotations

from dataclasses import dataclass

from qdiff.align.model import Comparison, Status
from qdiff.notice import Stage
from qdiff.output.summary import StatusCounts
from qdiff.reports.common.bars import BAR_WIDTH, Segment, segments
from qdiff.reports.common.tables import AgencyRow

# Lead units shown as bars: the most involved; the full table is in the appendix.
AGENCY_BARS = 10
_LADDER: tuple[Stage | None, ...] = (*Stage, None)
# What a unit's bar is made of: its items by what became of them (agency table columns).
AGENCY_PARTS = ("carried_over", "reworded", "new", "dropped")


def status_bar(counts: StatusCounts, labels_of: dict[Status, str]) -> tuple[Segment, ...]:
    """The items by status as one bar, in the report's status order."""
    present = [(status, counts.items[status]) for status in labels_of if counts.items[status]]
    return segments([(s.value, labels_of[s], n) for s, n in present], BAR_WIDTH)


@dataclass(frozen=True)
class MatrixCell:
    count: int
    direction: int  # +1 up the ladder, -1 down (backward: marked), 0 same or unknown


@dataclass(frozen=True)
class StageMatrix:
    stages: tuple[Stage | None, ...]  # rows (older) and columns (newer), lowest first
    rows: tuple[tuple[MatrixCell, ...], ...]
    backward: int
    forward: int

    @property
    def empty(self) -> bool:
        return not any(cell.count for row in self.rows for cell in row)


def stage_matrix(comparison: Comparison) -> StageMatrix:
    """How many continuing tasks went from each stage to each stage."""
    counts: dict[tuple[Stage | None, Stage | None], int] = {}
    for link in comparison.tasks:
        if link.old is not None and link.new is not None:
            key = (link.old.stage, link.new.stage)
            counts[key] = counts.get(key, 0) + 1
    rows = tuple(
        tuple(MatrixCell(counts.get((old, new), 0), _direction(old, new)) for new in _LADDER)
        for old in _LADDER
    )
    cells = [cell for row in rows for cell in row]
    return StageMatrix(
        stages=_LADDER,
        rows=rows,
        backward=sum(c.count for c in cells if c.direction < 0),
        forward=sum(c.count for c in cells if c.direction > 0),
    )


def _direction(old: Stage | None, new: Stage | None) -> int:
    if old is None or new is None or old is new:
        return 0
    return 1 if new.rank > old.rank else -1


@dataclass(frozen=True)
class AgencyBar:
    name: str
    segments: tuple[Segment, ...]  # its items: carried over, reworded, new
    items: int
    slipped: int
    dropped: int  # its tasks that vanished (dropped items are a segment of the bar)


def agency_bars(rows: tuple[AgencyRow, ...], labels_of: dict[str, str]) -> tuple[AgencyBar, ...]:
    """The most involved lead units (rows come most items first), each a bar of its items on
    one scale, so that bars compare across units."""
    shown = rows[:AGENCY_BARS]
    widest = max((row.counts["items"] + row.counts["dropped"] for row in shown), default=0)
    bars = []
    for row in shown:
        parts = [(key, labels_of[key], row.counts[key]) for key in AGENCY_PARTS]
        total = sum(count for _, _, count in parts)
        scale = BAR_WIDTH * total / widest if widest else 0
        bars.append(
            AgencyBar(
                name=row.name,
                segments=segments(parts, scale),
                items=row.counts["items"],
                slipped=row.counts["slipped"],
                dropped=row.counts["tasks_dropped"],
            )
        )
    return tuple(bars)
