"""Stable anchors: every item and task of both notices can be linked to from an email or a
minute, and the same refs give the same anchor in every report (id="item-new-2-3")."""

from __future__ import annotations

from typing import Literal

Side = Literal["old", "new"]


def item_anchor(side: Side, ref: str) -> str:
    return f"item-{side}-{ref.replace('.', '-')}"


def task_anchor(side: Side, ref: str) -> str:
    return f"task-{side}-{ref.replace('.', '-')}"


def moved_item_anchor(old_ref: str) -> str:
    """The note left at an item's old place when it moved to another section."""
    return f"moved-{item_anchor('old', old_ref)}"


def section_anchor(key: str) -> str:
    """`key` is "new-2" for a section of the newer notice, "old-3" for one only the older has."""
    return f"section-{key}"


def thread_anchor(key: str) -> str:
    """A thread of the multi-quarter report: "2021Q1:4.1.6" -> "thread-2021Q1-4-1-6" (a task
    thread's ref has three parts, an item thread's two, so the two kinds never share one)."""
    return "thread-" + key.replace(":", "-").replace(".", "-")
