"""Per agency (责任单位): what each lead unit (牵头单位) owns, and how much of it carried over,
was reworded, slipped, vanished or is new. An item or task counts for the units that lead it in
the notice where it is found: the newer one, or the older one for what was dropped."""

from __future__ import annotations

from qdiff.align.model import Comparison, Facet, Status
from qdiff.refs import item_ref_of_task
from qdiff.reports.common.tables import AgencyRow

# The columns, in order; their labels are `agency_<name>` in the strings.
COLUMNS = (
    "items",  # items it leads in the newer notice
    "tasks",  # tasks of those items
    "carried_over",
    "reworded",  # reworded, split or merged
    "new",
    "dropped",
    "slipped",  # tasks repeated as complete
    "tasks_dropped",  # tasks that vanished
)


def agency_rows(comparison: Comparison) -> tuple[AgencyRow, ...]:
    old_lead = {item.ref: item.lead for item in comparison.old.items}
    new_lead = {item.ref: item.lead for item in comparison.new.items}
    new_tasks = {item.ref: len(item.tasks) for item in comparison.new.items}
    rows: dict[str, AgencyRow] = {}

    def add(units: tuple[str, ...], column: str, amount: int = 1) -> None:
        for unit in dict.fromkeys(units):
            rows.setdefault(unit, AgencyRow(unit, COLUMNS)).counts[column] += amount

    # Counted per item, so that for every unit: items = carried over + reworded + new (+ items
    # past the cut of a truncated notice, which have no column).
    column_of = {
        Status.CARRIED_OVER: "carried_over",
        Status.REWORDED: "reworded",
        Status.SPLIT: "reworded",
        Status.MERGED: "reworded",
        Status.NEW: "new",
    }
    for link in comparison.items:
        for ref in link.new:
            add(new_lead[ref], "items")
            add(new_lead[ref], "tasks", new_tasks[ref])
            if link.status in column_of:
                add(new_lead[ref], column_of[link.status])
        if not link.new and link.status is Status.DROPPED:
            for ref in link.old:
                add(old_lead[ref], "dropped")
    for task in comparison.tasks:
        if Facet.SLIPPED in task.facets and task.new is not None:
            add(new_lead[item_ref_of_task(task.new.ref)], "slipped")
        if task.status is Status.DROPPED and task.old is not None:
            add(old_lead[item_ref_of_task(task.old.ref)], "tasks_dropped")
    # Most items first, then most tasks; the name settles ties, so the order never varies.
    return tuple(
        sorted(
            rows.values(), key=lambda row: (-row.counts["items"], -row.counts["tasks"], row.name)
        )
    )
