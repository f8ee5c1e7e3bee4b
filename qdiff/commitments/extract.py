"""Each task's commitments: one per named object, with the stage of the verb that governs it.

A task sentence is read clause by clause (split at `,` `;` `。`, never inside 《》, “” or
brackets). In a clause the objects stand between the verb that opens it and the verb that may
close it: `加快推进A、B等项目建设` (objects after 推进: advance), `A、B等项目开工` (objects
before 开工: start), `完成C、D收储` (after 完成: complete). An enumeration sharing one verb is one
commitment per member. A member counts when it names something (qdiff/lexicon/objects.py); in an
enumeration that mostly names things, its other members count too (叠纸科技办公装修 beside
昆明变电站). A task with no named object is one commitment whose object is None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from qdiff.commitments.model import Commitment
from qdiff.commitments.names import REMAINDER
from qdiff.lexicon.deadlines import DEADLINE, HOLIDAYS, REPORTED_AFTER
from qdiff.lexicon.objects import (
    AREA_OR_LENGTH,
    DOCUMENT_NAME,
    GENERIC,
    HEAD,
    HEAD_WORD,
    PLACE_LEVEL,
    QUOTED_NAME,
    SIZE_DESCRIBED,
    VAGUE_END,
    is_named,
    is_specific,
)
from qdiff.lexicon.quantities import RATE_UNITS, find_quantities
from qdiff.lexicon.stages import (
    ADVANCING_VERBS,
    BEGUN_VERBS,
    EVENT_HELD_WELL,
    IN_SERVICE_VERBS,
    STEP,
    stage_of,
    verbs_pattern,
)
from qdiff.normalize import PAGE_NUMBER_LINE, fold
from qdiff.notice import Item, Notice, Quantity, Stage, Task

# Verbs that open a clause's objects without claiming a stage of the ladder (one object's stage
# reads a few of them: 举办, 召开, 印发, 新增 N…; qdiff/lexicon/stages.py).
_PLAIN_VERBS = """
    实施 建设 新建 改建 扩建 举办 办好 打造 建立 成立 修订 组织
    创建 争取 确保 力争 启用 开通 通车 开业 运营 交付 优化 完善
    召开 筹建 引进 培育 支持 围绕 聚焦 跟踪 策划 承办 参与 促进
    新增 筹集 筹措 推出 组建 签署 明确 发放 印发 新创
    推行 健全 巩固 争创 擦亮 申报 设立 探索 取消 构建 推广
    抓好 做强 做优 做大 打响 打好 打通 公布 淘汰 用好 办结 评选
    升级 部署 认定 聘请 招录 消化 盘活 起草 拆除 拨付 兑付 绘制 招聘 选聘 走访 新辟 开辟
    扩大 动态管理 动态更新 动态调整 办理 遴选 上线 优化调整 实行 处置 新设 再增 再增加 增至 募集
""".split()  # noqa: SIM905 (a word list reads better as words)
# Ladder verbs and compounds, longest first (stage_of tells their stage).
_LADDER = """
    研究 谋划 筹备 编制 制定 征询 启动 开工 试点 试运行 试运营
    推进 推动 加快 深化 持续 继续 加强 做好 开展 落实 完成 建成
    竣工 出台 发布 揭牌 签约 投用 实现
""".split()  # noqa: SIM905 (a word list reads better as words)
# Any verb that opens objects, ladder or plain (built once: it is long, and five patterns use it).
_ANY_VERB = verbs_pattern([*_LADDER, *_PLAIN_VERBS])
# What follows a finished step that dates the next one (竣工后启动开办, 建成后即投入使用, 竣工后
# 11月开业); not 后 opening a place's name (完成后湾村征收签约).
_THEN = r"(?=$|[,;。:]|即|立即|及时|尽快|再|将|的|" + DEADLINE.pattern + "|" + _ANY_VERB + r")"
# A verb of resolve with a time, 再, 新 or 累计 between it and the verb it frames (力争全年新认定
# 高新技术企业25家, 确保年内新增就业岗位2.8万个): the framed verb is part of the opening.
_RESOLVED = (
    r"(?:(?<=力争|确保|争取)(?:再|新|全年|当年|今年|年内|累计|"
    + DEADLINE.pattern
    + r")+(?="
    + _ANY_VERB
    + r"))?"
)
_OPENING = re.compile(
    # (Two verbs joined by 并, 和 or 及 open one object: 建成并开放软X射线, 开工并建成滨江公园,
    # 引进和培育…总部; 开放 and 投入使用 only after 并, as 扩大对外开放 is a policy.)
    r"(?:(?:" + _ANY_VERB + r")好?(?:实施|落实|推进|建设)?" + _RESOLVED + r")"
    r"(?:并(?:开放|投入使用|投入运行|投入运营)|(?:并|和|及)?(?:"
    + _ANY_VERB
    + r")好?(?:实施|落实|推进|建设)?"
    + _RESOLVED
    + r")*"
    # 改扩建工程, 新建项目: a verb that is part of a project's name opens nothing; nor does a
    # completion or a start the clause presupposes (竣工后启动开办: the opening is 启动; but
    # 完成后湾村征收签约 opens with 完成, 后湾村 a village), nor a verb of reach (范围扩大到
    # 长三角更多城市, nor before one: 试点扩大至40个居民区 spreads the pilot, it starts nothing).
    r"(?!工程|项目|(?:扩大|扩展|拓展|扩充|增加|提高|提升|增长)?(?:到|至))"
    r"(?!(?<=[成工用动署牌约台布])后" + _THEN + r")"
)
_VERB = re.compile(_ANY_VERB)
# A figure reached and nothing else (扩大到5家, 认定提升至20家, 达到600个, 突破100家): a verb at
# most, a verb of reach, the figure and its unit.
_REACHED = re.compile(
    r"(?:" + _ANY_VERB + r")?"
    r"(?:(?:扩大|扩展|拓展|扩充|增加|提高|提升|增长|增)(?:到|至)|达到|突破)"
    r"[\d.一二三四五六七八九十两百千万亿]+[\u4e00-\u9fff]{0,2}"
)
# Inside a name, a verb names a document, a place or a rate with what follows it
# (风貌区保护更新实施方案, 信息发布中心, 全年申报数, 完成率): past a clause's opening words it
# opens nothing. At the opening it still does (加快中心城区改造, 推进平台建设, 引进数十家企业).
_NAMED_BY_VERB = re.compile(r"方案|意见|细则|办法|中心|平台|率|数(?!字|据|智|十|百|千|万|家|个)")
# A ladder verb followed by 后 dates what comes next, it claims nothing: 竣工后启动开办 starts.
# (And an agreement signed: 在合作协议签署后启动建设 starts.)
_PRESUPPOSED = re.compile(r"(?:" + verbs_pattern([*_LADDER, "签署"]) + r")后" + _THEN)
# What closes a list of objects: 等(N个)项目, the work done on them, and a verb placed after.
_CLOSING_VERBS = {
    *"""
    基本建成 建成投用 竣工投用 开工建设 开工 竣工 建成 投用 完成
    启动 揭牌 试运行 试运营 收尾 落地 签约 验收 设立 备案
    开通 投运 运营 运行 开放 出让 收储 征收 加快推进 有序推进 持续推进 推进 全线贯通 贯通
