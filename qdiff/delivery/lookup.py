"""Finding a plan's promise in other documents' passages: an object by its name (also
shortened or lengthened), a target by what it measures, and the stage a passage claims for an
object. Shared by the verdicts (`assess.py`) and by the coverage of a year (`coverage.py`)."""

from __future__ import annotations

import re

from qdiff.delivery.model import Passage, Promise
from qdiff.delivery.passages import PassageIndex
from qdiff.delivery.plan import LEADING_VERB, list_kind
from qdiff.lexicon.objects import HEAD, is_named
from qdiff.lexicon.stages import COUNT_VERBS, HELD_VERBS, STEP, stage_of, verbs_pattern
from qdiff.lexicon.terms import shortened
from qdiff.normalize import fold, without_page_numbers
from qdiff.notice import Stage

# The share of a name's weighted bigrams a passage must hold to speak of the same object.
OBJECT_FLOOR = 0.62
# The same for what a target measures, in the sentence that reports its figure.
INDICATOR_FLOOR = 0.7


# Words that take back a completion: 东段已通车，西段完成80%，预计明年全线通车; 基本建成. A
# promise or a doubt (预计, 即将, 尚未) takes it back anywhere in the sentence; a partial claim
# (基本建成, 基本完工, 完成80%, 部分路段建成) only in the clause that names the object: a sentence
# lists many objects, and 村级改革基本完成，土地确权全面完成 completes the second.
_NOT_YET = re.compile(r"预计|计划于|尚未|未能|正在|即将|延期|推迟|暂停|取消")
_PARTLY = re.compile(
    r"基本(?:建成|完成|完工|竣工|实现)|完成率?(?!100(?:\.0+)?%)\d+(?:\.\d+)?%"
    r"|部分[^，,；;]{0,6}?(?:完成|建成|投用|开通|通车|实现)"
)
_CLAUSE_BREAK = re.compile(r"[，,；;]")
_HELD_OR_COUNTED = re.compile(verbs_pattern((*HELD_VERBS, *COUNT_VERBS)))
# A held or count verb opening the clause right before the name, with its manner (成功举办).
_HELD_BEFORE = re.compile(rf"(?:成功|圆满|顺利|精彩|全年|当年)?(?:{_HELD_OR_COUNTED.pattern})")


def object_stage(name: str, passage: Passage, *, promised: str) -> Stage | None:
    """The stage the passage claims for the object: a review names the object, then what
    became of it (A、B开工建设; X全面完成), so the verb after the name counts first. A
    completion taken back (预计…, 基本建成, 完成80%) is an advance, unless the promise itself
    (`promised`, the plan's clause) was as partial (基本完成 promised, 基本完成 reported), and so
    is a step of the work finished (施工招标完成) unless that step was the promise."""
    folded = fold(passage.text)
    stage = passage.stage
    found = anchor(searchable(name), passage.text)
    # An event, a document or a count promised (举办进博会, 新增助餐点6个) is read with the verbs
    # its promise was read with (成功举办, 新建…15个); any other object is not completed by them
    # (北塘文体中心承办区运会赛事 holds no completion of the centre), but by the verbs of one
    # object's stage all the same (7号线一期西延段开通运营, 科教城开工建设).
    held = _HELD_OR_COUNTED.search(fold(promised)) is not None
    if found:
        after = folded[found[0] :]
        # (A verb that keeps other work going after the name, 建成A并推广运营经验, does not take
        # back the passage's own stage.)
        stage = (
            stage_of(after, for_object=True, counted=held, held_verbs=held, advancing=False)
            or stage
        )
        # The verb right before the name, in its clause (新建村级集体农场15个).
        before = _CLAUSE_BREAK.split(folded[: found[0]])[-1]
        if held and stage is not Stage.COMPLETE and _HELD_BEFORE.fullmatch(before):
            stage = Stage.COMPLETE
    if stage is not Stage.COMPLETE:
        return stage
    # A step of the work finished (施工招标完成) is progress, unless the step was the promise.
    said = folded[found[0] + found[1] :] if found else folded
    step = STEP.search(_CLAUSE_BREAK.split(said, maxsplit=1)[0])
    if step and step.group() not in fold(promised):
        return Stage.ADVANCE
    sentence = fold(passage.sentence)
    within = sentence.find(folded)
    named = max(0, within) + (found[0] if found else 0)
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, named)), default=0)
    end = _CLAUSE_BREAK.search(sentence, named)
    clause = sentence[begin : end.start() if end else len(sentence)]
    partial = _PARTLY.search(clause) and not _PARTLY.search(fold(promised))
    return Stage.ADVANCE if _NOT_YET.search(sentence) or partial else stage


