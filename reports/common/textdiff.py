"""Changes laid out for people to read, from the engine's whole-token diff
(`qdiff.align.classify.text_diff`: 完成10台 → 完成20台 marks 10 and 20, never the digit 1): inline
(one redline of a task) or side by side (the old column keeps what was deleted, the new column
what was inserted; a joined diff of several items is cut back into one block per item).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from qdiff.align.classify import text_diff

Mark = Literal["same", "del", "ins"]
Op = tuple[int, str]  # diff-match-patch: -1 deleted, 0 equal, 1 inserted


@dataclass(frozen=True)
class Segment:
    mark: Mark
    text: str


Run = tuple[Segment, ...]  # one block of text with its marks


@dataclass(frozen=True)
class Redline:
    """A table cell that shows a wording with its changes marked."""

    run: Run


def side_by_side(
    ops: Sequence[Op], old_blocks: Sequence[str], new_blocks: Sequence[str]
) -> tuple[list[Run], list[Run]]:
    """The marked runs of each old and each new block.

    `ops` is a diff of the blocks joined with a newline (as the alignment computes an item
    group's diff). When the ops do not rebuild those texts exactly, for instance because the
    alignment changed what it diffs, the diff is recomputed here so the report never shows
    text that is not the notice's.
    """
    old_text, new_text = "\n".join(old_blocks), "\n".join(new_blocks)
    if _side_text(ops, 1) != old_text or _side_text(ops, -1) != new_text:
        ops = text_diff(old_text, new_text)
    old_runs = _cut(_side_runs(ops, skip=1, mark="del"), [len(b) for b in old_blocks])
    new_runs = _cut(_side_runs(ops, skip=-1, mark="ins"), [len(b) for b in new_blocks])
    return old_runs, new_runs


def inline(ops: Sequence[Op]) -> Run:
    """One redline: what stayed, what was deleted and what was inserted, in reading order."""
    marks: dict[int, Mark] = {0: "same", -1: "del", 1: "ins"}
    return tuple(Segment(marks[op], text) for op, text in ops if text)


def plain(text: str) -> Run:
    return (Segment("same", text),) if text else ()


def _side_text(ops: Sequence[Op], skip: int) -> str:
    return "".join(text for op, text in ops if op != skip)


def _side_runs(ops: Sequence[Op], *, skip: int, mark: Mark) -> list[Segment]:
    return [Segment("same" if op == 0 else mark, text) for op, text in ops if op != skip and text]


def _cut(segments: list[Segment], lengths: list[int]) -> list[Run]:
    """Cut one side's segments into blocks of the given lengths, dropping the newline that
    joined each block to the next."""
    runs: list[Run] = []
    queue = list(segments)
    for number, length in enumerate(lengths):
        taken: list[Segment] = []
        need = length
        while need > 0 and queue:
            head = queue.pop(0)
            if len(head.text) <= need:
                taken.append(head)
                need -= len(head.text)
            else:
                taken.append(Segment(head.mark, head.text[:need]))
                queue.insert(0, Segment(head.mark, head.text[need:]))
                need = 0
        runs.append(tuple(taken))
        if number < len(lengths) - 1:
            _drop_separator(queue)
    return runs


def _drop_separator(queue: list[Segment]) -> None:
    if queue:
        head = queue.pop(0)
        if len(head.text) > 1:
            queue.insert(0, Segment(head.mark, head.text[1:]))