""".split(),  # noqa: SIM905 (a word list reads better as words)
    *IN_SERVICE_VERBS,
}
_CLOSING = re.compile(
    r"(?:等(?:[\d一二三四五六七八九十]+[个项家所座条处批])?(?:重点|重大)?(?:项目|工程|地块|设施)?)?"
    r"(?:的)?(?:建设|前期(?:审批|准备)?(?:工作)?|准备工作|工作|审批|改造|排查整治|整治)?"
    r"(?:(?:" + DEADLINE.pattern + r"|当季|同步|正式|基本|全面|全部|全线|顺利|高效)*"
    r"(?P<verb>" + "|".join(sorted(_CLOSING_VERBS, key=len, reverse=True)) + r"))*"
    r"(?:工作|建设)?$"
)
_TRAILING_WORK = re.compile(
    r"(?:的)?(?:达标)?(?:主体|桩基)?(?:建设|施工|编制|前期(?:审批|准备)?(?:工作)?|工作|审批|准备工作"
    r"|提质升级|提档升级|提质"
    # What is done to deputies' suggestions and members' proposals (…委员提案交办, …办理答复).
    r"|(?<=建议|提案)(?:交办|办理(?:答复)?|答复|办复)"
    # A list's update (区级公共数据资源目录更新; not 城市更新 or 设备更新, programmes).
    r"|(?:(?<=目录|清单|名录|数据)|(?<=库))更新)$"
)
# Coverage, a count's target, a standard or an inspection done on a thing (公办幼儿园托班全覆盖,
# …加装电梯80台目标任务, 区政务服务中心规范化建设, 入河排污口排查整治): trimmed only where what
# is left names a thing, else the phrase stays vague (燃气安全隐患排查, 垃圾分类全覆盖; nor a
# plan's targets: “十四五”规划目标任务 is no document).
_TRAILING_COVERAGE = re.compile(
    r"(?:全覆盖|(?<![划纲》”])目标任务|(?:规范化|标准化)(?:建设|管理)?|隐患排查|排查整治)$"
)
# Words around a name that are not part of it: 与A签约, A基本建成.
_LEADING_WORDS = re.compile(r"^(?:与|同|对|向|在(?!建)|将|由|以|依托)")
# A member after a list's last 和 starts with it (A建设和B修缮): not part of the name, where it
# follows another member's work word or a list mark; elsewhere it is (和平路改造工程, 推进和平区
# 人民医院建设). (No "^": match() anchors it at the member's start, where a "^" would hold only at
# the clause's.)
_LEADING_CONJUNCTION = re.compile(r"以及|和|及")
_DEADLINE_YEAR = re.compile(r"(?:(?:19|20)\d{2}年度?|明年|次年|今年)$")
_TRAILING_DEADLINE = re.compile(f"(?:{DEADLINE.pattern})$")
_TRAILING_ADVERBS = re.compile(
    r"(?:基本|全面|全部|全线|整体|正式|同步|当季|力争|确保|争取|累计|全年|当年|今年|已|再)+$"
)
# A stretch of the year a running total reports on (1—6月累计建成, 1月至9月份已, 上半年累计): no
# name, and none of the name it follows (市级“专精特新”中小企业1—6月累计新增18家). (上半年 and
# 前三季度 alone are deadlines ahead.)
_STRETCH = re.compile(
    r"(?:\d{1,2}月?[—–\-－~至到]\d{1,2}月份?|(?:上半年|前[二三]季度)(?=累计|以来))(?:以来)?"
)
# A date a count is due by of its own (6月底前, 二季度, 春节前), not a whole year's or a running
# total's (全年, 前三季度, 上半年): what is left of the latter is still its promise.
_A_DATE_OF_ITS_OWN = re.compile(rf"\d{{1,2}}月|(?<!前)[一二三四1-4]季度|(?:{HOLIDAYS})前")
_RUNNING_STRETCH = re.compile(rf"(?:{_STRETCH.pattern})(?={REPORTED_AFTER})")
_OPENING_STRETCH = re.compile(rf"(?:{_STRETCH.pattern})(?:{REPORTED_AFTER})*(?=.)")
# 长阳创谷等规划调整, 世界路变电站等项目: what follows 等 is what is done to the list.
_AND_SO_ON = re.compile(r"(?<=..)等[^、]{0,12}$")
_ENUMERATION = "、"
_CONJUNCTION = re.compile(r"以及|和|及|与")
# Where or by whom the work is done, after a name: 由…, 在…, 从…, 向… (not inside a word:
# 在建, 在线, 自由, 理由, 从业, 从严, 方向, 反向, 迈向, 向好, 向往, 向阳路).
_WHERE_OR_BY = re.compile(
    r"在(?!建|线)|(?<![自理缘经])由(?!于)|从(?!业|严|化|事|而|优|快|重|紧)"
    r"|(?<![面导方走定双志意动倾趋迈转指流反逆外单横纵内])向(?!阳|日葵|好|往|上|前|纵深)"
)
# Words no name runs across: a name at the start of a clause ends before them.
# (按: 汀湖路拓宽工程按明确节点竣工.)
_NAME_BREAK = re.compile(r"[以对向在将把被为于从由经获每并赴,;]|按(?!摩|钮)|进入|开始|实现|达到")
# What a list closed by 等 may call its members, naming them though each is short: 美团、字节跳动
# 等总部企业, 复旦、同济等高校 (besides every head noun of qdiff/lexicon/objects.py).
_KIND_OF_LIST = re.compile(r"企业|高校|大学|院校|单位|机构|品牌|街道|社区|医院|学校|银行")
# The count and kind that close a list of names: 2条河道, 3座病险水库, 2家街道综合养老服务中心,
# 2个街道长者食堂 (each member a street's centre, named by its street); not the places where
# work is done (溪口、南浦2个街道开展试点: the count is of streets), nor fields (三个领域专项
# 整治); not a total, 共2条, nor 一条街, a street's name.
_COUNTED_KIND = re.compile(
    r"(?<=[^\d一二两三四五六七八九十共计])[\d一二两三四五六七八九十]+[家个座条项所处]"
    rf"(?!(?:{PLACE_LEVEL})(?:$|[^\u4e00-\u9fff]|"
    + _ANY_VERB
    + r")|区域|领域|方面|行业|板块)(?<!一条)(?=“?[\u4e00-\u9fff]{2})"
)
# A clause opening with these states a condition or a means, not a subject: 按照“…”的要求.
_PREPOSITION = re.compile(r"按照|根据|依据|依照|结合|通过|围绕|立足|随着|借助|依托|在(?!建)")
# What may stand before a deadline that opens a sentence: 力争一季度…, 确保6月底前….
_SENTENCE_OPENING = re.compile(r"(?:力争|确保|争取|于|进一步|积极|大力|全力|认真|切实)*")
# How a work report's plan opens most sentences before their verb (深入推进…, 扎实开展…); before
# no verb, the word is part of a name (全面创新改革试验区建设取得突破).
_MANNER = re.compile(r"(?:深入|全面|稳步|扎实|高质量|有序|主动|坚决)+")
# A subject whose clause gives it a count: 电动自行车集中充电设施新增200处, 家庭照护床位全年新增
# 200张, “跨省通办”事项扩大到150项. The subject is a counted programme (DOMAIN.md) though no
# head noun names its kind; what follows the count is left to the clause.
_COUNT_FOLLOWS = re.compile(
    r"(?:(?:19|20)\d{2}年|全年|当年|今年|累计|再|" + DEADLINE.pattern + r")*"
    r"(?:新增|增加到|增加至|增加|增至|达到|扩大到|扩大至|扩展到|扩展至|拓展到|拓展至|提高到|提高至"
    r"|扩充到|扩充至|增长到|增长至|突破"
    # ... or a verb that adds or finishes so many (高新技术企业新认定30家, “免申即享”惠企政策累计
    # 上线50项).
    r"|新认定|认定|引进|招引|上线|完成|建成|新建|改造|新开工|开工|签约"
    # ... or one that clears, sets up or brings back into use so many (违法建筑全年拆除5万平方米,
    # 业委会新成立10个, 低效用地盘活38公顷).
    r"|拆除|新成立|成立|盘活|培育|整治|增开|新开|新划|划设|覆盖"
    # ... or a running total or the year's, with its verb or none (免证明事项累计35项, “小灯塔”
    # 企业累计培育18家, 加梯全年120台, 学校周边护学设施全年完善24所; not visitors received,
    # 全年接待游客500万人次: a measure's figure, _MEASURED).
    r"|(?<=累计|全年)[\u4e00-\u9fff]{0,4}?)"
    r"\d+(?:\.\d+)?(?:万|亿)?(?:[台家个所座条项处套户栋幢辆部间张块段名亩]|人(?!次)|平方米|公里|公顷)"
)
# Where a clause ends: punctuation outside 《》, “” and brackets.
_CLAUSE_END = frozenset(",;。:!?")
_OPENERS = {"《": "》", "“": "”", "(": ")", "[": "]"}
# How far a bracket's closer may stand: one that never comes (a copy's stray “) is a character,
# not the start of a quotation that would hide every object after it.
_REACH = {"《": 80, "“": 40, "(": 40, "[": 40}


def _opens(text: str, index: int, end: int) -> bool:
    """Whether the character at `index` opens a bracket whose closer comes within reach."""
    char = text[index]
    return char in _OPENERS and _OPENERS[char] in text[index + 1 : min(end, index + _REACH[char])]


def commitments_of(notice: Notice) -> tuple[Commitment, ...]:
    """Every commitment of a notice, in reading order."""
    return tuple(
        commitment
        for item in notice.items
        for task in item.tasks
        for commitment in task_commitments(task, item)
    )


def task_commitments(task: Task, item: Item) -> list[Commitment]:
    """The task's commitments, pointing into the notice's text; read once per wording (a
    sentence carried over from quarter to quarter is read once for all of them)."""
    found = _read(task.text)
    if not found:
        folded = fold(task.text)
        return [
            Commitment(
                ref=f"{task.ref}/1",
                task=task.ref,
                object=None,
                text=task.text,
                start=task.start,
                end=task.end,
                stage=task.stage,
                quantities=task.quantities,
                deadline=_deadline(folded, task.text, 0, len(folded)),  # the sentence's
                lead=item.lead,
                support=item.support,
            )
        ]
    return [
        Commitment(
            ref=f"{task.ref}/{index}",
            task=task.ref,
            object=task.text[read.name_start : read.name_end],
            text=task.text[read.start : read.end],
            start=task.start + read.start,
            end=task.start + read.end,
            stage=read.stage,
            quantities=read.quantities,
            deadline=read.deadline,
            lead=item.lead,
            support=item.support,
        )
        for index, read in enumerate(found, start=1)
    ]


@dataclass(frozen=True, slots=True)
class _Read:
    """One commitment as a sentence's wording states it, offsets into that wording."""

    name_start: int
    name_end: int
    start: int  # the clause
    end: int
    stage: Stage | None
    quantities: tuple[Quantity, ...]
    deadline: str | None


@lru_cache(maxsize=16384)
def _read(text: str) -> tuple[_Read, ...]:
    """The commitments of one sentence. A copy taken from a PDF breaks its lines inside words
    (年底前完\n成沙溪河生态修复工程): the sentence is read without its line breaks, and the
    offsets are mapped back onto the text as written (a name keeps its break)."""
    if "\n" not in text and "\r" not in text:
        return _read_unbroken(text)
    # A page's number on a line of its own (— 7 —) is no part of the sentence it interrupts.
    page_numbers = {i for m in PAGE_NUMBER_LINE.finditer(text) for i in range(*m.span())}
    kept = [i for i, char in enumerate(text) if char not in "\r\n" and i not in page_numbers]
    if not kept:
        return ()

    def begin(i: int) -> int:
        return kept[i] if i < len(kept) else len(text)

    def end(i: int) -> int:
        return kept[i - 1] + 1 if i > 0 else 0

    return tuple(
        replace(
            read,
            name_start=begin(read.name_start),
            name_end=end(read.name_end),
            start=begin(read.start),
            end=end(read.end),
        )
        for read in _read_unbroken("".join(text[i] for i in kept))
    )


