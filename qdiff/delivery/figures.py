"""The figure a review reports for a plan's numeric target (地方一般公共预算收入增长6% → 一般公共
预算收入增长5.3%), and whether it meets the promise.

A target is looked for by what it measures, in the order a review departs from the plan's words:
- the measure itself, a figure in the target's unit after it (`figure_after`);
- the measure's tail, where only action goes before it (新认定国家高新技术企业 → 获批国家高新技术
  企业712家);
- a phrase before a figure that is the measure with one qualifier left out (农村示范生态河道 →
  农村生态河道615公里);
- a phrase before a count that ends with what the measure counts and holds enough of the rest
  (培育各类创新平台 → 新增自治区级创新平台28家; 新（改、扩）建普惠性幼儿园 → 新改扩建幼儿园12所).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from qdiff.delivery.lookup import INDICATOR_FLOOR, anchors, measure_of, written_measure
from qdiff.delivery.model import Passage, Target
from qdiff.delivery.passages import PassageIndex
from qdiff.lexicon.quantities import OTHER_SPAN
from qdiff.normalize import char_pairs, fold
from qdiff.notice import Quantity

# How far after the measure (in characters) its reported figure may stand.
FIGURE_REACH = 24
# A passage, its score, the figure it reports, and where what reports it starts in it: the
# measure, or the count right before it (621个重大项目).
Found = tuple[Passage, float, Quantity, int]
# What a plan puts before what it counts: when, and the action (新（改、扩）建, 培育认定).
_ACTION_WORDS = """
    年内 全年 计划 力争 确保 新 再 启动 完成 实施 推动 推进 培育 认定 招引 引进 获批 争创 创建
    整治 改造 提升 升级 建设 建成 建 改 扩 配 （ ） ( ) 、
