"""Where a notice being compared came from: the archive (series, period, version) or a file."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Side:
    """Where one side of a comparison came from: the archive or a file."""

    series: str | None
    period: str | None
    version: int | None
    file: str | None
    sha256: str | None = None
