"""`qdiff delivery PLAN [EVIDENCE...]`: a plan's checkable commitments against the documents
that report on it.

PLAN and EVIDENCE are archived periods or versions (`2023`, `2023@2`) or files. Without
EVIDENCE, the archive's documents that report on an archived plan are used: the next year's
work report of its issuer (its review part reports on the year), the progress reports of the
year that reach the plan's period, and, for a quarterly or half-year notice, the same series'
later notices of the year.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from qdiff.app.compare import archived_side, names_a_file
from qdiff.delivery import DeliveryCheck, assess_delivery, promises_of
from qdiff.delivery.passages import passages_of
from qdiff.errors import NothingReportsError, UsageError
from qdiff.load import load_path
from qdiff.notice import DocumentKind
from qdiff.periods import Period, PeriodKind
from qdiff.provenance import Side, SideNotice
from qdiff.refs import parse_version_ref

if TYPE_CHECKING:
    from qdiff.store import Archive


def check_delivery(
    plan: str,
    evidence: Sequence[str],
    series: str | None = None,
    open_archive: Callable[[], Archive] | None = None,
) -> DeliveryCheck:
    """Judge every checkable commitment of `plan` against `evidence` (or what the archive
    holds that reports on it)."""
    archive: Archive | None = None

    def archive_now() -> Archive:
        nonlocal archive
        if archive is None:
            if open_archive is None:
                raise UsageError("an archived document needs an archive")
            archive = open_archive()
        return archive

    planned = _document(plan, series, archive_now)
    if evidence:
        reporting = [_document(argument, series, archive_now, planned) for argument in evidence]
    elif planned.side.series is None:
        raise UsageError(
            f"{plan} is a file: name the documents that report on it "
            "(qdiff delivery PLAN EVIDENCE...), or archive them and the plan"
        )
    else:
        reporting = reports_on(planned, archive_now())
        if not reporting:
            raise NothingReportsError(f"{planned.side.series} {planned.side.period}")
    return judged(planned, reporting)


def load_document(
    archive: Archive, series: str, period: Period, number: int | None = None
) -> SideNotice:
    """An archived version (the latest not withdrawn, unless `number` names one) as a document
    with where it came from."""
    stored = archive.load(series, period, number)
    return SideNotice(stored.notice, archived_side(series, stored.info))


def judged(plan: SideNotice, reporting: Sequence[SideNotice]) -> DeliveryCheck:
    """Every checkable commitment of `plan` judged against `reporting`."""
    clauses = [p for n, d in enumerate(reporting) for p in passages_of(d.notice, n)]
    sentences = [
        p for n, d in enumerate(reporting) for p in passages_of(d.notice, n, sentences=True)
    ]
    assessments = assess_delivery(promises_of(plan.notice), clauses, sentences)
    return DeliveryCheck(plan, tuple(reporting), assessments)


def annual_checks(
    archive: Archive, plans_series: str, years: Sequence[int]
) -> dict[int, tuple[str, DeliveryCheck]]:
    """For each year, the series' annual plan (else its issuer's work report) judged against
    what the archive holds that reports on it, by the plan's name (`SERIES YEAR@V`). Years
    with neither are left out."""
    from qdiff.app.archiving import series_of

    summaries = {
        (s.series, s.period): s
        for s in archive.summaries()
        if s.series_withdrawn is None and s.latest.withdrawn is None
    }
    found: dict[int, tuple[str, DeliveryCheck]] = {}
    for year in years:
        whole = Period(year, PeriodKind.YEAR, 1)
        for key in (plans_series, series_of(plans_series, DocumentKind.WORK_REPORT)):
            summary = summaries.get((key, whole))
            if summary is None or summary.latest.kind not in _ANNUAL:
                continue
            plan = load_document(archive, key, whole)
            name = f"{key} {whole}@{plan.side.version}"
            found[year] = (name, judged(plan, reports_on(plan, archive)))
            break
    return found


_ANNUAL = (DocumentKind.ANNUAL_PLAN, DocumentKind.WORK_REPORT)
_SCHEDULES = (DocumentKind.QUARTERLY_PLAN, DocumentKind.HALF_YEAR_PLAN)


def _document(
    argument: str,
    series: str | None,
    archive_now: Callable[[], Archive],
    plan: SideNotice | None = None,
) -> SideNotice:
    """A file, or an archived period or version: of `series` for the plan; for evidence, of the
    plan's series when it holds that period (the next work report), else of the one series
    that does (a progress report's), whatever `--series` named for the plan."""
    if names_a_file(argument):
        loaded = load_path(argument)
        return SideNotice(loaded.notice, Side(None, None, None, argument, loaded.source.sha256))
    wanted = parse_version_ref(argument)
    archive = archive_now()
    if plan is not None:
        held = plan.side.series is not None and any(
            s.period == wanted.period for s in archive.summaries(plan.side.series)
        )
        series = plan.side.series if held else None
    key = archive.resolve_series(series, wanted.period)
    return load_document(archive, key, wanted.period, wanted.number)


def reports_on(plan: SideNotice, archive: Archive) -> list[SideNotice]:
    """What the archive holds that reports on an archived plan (see the module docstring).
    Withdrawn versions and series are left out, as compare and report leave them out."""
    from qdiff.app.archiving import series_of

    assert plan.side.series is not None and plan.side.period is not None
    period = Period.parse(plan.side.period)
    issuer = plan.notice.issuer or plan.side.series.removesuffix(
        series_of("", DocumentKind.WORK_REPORT)
    )
    reports_of = series_of(issuer, DocumentKind.PROGRESS_REPORT)
    office = reports_of.removesuffix(series_of("", DocumentKind.PROGRESS_REPORT))
    usable = [
        s for s in archive.summaries() if s.series_withdrawn is None and s.latest.withdrawn is None
    ]
    wanted: list[tuple[str, Period]] = [
        (series_of(issuer, DocumentKind.WORK_REPORT), Period(period.year + 1, PeriodKind.YEAR, 1))
    ]
    for summary in sorted(usable, key=lambda s: (s.series, s.period)):
        key, held = summary.series, summary.period
        if held.year != period.year:
            continue
        # A report speaks of the quarters it covers: one that ends before the plan's period
        # begins (2024H1 for a 2024Q3 notice) reports on none of it.
        reaches = held.first_quarter + held.quarters - 1 >= period.first_quarter
        # Progress tables are often published by the issuer's office (…人民政府办公室).
        progress = key.startswith(office) and key.endswith(reports_of[len(office) :])
        # A later notice says what became of a quarter's promise (已完成…, 继续推进…); it never
        # reports on the year's plan, which it schedules.
        later = key == plan.side.series and plan.notice.kind in _SCHEDULES and held > period
        if (progress and reaches) or later:
            wanted.append((key, held))
    present = {(s.series, s.period) for s in usable}
    found = []
    for key, wanted_period in wanted:
        if (key, wanted_period) in present:
            found.append(load_document(archive, key, wanted_period))
    return found


def target_years(
    archive: Archive, series: str | None, first: int | None = None, last: int | None = None
) -> tuple[str, list[tuple[int, DeliveryCheck]]]:
    """A city's work reports, year by year: each year's plan judged against the next year's
    report (its review part), from `first` to `last`; the series is the work reports' (an
    issuer's plans series names them too)."""
    from qdiff.app.archiving import series_of

    key = archive.resolve_series(series)
    reports = series_of(key, DocumentKind.WORK_REPORT)
    if (
        not key.endswith(series_of("", DocumentKind.WORK_REPORT))
        and reports in archive.series_keys()
    ):
        key = reports
    held = sorted(
        s.period.year
        for s in archive.summaries(key)
        if s.period.kind is PeriodKind.YEAR
        and s.latest.kind is DocumentKind.WORK_REPORT
        and s.latest.withdrawn is None
    )
    chosen = [
        year
        for year in held
        if year + 1 in held and (first is None or year >= first) and (last is None or year <= last)
    ]
    # Each report is read once: a year's report is the plan of its year and the review of the
    # year before.
    read = {
        year: load_document(archive, key, Period(year, PeriodKind.YEAR, 1))
        for year in sorted({y for year in chosen for y in (year, year + 1)})
    }
    years = [(year, judged(read[year], [read[year + 1]])) for year in chosen]
    return key, years
