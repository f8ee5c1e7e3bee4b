"""Quantities a task promises: a number with its unit (10台, 30万平方米, 12个, 3家)."""

from __future__ import annotations

import re

from qdiff.lexicon.numerals import cn_numeral_value
from qdiff.normalize import fold
from qdiff.notice import Quantity

# Longest first in the pattern, so 平方米 wins over 米 and 个百分点 over 个.
_UNITS = """
    微克/立方米 微克每立方米 平方公里 平方米 立方米 公里 千米 千瓦 兆瓦 公顷 个百分点 百分点
    人次 床位 亩 米 吨 元 美元
    台 家 个 所 座 条 项 处 套 户 人 名 次 场 批 间 张 栋 幢 辆 件 份 期 轮 校 班 支 组 类 块 段
    盏 棵 株 只 床 篇 例 倍 片 艘 架 根 口 % ‰
""".split()  # noqa: SIM905 (a word list reads better as words)
# Units of a rate, a share or a concentration, which count nothing delivered (兑付率不低于95%,
# 提高2个百分点, PM2.5平均浓度35微克/立方米).
RATE_UNITS = frozenset({"%", "‰", "个百分点", "百分点", "微克/立方米", "微克每立方米"})
_UNIT_ALTERNATION = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))

# Arabic numbers: not glued to a code before them (N3-01, B1-2138, 38/6) nor after a 第 (ordinal).
# 万 and 亿 scale the value; the unit keeps only what is counted. A range of targets
# (增长6%-6.5%, 6-6.5%) is one quantity valued at its lower bound, the least that is promised;
# a copy may leave a space before a percent sign (增长4.6 %).
_ARABIC = re.compile(
    r"(?<![A-Za-z0-9./\-+第])(?:(?P<low>\d+(?:[.。]\d+)?)(?:万|亿|千)?(?:%|‰)?\s*-\s*)?"
    r"(?P<number>\d+(?:[.。]\d+)?)(?P<scale>万|亿|千)?(?: (?=[%‰]))?"
    rf"(?P<unit>{_UNIT_ALTERNATION})(?!性)"
)

# Chinese numerals are everywhere in names (十四五, 一网通办, 十一届市委十次全会, 四方责任), so they
# count only before units that measure work, and never after 第.
_CN_UNITS = "家|个|所|座|条|项|处|批|场|台|户|名|套|栋|幢|辆"
_CHINESE = re.compile(
    rf"(?<![第一二三四五六七八九十两])(?P<cn_number>[一二三四五六七八九十两]{{1,3}})"
    rf"(?P<cn_unit>{_CN_UNITS})(?!性)"
)
_SCALES = {"万": 10_000, "亿": 100_000_000, "千": 1_000}


_EITHER = re.compile(f"{_ARABIC.pattern}|{_CHINESE.pattern}")


def find_quantities(original: str, folded: str) -> tuple[Quantity, ...]:
    """Quantities in a sentence, in order; `text` is cut from the original characters."""
    found: list[Quantity] = []
    # One pass over the sentence finds both kinds; an Arabic number wins where both could start.
    for match in _EITHER.finditer(folded):
        text = original[match.start() : match.end()]
        if match.group("number") is not None:
            number = float((match.group("low") or match.group("number")).replace("。", "."))
            scale = _SCALES.get(match.group("scale") or "", 1)
            found.append(Quantity(_tidy(number * scale), match.group("unit"), text))
        else:
            value = float(cn_numeral_value(match.group("cn_number")))
            found.append(Quantity(value, match.group("cn_unit"), text))
    return tuple(found)


def _tidy(value: float) -> float:
    """Round away float noise from scaling (3.5万 -> 35000.0, not 35000.000000000004)."""
    return round(value, 6)


# Words that make a figure another span's than the year's: a mean over years (年均增长7.1%; not
# a concentration's annual mean, PM2.5年均浓度, which is the year's), a running total (累计), a
# term (五年, 三年). A regex's alternatives.
OTHER_SPAN = r"年均(?!浓度)|累计|五年|三年"


# A figure held down rather than reached: 控制在35微克/立方米以内, 不超过5%, 低于3% (but 不低于5%
# is a floor). CEILING_WORDS are the words, wherever they stand (分别控制在5.5%和4.5%以内 says
# it once for a list); is_ceiling reads them by place: before the figure in its own clause, or
# 以内/以下 right after it (not 做好以下3项工作, nor the 以内 of the figure before: 失业率4.5%
# 以内，新增3家).
CEILING_WORDS = re.compile(r"控制在|不超过|不高于|(?<!不)低于|以内|以下")
_CEILING_BEFORE = re.compile(r"控制在|不超过|不高于|(?<!不)低于")
_CEILING_AFTER = re.compile(r"\s*(?:以内|以下|之内)")
# How far before a number (in characters) a ceiling word binds it: 控制在 5%.
_CEILING_REACH = 6
_CLAUSE_BREAK = re.compile(r"[，,；;、。]")


def is_ceiling(folded: str, at: int, length: int) -> bool:
    """Whether the figure standing at `at` (`length` characters) in the folded text is a
    ceiling: a ceiling word in the few characters before it in its clause, or 以内/以下 right
    after."""
    before = folded[max(0, at - _CEILING_REACH) : at]
    before = _CLAUSE_BREAK.split(before)[-1]
    return bool(_CEILING_BEFORE.search(before) or _CEILING_AFTER.match(folded, at + length))


def ceilings(text: str, quantities: tuple[Quantity, ...]) -> tuple[bool, ...]:
    """For each quantity of `text`, in order, whether it is a ceiling (see is_ceiling)."""
    folded, reached, found = fold(text), 0, []
    for quantity in quantities:
        at = folded.find(fold(quantity.text), reached)
        found.append(at >= 0 and is_ceiling(folded, at, len(quantity.text)))
        reached = at + len(quantity.text) if at >= 0 else reached
    return tuple(found)