""".split()  # noqa: SIM905 (a word list reads better as words)


def _run_of(words: list[str]) -> str:
    """A regex of a run of the words, the longer tried first (建成 before 建)."""
    return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")+"


def reported_figure(target: Target, index: PassageIndex) -> Found | None:
    """The best passage reporting a figure for what the target measures: the passage, its
    score, the figure, and where the measure starts in it. Failing the whole measure, the
    longest tail of it a passage holds whole, where all that goes before the tail is action
    (新认定, 新（改、扩）建): a review words the action otherwise (新认定国家高新技术企业 →
    获批国家高新技术企业712家), but a qualifier (风电装备产业产值) names another measure."""
    measure = measure_of(target.indicator)
    if len(measure) < 2:
        return None
    found = _figure_for(measure, target, index, INDICATOR_FLOOR)
    shortest = max(_TAIL_LENGTH, math.ceil(len(measure) * _TAIL_SHARE))
    for length in range(len(measure) - 1, shortest - 1, -1):
        if found is not None:
            break
        tail = measure[-length:]
        # The tail is what is counted, without the action (完成投资 is no measure of its own).
        if _ACTION.fullmatch(measure[:-length]) and not _ACTION.match(tail):
            found = _figure_for(tail, target, index, 1.0)
    return (
        found
        or _figure_by_phrase(measure, target, index)
        or _figure_by_kind(measure, target, index)
    )


# A review's phrase that names the measure without a qualifier the plan gave it (农村示范生态
# 河道 → 农村生态河道615公里; 颐养示范社区 → 颐养社区41个): the measure with one stretch left out,
# its first character and its last two (what is counted) kept, and at least this share of it.
# Never the other way: a review's longer phrase names a narrower measure (工业技改投资 is not
# 工业投资, 外贸进出口 not 外贸出口).
PHRASE_SHARE = 0.6
# What stands between a phrase and its figure: the figure's verb (超过, 达到).
_FIGURE_VERB = re.compile(r"(?:达到|超过|突破|达|为|共计|共|约|近)$")
_PHRASE_STOP = re.compile(r"[，,；;、：:。（）()]")


def _figure_by_phrase(measure: str, target: Target, index: PassageIndex) -> Found | None:
    """The passage whose phrase before a figure in the target's unit names the measure (see
    PHRASE_SHARE), scored by that share; the best, the earliest among equals."""
    if len(measure) < _TAIL_LENGTH:
        return None
    best: tuple[float, Found] | None = None
    for passage, quantity, before, phrase in _phrases_before_figures(fold(measure), target, index):
        named = _phrase_naming(fold(measure), phrase)
        if named is not None and (best is None or named[1] > best[0]):
            length, share = named
            best = (share, (passage, share, quantity, len(before) - length))
    return best[1] if best is not None else None


# What a review keeps of a count when it words the rest otherwise: what is counted, the
# measure's last characters (培育各类创新平台20家 → 新增自治区级创新平台28家; 新（改、扩）建
# 普惠性幼儿园 → 新改扩建幼儿园12所). The phrase before the review's count must end with at least
# two of them (four where the two are a word this wide: 项目, 企业); before that ending it may
# hold only action, a level and the measure's own words (加装既有住宅电梯 → 既有住宅加装电梯406台;
# not 公共停车泊位 → 居民小区停车泊位3000个, a narrower count); and it must hold KIND_HELD of the
# measure's character pairs after its action (not 中青年科技人才 → 高层次和紧缺急需人才8365人).
# Chosen on the looked-at and later pairs of fixtures/gold_delivery: with no share asked, most
# figures the rule found were of another measure; 0.4 kept the right ones.
KIND_HELD = 0.4
_KIND_SHARED = 2
_WIDE_KIND_SHARED = 4
_WIDE_KIND = frozenset(
    """
    项目 企业 工程 活动 任务 工作 服务 设施 单位 人次 规模 面积 人数 家庭 群众 人员 个人
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
# A count of another level (国家级农业龙头企业2家) is a part of the one promised (市级以上农业龙头
# 企业6家), not its figure.
_LEVEL = re.compile(r"(?:国家|自治区|省|市|区|县)级(?:及?以上)?")
# Units of what is counted or measured out; a rate, a sum of money or a growth is told by its
# measure's name, not by a kind.
_COUNT_UNITS = frozenset(
    """
    个 家 户 所 座 台 套 条 项 处 场 间 张 辆 只 支 栋 幢 根 片 株 棵 艘 架 人
    公里 千米 米 亩 公顷 平方米 吨
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def _figure_by_kind(measure: str, target: Target, index: PassageIndex) -> Found | None:
    """The passage whose phrase before a count in the target's unit names what the measure
    counts (see KIND_HELD), scored by the share it holds; the best, the earliest among equals."""
    if target.unit not in _COUNT_UNITS:
        return None
    folded_measure = fold(measure)
    action = _ACTION.match(folded_measure)
    counted = folded_measure[action.end() if action else 0 :]
    pairs = set(char_pairs(counted))
    if not pairs:
        return None
    levels = _levels(folded_measure)
    best: tuple[float, Found] | None = None
    for passage, quantity, before, phrase in _phrases_before_figures(folded_measure, target, index):
        shared = _shared_ending(folded_measure, phrase)
        wide = phrase[-2:] in _WIDE_KIND
        if shared < (_WIDE_KIND_SHARED if wide else _KIND_SHARED):
            continue
        if levels and _levels(phrase) and levels != _levels(phrase):
            continue
        qualifier = _OF_ANY_COUNT.sub("", phrase[: len(phrase) - shared], count=1)
        if any(char not in counted for char in qualifier):
            continue  # 居民小区停车泊位 are a part of 公共停车泊位, not the whole
        held = round(sum(pair in phrase for pair in pairs) / len(pairs), 3)
        if held >= KIND_HELD and (best is None or held > best[0]):
            best = (held, (passage, held, quantity, len(before) - len(phrase)))
    return best[1] if best is not None else None


def _levels(text: str) -> frozenset[str]:
    """The levels a measure names (市级以上 and 市级及以上 alike)."""
    return frozenset(level.replace("及以上", "以上") for level in _LEVEL.findall(text))


# What a review puts before what it counts, whatever the plan said: the plan's own action
# (_ACTION_WORDS), a review's (新增, 建成投用, 开发, 备案) and the level or the country (自治区级,
# 国家).
_REVIEWS_ACTION_AND_LEVEL = """
    当年 累计 投用 投运 开工 开发 备案 登记 新增 国家 自治区 省 市 区 县 级 及 以上
""".split()  # noqa: SIM905 (a word list reads better as words)
_OF_ANY_COUNT = re.compile("^" + _run_of([*_ACTION_WORDS, *_REVIEWS_ACTION_AND_LEVEL]))


def _phrases_before_figures(
    folded_measure: str, target: Target, index: PassageIndex
) -> Iterator[tuple[Passage, Quantity, str, str]]:
    """Each figure in the target's unit, for the year, in a passage holding the measure's last
    two characters (what is counted), in the order of the passages: the passage, the figure,
    the passage's folded text before it (without the figure's verb: 超过, 达到), and the phrase
    that ends there (from the last stop: a comma, a list break)."""
    for number in index.by_gram.get(folded_measure[-2:], ()):
        passage = index.passages[number]
        if passage.term and target.unit in _TERMS_UNITS:
            continue
        folded = fold(passage.text)
        reached = 0  # figures in the order they stand: 12所 after 112所 is not inside it
        for quantity in passage.quantities:
            at = folded.find(fold(quantity.text), reached)
            if at < 0:
                continue
            reached = at + len(quantity.text)
            if quantity.unit != target.unit or not any(c.isdigit() for c in quantity.text):
                continue
            if _NOT_THE_YEARS.search(folded[max(0, at - _SPAN_WORDS_REACH) : at]):
                continue
            before = _FIGURE_VERB.sub("", folded[:at])
            stops = list(_PHRASE_STOP.finditer(before))
            yield passage, quantity, before, before[stops[-1].end() if stops else 0 :]


def _shared_ending(one: str, other: str) -> int:
    """How many characters the two strings end with alike."""
    shared = 0
    while shared < min(len(one), len(other)) and one[-1 - shared] == other[-1 - shared]:
        shared += 1
    return shared


def _phrase_naming(measure: str, phrase: str) -> tuple[int, float] | None:
    """The length of the stretch that ends `phrase` and names the measure without a qualifier
    (see PHRASE_SHARE), with its share of the measure, or None."""
    if not phrase.endswith(measure[-2:]):
        return None
    for begin in range(len(phrase) - 2, -1, -1):
        stretch = phrase[begin:]
        if len(stretch) >= len(measure):
            break
        share = len(stretch) / len(measure)
        if share >= PHRASE_SHARE and _one_stretch_left_out(stretch, measure):
            return len(stretch), round(share, 3)
    return None


def _one_stretch_left_out(shorter: str, longer: str) -> bool:
    """Whether `shorter` is `longer` with one run of characters taken out of its middle: the
    first character and the last two stay."""
    kept = len(shorter)
    for head in range(1, kept - 1):
        if longer[:head] == shorter[:head] and longer.endswith(shorter[head:]):
            return True
    return False


# The shortest tail of a measure searched on its own: four characters, and 40% of the measure.
_TAIL_LENGTH = 4
_TAIL_SHARE = 0.4
_ACTION = re.compile(_run_of(_ACTION_WORDS))


def _figure_for(measure: str, target: Target, index: PassageIndex, floor: float) -> Found | None:
    """The passage holding `floor` of the measure with a figure in the target's unit after it:
    the most of the measure, then the figure nearest to it."""
    best: tuple[tuple[float, bool, int], Found] | None = None
    written = written_measure(target.indicator)
    for score, number in index.search(measure, floor):
        passage = index.passages[number]
        folded = fold(passage.text)
        for start in anchors(measure, passage.text):
            # (A count right before what it counts first: 621个重大项目竣工310个.)
            before = figure_before(passage, start, target) if target.unit in _COUNT_UNITS else None
            figure = before or figure_after(passage, start, target)
            if figure is None:
                continue
            # The most of the measure, then the measure as the plan wrote it (地方一般公共预算收入
            # is the city's, 一般公共预算收入 alone may be the whole area's), then the figure
            # nearest to it.
            distance = 0 if before else folded.find(fold(figure.text), start) - start
            rank = (-score, written not in folded, distance)
            shown = start - len(fold(before.text)) if before else start
            if best is None or rank < best[0]:
                best = (rank, (passage, score, figure, shown))
            break
    return best[1] if best is not None else None


# A figure of another span than the year (年均增长7.1%, 累计达到832座) or the start of a
# change (从3.3%提高到3.8%) does not report the year's result.
_SPAN_WORDS = re.compile(OTHER_SPAN)
_NOT_THE_YEARS = re.compile(f"(?:{OTHER_SPAN}|从)[^，,；;]{{0,6}}$")
# The same right before the measure, its action between (年均增长, 累计实施重大项目); 累计 after
# a month's end or 今年以来 in its sentence counts the year to date (截至12月底，累计完成…; 今年
# 以来累计…), not after 党的十八大以来 or 截至年底 (a stock).
_SPAN_BEFORE = re.compile(r"(?:年均(?!浓度)|累计)[^，,；;、]{0,2}$")
_SPAN_BEFORE_REACH = 4
_YEAR_TO_DATE = re.compile(
    r"(?:今年|年初|本年)以来|截[至止](?:(?:19|20)\d{2}年)?(?:\d+|[一二三四五六七八九十]+)月(?:底|末|份)?"
)


def _span_before(folded: str, start: int) -> bool:
    """Whether a word of another span than the year stands right before the measure."""
    before = _SPAN_BEFORE.search(folded[max(0, start - _SPAN_BEFORE_REACH) : start])
    if before is None:
        return False
    if before.group().startswith("年均"):
        return True
    sentence_start = folded.rfind("。", 0, start) + 1
    return _YEAR_TO_DATE.search(folded[sentence_start:start]) is None


def figure_after(passage: Passage, start: int, target: Target) -> Quantity | None:
    """The first figure in the target's unit at most FIGURE_REACH characters after `start`
    that reports the year's result; in a list of measures given figures 分别, the figure in
    the measure's place."""
    folded = fold(passage.text)
    # A term's count (or change in points) is its sum, unless given for each year (每年新增就业
    # 岗位60万个, 落后产能每年淘汰1000项); a rate or a level it reached is the year's too (城镇化率
    # 达到56%).
    terms_sum = passage.term and target.unit in _TERMS_UNITS
    reach = max(0, start - _EACH_YEAR_REACH)
    # (累计实施重大项目2659个: the span's word before the measure and its action; but a
    # progress report's year to date, 截至11月底累计完成投资, is the year's.)
    if _span_before(folded, start):
        return None
    placed = _placed(passage.quantities, folded)
    listed = _respective_place(folded, start, target)
    if listed is not None:
        member, after = listed
        following = [(at, quantity) for at, quantity in placed if at >= after]
        if member >= len(following):
            return None
        at, quantity = following[member]
        if quantity.unit != target.unit or at - after > FIGURE_REACH:
            return None
        if terms_sum and not _EACH_YEAR.search(folded[reach:at]):
            return None
        # (年均分别增长…, 分别从3.3%提高到…: the span's word before 分别 or after it.)
        spans = _SPAN_WORDS.search(folded[start:after]) or _NOT_THE_YEARS.search(folded[after:at])
        return None if spans else quantity
    for at, quantity in placed:
        if quantity.unit != target.unit or not 0 <= at - start <= FIGURE_REACH:
            continue
        # (年均分别增长8%和9%: the 9% is the 年均's too.)
        if _NOT_THE_YEARS.search(folded[max(start, at - _SPAN_WORDS_REACH) : at]):
            continue
        if _SPAN_WORDS.search(folded[start:at]) or not _same_measure(folded[start:at]):
            continue
        if terms_sum and not _EACH_YEAR.search(folded[reach:at]):
            continue
        return quantity
    return None


