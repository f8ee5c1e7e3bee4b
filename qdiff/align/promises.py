"""Which completions a sentence promises, and whether a later sentence promises one again.

A task's stage is its first ladder verb, but a sentence often promises a completion in a later
clause ("推进区区对接…,完成赤峰路景观改善"). A promise slipped when a later quarter promises the
same completion again: a completion clause on each side about nearly the same object, for the
same year and the same target. Not slipped, because the promise moved on:
- another year's edition of a recurring task (2021年度 → 2022年度) or a new target (10台 → 20台);
- a narrower list (控江医院、中医医院、精卫中心 → 精卫中心: the others were done);
- "基本完成" (substantially complete) followed by plain completion;
- another milestone, named by another verb (竣工 → 投用: built, then in use);
- a completion the new sentence presupposes ("竣工后启动开办": after completion, open);
- a promise for the whole year ("2024年建成示范站6个", "年底前完成…") repeated while that year
  runs: its deadline has not passed yet.
Nor is it the same promise when a figure in a unit qdiff does not know changed (12万标箱 →
25万标箱), or when the object names another place or thing (鹭洲社区… → 梅川社区…).
Deadlines (9月底前, 一季度, 年内, 春节前) and quoted slogans (“…竣工项目抓投产”) promise nothing.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from qdiff.lexicon.deadlines import DEADLINE, YEAR, YEAR_DEADLINE
from qdiff.lexicon.quantities import find_quantities
from qdiff.lexicon.stages import COMPLETION_VERBS, verbs_pattern
from qdiff.normalize import compact, fold

_CLAUSE = re.compile(r"[^,;。!?]+")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_COMPLETION = re.compile(rf"(基本)?(?:{verbs_pattern(COMPLETION_VERBS)})(?!后)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


class Claim:
    """One clause promising a completion: its object (verbs and deadlines removed), year,
    targets, the numbers it names and its list members."""

    def __init__(self, clause: str) -> None:
        found = list(_COMPLETION.finditer(clause))
        self.substantially = any(m.group(1) for m in found)
        self.verbs = {m.group(0).removeprefix("基本") for m in found}
        self.years = YEAR.findall(clause)
        quantities = find_quantities(clause, fold(clause))
        self.targets = sorted((q.value, q.unit) for q in quantities)
        self.object = _COMPLETION.sub("", DEADLINE.sub("", clause))
        # Numbers outside the quantities qdiff knows (12万标箱): a changed one is a new target.
        loose = YEAR.sub("", self.object)
        for quantity in quantities:
            loose = loose.replace(quantity.text, "")
        self.numbers = sorted(_NUMBER.findall(loose))
        self.members = [m for m in self.object.split("、") if len(m) >= 2]
        # Due by the end of a named year (2024年建成), or of the notice's own year (年底前).
        deadline = YEAR_DEADLINE.search(clause)
        year = deadline and (deadline.group("year") or deadline.group("year_end"))
        self.due_by_year_end: int | None = int(year) if year else None
        self.due_this_year = deadline is not None and deadline.group("this_year") is not None

    def still_due_in(self, earlier_year: int, later_year: int) -> bool:
        """Whether the promise's deadline is the end of a year the later notice still falls in."""
        if self.due_this_year:
            return later_year == earlier_year
        return self.due_by_year_end is not None and later_year <= self.due_by_year_end

    def keeps(self, member: str, new: Claim, similarity: float) -> bool:
        """Whether the new claim still names this member of the old one's list, reworded or not
        (2条断头路打通 and 两条断头路贯通 are one road job)."""
        if member in new.object:
            return True
        return any(
            SequenceMatcher(None, member, other, autojunk=False).ratio() >= similarity
            for other in new.members
        )


@lru_cache(maxsize=16384)
def completion_claims(text: str) -> tuple[Claim, ...]:
    """The clauses of a sentence that promise a completion. Cached: following a series compares
    each notice's tasks with up to four other notices' (40 quarters word about 5,700 tasks: a
    smaller cache read half of them twice); callers never change a Claim."""
    plain = _QUOTED.sub("", compact(text))
    return tuple(Claim(c) for c in _CLAUSE.findall(plain) if _COMPLETION.search(c))


def repeats_a_completion(
    old_text: str,
    new_text: str,
    similarity: float,
    years: tuple[int, int],
) -> bool:
    """Whether the new sentence promises again a completion the old one promised, past its
    deadline. `years` are those of the earlier and the later notice."""
    new_claims = completion_claims(new_text)
    for old in completion_claims(old_text):
        if old.still_due_in(*years):
            continue  # a promise for the year, and the year is not over
        for new in new_claims:
            if old.years != new.years or old.targets != new.targets:
                continue  # another year's edition, or a new target
            if old.numbers != new.numbers:
                continue  # a new figure qdiff has no unit for (12万标箱 → 25万标箱)
            if old.substantially and not new.substantially:
                continue  # "基本完成" then done: progress
            if not old.verbs & new.verbs:
                continue  # another milestone
            if (
                len(old.members) > 1
                and not (old.targets and old.targets == new.targets)
                and not all(old.keeps(m, new, similarity) for m in old.members)
            ):
                continue  # the list narrowed: some of it was done (unless its count stayed)
            matcher = SequenceMatcher(None, old.object, new.object, autojunk=False)
            if matcher.ratio() >= similarity and not _renamed(old.object, new.object, matcher):
                return True
    return False


_HAN_RUN = re.compile(r"[\u3400-\u9fff]{2,}")


def _renamed(a: str, b: str, matcher: SequenceMatcher[str]) -> bool:
    """Whether one object puts another name where the other has one (鹭洲社区… → 梅川社区…):
    two or more characters replaced by two or more others, a different thing to complete."""
    return any(
        tag == "replace" and _HAN_RUN.fullmatch(a[i1:i2]) and _HAN_RUN.fullmatch(b[j1:j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    )
