"""The report's first screen (先看这里 · 需核查): what an oversight office checks first, as counts
with the first few concrete rows under each, most serious first, each linking to its full list.

The rows are the same findings the follow-through tables list in full (`follow.py`): a promise
made again after its deadline, one gone before it was ever completed, a stage that went down, a
target that was cut, a lead unit that changed. Named objects come before whole sentences: an
auditor checks 控江医院, not the sentence that lists it with two other hospitals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from qdiff.align.model import Comparison, Facet, TaskLink, TaskSide
from qdiff.commitments import CommitmentLink
from qdiff.output.summary import (
    ObjectFindings,
    slipped_tasks,
    stage_direction,
    target_cut,
    vanished_tasks,
)
from qdiff.reports.common.anchors import item_anchor, task_anchor
from qdiff.reports.common.strings import Labels
from qdiff.reports.common.xref import Xref
from qdiff.reports.pair.ledger import object_xref, statement

Severity = Literal["high", "medium"]
# How many rows a category shows on the first screen; the rest are in its full list.
SHOWN_ROWS = 3


@dataclass(frozen=True)
class CheckRow:
    what: str  # the object's name, or the task's opening words
    said: str  # what the two notices say of it, in one line
    where: Xref


@dataclass(frozen=True)
class CheckGroup:
    key: str
    title: str
    severity: Severity
    objects: int  # named objects in this category
    tasks: int  # task sentences in this category
    items: int  # whole items in this category (a lead unit changes for an item)
    rows: tuple[CheckRow, ...]  # the first SHOWN_ROWS
    more: int  # rows not shown here
    full_lists: tuple[str, ...]  # the anchors of the full lists: the objects', the tasks'

    @property
    def total(self) -> int:
        return self.objects + self.tasks + self.items


def check_groups(
    comparison: Comparison, objects: ObjectFindings, labels: Labels
) -> tuple[CheckGroup, ...]:
    """The categories in the order a reader should check them; empty ones are left out."""
    groups = (
        _group(
            "slipped",
            "high",
            [_object_row(link, labels) for link in objects.slipped],
            [
                _task_row(
                    s.new,
                    "new",
                    labels.format("said_again", stage=labels.stage(s.new.stage)),
                    labels,
                )
                for s in slipped_tasks(comparison)
            ],
            ("follow-objects-slipped", "follow-slipped"),
            labels,
        ),
        _group(
            "vanished",
            "high",
            [_object_row(link, labels) for link in objects.vanished],
            [
                _task_row(
                    task, "old", labels.format("said_gone", stage=labels.stage(task.stage)), labels
                )
                for task in vanished_tasks(comparison, complete=False)
            ],
            ("follow-objects-vanished", "follow-dropped-unfinished"),
            labels,
        ),
        _group(
            "regressed",
            "high",
            [_object_row(link, labels) for link in objects.regressed],
            [_stage_row(link, labels) for link in comparison.tasks if stage_direction(link) < 0],
            ("follow-objects-regressed", "follow-stages-back"),
            labels,
        ),
        _group(
            "targets_cut",
            "medium",
            [],
            [_target_row(link, labels) for link in comparison.tasks if _cut(link)],
            ("follow-targets",),
            labels,
        ),
        _group(
            "leads", "medium", [], [], ("follow-leads",), labels, _lead_rows(comparison, labels)
        ),
    )
    return tuple(group for group in groups if group.total)


def _cut(link: TaskLink) -> bool:
    if Facet.QUANTITY_CHANGED not in link.facets or link.old is None or link.new is None:
        return False
    return target_cut(link.old, link.new)


def _group(
    key: str,
    severity: Severity,
    object_rows: list[CheckRow],
    task_rows: list[CheckRow],
    anchors: tuple[str, ...],
    labels: Labels,
    item_rows: list[CheckRow] | None = None,
) -> CheckGroup:
    """`anchors`: the full lists of the objects and of the tasks (or items); only those with
    rows are linked."""
    items = item_rows or []
    rows = object_rows + task_rows + items
    lists = [anchors[0]] if object_rows and len(anchors) > 1 else []
    if task_rows or items:
        lists.append(anchors[-1])
    return CheckGroup(
        key=key,
        title=labels[f"check_{key}"],
        severity=severity,
        objects=len(object_rows),
        tasks=len(task_rows),
        items=len(items),
        rows=tuple(rows[:SHOWN_ROWS]),
        more=max(0, len(rows) - SHOWN_ROWS),
        full_lists=tuple(lists),
    )


def _object_row(link: CommitmentLink, labels: Labels) -> CheckRow:
    side = link.new or link.old
    assert side is not None and side.object is not None
    where = object_xref(side, "new" if link.new else "old", labels)
    return CheckRow(side.object, statement(link, labels), where)


def _task_row(task: TaskSide, side: Literal["old", "new"], said: str, labels: Labels) -> CheckRow:
    return CheckRow(
        _opening(task.text),
        said,
        Xref(task_anchor(side, task.ref), labels.format(f"{side}_task_ref", ref=task.ref)),
    )


def _stage_row(link: TaskLink, labels: Labels) -> CheckRow:
    assert link.old is not None and link.new is not None
    said = f"{labels.stage(link.old.stage)} → {labels.stage(link.new.stage)}"
    return _task_row(link.new, "new", said, labels)


def _target_row(link: TaskLink, labels: Labels) -> CheckRow:
    assert link.old is not None and link.new is not None
    before = "、".join(q.text for q in link.old.quantities)
    after = "、".join(q.text for q in link.new.quantities)
    return _task_row(link.new, "new", f"{before} → {after}", labels)


def _lead_rows(comparison: Comparison, labels: Labels) -> list[CheckRow]:
    old_items = {item.ref: item for item in comparison.old.items}
    new_items = {item.ref: item for item in comparison.new.items}
    rows = []
    for link in comparison.items:
        if Facet.LEAD_UNIT_CHANGED not in link.facets or not (link.old and link.new):
            continue
        before = _few(list(dict.fromkeys(u for r in link.old for u in old_items[r].lead)), labels)
        after = _few(list(dict.fromkeys(u for r in link.new for u in new_items[r].lead)), labels)
        item = new_items[link.new[0]]
        rows.append(
            CheckRow(
                item.heading,
                f"{before or labels['no_lead']} → {after or labels['no_lead']}",
                Xref(item_anchor("new", item.ref), labels.format("new_item_ref", ref=item.ref)),
            )
        )
    return rows


def _few(units: list[str], labels: Labels) -> str:
    """Units as a first-screen line names them: up to two, then how many in all (the full list
    is in the follow-through table)."""
    if len(units) <= 2:
        return "、".join(units)
    return labels.format("units_more", first="、".join(units[:2]), n=len(units))


def _opening(text: str, length: int = 24) -> str:
    """A task's first words, enough to recognise it in the notice."""
    text = text.strip()
    return text if len(text) <= length else text[: length - 1] + "…"
