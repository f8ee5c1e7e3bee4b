"""The comparison for a terminal, in the reader's language: the counts, a table by section, a
short ranked list of what is worth reading first, then every dropped, new and changed task
with its values (stage 推进→完成, lead unit X→Y, 10台→20台) and its sentence with the changes
marked, then the named objects. Fits an 80-column terminal (CJK characters count two)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from qdiff.align.model import Comparison, Facet, ItemLink, Status, TaskLink, TaskSide
from qdiff.commitments import Commitment, CommitmentFacet, CommitmentLink, CommitmentStatus
from qdiff.normalize import compact
from qdiff.notice import Item, Notice, Quantity, Section, Stage
from qdiff.output.columns import clip, pad, wrap
from qdiff.output.redline import redline
from qdiff.output.summary import (
    STATUS_ORDER,
    is_vanished,
    object_findings,
    stage_direction,
    status_counts,
    target_cut,
)
from qdiff.output.terminal import terminal_text
from qdiff.output.words import Language, Words, words
from qdiff.provenance import Side

__all__ = ["WIDTH", "clip", "describe_side", "format_comparison", "pad"]

WIDTH = 80
INDENT = "      "  # under an entry's first line: where its sentence and values go
WORTH_READING = 10  # entries in "worth reading first"; the lists below have them all
PER_KIND = 3  # places each kind of entry gets before any kind gets more
OBJECTS_LISTED = 15  # each list of named objects stops here; the JSON and HTML have them all
# A rewritten sentence whose unchanged share is below this is shown as was/now, not marked:
# marks over most of a sentence hide both wordings.
MARKED_AT_LEAST = 0.5


def describe_side(side: Side, notice: Notice) -> str:
    if side.series is not None:
        version = f"@{side.version}" if side.version is not None else ""
        return f"{side.series} {side.period}{version}"
    period = f" ({notice.period})" if notice.period else ""
    return f"{side.file}{period}"


def format_comparison(comparison: Comparison, old: Side, new: Side, lang: Language = "en") -> str:
    w = words(lang)
    view = _View(comparison, w)
    lines = [
        clip(w.side_old.format(side=describe_side(old, comparison.old)), WIDTH),
        clip(w.side_new.format(side=describe_side(new, comparison.new)), WIDTH),
    ]
    for notice, note in ((comparison.old, w.truncated_old), (comparison.new, w.truncated_new)):
        if notice.truncated:
            lines.extend(wrap(note, WIDTH))
    lines.append("")
    lines.extend(_counts(comparison, w))
    lines.append("")
    lines.extend(_by_section(view))
    lines.append("")
    lines.extend(_worth_reading(view))
    lines.extend(_task_list(view, Status.DROPPED, w.tasks_dropped))
    lines.extend(_task_list(view, Status.NEW, w.tasks_new))
    lines.extend(_task_list(view, Status.UNCOVERED, w.tasks_uncovered))
    lines.extend(_changed_items(view))
    lines.extend(_changed_tasks(view))
    lines.extend(_objects(view))
    return terminal_text("\n".join(lines))


class _View:
    """The comparison with what its renderers look up: items by ref, each task's item."""

    def __init__(self, comparison: Comparison, w: Words) -> None:
        self.comparison = comparison
        self.w = w
        self.old_items = {item.ref: item for item in comparison.old.items}
        self.new_items = {item.ref: item for item in comparison.new.items}
        self.old_sections = {i.ref: s for s in comparison.old.sections for i in s.items}
        self.new_sections = {i.ref: s for s in comparison.new.sections for i in s.items}

    def item_of(self, task: TaskSide, newer: bool) -> Item | None:
        item_ref = task.ref.rpartition(".")[0]
        return (self.new_items if newer else self.old_items).get(item_ref)

    def lead(self, task: TaskSide, newer: bool) -> tuple[str, ...]:
        item = self.item_of(task, newer)
        return item.lead if item is not None else ()

    def stage(self, stage: Stage | None) -> str:
        return self.w.stage[stage] if stage is not None else self.w.no_stage

    def units(self, units: Sequence[str]) -> str:
        return self.w.units_sep.join(units) if units else self.w.no_lead

    def section_name(self, section: Section) -> str:
        if section.label:
            return f"{section.label}、{section.title or ''}"
        return section.title or self.w.section_untitled


# The counts and the table by section ---------------------------------------------------------


