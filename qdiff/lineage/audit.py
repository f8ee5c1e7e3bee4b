"""Rules on findings: which threads need checking, and which thread each finding hangs on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qdiff.lineage.build import current_finding, thread_of
from qdiff.lineage.model import Finding, Lineage, Thread
from qdiff.refs import RefKind, kind_of_ref


@dataclass(frozen=True)
class AuditRow:
    """A task thread that needs checking, with its findings and the one that still speaks."""

    thread: Thread
    findings: list[Finding]
    current: Finding | None


def audit_rows(
    lineage: Lineage, attached: Mapping[str, Sequence[Finding]], only_open: bool = False
) -> list[AuditRow]:
    """The task threads that need checking (stalled, slipped, vanished unfinished, presumed
    done), in thread order, then the object threads findings were made on; `only_open`: those
    without a current finding, one made at or after the quarter the thread was last seen in."""
    rows = []
    for thread in (*lineage.threads, *lineage.objects):
        if thread.kind is RefKind.OBJECT:
            if not attached.get(thread.key):
                continue
        elif thread.kind is not RefKind.TASK or not thread.signals.flagged:
            continue
        found = list(attached.get(thread.key, ()))
        current = current_finding(found, thread.last)
        if only_open and current is not None:
            continue
        rows.append(AuditRow(thread, found, current))
    return rows


@dataclass(frozen=True)
class ExportedFinding:
    """A finding with the thread it hangs on today (None when its occurrence is gone)."""

    series: str
    finding: Finding
    thread: Thread | None


def exported_findings(
    series: str, lineage: Lineage, findings: Sequence[Finding]
) -> list[ExportedFinding]:
    """Every finding of a series (oldest first) with the thread it hangs on."""
    rows = []
    for finding in findings:
        kind = kind_of_ref(finding.ref) or RefKind.TASK
        thread = thread_of(lineage, finding.period, finding.ref, finding.text, kind)
        rows.append(ExportedFinding(series, finding, thread))
    return rows
