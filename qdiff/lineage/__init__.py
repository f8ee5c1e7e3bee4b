"""Following tasks and items over many quarters. Public API: `build_lineage`, `edges_of`."""

from qdiff.lineage.build import (
    best_match,
    build_lineage,
    current_finding,
    edges_of,
    findings_by_thread,
    needed_pairs,
    quarters_only,
    thread_of,
)
from qdiff.lineage.model import (
    AUDITED_SIGNALS,
    FINDINGS,
    Edge,
    Finding,
    FindingKind,
    Lineage,
    Occurrence,
    Signal,
    Signals,
    Thread,
)

__all__ = [
    "AUDITED_SIGNALS",
    "FINDINGS",
    "Edge",
    "Finding",
    "FindingKind",
    "Lineage",
    "Occurrence",
    "Signal",
    "Signals",
    "Thread",
    "best_match",
    "build_lineage",
    "current_finding",
    "edges_of",
    "findings_by_thread",
    "needed_pairs",
    "quarters_only",
    "thread_of",
]