def _counts(comparison: Comparison, w: Words) -> list[str]:
    summary = status_counts(comparison)
    lines = []
    for template, counts, count in (
        (w.counts_items, summary.items, w.count_item),
        (w.counts_tasks, summary.tasks, w.count_task),
    ):
        parts = [
            w.status_count.format(status=w.status[s], n=count.format(n=counts[s]))
            for s in STATUS_ORDER
            if counts[s]
        ]
        lines.extend(_joined(template, parts, w))
    return lines


def _joined(template: str, parts: list[str], w: Words) -> list[str]:
    """A labelled list on as few lines as fit, continued under its first part."""
    text = template.format(parts=w.list_sep.join(parts))
    label = template.partition("{parts}")[0]
    return wrap(text, WIDTH, indent=" " * _cells(label), first="")


def _by_section(view: _View) -> list[str]:
    """Counts by status for each section of the newer notice (dropped items under their old
    one); only the statuses that occur get a column, each headed by a word, not a code."""
    w = view.w
    rows: dict[str, Counter[Status]] = {}
    for link in view.comparison.items:
        if link.new:
            name = view.section_name(view.new_sections[link.new[0]])
        else:  # a dropped item is counted under the section it left
            name = w.section_old.format(name=view.section_name(view.old_sections[link.old[0]]))
        rows.setdefault(name, Counter())[link.status] += 1
    present = [s for s in STATUS_ORDER if any(counts[s] for counts in rows.values())]
    widths = {s: max(_cells(w.status_head[s]), 3) + 2 for s in present}
    longest = max((_cells(name) for name in rows), default=0)
    name_width = max(16, min(longest + 2, WIDTH - sum(widths.values())))
    lines = [
        pad(w.section_head, name_width)
        + "".join(_right(w.status_head[s], widths[s]) for s in present)
    ]
    for name, counts in rows.items():
        cells = "".join(_right(str(counts[s] or "."), widths[s]) for s in present)
        lines.append(pad(clip(name, name_width - 1), name_width) + cells)
    return lines


