"""A comparison as the JSON contract of `qdiff compare --format json` (README, "Comparison JSON").

Keys may be added, never renamed or removed: other tools and reviewers read this shape.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from qdiff.align.model import Comparison, ItemLink, TaskLink, TaskSide
from qdiff.commitments import Commitment, CommitmentLink
from qdiff.notice import Notice
from qdiff.output.summary import status_counts
from qdiff.provenance import Side
from qdiff.serialize import quantity_to_dict


def comparison_to_dict(comparison: Comparison, old: Side, new: Side) -> dict[str, Any]:
    return {
        "from": _side(old, comparison.old),
        "to": _side(new, comparison.new),
        "settings": comparison.settings,
        "summary": summary(comparison),
        "items": [_item_link(link) for link in comparison.items],
        "tasks": [_task_link(link) for link in comparison.tasks],
        "commitments": [_commitment_link(link) for link in comparison.commitments],
    }


def summary(comparison: Comparison) -> dict[str, Any]:
    counts = status_counts(comparison)
    return {
        "items": {status.value: counts.items[status] for status in counts.items},
        "tasks": {status.value: counts.tasks[status] for status in counts.tasks},
        "item_facets": {facet.value: n for facet, n in counts.item_facets.items()},
        "task_facets": {facet.value: n for facet, n in counts.task_facets.items()},
        "commitments": dict(Counter(link.status.value for link in comparison.commitments)),
        "commitment_facets": dict(
            Counter(facet.value for link in comparison.commitments for facet in link.facets)
        ),
    }


def _side(side: Side, notice: Notice) -> dict[str, Any]:
    return {
        "series": side.series,
        "period": side.period if side.period is not None else _period(notice),
        "version": side.version,
        "file": side.file,
        "truncated": notice.truncated,
        "sha256": side.sha256,
        "title": notice.title,
        "issuer": notice.issuer,
        "doc_number": notice.doc_number,
        "items": len(notice.items),
        "tasks": len(notice.tasks),
    }


def _period(notice: Notice) -> str | None:
    return str(notice.period) if notice.period is not None else None


def _item_link(link: ItemLink) -> dict[str, Any]:
    return {
        "status": link.status.value,
        "from": list(link.old),
        "to": list(link.new),
        "score": link.score,
        "facets": [facet.value for facet in link.facets],
        "evidence": list(link.evidence),
        "diff": [[op, text] for op, text in link.diff] if link.diff is not None else None,
    }


def _task_link(link: TaskLink) -> dict[str, Any]:
    return {
        "status": link.status.value,
        "from": _task_side(link.old),
        "to": _task_side(link.new),
        "score": link.score,
        "facets": [facet.value for facet in link.facets],
        "stage": {
            "from": link.old.stage.value if link.old and link.old.stage else None,
            "to": link.new.stage.value if link.new and link.new.stage else None,
        },
        "quantities": {
            "from": [q.text for q in link.old.quantities] if link.old else [],
            "to": [q.text for q in link.new.quantities] if link.new else [],
        },
    }


def _task_side(side: TaskSide | None) -> dict[str, Any] | None:
    if side is None:
        return None
    return {"ref": side.ref, "text": side.text}


def _commitment_link(link: CommitmentLink) -> dict[str, Any]:
    return {
        "status": link.status.value,
        "from": _commitment(link.old),
        "to": _commitment(link.new),
        "facets": [facet.value for facet in link.facets],
        "matched_by": link.matched_by.value if link.matched_by is not None else None,
        "score": link.score,
    }


def _commitment(commitment: Commitment | None) -> dict[str, Any] | None:
    if commitment is None:
        return None
    return {
        "object": commitment.object,
        "text": commitment.text,
        "task": commitment.task,
        "stage": commitment.stage.value if commitment.stage is not None else None,
        "quantities": [quantity_to_dict(q) for q in commitment.quantities],
        "deadline": commitment.deadline,
        "lead": list(commitment.lead),
        "support": list(commitment.support),
        "ref": commitment.ref,
        "start": commitment.start,
        "end": commitment.end,
    }
