"""Follow-through, the audit's core: which promises slipped, vanished, moved up or down the stage
ladder, changed their targets or changed hands, each listed in full (the first screen,
`panel.py`, shows the first rows of each)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from qdiff.align.classify import text_diff
from qdiff.align.model import Comparison, Facet, Status, TaskSide
from qdiff.commitments import CommitmentFacet, CommitmentLink
from qdiff.notice import Item, Stage
from qdiff.output.summary import (
    object_findings,
    object_name,
    slipped_tasks,
    stage_direction,
    vanished_tasks,
)
from qdiff.refs import item_ref_of_task
from qdiff.reports.common.anchors import Side as AnchorSide
from qdiff.reports.common.anchors import item_anchor, task_anchor
from qdiff.reports.common.strings import Labels
from qdiff.reports.common.textdiff import Redline, inline
from qdiff.reports.common.xref import Xref
from qdiff.reports.pair.audit import AuditLine, TaskAudits
from qdiff.reports.pair.ledger import object_xref

Cell = str | Xref | Redline


@dataclass(frozen=True)
class FollowTable:
    key: str
    anchor: str
    title: str
    explanation: str
    columns: tuple[tuple[str, str], ...]  # (key, label): the key names the column's class
    rows: tuple[tuple[Cell, ...], ...]
    audits: tuple[AuditLine | None, ...]  # one per row: its tasks' audit findings, if any
    count: int  # the objects or tasks listed (a row may list several objects of one sentence)
    printed: bool  # on paper too; a table that is not printed says so in one line


@dataclass(frozen=True)
class _Row:
    cells: tuple[Cell, ...]
    tasks: tuple[tuple[AnchorSide, str], ...] = ()  # whose audit findings the row shows
    listed: int = 1  # how many objects or tasks the row lists


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
                count=sum(row.listed for row in rows),
                printed=key not in SCREEN_ONLY,
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
                    _redline(slipped.old.text, slipped.new.text),
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


def _stages_back(c: _Context) -> list[_Row]:
    """Steps down the ladder: a finding of their own, which a reader must not miss."""
    return _stage_changes(c, backward=True)


def _stages_other(c: _Context) -> list[_Row]:
    return _stage_changes(c, backward=False)


def _stage_changes(c: _Context, backward: bool) -> list[_Row]:
    changed = [
        link
        for link in c.comparison.tasks
        if Facet.STAGE_CHANGED in link.facets
        and link.old
        and link.new
        and (stage_direction(link) < 0) == backward
    ]
    # Up the ladder before changes that name no stage on one side.
    changed.sort(key=lambda link: -stage_direction(link))
    rows: list[_Row] = []
    for link in changed:
        assert link.old is not None and link.new is not None
        item = c.item_of(link.new, old=False)
        arrow = f"{c.stage(link.old.stage)} → {c.stage(link.new.stage)}"
        direction = c.labels[f"direction_{stage_direction(link)}"]
        rows.append(
            _Row(
                (
                    c.task_xref(link.new, False),
                    item.heading,
                    arrow,
                    direction,
                    _redline(link.old.text, link.new.text),
                )
            )
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
                _Row(
                    (
                        c.task_xref(link.new, False),
                        item.heading,
                        before,
                        after,
                        _redline(link.old.text, link.new.text),
                    )
                )
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


def _stages(link: CommitmentLink, labels: Labels) -> str:
    """An object's stages in a few characters: 推进 (gone), 再次承诺完成, 完成 → 推进."""
    old, new = link.old, link.new
    assert old is not None
    if new is None:
        return labels.stage(old.stage)
    if CommitmentFacet.SLIPPED in link.facets:
        return labels.format("said_again", stage=labels.stage(new.stage))
    return f"{labels.stage(old.stage)} → {labels.stage(new.stage)}"


def _redline(old: str, new: str) -> Redline:
    """The newer wording with what changed marked, so the table shows the difference."""
    return Redline(inline(text_diff(old, new)))


def _units(items: list[Item], c: _Context) -> str:
    units = list(dict.fromkeys(unit for item in items for unit in item.lead))
    return "、".join(units) or c.labels["no_lead"]


def _objects_slipped(c: _Context) -> list[_Row]:
    return _object_rows(c, c.objects.slipped, with_new=True)


def _objects_vanished(c: _Context) -> list[_Row]:
    return _object_rows(c, c.objects.vanished, with_new=False)


def _objects_regressed(c: _Context) -> list[_Row]:
    return _object_rows(c, c.objects.regressed, with_new=True)


def _object_rows(c: _Context, links: list[CommitmentLink], with_new: bool) -> list[_Row]:
    """One row per task and statement: the objects one sentence listed, and that fared alike
    (A、B、C: 上季度承诺启动，本季度不再出现), share a row, as they share a sentence."""
    groups: dict[tuple[str, str | None, str], list[CommitmentLink]] = {}
    for link in links:
        assert link.old is not None
        key = (link.old.task, link.new.task if link.new else None, _stages(link, c.labels))
        groups.setdefault(key, []).append(link)
    return [_object_row(c, group, with_new) for group in groups.values()]


def _object_row(c: _Context, links: list[CommitmentLink], with_new: bool) -> _Row:
    """Objects: their names, what the two notices say of them in a sentence, where each says
    it, and the lead unit."""
    first = links[0]
    old, new = first.old, first.new
    assert old is not None and old.object is not None
    names = [object_name(link) or "" for link in links]
    cells: list[Cell] = [
        "、".join(dict.fromkeys(names)),
        _stages(first, c.labels),
        object_xref(old, "old", c.labels),
    ]
    tasks: list[tuple[AnchorSide, str]] = [("old", old.task)]
    if with_new:
        assert new is not None
        cells.append(object_xref(new, "new", c.labels))
        tasks.append(("new", new.task))
    cells.append("、".join((new or old).lead) or c.labels["no_lead"])
    return _Row(tuple(cells), tuple(tasks), len(links))


# Tables left off the printed edition: steps up the ladder are progress, and every one of them is
# marked in the item redlines; the printed edition keeps what needs checking.
SCREEN_ONLY = frozenset({"stages"})
_TASK, _ITEM = "col_task", "col_item"
# Each table: its key (anchor, strings), how its rows are found, and its columns.
_OBJECT = ("col_object", "col_object_stages", "col_old_place")
_TABLES: Sequence[tuple[str, Builder, tuple[str, ...]]] = (
    ("objects_slipped", _objects_slipped, (*_OBJECT, "col_new_place", "col_lead")),
    ("objects_vanished", _objects_vanished, (*_OBJECT, "col_lead")),
    ("objects_regressed", _objects_regressed, (*_OBJECT, "col_new_place", "col_lead")),
    ("slipped", _slipped, (_TASK, _ITEM, "col_wording", "col_lead")),
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
        "stages_back",
        _stages_back,
        (_TASK, _ITEM, "col_stage_change", "col_direction", "col_wording"),
    ),
    (
        "stages",
        _stages_other,
        (_TASK, _ITEM, "col_stage_change", "col_direction", "col_wording"),
    ),
    (
        "targets",
        _target_changes,
        (_TASK, _ITEM, "col_old_target", "col_new_target", "col_wording"),
    ),
    ("leads", _lead_changes, ("col_item_ref", _ITEM, "col_old_lead", "col_new_lead")),
)