# Words around a measure that a review words otherwise: 全市/全区 (the place), 地方 (budget), 年.
_PLACE = re.compile(r"^(?:全市|全区|全县|全省|全旗|本市|我市|市|区|地区|地方|全年|力争|确保|其中)+")
_LEAD_IN = re.compile(r"^.*[：:]")
_ENDING = re.compile(r"(?:总量|总额|实现|年均|同比|比上年|分别|均|(?<=..)人数)+$")


def measure_of(indicator: str) -> str:
    """What a review names the measure by: without the place, the action and the span, and
    without a lead-in before a colon (主要预期目标是：地区生产总值)."""
    text = _PLACE.sub("", _LEAD_IN.sub("", indicator.strip()))
    text = _ENDING.sub("", text).strip()
    shorter = LEADING_VERB.sub("", text)
    return shorter if len(shorter) >= 2 else text


# Words before a measure that promise it, not name it.
_PROMISING = re.compile(r"^(?:力争|确保|全年|其中)+")


def written_measure(indicator: str) -> str:
    """The measure as the plan wrote it, folded: its place and qualifiers kept (地方一般公共预算
    收入), without a lead-in and the words that promise it."""
    text = _PROMISING.sub("", _LEAD_IN.sub("", indicator.strip()))
    return fold(_ENDING.sub("", text).strip())


# After a measure, words that make it part of another: 生产总值的比例 is not 生产总值, nor is
# 服务业增加值占服务业比重.
_PART_OF = re.compile(r"^(?:的比例|的比重|比重|占比|占|的)")


def anchors(measure: str, text: str) -> list[int]:
    """Where the longest piece (two characters or more) of the measure stands in the text,
    each place it does, unless the text goes on to measure something else with it."""
    return _pieces(measure, text)[0]


def anchor(name: str, text: str) -> tuple[int, int] | None:
    """Where the longest piece of the name first stands in the text, and that piece's length."""
    places, length = _pieces(name, text)
    return (places[0], length) if places else None


def _pieces(measure: str, text: str) -> tuple[list[int], int]:
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
            return sorted({at for at, own in places if own}), length
    return [], 0


_GENERIC_TAIL = re.compile(r"(?:建设|工程|项目)$")
# What kind of thing a name is, which a review leaves out (家庭医生制度 → 家庭医生签约服务).
_KIND_TAIL = re.compile(
    r"(?:各项任务|任务|建设|工程|项目|试点|行动|活动|计划|制度|体系|工作|规划|改扩建|扩建|改造|"
    r"(?:持续|高质量|创新)?发展|成果|应用|创建)+$"
)
# A round or edition before an event's name (第三届市民运动会): a review names the event alone.
_EDITION = re.compile(r"^(?:第[一二三四五六七八九十百\d]+|首)届")
_QUOTED = re.compile(r"“([^”]{3,})”")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# What may follow a quoted name that is the object's own: its kind (…改革, …品牌, …系列活动).
_AFTER_QUOTED = re.compile(
    r"(?:系列|专项)?(?:改革|品牌|机制|活动|行动|工程|试点|制度|体系|计划|任务|工作|建设|项目|成果|"
    r"应用|(?:高质量)?发展)*"
)
_KEY_LENGTH = 4  # the shortest name left without its kind that is searched on its own


def find_object(index: PassageIndex, name: str) -> list[tuple[float, int]]:
    """The passages holding OBJECT_FLOOR of any form of the name (`search_keys`), best first,
    as (score, passage number); failing every form, those holding the thing the name holds
    before what was promised of it (`named_before_result`: 飞沃科技 of 飞沃科技上市)."""
    found = _found_by(index, search_keys(name), name)
    head = None if found else named_before_result(name)
    return _found_by(index, [head], name) if head else found


def _found_by(index: PassageIndex, keys: list[str], name: str) -> list[tuple[float, int]]:
    best: dict[int, float] = {}
    editions = set(_ANY_EDITION.findall(fold(name)))
    folded_name = fold(name)
    line = _SECTION.match(folded_name)
    for key in keys:
        for score, number in index.search(key, OBJECT_FLOOR):
            # A short name is known by its first characters (呼包高铁 is not 京包高铁, “多规合一”
            # not “三规合一”): a passage without them speaks of another thing.
            if len(key) <= _SHORT_NAME and score < 1.0 and fold(key)[:2] not in index.grams[number]:
                continue
            # The 第七届 fair is not the 第六届 one a review reports.
            passage = fold(index.passages[number].text)
            others = set(_ANY_EDITION.findall(passage)) - editions
            if editions and others:
                continue
            if not holds_numbers(folded_name, passage):
                continue
            # (A line's key without its section: not where the review names a section of it.)
            if line and fold(key) == line.group("line"):
                at = passage.find(line.group("line"))
                if at >= 0 and _ANOTHER_SECTION.match(passage, at + len(line.group("line"))):
                    continue
            best[number] = max(score, best.get(number, 0.0))
    return sorted(((score, number) for number, score in best.items()), key=lambda p: (-p[0], p[1]))


