"""A target set against the economy rather than by a figure: 居民人均可支配收入增长与经济增长基本
同步. Nearly every work report's 主要预期目标 holds one, and its review reports both growths
(城乡居民人均可支配收入分别增长6.8%和10%; 全年地区生产总值增长8.5%), so it can be checked: kept
where each income figure is at least the economy's growth, less IN_STEP_SLACK (基本同步 allows
a little less), short where one falls further behind, not reported where the review gives either
growth for no other span than the year.

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
from qdiff.normalize import fold
from qdiff.notice import Quantity

# Percentage points an income may grow slower than the economy and still be "in step".
IN_STEP_SLACK = 0.5
# How a review names the two growths, whatever the plan called the income (居民收入 is reported
# as 城乡居民人均可支配收入).
_INCOME = re.compile(r"(?:城乡|城镇|农村|全体)?居民(?:人均)?(?:可支配)?收入")
_ECONOMY = re.compile(r"(?:地区|全市|全区|全县)?生产总值|GDP")
# The growth after the measure in its sentence: 分别增长6.8%和10%, 达到8.5万元、增长6.6%.
_GROWTH = re.compile(
    r"(?P<between>[^。；;]{0,30}?)(?:分别)?增长(?P<figures>\d+(?:\.\d+)?%(?:[和、与及]\d+(?:\.\d+)?%)*)"
)
# Between the measure and its growth: another span's figure (年均, 累计, 五年), a fall
# (一季度…下降) or a share of the measure (占生产总值比重).
_NOT_THE_GROWTH = re.compile(r"年均|累计|五年|三年|下降|回落|比重|比例|占|以来")
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
    kept = slowest.value >= growth.value - IN_STEP_SLACK
    # What it was held to: the economy's reported growth, under the plan's own words.
    promised = IN_STEP.search(fold(promise.text))
    held_to = Target(
        value=growth.value,
        unit="%",
        text=promised.group()[len(promised.group("measure")) :] if promised else "",
        indicator=promise.in_step,
        bound="at_least",
    )
    evidence = (Evidence(income[0], 1.0), Evidence(economy[0], 1.0))
    verdict = Verdict.DONE if kept else Verdict.SHORT
    return Assessment(promise, verdict, evidence, slowest, held_to)


def _growth(
    measure: re.Pattern[str], sentences: PassageIndex
) -> tuple[Passage, list[Quantity]] | None:
    """The first sentence reporting the measure's growth for the year, with its figures (two
    where the review gives them for town and country: 分别增长6.8%和10%)."""
    for passage in sentences.passages:
        folded = fold(passage.text)
        for named in measure.finditer(folded):
            grew = _GROWTH.match(folded, named.end())
            if grew is None or _NOT_THE_GROWTH.search(grew.group("between")):
                continue
            figures = [
                Quantity(float(value.group()), "%", value.group() + "%")
                for value in _FIGURE.finditer(grew.group("figures"))
            ]
            return passage, figures
    return None
