"""Chaining the comparisons of consecutive quarters into threads, and reading their signals.

The links between two quarters come from `qdiff.align.compare`; they are computed once per pair
of versions (the archive keeps them) and then joined here: a thread is a connected set of
occurrences. Quarters two apart are compared too, to catch a commitment that disappears for a
quarter and comes back (`reappeared`); a quarter that is not archived is a gap, not a drop.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import TypeVar

from qdiff.align import Comparison, Facet, Status
from qdiff.commitments import Commitment, commitments_of
from qdiff.lineage.model import Edge, Finding, Lineage, Occurrence, Signals, Thread
from qdiff.notice import Item, Notice, Stage, Task
from qdiff.periods import Period, PeriodKind
from qdiff.refs import RefKind, kind_of_ref, ref_key

_T = TypeVar("_T")

STALLED_QUARTERS = 3  # the same non-complete stage this many quarters running is stalled


def edges_of(comparison: Comparison) -> list[Edge]:
    """The links of a comparison that continue something: tasks and items, splits and merges."""
    edges = [
        Edge(RefKind.TASK, link.old.ref, link.new.ref, link.status, tuple(link.facets), link.score)
        for link in comparison.tasks
        if link.old is not None and link.new is not None
    ]  # fmt: skip
    for item_link in comparison.items:
        for old in item_link.old:
            for new in item_link.new:
                edges.append(
                    Edge(RefKind.ITEM, old, new, item_link.status, tuple(item_link.facets),
                         item_link.score)
                )  # fmt: skip
    return edges


def quarters_only(periods: Sequence[Period]) -> list[Period]:
    """Threads run over quarterly notices; half-year and year plans frame them, not chain them."""
    return sorted(p for p in periods if p.kind is PeriodKind.QUARTER)


def needed_pairs(periods: Sequence[Period]) -> list[tuple[Period, Period]]:
    """The pairs of archived quarters to compare: each with the next, and with the one after
    (for commitments that skip a quarter)."""
    quarters = quarters_only(periods)
    return [*pairwise(quarters), *zip(quarters, quarters[2:], strict=False)]


class _Components:
    """Union-find over occurrences, joining the smaller key under the larger's root so that a
    thread's key is always its earliest occurrence."""

    def __init__(self) -> None:
        self.parent: dict[tuple[int, str], tuple[int, str]] = {}

    def add(self, node: tuple[int, str]) -> None:
        self.parent.setdefault(node, node)

    def root(self, node: tuple[int, str]) -> tuple[int, str]:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def join(self, a: tuple[int, str], b: tuple[int, str]) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            first, second = sorted((ra, rb), key=_node_order)
            self.parent[second] = first


def _node_order(node: tuple[int, str]) -> tuple[int, tuple[int, ...]]:
    return node[0], ref_key(node[1])


def build_lineage(
    notices: Mapping[Period, Notice],
    edges: Mapping[tuple[Period, Period], Sequence[Edge]],
    series: str | None = None,
) -> Lineage:
    """Threads of tasks and items over the archived quarters of one series."""
    quarters = quarters_only(list(notices))
    if not quarters:
        return Lineage(series, (), (), ())
    span = range(quarters[0].quarter_number, quarters[-1].quarter_number + 1)
    archived = {p.quarter_number for p in quarters}
    missing = tuple(Period.quarter(n) for n in span if n not in archived)
    threads: list[Thread] = []
    for kind in (RefKind.TASK, RefKind.ITEM):
        threads.extend(threads_of_kind(kind, quarters, notices, edges))
    threads.sort(
        key=lambda t: (
            t.kind is not RefKind.TASK,
            _node_order((t.first.quarter_number, t.occurrences[0].ref)),
        )
    )
    return Lineage(series, tuple(quarters), missing, tuple(threads))