_ANY_EDITION = re.compile(r"第[一二三四五六七八九十百\d]+届|首届")
# What numbers one of a kind in a name (第三中学, 3号线, 二期): a passage without it speaks of
# another of the kind (包头市第九中学新校区, 地铁5号线). Not a count (一批, 5条) nor an edition
# (第三届: a review may name the event alone; another edition is told above).
NUMBERED = re.compile(
    r"\d+(?=[号期线路])|[一二三四五六七八九十]+期|第[一二三四五六七八九十百\d]+(?=[中小])"
)
_NUMERAL = "0-9一二三四五六七八九十百"


def holds_numbers(folded_name: str, folded_text: str) -> bool:
    """Whether the text holds each number that numbers the name's kind (NUMBERED) with the kind
    after it and no other numeral before it: 3号线 is not in 13号线 (nor the 3 of 3个站点), 二期
    not in 十二期, 第三中学 not in 第三十中学."""
    for number in NUMBERED.finditer(folded_name):
        # (The number and the kind after it: 3 and 号, 第三 and 中, 二 and 期; other numbers of
        # the kind may stand between, 地铁3、5号线, 第三、第四中学.)
        digits = number.group().removesuffix("期")
        kind = folded_name[number.start() + len(digits) : number.start() + len(digits) + 1]
        others = f"(?:[、和至及与]第?[{_NUMERAL}]+)*"
        if not re.search(
            f"(?<![{_NUMERAL}]){re.escape(digits)}{others}{re.escape(kind)}", folded_text
        ):
            return False
    return True


# A name this short (in characters) must be found with its first two: a longer name's own
# character pairs tell it apart.
_SHORT_NAME = 6


def uncounted(promise: Promise) -> str:
    """The object's name without the count it is named with (规模以上工业企业25家 counts
    规模以上工业企业): another document gives another count, or none."""
    name = promise.object or ""
    for target in promise.targets:
        shorter = name.replace(target.text, "").strip()
        if len(shorter) >= 3:
            name = shorter
    return name


def search_keys(name: str) -> list[str]:
    """The forms a review may name an object by:
    - the name (`searchable`);
    - each quoted name in it (重点产业链“1+X”“链长制” → 链长制);
    - the name without the kind of thing it is (家庭医生制度 → 家庭医生, 智慧教育创新发展 →
      智慧教育);
    - what a 的 qualifies, where it names something (集聚辐射能力强的国际经济中心 → 国际经济中心);
    - an event without its edition (第三届市民运动会 → 市民运动会; find_object keeps out a
      passage naming another edition);
    - the name with its terms short (qdiff/lexicon/terms.py) and without the country and city a
      national platform is named with (中国（扬州）跨境电子商务综合试验区 → 跨境电商综试区);
    - a line without the section promised (345国道市经开区段 → 345国道; _found_by keeps out a
      passage naming another section).
    Tried on fixtures/gold_delivery and left out, as they found few more passages and many
    wrong ones: each part of a list the extractor left joined (水运口岸和德山新港), the side
    before a 的, and any abbreviation that spells a name's characters out in order (第六届进博会
    of 第六届中国国际进口博览会 was found, with many wrong ones; the terms list, above, now gives
    that one abbreviation and a few others by name)."""
    keys = [searchable(name)]
    # A quoted name is the object's own where it ends the name or only its kind follows
    # (重点产业链“1+X”“链长制”, “一网通办”改革); before more words it qualifies another thing
    # (“十四五”综合交通规划 is no “十四五”).
    for quoted in _QUOTED.finditer(name):
        rest = _QUOTED.sub("", name[quoted.end() :]).strip()
        if _AFTER_QUOTED.fullmatch(rest) and len(_CJK.findall(quoted.group(1))) >= 2:
            keys.append(quoted.group(1))
    bare = _KIND_TAIL.sub("", searchable(name))
    if len(bare) >= _KEY_LENGTH:
        keys.append(bare)
    # What a 的 qualifies, where it names something itself (…能力强的国际经济中心 → 国际经济中心).
    described = searchable(name).rsplit("的", 1)
    if len(described) == 2 and len(described[1]) >= _KEY_LENGTH and is_named(described[1]):
        keys.append(described[1])
    edition = _EDITION.sub("", searchable(name))
    if edition != searchable(name) and len(edition) >= _KEY_LENGTH:
        keys.append(edition)
    # The name as reviews shorten its terms (跨境电子商务综合试验区 → 跨境电商综试区), without the
    # country and city a national platform is named with (中国（扬州）…).
    short = shortened(_NATIONAL.sub("", searchable(name)))
    if short != searchable(name) and len(short) >= _KEY_LENGTH:
        keys.append(short)
    # A line without the section promised (345国道市经开区段 → 345国道; 广清城际清远至广州北段 →
    # 广清城际): a review names the line and what became of it (find_object keeps out a passage
    # naming another section).
    line = _SECTION.match(fold(searchable(name)))
    if line and len(line.group("line")) >= _KEY_LENGTH:
        keys.append(line.group("line"))
    return list(dict.fromkeys(key for key in keys if key))