def _read_unbroken(text: str) -> tuple[_Read, ...]:
    folded = fold(text)
    found: list[_Read] = []
    before: Stage | None = None  # the stage the sentence's previous clause claimed
    clauses = list(_clauses(folded))
    # (Read once: a heading's reading looks at the objects of the clauses after it.)
    objects_of = [_objects(folded[start:end]) for start, end in clauses]
    previous: list[int] = []  # the reads of the clause before, when it goes on with a comma
    for index, (start, end) in enumerate(clauses):
        clause = folded[start:end]
        # A clause with no verb of its own goes on with the one before: 完成A,B、C等项目.
        verbless = _VERB.search(clause) is None
        objects = objects_of[index]
        # What is left of the work the clause before counts (绿道已建成7公里,剩余5公里9月底前
        # 建成) is no object of its own when its promise is carried to the work's.
        remainder = (
            bool(previous)
            and bool(objects)
            and all(_bare_remainder(clause[a:b]) for a, b, _ in objects)
        )
        if remainder and _carry_dated_milestone(
            found, previous, text, folded, (start, end), remainder=True
        ):
            objects = []
        said = _said_after_heading(folded, clauses, objects_of, index)
        if said is not None and not objects:
            objects = [(0, len(clause), None)]  # 规上工业企业:三季度新增12家
        # A step of the work between the objects and their milestone (修订《…措施》,11月完成
        # 公平竞争审查,年底前出台): the milestone is what is promised of them.
        step_between = (
            not objects
            and bool(previous)
            and _STEPS.search(clause) is not None
            and index + 1 < len(clauses)
            and not objects_of[index + 1]
            and _dated_milestone(folded, text, clauses[index + 1]) is not None
        )
        if not objects and previous and not step_between and not remainder:
            _carry_dated_milestone(found, previous, text, folded, (start, end))
        goes_on = folded[end : end + 1] == ","
        mine = list(range(len(found), len(found) + len(objects)))
        previous = (previous if step_between else mine) if goes_on else []
        for name_start, name_end, stage in objects:
            a, b = start + name_start, start + name_end
            if said is not None:
                found.append(_headed(text, folded, (a, b), start, said))
                continue
            found.append(
                _Read(
                    a,
                    b,
                    start,
                    end,
                    before if verbless and stage is None else stage,
                    _quantities(text, folded, (a, b), (start, end)),
                    _deadline(folded, text, start, end),
                )
            )
        if not verbless:
            before = stage_of(clause) or before
    return tuple(found)


def _carry_dated_milestone(
    found: list[_Read],
    previous: list[int],
    text: str,
    folded: str,
    clause: tuple[int, int],
    remainder: bool = False,
) -> bool:
    """Work kept going on objects, then a dated start or completion with no object of its own
    (加快智造园标准厂房三期建设,年底前完成主体结构封顶): the milestone, by its date, is what is
    promised of them, as for a dated verb after the objects in one clause (_objects); their
    clause runs on to it. With `remainder`, the clause promises what is left of their count
    (全年新增早餐网点60个,剩余12个年底前建成): that is their promise, whatever they claimed,
    unless they were due by an earlier date of their own.
    Rewrites the reads of `previous` in `found`; whether it did."""
    milestone = _dated_milestone(folded, text, clause)
    if milestone is None:
        return False
    stage, deadline = milestone
    start, end = clause
    # The count it promises is the objects' too (推进闲置低效资产盘活,三季度盘活2万平方米), and
    # only theirs when it counts in their units (…已完成8个,剩余12台: not the 个's).
    counts = find_quantities(text[start:end], folded[start:end])
    units = {q.unit for q in counts}
    # Of several objects, those counted in the milestone's units, when some are (加装电梯已完成
    # 30台、老旧小区改造已完成8个,剩余12台…: the 台); one counted in another measure word of the
    # same things (口袋公园5个,年底前建成3座) is still its object.
    alike = [
        index
        for index in previous
        if not (counts and found[index].quantities)
        or units & {q.unit for q in found[index].quantities}
    ]
    carried = False
    for index in alike or previous:
        read = found[index]
        if (
            # What is left of a count with no date of its own (none, the whole year's, or a
            # running total's, 前三季度盘活38公顷) is its promise; not of one due by a date of its
            # own (6月底前交付600套,剩余400套年底前交付).
            (remainder and (read.deadline is None or not _A_DATE_OF_ITS_OWN.search(read.deadline)))
            or read.stage in (Stage.ADVANCE, None)
            or (read.stage is Stage.STUDY and stage is Stage.COMPLETE)  # 编制《…》,6月底前出台
            # A running total reported (绿道已建成7公里, 前三季度累计引进…24个; not 已 inside
            # the name, 已建成小区), then what is still promised of it by a date: the promise is
            # that.
            or _ALREADY.search(folded, read.start, read.name_start) is not None
            or _ALREADY.search(folded, read.name_end, read.end) is not None
            # A step done, then the milestone (门急诊综合楼完成施工招标,力争6月底前开工): the step
            # is reported, the milestone promised.
            or (read.stage is Stage.COMPLETE and _only_a_step(folded, read))
        ):
            found[index] = replace(
                read,
                end=end,
                stage=stage,
                deadline=deadline,
                quantities=read.quantities + counts,
            )
            carried = True
    return carried


def _gives_a_count(clause: str) -> bool:
    """Whether a clause counts things (新增12家), not only a rate (兑付率不低于95%)."""
    return any(q.unit not in RATE_UNITS for q in find_quantities(clause, clause))


def _bare_remainder(name: str) -> bool:
    """Whether a name is only what is left of a count (剩余5公里; not 其余2条道路, which names
    the roads)."""
    left = REMAINDER.match(name)
    if left is None:
        return False
    rest = name[left.end() :]
    figures = find_quantities(rest, rest)
    return len(figures) == 1 and figures[0].text == rest


def _dated_milestone(folded: str, text: str, clause: tuple[int, int]) -> tuple[Stage, str] | None:
    """The start or completion a clause promises by a date, with the date (年底前出台).
    (An undated count completed after work kept going, 推进农贸市场标准化改造,完成3家, is left
    to advance: read as complete, the looked-at pairs' stage labels rose by 4 but their stage
    changes found fell 1,149 → 1,144.)"""
    start, end = clause
    # (A count added by a date is done: 三季度再新增12家.)
    stage = _claimed(folded[start:end], counted=_gives_a_count(folded[start:end]))
    deadline = _deadline(folded, text, start, end, from_opening=False)
    # (None first: it narrows the type.)
    if stage is None or stage not in _BEGUN_OR_DONE or deadline is None:
        return None
    return stage, deadline


def _only_a_step(folded: str, read: _Read) -> bool:
    """Whether what the read's clause completes after its object is a step of the work
    (完成施工招标, 主体结构封顶) with no deadline of its own."""
    after = folded[read.name_end : read.end]
    return (
        _STEPS.search(after) is not None and DEADLINE.search(folded, read.start, read.end) is None
    )


# The longest heading a sentence puts before a colon to name what it is about.
_HEADING_REACH = 40
# Headings that label a part of a sentence, not what it is about: 工作目标:…, 下一步:….
_HEADING_LABEL = re.compile(
    r"(?:工作|主要|总体|年度|全年|阶段|时间)?(?:目标|任务|措施|重点|节点|要求|安排|进度|时限|步骤)"
    r"|下一步|其中|具体"
)


def _said_after_heading(
    folded: str,
    clauses: list[tuple[int, int]],
    objects_of: list[list[tuple[int, int, Stage | None]]],
    index: int,
) -> list[tuple[int, int]] | None:
    """The clauses that say what is promised of a sentence's heading, when the clause at `index`
    is one: a sentence that names its object first and then, after a colon, what will be done
    (低空经济三年行动方案:8月底前出台; 城东污水厂三期:7月底前通水试运行), up to the
    sentence's end or a semicolon. None when the clause is no heading: it has a verb of its
    own (_has_a_verb), it labels a part (工作目标:, 三季度:), it is no short name when the name
    rules found none in it (`objects_of`: each clause's objects), or what follows names two or
    more things of its own (园区道路:纬三路已通车,经五路9月底前完工: a topic)."""
    start, end = clauses[index]
    if end >= len(folded) or folded[end] != ":" or end - start > _HEADING_REACH:
        return None
    heading = folded[start:end]
    if (start > 0 and folded[start - 1] not in "。;!?") or _has_a_verb(heading):
        return None
    if any(label.fullmatch(heading) for label in (_HEADING_LABEL, DEADLINE, _DEADLINE_YEAR)):
        return None
    said = []
    for clause_start, clause_end in clauses[index + 1 :]:
        said.append((clause_start, clause_end))
        if clause_end >= len(folded) or folded[clause_end] in "。;!?":
            break
    if not said:
        return None
    if not objects_of[index] and not _names_by_heading(heading):
        return None
    if sum(len(objects_of[i]) for i in range(index + 1, index + 1 + len(said))) > 1:
        return None  # a topic: what follows names the things
    return said


