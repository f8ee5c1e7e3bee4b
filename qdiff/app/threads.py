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
from qdiff.refs import (
    OccurrenceRef,
    RefKind,
    kind_of_ref,
    parse_object_ref,
    parse_occurrence_ref,
)
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
    objects: bool = False,
) -> SeriesThreads:
    """The threads of the series `series` names (or the archive's only one) over its archived
    quarters from `first` to `last`, with their findings; links missing are compared first.
    With `objects` (or when a finding was made on a named object), the threads of named
    objects too."""
    key = archive.resolve_series(series)
    found = findings(archive, key)
    # A finding made on a named object hangs on its object thread: follow the objects too.
    objects = objects or any(kind_of_ref(f.ref) is RefKind.OBJECT for f in found)
    lineage = load_lineage(archive, key, first, last, settings, objects)
    return SeriesThreads(key, lineage, found, findings_by_thread(lineage, found))


def find_threads(lineage: Lineage, wanted: str) -> list[Thread]:
    """The thread at a ref (`2021Q1:4.1.6`, `2021Q1:4.1`), the object an archived quarter names
    (`2021Q2:昆明变电站`); or every object thread whose name, and every task thread whose
    wording, holds `wanted` in some quarter (spaces and punctuation width aside), objects first."""
    reference = parse_occurrence_ref(wanted)
    if reference is not None:
        thread = thread_of(lineage, reference.period, reference.ref, kind=reference.kind)
        if thread is None:
            raise UsageError(
                f"no {reference.kind} {reference.ref} in the archived {reference.period}; "
                f"see `qdiff show {reference.period}`"
            )
        return [thread]
    if (named := parse_object_ref(wanted)) is not None and named[0] in lineage.periods:
        return [object_thread(lineage, *named)]
    needle = compact(wanted)
    if len(needle) < 2:
        raise UsageError("search for at least two characters, or give a ref like 2021Q1:4.1.6")
    objects = [
        t for t in lineage.objects
        if any(needle in compact(o.heading or "") for o in t.occurrences)
    ]  # fmt: skip
    tasks = [
        t for t in lineage.threads
        if t.kind is RefKind.TASK and any(needle in compact(o.text) for o in t.occurrences)
    ]  # fmt: skip
    if not objects and not tasks:
        raise UsageError(f"no object or task in the archive mentions '{wanted}'")
    return [*objects, *tasks]


def object_thread(lineage: Lineage, period: Period, name: str) -> Thread:
    """The thread of the object an archived quarter names `name` (as written, or the only one
    whose name holds it), or a usage error that says what that quarter holds instead."""
    needle = compact(name)
    at_quarter = [
        (thread, occurrence)
        for thread in lineage.objects
        for occurrence in thread.occurrences
        if occurrence.period == period
    ]
    exact = [t for t, o in at_quarter if compact(o.heading or "") == needle]
    partial = [t for t, o in at_quarter if needle in compact(o.heading or "")]
    for found in (exact, partial):
        unique = list(dict.fromkeys(found))
        if len(unique) == 1:
            return unique[0]
        if len(unique) > 1:
            named = [
                f"{o.ref} {o.heading}" for t in unique for o in t.occurrences if o.period == period
            ]
            first = named[0].split(" ", 1)[0]
            raise UsageError(
                f"'{name}' names several objects in {period} ({'; '.join(named)}); name one "
                f"by its ref, e.g. {period}:{first}"
            )
    raise UsageError(
        f"no object named '{name}' in the archived {period}; `qdiff trace {name}` searches "
        "every quarter"
    )


@dataclass(frozen=True)
class MarkedFinding:
    finding: Finding
    thread: Thread


def occurrence_named(where: str) -> OccurrenceRef | str:
    """The task or item `where` names (`2021Q3:4.1.6`, `2021Q3:4.1`), `where` itself when it
    names an object (`2021Q2:昆明变电站`, found once the archive is open), or a usage error."""
    reference = parse_occurrence_ref(where)
    if reference is not None:
        return reference
    if parse_object_ref(where) is not None:
        return where
    raise UsageError(
        f"'{where}' names no task, item or object; write PERIOD:REF, e.g. 2021Q3:4.1.6 for a "
        "task or 2021Q3:4.1 for an item, or PERIOD:NAME, e.g. 2021Q2:昆明变电站, for an object"
    )


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
    given = where if isinstance(where, OccurrenceRef) else occurrence_named(where)
    named = parse_object_ref(given) if isinstance(given, str) else None
    on_object = named is not None or (
        isinstance(given, OccurrenceRef) and given.kind is RefKind.OBJECT
    )
    threads = series_threads(archive, series, objects=on_object)
    if isinstance(given, OccurrenceRef):
        reference = given
    else:
        # An object as a quarter names it: the finding hangs on its occurrence there.
        assert named is not None  # occurrence_named passes on object refs only
        period, name = named
        found = object_thread(threads.lineage, period, name)
        at = next(o for o in found.occurrences if o.period == period)
        reference = OccurrenceRef(period, at.ref)
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
