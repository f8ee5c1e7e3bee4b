"""A target set against the economy rather than by a figure: 居民人均可支配收入增长与经济增长基本
同步. Nearly every work report's 主要预期目标 holds one, and its review reports both growths
(城乡居民人均可支配收入分别增长6.8%和10%; 全年地区生产总值增长8.5%), so it can be checked: kept
where every income figure the review gives for the year is at least the economy's growth less
IN_STEP_SLACK (基本同步 allows a little less), short where one falls further behind, not reported
where the review gives no year's growth of either.

The year's growth is read in a sentence that names it (not in a paragraph of the whole term, nor
for a part of the year, 前三季度, nor per head of the economy, 人均地区生产总值), right after the
measure or across one comma that the growth follows (…达到54448元和22791元，分别增长6.8%和10%).
A fall of the economy (地区生产总值下降2.3%) is a growth below zero.

The blind labellers of fixtures/gold_delivery read it so on the pairs looked at: nine such
targets, each judged this way (上海市 2023: 6.6% against 5%, done; 包头市 2021: 6.8% and 10%
against 8.5%, short; 扬州市 2023: 5.8% and 7.2% against 6%左右, done; 广州市 2022: the review
gives no growth of the economy, not reported).
"""

from __future__ import annotations

import re

from qdiff.delivery.model import Assessment, Evidence, Passage, Promise, Target, Verdict
from qdiff.delivery.passages import PassageIndex
from qdiff.delivery.plan import IN_STEP
from qdiff.lexicon.quantities import OTHER_SPAN
from qdiff.normalize import fold
from qdiff.notice import Quantity

# Percentage points an income may grow slower than the economy and still be "in step".
IN_STEP_SLACK = 0.5
# How a review names the two growths, whatever the plan called the income (居民收入 is reported
# as 城乡居民人均可支配收入); not the economy per head (人均地区生产总值) or for part of the year.
_INCOME = re.compile(r"(?:城乡|城镇|农村|全体)?居民(?:家庭)?(?:人均)?(?:可支配)?收入")
_ECONOMY = re.compile(r"(?:地区|全市|全区|全县)?生产总值|GDP")
# Right before a measure: per head (人均地区生产总值).
_PER_HEAD = re.compile(r"人均\s*$")
# A part of the year, in the measure's clause (一季度全市生产总值大幅下降), or a clause opening
# its sentence that is only such a period (前三季度，全市生产总值增长…; 1—11月，…; not 一季度受
# 疫情冲击，全年地区生产总值增长5%).
_PART_OF_YEAR = re.compile(r"季度|上半年|下半年|个月|\d+月(?![底末])")
_MONTH = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_A_PERIOD = re.compile(
    r"(?:今年|本年|(?:19|20)\d{2}年)?"
    r"(?:(?:前|第)?[一二三四1-4](?:[—\-－~至][一二三四1-4])?季度|前三季度|上半年|下半年|"
    rf"前{_MONTH}个月|{_MONTH}[—\-－~至]{_MONTH}月(?:份)?)"
)
_WHOLE_YEAR = re.compile(r"全年")
_CLAUSE_STOP = re.compile(r"[，,；;。]")
# The growth right after the measure (同比分别增长5.8%、7.2%), or after its level (突破4万亿元
# 大关，达到4.32万亿元，增长8.1%; 达到54448元和22791元，分别增长6.8%和10%; 分别达到3.62万元和
# 1.56万元，均比上年增长…): a fall is a growth below zero.
_GROWTH = re.compile(
    r"(?P<between>[^。；;，,]{0,24}?(?:[，,](?=达到|突破|超过|达|为)[^。；;，,]{0,16}?)?"
    r"(?:[，,](?=(?:分别|均)?(?:同比|比上年)?(?:分别)?(?:增长|下降)))?"
    r"[^。；;，,]{0,6}?)(?:分别)?(?P<verb>增长|下降)\s*"
    r"(?P<figures>\d+(?:\.\d+)?%(?:[和、与及]\d+(?:\.\d+)?%)*)"
)
# Between the measure and its growth: another span's figure (年均, 累计, 五年; as figures.py
# reads them) or a share of the measure (占生产总值比重).
_NOT_THE_GROWTH = re.compile(f"{OTHER_SPAN}|比重|比例|占|以来")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def assess_in_step(promise: Promise, sentences: PassageIndex) -> Assessment:
    """The income's reported growth against the economy's (see the module's docstring)."""
    assert promise.in_step is not None
    income = _growth(_INCOME, sentences)
    economy = _growth(_ECONOMY, sentences)
    if income is None or economy is None:
        return Assessment(promise, Verdict.NOT_REPORTED, ())
    slowest = min(income[1], key=lambda quantity: quantity.value)
    growth = economy[1][0]
    # What it was held to: the economy's reported growth less the slack, so that `meets`
    # agrees with the verdict, under the plan's own words and the growth it was measured by.
    promised = IN_STEP.search(fold(promise.text))
    words = promised.group()[len(promised.group("measure")) :] if promised else ""
    held_to = Target(
        value=round(growth.value - IN_STEP_SLACK, 2),
        unit="%",
        text=f"{words}（经济增长{growth.text}）",
        indicator=promise.in_step,
        bound="at_least",
    )
    evidence = [Evidence(income[0], 1.0)]
    if economy[0] != income[0]:
        evidence.append(Evidence(economy[0], 1.0))
    verdict = Verdict.DONE if slowest.value >= held_to.value else Verdict.SHORT
    return Assessment(promise, verdict, tuple(evidence), slowest, held_to)


def _not_the_whole_year(folded: str, start: int) -> bool:
    """Whether the measure at `start` is per head or for a part of the year."""
    if _PER_HEAD.search(folded[:start]):
        return True
    clause = max((m.end() for m in _CLAUSE_STOP.finditer(folded, 0, start)), default=0)
    if _PART_OF_YEAR.search(folded[clause:start]):
        return True
    opening = _CLAUSE_STOP.search(folded)
    opening_clause = folded[: opening.start()].strip() if opening else ""
    return bool(_A_PERIOD.fullmatch(opening_clause)) and not _WHOLE_YEAR.search(
        folded[clause:start]
    )


def _growth(
    measure: re.Pattern[str], sentences: PassageIndex
) -> tuple[Passage, list[Quantity]] | None:
    """The first sentence reporting the measure's growth for the year, with every figure it
    gives for it (town and country: 分别增长6.8%和10%; or each named apart: 城镇居民…增长7%，
    农村居民…增长4%)."""
    for passage in sentences.passages:
        if passage.term:
            continue
        folded = fold(passage.text)
        figures: list[Quantity] = []
        for named in measure.finditer(folded):
            if _not_the_whole_year(folded, named.start()):
                continue
            grew = _GROWTH.match(folded, named.end())
            if grew is None or _NOT_THE_GROWTH.search(grew.group("between")):
                continue
            sign = "-" if grew.group("verb") == "下降" else ""
            figures.extend(
                Quantity(float(sign + value.group()), "%", f"{sign}{value.group()}%")
                for value in _FIGURE.finditer(grew.group("figures"))
            )
        if figures:
            return passage, figures
    return None