def figure_before(passage: Passage, start: int, target: Target) -> Quantity | None:
    """The count right before a name at `start`, in the target's unit, nothing between
    (新改（扩）建8座污水处理厂 for 建设14座污水处理厂): a review counts a name before it as often as
    after (not 河道清淤8.5公里、截污管网…, another thing's)."""
    folded = fold(passage.text)
    before = [(at, q) for at, q in _placed(passage.quantities, folded) if at < start]
    if not before:
        return None
    at, quantity = before[-1]
    if quantity.unit != target.unit or at + len(fold(quantity.text)) != start:
        return None
    if passage.term and target.unit in _TERMS_UNITS:
        return None  # (a term's count, as in figure_after)
    return None if _NOT_THE_YEARS.search(folded[max(0, at - _SPAN_WORDS_REACH) : at]) else quantity


def _placed(quantities: tuple[Quantity, ...], folded: str) -> list[tuple[int, Quantity]]:
    """The figures (with a digit) where they stand, in order: a 2.3% before the measure is not
    one after it because the same text recurs there."""
    placed, reached = [], 0
    for quantity in quantities:
        at = folded.find(fold(quantity.text), reached)
        if at < 0:
            continue
        reached = at + len(fold(quantity.text))
        if any(char.isdigit() for char in quantity.text):
            placed.append((at, quantity))
    return placed


