"""Which completions a sentence promises, and whether a later sentence promises one again.

A task's stage is its first ladder verb, but a sentence often promises a completion in a later
clause ("推进区区对接…,完成赤峰路景观改善"). A promise slipped when a later quarter promises the
same completion again: a completion clause on each side about nearly the same object, for the
same year and the same target. Not slipped, because the promise moved on:
- another year's edition of a recurring task (2021年度 → 2022年度) or a new target (10台 → 20台);
- a narrower list (控江医院、中医医院、精卫中心 → 精卫中心: the others were done);
- "基本完成" (substantially complete) followed by plain completion;
- another milestone, named by another verb (竣工 → 投用: built, then in use);
- a completion the new sentence presupposes ("竣工后启动开办": after completion, open).
Deadlines (9月底前, 一季度, 年内) and quoted slogans (“…竣工项目抓投产”) promise nothing.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from qdiff.normalize import compact, fold
from qdiff.parsing.quantities import find_quantities
from qdiff.parsing.stages import COMPLETION_VERBS, verbs_pattern

_CLAUSE = re.compile(r"[^,;。!?]+")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_COMPLETION = re.compile(rf"(基本)?(?:{verbs_pattern(COMPLETION_VERBS)})(?!后)")
_DEADLINE = re.compile(
    r"(?:\d{1,2}月(?:底|末|中旬|上旬|下旬)?|[一二三四1-4]季度(?:末|内)?|年内|年底|年末|上半年|下半年)前?"
)
_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")


class Claim:
    """One clause promising a completion: its object (verbs and deadlines removed), year,
    targets and list members."""

    def __init__(self, clause: str) -> None:
        found = list(_COMPLETION.finditer(clause))
        self.substantially = any(m.group(1) for m in found)
        self.verbs = {m.group(0).removeprefix("基本") for m in found}
        self.years = _YEAR.findall(clause)
        self.targets = sorted((q.value, q.unit) for q in find_quantities(clause, fold(clause)))
        self.object = _COMPLETION.sub("", _DEADLINE.sub("", clause))
        self.members = [m for m in self.object.split("、") if len(m) >= 2]


def completion_claims(text: str) -> list[Claim]:
    """The clauses of a sentence that promise a completion."""
    plain = _QUOTED.sub("", compact(text))
    return [Claim(clause) for clause in _CLAUSE.findall(plain) if _COMPLETION.search(clause)]


def repeats_a_completion(old_text: str, new_text: str, similarity: float) -> bool:
    """Whether the new sentence promises again a completion the old one promised."""
    for old in completion_claims(old_text):
        for new in completion_claims(new_text):
            if old.years != new.years or old.targets != new.targets:
                continue  # another year's edition, or a new target
            if old.substantially and not new.substantially:
                continue  # "基本完成" then done: progress
            if not old.verbs & new.verbs:
                continue  # another milestone
            if len(old.members) > 1 and any(m not in new.object for m in old.members):
                continue  # the list narrowed: some of it was done
            if SequenceMatcher(None, old.object, new.object, autojunk=False).ratio() >= similarity:
                return True
    return False