def _cells(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def _right(text: str, width: int) -> str:
    return " " * max(0, width - _cells(text)) + text


# Worth reading first -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    rank: int  # lower is read first
    refs: str
    text: str
    why: str


def _worth_reading(view: _View) -> list[str]:
    """At most WORTH_READING entries, the most in need of checking first: completions promised
    again, stages gone down, whole items dropped, tasks dropped before completion, targets
    cut, lead units changed, targets raised, items new."""
    w = view.w
    entries = _entries(view)
    lines = [w.worth_reading]
    for number, entry in enumerate(_ranked(entries), start=1):
        lines.append(clip(f"{number:>3}. {entry.refs}  {entry.text}", WIDTH))
        lines.extend(wrap(entry.why, WIDTH, indent=INDENT))
    if len(entries) > WORTH_READING:
        lines.append(f"  {w.worth_more.format(n=len(entries) - WORTH_READING)}")
    if not entries:
        changed = any(link.status is not Status.CARRIED_OVER for link in view.comparison.items)
        changed = changed or any(_wording_changed(link) for link in view.comparison.tasks)
        lines.extend(
            wrap(w.worth_nothing_stands_out if changed else w.worth_nothing_changed, WIDTH, "  ")
        )
    return lines


def _ranked(entries: list[_Entry]) -> list[_Entry]:
    """The WORTH_READING entries to show, most in need of checking first. Each kind gets a few
    places before any kind gets more, so that five slipped completions do not hide the stages
    gone down and the tasks dropped unfinished."""
    ordered = sorted(entries, key=lambda entry: entry.rank)  # stable: the notice's order
    taken: list[_Entry] = []
    per_kind: Counter[int] = Counter()
    for entry in ordered:
        if len(taken) < WORTH_READING and per_kind[entry.rank] < PER_KIND:
            taken.append(entry)
            per_kind[entry.rank] += 1
    for entry in ordered:
        if len(taken) < WORTH_READING and entry not in taken:
            taken.append(entry)
    return sorted(taken, key=ordered.index)


def _entries(view: _View) -> list[_Entry]:
    w = view.w
    dropped_items = {
        ref for link in view.comparison.items if link.status is Status.DROPPED for ref in link.old
    }
    entries: list[_Entry] = []
    for link in view.comparison.tasks:
        old, new = link.old, link.new
        if old is not None and new is not None:
            refs = f"{old.ref}→{new.ref}"
            if Facet.SLIPPED in link.facets:
                entries.append(_Entry(0, refs, new.text, w.why_slipped))
            if stage_direction(link) < 0:
                why = w.why_regressed.format(old=view.stage(old.stage), new=view.stage(new.stage))
                entries.append(_Entry(1, refs, new.text, why))
            if Facet.QUANTITY_CHANGED in link.facets:
                before, after = _changed_quantities(old.quantities, new.quantities)
                if target_cut(old, new):
                    entries.append(
                        _Entry(4, refs, new.text, w.why_target_cut.format(old=before, new=after))
                    )
                else:
                    entries.append(
                        _Entry(
                            6, refs, new.text, w.why_target_changed.format(old=before, new=after)
                        )
                    )
        elif (
            old is not None
            and link.status is Status.DROPPED
            and old.stage is not Stage.COMPLETE
            and old.ref.rpartition(".")[0] not in dropped_items
        ):
            why = (
                w.why_dropped_unfinished.format(stage=view.stage(old.stage))
                if old.stage is not None
                else w.why_dropped_no_stage
            )
            entries.append(_Entry(3, old.ref, old.text, why))
    for item_link in view.comparison.items:
        if item_link.status is Status.DROPPED:
            item = view.old_items[item_link.old[0]]
            why = w.why_item_dropped.format(n=len(item.tasks))
            entries.append(
                _Entry(
                    2, item.ref, w.paren.format(text=item.heading, note=view.units(item.lead)), why
                )
            )
        elif item_link.status is Status.NEW:
            item = view.new_items[item_link.new[0]]
            why = w.why_item_new.format(n=len(item.tasks))
            entries.append(
                _Entry(
                    7, item.ref, w.paren.format(text=item.heading, note=view.units(item.lead)), why
                )
            )
        elif Facet.LEAD_UNIT_CHANGED in item_link.facets:
            old_lead, new_lead = _leads(view, item_link)
            why = _lead_change(view, old_lead, new_lead)
            heading = view.new_items[item_link.new[0]].heading
            entries.append(_Entry(5, _item_refs(item_link), heading, why))
    return entries


def _quantities(quantities: tuple[Quantity, ...]) -> str:
    return "、".join(q.text for q in quantities) or "-"


def _changed_quantities(old: tuple[Quantity, ...], new: tuple[Quantity, ...]) -> tuple[str, str]:
    """The figures of the units whose figures changed, as written on each side: 10台 and 20台,
    not every number of the sentence."""
    units = {
        unit
        for unit in {q.unit for q in old} & {q.unit for q in new}
        if sorted(q.value for q in old if q.unit == unit)
        != sorted(q.value for q in new if q.unit == unit)
    }
    if not units:
        return _quantities(old), _quantities(new)
    return (
        _quantities(tuple(q for q in old if q.unit in units)),
        _quantities(tuple(q for q in new if q.unit in units)),
    )


def _lead_change(view: _View, old: Sequence[str], new: Sequence[str]) -> str:
    """X→Y; when the units overlap, the ones that left and came (a list of ten units that
    lost one reads better as that one)."""
    w = view.w
    gone = [u for u in old if u not in new]
    came = [u for u in new if u not in old]
    if not old or not new or len(gone) == len(old):
        return w.value_lead.format(old=view.units(old), new=view.units(new))
    parts = []
    if gone:
        parts.append(w.value_lead_gone.format(units=view.units(gone)))
    if came:
        parts.append(w.value_lead_came.format(units=view.units(came)))
    return w.clause_sep.join(parts)


def _leads(view: _View, link: ItemLink) -> tuple[tuple[str, ...], tuple[str, ...]]:
    old = tuple(dict.fromkeys(u for ref in link.old for u in view.old_items[ref].lead))
    new = tuple(dict.fromkeys(u for ref in link.new for u in view.new_items[ref].lead))
    return old, new


def _item_refs(link: ItemLink) -> str:
    return f"{'+'.join(link.old)}→{'+'.join(link.new)}"


# Dropped, new and changed ----------------------------------------------------------------------


def _task_list(view: _View, status: Status, title: str) -> list[str]:
    """Each task that came or went, with its stage, targets and lead unit, and its sentence."""
    chosen = [link for link in view.comparison.tasks if link.status is status]
    if not chosen:
        return []
    w = view.w
    lines = ["", title.format(n=len(chosen))]
    for link in chosen:
        newer = link.new is not None
        task = link.new if link.new is not None else link.old
        assert task is not None
        values = [view.stage(task.stage)]
        if task.quantities:
            values.append(_quantities(task.quantities))
        values.append(w.value_lead_now.format(units=view.units(view.lead(task, newer))))
        lines.append(clip(f"  {task.ref:<8} {w.clause_sep.join(values)}", WIDTH))
        lines.extend(wrap(task.text, WIDTH, indent=INDENT))
    return lines


def _changed_items(view: _View) -> list[str]:
    """Items that moved, changed their heading or their lead units, split or merged."""
    w = view.w
    shown = (Facet.MOVED, Facet.HEADING_CHANGED, Facet.LEAD_UNIT_CHANGED, Facet.UNITS_CHANGED)
    chosen = [
        link
        for link in view.comparison.items
        if link.old and link.new
        and (link.status in (Status.SPLIT, Status.MERGED) or any(f in link.facets for f in shown))
    ]  # fmt: skip
    if not chosen:
        return []
    lines = ["", w.items_changed.format(n=len(chosen))]
    for link in chosen:
        new_item = view.new_items[link.new[0]]
        old_item = view.old_items[link.old[0]]
        status = f"  [{w.status[link.status]}]" if link.status is not Status.REWORDED else ""
        lines.append(clip(f"  {_item_refs(link)}  {new_item.heading}{status}", WIDTH))
        if Facet.MOVED in link.facets:
            section = view.section_name(view.new_sections[new_item.ref])
            lines.extend(wrap(w.moved_to.format(section=section), WIDTH, INDENT))
        if Facet.LEAD_UNIT_CHANGED in link.facets:
            old_lead, new_lead = _leads(view, link)
            lines.extend(wrap(_lead_change(view, old_lead, new_lead), WIDTH, INDENT))
        elif Facet.UNITS_CHANGED in link.facets:
            lines.append(INDENT + w.value_units_changed)
        if Facet.HEADING_CHANGED in link.facets:
            diff = redline(old_item.heading, new_item.heading).text
            lines.extend(wrap(w.heading.format(diff=diff), WIDTH, INDENT))
    return lines


def _wording_changed(link: TaskLink) -> bool:
    return (
        link.old is not None
        and link.new is not None
        and compact(link.old.text) != compact(link.new.text)
    )


def _changed_tasks(view: _View) -> list[str]:
    """Every task whose sentence or values changed: its values, then its sentence with the
    changes marked (or, rewritten through, the older and the newer wording)."""
    w = view.w
    chosen = [
        link
        for link in view.comparison.tasks
        if link.old is not None and link.new is not None
        and (_wording_changed(link) or link.facets)
    ]  # fmt: skip
    if not chosen:
        return []
    lines = ["", w.tasks_changed.format(n=len(chosen)), f"  {w.changed_legend}"]
    for link in chosen:
        old, new = link.old, link.new
        assert old is not None and new is not None
        values = _task_values(view, link)
        head = f"  {old.ref}→{new.ref}"
        lines.append(clip(f"{head}  {w.clause_sep.join(values)}" if values else head, WIDTH))
        marked = redline(old.text, new.text)
        if marked.kept >= MARKED_AT_LEAST:
            lines.extend(wrap(marked.text, WIDTH, INDENT))
        else:
            lines.extend(wrap(w.was.format(text=old.text), WIDTH, INDENT))
            lines.extend(wrap(w.now.format(text=new.text), WIDTH, INDENT))
    return lines


def _task_values(view: _View, link: TaskLink) -> list[str]:
    w = view.w
    old, new = link.old, link.new
    assert old is not None and new is not None
    values = []
    if Facet.SLIPPED in link.facets:
        values.append(w.value_slipped)
    if old.stage is not new.stage:
        values.append(w.value_stage.format(old=view.stage(old.stage), new=view.stage(new.stage)))
    if Facet.QUANTITY_CHANGED in link.facets:
        before, after = _changed_quantities(old.quantities, new.quantities)
        values.append(w.value_quantity.format(old=before, new=after))
    if Facet.MOVED in link.facets:  # in another item: its lead unit is the new item's
        values.append(w.facet[Facet.MOVED])
        old_lead, new_lead = view.lead(old, False), view.lead(new, True)
        if old_lead != new_lead:
            values.append(_lead_change(view, old_lead, new_lead))
    return values


# Named objects ---------------------------------------------------------------------------------

# A lead unit is its item's: "Changed items" says when it changed, once, not per object.
_OBJECT_CHANGES = (CommitmentFacet.QUANTITY_CHANGED, CommitmentFacet.DEADLINE_CHANGED)


def _objects(view: _View) -> list[str]:
    """Named objects followed one by one: promised again after their deadline, gone before any
    completion, gone down the ladder, gone after completion, new, and changed in figure,
    deadline or lead unit; each with its values."""
    w = view.w
    found = object_findings(view.comparison)
    if not found.named:
        return []
    counts = Counter(link.status for link in found.named)
    parts = [
        w.status_count.format(status=w.object_status[s], n=w.count_object.format(n=counts[s]))
        for s in CommitmentStatus
        if counts[s]
    ]
    lines = ["", *_joined(w.objects_counts, parts, w)]
    flagged = {id(link) for link in (*found.slipped, *found.vanished, *found.regressed)}
    done = [
        link for link in found.named
        if link.status is CommitmentStatus.DROPPED and not is_vanished(link)
    ]  # fmt: skip
    new = [link for link in found.named if link.status is CommitmentStatus.NEW]
    # A programme's new year's round, apart from its changes: the old year's round is not
    # followed further here, and a reader checks its outcome in the year's own reports.
    # (A new round is never slipped nor regressed, and it continues: nothing flagged is one.)
    renewed = [link for link in found.named if CommitmentFacet.NEW_ROUND in link.facets]
    changed = [
        link for link in found.named
        if id(link) not in flagged
        and CommitmentFacet.NEW_ROUND not in link.facets
        and any(f in link.facets for f in _OBJECT_CHANGES)
    ]  # fmt: skip
    groups: tuple[tuple[str, list[CommitmentLink], Callable[[_View, CommitmentLink], str]], ...] = (
        (w.objects_slipped, found.slipped, _promised_again),
        (w.objects_vanished, found.vanished, _last_promised),
        (w.objects_regressed, found.regressed, _stage_change),
        (w.objects_done, done, _last_promised),
        (w.objects_new, new, _first_promised),
        (w.objects_renewed, renewed, _renewed),
        (w.objects_changed, changed, _figures_changed),
    )
    for title, chosen, describe in groups:
        if not chosen:
            continue
        lines.append("")
        lines.append(title.format(n=len(chosen)))
        for link in chosen[:OBJECTS_LISTED]:
            side = link.new or link.old
            assert side is not None and side.object is not None
            refs = _object_refs(link)
            named = w.paren.format(text=side.object, note=describe(view, link))
            lines.append(clip(f"  {refs:<13} {named}", WIDTH))
        if len(chosen) > OBJECTS_LISTED:
            lines.append(f"  {w.objects_more.format(n=len(chosen) - OBJECTS_LISTED)}")
    return lines


def _object_refs(link: CommitmentLink) -> str:
    if link.old is not None and link.new is not None:
        return f"{link.old.task}→{link.new.task}"
    side = link.old or link.new
    assert side is not None
    return side.task


def _values(view: _View, side: Commitment) -> list[str]:
    values = []
    if side.quantities:
        values.append(_quantities(side.quantities))
    if side.deadline:
        values.append(view.w.object_deadline.format(deadline=side.deadline))
    return values


def _promised_again(view: _View, link: CommitmentLink) -> str:
    assert link.new is not None
    again = view.w.object_again.format(stage=view.stage(link.new.stage))
    return view.w.clause_sep.join([again, *_values(view, link.new)])


def _last_promised(view: _View, link: CommitmentLink) -> str:
    assert link.old is not None
    was = view.w.object_was.format(stage=view.stage(link.old.stage))
    return view.w.clause_sep.join([was, *_values(view, link.old)])


def _first_promised(view: _View, link: CommitmentLink) -> str:
    assert link.new is not None
    return view.w.clause_sep.join([view.stage(link.new.stage), *_values(view, link.new)])


def _stage_change(view: _View, link: CommitmentLink) -> str:
    assert link.old is not None and link.new is not None
    return view.w.value_stage.format(old=view.stage(link.old.stage), new=view.stage(link.new.stage))


def _renewed(view: _View, link: CommitmentLink) -> str:
    """The old year's figures and the new year's, as written (100台→100台 says the same count
    was set again), and the deadlines where they changed."""
    old, new = link.old, link.new
    assert old is not None and new is not None
    before, after = _quantities(old.quantities), _quantities(new.quantities)
    values = [view.w.value_quantity.format(old=before, new=after)]
    if CommitmentFacet.DEADLINE_CHANGED in link.facets:
        values.append(_deadlines(view, old, new))
    return view.w.clause_sep.join(values)


def _figures_changed(view: _View, link: CommitmentLink) -> str:
    w = view.w
    old, new = link.old, link.new
    assert old is not None and new is not None
    values = []
    if CommitmentFacet.QUANTITY_CHANGED in link.facets:
        before, after = _changed_quantities(old.quantities, new.quantities)
        values.append(w.value_quantity.format(old=before, new=after))
    if CommitmentFacet.DEADLINE_CHANGED in link.facets:
        values.append(_deadlines(view, old, new))
    return w.clause_sep.join(values)


def _deadlines(view: _View, old: Commitment, new: Commitment) -> str:
    return f"{view.w.object_deadline.format(deadline=old.deadline or '-')}→{new.deadline or '-'}"
