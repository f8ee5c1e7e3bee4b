"""A verdict for each promise of a plan, from the passages of the documents that report on it.

- A named object is looked up by its name (the share of the name's rare bigrams a passage
  holds). Found: the stage the passage claims decides. A completion promised is `done` only
  when the passage claims completion (建成, 竣工, 投用, 举办…), else `in_progress`; a start or an
  advance promised is `done` when the passage reports the object at that stage or beyond,
  or moving at all (加快推进 X is kept when the review says X 开工).
- A numeric target is looked up by what it measures (地方一般公共预算收入) in a sentence that
  reports a figure in the same unit after it: at or over the promise (at or under a ceiling) is
  `done`, else `short`, with both figures.
- Nothing found is `not_reported`. No verdict but `not_reported` stands without a passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qdiff.delivery.model import Assessment, Evidence, Passage, Promise, Target, Verdict
from qdiff.delivery.passages import PassageIndex
from qdiff.delivery.plan import LEADING_VERBS
from qdiff.lexicon.stages import stage_of
from qdiff.normalize import fold
from qdiff.notice import Quantity, Stage

# The share of a name's weighted bigrams a passage must hold to speak of the same object.
OBJECT_FLOOR = 0.62
# The same for what a target measures, in the sentence that reports its figure.
INDICATOR_FLOOR = 0.7
# Passages kept as evidence, best first.
MAX_EVIDENCE = 3
# How far after the measure (in characters) its reported figure may stand.
FIGURE_REACH = 24

_COMPLETE_RANK = Stage.COMPLETE.rank


def assess_delivery(
    promises: Sequence[Promise], clauses: Sequence[Passage], sentences: Sequence[Passage]
) -> tuple[Assessment, ...]:
    """Every promise with its verdict and evidence, in the plan's order. Objects are looked up
    in `clauses`, targets' figures in `sentences` (`passages_of(…, sentences=True)`)."""
    by_clause, by_sentence = PassageIndex(tuple(clauses)), PassageIndex(tuple(sentences))
    return tuple(_assess(promise, by_clause, by_sentence) for promise in promises)


def _assess(promise: Promise, index: PassageIndex, sentences: PassageIndex) -> Assessment:
    if promise.object is None:
        return _assess_targets(promise, sentences)
    found = index.search(_searchable(promise.object), OBJECT_FLOOR)
    if not found:
        if promise.targets:
            return _assess_targets(promise, sentences)
        return Assessment(promise, Verdict.NOT_REPORTED, ())
    evidence = tuple(
        Evidence(index.passages[number], score) for score, number in found[:MAX_EVIDENCE]
    )
    best = evidence[0].passage
    verdict = _stage_verdict(promise.stage, _stage_of_object(promise.object, best))
    reported = None
    for target in promise.targets:
        figure = _figure_after(best, 0, target)
        if figure is not None:
            reported = figure
            # A number reported decides: 3,001 lifts of 3,000 promised is done, whatever verb.
            verdict = Verdict.DONE if _meets(figure, target) else Verdict.SHORT
    return Assessment(promise, verdict, evidence, reported)


# Words that take back a completion: 东段已通车，西段完成80%，预计明年全线通车; 基本建成.
_NOT_YET = re.compile(r"预计|计划于|尚未|未能|正在|基本建成|基本完成|完成\d+(?:\.\d+)?%|部分")


def _stage_of_object(name: str, passage: Passage) -> Stage | None:
    """The stage the passage claims for the object: a review names the object, then what
    became of it (A、B开工建设; X全面完成), so the verb after the name counts first. A
    completion its sentence takes back (预计…, 基本建成, 完成80%) is an advance."""
    stage = passage.stage
    places = _anchors(_searchable(name), passage.text)
    if places:
        stage = stage_of(fold(passage.text)[places[0] :]) or stage
    if stage is Stage.COMPLETE and _NOT_YET.search(fold(passage.sentence)):
        return Stage.ADVANCE
    return stage


def _stage_verdict(promised: Stage | None, reported: Stage | None) -> Verdict:
    if promised is Stage.COMPLETE:
        return Verdict.DONE if reported is Stage.COMPLETE else Verdict.IN_PROGRESS
    if promised is Stage.START and reported is Stage.STUDY:
        return Verdict.IN_PROGRESS
    return Verdict.DONE