def threads_of_kind(
    kind: RefKind,
    quarters: list[Period],
    notices: Mapping[Period, Notice],
    edges: Mapping[tuple[Period, Period], Sequence[Edge]],
    commitments: Mapping[Period, Sequence[Commitment]] | None = None,
) -> list[Thread]:
    """The threads of one kind of occurrence; object threads read each quarter's `commitments`
    when given (else they are extracted here)."""
    units: dict[tuple[int, str], Task | Item | Commitment] = {}
    leads: dict[tuple[int, str], tuple[str, ...]] = {}
    for period in quarters:
        if kind is RefKind.OBJECT:
            read = commitments[period] if commitments else commitments_of(notices[period])
            for commitment in read:
                if commitment.object is not None:
                    units[(period.quarter_number, commitment.ref)] = commitment
                    leads[(period.quarter_number, commitment.ref)] = commitment.lead
            continue
        for item in notices[period].items:
            if kind is RefKind.ITEM:
                units[(period.quarter_number, item.ref)] = item
                leads[(period.quarter_number, item.ref)] = item.lead
            else:
                for task in item.tasks:
                    units[(period.quarter_number, task.ref)] = task
                    leads[(period.quarter_number, task.ref)] = item.lead
    components = _Components()
    for node in units:
        components.add(node)
    arrived: dict[tuple[int, str], Edge] = {}
    has_successor: set[tuple[int, str]] = set()
    has_predecessor: set[tuple[int, str]] = set()
    ordered = sorted(
        edges, key=lambda pair: (pair[1].quarter_number - pair[0].quarter_number, pair[0])
    )
    for old_period, new_period in ordered:
        skip = _skips(quarters, old_period, new_period)
        for edge in edges[(old_period, new_period)]:
            if edge.kind != kind:
                continue
            old = (old_period.quarter_number, edge.old_ref)
            new = (new_period.quarter_number, edge.new_ref)
            if old not in units or new not in units:
                continue  # a link from a version that is no longer the latest
            if skip and (old in has_successor or new in has_predecessor):
                continue  # only an occurrence that ended meets one that began, a quarter apart
            components.join(old, new)
            has_successor.add(old)
            has_predecessor.add(new)
            arrived.setdefault(new, edge)
    groups: dict[tuple[int, str], list[tuple[int, str]]] = {}
    for node in units:
        groups.setdefault(components.root(node), []).append(node)
    last_archived = quarters[-1].quarter_number
    archived = [q.quarter_number for q in quarters]
    # Each quarter once, shared by its occurrences (a long series has tens of thousands).
    quarter_of = {q.quarter_number: q for q in quarters}
    threads = []
    for root, members in groups.items():
        members.sort(key=_node_order)
        occurrences = tuple(
            _occurrence(quarter_of[node[0]], node[1], units[node], leads[node], arrived.get(node))
            for node in members
        )
        threads.append(
            Thread(
                key=f"{quarter_of[root[0]]}:{root[1]}",
                kind=kind,
                occurrences=occurrences,
                signals=_signals(occurrences, arrived, members, archived, last_archived),
            )
        )
    return threads


def _skips(quarters: list[Period], old: Period, new: Period) -> bool:
    """Whether an archived quarter lies between the two (then the pair skips it)."""
    return any(old < q < new for q in quarters)


def _occurrence(
    period: Period,
    ref: str,
    unit: Task | Item | Commitment,
    lead: tuple[str, ...],
    edge: Edge | None,
) -> Occurrence:
    stage = None if isinstance(unit, Item) else unit.stage
    quantities = (
        tuple(q.text for task in unit.tasks for q in task.quantities)
        if isinstance(unit, Item)
        else tuple(q.text for q in unit.quantities)
    )
    return Occurrence(
        period=period,
        ref=ref,
        text=unit.text,
        stage=stage,
        quantities=quantities,
        lead=lead,
        status=edge.status if edge is not None else Status.NEW,
        facets=edge.facets if edge is not None else (),
        heading=(
            unit.heading
            if isinstance(unit, Item)
            else unit.object
            if isinstance(unit, Commitment)
            else None
        ),
    )


