"""What a comparison comes to, computed once for the terminal, the JSON and the HTML report:
status and facet counts, and the order statuses and facets are shown in."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from qdiff.align.model import Comparison, Facet, Status

# The order people read statuses in: what continues, then what changed shape, then what came
# and went. (The JSON summary keeps the order of `Status` itself: its keys are a contract.)
STATUS_ORDER = (
    Status.CARRIED_OVER, Status.REWORDED, Status.SPLIT, Status.MERGED,
    Status.NEW, Status.DROPPED, Status.UNCOVERED,
)  # fmt: skip
# Facets by how much they matter to an auditor: a slipped promise first, a moved item last.
FACET_ORDER = (
    Facet.SLIPPED, Facet.STAGE_CHANGED, Facet.QUANTITY_CHANGED, Facet.LEAD_UNIT_CHANGED,
    Facet.UNITS_CHANGED, Facet.HEADING_CHANGED, Facet.MOVED,
)  # fmt: skip


@dataclass(frozen=True)
class StatusCounts:
    """How many item and task links have each status (every status, zeros included, in the
    order of `Status`) and each facet (only those present, by name)."""

    items: dict[Status, int]
    tasks: dict[Status, int]
    item_facets: dict[Facet, int]
    task_facets: dict[Facet, int]

    def present(self) -> list[tuple[Status, int, int]]:
        """(status, items, tasks) for each status some item or task has, in reading order."""
        return [
            (status, self.items[status], self.tasks[status])
            for status in STATUS_ORDER
            if self.items[status] or self.tasks[status]
        ]


def status_counts(comparison: Comparison) -> StatusCounts:
    items = Counter(link.status for link in comparison.items)
    tasks = Counter(link.status for link in comparison.tasks)
    item_facets = Counter(facet for link in comparison.items for facet in link.facets)
    task_facets = Counter(facet for link in comparison.tasks for facet in link.facets)
    return StatusCounts(
        items={status: items[status] for status in Status},
        tasks={status: tasks[status] for status in Status},
        item_facets=dict(sorted(item_facets.items(), key=lambda pair: pair[0].value)),
        task_facets=dict(sorted(task_facets.items(), key=lambda pair: pair[0].value)),
    )
