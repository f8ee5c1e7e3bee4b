"""Whether two object names name one thing: the same name, one that shortens or lengthens the
other (苏步青旧居和谈家桢旧居修缮工程 → 苏步青旧居修缮), abbreviates it (临川北塘国际会议展览中心 →
北塘会展中心; not another road's: 锦屏路改造 is not 锦屏南路综合改造), or names alike enough.

Numbers that identify tell things apart however alike the rest is: 116街坊 is not 1011街坊
(a name may add detail: 116街坊38/6丘 is in 116街坊), the 第二届 festival is not the 第三届, 一期
is not 二期. A batch is the programme's (第一批 → 第二批 continues it, its quantity changed;
match.py calls no new batch a slip). A count is not
part of a name: 10台电梯加装 and 20台电梯加装 are one programme whose target changed, and so are
25万平方米旧住房成套改造 and 32万平方米旧住房成套改造.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import Match, SequenceMatcher
from functools import lru_cache

from qdiff.commitments.model import MatchedBy
from qdiff.lexicon.objects import GENERIC, HEAD, HEAD_WORD
from qdiff.lexicon.terms import shortened
from qdiff.normalize import char_pairs, compact, without_page_numbers, without_separators

_QUOTES = re.compile(r"[《》“”\"'()\[\]]")
# What a name may carry or drop between quarters without naming another thing.
_VARYING_HEAD = re.compile(r"(?:新建|改扩建|扩建|改建|修缮|装修)?(?:项目|工程|建设|工作)+$")
_OPENING_QUOTE = re.compile(r"^(?:区|市)?“([^”]{2,12})”")
_LOCAL_PREFIX = re.compile(r"^(?:区|市)(?=.{3})(?!级)")
# The level of government a name opens with (区级, 市级, 省级, 国家级): another level is another
# list or programme.
_LEVEL = re.compile(r"^(?:国家|省|市|区|县)级")
_NUMBERS = re.compile(r"\d+(?:\.\d+)?")
# (20202022年): a range of years whose dash the website dropped (DOMAIN.md, damage).
_DAMAGED_RANGE = re.compile(r"((?:19|20)\d{2})((?:19|20)\d{2})")
_COUNT = re.compile(
    r"(?<!第)\d+(?:\.\d+)?(?:万|亿)?(?:[台家个所座条项处套户栋幢辆名人次批场张间块宗株棵艘架件]|片(?!区)|元|平方米|公里|公顷|亩|吨(?!级))"
)
# The bound a count had, left at a name's end once the count is set aside (促消费活动不少于60场).
_BOUND_LEFT = re.compile(r"(?:不少于|不低于|不超过|超过|达到|累计|以上|左右)+$")
# Rounds, editions and phases: 第二届, 第2批, 首批, 二期 (一期 and 二期 are two projects),
# seasons (冬春季 and 春夏季 are two campaigns, 冬令营 and 夏令营 two camps) and sessions
# (区十七届人大三次会议 and 五次会议 are two years' congresses). Read before counts are set aside.
_ORDINAL = re.compile(
    r"第[一二三四五六七八九十百\d]+[届批期轮次]|首批|[一二三四五六七八九十\d]+期|[春夏秋冬]{1,2}季"
    r"|[春夏秋冬]令营"
    r"|[一二三四五六七八九十\d]+届(?:[^，,。]{0,4}?[一二三四五六七八九十\d]+次会议)?"
    # A zone lettered after a head: 科创谷A区 and 科创谷B区 are two zones.
    r"|(?<=[\u4e00-\u9fff])[A-Z]\d{0,2}(?:区|座|栋|幢)"
)
# Batches and rounds: 第三批, 首批, 第二轮. The next batch of a programme named alike in all else
# continues it with its quantity changed (issue 12: 第一批 → 第二批), as the blind labellers who
# met one linked it; the same batch named again is still the closer match.
_BATCH = re.compile(r"第[一二三四五六七八九十百\d]+[批轮]|首批|首轮")
# The score of a match with another batch.
_OTHER_BATCH = 0.9

# A fuzzy match needs names this alike (Dice of character bigrams) ...
FUZZY_AT_LEAST = 0.5
# ... and an alias a shared run this long, covering this much of the shorter name.
_ALIAS_PREFIX = 4
_ALIAS_COVER = 0.6


@dataclass(frozen=True, slots=True)
class NameKey:
    """A name as names compare: punctuation, a leading 区/市 and a varying head set aside."""

    core: str
    plain: str  # the name without quotes and counts, its head kept
    numbers: tuple[str, ...]
    ordinals: tuple[str, ...]
    batches: tuple[str, ...]
    bigrams: frozenset[str]
    quoted: str  # the coined name in quotes a name opens with (“时间银行”…), or ""
    headed: str  # the core up to its last head noun: what an abbreviation is read against
    qualifiers: frozenset[str]  # what the name says in brackets: (上海专场), (鹭川路—东湖路段)
    listed: bool  # the name lists numbers of one kind (12、13街坊)


# Numbered institutions as they are usually shortened: 第二人民医院 is 二院, 第二幼儿园 二幼,
# 第三中学 三中, 第一小学 一小 (望江第二幼儿园 → 望江二幼, 区第二人民医院 → 区二院).
_NUMBERED_INSTITUTION = re.compile(
    r"第([一二三四五六七八九十]{1,3})(?:人民)?(医院|幼儿园|中学|小学)"
)
_INSTITUTION_SHORT = {"医院": "院", "幼儿园": "幼", "中学": "中", "小学": "小"}
# A building, line or plot numbered in words or in figures (一号楼 is 1号楼).
_WORDS_NUMBERED = re.compile(
    r"(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})号(?=楼|线|馆|地块|厂房|泊位)"
)
_DIGIT_OF = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}


def _in_figures(words: str) -> str:
    """一 → 1, 十二 → 12, 二十 → 20 (up to 九十九)."""
    if "十" not in words:
        return "".join(str(_DIGIT_OF[c]) for c in words)
    tens, _, units = words.partition("十")
    return str(_DIGIT_OF.get(tens, 1) * 10 + _DIGIT_OF.get(units, 0))


# A year written in words (二〇二三年度): compared as in figures, so that another year is another
# plan however it is written.
# (Zero is typed many ways: 〇, ○ (a circle), ◯, 零, the letter O, full-width Ｏ.)
_YEAR_IN_WORDS = re.compile(r"[一二][〇○◯零OＯ一二三四五六七八九]{3}(?=年)")
_YEAR_DIGIT = {**_DIGIT_OF, **dict.fromkeys("〇○◯零OＯ", 0)}


def _as_usually_written(name: str) -> str:
    name = _YEAR_IN_WORDS.sub(lambda m: "".join(str(_YEAR_DIGIT[c]) for c in m.group()), name)
    name = _NUMBERED_INSTITUTION.sub(lambda m: m.group(1) + _INSTITUTION_SHORT[m.group(2)], name)
    name = shortened(name)
    return _WORDS_NUMBERED.sub(lambda m: _in_figures(m.group(1)) + "号", name)


@lru_cache(maxsize=8192)
def name_key(name: str) -> NameKey:
    # (A name that runs across a PDF page is the name without the page's number.)
    written = _DAMAGED_RANGE.sub(
        r"\1-\2", _as_usually_written(compact(without_separators(without_page_numbers(name))))
    )
    plain = _BOUND_LEFT.sub("", _COUNT.sub("", _QUOTES.sub("", written))) or written
    core = (
        _LOCAL_PREFIX.sub("", _VARYING_HEAD.sub("", _CROSSING.sub("", _SCOPE.sub("", plain))))
        or plain
    )
    return NameKey(
        core=core,
        plain=plain,
        numbers=tuple(sorted(set(_NUMBERS.findall(plain)))),
        ordinals=tuple(sorted(set(_ORDINAL.findall(written)))),
        batches=tuple(sorted(set(_BATCH.findall(written)))),
        bigrams=frozenset(char_pairs(core)) or frozenset({core}),
        quoted=opening.group(1) if (opening := _OPENING_QUOTE.match(written)) else "",
        headed=_to_its_head(core),
        qualifiers=frozenset(_QUALIFIER.findall(written)),
        listed=_LISTED_NUMBERS.search(written) is not None,
    )


# The whole or the rest of a programme a name opens with (全区7个街镇城运分中心, 剩余3个…):
# the same things.
_SCOPE = re.compile(r"^(?:全区(?!域)|全市(?!场)|全县|剩余|其余|余下)")


# What a bridge or a tunnel crosses, said or left out of its name alike (望江路跨河大桥 is
# 望江路大桥, 澜江越江隧道 澜江隧道).
_CROSSING = re.compile(r"(?:跨[河江海线]|越江|过江)(?=大?桥|隧道|通道)")


# Numbers listed before the kind they share (12、13街坊): one name for them all (extract.py).
_LISTED_NUMBERS = re.compile(r"\d、\d")
# The mark between them.
_LISTED_NUMBERS_MARK = re.compile(r"(?<=\d)、(?=\d)")


# A qualifier in brackets that tells one of a kind from another (推介会(深圳专场) and (上海专场),
# 桐川大道(鹭川路—东湖路段)); a phase or a period in brackets is read as an ordinal or a year, and
# a document's or a name's status ((草案), (试行), (暂名)) tells nothing apart: 条例(草案) is
# issued as 条例(试行).
_QUALIFIER = re.compile(
    r"\((?![^()]*(?:期|\d{4})|(?:草案|征求意见稿|送审稿|试行|暂行|暂名|暂定名|修订|修订版)\))"
    r"([^()]{2,12})\)"
)


@lru_cache(maxsize=65536)
def same_names(a: str, b: str) -> tuple[MatchedBy, float] | None:
    """`same_thing` of two names as written; cached by the names (strings hash once), since
    following a series compares each quarter's names with two other quarters'."""
    return same_thing(name_key(a), name_key(b))


def same_thing(a: NameKey, b: NameKey) -> tuple[MatchedBy, float] | None:
    """How two names name one thing, with a score in (0, 1], or None when they do not."""
    found = _same_thing(a, b)
    if found is not None or not a.batches or not b.batches or a.batches == b.batches:
        return found
    # The next batch of a programme named alike in all else (第三批“高效办成一件事”重点事项 →
    # 第四批…), or named as one name names the other (“枫门英才计划”第一批人才评选 →
    # “枫门英才计划”第二批评选).
    if not _agree(_unbatched(a.ordinals), _unbatched(b.ordinals)):
        return None
    if _BATCH.sub("", a.core) == _BATCH.sub("", b.core):
        return MatchedBy.ALIAS, _OTHER_BATCH
    unbatched = _same_thing(_without_batches(a), _without_batches(b))
    if unbatched is not None:
        return MatchedBy.ALIAS, round(_OTHER_BATCH * unbatched[1], 4)
    return None


def _without_batches(key: NameKey) -> NameKey:
    """The name as its programme is named, its batch left out (第一批老旧小区改造: 老旧小区改造)."""
    return name_key(_BATCH.sub("", key.plain))


def _unbatched(ordinals: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(o for o in ordinals if not _BATCH.fullmatch(o))


def _same_thing(a: NameKey, b: NameKey) -> tuple[MatchedBy, float] | None:
    if a.listed != b.listed:
        # A copy that dropped the list's mark (12、13街坊 as 1213街坊) names the same plots.
        listed, other = (a, b) if a.listed else (b, a)
        joined = name_key(_LISTED_NUMBERS_MARK.sub("", listed.plain))
        if joined.numbers == other.numbers:
            return _same_thing(joined, other)
    if not _agree(a.ordinals, b.ordinals):
        return None
    if not (_agree(a.numbers, b.numbers) or _a_year_of(a, b) or _a_year_of(b, a)):
        return None
    if a.qualifiers and b.qualifiers and not a.qualifiers & b.qualifiers:
        return None  # 推介会(深圳专场) is not 推介会(上海专场)
    periods = (_FIVE_YEARS.findall(a.core), _FIVE_YEARS.findall(b.core))
    if periods[0] and periods[1] and periods[0] != periods[1]:
        return None  # the 八五 普法规划 is not the 九五
    if (a.listed or b.listed) and a.numbers != b.numbers:
        return None  # 12、13街坊 is not 13街坊 alone: 12街坊 would vanish unseen
    levels = (_LEVEL.match(a.plain), _LEVEL.match(b.plain))
    if levels[0] and levels[1] and levels[0].group() != levels[1].group():
        return None  # 区级孵化器 is not 市级孵化器
    if a.core == b.core:
        return MatchedBy.EXACT, 1.0
    shorter, longer = sorted((a.core, b.core), key=len)
    if _one_place_word_apart(shorter, longer):
        return None  # 溪口小学 is not 溪口路小学
    if _only_in_brackets(shorter, max((a, b), key=lambda key: len(key.core))):
        return None  # 石鼓路 is not 鹿鸣路(兰台路—石鼓路)道路拓宽改建工程, a section it bounds
    if len(shorter) >= 3 and shorter in longer:
        # (A coined name in quotes is no place, though it end in one: “金融顾问进园区”活动.)
        coined = shorter in (a.quoted, b.quoted)
        if not coined and _within_a_place(shorter, max((a.plain, b.plain), key=len)):
            return None
        return MatchedBy.ALIAS, round(0.8 + 0.15 * len(shorter) / len(longer), 4)
    shared = len(a.bigrams & b.bigrams)
    # A run of n shared characters is n - 1 shared bigrams: most pairs stop here, cheaply.
    needed = max(_ALIAS_PREFIX, _ALIAS_COVER * len(shorter))
    common = None
    if shared >= min(needed, _SHARED_NAME) - 1:
        common = SequenceMatcher(None, a.core, b.core, autojunk=False).find_longest_match()
    if (
        common is not None
        and common.size >= needed
        and _within(*sorted((a.plain, b.plain), key=len))
    ):
        # The shorter name is the longer one with words left out: as strong as one found
        # whole inside it, by the characters it keeps (石桥老街修缮 beside 石桥老街).
        return MatchedBy.ALIAS, round(0.8 + 0.15 * len(shorter) / len(longer), 4)
    dice = 2 * shared / (len(a.bigrams) + len(b.bigrams))
    # (Short names left once counts are set aside match too: 首店8家 is 品牌首店10家's, and
    # 投资18亿元 may meet 投资决策; a floor on their length lost more right links than wrong.)
    if dice >= FUZZY_AT_LEAST and not _other_places(a.core, b.core) and _one_kind(a, b):
        return MatchedBy.FUZZY, round(0.7 * dice, 4)
    # An abbreviation of the other, as written or up to each name's last head noun: work said
    # after a name (…会议展览中心主体结构, …平台一期进入) is no part of what it abbreviates.
    forms = [(shorter, longer)]
    if a.headed != a.core or b.headed != b.core:
        # (min and max over the two in opposite orders: of two names as long, each side once.)
        forms.append((min(a.headed, b.headed, key=len), max(b.headed, a.headed, key=len)))
    # A document's title without its issuer and its 关于支持… (鹿溪区关于支持人工智能产业发展的
    # 若干措施 → 人工智能若干措施).
    if _DOCUMENT.search(longer) and (titled := _DOCUMENT_LEAD.sub("", longer)) != longer:
        forms.append((shorter, titled))
    for short, long in forms:
        if _abbreviates(short, long) and not _other_places(a.core, b.core):
            return MatchedBy.ALIAS, round(_ABBREVIATION_SCORE + 0.1 * len(short) / len(long), 4)
    run = _shared_name(a, b, common)
    if run:
        # Weaker than a name found whole in the other: a true shortening wins over it.
        cover = min(1.0, run / len(shorter))
        return MatchedBy.ALIAS, round(_SHARED_NAME_SCORE + _SHARED_NAME_SPAN * cover, 4)
    return None


_ABBREVIATION_SCORE = 0.7
# A document by its kind, and what its title may open with before its subject: the issuer (a
# district) and 关于 or the purpose (支持, 促进).
_DOCUMENT = re.compile(r"(?:措施|办法|意见|方案|规定|细则|规划|计划|条例|指引|预案)$")
_PURPOSE = r"(?:支持|促进|加快|推动|推进|进一步|加强)"
_DOCUMENT_LEAD = re.compile(
    # The issuer: a district, city or county and its government, not a community, an estate, a
    # park or a quarter (东湖社区…方案 is about the community); then 关于 or the purpose.
    r"^(?:[\u4e00-\u9fff]{1,3}(?<![社小园片城])[区市县](?:人民政府)?)?"
    rf"(?:关于{_PURPOSE}*|{_PURPOSE}+)"
)


def _abbreviates(shorter: str, longer: str) -> bool:
    """Whether the shorter name is an abbreviation of the longer: its characters in order, its
    first two a run near the longer's start (the owner or the place), its last at the longer's
    end (the kind): 北塘会展中心 of 临川北塘国际会议展览中心, 临溪文旅集团 of 临溪文化旅游发展集团
    有限公司 (its legal form set aside); not a road of another name (锦屏路改造 and 锦屏南路
    综合改造: _other_places)."""
    longer = _LEGAL_FORM.sub("", longer)
    if len(shorter) < 4 or not _within(shorter, longer):
        return False
    at = longer.find(shorter[:2])
    if not (0 <= at <= 2 and shorter[-1] in longer[-3:]):
        return False
    # What the abbreviation leaves out must not tell another thing of the same kind: a number
    # (城南第二污水处理厂), a branch (城东实验小学分校), a direction (锦屏东大道).
    return not any(
        _TELLS_APART.search(left) and not _RATING.match(left) for left in _left_out(shorter, longer)
    )


def _to_its_head(core: str) -> str:
    """The name up to the end of its last head noun (玉桥站综合交通枢纽主体结构 → 玉桥站综合交通
    枢纽), or whole when it has none."""
    ends = [head.end() for head in HEAD_WORD.finditer(core)]
    return core[: ends[-1]] if ends else core


_LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司$")
_TELLS_APART = re.compile(
    r"第?[一二三四五六七八九十\d]|分(?:校|院|厂|园|中心|站)|^[东西南北]$|实验|^[路街巷村]$"
)
# A rating left out tells nothing apart: 南塘110千伏变电站 is 南塘变电站.
_RATING = re.compile(r"^\d+(?:千伏|kV|KV|kv)$")


def _left_out(shorter: str, longer: str) -> list[str]:
    """The runs of the longer name an abbreviation leaves out, its characters taken in order
    as early as they come (_within)."""
    runs, run, rest = [], "", iter(shorter)
    wanted = next(rest, None)
    for char in longer:
        if char == wanted:
            if run:
                runs.append(run)
                run = ""
            wanted = next(rest, None)
        else:
            run += char
    return [*runs, run] if run else runs


# The shortest whole name two names may share (a coined name in quotes: without its quotes;
# “双减”, “十五五” are slogans and eras), and the score of such a match: below any name found
# whole inside another (0.8 and more).
_SHARED_NAME = 4
_SHARED_QUOTED = 3
_SHARED_NAME_SCORE = 0.6
_SHARED_NAME_SPAN = 0.1


def _shared_name(a: NameKey, b: NameKey, common: Match | None) -> int:
    """How long a whole name two names share, 0 when they share none: one opens with it and
    the other holds it at its start or after a place (柘港作业区5号泊位), it ends in its head
    noun (岭澜半导体研发总部) or is a coined name in quotes both open with (“时间银行”互助养老
    试点, “时间银行”), and neither name goes on to name a thing after it (区体育中心游泳馆 and
    区体育中心综合训练馆 are two halls; 北塘城投集团发行债券 and 北塘城投集团与港务公司重组
    share an owner only; work on the thing, …改造, 内部装修, is no other thing)."""
    if (
        a.quoted
        and a.quoted == b.quoted
        and len(a.quoted) >= _SHARED_QUOTED
        and not _PLAN_PERIOD.fullmatch(a.quoted)
    ):
        # The run goes on as far as both go on alike (“政企通”平台…, “政企通”平台…).
        run = next(
            (i for i, (x, y) in enumerate(zip(a.core, b.core, strict=False)) if x != y),
            min(len(a.core), len(b.core)),
        )
        starts = (0, 0)
    else:
        if common is None or common.size < _SHARED_NAME or (common.a > 0 and common.b > 0):
            return 0
        heads = [m.end() for m in HEAD_WORD.finditer(a.core, common.a, common.a + common.size)]
        run, starts = max(heads, default=common.a) - common.a, (common.a, common.b)
        named = a.core[common.a : common.a + run]
        if (
            run < _SHARED_NAME
            or GENERIC.match(named)
            or _other_places(a.core, b.core)
            or not _only_a_place(a.core[: common.a] or b.core[: common.b])
        ):
            return 0
    for core, start in ((a.core, starts[0]), (b.core, starts[1])):
        if any(
            not _WORK_ON_A_THING.fullmatch(head.group())
            for head in HEAD_WORD.finditer(core, start + run)
        ):
            return 0
    return run


def _only_in_brackets(shorter: str, longer: NameKey) -> bool:
    """Whether the shorter name stands in the longer only inside its bracketed qualifier (a
    road's section, 鹿鸣路(兰台路—石鼓路)): what bounds a thing is not the thing."""
    if not any(shorter in qualifier for qualifier in longer.qualifiers):
        return False
    outside = longer.plain
    for qualifier in longer.qualifiers:
        outside = outside.replace(qualifier, "")
    return shorter not in outside


def _one_kind(a: NameKey, b: NameKey) -> bool:
    """Whether two names alike by their pairs may name one thing: not when one ends in an
    event's head noun and the other in a thing's (生物医药产业对接会 is a meeting,
    鹭谷生物医药产业园二期 a park)."""
    heads = [HEAD.search(key.headed) for key in (a, b)]
    if heads[0] is None or heads[1] is None:
        return True
    return bool(_EVENT_HEAD.search(heads[0].group())) == bool(_EVENT_HEAD.search(heads[1].group()))


# Heads that name an event, held once (对接会, 文化节, 论坛), not a thing built or run.
_EVENT_HEAD = re.compile(r"(?:会|节|赛|论坛|活动|展)$")


def _only_a_place(before: str) -> bool:
    """Whether what stands before a shared name is at most where or when it is (柘港作业区,
    鹤湾, 春节期间), not another thing or an act (江附一院专家团队下沉…, 城中村改造项目…)."""
    return len(before) <= _PLACE_BEFORE and _WORK_ON_A_THING.search(before) is None


# How long the place or time before a shared name may be.
_PLACE_BEFORE = 5
# A plan's period in quotes (“十五五”, “八五”) names an era, not a programme.
_PLAN_PERIOD = re.compile(r"[一二三四五六七八九十]+五")
# ... and the five years a plan is for, in a name (十四五规划, 九五普法规划).
_FIVE_YEARS = re.compile(r"[一二三四五六七八九十]{1,3}五(?=规划|普法|时期|期间|发展规划)")


# A place a name may stand in: a new town, an area, a park, a village.
_PLACE = re.compile(r"(?:城|新城|新区|片区|园区|街区|社区|街道|镇|村|谷|港区|开发区)$")


# The road, river, plant or village a name opens with: 松溪路架空线入地 and 龙潭路架空线入地
# are alike only in the work done on two roads, 锦屏大道改造 and 锦屏东大道综合改造 two roads.
# (Greedy: 长江西路 and 长江南路, 中山北一路 and 中山北二路 are told apart; a bay is a place too:
# 白沙湾 is not 白沙路.)
_OPENING_PLACE = re.compile(r"^\D{1,4}(?:大道|公路|隧道|[路河港浜街桥村厂湖江湾])")


def _one_place_word_apart(shorter: str, longer: str) -> bool:
    """Whether the longer name is the shorter with one 路, 街, 巷 or 村 put inside it (溪口路小学
    and 溪口小学, 兴业街小区 and 兴业小区): another place's thing of the same name (not one at
    its end: 东湖 is a list's 东湖村)."""
    if len(longer) != len(shorter) + 1:
        return False
    at = next(
        (i for i, (x, y) in enumerate(zip(shorter, longer[:-1], strict=True)) if x != y),
        len(shorter),
    )
    return (
        0 < at < len(shorter)
        and longer[at] in _PLACE_WORDS
        and longer[:at] + longer[at + 1 :] == shorter
    )


_PLACE_WORDS = frozenset("路街巷村")


def _other_places(a: str, b: str) -> bool:
    """Whether two names open with two different places (松溪路…, 龙潭路…; 兰纺二厂…, 兰纺五厂…)."""
    first, second = _OPENING_PLACE.match(a), _OPENING_PLACE.match(b)
    if first is None or second is None:
        return False
    # One place named more fully is the same place (古镇东市河 and 东市河).
    return first.group() not in second.group() and second.group() not in first.group()


_WORK = r"改造|修缮|整治|提升|更新|装修|改扩建|改建|扩建|搬迁|征收|收储|出让"
_WORK_HEAD = re.compile(f"(?:{_WORK})+$")  # 改造提升: work words may run on
# Heads that name the work done on a thing, or the thing's project, not another thing.
_WORK_ON_A_THING = re.compile(f"{_WORK}|项目|工程|建设|新建|行动")


def _within_a_place(shorter: str, longer: str) -> bool:
    """Whether the longer name is a thing of its own inside the place the shorter one names:
    福象新江湾城老年福利院 is a care home in 新江湾城, 东岭智谷二期A3地块 a plot in 东岭智谷."""
    if not _PLACE.search(shorter) or shorter not in longer:
        return False
    rest = longer[longer.index(shorter) + len(shorter) :]
    # Work done on the place (双塘一村厨卫综合改造) is the place's; work done on a thing inside it
    # (新江湾城老年福利院改造) is that thing's.
    thing = _WORK_HEAD.sub("", rest)
    return len(thing) >= 2 and HEAD.search(thing) is not None


def _agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Identifying numbers (or rounds) agree when one name's are among the other's: a name
    may add detail (116街坊38/6丘, 冬春季爱国卫生运动), never change it."""
    return set(a) <= set(b) or set(b) <= set(a)


# What a year's report on a programme, or a goal set for a year, adds to its name.
_NOT_A_YEARS_SHARE = re.compile(r"报告|评估|总结|情况|目标|考核|检查|督查|评价|审计")
# A span of years a programme runs (三年行动（2024—2026年）), as name_key writes it.
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})-((?:19|20)\d{2})")


def _a_year_of(a: NameKey, b: NameKey) -> bool:
    """Whether b names a year of the span a names, their other numbers agreeing: 三年行动
    2025年度任务 is the 2025 share of 三年行动（2024—2026年）, named whole in it (the year's
    report on a 纲要（2021—2025年） is another document)."""
    span = _YEAR_SPAN.search(a.plain)
    if span is None or _YEAR_SPAN.search(b.plain):
        return False
    named = a.plain[: span.start()] + a.plain[span.end() :].removeprefix("年")
    if len(named) < 4 or named not in b.plain:
        return False
    # What b adds is the year's share of the work (年度任务, 建设任务, 工作要点), not a report on
    # it (实施情况报告, 中期评估) nor a goal set for a year (2030年目标).
    if _NOT_A_YEARS_SHARE.search(b.plain.replace(named, "", 1)):
        return False
    first, last = int(span.group(1)), int(span.group(2))
    years = {n for n in b.numbers if len(n) == 4 and n.isdigit() and first <= int(n) <= last}
    if not years:
        return False
    rest_a = set(a.numbers) - {span.group(1), span.group(2)}
    return _agree(tuple(rest_a), tuple(set(b.numbers) - years))


def _within(shorter: str, longer: str) -> bool:
    """Whether the shorter name is the longer one with words left out (苏步青旧居修缮 in
    苏步青旧居和谈家桢旧居修缮工程), not one with words of its own (区疾控中心达标 is not in
    区疾控中心实验室能力提升项目): its characters appear in the longer one in order."""
    rest = iter(longer)
    return all(char in rest for char in shorter)


# A year a name carries: 2022年美丽家园计划, 2024年度涉VOCs企业深度治理.
_YEAR = re.compile(r"(?:19|20)\d{2}年度?")


# What is left of an earlier count: 剩余4家, 其余3个, 尚未完成的2项.
REMAINDER = re.compile(r"剩余|其余|余下|尚未完成的?")
_REMAINDER = re.compile(rf"^(?:{REMAINDER.pattern})")


@lru_cache(maxsize=65536)
def counts_in(name: str) -> frozenset[str]:
    """The counts a name carries (1200亩高标准农田建设项目: 1200亩)."""
    return frozenset(_COUNT.findall(compact(without_separators(name))))


def same_counts(a: str, b: str) -> bool:
    """Whether two names agree in the counts and years they carry: where both carry counts,
    the same counts; where both carry years, the same years. Across a year end, names with
    other counts are a programme's new round (跨境电商企业20家, then 15家: match.py, _new_round);
    names with other years never name one thing (same_names reads a year as a number)."""
    written_a, written_b = compact(without_separators(a)), compact(without_separators(b))
    # 剩余4家…治理 is what is left of 12家…治理: the same work, not a new round, whatever count
    # or year each carries. Only the newer name is read: a remainder comes after the whole.
    if _REMAINDER.search(written_b):
        return True
    counts_a, counts_b = counts_in(a), counts_in(b)
    if counts_a and counts_b and counts_a != counts_b:
        return False
    years_a, years_b = set(_YEAR.findall(written_a)), set(_YEAR.findall(written_b))
    return not (years_a and years_b and years_a != years_b)
