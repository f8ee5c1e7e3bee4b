"""Aligning two notices and naming what changed. Public API: `compare`, `Settings`."""

from qdiff.align.engine import compare
from qdiff.align.model import Comparison, Facet, ItemLink, Status, TaskLink, TaskSide
from qdiff.align.settings import ALIGNER_REVISION, DEFAULT_SETTINGS, Settings

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
