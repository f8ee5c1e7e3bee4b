"""The checkable commitments of a plan: actions on named objects a reader can look up (a
project, facility, line, document, event), and numbers promised (主要预期目标 and counts in the
tasks). Rhetoric (进军号, 新篇章) and vague tasks (加强…管理) promise nothing a review can be
checked against, and are left out.

A work report's review part reports on the year before: only its plan part promises. Every
other kind of plan promises throughout.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qdiff.commitments import Commitment, commitments_of, names_a_measure, task_commitments
from qdiff.delivery.model import Bound, Promise, Target
from qdiff.lexicon.objects import HEAD, is_named
from qdiff.lexicon.quantities import CEILING_WORDS, find_quantities, is_ceiling
from qdiff.lexicon.stages import stage_of
from qdiff.normalize import blank_page_numbers, fold
from qdiff.notice import DocumentKind, Item, Notice, Quantity, Stage, Task

# What is measured ends where the verb of the target begins.
_MEASURE_VERB = re.compile(
    r"(?:增长|增速|增幅|涨幅|上涨|下降|降低|减少|达到|达|提高到|提高|控制在|保持在|保持|新增|超过|"
    r"突破|稳定在|不低于|不少于|不高于|不超过|低于|高于)+$"
)
# Where the measure of the next number of a list begins: 新增森林4万亩、绿地1000公顷 — 绿地.
_LIST_BREAK = re.compile(r"[、和及与]")
_CLAUSE = re.compile(r"[^，,；;。！？!?]+")
# The action before what is counted: 新建公园, 培育创新平台. A review words the action otherwise
# (新增公园), so the measure is what follows it.
LEADING_VERBS = (
    "组织实施|开工建设|建设筹措|新建|新增|建成|完成|实施|改造|建设|培育|打造|推动|推进|力争|确保|"
    "累计|全年|每年|开展|举办|引进|落地|提供|筹措|供应|启动|出台|制定|加快|新开工|开工"
)
LEADING_VERB = re.compile(f"^(?:{LEADING_VERBS})+")
# A project's size describes it; it is not a promise: 总投资28亿元, 全长6.8公里.
_DESCRIPTION = re.compile(
    r"^(?:计划)?(?:总投资|全长|总长|总面积|占地|建筑面积|总建筑面积|规划面积)"
)
# Units that count rounds, batches and people mentioned, not what a plan promises to reach.
_NOT_A_TARGET_UNIT = frozenset({"期", "轮", "次", "批", "名", "篇", "例"})


# A target set against the economy, with no figure of its own (judged in in_step.py):
# 居民人均可支配收入增长与经济增长基本同步, 城乡居民收入与经济发展同步, 居民收入增速与经济增长同步.
IN_STEP = re.compile(
    r"(?P<measure>(?:城乡|城镇|农村|全体)?居民[^，,；;。、]{0,10}?收入)(?:增长|增速|增幅)?(?:与|和|同)"
    r"(?:全市|全区|地区)?(?:经济增长|经济发展|经济增速|生产总值增长|经济)"
    r"(?:保持|基本)*同步(?:增长)?"
)
# How a plan announces the year's targets: 主要预期目标是：…, 今年发展预期目标是：…
ANNOUNCED_TARGETS = "预期目标"
# A five-year plan's term (“十四五”时期, 十三五期间).
_FIVE_YEAR_TERM = r"十[一二三四五六]?五”?(?:时期|期间)"
# What a plan part's paragraphs say they look at, read in order: the year (今年经济社会发展的
# 主要目标是…, 全年城镇新增就业20万人, 主要预期目标, 2024年经济社会发展的主要目标; 明年 in a
# report given at a year's end) or the years ahead (今后五年…, “十四五”时期…; not in a sentence of
# 今年: 今年是“十四五”时期的关键之年). A paragraph saying neither looks where the last one that
# did: 常德市 2022 lists the five years' 主要目标 a paragraph after 今后五年; 上海市 2014 announces
# the year's as 主要目标 after 今年.
_THIS_YEAR = re.compile(
    r"预期目标|今年|全年|明年|(?<!到)(?:19|20)\d{2}年(?!远景)[^。，,远]{0,10}?目标"
)
# What makes a sentence's five-year term the frame of its year (今年是“十四五”时期的关键之年,
# 明年是…开局之年, 2021年是…).
_A_YEARS_OWN = re.compile(r"今年|明年|(?:19|20)\d{2}年(?!以来)")
_AHEAD = re.compile(rf"今后五年|未来五年|{_FIVE_YEAR_TERM}")
# A goal of the coming years, not of this one (到2025年，…城乡居民收入与经济发展同步增长).
_YEARS_AHEAD = re.compile(rf"到(?:19|20)\d{{2}}年|五年|{_FIVE_YEAR_TERM}")


def in_step_measure(clause: str) -> str | None:
    """What the clause promises to grow in step with the economy (居民人均可支配收入), or None."""
    found = IN_STEP.search(fold(clause))
    return found.group("measure") if found else None


def _clause_start(text: str, at: int) -> int:
    return max(text.rfind(stop, 0, at) for stop in "。，,；;") + 1


def _looks_at_this_year(folded_paragraph: str, before: bool) -> bool:
    """Whether a plan paragraph's in-step goal is the year's: the last of _THIS_YEAR and _AHEAD
    it names before that goal, else what the paragraphs before it looked at (`before`)."""
    goal = IN_STEP.search(folded_paragraph)
    read = folded_paragraph[: goal.start()] if goal else folded_paragraph
    said = [(m.end(), True) for m in _THIS_YEAR.finditer(read)]
    said += [
        (m.end(), False)
        for m in _AHEAD.finditer(read)
        if not _A_YEARS_OWN.search(read[_clause_start(read, m.start()) : m.start()])
    ]
    return max(said)[1] if said else before


# A list of the year's pledged livelihood projects under a heading of its own (办好十件民生实事,
# 续办民生实事, 新办民生实事); a longer heading (聚力推进民心工程办好民生实事，不断改善…) opens a
# whole field of work, not a list.
_PLEDGE_HEADING = 16  # characters


def pledge_list(section_title: str | None, item: Item) -> str | None:
    """The heading of the list of pledges the item is (its own, or its section's), if any."""
    for heading in (item.heading, section_title or ""):
        heading = heading.strip("*# 　")
        if len(heading) <= _PLEDGE_HEADING and "实事" in heading:
            return heading
    return None


def promises_of(notice: Notice) -> tuple[Promise, ...]:
    """The checkable commitments of `notice`, in reading order."""
    planning = _planning_sections(notice)
    titles = {section.ref: section.title for section in notice.sections}
    by_task: dict[str, list[Commitment]] = {}
    for commitment in commitments_of(notice):
        by_task.setdefault(commitment.task, []).append(commitment)
    promises: list[Promise] = []
    this_year = False  # until a paragraph says (see _THIS_YEAR)
    for item in notice.items:
        if item.ref.split(".")[0] not in planning:
            continue
        found: list[Promise] = []
        if notice.kind is DocumentKind.WORK_REPORT:
            found.extend(_lead_phrase_promises(notice, item))
        for task in item.tasks:
            found.extend(_task_promises(task, by_task.get(task.ref, [])))
        # A work report sets the year's income against the economy among the year's targets;
        # under the years ahead (今后五年…居民收入增长与经济增长基本同步) the goal is theirs.
        this_year = _looks_at_this_year(fold(item.text), this_year)
        if notice.kind is DocumentKind.WORK_REPORT and not this_year:
            found = [promise for promise in found if promise.in_step is None]
        listed = pledge_list(titles.get(item.ref.split(".")[0]), item)
        for promise in [*_named_row(item, found), *found]:
            promises.append(replace(promise, pledge_list=listed) if listed else promise)
    return tuple(promises)


def _named_row(item: Item, found: list[Promise]) -> list[Promise]:
    """A task table's row named by its project (重要项目: 桂溪第三实验学校 | 新增学位2160个，9月1日
    前建成投用): the project is the object, and the row's furthest stage its promise. A row with
    a milestone per quarter promises its last one by the year's end (主体结构封顶, 竣工验收): a
    completion, whatever verb its cells use, so that a report of an early milestone (施工招标完成)
    keeps it in progress."""
    name = row_name(item)
    # A row named by a topic (城镇就业, 全民健身设施建设) promises what its cells count.
    if name is None or not item.tasks or not is_named(name) or any(p.object == name for p in found):
        return []
    staged = [task for task in item.tasks if task.stage is not None]
    task = max(staged, key=lambda t: t.stage.rank if t.stage else 0) if staged else item.tasks[0]
    stage = Stage.COMPLETE if item.milestones else task.stage
    return [
        Promise(
            ref=f"{item.ref}.0/1",
            object=name,
            text=task.text,
            stage=stage,
            targets=(),
            start=task.start,
            end=task.end,
        )
    ]


# A lead phrase long enough to be a paragraph's lead and not the paragraph itself.
_LEAD_PHRASE = 40  # characters


def heading_at(notice: Notice, item: Item) -> int | None:
    """Where the item's heading stands in the text when it is no task of its own (a work
    report's paragraph lead: 深入推进全面创新改革试验。), before the item's first task; None
    when it has none or a task holds it."""
    heading = item.heading.strip()
    first = item.tasks[0].start if item.tasks else item.end
    at = notice.text.find(heading, item.start, first) if heading else -1
    return at if at >= 0 else None


def _lead_phrase_promises(notice: Notice, item: Item) -> list[Promise]:
    """What a work report's paragraph lead promises (深入推进全面创新改革试验。 推进综合医改
    试点。): the lead stands before the paragraph's tasks and is no task of its own, yet it
    names the work the paragraph is about. Read as the item's task numbered 0."""
    lead = item.heading.strip()
    at = heading_at(notice, item)
    if at is None or len(lead) > _LEAD_PHRASE:
        return []
    folded = fold(lead)
    task = Task(
        ref=f"{item.ref}.0",
        text=lead,
        stage=stage_of(folded),
        quantities=find_quantities(lead, folded),
        start=at,
        end=at + len(lead),
    )
    # A lead is most often a slogan (着力提升城市能级, 更具实力的竞争优势): only a named thing,
    # or a reform, pilot or programme named as such, is taken from it.
    named = [
        c
        for c in task_commitments(task, item)
        if c.object
        and (is_named(c.object) or _PROGRAMME.search(c.object))
        and not _SLOGAN.search(c.object)
    ]
    return _task_promises(task, named)


# What a lead names when it names a programme: 综合医改试点, 全面创新改革试验, 教育综合改革,
# 城市更新行动, 浦东引领区.
_PROGRAMME = re.compile(r"(?:试点|改革|试验|行动|工程|计划|规划|区)$")
# What a slogan holds that a thing's name does not: a verb the extractor did not take for one
# (强化粤港…, 保障城市…, 扩展…空间, 筑牢…防线), a copula, a comparison (更具魅力的…).
_SLOGAN = re.compile(
    r"^(?:着力|聚力|强化|提升|提高|弘扬|坚持|全力|持续|深化|大力|积极|努力|切实|不断|进一步|"
    r"保障|扩展|拓展|筑牢|狠抓|共享|增强|激发|厚植|擦亮)|是|更具|更加|更有"
)


def _planning_sections(notice: Notice) -> set[str]:
    if notice.kind is DocumentKind.WORK_REPORT:
        return {section.ref for section in notice.sections if section.part == "plan"}
    return {section.ref for section in notice.sections}


def _task_promises(task: Task, commitments: list[Commitment]) -> list[Promise]:
    promises = []
    claimed: set[int] = set()  # where the numbers the named objects' promises carry stand
    listed = _listed_members(commitments)
    for commitment in commitments:
        if commitment.object is None:
            continue
        if not checkable(commitment.object) and commitment.ref not in listed:
            continue
        if names_a_measure(commitment):
            continue  # 地区生产总值增长6%: its figure is the promise, read below as a target
        # Not its list's count: that is a promise of its own a review may report alone.
        targets = targets_in(commitment.text, commitment.own_quantities)
        promises.append(
            Promise(
                ref=commitment.ref,
                object=commitment.object,
                text=commitment.text,
                stage=commitment.stage,
                targets=targets,
                start=commitment.start,
                end=commitment.end,
                beside=listed.get(commitment.ref, ()),
            )
        )
        claimed.update(commitment.start + at for at in _places(commitment.text, targets))
    # Numbers promised that no named object's promise carries: 主要预期目标, 新增就业50万人, and
    # the count of a list (街北高速扩建、白云大道下穿隧道等10个项目完工).
    folded = fold(task.text)
    ordinal = len(commitments)
    for match in _CLAUSE.finditer(folded):
        raw = task.text[match.start() : match.end()]
        text = raw.strip()
        start = task.start + match.start() + len(raw) - len(raw.lstrip())
        # (A PDF page's number between two lines of the clause counts nothing.)
        blanked = blank_page_numbers(text)
        found = targets_in(text, find_quantities(blanked, fold(blanked)))
        places = _places(text, found)
        clause = Promise(
            ref="",
            object=None,
            text=text,
            stage=None,
            targets=(),
            start=start,
            end=start + len(text),
        )
        in_step = None if found else in_step_measure(text)
        if in_step and not _YEARS_AHEAD.search(folded[: match.start()]):
            ordinal += 1
            promises.append(replace(clause, ref=f"{task.ref}/{ordinal}", in_step=in_step))
        # Each number is a promise of its own (新增科技领军人才200人、高技能人才5000人: two),
        # checked and reported on its own.
        for target in (t for t, at in zip(found, places, strict=True) if start + at not in claimed):
            ordinal += 1
            promises.append(
                replace(clause, ref=f"{task.ref}/{ordinal}", stage=task.stage, targets=(target,))
            )
    promises.sort(key=lambda promise: promise.start)
    return promises


# The shortest name of a list's member checked beside a checkable one (南河下 of 东关、南河下、
# 仁丰里、湾子街等历史文化街区). Two characters are mostly a county or district (汉寿、石门、临澧
# 等县市园区, 高邮、邗江、广陵妇保院), which a review names for many other things: on the delivery
# gold's looked-at pairs, six such promises found a wrong passage for two right ones.
_MEMBER_LENGTH = 3
# A list of such two-character names (汉寿、石门、临澧等县市园区) is checked member by member
# where a review names a member beside another, with the list's kind (汉寿、石门等园区进入全省
# 30强): two of one list together are those places, not another thing's words.
_SHORT_MEMBER = 2


def _named_by_clause(commitments: list[Commitment]) -> list[list[Commitment]]:
    """The named commitments grouped by the clause that states them (a list's members share
    one)."""
    by_clause: dict[tuple[int, int], list[Commitment]] = {}
    for commitment in commitments:
        if commitment.object is not None:
            by_clause.setdefault((commitment.start, commitment.end), []).append(commitment)
    return list(by_clause.values())


def _listed_members(commitments: list[Commitment]) -> dict[str, tuple[str, ...]]:
    """The members of a list (one clause, its objects parted by 、) too short to check on
    their own, by ref: with nothing for a member of three characters or more beside a
    checkable one, with the list's other members for a two-character one (see _SHORT_MEMBER),
    which is found only beside one of them."""
    groups = _named_by_clause(commitments)
    members: dict[str, tuple[str, ...]] = dict.fromkeys(_listed_beside_checkable(groups), ())
    for group in groups:
        text = group[0].text
        short = [
            (c.ref, name)
            for c in group
            if (name := c.object) is not None
            and len(name) == _SHORT_MEMBER
            and (f"{name}、" in text or f"、{name}" in text)
        ]
        if len(short) < 2:
            continue
        for ref, name in short:
            members.setdefault(ref, tuple(other for _, other in short if other != name))
    return members


def _listed_beside_checkable(groups: list[list[Commitment]]) -> set[str]:
    """Of the named commitments grouped by clause, the refs of the members of a list (one
    clause, its objects parted by 、) whose names are
    too short to check on their own, where another member is checkable: the list says they are
    things of one kind (东关、南河下、仁丰里、湾子街等历史文化街区; 罗冲围、大坦沙岛…等成片连片改造;
    包风1、包风2两条…通道), and a place's own name is short. Not a kind of the list's own kind
    (污水管、雨水管、燃气管网等老旧管网改造: a 管 of the 管网 the list names after it)."""
    members: set[str] = set()
    for group in groups:
        names = [c.object for c in group if c.object is not None]
        if len(group) < 2 or not any(checkable(name) for name in names):
            continue
        text = group[0].text
        listed = [
            (c, name)
            for c, name in zip(group, names, strict=True)
            if f"{name}、" in text or f"、{name}" in text
        ]
        last = max((text.find(name) + len(name) for _, name in listed), default=len(text))
        kind = list_kind(text[last:])
        members.update(
            c.ref
            for c, name in listed
            if len(name.strip('“”"《》')) >= _MEMBER_LENGTH
            and not _RHETORIC.search(name)
            and name[-1] not in kind
        )
    return members


# Where the kind a list names after its members ends: what is done to it, what it is to reach,
# or another thing.
_KIND_END = re.compile(
    r"[，,；;。：:（(和及与并在的]|保护|更新|改造|建设|工程|项目|整治|提升|开工|建成|完工|投用|投运|"
    r"治理|进入|实现|达到|入选|争创|创建|打造|力争|确保|获得|获评"
)


def list_kind(after_list: str) -> str:
    """The last two characters of the kind a list names after its members (东关、…、湾子街等
    历史文化街区保护更新 → 街区; 污水管、…、燃气管网等老旧管网改造 → 管网), or nothing where it
    names none of two (汉寿、石门等地建设: 地)."""
    end = _KIND_END.search(after_list)
    kind = _COUNT_OF_LIST.sub("", after_list[: end.start() if end else len(after_list)])
    return kind[-2:] if len(kind) >= 2 else ""


# What opens the words after a list before its kind: 等, and a count (等6个).
_COUNT_OF_LIST = re.compile(r"^等?(?:[\d一二三四五六七八九十两]+[个项家条座处所])?")


def _places(text: str, targets: tuple[Target, ...]) -> list[int]:
    """Where each target's figure stands in the text, in order."""
    places, position = [], 0
    for target in targets:
        at = text.find(target.text, position)
        places.append(at)
        position = max(position, at + 1)
    return places


# A work report's exhortations name ideas, not things to check: 习近平新时代…思想, 四个意识,
# 新篇章, 伟大复兴. Their "objects" are left out.
_RHETORIC = re.compile(
    r"习近平|党的|思想|精神|意识|自信|初心|使命|伟大|复兴|新篇章|新征程|新局面|新贡献|新境界|"
    r"排头兵|先行者|开路先锋|奋斗|梦想|光荣|必须|坚持以|底线|两个|四个|五个(?!中心)|"
    r"现代化国家|进军号|动员令|攻坚阶段|爬坡过坎|国际大都市"
)


def row_name(item: Item) -> str | None:
    """The first cell of a task table's row (its 重要项目 or 领域 cell), or None for an item
    that is no table row."""
    if not item.milestones and "|" not in item.text:
        return None
    return item.heading.split("|")[0].strip() or None


def checkable(name: str) -> bool:
    """A name a review can be searched for: an object the commitments extractor found
    (qdiff/commitments), long enough to search for, and not an exhortation. The reading is
    broad, as an auditor's is: a reform, a pilot or a system named as such is checkable too."""
    core = name.strip().strip('“”"《》')
    if len(core) < 3 or _RHETORIC.search(core):
        return False
    return is_named(name) or bool(HEAD.search(core)) or len(core) >= 4


def targets_in(clause: str, quantities: tuple[Quantity, ...]) -> tuple[Target, ...]:
    """The numbers a clause promises, each with what it measures and which way it binds."""
    respectively = _respectively(clause, quantities)
    if respectively:
        return respectively
    targets = []
    folded = fold(clause)
    position = 0
    for quantity in quantities:
        # Chinese numerals count slogans more than targets (四个意识, 两个维护, 一座光荣之城).
        if quantity.unit in _NOT_A_TARGET_UNIT or not any(c.isdigit() for c in quantity.text):
            continue
        at = folded.find(fold(quantity.text), position)
        if at < 0:
            continue
        # A measure starts after the previous number's list break: 森林4万亩、绿地1000公顷.
        begin = position
        if position:
            brk = _LIST_BREAK.search(folded, position, at)
            begin = brk.end() if brk else position
        position = at + len(quantity.text)
        before = folded[:at]
        measured = _MEASURE_VERB.sub("", before.rstrip())
        indicator = clause[begin : len(measured)].strip()
        if len(LEADING_VERB.sub("", indicator)) < 2:
            # The verb comes first and the thing after the number: 新建120座公园 measures 公园.
            after = re.split(r"[、，,；;和及]", clause[position:], maxsplit=1)[0].strip()
            indicator = after if len(after) >= 2 else indicator
        if len(LEADING_VERB.sub("", indicator)) < 2 or _DESCRIPTION.match(indicator):
            continue
        bound: Bound = "at_least"
        if is_ceiling(folded, at, len(quantity.text)):
            bound = "at_most"
        elif _KEPT_DOWN.search(indicator) or _KEPT_DOWN_BEFORE.search(measured):
            bound = "at_most"  # a rate kept down: CPI 3%左右, unemployment 5%以内
        targets.append(Target(quantity.value, quantity.unit, quantity.text, indicator, bound))
    return tuple(targets)


# Rates a plan keeps down: unemployment, consumer prices; named in the measure, or just before
# the figure (居民消费价格涨幅3%左右).
_KEPT_DOWN = re.compile(r"失业率|居民消费价格|物价|涨幅")
_KEPT_DOWN_BEFORE = re.compile(r"(?:涨幅|失业率)$")
# 城镇调查失业率、城镇登记失业率分别为4.8%左右和4.3%左右: a list of measures, then 分别 and
# their figures in the same order.
_RESPECTIVELY = re.compile(r"^(?P<measures>[^，,；;]+?)分别")
_MEASURE_LIST = re.compile(r"[、和与及]")


def _respectively(clause: str, quantities: tuple[Quantity, ...]) -> tuple[Target, ...]:
    """The targets of a 分别 clause: each figure after 分别 measures the measure in its place
    before it. A member that is only a qualifier shares the last member's head (城镇和农村居民
    人均可支配收入: 城镇居民人均可支配收入). Nothing when the clause is no such list or the counts
    differ."""
    text = clause.strip()
    found = _RESPECTIVELY.match(text)
    if found is None:
        return ()
    measures = [m.strip() for m in _MEASURE_LIST.split(found.group("measures")) if m.strip()]
    folded = fold(text)
    figures, position = [], found.end()
    for quantity in quantities:
        if quantity.unit in _NOT_A_TARGET_UNIT or not any(c.isdigit() for c in quantity.text):
            continue
        at = folded.find(fold(quantity.text), position)
        if at >= 0:
            figures.append(quantity)
            position = at + len(quantity.text)
    if len(measures) < 2 or len(figures) != len(measures):
        return ()
    last = measures[-1]
    for index, measure in enumerate(measures[:-1]):
        if _HEAD_OF_MEASURE.search(measure) is None:
            if len(last) <= len(measure) + 1:
                return ()
            measures[index] = measure + last[len(measure) :]
    # (A ceiling said once for all the figures after 分别: 分别控制在5.5%和4.5%以内.)
    ceiling = CEILING_WORDS.search(folded, found.end()) is not None
    return tuple(
        Target(
            figure.value,
            figure.unit,
            figure.text,
            measure,
            "at_most" if ceiling or _KEPT_DOWN.search(measure) else "at_least",
        )
        for figure, measure in zip(figures, measures, strict=True)
    )


# What a measure ends with when it is one (…率, …收入, …总值, …投资): a list member without it
# (城镇 in 城镇和农村居民人均可支配收入) is a qualifier of the last member's measure.
_HEAD_OF_MEASURE = re.compile(
    r"(?:率|收入|总值|总额|投资|产值|增加值|消费|规模|面积|人数|数量|强度|比重|价格|指数|浓度|"
    r"消耗|能耗|排放|企业|税收|利润|支出|收益)$"
)