def _signals(
    occurrences: tuple[Occurrence, ...],
    arrived: Mapping[tuple[int, str], Edge],
    members: list[tuple[int, str]],
    archived: list[int],
    last_archived: int,
) -> Signals:
    numbers = sorted({node[0] for node in members})
    first, last = numbers[0], numbers[-1]
    # Reappeared: an archived quarter inside the span where the thread was absent.
    reappeared = any(q not in numbers and first < q < last for q in archived)
    slipped = sum(1 for node in members if Facet.SLIPPED in arrived.get(node, _NO_EDGE).facets)
    stalled = _stalled(occurrences)
    last_stage = occurrences[-1].stage
    gone = last < last_archived
    lead_changes = sum(
        1 for before, after in pairwise(occurrences)
        if before.period != after.period and set(before.lead) != set(after.lead)
    )  # fmt: skip
    return Signals(
        age=last - first + 1,
        stalled=stalled,
        slipped=slipped,
        vanished_unfinished=gone and last_stage is not Stage.COMPLETE,
        presumed_done=gone and last_stage is Stage.COMPLETE,
        reappeared=reappeared,
        lead_changes=lead_changes,
    )


_NO_EDGE = Edge(RefKind.TASK, "", "", Status.NEW, (), None)


def longest_stage_run(occurrences: Sequence[Occurrence]) -> tuple[Stage, int] | None:
    """The longest run of consecutive quarters at one stage below complete, and that stage (a
    second occurrence in one quarter, a branch, restarts the count, and so does a programme's
    new year's round: the new year's work is not the old year's stalled)."""
    best: tuple[Stage, int] | None = None
    run = 0
    previous: Occurrence | None = None
    for occurrence in occurrences:
        consecutive = (
            previous is not None
            and occurrence.period.quarter_number == previous.period.quarter_number + 1
            and occurrence.stage == previous.stage
            and Facet.NEW_ROUND not in occurrence.facets
        )
        run = run + 1 if consecutive else 1
        stage = occurrence.stage
        if stage is not None and stage is not Stage.COMPLETE and (best is None or run > best[1]):
            best = (stage, run)
        previous = occurrence
    return best


def _stalled(occurrences: tuple[Occurrence, ...]) -> bool:
    run = longest_stage_run(occurrences)
    return run is not None and run[1] >= STALLED_QUARTERS


def thread_of(
    lineage: Lineage, period: Period, ref: str, text: str = "", kind: RefKind = RefKind.TASK
) -> Thread | None:
    """The thread holding an occurrence, found as `best_match` finds it."""
    pool = lineage.objects if kind is RefKind.OBJECT else lineage.threads
    at_quarter = [
        (thread, occurrence)
        for thread in pool
        if thread.kind == kind
        for occurrence in thread.occurrences
        if occurrence.period == period
    ]
    found = best_match(at_quarter, ref, text, lambda pair: (pair[1].ref, pair[1].text))
    return found[0] if found is not None else None


def best_match(
    candidates: Sequence[_T], ref: str, text: str, ref_and_text: Callable[[_T], tuple[str, str]]
) -> _T | None:
    """What a finding (made on `ref` with wording `text`) hangs on: the candidate at this ref
    with this text; else, when the quarter was archived again and refs moved, the one with this
    text; else the one at the ref."""
    for matches in (
        lambda r, t: r == ref and (not text or t == text),
        lambda r, t: bool(text) and t == text,
        lambda r, t: r == ref,
    ):
        for candidate in candidates:
            if matches(*ref_and_text(candidate)):
                return candidate
    return None


def current_finding(found: Sequence[Finding], last_seen: Period) -> Finding | None:
    """The finding that still speaks for a thread (its findings oldest first): the latest one,
    if it was made at or after the quarter the thread was last seen in."""
    latest = found[-1] if found else None
    return latest if latest is not None and latest.period >= last_seen else None


def findings_by_thread(lineage: Lineage, findings: Sequence[Finding]) -> dict[str, list[Finding]]:
    """Each thread's findings, oldest first (the last one is the current finding)."""
    attached: dict[str, list[Finding]] = {}
    for finding in findings:
        kind = kind_of_ref(finding.ref) or RefKind.TASK
        thread = thread_of(lineage, finding.period, finding.ref, finding.text, kind)
        if thread is not None:
            attached.setdefault(thread.key, []).append(finding)
    for found in attached.values():
        found.sort(key=lambda f: (f.recorded_at, f.id))
    return attached
