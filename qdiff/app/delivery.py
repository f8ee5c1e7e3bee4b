"""`qdiff delivery PLAN [EVIDENCE...]`: a plan's checkable commitments against the documents
that report on it.

PLAN and EVIDENCE are archived periods or versions (`2023`, `2023@2`) or files. Without
EVIDENCE, the archive's documents that report on an archived plan are used: for a work report
(year N), the next year's work report of the same issuer (its review part reports on year N)
and the progress reports of year N; for any other plan, the progress reports of its year, the
same series' later plans of that year and the next year's work report of its issuer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from qdiff.app.compare import names_a_file
from qdiff.delivery import DeliveryCheck, Document, assess_delivery, promises_of
from qdiff.delivery.passages import passages_of
from qdiff.errors import NothingReportsError, UsageError
from qdiff.load import load_path
from qdiff.notice import DocumentKind
from qdiff.periods import Period, PeriodKind
from qdiff.provenance import Side
from qdiff.refs import parse_version_ref

if TYPE_CHECKING:
    from qdiff.store import Archive

WORK_REPORTS = " 政府工作报告"  # the series suffix of an issuer's work reports (app/archiving)
PROGRESS_REPORTS = " 进展报告"


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
        reporting = _reports_on(planned, archive_now())
        if not reporting:
            raise NothingReportsError(f"{planned.side.series} {planned.side.period}")
    clauses = [p for n, d in enumerate(reporting) for p in passages_of(d.notice, n)]
    sentences = [
        p for n, d in enumerate(reporting) for p in passages_of(d.notice, n, sentences=True)
    ]
    assessments = assess_delivery(promises_of(planned.notice), clauses, sentences)
    return DeliveryCheck(planned, tuple(reporting), assessments)


def _document(
    argument: str,
    series: str | None,
    archive_now: Callable[[], Archive],
    plan: Document | None = None,
) -> Document:
    if names_a_file(argument):
        loaded = load_path(argument)
        return Document(loaded.notice, Side(None, None, None, argument, loaded.source.sha256))
    wanted = parse_version_ref(argument)
    archive = archive_now()
    if series is None and plan is not None and plan.side.series is not None:
        # Evidence of an archived work report is most often the next one of its series.
        held = {s.period for s in archive.summaries(plan.side.series)}
        if wanted.period in held:
            series = plan.side.series
    key = archive.resolve_series(series, wanted.period)
    stored = archive.load(key, wanted.period, wanted.number)
    info = stored.info
    side = Side(key, str(info.period), info.number, info.file_name, info.sha256)
    return Document(stored.notice, side)


def _reports_on(plan: Document, archive: Archive) -> list[Document]:
    """What the archive holds that reports on an archived plan (see the module docstring)."""
    assert plan.side.series is not None and plan.side.period is not None
    period = Period.parse(plan.side.period)
    issuer = plan.notice.issuer or plan.side.series.removesuffix(WORK_REPORTS)
    wanted: list[tuple[str, Period]] = []
    summaries = archive.summaries()
    held = {(s.series, s.period) for s in summaries if s.series_withdrawn is None}
    next_year = Period(period.year + 1, PeriodKind.YEAR, 1)
    wanted.append((f"{issuer}{WORK_REPORTS}", next_year))
    for key, held_period in sorted(held, key=lambda pair: (pair[0], pair[1])):
        same_year = held_period.year == period.year
        # Progress tables are often published by the issuer's office (…人民政府办公室).
        if (key.startswith(issuer) and key.endswith(PROGRESS_REPORTS) and same_year) or (
            key == plan.side.series
            and plan.notice.kind is not DocumentKind.WORK_REPORT
            and same_year
            and held_period > period
        ):
            wanted.append((key, held_period))
    found = []
    for key, wanted_period in wanted:
        if (key, wanted_period) not in held:
            continue
        stored = archive.load(key, wanted_period)
        info = stored.info
        side = Side(key, str(info.period), info.number, info.file_name, info.sha256)
        found.append(Document(stored.notice, side))
    return found
