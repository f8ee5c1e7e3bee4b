"""`qdiff targets` for tools (JSON: README, "qdiff targets") and for people (text in the reader's
language): a city's main targets year by year, the promise against the next review's figure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qdiff.delivery import DeliveryCheck
from qdiff.delivery.targets import (
    MeasureHistory,
    TargetRow,
    TargetStatus,
    main_targets,
    target_history,
)
from qdiff.output.columns import wrap
from qdiff.output.comparison_text import WIDTH, clip
from qdiff.output.delivery import target_row_dict
from qdiff.output.terminal import terminal_text
from qdiff.output.words import Language


def histories(years: Sequence[tuple[int, DeliveryCheck]]) -> tuple[MeasureHistory, ...]:
    return target_history([(year, _rows(check)) for year, check in years])


def _rows(check: DeliveryCheck) -> tuple[TargetRow, ...]:
    return main_targets(check.plan.notice, check.assessments)


def targets_to_dict(series: str, years: Sequence[tuple[int, DeliveryCheck]]) -> dict[str, Any]:
    return {
        "series": series,
        "years": [
            {
                "year": year,
                "plan": check.plan.side.period,
                "review": check.evidence[0].side.period if check.evidence else None,
                "targets": [target_row_dict(row) for row in _rows(check)],
            }
            for year, check in years
        ],
        "measures": [
            {
                "measure": h.measure,
                "years": {str(y): target_row_dict(r) for y, r in h.years.items()},
            }
            for h in histories(years)
        ],
    }


_WORDS: dict[Language, dict[str | TargetStatus, str]] = {
    "zh": {
        "head": "{series}：{first}—{last}年主要预期目标与次年报告的数字",
        "none": "没有相邻两年的政府工作报告可以对照。",
        TargetStatus.MET: "达到",
        TargetStatus.MISSED: "未达到",
        TargetStatus.NOT_REPORTED: "未见报告",
    },
    "en": {
        "head": "{series}: main targets {first}-{last} against the next year's figures",
        "none": "No two consecutive work reports to read together.",
        TargetStatus.MET: "met",
        TargetStatus.MISSED: "missed",
        TargetStatus.NOT_REPORTED: "not reported",
    },
}


def targets_text(series: str, years: Sequence[tuple[int, DeliveryCheck]], lang: Language) -> str:
    words = _WORDS[lang]
    if not years:
        return words["none"]
    lines = wrap(words["head"].format(series=series, first=years[0][0], last=years[-1][0]), WIDTH)
    for history in histories(years):
        lines.extend(["", clip(history.measure, WIDTH)])
        for year, row in sorted(history.years.items()):
            reported = row.reported.text if row.reported else "—"
            status = words[row.status]
            lines.append(clip(f"  {year}  {row.promised.text} → {reported}  {status}", WIDTH))
    return terminal_text("\n".join(lines))
