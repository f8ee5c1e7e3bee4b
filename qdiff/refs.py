"""Names users give for what to show or compare: `2021Q1`, `2021Q1@2`, or a file path."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qdiff.errors import UsageError
from qdiff.periods import Period

_VERSION_REF = re.compile(r"^\s*(\d{4}(?:[QqHh][1-4])?)\s*(?:@\s*(\d+))?\s*$")


@dataclass(frozen=True)
class VersionRef:
    period: Period
    number: int | None  # None: the latest version

    def __str__(self) -> str:
        return str(self.period) if self.number is None else f"{self.period}@{self.number}"


def is_version_ref(text: str) -> bool:
    return _VERSION_REF.match(text) is not None


def parse_version_ref(text: str) -> VersionRef:
    """`2021Q1` (latest version) or `2021Q1@2` (version 2)."""
    match = _VERSION_REF.match(text)
    if match is None:
        raise UsageError(
            f"'{text}' names no archived notice; write a period like 2021Q1, or 2021Q1@2 for "
            "its second version"
        )
    number = int(match.group(2)) if match.group(2) else None
    if number == 0:
        raise UsageError(f"'{text}': versions are numbered from 1")
    return VersionRef(Period.parse(match.group(1)), number)
