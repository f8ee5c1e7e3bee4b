"""Follow-through, the audit's core: which promises slipped, vanished, moved up or down the stage
ladder, changed their targets or changed hands; and the headline findings that say so in
plain sentences."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from qdiff.align.model import Comparison, Facet, Status, TaskSide
from qdiff.commitments import CommitmentLink
from qdiff.notice import Item, Stage
from qdiff.output.summary import (
    StatusCounts,
    object_findings,
    slipped_tasks,
    stage_direction,
    status_counts,
    vanished_tasks,
)
from qdiff.refs import item_ref_of_task
from qdiff.reports.common.anchors import Side as AnchorSide
from qdiff.reports.common.anchors import item_anchor, task_anchor
from qdiff.reports.common.strings import Labels
from qdiff.reports.common.tables import Headline
from qdiff.reports.common.xref import Xref
from qdiff.reports.pair.audit import AuditLine, TaskAudits
from qdiff.reports.pair.ledger import object_xref, statement

Cell = str | Xref


@dataclass(frozen=True)
class FollowTable:
    key: str
    anchor: str
    title: str
    explanation: str
    columns: tuple[tuple[str, str], ...]  # (key, label): the key names the column's class
    rows: tuple[tuple[Cell, ...], ...]
    audits: tuple[AuditLine | None, ...]  # one per row: its tasks' audit findings, if any


@dataclass(frozen=True)
class _Row:
    cells: tuple[Cell, ...]
    tasks: tuple[tuple[AnchorSide, str], ...] = ()  # whose audit findings the row shows


class _Context:
    def __init__(self, comparison: Comparison, labels: Labels) -> None:
        self.comparison = comparison
        self.labels = labels
        self.old_items = {item.ref: item for item in comparison.old.items}
        self.new_items = {item.ref: item for item in comparison.new.items}
        self.old_item_status = {ref: link.status for link in comparison.items for ref in link.old}
        self.objects = object_findings(comparison)

    def item_of(self, task: TaskSide, old: bool) -> Item:
        return (self.old_items if old else self.new_items)[item_ref_of_task(task.ref)]

    def task_xref(self, task: TaskSide, old: bool) -> Xref:
        side: AnchorSide = "old" if old else "new"
        return Xref(
            task_anchor(side, task.ref), self.labels.format(f"{side}_task_ref", ref=task.ref)
        )

    def lead(self, item: Item) -> str:
        return "、".join(item.lead) or self.labels["no_lead"]

    def stage(self, stage: Stage | None) -> str:
        return self.labels.stage(stage)


Builder = Callable[["_Context"], list[_Row]]


def follow_tables(
    comparison: Comparison, labels: Labels, audits: TaskAudits | None = None
) -> tuple[FollowTable, ...]:
    """The tables; with `audits`, a slipped or vanished task's row is followed by a line with
    the latest audit finding on it."""
    context = _Context(comparison, labels)
    tables = []
    for key, build, columns in _TABLES:
        rows = build(context)
        tables.append(
            FollowTable(
                key=key,
                anchor=f"follow-{key.replace('_', '-')}",
                title=labels[f"follow_{key}"],
                explanation=labels[f"follow_{key}_why"],
                columns=tuple((column, labels[column]) for column in columns),
                rows=tuple(row.cells for row in rows),
                audits=tuple(audits.line(row.tasks) if audits else None for row in rows),
            )
        )
    return tuple(tables)


def _slipped(c: _Context) -> list[_Row]:
    rows: list[_Row] = []
    for slipped in slipped_tasks(c.comparison):
        item = c.item_of(slipped.new, old=False)
        rows.append(
            _Row(
                (
                    c.task_xref(slipped.new, False),
                    item.heading,
                    slipped.new.text,
                    slipped.old.text,
                    c.lead(item),
                ),
                (("old", slipped.old.ref), ("new", slipped.new.ref)),
            )
        )
    return rows


def _vanished(c: _Context, complete: bool) -> list[_Row]:
    rows: list[_Row] = []
    for task in vanished_tasks(c.comparison, complete):
        item = c.item_of(task, old=True)
        fate = c.labels[
            "fate_item_dropped"
            if c.old_item_status[item.ref] is Status.DROPPED
            else "fate_item_continues"
        ]
        cells: list[Cell] = [c.task_xref(task, True), item.heading, task.text]
        if not complete:
            cells.append(c.stage(task.stage))
        cells.extend((fate, c.lead(item)))
        rows.append(_Row(tuple(cells), (("old", task.ref),)))
    return rows


def _dropped_unfinished(c: _Context) -> list[_Row]:
    return _vanished(c, complete=False)


def _vanished_complete(c: _Context) -> list[_Row]:
    return _vanished(c, complete=True)


def _stage_changes(c: _Context) -> list[_Row]:
    changed = [
        link
        for link in c.comparison.tasks
        if Facet.STAGE_CHANGED in link.facets and link.old and link.new
    ]
    # Steps down the ladder first: they are the ones a reader must not miss.
    order = {-1: 0, 1: 1, 0: 2}
    changed.sort(key=lambda link: order[stage_direction(link)])
    rows: list[_Row] = []
    for link in changed:
        assert link.old is not None and link.new is not None
        item = c.item_of(link.new, old=False)
        arrow = f"{c.stage(link.old.stage)} → {c.stage(link.new.stage)}"
        direction = c.labels[f"direction_{stage_direction(link)}"]
        rows.append(
            _Row((c.task_xref(link.new, False), item.heading, arrow, direction, link.new.text))
        )
    return rows


def _target_changes(c: _Context) -> list[_Row]:
    rows: list[_Row] = []
    for link in c.comparison.tasks:
        if Facet.QUANTITY_CHANGED in link.facets and link.old and link.new:
            item = c.item_of(link.new, old=False)
            before = "、".join(q.text for q in link.old.quantities) or c.labels["none"]
            after = "、".join(q.text for q in link.new.quantities) or c.labels["none"]
            rows.append(
                _Row((c.task_xref(link.new, False), item.heading, before, after, link.new.text))
            )
    return rows


def _lead_changes(c: _Context) -> list[_Row]:
    rows: list[_Row] = []
    for link in c.comparison.items:
        if Facet.LEAD_UNIT_CHANGED not in link.facets or not (link.old and link.new):
            continue
        old = [c.old_items[ref] for ref in link.old]
        new = [c.new_items[ref] for ref in link.new]
        rows.append(
            _Row(
                (
                    Xref(
                        item_anchor("new", link.new[0]),
                        c.labels.format("new_item_ref", ref=link.new[0]),
                    ),
                    new[0].heading,
                    _units(old, c),
                    _units(new, c),
                )
            )
        )
    return rows


def _units(items: list[Item], c: _Context) -> str:
    units = list(dict.fromkeys(unit for item in items for unit in item.lead))
    return "、".join(units) or c.labels["no_lead"]


def _objects_slipped(c: _Context) -> list[_Row]:
    return [_object_row(c, link, True) for link in c.objects.slipped]


def _objects_vanished(c: _Context) -> list[_Row]:
    return [_object_row(c, link, False) for link in c.objects.vanished]


def _objects_regressed(c: _Context) -> list[_Row]:
    return [_object_row(c, link, True) for link in c.objects.regressed]


def _object_row(c: _Context, link: CommitmentLink, with_new: bool) -> _Row:
    """One object: its name, what the two notices say of it in a sentence, where each says it,
    and its lead unit."""
    old, new = link.old, link.new
    assert old is not None and old.object is not None
    cells: list[Cell] = [
        (new or old).object or "",
        statement(link, c.labels),
        object_xref(old, "old", c.labels),
    ]
    tasks: list[tuple[AnchorSide, str]] = [("old", old.task)]
    if with_new:
        assert new is not None
        cells.append(object_xref(new, "new", c.labels))
        tasks.append(("new", new.task))
    cells.append("、".join((new or old).lead) or c.labels["no_lead"])
    return _Row(tuple(cells), tuple(tasks))


_TASK, _ITEM = "col_task", "col_item"
# Each table: its key (anchor, strings), how its rows are found, and its columns.
_OBJECT = ("col_object", "col_statement", "col_old_place")
_TABLES: Sequence[tuple[str, Builder, tuple[str, ...]]] = (
    ("objects_slipped", _objects_slipped, (*_OBJECT, "col_new_place", "col_lead")),
    ("objects_vanished", _objects_vanished, (*_OBJECT, "col_lead")),
    ("objects_regressed", _objects_regressed, (*_OBJECT, "col_new_place", "col_lead")),
    ("slipped", _slipped, (_TASK, _ITEM, "col_new_text", "col_old_text", "col_lead")),
    (
        "dropped_unfinished",
        _dropped_unfinished,
        (_TASK, _ITEM, "col_old_text", "col_old_stage", "col_item_fate", "col_lead"),
    ),
    (
        "vanished_complete",
        _vanished_complete,
        (_TASK, _ITEM, "col_old_text", "col_item_fate", "col_lead"),
    ),
    (
        "stages",
        _stage_changes,
        (_TASK, _ITEM, "col_stage_change", "col_direction", "col_new_text"),
    ),
    (
        "targets",
        _target_changes,
        (_TASK, _ITEM, "col_old_target", "col_new_target", "col_new_text"),
    ),
    ("leads", _lead_changes, ("col_item_ref", _ITEM, "col_old_lead", "col_new_lead")),
)


# headline findings --------------------------------------------------------------------------------
def headlines(
    comparison: Comparison, labels: Labels, tables: tuple[FollowTable, ...]
) -> tuple[Headline, ...]:
    by_key = {table.key: table for table in tables}
    out: list[Headline] = []
    old, new = comparison.old, comparison.new
    out.append(
        Headline(
            labels.format(
                "finding_sizes",
                new_items=len(new.items),
                new_tasks=len(new.tasks),
                old_items=len(old.items),
                old_tasks=len(old.tasks),
            ),
            None,
            False,
        )
    )
    counts = status_counts(comparison)
    out.append(Headline(_status_sentence(counts, labels), "summary-counts", False))
    for key in ("objects_slipped", "objects_vanished", "objects_regressed"):
        if by_key[key].rows:
            out.append(
                Headline(
                    labels.count(f"finding_{key}", len(by_key[key].rows)), by_key[key].anchor, True
                )
            )
    count = len(by_key["slipped"].rows)
    if count:
        out.append(Headline(labels.count("finding_slipped", count), by_key["slipped"].anchor, True))
    unfinished = len(by_key["dropped_unfinished"].rows)
    if unfinished:
        out.append(
            Headline(
                labels.count("finding_dropped_unfinished", unfinished),
                by_key["dropped_unfinished"].anchor,
                True,
            )
        )
    complete = len(by_key["vanished_complete"].rows)
    if complete:
        out.append(
            Headline(
                labels.count("finding_vanished_complete", complete),
                by_key["vanished_complete"].anchor,
                True,
            )
        )
    directions = [stage_direction(link) for link in comparison.tasks if link.old and link.new]
    up, down = directions.count(1), directions.count(-1)
    if up or down:
        out.append(
            Headline(
                labels.format("finding_stages", up=up, down=down),
                by_key["stages"].anchor,
                down > 0,
            )
        )
    targets = len(by_key["targets"].rows)
    if targets:
        out.append(
            Headline(labels.count("finding_targets", targets), by_key["targets"].anchor, False)
        )
    leads = len(by_key["leads"].rows)
    if leads:
        out.append(Headline(labels.count("finding_leads", leads), by_key["leads"].anchor, False))
    moved = counts.item_facets.get(Facet.MOVED, 0)
    if moved:
        out.append(Headline(labels.count("finding_moved", moved), "items", False))
    uncovered = counts.items[Status.UNCOVERED]
    if uncovered:
        out.append(Headline(labels.count("finding_uncovered", uncovered), "header-truncated", True))
    return tuple(out)


def _status_sentence(counts: StatusCounts, labels: Labels) -> str:
    parts = [
        labels.format("status_count", status=labels.status(status), n=count)
        for status in labels.status_order
        if (count := counts.items[status])
    ]
    return labels.format("finding_statuses", parts=labels["list_sep"].join(parts))
