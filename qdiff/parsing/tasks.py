"""An item's content split into its heading and its tasks (one sentence, one commitment)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qdiff.lexicon.quantities import find_quantities
from qdiff.lexicon.stages import stage_of
from qdiff.notice import Task

_SENTENCE_END = frozenset("。!?;")
_OPENERS = {"“": "”", "《": "》", "(": ")", "[": "]", '"': '"', "‘": "’"}


@dataclass(frozen=True, slots=True)
class Piece:
    start: int  # offsets into the notice text
    end: int


def _is_decimal_point(folded: str, index: int) -> bool:
    """`3。5亿元`: a 。 between digits is a decimal point the website turned into 。."""
    return (
        folded[index] == "。"
        and 0 < index < len(folded) - 1
        and folded[index - 1].isdigit()
        and folded[index + 1].isdigit()
    )


_SIGNIFICANT = re.compile(r'[。!?;“”《》()\[\]"‘’]')


def split_sentences(folded: str, start: int, end: int) -> list[Piece]:
    """Sentences in folded[start:end], cut after 。!?; outside quotes, 《titles》 and brackets."""
    pieces: list[Piece] = []
    expecting: list[str] = []
    sentence_start = start
    # Only punctuation can open, close or end anything: skip straight from one mark to the next.
    for match in _SIGNIFICANT.finditer(folded, start, end):
        index = match.start()
        char = match.group()
        if expecting and char == expecting[-1]:
            expecting.pop()
        elif char in _OPENERS:
            expecting.append(_OPENERS[char])
        elif char in _SENTENCE_END and not expecting and not _is_decimal_point(folded, index):
            pieces.append(Piece(sentence_start, index + 1))
            sentence_start = index + 1
        if len(expecting) > 8:  # an unbalanced quote must not swallow the rest of the item
            expecting.clear()
    if folded[sentence_start:end].strip():
        pieces.append(Piece(sentence_start, end))
    return [
        _strip(folded, piece) for piece in pieces if folded[piece.start : piece.end].strip(" \r\n")
    ]


def _strip(folded: str, piece: Piece) -> Piece:
    start, end = piece.start, piece.end
    while start < end and folded[start] in " \r\n":
        start += 1
    while end > start and folded[end - 1] in " \r\n":
        end -= 1
    return Piece(start, end)


def heading_end(folded: str, start: int, end: int) -> int | None:
    """Offset of the 。 that closes the item's heading, if the content has one."""
    for index in range(start, end):
        if folded[index] == "。" and not _is_decimal_point(folded, index):
            return index
    return None


def make_tasks(
    text: str, folded: str, content: Piece, item_ref: str
) -> tuple[str, tuple[Task, ...]]:
    """The item's heading and its tasks; an item that is only a heading is its own one task."""
    cut = heading_end(folded, content.start, content.end)
    if cut is None:
        heading_piece = _strip(folded, content)
        body = Piece(content.end, content.end)
    else:
        heading_piece = _strip(folded, Piece(content.start, cut))
        body = Piece(cut + 1, content.end)
    heading = text[heading_piece.start : heading_piece.end]
    sentences = split_sentences(folded, body.start, body.end)
    if not sentences and heading_piece.end > heading_piece.start:
        whole = _strip(
            folded, Piece(heading_piece.start, cut + 1 if cut is not None else heading_piece.end)
        )
        sentences = [whole]
    tasks = tuple(
        make_task(text, folded, piece, f"{item_ref}.{number}")
        for number, piece in enumerate(sentences, start=1)
    )
    return heading, tasks


def make_task(text: str, folded: str, piece: Piece, ref: str) -> Task:
    """One sentence as a task: its stage and quantities read from its own words."""
    return Task(
        ref=ref,
        text=text[piece.start : piece.end],
        stage=stage_of(folded[piece.start : piece.end]),
        quantities=find_quantities(text[piece.start : piece.end], folded[piece.start : piece.end]),
        start=piece.start,
        end=piece.end,
    )
