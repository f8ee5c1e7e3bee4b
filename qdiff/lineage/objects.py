"""Threads of named objects over many quarters (issue 12): the ledger an auditor keeps, one row
per project, document or event, quarter by quarter.

Each pair of quarters a series' threads compare is compared by object too
(`qdiff.commitments.match.align_commitments`), guided by that pair's task links; the archive
stores these object links with the others (`qdiff.app.links.ensure_links`), and pairs linked in
memory (other settings) align them here. The object links are then chained like task links
(`threads_of_kind`), so an object thread has the signals a task thread has: slipped ×n,
stalled, vanished before completion, presumed done, reappeared, lead changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from qdiff.align import Facet, Status
from qdiff.commitments import Commitment, CommitmentFacet, CommitmentStatus, commitments_of
from qdiff.commitments.match import align_commitments
from qdiff.lineage.build import threads_of_kind
from qdiff.lineage.model import Edge, Lineage
from qdiff.notice import Notice
from qdiff.periods import Period
from qdiff.refs import RefKind, ref_key

# The commitment facets a thread's signals read, as the facets of task links name them.
_AS_FACET = {
    CommitmentFacet.SLIPPED: Facet.SLIPPED,
    CommitmentFacet.STAGE_CHANGED: Facet.STAGE_CHANGED,
    CommitmentFacet.QUANTITY_CHANGED: Facet.QUANTITY_CHANGED,
    CommitmentFacet.LEAD_UNIT_CHANGED: Facet.LEAD_UNIT_CHANGED,
    CommitmentFacet.NEW_ROUND: Facet.NEW_ROUND,
}


def object_edges(
    old: Sequence[Commitment],
    new: Sequence[Commitment],
    periods: tuple[Period, Period],
    task_edges: Sequence[Edge],
) -> list[Edge]:
    """The links between the named objects of two quarters (their commitments)."""
    task_pairs = [
        (edge.old_ref, edge.new_ref, edge.score or 0.0)
        for edge in task_edges
        if edge.kind is RefKind.TASK
    ]
    links = align_commitments(old, new, periods, task_pairs=task_pairs)
    edges = []
    for link in links:
        if link.status is not CommitmentStatus.CONTINUED or link.old is None or link.new is None:
            continue
        if link.old.object is None or link.new.object is None:
            continue
        status = Status.CARRIED_OVER if link.old.text == link.new.text else Status.REWORDED
        facets = tuple(_AS_FACET[f] for f in link.facets if f in _AS_FACET)
        edges.append(Edge(RefKind.OBJECT, link.old.ref, link.new.ref, status, facets, link.score))
    return edges


def _stored(edges: Sequence[Edge]) -> list[Edge]:
    """The object links among a pair's links, when the archive stored them with the others."""
    return [edge for edge in edges if edge.kind is RefKind.OBJECT]


def with_objects(
    lineage: Lineage,
    notices: Mapping[Period, Notice],
    edges: Mapping[tuple[Period, Period], Sequence[Edge]],
    extracted: Mapping[Period, Sequence[Commitment]] | None = None,
) -> Lineage:
    """The lineage with the threads of its named objects, from the pairs its threads compared.
    Each quarter's commitments are extracted once, whatever the pairs it is in, and not at all
    for the quarters `extracted` holds (the caller's, of the same notices)."""
    quarters = list(lineage.periods)
    known = extracted or {}
    commitments = {
        period: known[period] if period in known else commitments_of(notices[period])
        for period in quarters
    }
    object_links = {
        pair: _stored(found)
        or object_edges(commitments[pair[0]], commitments[pair[1]], pair, found)
        for pair, found in edges.items()
        if pair[0] in commitments and pair[1] in commitments
    }
    threads = threads_of_kind(RefKind.OBJECT, quarters, notices, object_links, commitments)
    threads.sort(key=lambda t: (t.first.quarter_number, ref_key(t.occurrences[0].ref)))
    return replace(lineage, objects=tuple(threads))
