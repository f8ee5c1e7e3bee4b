"""Where a notice being compared came from: the archive (series, period, version) or a file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qdiff.notice import Notice


@dataclass(frozen=True)
class Side:
    """Where one side of a comparison came from: the archive or a file."""

    series: str | None
    period: str | None
    version: int | None
    file: str | None
    sha256: str | None = None


@dataclass(frozen=True)
class SideNotice:
    """A notice, and where it came from: a side of a comparison, a plan, or a document that
    reports on one."""

    notice: Notice
    side: Side