def _has_a_verb(heading: str) -> bool:
    """Whether a heading has a verb of its own (望湖片区加快推进城市更新:), not one that is part of
    a name: of a document, a place or a rate (低空经济发展实施方案), or of work named as a noun
    (“十四五”规划实施总结评估)."""
    return any(
        _NAMED_BY_VERB.match(heading, verb.end()) is None
        and _NAMED_WORK.match(heading, verb.end()) is None
        for verb in _VERB.finditer(heading)
    )


# Work named as a noun after a verb, in a heading: 实施总结评估, 实施情况.
_NAMED_WORK = re.compile(r"(?:总结|评估|情况|效果|进展)")


def _names_by_heading(heading: str) -> bool:
    """Whether a heading with no name the clause rules find is still the name of what its
    sentence promises (规上工业企业, 背街小巷, 以旧换新): a few words, not a generic word
    (重点项目) nor a section's theme with its own punctuation."""
    return 2 <= len(heading) <= 16 and GENERIC.match(heading) is None and heading.isalnum()


# A clause of a heading's sentence that reports what is done already (已建成4个, 累计完成36公里)
# and so promises nothing.
_ALREADY = re.compile(r"(?<!项)目前|现已|已|累计")  # (not 项目前期)


def _headed(
    text: str, folded: str, name: tuple[int, int], start: int, said: list[tuple[int, int]]
) -> _Read:
    """A heading's object, stated by its whole sentence: the furthest stage the clauses after
    the colon promise (9月底前开工,年底前完成主体结构封顶 promises the roof; 9月底前竣工,四季度
    启动配租 the completion), with that clause's count and deadline, else the first another
    promising clause gives. Clauses reporting work already done are set aside (已完成36公里,
    9月底前完成48公里 promises the 48公里 by September) unless all do."""
    promised = [(a, b) for a, b in said if not _ALREADY.match(folded, a)] or said
    stages = [_claimed(folded[a:b], _gives_a_count(folded[a:b])) for a, b in promised]
    # The furthest step promised, the whole over a step of it (9月底前完成主体结构封顶,年底前
    # 竣工 promises the building by year end), then the first (a later start of other work,
    # 四季度启动配租 after 9月底前竣工, does not undo the completion).
    ranks = [stage.rank if stage is not None else 0 for stage in stages]
    whole = [STEP.search(folded, a, b) is None for a, b in promised]
    chosen = max(range(len(stages)), key=lambda i: (ranks[i], whole[i], -i))
    ordered = [promised[chosen], *(span for i, span in enumerate(promised) if i != chosen)]
    quantities = next((q for a, b in ordered if (q := find_quantities(text[a:b], folded[a:b]))), ())
    deadline = next(
        (d for a, b in ordered if (d := _deadline(folded, text, a, b, from_opening=False))), None
    )
    return _Read(name[0], name[1], start, said[-1][1], stages[chosen], quantities, deadline)


def _quantities(
    text: str, folded: str, name: tuple[int, int], clause: tuple[int, int]
) -> tuple[Quantity, ...]:
    """The quantities of the object's own name (10台电梯加装), else of its clause when the
    clause holds this one object's figures (完成加装电梯10台)."""
    (a, b), (start, end) = name, clause
    found = find_quantities(text[a:b], folded[a:b])
    # A figure that describes the project (鼎泰新材料年产5万吨锂电池隔膜项目, 总投资15亿元的…)
    # is part of its name, no target of the promise.
    own = tuple(q for q in found if not _describes(folded, a, b, q))
    if own:
        return own
    # What follows 并 is more work, with figures of its own (完成竣工验收并向首批5家企业交付).
    end = _before_and_then(folded, b, end)
    rest = folded[start:a] + folded[b:end]
    if _ENUMERATION in folded[start:end]:
        # A member of a list its count closes (锦屏、南塘2个零工市场, 大连路、黄兴路等6条道路) is
        # counted with its list.
        closing = _COUNTED_KIND.search(folded, b, end)
        if (
            closing is not None
            and (closing.start() == b or folded[b] in (_ENUMERATION, "等"))
            and _closes_the_list(folded, b, closing.start())
        ):
            return find_quantities(
                text[closing.start() : closing.end()], folded[closing.start() : closing.end()]
            )
        return ()
    return find_quantities(text[start:a] + text[b:end], rest)


# Words before a figure that make it a description of the object, not a promise about it.
_DESCRIBED_BY = re.compile(
    r"(?<!新增)(?:年产能力|年产能|年产|产能|总投资额|总投资|全长|总长|占地面积|占地|总建筑面积|"
    r"建筑面积|规划面积)(?:约|达到?|超过?|逾|近)?$"
)


def _describes(folded: str, start: int, end: int, quantity: Quantity) -> bool:
    """Whether the figure, inside the name at start:end, describes what is named."""
    at = folded.find(fold(quantity.text), start, end)
    return at >= 0 and _DESCRIBED_BY.search(folded, start, at) is not None


def _deadline(
    folded: str, text: str, start: int, end: int, from_opening: bool = True
) -> str | None:
    """The clause's deadline, else (`from_opening`) one that opens the sentence (一季度完成A,
    启动B: both in the first quarter); never one said in another clause (…,年内建成A,完成B: B
    is not 年内)."""
    found = DEADLINE.search(folded, start, end)
    if found is None and from_opening:
        opening = DEADLINE.match(folded, _opening_end(folded))
        found = opening if opening is not None and opening.start() < start else None
    if found is None:
        return None
    # The year it names is part of it: 2022年6月底前 is not this year's June.
    year = _DEADLINE_YEAR.search(folded, 0, found.start())
    return text[year.start() if year else found.start() : found.end()]


def _clauses(folded: str) -> Iterator[tuple[int, int]]:
    closing: list[str] = []
    start = 0
    for index, char in enumerate(folded):
        if closing and char == closing[-1]:
            closing.pop()
        elif _opens(folded, index, len(folded)):
            closing.append(_OPENERS[char])
        elif char in _CLAUSE_END and not closing:
            if index > start:
                yield start, index
            start = index + 1
    if start < len(folded):
        yield start, len(folded)


