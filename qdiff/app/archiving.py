"""`qdiff archive`: where each file goes (series and period), archiving it, and linking the new
versions to their neighbours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from qdiff.archived import ArchiveOutcome
from qdiff.controls import visible_name
from qdiff.errors import (
    InputError,
    IssuerUnknownError,
    KindUnknownError,
    PeriodConflictError,
    PeriodUnknownError,
    UsageError,
)
from qdiff.limits import name_problem, notice_problems
from qdiff.load import LoadedNotice
from qdiff.notice import DocumentKind, ParseWarning, WarningCode
from qdiff.parsing.kinds import describe
from qdiff.periods import Period
from qdiff.store.archive import Archive, match_series

# Archiving a quarter or a few links them to their neighbours at once (a comparison or two
# each); a bulk load leaves the linking to the first `trace`, `audit` or `report`, which
# links every missing pair in one go.
LINK_AT_ONCE_UP_TO = 4


# An issuer's plans are one series; its reports are series of their own, so that a progress
# report of 2023H1 is not taken for a new version of the half-year plan, nor a work report for
# the year plan, and threads of plans never run through a report.
_SERIES_OF_KIND = {
    DocumentKind.WORK_REPORT: " 政府工作报告",
    DocumentKind.PROGRESS_REPORT: " 进展报告",
    DocumentKind.OTHER: " 其他文件",
}


def series_of(issuer: str, kind: DocumentKind) -> str:
    """The series an issuer's documents of a kind go under: its plans under its name, its work
    reports and progress reports under series of their own."""
    return f"{visible_name(issuer)}{_SERIES_OF_KIND.get(kind, '')}"


def placement(
    archive: Archive,
    loaded: LoadedNotice,
    *,
    series: str | None = None,
    period: Period | None = None,
    force: bool = False,
    kind: DocumentKind | None = None,
) -> tuple[LoadedNotice, str, Period]:
    """The series and period a file goes under, from the document and what the user gave, and
    the file as it is filed: put under another period than it names (`force`) or as another
    kind than it reads as (`kind`), it carries a warning that says so, so that `show`, the
    reports and an export keep saying it. A document that reads as no kind qdiff follows is
    refused unless `kind` says what it is."""
    name = loaded.source.name or "the input"
    loaded = _filed_as(loaded, kind, name)
    notice = loaded.notice
    # Before anything is stored: a notice that comparing with its neighbours could not finish
    # (far past any real notice's size) would leave every later trace and report of the series
    # waiting on it.
    from qdiff.align.engine import check_alignable

    check_alignable(notice, name)
    if period is None:
        if notice.period is None:
            raise PeriodUnknownError(name)
        period = notice.period
    elif notice.period is not None and period != notice.period and not force:
        raise PeriodConflictError(name, notice.period, period)
    if series is None:
        # The issuer as people see it is the series' name exactly: a longer name that merely
        # starts with it (上海市杨浦区人民政府办公室) is another series, never this one; the same
        # name behind a bidi control or a zero-width space (which draw nothing) is this one.
        if not visible_name(notice.issuer or ""):
            raise IssuerUnknownError(name)
        key = series_of(notice.issuer or "", notice.kind)
    else:
        key = match_series(visible_name(series), archive.series_keys(), create=True)
        if (problem := name_problem("the series name", key)) is not None:
            raise UsageError(problem)
        _check_series_kind(archive, key, notice.kind, name)
    # What PostgreSQL would refuse is refused on SQLite too, so archives stay movable.
    problem = next(notice_problems(notice), None)
    if problem is not None:
        raise InputError(f"{name}: {problem}")
    if notice.period is not None and notice.period != period:
        override = ParseWarning(
            WarningCode.PERIOD_OVERRIDDEN,
            f"filed under {period} with --force; the document names {notice.period}",
        )
        loaded = replace(loaded, notice=replace(notice, warnings=(*notice.warnings, override)))
    return loaded, key, period


def _filed_as(loaded: LoadedNotice, kind: DocumentKind | None, name: str) -> LoadedNotice:
    notice = loaded.notice
    if kind is None:
        if notice.kind is DocumentKind.OTHER:
            items = notice.items
            with_units = sum(1 for item in items if item.lead or item.support)
            raise KindUnknownError(name, describe(notice.title, len(items), with_units))
        return loaded
    if kind is notice.kind:
        return loaded
    override = ParseWarning(
        WarningCode.KIND_OVERRIDDEN,
        f"archived as {kind.value} with --kind; the document reads as {notice.kind.value}",
    )
    return replace(loaded, notice=replace(notice, kind=kind, warnings=(*notice.warnings, override)))


def _check_series_kind(archive: Archive, key: str, kind: DocumentKind, name: str) -> None:
    """A series given by name holds documents that compare with one another: a report filed
    among plans would become a version of a plan and a link in its threads."""
    if key not in archive.series_keys():
        return
    held = {summary.latest.kind for summary in archive.summaries(key)}
    clash = sorted(k.value for k in held if not k.compares_with(kind))
    if clash:
        raise UsageError(
            f"{name} is a {kind.value} and {key} holds {', '.join(clash)} documents, which it "
            "does not compare with; file it under a series of its own (leave out --series to "
            "use its issuer's)"
        )


def archive_file(
    archive: Archive,
    loaded: LoadedNotice,
    *,
    series: str | None = None,
    period: Period | None = None,
    force: bool = False,
    kind: DocumentKind | None = None,
    archived_by: str,
) -> ArchiveOutcome:
    """Archive one parsed file as a new version of its series and period (or find it there)."""
    filed, key, target = placement(
        archive, loaded, series=series, period=period, force=force, kind=kind
    )
    return archive.archive(filed, key, target, archived_by=archiver(archived_by))


def archiver(name: str) -> str:
    """The name of who archives, as the archive can keep it (on every backend), or a usage
    error; checked once before any file is read."""
    if (problem := name_problem("the archiver's name", name)) is not None:
        raise UsageError(problem)
    return name


def link_new_versions(archive: Archive, outcomes: Sequence[ArchiveOutcome]) -> None:
    """Compare the new versions with their neighbours now, unless there are many of a series:
    then the first command that follows threads links them all in one go."""
    from qdiff.app.links import ensure_links

    added: dict[str, int] = {}
    for outcome in outcomes:
        if outcome.added:
            added[outcome.version.series] = added.get(outcome.version.series, 0) + 1
    for series, count in added.items():
        if count <= LINK_AT_ONCE_UP_TO:
            ensure_links(archive, series)
