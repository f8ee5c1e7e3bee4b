"""Threads of an archived series: finding them by ref or wording, what needs checking, and the
findings auditors attach to them."""

from __future__ import annotations

from dataclasses import dataclass

from qdiff.align.settings import DEFAULT_SETTINGS, Settings
from qdiff.app.links import load_lineage
from qdiff.errors import UsageError
from qdiff.limits import name_problem, nul_problem
from qdiff.lineage import Finding, FindingKind, Lineage, Thread, findings_by_thread, thread_of
from qdiff.lineage.audit import AuditRow, ExportedFinding, audit_rows, exported_findings
from qdiff.normalize import compact
from qdiff.periods import Period
from qdiff.refs import OccurrenceRef, RefKind, parse_occurrence_ref
from qdiff.store.archive import Archive
from qdiff.store.findings import add_finding, findings


@dataclass(frozen=True)
class SeriesThreads:
    """A series' threads over its archived quarters, with the findings on each."""

    series: str
    lineage: Lineage
    findings: list[Finding]  # every finding of the series, oldest first
    attached: dict[str, list[Finding]]  # by thread key, oldest first


def series_threads(
    archive: Archive,
    series: str | None,
    first: Period | None = None,
    last: Period | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> SeriesThreads:
    """The threads of the series `series` names (or the archive's only one) over its archived
    quarters from `first` to `last`, with their findings; links missing are compared first."""
    key = archive.resolve_series(series)
    lineage = load_lineage(archive, key, first, last, settings)
    found = findings(archive, key)
    return SeriesThreads(key, lineage, found, findings_by_thread(lineage, found))


def find_threads(lineage: Lineage, wanted: str) -> list[Thread]:
    """The thread at a ref (`2021Q1:4.1.6`, `2021Q1:4.1`), or every task thread whose wording
    holds `wanted` in some quarter (spaces and punctuation width aside)."""
    reference = parse_occurrence_ref(wanted)
    if reference is not None:
        thread = thread_of(lineage, reference.period, reference.ref, kind=reference.kind)
        if thread is None:
            raise UsageError(
                f"no {reference.kind} {reference.ref} in the archived {reference.period}; "
                f"see `qdiff show {reference.period}`"
            )
        return [thread]
    needle = compact(wanted)
    if len(needle) < 2:
        raise UsageError("search for at least two characters, or give a ref like 2021Q1:4.1.6")
    found = [
        t for t in lineage.threads
        if t.kind is RefKind.TASK and any(needle in compact(o.text) for o in t.occurrences)
    ]  # fmt: skip
    if not found:
        raise UsageError(f"no task in the archive mentions '{wanted}'")
    return found


@dataclass(frozen=True)
class MarkedFinding:
    finding: Finding
    thread: Thread


def occurrence_named(where: str) -> OccurrenceRef:
    """The task or item `where` names (`2021Q3:4.1.6`, `2021Q3:4.1`), or a usage error."""
    reference = parse_occurrence_ref(where)
    if reference is None:
        raise UsageError(
            f"'{where}' names no task or item; write PERIOD:REF, e.g. 2021Q3:4.1.6 for a task "
            "or 2021Q3:4.1 for an item"
        )
    return reference


def mark_finding(
    archive: Archive,
    series: str | None,
    where: str | OccurrenceRef,
    finding: FindingKind,
    evidence: str | None,
    note: str | None,
    recorded_by: str,
) -> MarkedFinding:
    """Attach a finding to the thread of the task or item `where` names (`2021Q3:4.1.6`)."""
    # What PostgreSQL would refuse is refused on SQLite too, so archives stay movable.
    problem = (
        name_problem("the name of who checked", recorded_by)
        or nul_problem("the evidence", evidence)
        or nul_problem("the note", note)
    )
    if problem is not None:
        raise UsageError(problem)
    reference = where if isinstance(where, OccurrenceRef) else occurrence_named(where)
    threads = series_threads(archive, series)
    thread = thread_of(threads.lineage, reference.period, reference.ref, kind=reference.kind)
    if thread is None:
        raise UsageError(
            f"no {reference.kind} {reference.ref} in the archived {reference.period}; "
            f"see `qdiff show {reference.period}`"
        )
    occurrence = next(
        o for o in thread.occurrences if o.period == reference.period and o.ref == reference.ref
    )
    saved = add_finding(
        archive, threads.series, reference.period, reference.ref, occurrence.text, finding,
        evidence, note, recorded_by,
    )  # fmt: skip
    return MarkedFinding(saved, thread)


def threads_to_check(threads: SeriesThreads, only_open: bool = False) -> list[AuditRow]:
    """The task threads of the series that need checking (`qdiff audit list`)."""
    return audit_rows(threads.lineage, threads.attached, only_open)


def finding_export(threads: SeriesThreads) -> list[ExportedFinding]:
    """Every finding of the series with its thread (`qdiff audit export`)."""
    return exported_findings(threads.series, threads.lineage, threads.findings)


__all__ = [
    "MarkedFinding",
    "SeriesThreads",
    "find_threads",
    "finding_export",
    "mark_finding",
    "occurrence_named",
    "series_threads",
    "threads_to_check",
]
