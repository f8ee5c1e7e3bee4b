"""Audit findings in the comparison report: each task's findings next to it in the item cards,
and a short line under each slipped or vanished task in the follow-through tables.

Findings are keyed by the task occurrence they were made on, (period, task ref) as
`qdiff audit mark` records them: ("2021Q4", "3.2.1"). Which findings belong to the two notices is
the caller's decision (the CLI matches them against the archive); here a finding shows next to
the task at its ref in the notice of its period. When both notices are versions of one quarter,
a key names a task of each: a finding then shows beside the task that reads as the finding's
text, and only failing that beside the task at the finding's own ref. Findings are worded by the
multi-quarter report's `threads.verdict`, so that both reports say the same things the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import tzinfo

from qdiff.align.model import Comparison
from qdiff.lineage.model import Finding
from qdiff.notice import Notice
from qdiff.periods import Period
from qdiff.reports.common.anchors import Side
from qdiff.reports.common.strings import Labels
from qdiff.reports.common.verdicts import Verdict, verdict

TaskKey = tuple[str, str]  # (period, task ref): ("2021Q4", "3.2.1")


@dataclass(frozen=True)
class AuditLine:
    """Under a row of the follow-through tables: the latest finding on the row's tasks, and how
    many findings they have in all."""

    latest: Verdict
    count: int


class TaskAudits:
    """The findings on the tasks of both notices, oldest first, worded for display."""

    def __init__(
        self,
        findings: Mapping[TaskKey, Sequence[Finding]] | None,
        comparison: Comparison,
        periods: tuple[Period | None, Period | None],
        labels: Labels,
        zone: tzinfo | None,
    ) -> None:
        self.labels = labels
        self.zone = zone
        given: dict[TaskKey, list[Finding]] = {}
        for (when, ref), found in (findings or {}).items():
            given.setdefault((str(when), ref), []).extend(found)
        self.periods: dict[Side, str | None] = {
            "old": str(periods[0]) if periods[0] is not None else None,
            "new": str(periods[1]) if periods[1] is not None else None,
        }
        same = self.periods["old"] is not None and self.periods["old"] == self.periods["new"]
        # By side and task ref: only the findings on a task of a notice, the ones it shows.
        self.found: dict[tuple[Side, str], list[Finding]] = {}
        sides: tuple[tuple[Side, Notice], ...] = (("old", comparison.old), ("new", comparison.new))
        for side, notice in sides:
            period = self.periods[side]
            if period is None:
                continue
            texts = {task.text for task in notice.tasks}
            for task in notice.tasks:
                found = given.get((period, task.ref), [])
                if same:
                    found = [
                        f
                        for f in found
                        if f.text == task.text or (f.ref == task.ref and f.text not in texts)
                    ]
                if found:
                    self.found[(side, task.ref)] = _oldest_first(found)

    def __bool__(self) -> bool:
        return bool(self.found)

    def findings(self, side: Side, ref: str) -> list[Finding]:
        return self.found.get((side, ref), [])

    def of(self, side: Side, ref: str) -> tuple[Verdict, ...]:
        """A task's findings, oldest first: the last one is its latest."""
        return tuple(self.verdict(finding) for finding in self.findings(side, ref))

    def line(self, tasks: Iterable[tuple[Side, str]]) -> AuditLine | None:
        """The line under a follow-through row about these task occurrences, if any has one."""
        found: list[Finding] = []
        for side, ref in tasks:
            found.extend(f for f in self.findings(side, ref) if f not in found)
        if not found:
            return None
        return AuditLine(self.verdict(_oldest_first(found)[-1]), len(found))

    def verdict(self, finding: Finding) -> Verdict:
        return verdict(finding, self.labels, self.zone)


def _oldest_first(found: Iterable[Finding]) -> list[Finding]:
    return sorted(found, key=lambda f: (f.recorded_at, f.id))
