"""Naming what changed: the status of a matched pair and its facets (stage, targets, units...)."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from diff_match_patch import diff_match_patch  # type: ignore[import-untyped]

from qdiff.align.features import TermWeights, shared_evidence
from qdiff.align.model import Facet, ItemLink, Status, TaskLink, TaskSide
from qdiff.align.promises import repeats_a_completion
from qdiff.align.settings import Settings
from qdiff.normalize import compact
from qdiff.notice import Item, Quantity, Task

_DMP = diff_match_patch()


def nearly_same(old: str, new: str, threshold: float) -> bool:
    """Whether the normalised texts (width, spacing and line ends never count) share at least
    `threshold` of their characters (difflib's ratio); the cheap upper bounds decide first."""
    a, b = compact(old), compact(new)
    if a == b:
        return True
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return (
        matcher.real_quick_ratio() >= threshold
        and matcher.quick_ratio() >= threshold
        and matcher.ratio() >= threshold
    )


# A number with its decimals and separators (and a percent sign), a Latin word, a run of
# spaces, or any one other character: the tokens a change is marked in, so that 10台 → 20台
# marks 10 and 20, never the digit 1 (the JSON's diff, the HTML reports and the terminal alike).
_TOKEN = re.compile(r"[0-9]+(?:[.,．][0-9]+)*%?|[A-Za-z]+|\s+|.", re.DOTALL)
# Tokens are diffed as characters of Unicode's supplementary private-use plane, which no notice
# uses (a text that does is diffed character by character instead).
_CODES = range(0xF0000, 0xFFFFE)


def diff_tokens(text: str) -> list[str]:
    """`text` cut into the tokens a change is marked in (they join back into `text`)."""
    return _TOKEN.findall(text)


def text_diff(old: str, new: str) -> tuple[tuple[int, str], ...]:
    """The changes from `old` to `new` in whole tokens (`diff_tokens`), cleaned up to whole
    phrases for people to read.

    The matching blocks come from difflib (about 0.2 ms for a 170-character item, where
    diff-match-patch's bisection takes about 12 ms on Chinese text that was rewritten); the
    result is then cleaned up with diff-match-patch's semantic cleanup, as its own diffs are.
    """
    codes: dict[str, str] = {}

    def encode(text: str) -> str | None:
        out = []
        for token in diff_tokens(text):
            code = codes.get(token)
            if code is None:
                if len(codes) >= len(_CODES):
                    return None
                code = codes[token] = chr(_CODES[len(codes)])
            out.append(code)
        return "".join(out)

    old_codes = None if any(ord(c) in _CODES for c in old + new) else encode(old)
    new_codes = encode(new) if old_codes is not None else None
    if old_codes is None or new_codes is None:
        return _char_diff(old, new)
    decoded = {code: token for token, code in codes.items()}
    return tuple(
        (op, "".join(decoded[code] for code in text))
        for op, text in _char_diff(old_codes, new_codes)
    )


def _char_diff(old: str, new: str) -> tuple[tuple[int, str], ...]:
    diffs: list[tuple[int, str]] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if tag == "equal":
            diffs.append((_DMP.DIFF_EQUAL, old[a_start:a_end]))
            continue
        if a_end > a_start:
            diffs.append((_DMP.DIFF_DELETE, old[a_start:a_end]))
        if b_end > b_start:
            diffs.append((_DMP.DIFF_INSERT, new[b_start:b_end]))
    _DMP.diff_cleanupSemantic(diffs)
    return tuple((int(op), text) for op, text in diffs)


def target_changed(old: tuple[Quantity, ...], new: tuple[Quantity, ...]) -> bool:
    """A number counted in the same unit on both sides, but a different number: 10台 → 20台.

    A sentence that gains or loses a number in another unit changed its wording, not its target.
    """
    units = {q.unit for q in old} & {q.unit for q in new}
    return any(
        sorted(q.value for q in old if q.unit == unit)
        != sorted(q.value for q in new if q.unit == unit)
        for unit in units
    )


def _quantities(quantities: tuple[Quantity, ...]) -> Counter[tuple[float, str]]:
    return Counter((q.value, q.unit) for q in quantities)


def classify_task_pair(
    old: Task,
    new: Task,
    score: float,
    settings: Settings,
    *,
    moved: bool,
    chronology: int,
    years: tuple[int, int] | None,
) -> TaskLink:
    """Status and facets of a matched task pair. `chronology` is 1 when `old` is the earlier
    quarter, -1 when `new` is (the alignment may run in either orientation), 0 when the two
    share a period or one is unknown: then no deadline has passed and nothing can slip.
    `years` are the years of the earlier and the later quarter (None when `chronology` is 0)."""
    facets: list[Facet] = []
    if moved:
        facets.append(Facet.MOVED)
    same_quantities = _quantities(old.quantities) == _quantities(new.quantities)
    if old.stage is not None and new.stage is not None and old.stage != new.stage:
        facets.append(Facet.STAGE_CHANGED)  # a sentence without a ladder verb claims no stage
    if target_changed(old.quantities, new.quantities):
        facets.append(Facet.QUANTITY_CHANGED)
    earlier, later = (old, new) if chronology > 0 else (new, old)
    if (
        chronology
        and years is not None
        and repeats_a_completion(earlier.text, later.text, settings.slipped_similarity, years)
    ):
        # A later quarter promises the same completion again: the deadline passed without it.
        facets.append(Facet.SLIPPED)
    unchanged = (
        same_quantities
        and old.stage == new.stage
        and nearly_same(old.text, new.text, settings.carried_over_similarity)
    )
    return TaskLink(
        status=Status.CARRIED_OVER if unchanged else Status.REWORDED,
        old=TaskSide(old.ref, old.text, old.stage, old.quantities),
        new=TaskSide(new.ref, new.text, new.stage, new.quantities),
        score=round(score, 4),
        facets=tuple(facets),
    )


def classify_item_group(
    old: list[Item],
    new: list[Item],
    *,
    score: float,
    moved: bool,
    task_links: list[TaskLink],
    weights: TermWeights,
    settings: Settings,
    details: bool = True,
) -> ItemLink:
    old_text = "\n".join(item.text for item in old)
    new_text = "\n".join(item.text for item in new)
    facets: list[Facet] = []
    if moved:
        facets.append(Facet.MOVED)
    if [compact(i.heading) for i in old] != [compact(i.heading) for i in new]:
        facets.append(Facet.HEADING_CHANGED)
    for facet in (Facet.STAGE_CHANGED, Facet.QUANTITY_CHANGED, Facet.SLIPPED):
        if any(facet in link.facets for link in task_links):
            facets.append(facet)
    old_lead = {unit for item in old for unit in item.lead}
    new_lead = {unit for item in new for unit in item.lead}
    if old_lead != new_lead:
        facets.append(Facet.LEAD_UNIT_CHANGED)
    old_units = old_lead | {unit for item in old for unit in item.support}
    new_units = new_lead | {unit for item in new for unit in item.support}
    if old_units != new_units:
        facets.append(Facet.UNITS_CHANGED)
    if len(old) > 1 and len(new) == 1:
        status = Status.MERGED
    elif len(new) > 1:
        status = Status.SPLIT
    else:
        same_numbers = _quantities(_all_quantities(old)) == _quantities(_all_quantities(new))
        same_stages = [t.stage for i in old for t in i.tasks] == [
            t.stage for i in new for t in i.tasks
        ]
        unchanged = (
            same_numbers
            and same_stages
            and old_lead == new_lead
            and nearly_same(old_text, new_text, settings.carried_over_similarity)
        )
        status = Status.CARRIED_OVER if unchanged else Status.REWORDED
    return ItemLink(
        status=status,
        old=tuple(item.ref for item in old),
        new=tuple(item.ref for item in new),
        score=round(score, 4),
        facets=tuple(facets),
        evidence=shared_evidence(old_text, new_text, weights) if details else (),
        diff=text_diff(old_text, new_text) if details else None,
    )


def _all_quantities(items: list[Item]) -> tuple[Quantity, ...]:
    return tuple(q for item in items for task in item.tasks for q in task.quantities)