def _assess_targets(promise: Promise, index: PassageIndex) -> Assessment:
    """The first target of the clause whose figure the evidence reports decides."""
    for target in promise.targets:
        found = _reported_figure(target, index)
        if found is None:
            continue
        passage, score, figure, start = found
        shown = Passage(
            passage.source,
            passage.text[start:],
            passage.start + start,
            passage.end,
            passage.quantities,
            passage.stage,
            passage.sentence,
        )
        verdict = Verdict.DONE if _meets(figure, target) else Verdict.SHORT
        return Assessment(promise, verdict, (Evidence(shown, score),), figure)
    return Assessment(promise, Verdict.NOT_REPORTED, ())


def _reported_figure(
    target: Target, index: PassageIndex
) -> tuple[Passage, float, Quantity, int] | None:
    """The best passage reporting a figure for what the target measures: the passage, its
    score, the figure, and where the measure starts in it."""
    measure = _measure(target.indicator)
    if len(measure) < 2:
        return None
    best: tuple[tuple[float, int], tuple[Passage, float, Quantity, int]] | None = None
    for score, number in index.search(measure, INDICATOR_FLOOR):
        passage = index.passages[number]
        for start in _anchors(measure, passage.text):
            figure = _figure_after(passage, start, target)
            if figure is None:
                continue
            # The most of the measure, then the figure nearest to it.
            distance = fold(passage.text).find(fold(figure.text), start) - start
            rank = (-score, distance)
            if best is None or rank < best[0]:
                best = (rank, (passage, score, figure, start))
            break
    return best[1] if best is not None else None


# A figure of another span than the year (年均增长7.1%, 累计达到832座) or the start of a
# change (从3.3%提高到3.8%) does not report the year's result.
_NOT_THE_YEARS = re.compile(r"(?:年均|累计|五年|三年|从)[^，,；;]{0,6}$")


def _figure_after(passage: Passage, start: int, target: Target) -> Quantity | None:
    """The first figure in the target's unit at most FIGURE_REACH characters after `start`
    that reports the year's result."""
    folded = fold(passage.text)
    for quantity in passage.quantities:
        if quantity.unit != target.unit or not any(c.isdigit() for c in quantity.text):
            continue
        at = folded.find(fold(quantity.text), start)
        if not 0 <= at - start <= FIGURE_REACH:
            continue
        if _NOT_THE_YEARS.search(folded[max(start, at - 8) : at]):
            continue
        return quantity
    return None


def _meets(figure: Quantity, target: Target) -> bool:
    if target.bound == "at_most":
        return figure.value <= target.value
    return figure.value >= target.value


# Words around a measure that a review words otherwise: 全市/全区 (the place), 地方 (budget), 年.
_PLACE = re.compile(r"^(?:全市|全区|全县|全省|全旗|本市|我市|市|区|地区|地方|全年|力争|确保|其中)+")
_ENDING = re.compile(r"(?:总量|总额|实现|年均|同比|比上年|分别|均)+$")


_VERB_FIRST = re.compile(f"^(?:{LEADING_VERBS})+")


def _measure(indicator: str) -> str:
    """What a review names the measure by: without the place, the action and the span."""
    text = _PLACE.sub("", indicator.strip())
    text = _ENDING.sub("", text).strip()
    shorter = _VERB_FIRST.sub("", text)
    return shorter if len(shorter) >= 2 else text


# After a measure, words that make it part of another: 生产总值的比例 is not 生产总值.
_PART_OF = re.compile(r"^(?:的比例|的比重|比重|占比|的)")


def _anchors(measure: str, text: str) -> list[int]:
    """Where the longest piece (two characters or more) of the measure stands in the text,
    each place it does, unless the text goes on to measure something else with it."""
    folded_measure, folded = fold(measure), fold(text)
    for length in range(len(folded_measure), 1, -1):
        places = []
        for begin in range(len(folded_measure) - length + 1):
            piece = folded_measure[begin : begin + length]
            at = folded.find(piece)
            while at >= 0:
                places.append((at, not _PART_OF.match(folded[at + length :])))
                at = folded.find(piece, at + 1)
        if places:  # the longest piece found decides, even where it measures something else
            return sorted({at for at, own in places if own})
    return []


_GENERIC_TAIL = re.compile(r"(?:建设|工程|项目)$")


def _searchable(name: str) -> str:
    """A name as a review may shorten it: without 《》 and a trailing 建设/工程/项目."""
    text = name.strip().strip('《》“”"')
    shorter = _GENERIC_TAIL.sub("", text)
    return shorter if len(shorter) >= 3 else text
