"""A verdict for each promise of a plan, from the passages of the documents that report on it.

- A named object is looked up by its name (the share of the name's rare bigrams a passage
  holds). Found: the stage the passage claims decides. A completion promised is `done` only
  when the passage claims completion (建成, 竣工, 投用, 举办…), else `in_progress`; a start or an
  advance promised is `done` when the passage reports the object at that stage or beyond,
  or moving at all (加快推进 X is kept when the review says X 开工).
- A numeric target is looked up by what it measures (地方一般公共预算收入) in a sentence that
  reports a figure in the same unit after it: at or over the promise (at or under a ceiling) is
  `done`, else `short`, with both figures.
- Income to grow in step with the economy (居民收入增长与经济增长基本同步) is judged by the
  review's growth of both (in_step.py).
- A pledge of a list (十件民生实事) the review does not report on its own is `done` where the
  review says the whole list was done (十件民生实事全部兑现), with that passage as evidence.
- An object no passage names is judged by the clause that names it reworded inside (its head
  and kind kept, most of it in order between), else by the review sentence most like its name,
  where one is alike enough, else by the clause most like it (similar.py); its evidence is
  marked similar.
- Nothing found is `not_reported`. No verdict but `not_reported` stands without a passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from qdiff.delivery.figures import figure_after, figure_before, meets, reported_figure
from qdiff.delivery.in_step import assess_in_step
from qdiff.delivery.lookup import (
    anchors,
    find_promised,
    object_stage,
    searchable,
    uncounted,
)
from qdiff.delivery.model import Assessment, Evidence, Passage, Promise, Verdict
from qdiff.delivery.passages import PassageIndex
from qdiff.delivery.similar import (
    CLAUSE_FLOOR,
    SIMILAR_FLOOR,
    SentenceIndex,
    most_alike_in_order,
)
from qdiff.lexicon.quantities import find_quantities
from qdiff.lexicon.stages import EVENT_HELD_WELL
from qdiff.normalize import fold
from qdiff.notice import Stage

# Passages kept as evidence, best first.
MAX_EVIDENCE = 3
# The score of a passage reporting a whole list of pledges (it names none of them).
BLANKET_SCORE = 0.5
# A review's word that a whole list of pledges was done: 省市重点民生实事全面完成, 十件民生实事全部
# 兑现; not 基本完成 (some were not), nor a five-year count (累计办成民生实事88件).
_LIST_DONE = re.compile(
    r"[^，,；;。]*实事[^，,；;。]{0,12}?(?:全部|全面|如期|均已|均|圆满|顺利|超额)"
    r"(?:完成|兑现|办成|办结|落实到位)(?!\d)"
)
# In the claim's own clause: not all (基本, 部分, 未), not the year's (累计, 五年), or a promise
# still (将, 确保, 力争, 计划: a plan's or a later notice's words).
_NOT_WHOLE = re.compile(r"基本|累计|五年|部分|未|将|确保|力争|计划|争取")


def assess_delivery(
    promises: Sequence[Promise], clauses: Sequence[Passage], sentences: Sequence[Passage]
) -> tuple[Assessment, ...]:
    """Every promise with its verdict and evidence, in the plan's order. Objects are looked up
    in `clauses`, targets' figures in `sentences` (`passages_of(…, sentences=True)`)."""
    by_clause, by_sentence = PassageIndex(tuple(clauses)), PassageIndex(tuple(sentences))
    lists_done = [
        passage
        for passage in sentences
        if (claim := _LIST_DONE.search(fold(passage.text))) and not _NOT_WHOLE.search(claim.group())
    ]
    alike, alike_clause = SentenceIndex(sentences), SentenceIndex(clauses)
    assessments = []
    for promise in promises:
        assessment = _assess(promise, by_clause, by_sentence)
        if assessment.verdict is Verdict.NOT_REPORTED and promise.pledge_list and lists_done:
            whole = Evidence(lists_done[0], BLANKET_SCORE, blanket=True)
            assessment = Assessment(promise, Verdict.DONE, (whole,))
        # (A short list member is known only beside another: nothing else is like it.)
        if (
            assessment.verdict is Verdict.NOT_REPORTED
            and promise.object
            and not promise.targets
            and not promise.beside
        ):
            assessment = (
                _assess_in_order(promise, by_clause)
                or _assess_alike(promise, alike, SIMILAR_FLOOR)
                or _assess_alike(promise, alike_clause, CLAUSE_FLOOR)
                or assessment
            )
        assessments.append(assessment)
    return tuple(assessments)


def _assess_in_order(promise: Promise, clauses: PassageIndex) -> Assessment | None:
    """The verdict of the clause naming the object reworded inside (similar.py,
    most_alike_in_order), by the stage it claims; None when no clause does."""
    assert promise.object is not None
    found = most_alike_in_order(searchable(uncounted(promise)), clauses)
    if found is None:
        return None
    share, clause = found
    verdict = _stage_verdict(
        _promised_stage(promise), object_stage(promise.object, clause, promised=promise.text)
    )
    return Assessment(promise, verdict, (Evidence(clause, share, similar=True),))


