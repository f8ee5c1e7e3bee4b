"""Threads as JSON for other tools (`qdiff trace --format json`, `qdiff report --format json`).

Keys may be added, never renamed or removed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from qdiff.delivery.roots import Root
from qdiff.lineage.model import Finding, Lineage, Occurrence, Thread
from qdiff.periods import Period, PeriodKind
from qdiff.refs import RefKind


def thread_to_dict(
    thread: Thread, periods: Sequence[Period], findings: Sequence[Finding] = ()
) -> dict[str, Any]:
    return _thread_dict(thread, _quarters(tuple(periods)), findings)


def _thread_dict(
    thread: Thread, quarters: _Quarters, findings: Sequence[Finding] = ()
) -> dict[str, Any]:
    signals = thread.signals
    named = {"object": thread.occurrences[-1].heading} if thread.kind is RefKind.OBJECT else {}
    by_quarter = _by_quarter(thread)
    return {
        "key": thread.key,
        "kind": thread.kind,
        **named,
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
        "history": _history(by_quarter, quarters),
        "runs": _runs(by_quarter, quarters),
        "findings": [finding_to_dict(f) for f in findings],
    }


def history(thread: Thread, periods: Sequence[Period]) -> list[dict[str, Any]]:
    """The thread quarter by quarter over `periods` and the quarters missing between them:
    present (with wording, stage, lead, quantities, status), absent, or gap (not archived).
    One entry per quarter (one per occurrence where it is present), built in one pass."""
    return _history(_by_quarter(thread), _quarters(tuple(periods)))


def _history(by_quarter: dict[int, list[Occurrence]], quarters: _Quarters) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for number, name, archived in quarters:
        here = by_quarter.get(number)
        if here:
            entries.extend(_occurrence(o, name) for o in here)
        else:
            entries.append({"period": name, "state": "absent" if archived else "gap"})
    return entries


def runs(thread: Thread, periods: Sequence[Period]) -> list[dict[str, Any]]:
    """The compact form of `history`: present quarters as they are, and each run of absent (or
    not archived) quarters as one entry with its first and last quarter and its length. A
    thread seen twice in forty quarters takes three entries instead of forty."""
    return _runs(_by_quarter(thread), _quarters(tuple(periods)))


def _runs(by_quarter: dict[int, list[Occurrence]], quarters: _Quarters) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    run: dict[str, Any] | None = None
    for number, name, archived in quarters:
        here = by_quarter.get(number)
        if here:
            run = None
            entries.extend(_occurrence(o, name) for o in here)
            continue
        state = "absent" if archived else "gap"
        if run is not None and run["state"] == state:
            run["to"] = name
            run["quarters"] += 1
        else:
            run = {"state": state, "from": name, "to": name, "quarters": 1}
            entries.append(run)
    return entries


# Every quarter of a lineage: its number, its name and whether it is archived.
_Quarters = tuple[tuple[int, str, bool], ...]


@lru_cache(maxsize=8)
def _quarters(periods: tuple[Period, ...]) -> _Quarters:
    """Every quarter from the first of `periods` to the last: its number, its name and whether
    it is archived. Named once for all the threads of a lineage (`lineage_to_dict` looks it up
    once: the key hashes every period)."""
    if not periods:
        return ()
    archived = {p.quarter_number for p in periods}
    first, last = periods[0].quarter_number, periods[-1].quarter_number
    return tuple((n, str(Period.quarter(n)), n in archived) for n in range(first, last + 1))


def _by_quarter(thread: Thread) -> dict[int, list[Occurrence]]:
    found: dict[int, list[Occurrence]] = {}
    for occurrence in thread.occurrences:
        found.setdefault(occurrence.period.quarter_number, []).append(occurrence)
    return found


def _occurrence(occurrence: Occurrence, quarter: str) -> dict[str, Any]:
    """`quarter`: the name of the quarter the occurrence is in, named once for all threads
    (`_quarters`); it is the occurrence's period, which threads only have quarters for."""
    period = occurrence.period
    return {
        "period": quarter if period.kind is PeriodKind.QUARTER else str(period),
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
    lineage: Lineage,
    findings: Mapping[str, Sequence[Finding]] | None = None,
    roots: Mapping[str, Root] | None = None,
) -> dict[str, Any]:
    """`roots`: the annual roots of object threads (qdiff/delivery/roots.py), when the archive
    holds the years' plans; each object then carries `annual` (null where it has none)."""
    findings = findings or {}
    roots = roots or {}
    quarters = _quarters(tuple(lineage.periods))
    return {
        "series": lineage.series,
        "from": str(lineage.periods[0]) if lineage.periods else None,
        "to": str(lineage.periods[-1]) if lineage.periods else None,
        "periods": [str(p) for p in lineage.periods],
        "missing": [str(p) for p in lineage.missing],
        "threads": [
            _thread_dict(thread, quarters, findings.get(thread.key, ()))
            for thread in lineage.threads
        ],
        # The named objects' threads (issue 12): kind "object", with the object's name.
        "objects": [
            {
                **_thread_dict(thread, quarters, findings.get(thread.key, ())),
                "annual": _root(roots.get(thread.key)),
            }
            for thread in lineage.objects
        ],
    }


def _root(root: Root | None) -> dict[str, Any] | None:
    if root is None:
        return None
    assessment = root.assessment
    return {
        "year": root.year,
        "plan": root.plan,
        "ref": root.ref,
        "text": root.text,
        "verdict": assessment.verdict.value,
        "evidence": [e.passage.text for e in assessment.evidence],
    }
