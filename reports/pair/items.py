"""Every item link as a card, section by section, with the tasks of its items inside it.

A card sits in the section of the newer notice its item is in. A dropped item sits in the newer
section that its old section continues as (where most of that section's items went), so that a
reader finds it where it used to be; a section of the older notice that continues nowhere gets a
group of its own after the newer notice's sections.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from qdiff.align.classify import text_diff
from qdiff.align.model import Comparison, Facet, ItemLink, TaskLink
from qdiff.notice import Item, Notice
from qdiff.refs import item_ref_of_task, ref_key
from qdiff.reports.common.anchors import (
    Side,
    item_anchor,
    moved_item_anchor,
    section_anchor,
    task_anchor,
)
from qdiff.reports.common.sections import section_title
from qdiff.reports.common.strings import Labels
from qdiff.reports.common.textdiff import Run, inline, plain, side_by_side
from qdiff.reports.common.xref import Xref
from qdiff.reports.pair.audit import TaskAudits
from qdiff.reports.pair.cards import Block, Group, ItemCard, MovedStub, TaskRow, TaskStub


def build_groups(
    comparison: Comparison, labels: Labels, audits: TaskAudits | None = None
) -> tuple[Group, ...]:
    return _Builder(comparison, labels, audits).groups()


def display_section_keys(comparison: Comparison) -> dict[tuple[Side, str], str]:
    """The group key of every item ref of both notices (see the module docstring)."""
    old_section = {i.ref: s.ref for s in comparison.old.sections for i in s.items}
    new_section = {i.ref: s.ref for s in comparison.new.sections for i in s.items}
    votes: dict[str, Counter[str]] = {}
    for link in comparison.items:
        if link.old and link.new:
            target = new_section[link.new[0]]
            for ref in link.old:
                votes.setdefault(old_section[ref], Counter())[target] += 1
    continues_as = {
        old: min(counter.items(), key=lambda pair: (-pair[1], ref_key(pair[0])))[0]
        for old, counter in votes.items()
    }
    keys: dict[tuple[Side, str], str] = {}
    for ref, section in new_section.items():
        keys[("new", ref)] = f"new-{section}"
    for ref, section in old_section.items():
        mapped = continues_as.get(section)
        keys[("old", ref)] = f"new-{mapped}" if mapped is not None else f"old-{section}"
    return keys


class _Builder:
    def __init__(self, comparison: Comparison, labels: Labels, audits: TaskAudits | None) -> None:
        self.comparison = comparison
        self.labels = labels
        self.audits = audits
        self.old_items = {item.ref: item for item in comparison.old.items}
        self.new_items = {item.ref: item for item in comparison.new.items}
        self.keys = display_section_keys(comparison)
        # Which card shows each item ref: a task is shown in the card of its newer item.
        self.card_of: dict[tuple[Side, str], int] = {}
        for number, link in enumerate(comparison.items):
            for ref in link.old:
                self.card_of[("old", ref)] = number
            for ref in link.new:
                self.card_of[("new", ref)] = number

    def groups(self) -> tuple[Group, ...]:
        rows, stubs = self._task_rows()
        entries: dict[str, list[ItemCard | MovedStub]] = {}
        for number, link in enumerate(self.comparison.items):
            card = self._card(link, rows.get(number, []), stubs.get(number, []))
            entries.setdefault(card.section, []).append(card)
        for link in self.comparison.items:
            if Facet.MOVED in link.facets and link.old and link.new:
                stub = self._moved_stub(link)
                entries.setdefault(stub.section, []).append(stub)
        return tuple(
            Group(
                key=key,
                anchor=section_anchor(key),
                title=title,
                entries=tuple(entries[key]),
                counts=dict(Counter(e.status for e in entries[key] if isinstance(e, ItemCard))),
            )
            for key, title in self._group_titles()
            if key in entries
        )

    def _group_titles(self) -> list[tuple[str, str]]:
        titles = [
            (f"new-{s.ref}", section_title(s, self.labels)) for s in self.comparison.new.sections
        ]
        titles.extend(
            (
                f"old-{s.ref}",
                self.labels.format("old_only_section", title=section_title(s, self.labels)),
            )
            for s in self.comparison.old.sections
        )
        return titles

    # cards --------------------------------------------------------------------------------------
    def _card(self, link: ItemLink, rows: list[TaskRow], stubs: list[TaskStub]) -> ItemCard:
        old = [self.old_items[ref] for ref in link.old]
        new = [self.new_items[ref] for ref in link.new]
        if old and new:
            old_texts, new_texts = [i.text for i in old], [i.text for i in new]
            old_runs, new_runs = side_by_side(link.diff or (), old_texts, new_texts)
        else:
            old_runs, new_runs = [plain(i.text) for i in old], [plain(i.text) for i in new]
        first: tuple[Side, str] = ("new", link.new[0]) if link.new else ("old", link.old[0])
        anchor = item_anchor(*first)
        heading = (new or old)[0].heading
        units = sorted({u for i in (*old, *new) for u in (*i.lead, *i.support)})
        moved_from = None
        if Facet.MOVED in link.facets and link.old:
            moved_from = Xref(moved_item_anchor(link.old[0]), self._place("old", link.old[0]))
        return ItemCard(
            anchor=anchor,
            status=link.status,
            facets=link.facets,
            heading=heading,
            old_refs=link.old,
            new_refs=link.new,
            old_blocks=self._blocks("old", old, old_runs, anchor),
            new_blocks=self._blocks("new", new, new_runs, anchor),
            tasks=_interleave(rows, stubs),
            evidence=link.evidence,
            score=link.score,
            section=self.keys[first],
            agencies=tuple(units),
            moved_from=moved_from,
        )

    def _blocks(
        self, side: Side, items: Sequence[Item], runs: Sequence[Run], card_anchor: str
    ) -> tuple[Block, ...]:
        blocks = []
        for item, run in zip(items, runs, strict=True):
            anchor = item_anchor(side, item.ref)
            blocks.append(
                Block(
                    anchor=None if anchor == card_anchor else anchor,
                    ref=item.ref,
                    place=self._place(side, item.ref),
                    heading=item.heading,
                    text=run,
                    clause=item.clause,
                    lead=item.lead,
                    support=item.support,
                )
            )
        return tuple(blocks)

    def _place(self, side: Side, ref: str) -> str:
        notice: Notice = self.comparison.old if side == "old" else self.comparison.new
        section_ref = ref.split(".")[0]
        section = next(s for s in notice.sections if s.ref == section_ref)
        return self.labels.format(
            f"place_{side}", section=section_title(section, self.labels), ref=ref
        )

    def _moved_stub(self, link: ItemLink) -> MovedStub:
        old_ref = link.old[0]
        card_anchor = item_anchor("new", link.new[0])
        return MovedStub(
            anchor=moved_item_anchor(old_ref),
            old_ref=old_ref,
            heading=self.old_items[old_ref].heading,
            to=Xref(card_anchor, self._place("new", link.new[0])),
            status=link.status,
            facets=link.facets,
            section=self.keys[("old", old_ref)],
            agencies=tuple(
                sorted({u for i in (self.old_items[old_ref],) for u in (*i.lead, *i.support)})
            ),
        )

    # tasks --------------------------------------------------------------------------------------
    def _task_rows(self) -> tuple[dict[int, list[TaskRow]], dict[int, list[TaskStub]]]:
        rows: dict[int, list[TaskRow]] = {}
        stubs: dict[int, list[TaskStub]] = {}
        for link in self.comparison.tasks:
            row = self._task_row(link)
            home = self._home(link)
            rows.setdefault(home, []).append(row)
            if link.old is not None and link.new is not None:
                old_card = self.card_of[("old", item_ref_of_task(link.old.ref))]
                if old_card != home:
                    stubs.setdefault(old_card, []).append(
                        TaskStub(
                            old_ref=link.old.ref,
                            text=link.old.text,
                            to=Xref(row.anchor, self.labels.format("task_ref", ref=link.new.ref)),
                        )
                    )
        return rows, stubs

    def _home(self, link: TaskLink) -> int:
        if link.new is not None:
            return self.card_of[("new", item_ref_of_task(link.new.ref))]
        assert link.old is not None
        return self.card_of[("old", item_ref_of_task(link.old.ref))]

    def _task_row(self, link: TaskLink) -> TaskRow:
        old, new = link.old, link.new
        if old is not None and new is not None:
            ops = text_diff(old.text, new.text)
            (old_run,), (new_run,) = side_by_side(ops, [old.text], [new.text])
            line = inline(ops)
        else:
            old_run = plain(old.text) if old else ()
            new_run = plain(new.text) if new else ()
            line = old_run or new_run
        moved_from = None
        if old is not None and new is not None and Facet.MOVED in link.facets:
            old_item = item_ref_of_task(old.ref)
            moved_from = Xref(item_anchor("old", old_item), self._place("old", old_item))
        if new is not None:
            anchor = task_anchor("new", new.ref)
        else:
            assert old is not None  # every task link has at least one side
            anchor = task_anchor("old", old.ref)
        return TaskRow(
            anchor=anchor,
            old_anchor=task_anchor("old", old.ref) if old and new else None,
            old_ref=old.ref if old else None,
            new_ref=new.ref if new else None,
            status=link.status,
            facets=link.facets,
            old=old_run,
            new=new_run,
            line=line,
            old_stage=old.stage if old else None,
            new_stage=new.stage if new else None,
            old_quantities=tuple(q.text for q in old.quantities) if old else (),
            new_quantities=tuple(q.text for q in new.quantities) if new else (),
            moved_from=moved_from,
            old_audit=self.audits.of("old", old.ref) if self.audits and old else (),
            new_audit=self.audits.of("new", new.ref) if self.audits and new else (),
        )


def _interleave(
    rows: Sequence[TaskRow], stubs: Sequence[TaskStub]
) -> tuple[TaskRow | TaskStub, ...]:
    """Tasks in the newer notice's order; a task with no newer side (dropped, or a stub for one
    that moved away) follows the row of the older task that preceded it."""
    with_new = sorted(
        (row for row in rows if row.new_ref is not None), key=lambda r: ref_key(r.new_ref or "")
    )
    placed: list[TaskRow | TaskStub] = list(with_new)
    leftovers: list[tuple[str, TaskRow | TaskStub]] = [
        (row.old_ref or "", row) for row in rows if row.new_ref is None
    ]
    leftovers.extend((stub.old_ref, stub) for stub in stubs)
    for old_ref, entry in sorted(leftovers, key=lambda pair: ref_key(pair[0])):
        position = 0
        for index, other in enumerate(placed):
            other_old = other.old_ref
            if other_old is not None and ref_key(other_old) < ref_key(old_ref):
                position = index + 1
        placed.insert(position, entry)
    return tuple(placed)