def _assess_alike(promise: Promise, alike: SentenceIndex, floor: float) -> Assessment | None:
    """The verdict of the sentence (or clause) most like the object's name (similar.py), by the
    stage it claims; None when none is alike enough. A promise with a figure is not judged so: a
    sentence in other words gives no figure for it."""
    found = alike.most_like(uncounted(promise), floor)
    if found is None:
        return None
    score, sentence = found
    assert promise.object is not None
    verdict = _stage_verdict(
        _promised_stage(promise), object_stage(promise.object, sentence, promised=promise.text)
    )
    return Assessment(promise, verdict, (Evidence(sentence, score, similar=True),))


def _assess(promise: Promise, index: PassageIndex, sentences: PassageIndex) -> Assessment:
    if promise.in_step is not None:
        return assess_in_step(promise, sentences)
    if promise.object is None:
        return _assess_targets(promise, sentences)
    name = uncounted(promise)
    found = find_promised(index, promise)
    if not found:
        if promise.targets:
            return _assess_targets(promise, sentences)
        return Assessment(promise, Verdict.NOT_REPORTED, ())
    evidence = tuple(
        Evidence(index.passages[number], score) for score, number in found[:MAX_EVIDENCE]
    )
    # Of the passages that name the object best, the one claiming the most decides: a review
    # names a fair once for its security and once for its success (第三届进博会…防疫保障;
    # 第三届进博会安全、精彩、富有成效).
    # (A promise with a figure keeps the first: its figure decides, below.)
    top = (
        [evidence[0]] if promise.targets else [e for e in evidence if e.score == evidence[0].score]
    )
    verdicts = {
        e: _stage_verdict(
            _promised_stage(promise), object_stage(promise.object, e.passage, promised=promise.text)
        )
        for e in top
    }
    chosen = next((e for e in top if verdicts[e] is Verdict.DONE), top[0])
    if chosen is not evidence[0]:
        evidence = (chosen, *(e for e in evidence if e is not chosen))
    best, verdict = chosen.passage, verdicts[chosen]
    # A number reported decides: 3,001 lifts of 3,000 promised is done, whatever the verb; of
    # several, the one that fell short.
    # The figure right before the name (8座污水处理厂), else the one after it, counts
    # (河道清淤8.5公里、截污管网5.2公里: 5.2 is the network's).
    places = anchors(searchable(name), best.text)
    at = places[0] if places else 0
    figures = [
        (t, f)
        for t in promise.targets
        if (f := figure_before(best, at, t) or figure_after(best, at, t)) is not None
    ]
    if figures:
        target, figure = min(figures, key=lambda pair: meets(pair[1], pair[0]))
        verdict = Verdict.DONE if meets(figure, target) else Verdict.SHORT
        return Assessment(promise, verdict, evidence, figure, target)
    # The passage naming the object gives no figure (a table row's name, 规模以上工业企业培育):
    # one reporting what is counted does (全年新增规模以上工业企业23家).
    if promise.targets:
        counted = _assess_targets(promise, sentences)
        if counted.verdict is not Verdict.NOT_REPORTED:
            named = tuple(
                e for e in evidence if e.passage.text not in counted.evidence[0].passage.text
            )
            return replace(counted, evidence=(counted.evidence + named)[:MAX_EVIDENCE])
    return Assessment(promise, verdict, evidence)


def _promised_stage(promise: Promise) -> Stage | None:
    """The stage a review's passage is held to. An event to be done well (办好第三届进博会) is
    held where the review names it at all, as it was before its stage was read: a review names
    the events that took place, seldom with their verb (…海丝博览会、从都论坛等名展名节)."""
    return None if EVENT_HELD_WELL.search(fold(promise.text)) else promise.stage


def _stage_verdict(promised: Stage | None, reported: Stage | None) -> Verdict:
    """A completion promised is done only where the passage claims completion. A start or an
    advance promised is kept where the review reports the object at all (加快推进 X is kept by
    X开工, as the blind labellers of fixtures/gold_delivery read reviews: a stricter reading,
    a verb at or beyond the stage promised, scored 0.78 against 0.80 there), except a start
    answered by study only."""
    if promised is Stage.COMPLETE:
        return Verdict.DONE if reported is Stage.COMPLETE else Verdict.IN_PROGRESS
    if promised is Stage.START and reported is Stage.STUDY:
        return Verdict.IN_PROGRESS
    return Verdict.DONE


def _assess_targets(promise: Promise, index: PassageIndex) -> Assessment:
    """Each target of the clause whose figure the evidence reports is judged; the one that fell
    short (else the first) decides, and its passage is the evidence."""
    judged = []
    for target in promise.targets:
        found = reported_figure(target, index)
        if found is None:
            continue
        passage, score, figure, start = found
        text = passage.text[start:]
        shown = Passage(
            passage.source,
            text,
            passage.start + start,
            passage.end,
            find_quantities(text, fold(text)),
            passage.stage,
            passage.sentence,
        )
        judged.append((meets(figure, target), target, figure, Evidence(shown, score)))
    if not judged:
        return Assessment(promise, Verdict.NOT_REPORTED, ())
    met, target, figure, evidence = min(judged, key=lambda entry: entry[0])
    verdict = Verdict.DONE if met else Verdict.SHORT
    return Assessment(promise, verdict, (evidence,), figure, target)
