"""The HTML report of a city's main targets over the years (`qdiff targets --html`): one row per
measure, a column per year with the promise, the reported figure and met / missed / not
reported, and a small chart per measure (the promise dashed, the reported figure solid)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from qdiff.delivery import DeliveryCheck
from qdiff.delivery.targets import MeasureHistory
from qdiff.output.targets import histories
from qdiff.reports.common.environment import environment
from qdiff.reports.common.header import moment_text
from qdiff.reports.common.page import page_basics
from qdiff.reports.delivery.render import STYLESHEETS
from qdiff.reports.delivery.strings import delivery_labels

# The chart's drawing, in SVG user units: wide enough for 25 years, tall enough to read.
CHART_WIDTH, CHART_HEIGHT, CHART_MARGIN = 300, 80, 8


@dataclass(frozen=True)
class Chart:
    promised: str  # SVG polyline points
    reported: str
    dots: tuple[tuple[float, float, str], ...]  # reported points: x, y, status (for the class)
    low: str
    high: str


def render_targets(
    series: str,
    years: Sequence[tuple[int, DeliveryCheck]],
    *,
    lang: str = "zh",
    created_at: datetime | None = None,
) -> str:
    labels = delivery_labels(lang)
    created = created_at or datetime.now().astimezone()
    measures = histories(years)
    year_list = [year for year, _ in years]
    context: dict[str, Any] = {
        **page_basics(labels, STYLESHEETS, labels.format("tg_running_head", series=series)),
        "series": series,
        "years": year_list,
        "measures": [(m, _chart(m, year_list)) for m in measures],
        "created_at": created.isoformat(timespec="seconds"),
        "created_at_text": moment_text(created, labels["time_zone"]),
        "view_box": f"0 0 {CHART_WIDTH} {CHART_HEIGHT}",
    }
    return environment().get_template("delivery/targets.html").render(context)


def _chart(history: MeasureHistory, years: list[int]) -> Chart | None:
    """Promise and report over the years, on one scale; none for fewer than two reported years
    or figures in different units."""
    rows = {y: r for y, r in history.years.items()}
    reported = {y: r.reported.value for y, r in rows.items() if r.reported is not None}
    units = {r.promised.unit for r in rows.values()}
    if len(reported) < 2 or len(units) != 1 or len(years) < 2:
        return None
    values = [r.promised.value for r in rows.values()] + list(reported.values())
    low, high = min(values), max(values)
    span = (high - low) or 1.0

    def x(year: int) -> float:
        inner = CHART_WIDTH - 2 * CHART_MARGIN
        return round(CHART_MARGIN + inner * years.index(year) / (len(years) - 1), 1)

    def y(value: float) -> float:
        inner = CHART_HEIGHT - 2 * CHART_MARGIN
        return round(CHART_HEIGHT - CHART_MARGIN - inner * (value - low) / span, 1)

    ordered = sorted(y_ for y_ in rows if y_ in years)
    promised = " ".join(f"{x(yr)},{y(rows[yr].promised.value)}" for yr in ordered)
    shown = [yr for yr in ordered if yr in reported]
    line = " ".join(f"{x(yr)},{y(reported[yr])}" for yr in shown)
    dots = tuple((x(yr), y(reported[yr]), rows[yr].status.value) for yr in shown)
    unit = next(iter(units))
    return Chart(promised, line, dots, f"{low:g}{unit}", f"{high:g}{unit}")
