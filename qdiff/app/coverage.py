"""`qdiff coverage YEAR`: the year's commitments against the quarterly notices that should
schedule them and the progress reports of the year, from the archive.

The year's commitments are its annual plan's (kind annual_plan, period YEAR), else its work
report's plan part; the quarterly and half-year notices are those of the annual plan's series
(for a work report, its issuer's plans); the reports are the issuer's progress reports of the
year (the issuer's office may publish them: any series named after the issuer that holds
progress reports)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qdiff.app.archiving import series_of
from qdiff.app.delivery import load_document
from qdiff.controls import visible_name
from qdiff.delivery.coverage import Coverage, coverage_of
from qdiff.errors import NothingToCoverError
from qdiff.notice import DocumentKind
from qdiff.periods import Period, PeriodKind
from qdiff.provenance import SideNotice

if TYPE_CHECKING:
    from qdiff.archived import NoticeSummary
    from qdiff.store import Archive

_SCHEDULES = (DocumentKind.QUARTERLY_PLAN, DocumentKind.HALF_YEAR_PLAN)


@dataclass(frozen=True)
class YearCoverage:
    year: int
    plan: SideNotice
    notices: tuple[SideNotice, ...]
    reports: tuple[SideNotice, ...]
    coverage: Coverage


def cover_year(year: int, series: str | None, open_archive: Callable[[], Archive]) -> YearCoverage:
    archive = open_archive()
    whole = Period(year, PeriodKind.YEAR, 1)
    # Withdrawn versions and series are left out, as compare and report leave them out.
    summaries = [
        s for s in archive.summaries() if s.series_withdrawn is None and s.latest.withdrawn is None
    ]
    chosen = archive.resolve_series(series, whole) if series is not None else None
    plans = [
        s
        for s in summaries
        if s.period == whole
        and s.latest.kind in (DocumentKind.ANNUAL_PLAN, DocumentKind.WORK_REPORT)
        and (chosen is None or s.series == chosen)
    ]
    if not plans:
        raise NothingToCoverError(str(year))
    # An annual plan breaks the year down; a work report's plan part is the frame otherwise.
    plans.sort(key=lambda s: (s.latest.kind is not DocumentKind.ANNUAL_PLAN, s.series))
    plan = _load(archive, plans[0])
    plans_series = plans[0].series.removesuffix(series_of("", DocumentKind.WORK_REPORT))
    issuer = plan.notice.issuer or plans_series
    notices = [
        _load(archive, s)
        for s in summaries
        if s.series == plans_series and s.period.year == year and s.latest.kind in _SCHEDULES
    ]
    reports = [
        _load(archive, s)
        for s in summaries
        if s.series.startswith(visible_name(issuer))
        and s.series.endswith(series_of("", DocumentKind.PROGRESS_REPORT))
        and s.period.year == year
    ]
    coverage = coverage_of(
        plan.notice,
        [(Period.parse(d.side.period or ""), d.notice) for d in notices],
        [(Period.parse(d.side.period or ""), d.notice) for d in reports],
    )
    return YearCoverage(year, plan, tuple(notices), tuple(reports), coverage)


def _load(archive: Archive, summary: NoticeSummary) -> SideNotice:
    return load_document(archive, summary.series, summary.period)