_RESPECTIVELY = re.compile(r"分别")
_CLAUSE_STOP = re.compile(r"[，,；;。：:]")
# A list's last member may be joined by 和/与/及 where what goes before ends a measure (社会消费品
# 零售总额和进出口总额); elsewhere the word is inside one (批发和零售业销售额, 住宿和餐饮业营业额).
_LAST_JOINED = re.compile(r"(?<=率|入|值|额|资|量|数|积|费|模|度|格|耗|放|业)(?:和|与|及)(?=.{2})")
_ANY_JOINED = re.compile(r"和|与|及")


def _respective_place(folded: str, start: int, target: Target) -> tuple[int, int] | None:
    """For a measure at `start` in a list whose figures follow 分别 in the same order
    (固定资产投资、社会消费品零售总额分别增长10%和2.3%): its place in the list and where 分别
    ends; None where there is no such list. The member the plan's own words name decides
    (新开工 of 新投产、新开工、新引进亿元以上产业项目分别达150个、220个、286个), else the one
    at `start`. A qualifier listed before a shared measure (城镇和农村居民人均可支配收入) is a
    member only where the plan names it (农村居民人均可支配收入); elsewhere the figures are read
    as one measure's, the first."""
    stop = _CLAUSE_STOP.search(folded, start)
    respectively = _RESPECTIVELY.search(folded, start, stop.start() if stop else len(folded))
    if respectively is None:
        return None
    begin = max((m.end() for m in _CLAUSE_STOP.finditer(folded, 0, start)), default=0)
    members: list[tuple[int, str]] = []
    at = begin
    for part in folded[begin : respectively.start()].split("、"):
        pieces = _LAST_JOINED.split(part, maxsplit=1)
        for piece in pieces:
            members.append((at, piece))
            at += len(piece) + 1
    written = written_measure(target.indicator)
    if len(members) < 2:
        # A qualifier listed before a shared measure (城镇和农村居民人均可支配收入, 二氧化硫和
        # 化学需氧量排放量): its place where the plan's measure names exactly one of the parts.
        parts = _ANY_JOINED.split(folded[begin : respectively.start()])
        named = [i for i, part in enumerate(parts) if len(part) >= 2 and part in written]
        return (named[0], respectively.end()) if len(parts) >= 2 and len(named) == 1 else None
    named = [i for i, (_, part) in enumerate(members) if len(part) >= 2 and part in written]
    place = (
        named[0] if len(named) == 1 else max(i for i, (at, _) in enumerate(members) if at <= start)
    )
    return place, respectively.end()


