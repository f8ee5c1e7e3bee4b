"""The commitment stage a task claims, from the verbs of the ladder in DOMAIN.md.

The earliest ladder verb in the sentence decides, because the verb that opens a commitment says how
far along it claims to be; a few compound forms override the single verbs they contain.
"""

from __future__ import annotations

import re

from qdiff.notice import Stage

# Compound forms first: they are checked at every position before the plain verbs.
_COMPOUNDS: tuple[tuple[re.Pattern[str], Stage], ...] = (
    # "制定完成", "编制完成", "基本完成", "基本建成": a verb finished is a completion.
    (re.compile(r"(?:制定|编制|建设|基本|全面|全部)(?:完成|建成)"), Stage.COMPLETE),
    # "启动第四届进博会的前期准备工作": starting the groundwork is still study.
    (re.compile(r"启动[^,;。]{0,24}?前期"), Stage.STUDY),
    # "召开示范启动大会": the launch meeting is the start.
    (re.compile(r"召开[^,;。]{0,24}?启动(?:大)?会"), Stage.START),
)

_VERBS: dict[str, Stage] = {
    # study / prepare
    "研究": Stage.STUDY,
    "谋划": Stage.STUDY,
    "筹备": Stage.STUDY,
    "编制": Stage.STUDY,
    "制定": Stage.STUDY,
    "征询": Stage.STUDY,
    # start
    "启动": Stage.START,
    "开工": Stage.START,
    "试点": Stage.START,
    "试运行": Stage.START,
    "试运营": Stage.START,
    # advance
    "推进": Stage.ADVANCE,
    "推动": Stage.ADVANCE,
    "加快": Stage.ADVANCE,
    "深化": Stage.ADVANCE,
    "持续": Stage.ADVANCE,
    "继续": Stage.ADVANCE,
    "加强": Stage.ADVANCE,
    "做好": Stage.ADVANCE,
    "开展": Stage.ADVANCE,
    "落实": Stage.ADVANCE,
    # complete
    "完成": Stage.COMPLETE,
    "建成": Stage.COMPLETE,
    "竣工": Stage.COMPLETE,
    "出台": Stage.COMPLETE,
    "发布": Stage.COMPLETE,
    "揭牌": Stage.COMPLETE,
    "签约": Stage.COMPLETE,
    "投用": Stage.COMPLETE,
    "实现": Stage.COMPLETE,
}
COMPLETION_VERBS = tuple(verb for verb, stage in _VERBS.items() if stage is Stage.COMPLETE)
_VERB_PATTERN = re.compile("|".join(sorted(map(re.escape, _VERBS), key=len, reverse=True)))


def stage_of(folded_sentence: str) -> Stage | None:
    """The stage of the earliest ladder verb in the sentence, or None if it has none."""
    best: tuple[int, Stage] | None = None
    for pattern, stage in _COMPOUNDS:
        match = pattern.search(folded_sentence)
        if match is not None and (best is None or match.start() < best[0]):
            best = (match.start(), stage)
    verb = _VERB_PATTERN.search(folded_sentence)
    if verb is not None and (best is None or verb.start() < best[0]):
        best = (verb.start(), _VERBS[verb.group()])
    return None if best is None else best[1]
