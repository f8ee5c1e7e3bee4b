"""What kind of document a parse is: a plan (quarterly, half-year, annual), a work report, a
progress report, or none of these (DOMAIN.md, "The plan cycle").

Decided from the words a document calls itself by (title, heading, its tables' column names)
first, then from its period, then from its body; `other` only when nothing says it is a plan or a
report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qdiff.normalize import fold
from qdiff.notice import DocumentKind, Section
from qdiff.periods import Period

# 政府工作报告, but not a plan that breaks one down: 《政府工作报告》确定的主要目标任务责任分解方案,
# 政府工作报告重点工作任务分工.
WORK_REPORT_TITLE = re.compile(r"政府工作报告(?![^\n]{0,12}(?:分解|分工|确定|落实|任务|责任))")
_REPORT_BY_DECREE = re.compile(r"政府工作报告[^\n]{0,12}(?:分解|分工|确定|落实|任务|责任)")
# What a report on a plan's implementation calls itself, in its title or in a column.
_PROGRESS = re.compile(r"进展情况|完成情况|落实情况|执行情况|推进情况|进展表|进度表|工作总结")
# What a plan calls itself.
_PLAN_GENRE = re.compile(
    r"工作要点|重点工作|工作计划|工作安排|目标任务|主要目标|工作任务|责任分工|任务分解|责任分解"
    r"|推进计划|任务清单|项目计划"
)
_QUARTER_WORDS = re.compile(r"(?<!前)(?:第?[一二三四]季度|[1-4]季度|春节|元宵)")
_HALF_WORDS = re.compile(r"[上下]半年")


@dataclass(frozen=True, slots=True)
class KindEvidence:
    """What the classifier read: the words a document names itself by and its period."""

    title: str | None  # the title, or failing that the heading
    period: Period | None
    # What its tables' columns are named (qdiff/parsing/tables.py): a column per quarter
    # (milestones), a 进展情况/完成情况 column.
    quarter_columns: bool = False
    progress_column: bool = False


def classify(evidence: KindEvidence, sections: Sequence[Section], body_text: str) -> DocumentKind:
    """The kind of a parsed document that is not a work report (those are read apart)."""
    named = fold(evidence.title or "")
    if _PROGRESS.search(named) or evidence.progress_column:
        return DocumentKind.PROGRESS_REPORT
    if WORK_REPORT_TITLE.search(named) and not _REPORT_BY_DECREE.search(named):
        return DocumentKind.WORK_REPORT
    if evidence.quarter_columns:
        return DocumentKind.ANNUAL_PLAN
    plan_named = bool(_PLAN_GENRE.search(named) or _REPORT_BY_DECREE.search(named))
    with_units = _share_with_units(sections) >= 0.5
    if not (plan_named or with_units):
        return DocumentKind.OTHER
    if evidence.period is not None:
        return DocumentKind.plan_for(evidence.period)
    # No period anywhere (a law database's excerpt): the body says what span it plans.
    folded = fold(body_text)
    if _QUARTER_WORDS.search(folded):
        return DocumentKind.QUARTERLY_PLAN
    if _HALF_WORDS.search(folded):
        return DocumentKind.HALF_YEAR_PLAN
    return DocumentKind.ANNUAL_PLAN


def _share_with_units(sections: Sequence[Section]) -> float:
    items = [item for section in sections for item in section.items]
    if not items:
        return 0.0
    return sum(1 for item in items if item.lead or item.support) / len(items)


def describe(title: str | None, items: int, items_with_units: int) -> str:
    """What a document of kind `other` looks like, for the line that refuses to archive it."""
    named = f"its title '{title}' names no work plan or report" if title else "it has no title"
    return f"{named}, and {items_with_units} of its {items} numbered items name responsible units"
