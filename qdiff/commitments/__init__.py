"""Commitments: one action on one named object, the auditor's unit (DOMAIN.md). Public API:
`commitments_of` (and `task_commitments`, one task's) and the model;
`qdiff.commitments.match.align_commitments` aligns two lists."""

from qdiff.commitments.extract import commitments_of, names_a_measure, task_commitments
from qdiff.commitments.model import (
    Commitment,
    CommitmentFacet,
    CommitmentLink,
    CommitmentStatus,
    MatchedBy,
)

__all__ = [
    "Commitment",
    "CommitmentFacet",
    "CommitmentLink",
    "CommitmentStatus",
    "MatchedBy",
    "commitments_of",
    "names_a_measure",
    "task_commitments",
]