def _objects(clause: str) -> list[tuple[int, int, Stage | None]]:
    """The named objects of one clause, as offsets into it, each with its stage."""
    # A count added (新增助餐点6个) completes; 新建 with no count (新建汀湖小学) claims nothing.
    counted = _gives_a_count(clause)

    def claimed(text: str) -> Stage | None:
        return _claimed(text, counted)

    opening = _first_opening(clause)
    region_start = opening.end() if opening else 0
    # A running total of a stretch (1—6月累计建成1200个) names nothing before its verb.
    if opening is None and (stretch := _OPENING_STRETCH.match(clause)):
        region_start = stretch.end()
    closing = _CLOSING.search(clause, region_start)
    region_end = closing.start() if closing else len(clause)
    # 建立上市后备企业库并实行动态管理: what follows 并 is more work on the same objects.
    region_end = _before_and_then(clause, region_start, region_end)
    # 推动错时共享停车由东岭、泰和2个街道扩大至全区: the places it spreads from are no objects.
    if spread := _SPREAD.search(clause, region_start, region_end):
        region_end = spread.start()
    opening_stage = claimed(clause[:region_start]) if opening else None
    # A thing set up and then put to use in one promise (建立区级人才服务平台并投入运行) is done.
    if (
        opening_stage is Stage.START
        and opening is not None
        and opening.group() in BEGUN_VERBS
        and claimed(clause[region_end:]) is Stage.COMPLETE
    ):
        opening_stage = Stage.COMPLETE
    # A plan drawn up by a deadline (规划编制一季度完成) is complete, and so is work started and
    # finished in one promise (当季开工当季竣工): the compounds of qdiff/lexicon/stages.py reach
    # past the opening verb.
    if (
        opening is not None
        and opening_stage in (Stage.STUDY, Stage.START)
        and claimed(clause[opening.start() :]) is Stage.COMPLETE
    ):
        opening_stage = Stage.COMPLETE
    # Starting a thing's preparation or consultation (启动A筹备, 启动B居民意见征询), or carrying
    # out a study of it (开展A选址前期研究), is study, as the compounds of qdiff/lexicon/stages.py
    # read it from the opening verb on.
    # (Most clauses open with a verb that keeps work going: only one that studies is read again,
    # and one whose compound from the opening verb on starts: 开展“五社联动”试点.)
    if (
        opening is not None
        and opening_stage is Stage.ADVANCE
        and claimed(clause[opening.start() :]) is Stage.START
    ):
        opening_stage = Stage.START
    studied = opening_stage is Stage.ADVANCE and ("研究" in clause or "论证" in clause)
    if (
        opening is not None
        and (opening_stage is Stage.START or studied)
        and claimed(clause[opening.start() :]) is Stage.STUDY
    ):
        opening_stage = Stage.STUDY
    if (
        opening is not None
        and opening_stage is None
        and EVENT_HELD_WELL.match(clause, opening.start())
    ):
        opening_stage = Stage.COMPLETE  # 办好…节: the opening verb reads with its event
    closing_verb = closing.group("verb") if closing else None
    # Work on the groundwork (启动/加快A、B等项目前期) is study, whatever verb frames it: the
    # project itself has not started (DOMAIN.md, the ladder). Finishing it (完成…前期) is done.
    if (
        closing
        and "前期" in closing.group()
        and Stage.COMPLETE not in (opening_stage, claimed(closing_verb or ""))
    ):
        opening_stage = Stage.STUDY
    # The verb before the objects governs them (推进…签约 advances the signing); a verb placed
    # after them governs them when nothing before does (A、B等项目开工).
    # The closing's own stage: its first verb (上线运行 completes, 运行 alone claims nothing).
    closing_stage = (
        (claimed(closing.group()) or claimed(closing_verb))
        if closing is not None and closing_verb
        else None
    )
    # A dated start or completion after the objects is the promise, whatever verb frames it:
    # 推动望湖天地商业综合体年内开业, 推动…平台11月底前上线运行, and so is one said with 完成
    # (推动区科创产业引导基金完成设立); without either, 推进…签约 advances the signing, while
    # 推动…签约 pushes for the signing itself (17 of the 22 looked-at labels: complete).
    if (
        opening_stage is Stage.ADVANCE
        and closing is not None
        and closing_stage in (Stage.START, Stage.COMPLETE)
        and (
            DEADLINE.search(closing.group())
            or "完成" in closing.group()
            or (opening is not None and opening.group() == "推动" and closing_verb == "签约")
        )
    ):
        opening_stage = closing_stage
    # 抓好A、B等项目开工: a verb that keeps work going yields to a stage the closing verb claims.
    if opening is not None and opening.group() in ADVANCING_VERBS and closing_stage is not None:
        opening_stage = closing_stage
    stage = opening_stage or closing_stage
    # The year's count of work kept going (全年建设“精品小区”10个, 全年培育专精特新企业10家) is a
    # count to deliver by the year's end, as the labellers read it; without the year, 建设…4家
    # then 建成2家 is progress.
    if (
        stage is Stage.ADVANCE
        and counted
        and opening is not None
        and opening.group() in _BUILT_OR_GROWN
        and _WHOLE_YEAR.match(clause)
    ):
        stage = Stage.COMPLETE
    # Getting ready for a thing (做好望湖学校开办准备, 组织运动会筹备工作) is study, whatever
    # verb frames it, as its groundwork is (前期, above).
    if stage is not Stage.COMPLETE and _PREPARATION.search(clause, region_start):
        stage = Stage.STUDY
    found = []
    # With no verb before them, the objects are what a verb after them acts on (A、B等项目
    # 开工); a clause with no verb at all names only what it opens with (its topic).
    if region_end > region_start and (opening is not None or closing_verb):
        found = _named_members(clause, region_start, region_end, specific=opening is not None)
        # A figure reached names nothing (乐业驿站力争认定扩大到8家: 认定扩大到8家 is no name).
        found = [span for span in found if not _REACHED.fullmatch(clause, span[0], span[1])]
    # A named subject the clause opens with: 港区冷链物流园一期完成冷库设备安装调试,
    # 红房子医院科教楼主体结构封顶, 美团、字节跳动等总部项目扩租落地.
    topic = [span for span in _topic(clause) if span not in found]
    # Two readings of one name, one inside the other, name one thing: by the longer
    # (街北高速扩建, not 街北高速), unless all it adds is a deadline before the name or an
    # adverb after it (3月底前北塘文体中心、汀湖学校竣工; 滨江绿道三期全线贯通).
    spans = topic + found
    topic, found = (
        [span for span in group if not _one_of_two_readings(clause, span, spans)]
        for group in (topic, found)
    )
    if not found and not topic:
        return [(a, b, stage) for a, b in _documents(clause)]
    # Subjects are governed by the verb that follows them: A、B、C完成居民搬迁 completes.
    topic_stage = stage if stage is not None or not topic else claimed(clause[topic[-1][1] :])
    return [(a, b, topic_stage) for a, b in topic] + [(a, b, stage) for a, b in found]


def _claimed(text: str, counted: bool = False) -> Stage | None:
    """The stage a stretch of a clause claims, its presupposed steps (竣工后…) set aside;
    `counted`: the clause gives a count (see stage_of)."""
    return stage_of(without_presupposed(text), for_object=True, counted=counted)


def without_presupposed(text: str) -> str:
    """The text with the steps it presupposes blanked out, its length kept (竣工后11月开业运营:
    the 竣工 is done before the promise, which is the opening)."""
    return _PRESUPPOSED.sub(lambda m: "　" * len(m.group()), text)


