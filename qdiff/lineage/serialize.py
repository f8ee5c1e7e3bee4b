"""Threads as JSON for other tools (`qdiff trace --format json`, `qdiff report --format json`).

Keys may be added, never renamed or removed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from qdiff.lineage.model import Finding, Lineage, Occurrence, Thread
from qdiff.periods import Period


def thread_to_dict(
    thread: Thread, periods: Sequence[Period], findings: Sequence[Finding] = ()
) -> dict[str, Any]:
    signals = thread.signals
    return {
        "key": thread.key,
        "kind": thread.kind,
        "first": str(thread.first),
        "last": str(thread.last),
        "signals": {
            "age": signals.age,
            "stalled": signals.stalled,
            "slipped": signals.slipped,
            "vanished_unfinished": signals.vanished_unfinished,
            "presumed_done": signals.presumed_done,
            "reappeared": signals.reappeared,
            "lead_changes": signals.lead_changes,
        },
        "history": history(thread, periods),
        "findings": [finding_to_dict(f) for f in findings],
    }


def history(thread: Thread, periods: Sequence[Period]) -> list[dict[str, Any]]:
    """The thread quarter by quarter over `periods` and the quarters missing between them:
    present (with wording, stage, lead, quantities, status), absent, or gap (not archived)."""
    archived = {p.quarter_number for p in periods}
    if not periods:
        return []
    entries: list[dict[str, Any]] = []
    for number in range(periods[0].quarter_number, periods[-1].quarter_number + 1):
        period = Period.quarter(number)
        here = [o for o in thread.occurrences if o.period == period]
        if here:
            entries.extend(_occurrence(o) for o in here)
        elif number not in archived:
            entries.append({"period": str(period), "state": "gap"})
        else:
            entries.append({"period": str(period), "state": "absent"})
    return entries


def _occurrence(occurrence: Occurrence) -> dict[str, Any]:
    return {
        "period": str(occurrence.period),
        "state": "present",
        "ref": occurrence.ref,
        "text": occurrence.text,
        "stage": occurrence.stage.value if occurrence.stage is not None else None,
        "lead": list(occurrence.lead),
        "quantities": list(occurrence.quantities),
        "status": occurrence.status,
        "facets": list(occurrence.facets),
    }


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "period": str(finding.period),
        "ref": finding.ref,
        "finding": finding.finding,
        "evidence": finding.evidence,
        "note": finding.note,
        "by": finding.recorded_by,
        "at": finding.recorded_at.isoformat(),
    }


def lineage_to_dict(
    lineage: Lineage, findings: Mapping[str, Sequence[Finding]] | None = None
) -> dict[str, Any]:
    findings = findings or {}
    return {
        "series": lineage.series,
        "from": str(lineage.periods[0]) if lineage.periods else None,
        "to": str(lineage.periods[-1]) if lineage.periods else None,
        "periods": [str(p) for p in lineage.periods],
        "missing": [str(p) for p in lineage.missing],
        "threads": [
            thread_to_dict(thread, lineage.periods, findings.get(thread.key, ()))
            for thread in lineage.threads
        ],
    }
