"""The commitment stage a task claims, from the verbs of the ladder in DOMAIN.md.

The earliest ladder verb in the sentence decides, because the verb that opens a commitment says how
far along it claims to be; a few compound forms override the single verbs they contain, and a
ladder word used as a noun or an adjective (试点城市, 签约居民, 完成情况, 研究院, 加强针, 可持续)
is not a verb at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from qdiff.notice import Stage

# Compound forms first: they are checked at every position before the plain verbs.
_COMPOUNDS: tuple[tuple[re.Pattern[str], Stage], ...] = (
    # "制定完成", "编制完成", "基本完成", "基本建成": a verb finished is a completion.
    (re.compile(r"(?:制定|编制|建设|基本|全面|全部)(?:完成|建成)"), Stage.COMPLETE),
    # "启动第四届进博会的前期准备工作": starting the groundwork is still study, and so is
    # starting the preparation, consultation or study of a thing (启动马拉松赛事筹备,
    # 启动首批20个小区居民意见征询; not 启动研究院建设, nor past 并: 启动A开发并同步研究B starts A).
    (
        re.compile(
            r"启动[^,;。并]{0,24}?(?:前期|筹备|征询|谋划|研究(?!院|所|中心|生|机构|型|成果|会))"
        ),
        Stage.STUDY,
    ),
    # "召开示范启动大会": the launch meeting is the start.
    (re.compile(r"召开[^,;。]{0,24}?启动(?:大)?会"), Stage.START),
    # "控详规划编制一季度完成": the plan is finished by a deadline, not begun.
    (
        re.compile(
            r"(?:制定|编制)(?:工作)?于?(?:[一二三四1-4]季度|年内|年底|上半年|下半年|\d{1,2}月底?)"
            r"(?:末|前)?(?:基本)?(?:完成|建成)"
        ),
        Stage.COMPLETE,
    ),
)

# What follows (or, for 持续, precedes) a ladder word when it names a thing rather than an act:
# "国家体育消费试点城市" is a title, "签约居民" are residents, "加强针" is a booster shot.
# 社区社会组织, 党组织, 集体经济组织: a body, not the organizing of one; nor are 组织部, 组织机构
# or 组织力 (but 组织力量…开展 organizes).
_BODIES = ("社会", "党", "基层", "群团", "经济", "合作", "自治", "中介")
_ORGANIZATION_WORDS = "部|机构|架构|体系|力(?!量)|化"
_NOUN_AFTER: dict[str, str] = {
    # (试点完成, 试点取得: a pilot named, then what became of it.)
    "试点": (
        "城市|经验|方案|工作|项目|单位|街道|小区|社区|成果|范围|企业|学校|医院|区域|示范|转为|转入|为抓手"
        "|完成|建成|取得|通过|落地|验收|获批"
    ),
    "签约": "率|服务|医生|居民",
    "完成": "情况",
    "研究": "院|所|中心|生|机构|型|成果",
    "发布": "会|厅",
    "加强": "针",
    "通车": "里程",
    "上线": "下",  # 线上线下 (and the guard of every in-service verb below)
    "修订": "的|后|版",  # 新修订的《条例》
    # 明确的时间节点, 明确责任分工: a word of manner, not a programme settled (SETTLING_VERBS);
    # 建立健全, 建立完善: work on a system kept going (BEGUN_VERBS).
    "明确": "的|节点|时序|时限|要求|责任|职责|分工|目标",
    "建立": "健全|完善",
    "新设": "备|施|计",  # 新设备, 更新设施 (and 更: _ADJECTIVE_BEFORE), 新设计
    "组织": _ORGANIZATION_WORDS,  # 组织部, 组织机构, 组织力: a body's words, not organizing
    "验收": "材料|标准|办法|组|报告",  # 验收材料报送: the papers, not the acceptance
    # A new town's 启动区 (start-up zone): before its roads, or after the town (临空新城启动区
    # 安置房); not 启动区第五届运动会 (the district's games started).
    "启动": "区(?:道路|路网|综合管廊|管廊|基础设施|首开)"
    "|(?<=新城启动|片区启动|新区启动|园区启动|学城启动|科城启动)区",
}
_ADJECTIVE_BEFORE: dict[str, tuple[str, ...]] = {
    "持续": ("可",),
    "上线": ("线",),
    "开业": ("新",),
    "修订": ("新", "\\("),  # 新修订的, 《办法》(修订): the revised edition's name
    "明确": ("按", "照"),  # 按明确节点, 按照明确时序
    "新设": ("更",),
    "组织": _BODIES,
}

_VERBS: dict[str, Stage] = {
    # study / prepare
    "研究": Stage.STUDY,
    "谋划": Stage.STUDY,
    "筹备": Stage.STUDY,
    "编制": Stage.STUDY,
    "制定": Stage.STUDY,
    "征询": Stage.STUDY,
    # start
    "启动": Stage.START,
    "开工": Stage.START,
    "试点": Stage.START,
    "试运行": Stage.START,
    "试运营": Stage.START,
    # advance
    "推进": Stage.ADVANCE,
    "推动": Stage.ADVANCE,
    "加快": Stage.ADVANCE,
    "深化": Stage.ADVANCE,
    "持续": Stage.ADVANCE,
    "继续": Stage.ADVANCE,
    "加强": Stage.ADVANCE,
    "做好": Stage.ADVANCE,
    "开展": Stage.ADVANCE,
    "落实": Stage.ADVANCE,
    # complete
    "完成": Stage.COMPLETE,
    "建成": Stage.COMPLETE,
    "竣工": Stage.COMPLETE,
    "出台": Stage.COMPLETE,
    "发布": Stage.COMPLETE,
    "揭牌": Stage.COMPLETE,
    "签约": Stage.COMPLETE,
    "投用": Stage.COMPLETE,
    "实现": Stage.COMPLETE,
}
COMPLETION_VERBS = tuple(verb for verb, stage in _VERBS.items() if stage is Stage.COMPLETE)


def verbs_pattern(verbs: Iterable[str]) -> str:
    """A regex alternation of ladder verbs that skips their noun and adjective uses; longer verbs
    first, so 试运行 wins over any shorter verb at the same place."""
    alternatives = []
    for verb in sorted(verbs, key=len, reverse=True):
        before = _ADJECTIVE_BEFORE.get(verb, ())
        after = _NOUN_AFTER.get(verb)
        # (One look-behind a word: they may differ in length, 党 and 社会.)
        alternatives.append(
            "".join(f"(?<!{word})" for word in before)
            + re.escape(verb)
            + (f"(?!{after})" if after else "")
        )
    return "|".join(alternatives)


_VERB_PATTERN = re.compile(verbs_pattern(_VERBS))
# One object's stage reads a few verbs more than DOMAIN.md's ladder lists for a task: an object
# put into service is complete (投入使用, 投产, 通车, 上线, 并网, 交付, 开街), and so is a
# suggestion answered (答复: 20 of 20 looked-at labels), and a document
# revised or drafted is studied, as one drawn up (制定, 编制) is. The blind labellers of every
# commitment gold read them so; a task sentence keeps the ladder as written.
IN_SERVICE_VERBS = """
    投入使用 投入运行 投入运营 建成开放 投产 达产 完工 开街 开业 开园 开馆 通车 开通 上线 并网
    交付 办结 落成 启用 投运 开诊 打通 答复