def _one_of_two_readings(clause: str, span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether another reading of the same name stands for it (see _objects)."""
    for other in spans:
        if other == span:
            continue
        holds = span[0] <= other[0] and other[1] <= span[1]
        held = other[0] <= span[0] and span[1] <= other[1]
        # The longer reading stands unless all it adds is no part of the name.
        longer, shorter = (span, other) if holds else (other, span)
        if (holds or held) and holds == _adds_no_name(
            clause[longer[0] : shorter[0]], clause[shorter[1] : longer[1]]
        ):
            return True
    return False


def _adds_no_name(before: str, after: str) -> bool:
    """Whether what a longer reading adds to a name is no part of it: a deadline before it, an
    adverb or a verb after it (北塘文体中心 in 3月底前北塘文体中心; 滨江绿道三期 in …三期全线;
    “亲清南汀”企业服务平台 in …平台上线)."""
    return (not before or DEADLINE.fullmatch(before) is not None) and (
        not after or _TRAILING_ADVERBS.fullmatch(after) is not None or _claimed(after) is not None
    )


def _opening_end(clause: str) -> int:
    """Where a sentence's opening words end: 力争, 进一步…, and 深入 or 全面 before a verb."""
    start = _SENTENCE_OPENING.match(clause).end()  # type: ignore[union-attr]
    manner = _MANNER.match(clause, start)
    if manner and (_OPENING.match(clause, manner.end()) or DEADLINE.match(clause, manner.end())):
        return manner.end()
    return start


# A holiday's span, which names no event: 区体育中心游泳馆春节期间对外开放.
_HOLIDAY_SPAN = re.compile(
    rf"(?:{HOLIDAYS}|清明|元宵)(?:节日|节)?(?:期间|假期|前后)|(?:暑假|寒假)(?:期间)?"
)


def _topic(clause: str) -> list[tuple[int, int]]:
    """The names a clause opens with, before any verb: the longest opening phrase that names
    something, or the list before 等 when what follows 等 names their kind."""
    start = _opening_end(clause)
    # A deadline it opens with, and the year before one (2025年一季度北塘文体中心竣工), is no part
    # of the name (but 2024年区级部门预算 keeps its year).
    year = _LEADING_YEAR.match(clause, start)
    if year and DEADLINE.match(clause, year.end()):
        start = year.end()
    if deadline := DEADLINE.match(clause, start):
        start = deadline.end()
    elif stretch := _OPENING_STRETCH.match(clause, start):
        start = stretch.end()  # 1—6月累计建成1200个: a running total, no name
    elif span := _HOLIDAY_SPAN.match(clause, start):
        start = span.end()  # 春节期间汀江灯会对外开放: the 灯会 opens
    if _OPENING.match(clause, start) or _PREPOSITION.match(clause, start):
        return []  # it opens with a verb (its objects follow it) or a condition (按照…要求)
    # The first verb outside quotes: 《…促进…措施》出台 opens with its document.
    verbs = _OPENING.finditer(clause, start)
    verb = next(
        (
            v
            for v in verbs
            if not _inside_quotes(clause, start, v.start())
            and not _names_with_verb(clause, v, start)
        ),
        None,
    )
    limit = verb.start() if verb else len(clause)
    # A work word that heads names before a verb ends the name: 松柏路拓宽改建完成管线搬迁.
    if verb and (work := HEAD_WORD.match(clause, verb.start())) and verb.end() > work.end():
        limit = work.end()
    etc = clause.find("等", start, limit)
    listed = etc > start and _ENUMERATION in clause[start:etc]
    if listed and _names_a_kind(clause, etc, limit):
        return [
            part
            for a, b in _members(clause, start, etc)
            for part in _conjuncts(clause, *_trimmed(clause, a, b))
        ]
    best = None
    # Where a name may end: after a head noun outside quotes (“枫桥式” holds 桥, 《社区…》 社区),
    # or where the verb begins (“枫桥式”派出所创建 is named by its quotes).
    # (Not inside a deadline nor a holiday's span: 春节前, 春节期间 hold the head 节.)
    dates = [
        (d.start(), d.end())
        for pattern in (DEADLINE, _HOLIDAY_SPAN)
        for d in pattern.finditer(clause, start, limit)
    ]
    ends = [
        head.end()
        for head in HEAD_WORD.finditer(clause, start, limit)
        if not any(a < head.end() <= b for a, b in dates)
    ]
    for end in [*(e for e in ends if not _inside_quotes(clause, start, end=e)), limit]:
        end = _before_where_or_by(clause, start, end)
        if best is not None and (
            _NAME_BREAK.search(clause, best[1], end) or DEADLINE.search(clause, best[1], end)
        ):
            break  # 爱国卫生运动以背街小巷…, 城运平台年内接入…系统: the name ended before 以, 年内
        if is_named(clause[start:end]):
            best = (start, end)
    # A name read to the verb's place that holds a count of its own subject (群租四季度整治200户,
    # 科创城定制公交增开1条): the subject is what is counted (not the first of a list of counts:
    # 社区长者食堂新开2家、老年助餐点新增8个).
    if (
        best is not None
        and best[1] == limit
        and _ENUMERATION not in clause[start:limit]
        and (counted := _counted_subject(clause, start, limit))
    ):
        return counted
    if best is None:
        return (
            _counted_subject(clause, start, limit)
            or _measured_subject(clause, start, limit)
            or _stated_subject(clause, start, verb)
            or _spread_subject(clause, start)
            or _coined(clause, start, limit)
        )
    if len(coined := _each_coined(clause, *best)) > 1:  # “船边直提”“抵港直装”由试点转入…
        return coined
    # A phase or a zone right after the head is the name's (岷大科技园二期主体结构…封顶, 柘江口
    # 航道二期…, 德沃汽配标准厂房(二期)8月底前竣工, 科创谷B区9月完成竣工验收: _PHASE).
    if phase := _PHASE.match(clause, best[1]):
        best = (best[0], phase.end())
    if _ENUMERATION in clause[best[0] : best[1]]:
        members = _members(clause, *best)
        if counted := _counted_members(clause, members):
            return counted  # 鹭川、东湖2个急救分站年内建成
        named = [span for span in members if is_named(clause[span[0] : span[1]])]
        # 鹭川、东湖、枫溪社区卫生服务中心完成提标改造: a place named alone is of the kind the
        # list names once (but not a phrase: 精心布置更多…消费场景、购物活动).
        if named and all(span in named or span[1] - span[0] <= _MEMBER_PLACE for span in members):
            return [(a, b) for a, b in members if b - a >= 2]
        return named
    # 区人大代表建议和区政协委员提案6月底前全部办结, 问题隐患清单和制度措施清单实行动态管理: two
    # papers are two, as after a verb (but not two roads' junction, 人民路和解放路交叉口渠化改造,
    # nor 区人民医院和区中医医院医共体: one thing named by two).
    best = _trimmed(clause, *best)
    halves = _conjuncts(clause, *best)
    if len(halves) > 1 and all(_PAPER.search(clause[a:b]) for a, b in halves):
        return halves
    return [best]


# A paper, ending a name: a congress's suggestions, a CPPCC's proposals, a list, a plan.
_PAPER = re.compile(r"(?:建议|提案|清单|名录|目录|方案|规划|计划|办法|细则|报告)$")
# The longest member of a subject list that may be a place named alone (鹭川, 石桥街道).
_MEMBER_PLACE = 4
# Coined names in quotes, one after another (“船边直提”“抵港直装”).
_COINED = re.compile(r"(?:“[^”]{2,20}”)+")
_ONE_COINED = re.compile(r"“[^”]{2,20}”")
_A_RATE = re.compile(r"%|％|率|占比|比重")


def _each_coined(clause: str, start: int, end: int) -> list[tuple[int, int]]:
    """A name that ends in two or more coined names in quotes one after another is each of
    them (新一轮“平安杨浦”“除隐患铸平安”: two campaigns); any other name is itself."""
    if "”“" not in clause[start:end]:
        return [(start, end)]  # (most names: no two quoted names meet in them)
    for run in _COINED.finditer(clause, start, end):
        quoted = list(_ONE_COINED.finditer(clause, *run.span()))
        if run.end() == end and len(quoted) > 1:
            return [(one.start(), one.end()) for one in quoted]
    return [(start, end)]


def _coined(clause: str, start: int, limit: int) -> list[tuple[int, int]]:
    """The coined names in quotes a clause opens with, where nothing else names its subject: each
    is a name by itself, as is_named reads one (“免申即享”惠企政策累计上线50项, “船边直提”
    “抵港直装”由试点转入常态化运作: two)."""
    coined = _COINED.match(clause, start)
    if coined is None or coined.end() > limit or _A_RATE.search(clause, coined.end()):
        return []  # “最多跑一次”事项占比达到95%: a slogan's rate, a target and no object
    return [
        (quoted.start(), quoted.end()) for quoted in _ONE_COINED.finditer(clause, *coined.span())
    ]


# A member that is a time and the verb it dates (在三季度办好, 上半年办好) says when, not what.
_A_TIME = re.compile(f"[在于]?(?:{DEADLINE.pattern})(?:{_VERB.pattern})*")


def _counted_members(clause: str, members: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The members of a list its count and kind close (完成沙河、白沙涌2条河道清淤, 推动禾丰食品、
    恒瑞达精密机械2家企业申报): each is one of that kind, named by itself, the last ending
    before the count; none when no count closes the list."""
    kind = _COUNTED_KIND.search(clause, *members[-1]) if len(members) > 1 else None
    if kind is None or not _closes_the_list(clause, members[-1][0], kind.start()):
        return []
    last = (members[-1][0], kind.start())
    if last[1] - last[0] < 2:
        return []
    return [(a, b) for a, b in (*members[:-1], last) if b - a >= 2]


# A phase in words (二期, 第三期), not a count of sessions (培训班3期) nor a term (期间, 期末).
# A phase after a head, in words or in brackets (二期, (二期)), or a zone lettered after it (科创谷
# B区; not one of a list going on, 科创谷A区、B区, which names the whole).
_PHASE = re.compile(
    r"(?<![班会座])第?[一二三四五六七八九十]+期(?!间|限|末|初|中)"
    r"|\(第?[一二三四五六七八九十\d]+期\)|[A-Z]\d{0,2}(?:区|座|栋|幢|地块)(?!、)"
)
# A member made up of steps of the work only (主体结构封顶): what is done to an object.
_STEPS = re.compile(rf"(?:{STEP.pattern})+")


def _inside_quotes(clause: str, start: int, end: int) -> bool:
    """Whether `end` falls inside “…” or 《…》 opened after `start`."""
    text = clause[start:end]
    return text.count("“") > text.count("”") or text.count("《") > text.count("》")


# A count followed by what it counts (…6个老年助餐点; not 200处以上); what a clause may open
# with that is no subject (_NOT_A_SUBJECT) is below.
_COUNTS_WHAT_FOLLOWS = re.compile(r"(?!以上|左右|以内|以下|余)[\u4e00-\u9fff]{2}")


def _counted_subject(clause: str, start: int, limit: int) -> list[tuple[int, int]]:
    """The subject of a clause that counts it (电动自行车集中充电设施新增200处), else none."""
    for count in _COUNT_FOLLOWS.finditer(clause, start):
        end = _trimmed(clause, start, count.start())[1]
        subject = clause[start:end]
        if count.start() > limit or end - start < 2 or _NAME_BREAK.search(subject):
            return []
        if _COUNTS_WHAT_FOLLOWS.match(clause, count.end()) or _NOT_A_SUBJECT.fullmatch(subject):
            return []  # 本季度再建成6个老年助餐点: the count is the 助餐点's, 本季度 a time
        return [] if GENERIC.match(subject) or VAGUE_END.search(subject) else [(start, end)]
    return []


def _measured_subject(clause: str, start: int, limit: int) -> list[tuple[int, int]]:
    """The measure a clause opens with when a figure of it follows (实到外资2.3亿美元,
    PM2.5平均浓度控制在30微克/立方米以内, 高校毕业生就业率保持在95%以上): an indicator the
    notice sets a target for, which the blind labellers follow quarter by quarter as they follow
    a named object."""
    figure = _MEASURED.search(clause, start)
    if figure is None or figure.start() > limit:
        return []
    if when := _MEASURE_PERIOD.match(clause, start):
        start = when.end()  # 全年实到外资: the year is the figure's, not the measure's
    end = _trimmed(clause, start, figure.start())[1]
    subject = clause[start:end]
    if end - start < 3 or _NAME_BREAK.search(subject) or _NOT_A_SUBJECT.fullmatch(subject):
        return []
    if _VERB.search(subject) or _ACT_IN_A_MEASURE.search(subject) or GENERIC.match(subject):
        return []
    return [] if _A_SHARE.search(subject) else [(start, end)]


# A share of something (“最多跑一次”事项占比, …比重) is a target of the task, no measure
# followed on its own.
_A_SHARE = re.compile(r"(?:占比|比重|比例)$")


def names_a_measure(commitment: Commitment) -> bool:
    """Whether a commitment's object is a measure its clause sets a figure for right after it
    (实到外资2.3亿美元, 城镇登记失业率一季度末控制在4%以内), rather than a thing named: a
    promise against delivery checks such a figure as a target, not an object
    (qdiff/delivery/plan.py)."""
    name = commitment.object
    if name is None or is_named(name):
        return False
    at = commitment.text.find(name)
    return at >= 0 and _MEASURED.match(fold(commitment.text), at + len(name)) is not None


# A clause that opens with the whole year (全年, 2025年全年, 年内, 今年; not 今年以来, work
# done), and the verbs whose count for it is delivered (全年建设…10个, 全年培育…10家; not
# 全年推进重点项目50个, work kept going on them).
_WHOLE_YEAR = re.compile(r"(?:(?:19|20)\d{2}年)?(?:全年|年内|本年|今年(?!以来))")
_BUILT_OR_GROWN = ("建设", "培育")
# The stretch a measure's figure is for, when the clause opens with it (全年, 今年, 2025年,
# 上半年, 前三季度).
_MEASURE_PERIOD = re.compile(
    r"(?:全年|年内|今年|本年|(?:19|20)\d{2}年度?|上半年|下半年|前[二三]季度|[一二三四1-4]季度)+"
)
# What a measure's name never holds: a verb off the ladder that makes the subject an act
# (区级财政安排专项资金, 鹭川古镇接待游客).
_ACT_IN_A_MEASURE = re.compile(r"安排|接待|吸引|实现|带动|完成|开展|引导|撬动")
# A figure set for a measure: its verb of level or change, if any, and the figure with its unit.
_MEASURED = re.compile(
    r"(?:同比|全年|年内|累计|(?:[一二三四1-4]|前[二三])季度末?|上半年|" + DEADLINE.pattern + r")*"
    r"(?:增长|下降|提高|降低|达到|达|控制在|保持在|稳定在|不低于|不少于|不超过|突破|超过|新增)?"
    r"\d+(?:\.\d+)?(?:万|亿)?(?:%|％|元|美元|吨|人次|万人|微克/立方米)"
)


def _spread_subject(clause: str, start: int) -> list[tuple[int, int]]:
    """The subject of a clause that spreads it from where it was tried (涉企行政检查“综合查一次”
    由鹭川、东湖2个街道推广至全区, …自助办理模式由试点转为全面推广): a programme a redraft
    names first, though no head noun names its kind."""
    spread = _SPREAD.search(clause, start + 2)
    if spread is None or _NAME_BREAK.search(clause, start, spread.start()):
        return []
    end = _trimmed(clause, start, spread.start())[1]
    return [(start, end)] if is_specific(clause[start:end]) else []


# Where a programme spreads from, up to the verb that spreads it (由东岭、泰和2个街道扩大至全区).
_SPREAD = re.compile(
    r"(?<![自理经缘])由(?!于)[^,;。]{1,24}?(?:扩大|推广|拓展|扩展|延伸|转为|覆盖)(?:至|到|为|向)?"
)


def _stated_subject(clause: str, start: int, verb: re.Match[str] | None) -> list[tuple[int, int]]:
    """The subject a clause opens with when a start or a completion follows it, though no head
    noun names its kind: 鹤湾三中力争年内建成, 控规修编一季度完成 (a notice redrafted with its
    objects put first, DOMAIN.md). Only a specific phrase counts, as written (not 各项工作全面完成,
    疫苗接种工作年内完成, 问题整改年底前完成)."""
    # 力争, 确保 hope for what the next verb does (鹤湾三中力争年内建成).
    while verb is not None and verb.group() in _HOPES:
        verb = _OPENING.search(clause, verb.end())
    if verb is None or _claimed(clause[verb.start() : verb.end()]) not in _BEGUN_OR_DONE:
        return []  # 集成电路设计赛道赴深圳开展招商: work done, not a thing begun or finished
    if clause.startswith(_PARTNER, start):
        return []  # 与华东师大签署合作协议: a partner in the work, not its subject
    end = verb.start()
    while True:  # 力争年内, 于年内, 年内全面: what stands between the subject and its verb
        words = _BEFORE_VERB.search(clause, start, end)
        if words is None or words.start() == start:
            break
        end = words.start()
    if (
        VAGUE_END.search(clause, start, end)
        or _GENERIC_SUBJECT.search(clause, start, end)
        or clause.startswith(("问题", "年度", "各"), start)
    ):
        return []
    a, b = _trimmed(clause, start, end)
    # A target the subject is given ends it: 老年人健康体检全年4.5万人目标 is the check-up's.
    if count := _SUBJECT_TARGET.search(clause, a + 4, b):
        b = count.start()
    subject = clause[a:b]
    if (
        b - a < 4
        or len(subject) - _year_length(subject) < 4
        or b - a > _SUBJECT_REACH
        or _NAME_BREAK.search(subject)
        or DEADLINE.search(subject)
        or _VERB.search(subject)
        or not is_specific(subject)
    ):
        return []
    return [(a, b)]


_BEGUN_OR_DONE = (Stage.START, Stage.COMPLETE)
_PARTNER = ("与", "同")
_HOPES = ("力争", "确保", "争取")
# 并 before more work (并实行动态管理, 并向社会公布), not inside a word (并网, 并购, 并联审批,
# 合并, 兼并重组, 并举, 并存).
_AND_THEN = re.compile(r"(?<![合兼归吞])并(?!网|购|联|轨|表|列|举|重|存|进|入|非|未|行(?!政))")


def _before_and_then(clause: str, start: int, end: int) -> int:
    """Where the work of a clause's stretch from `start` ends, at most `end`: before a 并 after
    its first character that adds more work (not one inside a title: 《关于支持民营企业发展并
    加快转型升级的若干意见》)."""
    for then in _AND_THEN.finditer(clause, start + 1, end):
        if not _inside_quotes(clause, start, then.start()):
            return then.start()
    return end


_PREPARATION = re.compile(r"(?:准备|筹备)(?:工作)?$")
# What may stand between a subject put first and its verb: adverbs, a deadline, 于.
_BEFORE_VERB = re.compile(
    r"(?:" + DEADLINE.pattern + r"|基本|全面|全部|正式|同步|当季|力争|确保|争取|于|将|已)$"
)
# A subject that names no one thing: a class of work or of tasks (安全生产各项工作, 相关工作,
# 目标任务), or the whole district's; nor does one that opens with 问题 or 年度 (问题整改).
_GENERIC_SUBJECT = re.compile(r"各项|各类|相关|有关|目标任务|重点任务|全区|全市")
# What a clause may open with that is no subject of a count: a time (本季度, 一季度, 目前, 截至
# 二季度) or the whole district (全区累计建成30个).
_NOT_A_SUBJECT = re.compile(
    rf"(?:本|当|今|明|上|下)(?:季度|月|年|周|半年)|目前|当前|截[至止].*|{_A_TIME.pattern}"
    rf"|{_STRETCH.pattern}"
    rf"|(?:{_GENERIC_SUBJECT.pattern})"
)
_SUBJECT_TARGET = re.compile(r"(?<![\d.])(?:全年|年度|累计|共)?\d")  # (not inside 280家)
_LEADING_YEAR = re.compile(r"(?:19|20)\d{2}年度?")


def _year_length(text: str) -> int:
    """How long the year a text opens with is (2024年: 5), 0 without one."""
    year = _LEADING_YEAR.match(text)
    return year.end() if year else 0


# The longest subject a clause may open with: beyond it, what stands before the verb is a
# sentence of its own rather than a name.
_SUBJECT_REACH = 20


def _names_a_kind(clause: str, etc: int, limit: int) -> bool:
    """Whether what follows 等 names the kind of the list before it (等总部项目, 等高校)."""
    end = min(limit, etc + 12)
    return bool(
        HEAD_WORD.search(clause, etc + 1, end) or _KIND_OF_LIST.search(clause, etc + 1, end)
    )


def _named_members(
    clause: str, start: int, end: int, specific: bool = False
) -> list[tuple[int, int]]:
    """The members that name things; with `specific` (a verb acts on them), a single specific
    phrase too (区管企业分类改革)."""
    members = [
        part
        for a, b in _members(clause, start, end)
        for joined in _conjuncts(clause, a, b)
        for part in _each_coined(clause, *joined)
    ]
    # The list's 等 may open what closes it (A、B等项目开工): it stands at `end` then.
    etc = clause.find("等", start, end + 1)
    if len(members) > 1 and etc > start and _names_a_kind(clause, etc, len(clause)):
        return [(a, b) for a, b in members if b - a >= 2]  # 复旦、同济等高校
    if counted := _counted_members(clause, members):
        return counted
    if specific and len(members) == 1 and not is_named(clause[members[0][0] : members[0][1]]):
        # The member as trimmed is what is checked (开展至3月底 is 开展至: a verb, no object).
        a, b = members[0]
        # (A step of the work is what is done to the object, not one: 实现主体结构封顶; nor is a
        # time: 力争在三季度办好, 力争上半年办好.)
        if (
            is_specific(clause[a:b])
            and not _VERB.match(clause, a)
            and not _STEPS.fullmatch(clause[a:b])
            and not _A_TIME.fullmatch(clause, a, b)
        ):
            return members
    return _mostly_named(clause, members)


def _mostly_named(clause: str, members: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The members that name things, or every member where most do: an enumeration that mostly
    names things names each of its members (财政预算 and 重大工程 beside 国民经济和社会发展计划:
    the list names the year's plans; 鹭川 beside 枫溪社区卫生服务中心: the kind is said once)."""
    named = [span for span in members if is_named(clause[span[0] : span[1]])]
    if len(members) > 1 and named and 2 * len(named) >= len(members):
        return [(a, b) for a, b in members if b - a >= 2]
    return named


def _conjuncts(clause: str, start: int, end: int) -> list[tuple[int, int]]:
    """A member joined by 和/及/与 is two when both halves name something by themselves
    (滨河路新建工程和柳塘小学改扩建工程); one name sharing its head is not
    (苏步青旧居和谈家桢旧居修缮工程)."""
    for joint in _CONJUNCTION.finditer(clause, start, end):
        # The left half carries its own work word: A中心建设和B医院修缮 (the right half's was
        # trimmed with the member).
        left, right = _trimmed(clause, start, joint.start()), (joint.end(), end)
        # An area or a length after the last half is both halves' (标准厂房及研发楼22万平方米).
        size_of_both = _SIZE_AFTER.search(clause, *right) is not None and not _DIGIT.search(
            clause, start, joint.start()
        )
        # (Nothing trimmed from the left half: no work word of its own, 南湖社区卫生服务中心建设
        # 和区精神卫生中心修缮 being two works.)
        one_project = left[1] == joint.start() and _shares_its_work(clause, left, right)
        if (
            not size_of_both
            and not one_project
            and all(is_named(clause[a:b]) for a, b in (left, right))
        ):
            return [left, *_conjuncts(clause, *right)]
    return [(start, end)]


def _shares_its_work(clause: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether the right half names the left half's kind of thing, then the work done on both
    (苏步青旧居和谈家桢旧居修缮工程: one project on two homes, nine commitments in the seed's
    sentence as issue 12 counts them), or two bodies then their merger (区城投集团与区建发集团
    重组整合). The caller checks that nothing was trimmed from the left half."""
    head = HEAD.search(clause, left[0], left[1])
    if head is None:
        return False
    kind = clause[head.start() : left[1]]
    at = clause.find(kind, right[0], right[1])
    if at < 0:
        return False
    shared = _SHARED_PROJECT if kind not in _BODIES else _SHARED_MERGER
    return shared.fullmatch(clause, at + len(kind), right[1]) is not None


# The project two things of one kind share, named as one (…旧居修缮工程), and the merger of two
# bodies (…集团整合重组方案); not more of the second thing's name (17街坊3/5丘) nor work alone
# (鹭川小学和东湖小学改扩建: two schools' works).
_SHARED_PROJECT = re.compile(r"(?:修缮|改造|整治|提升|装修|改扩建|改建|扩建|搬迁)+(?:工程|项目)")
_SHARED_MERGER = re.compile(r"(?:业务)?(?:重组|整合|合并)+(?:方案)?")
_BODIES = frozenset({"集团", "公司"})


# An area or a length that closes a name (…研发楼22万平方米).
_SIZE_AFTER = re.compile(rf"\d(?:万|亿)?(?:{AREA_OR_LENGTH})$")
_DIGIT = re.compile(r"\d")


def _first_opening(clause: str) -> re.Match[str] | None:
    """The verb run that opens the clause's objects: the first one before the first list
    separator (滨江地区推进A、B: after 推进), or, after a place the clause opens with, the first
    one after that place (在鹭洲街道、梅川街道试点“整小区成片加装”模式: after 试点)."""
    begin = 0
    opening = _opening_end(clause)
    if clause.startswith("在", opening) and not clause.startswith("在建", opening):
        # The place's own words are no verb (在新建住宅小区、老旧小区…: 新建 qualifies the place).
        verbs = _OPENING.finditer(clause, opening + 1)
        verb = next((v for v in verbs if clause[v.start() - 1] not in "在、"), None)
        begin = verb.start() if verb else 0
    limit = clause.find(_ENUMERATION, begin)
    limit = len(clause) if limit < 0 else limit
    quoted = QUOTED_NAME.search(clause, begin)
    if quoted and quoted.start() < limit:  # a 《document》 or “name” is left whole
        limit = quoted.start()
    verbs = _OPENING.finditer(clause, begin, limit)
    return next((v for v in verbs if not _names_with_verb(clause, v, opening)), None)


def _names_with_verb(clause: str, verb: re.Match[str], opening: int) -> bool:
    """Whether a verb past the clause's opening words is part of a name (see _NAMED_BY_VERB)."""
    if verb.start() <= opening:
        return False
    # Work named after its subject and dated (高标准农田建设上半年累计完成3000亩): the verb that
    # follows the date is the clause's.
    return _NAMED_BY_VERB.match(clause, verb.end()) is not None or (
        verb.group() in _WORK_NAMED and _DATED.match(clause, verb.end()) is not None
    )


# The work words a subject's name may end with (…农田建设), and the date and verb that follow
# such a name (…上半年累计完成): only then is the work word part of the name.
_WORK_NAMED = frozenset({"建设", "改造", "实施", "整治"})
_DATED = re.compile(r"(?:累计|全年|当年|年内|" + DEADLINE.pattern + r")+(?:" + _ANY_VERB + r")")


def _members(clause: str, start: int, end: int) -> list[tuple[int, int]]:
    """The members of the list between `start` and `end`, split at 、 outside 《》 and “”,
    each trimmed of the work done on it (…建设, …前期工作)."""
    members: list[tuple[int, int]] = []
    closing: list[str] = []
    member_start = start
    for index in range(start, end + 1):
        char = clause[index] if index < end else _ENUMERATION
        if closing and char == closing[-1]:
            closing.pop()
        elif index < end and _opens(clause, index, len(clause)):
            closing.append(_OPENERS[char])
        elif char == _ENUMERATION and (not closing or index == end):
            a, b = _trimmed(clause, member_start, index)
            if b > a:
                members.append((a, b))
            if _AND_SO_ON.search(clause, member_start, index):
                break  # A、B等续建项目…: the list ends at 等
            member_start = index + 1
    return _numbers_with_their_kind(clause, members)


def _numbers_with_their_kind(clause: str, members: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Numbers listed before the one that gives their kind (12、13街坊, 3、5号线) name one thing
    with it: a number alone names nothing."""
    joined: list[tuple[int, int]] = []
    waiting: int | None = None  # where a run of bare numbers began
    for index, (a, b) in enumerate(members):
        # (A place before the first number is the run's: 汀溪镇21、22街坊.)
        # (Not across a conjunction before another name: 东湖村1、2组和汀溪镇21、22街坊 is two
        # lists; 汀溪镇21、22和23街坊 is one.)
        following = (
            clause[members[index + 1][0] : members[index + 1][1]]
            if index + 1 < len(members)
            else ""
        )
        placed = (
            _PLACE_AND_NUMBER.fullmatch(clause, a, b) is not None
            and following[:1].isdigit()
            and _ANOTHER_NAME_JOINED.search(following) is None
        )
        if _BARE_NUMBER.fullmatch(clause, a, b) or (placed and waiting is None):
            waiting = a if waiting is None else waiting
            continue
        joined.append((a if waiting is None else waiting, b))
        waiting = None
    return joined if waiting is None else members


_BARE_NUMBER = re.compile(r"\d+")
_ANOTHER_NAME_JOINED = re.compile(r"(?:和|及|与)(?!\d)")
_PLACE_AND_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:镇|街道|乡|村|区|园)\d+")


def _trimmed(clause: str, start: int, end: int) -> tuple[int, int]:
    # A document is named by its title: 对照《…方案》, 《…计划》实施情况评估 name the 《…》.
    document = DOCUMENT_NAME.search(clause, start, end)
    if document:
        return document.start(), document.end()
    while start < end and clause[start] in " 的":
        start += 1
    if leading := _LEADING_WORDS.match(clause, start, end):
        start = leading.end()
    conjunction = _LEADING_CONJUNCTION.match(clause, start, end)
    if conjunction and (
        conjunction.group() == "以及"
        or clause[start - 1 : start] in ("、", "，", ",")
        or _TRAILING_WORK.search(clause, 0, start)
    ):
        start = conjunction.end()
    if trailing := _TRAILING_ADVERBS.search(clause, start, end):
        end = trailing.start()
    # A stretch a running total covers ends the name, at its end or before the total
    # (就业岗位1—6月累计5260个; not a season named with its months, 汀江7—8月暑期消费季).
    # (Searched to the clause's end: what follows the stretch may lie past the name.)
    stretch = _RUNNING_STRETCH.search(clause, start + 1)
    if stretch is not None and stretch.start() < end:
        end = stretch.start()
    if deadline := _TRAILING_DEADLINE.search(clause, start, end):
        end = deadline.start()
    # A deadline and the verb it dates, left after a name (…商业街6月底前开街; not 2023年下半年
    # 征兵, whose 征兵 is the thing).
    elif (dated := DEADLINE.search(clause, start + 2, end)) and (
        (end - dated.end() <= 2 and clause[dated.end() : end] in _CLOSING_VERBS)
        or _dates_work_on_it(clause, dated.end(), end)
    ):
        end = dated.start()
    # What is left of the work, after the name: 老旧小区改造剩余6个小区收尾.
    if (left := REMAINDER.search(clause, start + 2, end)) is not None:
        end = left.start()
    etc = _AND_SO_ON.search(clause, start, end)
    if etc and etc.start() - start >= 2:
        end = etc.start()
    end = _before_where_or_by(clause, start, end)
    text = clause[start:end]
    trailing = _TRAILING_WORK.search(text)
    if trailing and trailing.start() >= 3:
        end = start + trailing.start()
    elif (covered := _TRAILING_COVERAGE.search(text)) and is_named(text[: covered.start()]):
        end = start + covered.start()
    elif (size := SIZE_DESCRIBED.search(text)) and size.start() >= 2:
        end = start + size.start()  # 滨江步道全长6.8公里: the size describes the 步道
    return start, end


def _dates_work_on_it(clause: str, at: int, end: int) -> bool:
    """Whether a name's run from `at` is a verb and the work it does, no thing of its own:
    …产业园项目年底前完成注册 (not 全区二季度开工项目清单, a list named by its season)."""
    verb = _VERB.match(clause, at, end)
    return verb is not None and HEAD_WORD.search(clause, verb.end(), end) is None


def _closes_the_list(clause: str, start: int, count: int) -> bool:
    """Whether a count at `count` closes the list a member at `start` is in: no verb and no
    conjunction between (完成梅岭、新港小区雨污分流改造和3个口袋公园建设: 3个 is another list's)."""
    return _VERB.search(clause, start, count) is None and not _CONJUNCTION.search(
        clause, start, count
    )


def _before_where_or_by(clause: str, start: int, end: int) -> int:
    """Where a name from `start` ends, at most `end`: before where or by whom the work is done
    (“社区云”应用由青梧…, “时间银行”在3个街道…), outside quotes."""
    where = _WHERE_OR_BY.search(clause, start + 2, end)
    if where is not None and not _inside_quotes(clause, start, where.start()):
        return where.start()
    return end


def _documents(clause: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in DOCUMENT_NAME.finditer(clause)]
