"""Following tasks and items over many quarters. Public API: `build_lineage`, `edges_of`."""

from qdiff.lineage.build import (
    Edge,
    build_lineage,
    current_finding,
    edges_of,
    findings_by_thread,
    kind_of_ref,
    needed_pairs,
    quarters_only,
    thread_of,
)
from qdiff.lineage.model import FINDINGS, Finding, Lineage, Occurrence, Signals, Thread

__all__ = [
    "FINDINGS",
    "Edge",
    "Finding",
    "Lineage",
    "Occurrence",
    "Signals",
    "Thread",
    "build_lineage",
    "current_finding",
    "edges_of",
    "findings_by_thread",
    "kind_of_ref",
    "needed_pairs",
    "quarters_only",
    "thread_of",
]
