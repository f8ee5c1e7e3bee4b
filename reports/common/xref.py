"""Links inside a report, shared by both reports."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Xref:
    """A link inside the report: the anchor and the words that name its target."""

    anchor: str
    label: str
