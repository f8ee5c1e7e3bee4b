"""Every kind of ref in one place: what users write to name a notice (`2021Q1`, `2021Q1@2`), an
occurrence in one (`2021Q1:4.1.6`, `2021Q1:4.1`), and the refs inside a notice ("4.1.6" a task,
"4.1" an item), with how they sort and what they name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from qdiff.errors import UsageError
from qdiff.periods import PERIOD_LIKE, Period

# The period part takes anything written like a period (2021Q5, 2021年第一季度 too): Period.parse
# then reads it, or says in its one message why it is none.
_OCCURRENCE_REF = re.compile(rf"^\s*({PERIOD_LIKE})\s*[:：]\s*(\d+\.\d+(?:\.\d+(?:/\d+)?)?)\s*$")
_VERSION_REF = re.compile(rf"^\s*({PERIOD_LIKE})\s*(?:[@＠]\s*(\d+))?\s*$")


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


class RefKind(StrEnum):
    """What a ref inside a notice names, and so what a thread follows (JSON: "task", "item",
    "object")."""

    TASK = "task"
    ITEM = "item"
    OBJECT = "object"  # a commitment's named object: "4.1.6/2", the task's second commitment


@lru_cache(maxsize=16384)
def ref_key(ref: str) -> tuple[int, ...]:
    """A ref ("4.1.6", "4.1", "4.1.6/2") as numbers, so that 4.10 sorts after 4.9. Cached:
    threads sort every occurrence of every quarter by it, and refs repeat from quarter to
    quarter."""
    return tuple(int(part) for part in re.split(r"[./]", ref) if part.isdigit())


def item_ref_of_task(task_ref: str) -> str:
    """The ref of the item a task belongs to: "4.1.6" -> "4.1"."""
    return task_ref.rsplit(".", 1)[0]


def kind_of_ref(ref: str) -> RefKind | None:
    """What a ref inside a notice names: "4.1.6" a task, "4.1" an item, "4.1.6/2" a named object
    (a commitment of a task), anything else nothing."""
    task, slash, number = ref.partition("/")
    if slash:
        return RefKind.OBJECT if number.isdigit() and kind_of_ref(task) is RefKind.TASK else None
    parts = ref.split(".")
    if not all(part.isdigit() for part in parts):
        return None
    return {3: RefKind.TASK, 2: RefKind.ITEM}.get(len(parts))


@dataclass(frozen=True)
class OccurrenceRef:
    """A task, an item or a named object of an archived quarter: `2021Q1:4.1.6`, `2021Q1:4.1`,
    `2021Q1:4.1.6/2` (the task's second commitment)."""

    period: Period
    ref: str

    @property
    def kind(self) -> RefKind:
        return kind_of_ref(self.ref) or RefKind.TASK


def parse_occurrence_ref(text: str) -> OccurrenceRef | None:
    """`2021Q1:4.1.6`, `2021Q1:4.1` or `2021Q1:4.1.6/2`; None when the text is not written that
    way."""
    match = _OCCURRENCE_REF.match(text)
    if match is None:
        return None
    return OccurrenceRef(Period.parse(match.group(1)), match.group(2))


_OBJECT_REF = re.compile(rf"^\s*({PERIOD_LIKE})\s*[:：]\s*(\S.*?)\s*$")


def parse_object_ref(text: str) -> tuple[Period, str] | None:
    """`2021Q2:昆明变电站`: a named object as an archived quarter names it; None when the text
    is not written that way (or names a task or item ref instead)."""
    if parse_occurrence_ref(text) is not None:
        return None
    match = _OBJECT_REF.match(text)
    if match is None:
        return None
    return Period.parse(match.group(1)), match.group(2)
