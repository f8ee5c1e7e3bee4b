"""Aligning two notices: items first (globally, then splits and merges), then tasks inside the
matched items, then tasks that moved between items; every item and task ends in one link.

Symmetry by construction: the alignment always runs in one canonical orientation of the pair and
is mirrored when asked the other way round, so comparing B with A is exactly the mirror image of
comparing A with B (new <-> dropped, split <-> merged), and the result is deterministic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from qdiff.align.assignment import best_candidate_pairs, best_pairs
from qdiff.align.classify import classify_item_group, classify_task_pair
from qdiff.align.features import (
    NO_BACKGROUND,
    Background,
    ReachingCosines,
    TermWeights,
    Vector,
    cosine,
    cosine_matrix,
    terms,
)
from qdiff.align.limits import ALIGNMENT_LIMITS, AlignmentLimits, AlikeBudget, check_size
from qdiff.align.model import Comparison, ItemLink, Status, TaskLink, TaskSide
from qdiff.align.scores import ItemScores
from qdiff.align.settings import DEFAULT_SETTINGS, Settings
from qdiff.commitments import CommitmentLink, commitments_of
from qdiff.commitments.match import align_commitments
from qdiff.errors import TooLargeToAlignError
from qdiff.normalize import compact
from qdiff.notice import Item, Notice, Task
from qdiff.refs import item_ref_of_task, ref_key


@dataclass
class _ItemView:
    index: int  # position in the notice, 0-based over all items
    section: int
    item: Item
    body: Vector = field(default_factory=lambda: Vector.of({}))
    heading: Vector = field(default_factory=lambda: Vector.of({}))
    counts: Counter[str] = field(default_factory=Counter)
    units: frozenset[str] = frozenset()


@dataclass
class _Group:
    """Old and new items that continue one another (1-1, a split, or a merge)."""

    old: list[int]
    new: list[int]


def compare(
    old: Notice,
    new: Notice,
    settings: Settings = DEFAULT_SETTINGS,
    background: Background | Iterable[str] = NO_BACKGROUND,
    *,
    details: bool = True,
    limits: AlignmentLimits = ALIGNMENT_LIMITS,
) -> Comparison:
    """Compare an older notice with a newer one. `background`: other passages of the same
    series (from the archive) that sharpen the term weights. Without `details` the links carry
    no character diff and no evidence (following threads needs neither).

    Raises TooLargeToAlignError for a notice past the bounds of qdiff/align/limits.py, or when
    the two are alike in too many pairs of items and tasks to align."""
    check_size(old, "the older notice", limits)
    check_size(new, "the newer notice", limits)
    passages = background if isinstance(background, Background) else Background.of(background)
    if _in_text_order(old, new):
        comparison = _Aligner(old, new, settings, passages, details, limits).run()
    else:
        comparison = _Aligner(new, old, settings, passages, details, limits).run().mirrored()
    # Ordered only now, in the caller's orientation: links read in the newer notice's order,
    # whichever way the alignment itself ran.
    return replace(
        comparison,
        items=_in_reading_order(comparison.items, old, new),
        tasks=tuple(sorted(comparison.tasks, key=_task_order)),
        commitments=commitment_links(comparison) if details else (),
    )


def commitment_links(comparison: Comparison) -> tuple[CommitmentLink, ...]:
    """The commitments of both notices aligned by object. Run from the earlier notice to the
    later (then read the caller's way), so that slips are judged forward in time whichever way
    round the notices were given; two versions of one period run in the text order, as above."""
    old, new = comparison.old, comparison.new
    if old.period is not None and new.period is not None and old.period != new.period:
        forward = old.period < new.period
    else:
        forward = _in_text_order(old, new)
    runs = comparison if forward else comparison.mirrored()
    links = align_commitments(
        commitments_of(runs.old),
        commitments_of(runs.new),
        (runs.old.period, runs.new.period),
        _past_the_cut(runs),
        [
            (link.old.ref, link.new.ref, link.score or 0.0)
            for link in runs.tasks
            if link.old is not None and link.new is not None
        ],
    )
    return links if forward else tuple(link.mirrored() for link in links)


def _past_the_cut(comparison: Comparison) -> tuple[frozenset[str], frozenset[str]]:
    """The item refs of each side whose commitments cannot be told dropped or new: items past
    the other side's cut, and those continued by the item a cut side stops in."""
    old, new = comparison.old, comparison.new
    old_cut = old.items[-1].ref if old.truncated and old.items else None
    new_cut = new.items[-1].ref if new.truncated and new.items else None
    old_refs: set[str] = set()
    new_refs: set[str] = set()
    for link in comparison.items:
        if link.status is Status.UNCOVERED or new_cut in link.new:
            old_refs.update(link.old)
        if link.status is Status.UNCOVERED or old_cut in link.old:
            new_refs.update(link.new)
    return frozenset(old_refs), frozenset(new_refs)


def check_alignable(notice: Notice, name: str, limits: AlignmentLimits = ALIGNMENT_LIMITS) -> None:
    """Refuse a notice that comparing with another could not finish: past the bounds on items,
    tasks and characters, or with items and tasks so alike one another (the same sentence over
    and over) that comparing it with its next version would pass the bound on alike pairs.
    Archiving calls this before it stores anything. Raises TooLargeToAlignError."""
    check_size(notice, name, limits)
    items, tasks = len(notice.items), len(notice.tasks)
    if items * items + tasks * tasks <= limits.alike_pairs:
        return  # it has no more pairs than that, alike or not
    aligner = _Aligner(notice, notice, DEFAULT_SETTINGS, NO_BACKGROUND, False, limits)
    try:
        aligner.count_alike_within()
    except TooLargeToAlignError:
        raise TooLargeToAlignError(
            f"{name} holds items and tasks alike one another in more than "
            f"{limits.alike_pairs:,} pairs (the same sentences over and over); qdiff cannot "
            "compare it in reasonable time, so it neither compares nor archives it"
        ) from None


def _in_text_order(old: Notice, new: Notice) -> bool:
    """The orientation a comparison runs in when time does not decide it, the same whichever
    way round the two are given: what makes the result symmetric."""
    return (old.text, _signature(old)) <= (new.text, _signature(new))


def _signature(notice: Notice) -> str:
    return "\n".join(item.text for item in notice.items)


def _flat_items(notice: Notice) -> list[tuple[int, Item]]:
    return [
        (number, item) for number, section in enumerate(notice.sections) for item in section.items
    ]


class _Aligner:
    def __init__(
        self,
        old: Notice,
        new: Notice,
        settings: Settings,
        background: Background,
        details: bool,
        limits: AlignmentLimits,
    ) -> None:
        self.old, self.new, self.settings, self.details = old, new, settings, details
        self.budget = AlikeBudget(limits.alike_pairs)
        # Which notice is the earlier quarter, whatever the orientation the alignment runs in:
        # 0 for two versions of one quarter (they share a deadline: nothing slipped) or when a
        # period is unknown.
        self.chronology = 0
        # The years of the earlier and the later quarter: a promise for a whole year has not
        # slipped while that year runs.
        self.years: tuple[int, int] | None = None
        if old.period is not None and new.period is not None and old.period != new.period:
            self.chronology = 1 if old.period < new.period else -1
            earlier, later = sorted((old.period, new.period))
            self.years = (earlier.year, later.year)
        old_items, new_items = _flat_items(old), _flat_items(new)
        counts = {id(item): terms(item.text) for _, item in (*old_items, *new_items)}
        self.weights = TermWeights.learn(counts.values(), background)
        self.old_views = [
            self._view(n, s, item, counts[id(item)]) for n, (s, item) in enumerate(old_items)
        ]
        self.new_views = [
            self._view(n, s, item, counts[id(item)]) for n, (s, item) in enumerate(new_items)
        ]
        task_counts = {id(task): terms(task.text) for notice in (old, new) for task in notice.tasks}
        task_weights = TermWeights.learn(task_counts.values())
        # Each task's vector and normalised text, computed once: tasks are compared many times.
        self.task_vectors = {key: task_weights.vector(c) for key, c in task_counts.items()}
        self.task_texts = {
            id(task): compact(task.text) for notice in (old, new) for task in notice.tasks
        }

    def _view(self, index: int, section: int, item: Item, counts: Counter[str]) -> _ItemView:
        return _ItemView(
            index=index,
            section=section,
            item=item,
            body=self.weights.vector(counts),
            heading=self.weights.vector(terms(item.heading)),
            counts=counts,
            units=frozenset((*item.lead, *item.support)),
        )

    # items ------------------------------------------------------------------------------------
    def count_alike_within(self) -> None:
        """Spend the budget on the pairs of a notice compared with itself: items reaching
        item_match (each with itself too), and tasks that are the same sentence wherever they
        are in the notice (a comparison with a next version that moved them would hand every
        such pair to the assignment). Near-duplicate tasks are left to the comparison's own
        count: a year plan repeats its boilerplate tasks far more than it moves them."""
        self.group_items_scores()
        copies = Counter(self.task_texts[id(task)] for task in self.old.tasks)
        self.budget.spend(sum(count * count for count in copies.values()))

    def group_items_scores(self) -> ItemScores:
        return ItemScores(
            [(v.body, v.heading, v.units) for v in self.old_views],
            [(v.body, v.heading, v.units) for v in self.new_views],
            self.settings,
            self.budget,
        )

    def group_items(self) -> tuple[list[_Group], ItemScores]:
        """Continuations: optimal one-to-one pairs, then splits and merges around them."""
        scores = self.group_items_scores()
        pairs = scores.best_pairs()
        groups = [_Group([i], [j]) for i, j in pairs]
        # What follows reads the whole rows and columns of the items left unpaired only.
        paired_old = {i for i, _ in pairs}
        paired_new = {j for _, j in pairs}
        scores.prepare(
            [i for i in range(len(self.old_views)) if i not in paired_old],
            [j for j in range(len(self.new_views)) if j not in paired_new],
        )
        if self.old_views and self.new_views:
            self._attach_to_pairs(groups, scores)
            self._group_leftovers(groups, scores)
            self._pair_neighbours(groups, scores)
        return groups, scores

    def _pair_neighbours(self, groups: list[_Group], scores: ItemScores) -> None:
        """Items still unpaired on both sides, in corresponding sections and led by a common
        unit, continue one another at a lower score (neighbour_share of item_match): the best
        such pairs first."""
        section_map = self._section_map(groups)
        grouped_old = {i for g in groups for i in g.old}
        grouped_new = {j for g in groups for j in g.new}
        floor = self.settings.item_match * self.settings.neighbour_share
        candidates = [
            (score, i, j)
            for i in range(len(self.old_views))
            if i not in grouped_old
            for j, score in enumerate(scores.row(i))
            if j not in grouped_new
            and score >= floor
            and section_map.get(self.old_views[i].section) == self.new_views[j].section
            and set(self.old_views[i].item.lead) & set(self.new_views[j].item.lead)
        ]
        for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
            if i not in grouped_old and j not in grouped_new:
                groups.append(_Group([i], [j]))
                grouped_old.add(i)
                grouped_new.add(j)

    def _attach_to_pairs(self, groups: list[_Group], scores: ItemScores) -> None:
        """An item left out of the one-to-one pairs whose best counterpart is already paired
        joins that pair: the second half of a split (or a merge) lost the assignment to the
        first half, not to an unrelated item."""
        threshold = self.settings.item_match
        group_of_old = {i: g for g in groups for i in g.old}
        group_of_new = {j: g for g in groups for j in g.new}
        for j in range(len(self.new_views)):
            if j in group_of_new:
                continue
            column = scores.column(j)
            best = _argmax(column)
            if best in group_of_old and column[best] >= threshold:
                group_of_old[best].new.append(j)
                group_of_new[j] = group_of_old[best]
        for i in range(len(self.old_views)):
            if i in group_of_old:
                continue
            row = scores.row(i)
            best = _argmax(row)
            if best in group_of_new and row[best] >= threshold and len(group_of_new[best].new) == 1:
                group_of_new[best].old.append(i)
                group_of_old[i] = group_of_new[best]

    def _group_leftovers(self, groups: list[_Group], scores: ItemScores) -> None:
        """Items left over on both sides can still be a split or a merge: several pieces, each
        weak alone (at least half the match threshold) but together a match."""
        grouped_old = {i for g in groups for i in g.old}
        grouped_new = {j for g in groups for j in g.new}
        floor = self.settings.item_match * self.settings.split_part_share
        # Each leftover's best counterpart, found once (the scores do not change).
        best_of_new = {
            j: _argmax(scores.column(j)) for j in range(len(self.new_views)) if j not in grouped_new
        }
        for i in range(len(self.old_views)):
            if i in grouped_old:
                continue
            pieces = [
                j
                for j, best in best_of_new.items()
                if j not in grouped_new and best == i and scores.column(j)[i] >= floor
            ]
            if len(pieces) >= 2 and self._union_score([i], pieces) >= self.settings.item_match:
                groups.append(_Group([i], pieces))
                grouped_old.add(i)
                grouped_new.update(pieces)
        best_of_old = {
            i: _argmax(scores.row(i)) for i in range(len(self.old_views)) if i not in grouped_old
        }
        for j in range(len(self.new_views)):
            if j in grouped_new:
                continue
            pieces = [
                i
                for i, best in best_of_old.items()
                if i not in grouped_old and best == j and scores.row(i)[j] >= floor
            ]
            if len(pieces) >= 2 and self._union_score(pieces, [j]) >= self.settings.item_match:
                groups.append(_Group(pieces, [j]))
                grouped_old.update(pieces)
                grouped_new.add(j)

    def _union_score(self, old: list[int], new: list[int]) -> float:
        return self._group_score([self.old_views[i] for i in old], [self.new_views[j] for j in new])

    # the whole comparison -----------------------------------------------------------------------
    def run(self) -> Comparison:
        groups, scores = self.group_items()
        uncovered_old, uncovered_new = self._uncovered(groups)
        item_links: list[ItemLink] = []
        task_links: list[TaskLink] = []
        # Tasks not matched inside their item group, each with its "home": the group's number,
        # or (for items that continue nothing) a number of its own. Two tasks matched across
        # different homes moved from one item to another.
        old_tasks_left: list[tuple[int, Task]] = []
        new_tasks_left: list[tuple[int, Task]] = []
        section_map = self._section_map(groups)
        for number, group in enumerate(sorted(groups, key=lambda g: (min(g.new), min(g.old)))):
            old_views = [self.old_views[i] for i in sorted(group.old)]
            new_views = [self.new_views[j] for j in sorted(group.new)]
            matched, rest_old, rest_new = self._align_tasks(
                [t for v in old_views for t in v.item.tasks],
                [t for v in new_views for t in v.item.tasks],
                self.settings.task_match,
            )
            chronology, years = self.chronology, self.years
            pair_links = [
                classify_task_pair(
                    o, n, s, self.settings, moved=False, chronology=chronology, years=years
                )
                for o, n, s in matched
            ]
            task_links.extend(pair_links)
            old_tasks_left.extend((number, task) for task in rest_old)
            new_tasks_left.extend((number, task) for task in rest_new)
            score = (
                scores.score(old_views[0].index, new_views[0].index)
                if len(old_views) == len(new_views) == 1
                else self._group_score(old_views, new_views)
            )
            moved = any(section_map.get(o.section) != new_views[0].section for o in old_views)
            link = classify_item_group(
                [v.item for v in old_views],
                [v.item for v in new_views],
                score=score,
                moved=moved,
                task_links=pair_links,
                weights=self.weights,
                settings=self.settings,
                details=self.details,
            )
            item_links.append(link)
        grouped_old = {i for g in groups for i in g.old}
        grouped_new = {j for g in groups for j in g.new}
        for view in self.old_views:
            if view.index in grouped_old:
                continue
            status = Status.UNCOVERED if view.index in uncovered_old else Status.DROPPED
            item_links.append(ItemLink(status, (view.item.ref,), (), None))
            old_tasks_left.extend((-1 - view.index, task) for task in view.item.tasks)  # own home
        for view in self.new_views:
            if view.index in grouped_new:
                continue
            status = Status.UNCOVERED if view.index in uncovered_new else Status.NEW
            item_links.append(ItemLink(status, (), (view.item.ref,), None))
            new_tasks_left.extend((-100_000 - view.index, task) for task in view.item.tasks)
        task_links.extend(
            self._moved_and_unmatched_tasks(
                old_tasks_left, new_tasks_left, uncovered_old, uncovered_new
            )
        )
        return Comparison(
            old=self.old,
            new=self.new,
            settings=self.settings.as_dict(),
            items=tuple(item_links),
            tasks=tuple(task_links),
        )

    def _group_score(self, old_views: list[_ItemView], new_views: list[_ItemView]) -> float:
        old_counts: Counter[str] = Counter()
        new_counts: Counter[str] = Counter()
        for view in old_views:
            old_counts.update(view.counts)
        for view in new_views:
            new_counts.update(view.counts)
        return cosine(self.weights.vector(old_counts), self.weights.vector(new_counts))

    def _section_map(self, groups: list[_Group]) -> dict[int, int]:
        """Each old section's counterpart: the new section most of its matched items went to."""
        votes: dict[int, Counter[int]] = {}
        for group in groups:
            new_section = self.new_views[min(group.new)].section
            for i in group.old:
                votes.setdefault(self.old_views[i].section, Counter())[new_section] += 1
        return {
            old_section: min(counter.items(), key=lambda pair: (-pair[1], pair[0]))[0]
            for old_section, counter in votes.items()
        }

    def _uncovered(self, groups: list[_Group]) -> tuple[set[int], set[int]]:
        """Items of one notice past the cut of the other, truncated one: unknown, not dropped."""
        uncovered_old: set[int] = set()
        uncovered_new: set[int] = set()
        if self.new.truncated:
            last = max((i for g in groups for i in g.old), default=-1)
            uncovered_old = {v.index for v in self.old_views if v.index > last}
        if self.old.truncated:
            last = max((j for g in groups for j in g.new), default=-1)
            uncovered_new = {v.index for v in self.new_views if v.index > last}
        return uncovered_old, uncovered_new

    # tasks --------------------------------------------------------------------------------------
    def _align_tasks(
        self, old: list[Task], new: list[Task], threshold: float
    ) -> tuple[list[tuple[Task, Task, float]], list[Task], list[Task]]:
        old_vectors = [self.task_vectors[id(task)] for task in old]
        new_vectors = [self.task_vectors[id(task)] for task in new]
        # The same sentence, whatever its punctuation or spacing, is a perfect match.
        new_by_text: dict[str, list[int]] = {}
        for j, task in enumerate(new):
            new_by_text.setdefault(self.task_texts[id(task)], []).append(j)
        same = [new_by_text.get(self.task_texts[id(task)], []) for task in old]
        if threshold > 0 and len(old) * len(new) > _SMALL_TASK_MATRIX:
            # Only the pairs that reach the threshold count (assignment.best_pairs).
            search = ReachingCosines(new_vectors)
            reaching: list[dict[int, float]] = []
            candidates: dict[int, list[tuple[int, float]]] = {}
            for i, vector in enumerate(old_vectors):
                row = search.of(vector, threshold)
                row.update((j, 1.0) for j in same[i])
                reaching.append(row)
                reached = sorted((j, v) for j, v in row.items() if v >= threshold)
                if reached:
                    self.budget.spend(len(reached))
                    candidates[i] = reached
            pairs = best_candidate_pairs(candidates, len(old), len(new))
            matched = [(old[i], new[j], reaching[i][j]) for i, j in pairs]
        else:
            scores = cosine_matrix(old_vectors, new_vectors)
            for i, columns in enumerate(same):
                for j in columns:
                    scores[i][j] = 1.0
            self.budget.spend(sum(value >= threshold for row in scores for value in row))
            pairs = best_pairs(scores, threshold)
            matched = [(old[i], new[j], scores[i][j]) for i, j in pairs]
        used_old = {i for i, _ in pairs}
        used_new = {j for _, j in pairs}
        return (
            matched,
            [task for i, task in enumerate(old) if i not in used_old],
            [task for j, task in enumerate(new) if j not in used_new],
        )

    def _moved_and_unmatched_tasks(
        self,
        old_left: list[tuple[int, Task]],
        new_left: list[tuple[int, Task]],
        uncovered_old: set[int],
        uncovered_new: set[int],
    ) -> list[TaskLink]:
        links: list[TaskLink] = []
        matched, rest_old, rest_new = self._align_tasks(
            [task for _, task in old_left], [task for _, task in new_left], self.settings.task_move
        )
        home_old = {id(task): home for home, task in old_left}
        home_new = {id(task): home for home, task in new_left}
        for old_task, new_task, score in matched:
            moved = home_old[id(old_task)] != home_new[id(new_task)]
            links.append(
                classify_task_pair(
                    old_task, new_task, score, self.settings,
                    moved=moved, chronology=self.chronology, years=self.years,
                )
            )  # fmt: skip
        uncovered_old_refs = {self.old_views[i].item.ref for i in uncovered_old}
        uncovered_new_refs = {self.new_views[j].item.ref for j in uncovered_new}
        for task in rest_old:
            past_the_cut = item_ref_of_task(task.ref) in uncovered_old_refs
            status = Status.UNCOVERED if past_the_cut else Status.DROPPED
            links.append(TaskLink(status, _side(task), None, None))
        for task in rest_new:
            past_the_cut = item_ref_of_task(task.ref) in uncovered_new_refs
            status = Status.UNCOVERED if past_the_cut else Status.NEW
            links.append(TaskLink(status, None, _side(task), None))
        return links


# Task matrices up to this size are scored whole: the tasks of two items, most of the time.
_SMALL_TASK_MATRIX = 400


def _argmax(values: list[float]) -> int:
    """Index of the largest value; the first one on ties, so results never depend on chance."""
    return max(range(len(values)), key=lambda k: (values[k], -k))


def _side(task: Task) -> TaskSide:
    return TaskSide(task.ref, task.text, task.stage, task.quantities)


def _in_reading_order(
    links: tuple[ItemLink, ...], old: Notice, new: Notice
) -> tuple[ItemLink, ...]:
    """Item links in the newer notice's order; an item with no continuation reads best after
    the new partner of the old item before it."""
    old_position = {item.ref: i for i, item in enumerate(old.items)}
    new_position = {item.ref: j for j, item in enumerate(new.items)}
    partner = {
        old_position[ref]: min(new_position[n] for n in link.new)
        for link in links
        if link.new
        for ref in link.old
    }

    def key(link: ItemLink) -> tuple[float, float]:
        if link.new:
            return (min(new_position[n] for n in link.new), -1.0)
        index = old_position[link.old[0]]
        earlier = [partner[i] for i in range(index - 1, -1, -1) if i in partner]
        return ((earlier[0] if earlier else -1) + 0.5, index)

    return tuple(sorted(links, key=key))


def _task_order(link: TaskLink) -> tuple[int, tuple[int, ...], tuple[int, ...]]:
    if link.new is not None:
        return (0, ref_key(link.new.ref), ref_key(link.old.ref) if link.old else ())
    assert link.old is not None
    return (1, ref_key(link.old.ref), ())
