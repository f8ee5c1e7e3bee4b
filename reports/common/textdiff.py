"""Changes for people to read: a number is changed whole (完成10台 → 完成20台 marks 10 and 20, never
the digit 1), and a change is laid out inline (one redline of a task) or side by side (the old
column keeps what was deleted, the new column what was inserted; a joined diff of several items is
cut back into one block per item).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from qdiff.align.classify import text_diff
from qdiff.output.redline import tokens as cut_tokens

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


# Tokens are diffed as characters of Unicode's supplementary private-use plane, which no notice
# uses (a text that does is diffed character by character instead).
_CODES = range(0xF0000, 0xFFFFE)


def display_diff(old: str, new: str) -> tuple[Op, ...]:
    """The changes from `old` to `new` as a reader should see them: numbers and Latin words as
    whole tokens, as the terminal marks them (qdiff/output/redline.py)."""
    tokens: dict[str, str] = {}

    def encode(text: str) -> str | None:
        out = []
        for token in cut_tokens(text):
            code = tokens.get(token)
            if code is None:
                if len(tokens) >= len(_CODES):
                    return None
                code = tokens[token] = chr(_CODES[len(tokens)])
            out.append(code)
        return "".join(out)

    if any(ord(char) in _CODES for char in old + new):
        return text_diff(old, new)
    old_codes, new_codes = encode(old), encode(new)
    if old_codes is None or new_codes is None:
        return text_diff(old, new)
    decoded = {code: token for token, code in tokens.items()}
    return tuple(
        (op, "".join(decoded[code] for code in text))
        for op, text in text_diff(old_codes, new_codes)
    )


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