# A line and the section of it a plan promises (北沿江高速铁路扬州段, 345国道（市经开区段）); in a
# review, a section named after the line (仪征段), not a 阶段 or a 手段.
_SECTION = re.compile(
    r"(?P<line>.+(?:高速公路|高速铁路|国道|省道|高速|高铁|城际|铁路|公路|快速路|\d+号线))"
    r"(?:[（(][^（）()]+段[）)]|[^（）()]+段)$"
)
_ANOTHER_SECTION = re.compile(r"[^，,；;。、（）()]{0,12}(?<![阶手时地])段")


# What the plan promised of a thing, read into its name (飞沃科技上市, 扬州职大提升办学层次,
# 桃花源机场年旅客吞吐量进入全国百强): a review names the thing, then what became of it in its
# own words (飞沃科技首发过会). A verb of betterment that ends the name is the kind of work the
# project is (桂溪中央商务区楼宇经济提升), no result.
_RESULT_IN_NAME = re.compile(
    r"(?<=.{3})(?:上市(?![企公后])|(?:提升|提高|升级|进入|跻身|实现)(?=[\u4e00-\u9fff]{2}))"
)


def named_before_result(name: str) -> str | None:
    """The thing a name holds before what was promised of it (see _RESULT_IN_NAME), or None:
    where a kind ends the name the verb is its own (农村人居环境整治提升五年行动, 开放枢纽)."""
    text = searchable(name)
    result = _RESULT_IN_NAME.search(text)
    if result is None or HEAD.search(text[result.start() :]):
        return None
    # (推动企业上市, 推动更多科技型企业上市 promise listings of firms unnamed: a kind of firm
    # names nothing to look for.)
    head = LEADING_VERB.sub("", text[: result.start()])
    unnamed = _UNNAMED_FIRMS.search(head) or _SOME.match(head)
    return head if len(head) >= _KEY_LENGTH and not unnamed else None


_UNNAMED_FIRMS = re.compile(r"(?:企业|公司|单位|主体)$")
_SOME = re.compile(r"[\d一二三四五六七八九十]|更多|一批|优质|重点")


_NATIONAL = re.compile(r"^中国[(（][^)）]{2,6}[)）]")


# A project's size before its name describes it (总投资15亿元的G7智慧物流): a review gives another.
_SIZE_BEFORE = re.compile(r"^(?:计划)?总投资[\d.]+[万亿]?元的")


def searchable(name: str) -> str:
    """A name as a review may shorten it: without 《》 and quotes (a review quotes otherwise), the
    project's size before it and a trailing 建设/工程/项目 (and without a PDF page's number)."""
    text = _SIZE_BEFORE.sub("", without_page_numbers(name).strip()).strip('《》"')
    text = text.replace("“", "").replace("”", "")
    shorter = _GENERIC_TAIL.sub("", text)
    return shorter if len(shorter) >= 3 else text


def find_promised(index: PassageIndex, promise: Promise) -> list[tuple[float, int]]:
    """The passages naming the promise's object (find_object), a short list member's only where
    it stands as one of its list (beside_its_list)."""
    assert promise.object is not None
    found = find_object(index, uncounted(promise))
    if promise.beside:
        found = [(s, n) for s, n in found if beside_its_list(promise, index.passages[n])]
    return found


def beside_its_list(promise: Promise, passage: Passage) -> bool:
    """Whether the passage names a short list member as one of that list (Promise.beside):
    beside another member, and with the kind the plan names after the list (汉寿、石门、临澧等
    县市园区 → 园区: 汉寿、石门等园区进入全省30强; not 汉寿、石门入选全省乡村振兴示范县)."""
    text = fold(passage.text)
    if not any(other in text for other in promise.beside):
        return False
    plan = fold(promise.text)
    # (From the list's end: the first place of each member, not a later repeat of its name.)
    after = max(plan.find(name) + len(name) for name in (promise.object or "", *promise.beside))
    kind = list_kind(plan[after:])
    return bool(kind) and kind in text
