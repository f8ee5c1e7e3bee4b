"""Aligning two notices and naming what changed. Public API: `compare`, `Settings`.

The vocabulary (`Status`, `Facet`) and the settings load without the engine; `compare` loads it
on first use, so that a module that only names a status does not pay for the matching.
"""

from typing import TYPE_CHECKING, Any

from qdiff.align.model import Comparison, Facet, ItemLink, Status, TaskLink, TaskSide
from qdiff.align.settings import ALIGNER_REVISION, DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:
    from qdiff.align.engine import compare


def __getattr__(name: str) -> Any:
    if name == "compare":
        from qdiff.align.engine import compare

        globals()["compare"] = compare  # found directly from now on
        return compare
    raise AttributeError(f"module 'qdiff.align' has no attribute '{name}'")


__all__ = [
    "ALIGNER_REVISION",
    "DEFAULT_SETTINGS",
    "Comparison",
    "Facet",
    "ItemLink",
    "Settings",
    "Status",
    "TaskLink",
    "TaskSide",
    "compare",
]
