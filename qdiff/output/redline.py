"""A changed sentence with its changes marked in plain text, for a terminal and for a mail:
`完成[-10-]{+20+}台电梯加装` (the marks of `git diff --word-diff=plain` and wdiff), readable
without colour, on paper and by a screen reader.

Numbers and Latin words change as whole tokens: 10台 → 20台 is `[-10-]{+20+}台`, never a
digit struck out of a number that looks unchanged (`[-1-]{+2+}0台`).
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from qdiff.align.classify import diff_tokens

# The tokens a change is marked in are the engine's (qdiff.align.classify.diff_tokens): the
# same on a terminal, in the JSON's diff and in the HTML reports.


DELETED = ("[-", "-]")
INSERTED = ("{+", "+}")


@dataclass(frozen=True)
class Redline:
    text: str  # the newer sentence with what was taken out and put in marked
    kept: float  # the share of the longer sentence that is unchanged, 0..1


def redline(old: str, new: str) -> Redline:
    """The newer sentence with its changes from the older one marked."""
    a, b = diff_tokens(old), diff_tokens(new)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    runs: list[tuple[str, str, str]] = []  # (kind, old text, new text)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        runs.append(("equal" if tag == "equal" else "change", "".join(a[i1:i2]), "".join(b[j1:j2])))
    runs = _absorb_crumbs(runs)
    kept = sum(len(old_text) for kind, old_text, _ in runs if kind == "equal")
    out = []
    for kind, old_text, new_text in runs:
        if kind == "equal":
            out.append(old_text)
            continue
        if old_text:
            out.append(f"{DELETED[0]}{old_text}{DELETED[1]}")
        if new_text:
            out.append(f"{INSERTED[0]}{new_text}{INSERTED[1]}")
    longest = max(len(old), len(new), 1)
    return Redline("".join(out), kept / longest)


def _absorb_crumbs(runs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """One unchanged character between two changes joins them: `[-促进-]{+推动+}` reads better
    than `[-促-]{+推+}进[-…` with a lone 进 kept in the middle."""
    merged: list[tuple[str, str, str]] = []
    for index, run in enumerate(runs):
        kind, old_text, new_text = run
        between = 0 < index < len(runs) - 1 and runs[index + 1][0] == "change"
        if kind == "equal" and between and len(old_text) == 1 and merged:
            run = ("change", old_text, new_text)
        if merged and run[0] == "change" and merged[-1][0] == "change":
            _, old_before, new_before = merged.pop()
            run = ("change", old_before + run[1], new_before + run[2])
        merged.append(run)
    return merged