# What may stand between a measure and its figure across a comma: the figure's verb
# (全市生产总值达到4.72万亿元，增长5%). Another clause names another measure (居民消费价格基本
# 稳定，城镇调查失业率4.2% does not report the price).
_CARRIED = re.compile(
    r"^[，,]\s*(?:比上年|同比)?(?:增长|增幅|增速|上涨|下降|降低|回落|达到|提高|为|是)"
)
# How far before a figure a word that makes it another span's (年均, 累计) is read.
_SPAN_WORDS_REACH = 8
# A figure given for each year of a term, before the measure and its action (每年新增就业岗位).
_EACH_YEAR = re.compile(r"每年")
_EACH_YEAR_REACH = 4
# What a term's paragraph sums over the term: counts, and changes in points (提高5.2个百分点).
_TERMS_UNITS = _COUNT_UNITS | {"个百分点", "百分点"}


def _same_measure(between: str) -> bool:
    """Whether the text between a measure and a figure keeps to that measure: no comma, or one
    comma that the figure's verb follows."""
    commas = [i for i, char in enumerate(between) if char in "，,；;"]
    if not commas:
        return True
    return len(commas) == 1 and bool(_CARRIED.match(between[commas[0] :]))


def meets(figure: Quantity, target: Target) -> bool:
    """Whether the reported figure keeps the promise: at least it, or at most a ceiling."""
    if target.bound == "at_most":
        return figure.value <= target.value
    return figure.value >= target.value