""".split()  # noqa: SIM905 (a word list reads better as words)
# An in-service verb used as a noun names a ceremony, a time or a rate, not the act: 开馆仪式,
# 开街活动月, 交付即交证, 办结率, 投产以来.
_CEREMONY_OR_RATE = "仪式|典礼|庆典|活动|时间|率|量|即|以来"
_NOUN_AFTER.update(
    {
        verb: "|".join(filter(None, (_NOUN_AFTER.get(verb), _CEREMONY_OR_RATE)))
        for verb in IN_SERVICE_VERBS
    }
)
DRAFTING_VERBS = ("修订", "起草", "论证")
# An event or a meeting held, a document issued: the doing is the completion (举办第三届龙舟
# 节, 召开建议提案交办会, 印发《…办法》, 公布第三批名录), as 发布 and 揭牌 are on the ladder. (Not
# 办好: doing a thing well, 办好民生实事, is no completion; an event done well is,
# EVENT_HELD_WELL below.)
HELD_VERBS = ("举办", "承办", "召开", "印发", "公布")
# A body set up (成立工作专班, 研究院挂牌) is there once it is set up, as the blind labellers
# read it (not 挂牌督办, a case put under supervision).
ESTABLISHED_VERBS = ("成立", "挂牌")
# A system, a register or a mechanism set up (建立上市后备企业库, 建立…预警机制) has begun to
# work: the start (13 of the 29 looked-at labels of clauses opening with 建立; 13 complete, the
# rest none). A body being formed (组建区医疗健康集团) is begun too: its 挂牌 or 揭牌 completes
# it. (Of the looked-at labels of clauses opening with 组建, 23 of 31 are complete; but read as
# complete, 组建 and then the body's 挂牌 became slips where the labellers saw progress, and
# the looked-at pairs lost stage changes and slips right.) Not 建立健全 or 建立完善: work on a
# system kept going.
BEGUN_VERBS = ("建立", "组建")
# A thing launched, handed out or signed (推出“夜北塘”消费地图, 发放冬季体育消费券, 签署《…框架
# 协议》) is done, with a count or without (of the looked-at labels of clauses opening with 推出
# or 发放, 45 of 54 are complete).
LAUNCHED_VERBS = ("推出", "发放", "签署")
# Settling what a programme will hold (明确2026年新建…的点位, 明确…项目清单) is its study, as
# drawing up its plan is (not 明确 as a word of manner: 按明确节点, 明确的时间, 明确责任分工).
SETTLING_VERBS = ("明确",)
# A structure topped out or closed (主体结构封顶, 大桥合龙) has reached the milestone it names,
# as the blind labellers read it; match.py's milestones keep it apart from the finished work.
TOPPED_OUT_VERBS = ("封顶", "合龙")
# Work accepted (规范化建设年底前验收, 通过验收) is done, as the blind labellers read it (31 of
# the 49 looked-at labels of clauses with 验收 not after 竣工 or 完成; 8 advance).
ACCEPTED_VERBS = ("验收",)
# A count of things added (新增3个助餐点, 新建口袋公园6个, 引进首店12家, 发放消费券300万元) is
# delivered when they are there; without a count (新建汀湖小学) the verb claims no stage (but
# 推出 and 发放 deliver with or without one: LAUNCHED_VERBS). The
# blind labellers of the latest five commitment pairs read both kinds so; earlier ones left them
# without a stage (fixtures/gold_commitments/README.md). Such a count is often a quota renewed
# each quarter: match.py does not call it slipped.
COUNT_VERBS = (
    *("新增", "新建", "引进", "推出", "发放", "筹集", "筹措", "新创", "设立", "淘汰"),
    *("部署", "认定", "聘请", "招录", "消化", "盘活"),
    *("拆除", "拨付", "兑付", "招聘", "选聘", "新辟", "开辟", "处置", "新设"),
)
# Verbs that shape work, which deliver so many things when the clause gives a count (创建“美丽
# 街巷”20条, 优化调整公交线路5条, 航线增至4条): complete then, as the looked-at labellers read
# them (11 of 13 such labels of 创建, 10 of 12 of 优化调整, 7 of 9 of 增至, 4 of 5 of 再增, 2 of
# 2 of 募集). Kept apart from COUNT_VERBS, which also mark a quota renewed each quarter (match.py).
# (建设, 培育 and 组织 with a count were tried: the labellers read 建设…4家 then 建成2家 as
# progress, and the looked-at pairs lost stage changes.)
COUNTED_WORK_VERBS = ("创建", "优化调整", "增至", "增加至", "增加到", "再增", "募集")
_NOUN_AFTER.update(
    {
        "召开": "时间",
        # 募集资金投资项目: the funds raised name the project, no raising.
        "募集": "资金(?:投|使用|项目|用途)",
        # 答复满意率, 答复及时率, 答复工作: a rate or the work of answering, no answer given.
        "答复": f"满意|及时|按时|工作|情况|口径|{_CEREMONY_OR_RATE}",
        "印发": "时间|的",
        "举办": "地|方|单位|权",
        "承办": "地|方|单位|权",
        # 泰和路新建工程, 新建住宅小区: the verb is part of a project's or a place's name.
        "新建": "工程|项目|住宅|小区|商品房|楼盘|的",
        "新增": "用地|建设用地|的",
        "设立": "的",
        # 招聘会, 民营企业招聘月: a fair or a month named by its recruiting, no act of it.
        "招聘": "会(?!计|务)|月|季",
        "成立": "以来|大会|仪式|时间",
        "挂牌": "督办|督战|仪式",
        # 打通 opens a road (打通望江路、桃源街等3条断头路), not a way of speaking: 打通数据壁垒,
        # 打通数字政府建设堵点, 打通企业服务“最后一公里”. (Only what follows the verb at once
        # can be read: the objects of a clause are read apart from its opening verb. Its ceremony
        # or rate guard as an in-service verb is kept.)
        "打通": "数据|数字|信息|政务|企业|群众|市场|产业|要素|政策|服务|渠道|链条|环节|城市|壁垒"
        + "|堵|梗阻|瓶颈|断点|最后|“|"
        + _CEREMONY_OR_RATE,
    }
)
# Work kept going on an object (支持…申报, 推广…经验, 巩固…成效, 用好…贷, 实施…行动): progress,
# as the blind labellers read them (16 of 21 looked-at labels of 实施…), where no other verb of
# the clause claims a stage (抓好A、B等项目开工 starts them); a task sentence keeps the ladder
# as written. (实施方案, 实施情况: a document or a report, no work.) So are 完善…, 组织… and
# 建设… (of the labels of clauses opening with them over the 25 pairs then labelled, advance
# was the most given: 12 of 20, 36 of 65 and 8 of 14), and so are 推行… and 实行… (a practice
# rolled out: 10 of 12 and 5 of 5 looked-at labels advance), and 动态更新… and 动态调整… (a list
# kept up: 8 of 11).
ADVANCING_VERBS = (
    *("支持", "抓好", "推广", "巩固", "用好", "培育", "实施"),
    *("完善", "组织", "建设", "扩大", "动态管理"),
    *("跟踪", "做强", "打造", "配合", "提升", "推行", "实行", "动态更新", "动态调整"),
)
# Their noun uses are no work kept going: 实施方案, 城市建设档案馆, 建设路, 社会组织, 党组织
# (_BODIES);
# nor a policy's words: 扩大对外开放, 扩大内需; nor a project named by its work (品质提升工程),
# nor the units that assist (配合单位).
_ADVANCING_NOUN_USES = {
    "实施": "实施(?!方案|细则|意见|办法|计划|情况|效果)",
    "扩大": "扩大(?!(?:对外)?开放|内需|会议)",
    "提升": "提升(?!工程|项目|行动|改造)",
    "配合": "配合(?!单位)",
    "建设": "(?<!城市|经济|党的|文明|法治|生态|队伍|作风)建设"
    "(?!路|街|局|厅|委|档案|银行|集团|单位|用地|者)",
    "组织": "".join(f"(?<!{body})" for body in _BODIES) + f"组织(?!{_ORGANIZATION_WORDS})",
}
_ADVANCING_PATTERN = re.compile(
    "|".join(_ADVANCING_NOUN_USES.get(verb, verb) for verb in ADVANCING_VERBS)
)
_OBJECT_VERBS: dict[str, Stage] = {
    **_VERBS,
    **dict.fromkeys(IN_SERVICE_VERBS, Stage.COMPLETE),
    **dict.fromkeys(DRAFTING_VERBS, Stage.STUDY),
    **dict.fromkeys(HELD_VERBS, Stage.COMPLETE),
    **dict.fromkeys(ESTABLISHED_VERBS, Stage.COMPLETE),
    **dict.fromkeys(BEGUN_VERBS, Stage.START),
    **dict.fromkeys(LAUNCHED_VERBS, Stage.COMPLETE),
    **dict.fromkeys(SETTLING_VERBS, Stage.STUDY),
    **dict.fromkeys(TOPPED_OUT_VERBS, Stage.COMPLETE),
    **dict.fromkeys(ACCEPTED_VERBS, Stage.COMPLETE),
}
_COUNTED_VERBS: dict[str, Stage] = {
    **_OBJECT_VERBS,
    **dict.fromkeys((*COUNT_VERBS, *COUNTED_WORK_VERBS), Stage.COMPLETE),
}
_UNHELD_VERBS = {verb: stage for verb, stage in _OBJECT_VERBS.items() if verb not in HELD_VERBS}
_OBJECT_VERB_PATTERN = re.compile(verbs_pattern(_OBJECT_VERBS))
_UNHELD_VERB_PATTERN = re.compile(verbs_pattern(_UNHELD_VERBS))
_COUNTED_VERB_PATTERN = re.compile(verbs_pattern(_COUNTED_VERBS))
COUNT_VERB_PATTERN = re.compile(verbs_pattern(COUNT_VERBS))
# 办好第三届金秋消费季, 办好“全民健身日”系列活动: an event done well is held, like one held
# (举办); doing a thing well is not (办好民生实事, 办好人民满意的教育).
EVENT_HELD_WELL = re.compile(
    r"办好[^,;。、]{0,30}?(?:节|季|活动|大会|论坛|峰会|博览会|(?<![发进拓开])展|赛|周|日|月"
    r"|马拉松|运动会|晚会|市集|庙会|嘉年华|展会|交易会|推介会|洽谈会)”?"
    r"(?=$|[,;。、]|等)"
)
# One object's stage also reads a few compounds of the verbs above and of work named with them:
_OBJECT_COMPOUNDS: tuple[tuple[re.Pattern[str], Stage], ...] = (
    # 上线试运行, 开通试运营: put into service on trial is the start, not the completion.
    (
        re.compile(r"(?:上线|开通|通车|开业|开园|投入使用|投入运行|投产)试(?:运行|运营)"),
        Stage.START,
    ),
    # 启动…设计 starts the design: study, like the groundwork (not 设计院, a design contest).
    # (Object-only, unlike the groundwork compound below: a task's 启动…设计 keeps its ladder verb.)
    (re.compile(r"启动[^,;。并]{0,24}?设计(?!院|师|大赛|周|之都|产业|中心)"), Stage.STUDY),
    # 启动…专项规划修编, 启动2025年部门预算编制, 启动…工作报告起草, 启动…项目征集, 启动第三水厂
    # 选址论证: starting to draw up, to gather or to site is study, as doing it is (of the looked-at
    # labels: ten study and four start for a plan, 36 study and 13 start for the rest); a plan's
    # drawing-up wherever the clause goes on, the rest where the clause or its 工作 ends; not past
    # other work (启动汀湖路拓宽工程建设和排水规划编制 starts the road).
    (
        re.compile(
            r"启动(?:(?!建设)[^,;。并和及]){0,60}?"
            r"(?:(?:规划|计划|方案|》)(?:编制|修编)|(?:编制|起草|征集|选址|策划|论证)(?=$|[,;。(]|工作))"
        ),
        Stage.STUDY,
    ),
    # 开展“五社联动”试点, 开展公共数据授权运营试点: a pilot carried out is started (17 of 17
    # looked-at labels).
    (re.compile(r"开展[^,;。]{0,30}?试点(?=$|[,;。]|工作)"), Stage.START),
    # 办理开工手续, 做好开工准备: getting ready to start is study.
    (re.compile(r"开工(?:手续|准备|前期|条件)"), Stage.STUDY),
    # 热线派单系统正式运行, 图书馆分馆9月对外开放, 游泳馆春节期间对外开放, 《办法》5月1日起正式
    # 实施: in service or in force (运行 alone claims nothing; 扩大对外开放 is a policy, opened by
    # no date).
    (
        re.compile(
            r"正式(?:运行|运营|启用|开放|实施|施行)|(?:(?<=[月日前起底])|(?<=期间|假期))对外开放"
        ),
        Stage.COMPLETE,
    ),
    # 开展…选址比选和功能定位前期研究, 开展…规划研究: studying it is study (not past other work
    # or another member: 开展汀湖站枢纽建设、滨江绿道三期前期研究).
    (re.compile(r"开展(?:(?!建设)[^,;。并、]){0,40}?(?:研究|论证)(?=$|[,;。])"), Stage.STUDY),
    # 当季开工当季竣工, 开工并竣工, 开工和建成: started and finished in one promise is finished
    # (not 年内开工、明年建成, nor 开工后两年建成: two promises).
    (re.compile(r"开工(?:并|和|及|当季|当年|同步)?(?:竣工|建成|完工|投用)"), Stage.COMPLETE),
    # 应急预案修订发布, 办法制定出台: a document drawn up and issued is issued.
    (re.compile(r"(?:修订|起草|编制|制定)(?:并|和|及|后)?(?:发布|印发|出台)"), Stage.COMPLETE),
    # 长兴街道通过市级生活垃圾分类示范街道验收, 规划通过专家评审: passed is done (of the looked-at
    # labellers' 18 objects followed by 通过, 15 complete); not 通过 as a means (通过市场化运作).
    (
        re.compile(r"通过[^,;。]{0,20}?(?:验收|评审|评估|审批|审查|复核|考核|认定|评定|备案|命名)"),
        Stage.COMPLETE,
    ),
    # 早餐网点累计达到35个, 税收亿元楼宇达到18幢: a figure reached is achieved, as 实现 is (of the
    # looked-at labellers' 22 such objects, 19 complete).
    (re.compile(r"达到(?=\d)"), Stage.COMPLETE),
    # 滨江绿道全线贯通, 步道三期元旦前贯通: a road or a greenway opened through is finished
    # (not a figure of speech: 贯通数据, 上下贯通).
    (
        re.compile(r"(?:全线|全面)贯通|(?<!上下|左右|融会|纵横)贯通(?![\u4e00-\u9fff])"),
        Stage.COMPLETE,
    ),
)
# ... and an event's, held as HELD_VERBS hold one:
_HELD_COMPOUNDS: tuple[tuple[re.Pattern[str], Stage], ...] = (
    (EVENT_HELD_WELL, Stage.COMPLETE),
    # 论坛力争在三季度办好: an event named first, done well by a date at the clause's end, is
    # held (办好 before its object: EVENT_HELD_WELL; 办好民生实事 claims nothing).
    # (The end of a date, as deadlines.py reads one; it imports this module.)
    (re.compile(r"(?:季度|半年|月|[上中下]旬|月底|年底|年内|前)办好$"), Stage.COMPLETE),
)
# What stage_of reads for one object, with and without the held verbs' compounds (built once:
# it is called for every clause).
_FOR_OBJECT = (*_OBJECT_COMPOUNDS, *_HELD_COMPOUNDS, *_COMPOUNDS)
_FOR_OBJECT_UNHELD = (*_OBJECT_COMPOUNDS, *_COMPOUNDS)


# Line breaks and stray spaces (not the ideographic spaces that blank out a presupposed verb).
_BREAKS = re.compile(r"[\r\n \t]+")


def stage_of(
    folded_sentence: str,
    for_object: bool = False,
    counted: bool = False,
    *,
    held_verbs: bool = True,
    advancing: bool = True,
) -> Stage | None:
    """The stage of the earliest ladder verb in the sentence, or None if it has none; with
    `for_object`, one object's stage: with the verbs of IN_SERVICE_VERBS and DRAFTING_VERBS and
    the compounds of _OBJECT_COMPOUNDS; the verbs of HELD_VERBS and an event's compounds too
    unless `held_verbs` is false (a facility that hosts an event, 北塘文体中心承办区运会, is not
    completed by it); those of COUNT_VERBS too with `counted` (the clause gives a count, and
    the held verbs then count whatever `held_verbs` says); and, failing all, a verb that keeps
    work going (ADVANCING_VERBS) unless `advancing` is false."""
    # A copy taken from a PDF breaks lines inside words (年底前完\n工): the order of the verbs is
    # all that is read here, so the breaks can go.
    if _BREAKS.search(folded_sentence):
        folded_sentence = _BREAKS.sub("", folded_sentence)
    best: tuple[int, Stage] | None = None
    compounds = (_FOR_OBJECT if held_verbs else _FOR_OBJECT_UNHELD) if for_object else _COMPOUNDS
    for pattern, stage in compounds:
        match = pattern.search(folded_sentence)
        if match is not None and (best is None or match.start() < best[0]):
            best = (match.start(), stage)
    if for_object:
        if counted:
            verbs, pattern = _COUNTED_VERBS, _COUNTED_VERB_PATTERN
        elif held_verbs:
            verbs, pattern = _OBJECT_VERBS, _OBJECT_VERB_PATTERN
        else:
            verbs, pattern = _UNHELD_VERBS, _UNHELD_VERB_PATTERN
    else:
        verbs, pattern = _VERBS, _VERB_PATTERN
    verb = pattern.search(folded_sentence)
    if verb is not None and (best is None or verb.start() < best[0]):
        best = (verb.start(), verbs[verb.group()])
    if best is None and for_object and advancing and _ADVANCING_PATTERN.search(folded_sentence):
        return Stage.ADVANCE
    return None if best is None else best[1]


# The steps of a project's work a completion may name (完成结构加固, 主体结构封顶, 施工招标完成):
# finishing a step is progress on the project, not its completion.
STEP = re.compile(
    r"主体结构|主体工程|主体施工|结构加固|封顶|桩基|基础施工|设备安装|调试|立项|方案设计|"
    r"初步设计|施工图|施工许可(?:证|办理)?|注册|选址|土方|管线迁改|搬迁|征收|收储|出让|供地|"
    r"规划调整|签约|装修|专家评审|前期调研|方案审批|初稿|征求意见|可研|设备采购|"
    r"公平竞争审查|合法性审查|"
    r"(?:施工|监理)?招标"
)
