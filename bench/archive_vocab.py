"""Vocabulary for bench/make_archive.py: invented districts, agencies, topics and sentence frames.

Everything here was written for the benchmark archive. It imitates the genre of a district
government's quarterly work-priority notice (../shared/DOMAIN.md, beside the repository)
without copying any published sentence:
places, projects and documents are invented from syllables and slots at generation time.

Templates use the website's ASCII `, : ( )` (the generator turns them full-width for the series
that publish clean copies) and never contain 。 or ; because those end a task for the parser.
Slots in braces are filled by the generator: {d} district short name (渠江), {area} a local place
stem, {road} a road, {street} a street office, {hub} a development zone ({hub1} the main one),
{plot} a land parcel, {group} a district-owned company, {y} / {ly} / {y1} this / last / next
year, {range3} / {range5} a plan period, {fyp} the five-year plan (十四五), {ed} an edition
number that grows by one a year (第{ed}届), {ord} a small ordinal (第{ord}轮), {qn} the quarter
(二季度), {n} a quantity.
"""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------
# Districts. All invented; the first character is the doc-number prefix (渠府办).
# dialect "sh": a Shanghai district (委/办/局, 街道); "prov": a district in a province (镇街).

DISTRICTS: tuple[tuple[str, str, str], ...] = (
    ("澄湖区", "上海市", "sh"),
    ("枫林区", "上海市", "sh"),
    ("渠江区", "上海市", "sh"),
    ("禾川区", "江州市", "prov"),
    ("柏溪区", "上海市", "sh"),
    ("桐湾区", "云州市", "prov"),
    ("苇塘区", "上海市", "sh"),
    ("鹭洲区", "江州市", "prov"),
    ("榆浦区", "上海市", "sh"),
    ("棠溪区", "云州市", "prov"),
    ("槐江区", "上海市", "sh"),
    ("沅湾区", "江州市", "prov"),
    ("澜港区", "上海市", "sh"),
    ("蓼滨区", "云州市", "prov"),
    ("松筠区", "上海市", "sh"),
    ("芸台区", "江州市", "prov"),
)

# Syllables for invented place names. None of them can join a neighbour into a ladder verb
# (推进, 完成, 开工 …), so a place name never changes the stage a sentence claims.
PLACE_FIRST = "望凤翠柏兴安宁泰锦春晖嘉桂梧桐松云霞明华清源德福丰盛康乐永祥瑞昌文秀青长虹翔"
PLACE_SECOND = "湖鸣溪塘苑林岭港湾洲滨浦泾桥庄园泉阳山川丘坪畈埭汇沁澄"
ROAD_ENDINGS = ("路", "路", "路", "大道", "街")
HUB_ENDINGS = ("科创园", "新城", "滨江", "数字港", "智造园", "商务区", "生命科学港")

# ---------------------------------------------------------------------------------------------
# Agencies: key -> (Shanghai name, provincial name). "{d}" is the district's short name.

AGENCIES: dict[str, tuple[str, str]] = {
    "drc": ("区发展改革委", "区发展和改革局"),
    "commerce": ("区商务委", "区商务局"),
    "sci": ("区科委", "区科技局"),
    "economy": ("区经委", "区工业和信息化局"),
    "finance": ("区财政局", "区财政局"),
    "planning": ("区规划资源局", "区自然资源和规划局"),
    "construction": ("区建设管理委", "区住房和城乡建设局"),
    "housing": ("区房管局", "区住房保障中心"),
    "oldtown": ("区旧改办", "区房屋征收中心"),
    "major": ("区重大办", "区重点项目办"),
    "greening": ("区绿化市容局", "区城市管理局"),
    "citymgmt": ("区城管执法局", "区综合行政执法局"),
    "ecology": ("区生态环境局", "区生态环境分局"),
    "water": ("区水务局", "区水利局"),
    "traffic": ("区交通委", "区交通运输局"),
    "civil": ("区民政局", "区民政局"),
    "hr": ("区人力资源社会保障局", "区人力资源和社会保障局"),
    "education": ("区教育局", "区教育局"),
    "health": ("区卫生健康委", "区卫生健康局"),
    "culture": ("区文化旅游局", "区文化广电旅游局"),
    "sports": ("区体育局", "区体育事业发展中心"),
    "justice": ("区司法局", "区司法局"),
    "audit": ("区审计局", "区审计局"),
    "office": ("区政府办公室", "区政府办公室"),
    "data": ("区大数据中心", "区政务服务和大数据管理局"),
    "services": ("区行政服务中心", "区政务服务中心"),
    "cityops": ("区城运中心", "区城市运行管理中心"),
    "grid": ("区网格化管理中心", "区社会治理网格化服务中心"),
    "emergency": ("区应急局", "区应急管理局"),
    "police": ("区公安分局", "区公安分局"),
    "fire": ("区消防救援支队", "区消防救援大队"),
    "market": ("区市场监管局", "区市场监督管理局"),
    "veterans": ("区退役军人局", "区退役军人事务局"),
    "armed": ("区人武部", "区人武部"),
    "medins": ("区医保局", "区医疗保障局"),
    "invest": ("区投资促进办", "区投资促进中心"),
    "soe": ("区国资委", "区国有资产服务中心"),
    "fin": ("区金融办", "区地方金融监管局"),
    "disabled": ("区残联", "区残联"),
    "coop": ("区合作交流办", "区对口支援办"),
    "stats": ("区统计局", "区统计局"),
    "petition": ("区信访办", "区信访局"),
    "agri": ("区农业农村委", "区农业农村局"),
    "covid": ("区疫情防控工作领导小组办公室", "区新冠肺炎疫情防控指挥部办公室"),
    "cdc": ("区疾控中心", "区疾病预防控制中心"),
    "group": ("{d}城投集团", "{d}城发集团"),
    "kc": ("{d}科创集团", "{d}产业投资集团"),
    "hub": ("{hub1}管委会", "{hub1}管委会"),
}

# ---------------------------------------------------------------------------------------------
# Sections: key -> the titles a district may give it. A district picks one title per section.

SECTION_TITLES: dict[str, tuple[str, ...]] = {
    "covid": ("常态化疫情防控", "疫情防控", "统筹疫情防控"),
    "economy": ("综合经济", "经济发展", "稳增长促发展", "经济运行和产业发展"),
    "reform": ("改革创新", "深化改革和科技创新", "创新驱动发展"),
    "urban": ("城市建设和管理", "城市更新和环境提升", "城市建设", "城区建设"),
    "ecology": ("生态环境", "生态文明建设", "环境保护和绿色发展"),
    "governance": ("城区治理", "社会治理", "城市治理和平安建设"),
    "livelihood": ("民生保障", "民生工作", "保障和改善民生"),
    "social": ("社会事业发展", "社会事业", "教育卫生文化体育"),
    "government": ("政府自身建设", "政府建设", "法治政府和作风建设"),
}
# The order sections appear in; optional ones are present in some districts only.
SECTION_ORDER = (
    "covid",
    "economy",
    "reform",
    "urban",
    "ecology",
    "governance",
    "livelihood",
    "social",
    "government",
)
OPTIONAL_SECTIONS = ("reform", "ecology")
COVID_YEARS = (2020, 2022)

# ---------------------------------------------------------------------------------------------
# Sentence frames. Each begins with (or its earliest ladder verb is) the stage it claims.

# Generic tasks on a topic's object phrase {o}; most real tasks are "advance" work.
OBJECT_FRAMES: dict[str, tuple[str, ...]] = {
    "study": (
        "研究{o}工作机制",
        "谋划{o}年度重点任务",
        "制定{o}工作方案",
        "研究制定{o}实施细则",
        "研究完善{o}考核办法",
    ),
    "start": (
        "启动{o}试点",
        "在{street}试点{o}",
        "启动新一轮{o}",
        "启动{o}专项行动",
    ),
    "advance": (
        "持续推进{o}",
        "深化{o}",
        "加强{o}",
        "做好{o}",
        "扎实开展{o}",
        "推动{o}提质增效",
        "进一步加强{o}",
        "落实{o}各项举措",
        "加快推进{o}",
        "统筹推进{o}",
        "继续深化{o}",
        "围绕{o}开展专项督导",
    ),
    "complete": (
        "完成{o}年度评估",
        "完成{o}阶段性任务",
        "基本完成{o}年度目标",
    ),
}
OBJECT_STAGE_WEIGHTS = {"study": 12, "start": 13, "advance": 65, "complete": 10}

# Tails that make a task read like the real ones; they carry no ladder verb.
AIMS = (
    "进一步提升服务效能",
    "确保各项任务按节点推进",
    "不断增强群众获得感",
    "切实提高工作实效",
    "形成一批可复制可推广的经验",
    "确保取得阶段性成效",
    "提升精细化管理水平",
    "为全年目标打好基础",
    "压实各方责任",
    "做到底数清、情况明",
    "确保不留死角",
    "及时协调解决推进中遇到的问题",
    "提高群众知晓率和满意度",
    "推动形成长效管理机制",
    "加强部门协同和条块联动",
    "定期梳理问题清单并跟踪整改",
    "确保群众看得见、摸得着、感受得到",
    "把工作做细做实",
    "对标先进地区查找差距",
    "强化全过程监管和绩效评估",
)

# Named projects by kind and stage: {p} is the project name.
PROJECT_FRAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "build": {
        "study": (
            "启动{p}前期工作",
            "研究{p}建设方案",
            "编制{p}项目建议书",
            "谋划{p}功能布局和建设规模",
            "征询{p}周边居民意见",
        ),
        "start": (
            "{p}开工",
            "启动{p}建设",
            "{p}开工建设",
            "确保{p}{qn}开工",
        ),
        "advance": (
            "加快推进{p}建设",
            "推进{p}主体结构施工,力争年底前结构封顶",
            "推动{p}按节点施工",
            "加快{p}建设进度,力争早日竣工",
            "持续推进{p}建设",
            "推进{p}机电安装和内部装修",
        ),
        "complete": (
            "{p}竣工",
            "完成{p}建设并投入使用",
            "{p}建成投用",
            "完成{p}竣工验收",
            "{p}竣工并交付使用",
        ),
    },
    "road": {
        "study": (
            "启动{p}前期工作",
            "研究{p}工程可行性方案",
            "征询{p}沿线居民和单位意见",
        ),
        "start": (
            "{p}开工",
            "{p}开工建设",
            "启动{p}管线搬迁和施工准备",
        ),
        "advance": (
            "推进{p}管线搬迁和路基施工",
            "加快{p}主线施工",
            "推动{p}分段实施",
            "持续推进{p}建设",
        ),
        "complete": (
            "{p}竣工",
            "完成{p}建设并开放通行",
            "完成{p}竣工验收",
        ),
    },
    "land": {
        "study": (
            "征询{p}居民改造意愿",
            "研究{p}征收补偿方案",
            "启动{p}旧改前期准备",
        ),
        "start": (
            "启动{p}征收",
            "{p}启动房屋征收",
            "启动{p}征收意愿征询后的签约准备",
        ),
        "advance": (
            "推进{p}征收签约",
            "加快{p}居民搬迁",
            "推动{p}征收收尾",
            "持续推进{p}签约搬迁",
        ),
        "complete": (
            "完成{p}征收签约",
            "{p}实现生效签约",
            "完成{p}居民搬迁交地",
        ),
    },
    "system": {
        "study": (
            "研究{p}建设方案",
            "编制{p}需求方案",
            "谋划{p}应用场景",
        ),
        "start": (
            "{p}试运行",
            "启动{p}建设",
            "{p}在{street}试点",
        ),
        "advance": (
            "推进{p}功能迭代",
            "加快{p}数据对接",
            "深化{p}场景应用",
            "推动{p}向各街镇延伸",
        ),
        "complete": (
            "建成{p}",
            "完成{p}验收",
            "{p}实现全区覆盖",
        ),
    },
}

# Optional tails after a project's sentence; the stage verb comes first, so they never change it.
PROJECT_TAILS: dict[str, tuple[str, ...]] = {
    "study": (
        "明确功能定位、建设规模和投资估算",
        "做好规划、土地、资金等要素保障",
        "力争年内形成可实施方案",
        "同步开展交通影响评价和环境影响评价",
        "听取周边居民和驻区单位意见",
    ),
    "start": (
        "做好施工期间交通组织和周边居民沟通解释",
        "力争早出形象进度、早见实物工作量",
        "落实施工现场扬尘管控和文明施工措施",
        "倒排工期,明确各阶段节点",
    ),
    "advance": (
        "加强施工现场安全文明管理",
        "协调解决管线搬迁、交通组织等问题",
        "每月通报进度,对滞后节点挂牌督办",
        "在确保安全和质量的前提下加快进度",
    ),
    "complete": (
        "同步做好运营管理和开放准备",
        "尽快发挥项目社会效益",
        "做好竣工后的移交接管和后续管养",
    ),
}

# Optional tails after a quantity target; no ladder verbs, so a target keeps its own stage.
MEASURE_TAILS = (
    "力争年底前全部落地",
    "纳入区政府实事项目管理",
    "按月跟踪统计进度",
    "滚动更新项目清单",
    "较上季度进一步扩大覆盖面",
    "同步建立台账并向社会公开进度",
    "逐项明确责任人和时间节点",
)

# Documents pass study -> complete (issued) -> advance (carried out) and then leave the notice.
DOC_FRAMES: dict[str, tuple[str, ...]] = {
    "study": ("研究制定《{x}》", "编制《{x}》", "制定《{x}》", "谋划《{x}》框架"),
    "complete": ("出台《{x}》", "发布《{x}》", "制定完成《{x}》"),
    "advance": ("落实《{x}》", "推进《{x}》各项任务落地", "做好《{x}》宣传解读"),
}

STAGES = ("study", "start", "advance", "complete")


# ---------------------------------------------------------------------------------------------
# Topics: one kind of item (养老服务, 旧区改造 …) with its headings, agencies and vocabulary.


@dataclass(frozen=True)
class Topic:
    key: str
    sections: tuple[str, ...]  # preferred section first; the others are where it may move
    headings: tuple[str, ...]
    lead: tuple[str, ...]  # agency keys
    support: tuple[str, ...]
    objects: tuple[str, ...]  # noun phrases for OBJECT_FRAMES
    projects: tuple[tuple[str, str], ...]  # (kind, name template)
    quantities: tuple[tuple[str, int, int], ...]  # (template with {n}, low, high)
    documents: tuple[str, ...]
    sentences: tuple[tuple[str, str], ...]  # (quarters it fits, sentence template)
    quarters: str = "1234"  # a seasonal topic appears only in these quarters
    years: tuple[int, int] = (2000, 2100)
    dialects: str = "sh prov"
    streets: bool = False  # the streets usually help (…,各街道配合)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


def topic(
    key: str,
    sections: str,
    headings: str,
    lead: str,
    support: str = "",
    objects: str = "",
    projects: str = "",
    quantities: str = "",
    documents: str = "",
    sentences: str = "",
    quarters: str = "1234",
    years: tuple[int, int] = (2000, 2100),
    dialects: str = "sh prov",
    streets: bool = False,
) -> Topic:
    """A topic from compact strings: lists are split on |, projects read `kind:name`,
    quantities `text@low-high`, sentences may start with the quarters they fit (`14#…`)."""
    project_list = tuple(
        (kind, name) for kind, _, name in (p.partition(":") for p in _split(projects))
    )
    quantity_list = []
    for entry in _split(quantities):
        text, _, bounds = entry.rpartition("@")
        low, _, high = bounds.partition("-")
        quantity_list.append((text, int(low), int(high)))
    sentence_list = []
    for entry in _split(sentences):
        fits, mark, text = entry.partition("#")
        sentence_list.append((fits, text) if mark else ("1234", entry))
    return Topic(
        key=key,
        sections=tuple(sections.split()),
        headings=_split(headings),
        lead=tuple(lead.split()),
        support=tuple(support.split()),
        objects=_split(objects),
        projects=project_list,
        quantities=tuple(quantity_list),
        documents=_split(documents),
        sentences=tuple(sentence_list),
        quarters=quarters,
        years=years,
        dialects=dialects,
        streets=streets,
    )


TOPICS: tuple[Topic, ...] = (
    # ----- covid (2020-2022)
    topic(
        "covid_control",
        "covid governance",
        "严防输入和扩散风险|常态化精准防控|疫情防控常态化管理",
        "covid",
        "health police market",
        objects="重点人员排查管控|隔离观察点规范化管理|进口冷链食品全链条管控|"
        "发热门诊和哨点诊室监测|重点场所防控措施检查|社区疫情防控网格化管理",
        quantities="新增常态化核酸采样点{n}个@10-60|完成隔离观察点标准化改造{n}处@2-8",
        sentences="落实属地和行业主管部门责任,织密社区防控网|"
        "1#做好春节前后人员返岗返学期间的健康监测|"
        "完善小区封控和区域核酸筛查应急预案,定期开展实战演练|"
        "4#做好冬春季疫情防控各项准备",
        years=(2020, 2022),
    ),
    topic(
        "covid_vaccine",
        "covid social",
        "新冠疫苗接种|疫苗接种服务保障",
        "health",
        "cdc civil",
        objects="重点人群疫苗接种|临时接种点运行保障|老年人接种上门服务",
        quantities="累计接种{n}万人次@10-80|新增临时接种点{n}个@3-12",
        sentences="坚持应接尽接,对60岁以上老年人逐户摸排接种意愿|"
        "优化接种点预约流程,减少现场排队等候",
        years=(2021, 2022),
        streets=True,
    ),
    topic(
        "covid_health",
        "covid social",
        "健全公共卫生应急体系|公共卫生能力建设",
        "health",
        "cdc drc",
        objects="公共卫生应急管理体系|核酸检测能力储备|应急物资储备管理|流调溯源队伍建设",
        projects="build:{d}区疾控中心实验室改造工程|build:{area}社区卫生服务中心发热哨点诊室|"
        "build:{d}区公共卫生临床中心",
        documents="{d}区公共卫生体系补短板行动方案({range3})|{d}区应急医疗物资储备清单({y}年版)",
        years=(2020, 2022),
    ),
    # ----- economy
    topic(
        "econ_plan",
        "economy",
        "经济运行调度|经济社会发展计划|经济运行监测分析",
        "drc",
        "finance stats",
        objects="经济运行监测分析|重点行业和重点企业跟踪服务|固定资产投资统计监测|"
        "重点指标季度研判|稳增长各项政策",
        quantities="完成区级税收收入{n}亿元@20-90",
        sentences="1#制定实施{y}年国民经济和社会发展计划及政府投资项目计划|"
        "4#编制{y1}年国民经济和社会发展计划草案|"
        "做好{qn}经济运行分析,及时研判重点指标走势|"
        "2#开展上半年经济运行情况分析,研究下半年稳增长举措|"
        "3#对照全年目标逐项梳理进度,做好四季度工作预判",
    ),
    topic(
        "five_year",
        "economy",
        "“{fyp}”规划编制|“{fyp}”规划编制和实施",
        "drc",
        "planning finance",
        objects="“{fyp}”规划前期研究|专项规划编制|规划纲要宣传解读|规划实施中期评估",
        documents="{d}区国民经济和社会发展“{fyp}”规划纲要|{d}区“{fyp}”重点专项规划目录",
        sentences="做好规划纲要与全市规划的衔接,梳理重大项目和重大政策储备|"
        "组织开展重大课题研究,广泛征求社会各界意见建议",
        years=(2015, 2016),
    ),
    topic(
        "five_year_next",
        "economy",
        "“{fyp}”规划编制|“{fyp}”规划纲要编制",
        "drc",
        "planning finance",
        objects="“{fyp}”规划前期研究|专项规划编制|规划纲要宣传解读",
        documents="{d}区国民经济和社会发展“{fyp}”规划纲要|{d}区“{fyp}”重点专项规划目录",
        sentences="做好规划纲要与全市规划的衔接,梳理重大项目和重大政策储备|"
        "组织开展重大课题研究,广泛征求社会各界意见建议",
        years=(2020, 2021),
    ),
    topic(
        "industry_policy",
        "economy reform",
        "产业政策|产业扶持政策|政策支持体系",
        "drc",
        "commerce economy finance",
        objects="产业扶持资金全过程管理|政策兑现“一窗受理”|扶持项目绩效评价|政策执行效果评估",
        quantities="兑现各类产业扶持资金{n}亿元@1-6",
        documents="{d}区促进楼宇经济发展若干措施|{d}区产业发展专项资金管理办法|"
        "{d}区支持总部经济发展实施细则|{d}区促进现代服务业发展若干政策",
        sentences="稳定政策预期,根据企业需求及时修订完善扶持条款",
    ),
    topic(
        "investment",
        "economy urban",
        "有效投资|重大项目建设|重点工程建设",
        "construction major",
        "drc planning",
        objects="重大项目全生命周期服务|项目前期审批协调|在建项目安全文明施工|项目建设要素保障",
        projects="road:{road}新建工程|road:{road}改建工程|build:{hub}地下空间工程|"
        "build:{area}220千伏变电站|road:{road}架空线入地工程|build:{hub}综合交通枢纽|"
        "build:{area}综合体|build:{hub}商办项目",
        quantities="新开工重大项目{n}个@3-12|完成固定资产投资{n}亿元@20-90",
        sentences="按照前期项目抓开工、在建项目抓进度的要求,建立重大项目推进台账|"
        "1#做好节后在建工地复工复产服务保障",
    ),
    topic(
        "consumption",
        "economy",
        "促进消费|消费提振|商业发展",
        "commerce",
        "culture market",
        objects="夜间经济集聚区建设|品牌首店引进|老字号传承创新|社区商业网点布局|"
        "线上线下融合消费场景",
        quantities="新引进品牌首店{n}家@3-15|改造提升社区商业网点{n}个@2-8",
        projects="build:{hub}商业中心|build:{road}特色商业街改造工程",
        sentences="1#做好节日期间重要商品保供稳价,加强市场巡查|"
        "2#举办{hub}初夏消费季系列活动|3#举办{d}夜生活节|4#举办{hub}年末购物季活动",
    ),
    topic(
        "foreign_trade",
        "economy",
        "外资外贸|稳外贸稳外资|开放型经济",
        "commerce",
        "invest",
        objects="外商投资企业服务|外贸企业订单跟踪|跨境电商发展|外资项目落地跟踪|"
        "外商投诉协调处理机制",
        quantities="新增外资总部或研发中心{n}家@1-3|引进外资项目{n}个@5-20|实到外资{n}亿美元@1-6",
        sentences="对近三年新设外资项目开展摸底排查,提高外资统计的及时性|"
        "鼓励外贸企业借助跨境电商平台拓展海外订单",
    ),
    topic(
        "attract",
        "economy",
        "招商引资|企业服务|投资促进|企业招引和服务",
        "invest",
        "commerce economy hub",
        objects="重点企业走访服务|招商项目落地跟踪|楼宇招商|产业链精准招商|重点企业“服务专员”制度",
        quantities="签约重点项目{n}个@5-20|新增注册企业{n}家@300-1500|新增注册资本{n}亿元@5-40",
        documents="{d}区企业服务事项清单({y}年版)|{d}区重点产业招商导则",
        sentences="1#启动新一轮领导走访重点企业工作|"
        "做好已落地重点企业的后续服务,协调解决用工、用地等问题",
        streets=True,
    ),
    topic(
        "finance_service",
        "economy reform",
        "金融服务实体经济|科技金融|金融发展",
        "fin",
        "sci kc",
        objects="政策性融资担保|科技履约贷|企业上市培育|金融风险排查处置|非法集资防范宣传",
        quantities="推动{n}家企业在境内外资本市场上市@1-4|新增科技信贷{n}亿元@2-15",
        sentences="优化政策性融资担保产品,扩大中小微企业覆盖面",
    ),
    topic(
        "year_end_push",
        "economy",
        "全年目标冲刺|年度目标任务攻坚",
        "drc",
        "finance stats",
        objects="年度目标任务清单化管理|重点指标跟踪督办|未完成事项攻坚",
        sentences="对照年度目标逐项梳理未完成任务,实行挂图作战|"
        "对税收、投资等重点指标开展逐月比对分析",
        quarters="4",
    ),
    topic(
        "agriculture",
        "economy livelihood",
        "乡村振兴|美丽乡村建设|农业农村发展",
        "agri",
        "ecology construction",
        objects="高标准农田建设|农村人居环境整治|农村集体经济发展|农产品品牌培育",
        projects="build:{area}村美丽乡村示范村|build:{area}现代农业产业园",
        quantities="完成农村公路提档升级{n}公里@10-60|创建美丽乡村示范村{n}个@2-8|"
        "新建高标准农田{n}亩@500-4000",
        sentences="3#做好秋粮收购和秋冬种各项工作|1#做好春耕备耕农资保障",
        dialects="prov",
        streets=True,
    ),
    # ----- reform
    topic(
        "science",
        "reform economy",
        "科技创新|创新策源|科技园区建设|创新要素集聚",
        "sci",
        "kc hub",
        objects="高校科技园区提质发展|科技成果转移转化|高新技术企业培育|"
        "新型研发机构建设|创新创业载体建设",
        projects="build:{hub}二期|build:{area}大学科技园|build:{hub}孵化器|build:{hub}中试基地",
        quantities="新认定高新技术企业{n}家@10-80|建成区级科技企业孵化器{n}家@1-4|"
        "新增技术合同成交额{n}亿元@5-40",
        documents="{d}区科技成果转移转化扶持办法|{d}区科技创新专项资金管理办法",
        sentences="组织{d}区科技园区与高校院所对接会,促成一批联合研发项目",
    ),
    topic(
        "soe_reform",
        "reform government",
        "国资国企改革|国企改革",
        "soe",
        "finance group",
        objects="区属企业分类监管|国有资本运营平台建设|国有资产监管信息化|"
        "区属企业混合所有制改革|区管企业全面预算管理",
        documents="{d}区深化区属国有企业改革实施方案({range3})|"
        "{d}区区管企业负责人经营业绩考核办法|{d}区国有资本运营平台组建方案",
        sentences="完成区管企业年度经营业绩考核,推动考核结果与薪酬挂钩",
    ),
    topic(
        "business_env",
        "reform governance",
        "优化营商环境|“放管服”改革|营商环境建设",
        "drc",
        "services market data",
        objects="企业开办全程网办|“证照分离”改革|涉企事项告知承诺制|"
        "“一件事”集成服务|企业诉求快速响应机制",
        quantities="新增“一件事”集成服务{n}项@3-12|压缩审批时限{n}个工作日@2-10",
        documents="{d}区优化营商环境行动方案({y}年)|{d}区营商环境评价工作方案",
        years=(2017, 2100),
    ),
    topic(
        "approval_reform",
        "reform governance",
        "行政审批制度改革|审批制度改革",
        "drc",
        "services",
        objects="行政审批事项清理|网上审批平台运行|审批流程再造|投资项目审批提速",
        quantities="取消和调整行政审批事项{n}项@5-30",
        years=(2000, 2017),
    ),
    topic(
        "talent",
        "reform livelihood",
        "人才服务|人才发展|人才安居",
        "hr",
        "housing sci",
        objects="人才公寓供给|青年人才安居|高层次人才服务|人才政策“一网通”",
        quantities="新增人才公寓{n}套@100-800|引进各类人才{n}名@200-1500",
        projects="system:{d}人才服务平台|build:{hub}人才公寓",
        sentences="开设留学回国人员服务窗口,优化人才落户受理流程",
    ),
    topic(
        "digital_economy",
        "reform economy",
        "数字经济|在线新经济|数字化转型",
        "economy",
        "sci data",
        objects="工业互联网推广应用|数字化转型示范场景|在线新经济企业培育|公共数据开放应用",
        projects="build:{hub}数字经济产业园|system:{d}区工业互联网公共服务平台|build:{hub}算力中心",
        quantities="新建5G室外基站{n}个@50-400|培育数字化转型示范企业{n}家@3-15",
        years=(2019, 2100),
    ),
    topic(
        "cooperation",
        "reform economy",
        "区域合作|长三角协同发展|对口支援和区域合作",
        "coop",
        "commerce hr",
        objects="对口地区产业合作|消费帮扶|劳务协作|干部人才双向交流|长三角园区共建",
        quantities="组织消费帮扶产品采购{n}万元@100-900|完成援建项目{n}个@5-20",
        sentences="组织区内企业赴对口地区开展考察对接",
    ),
    # ----- urban
    topic(
        "old_town",
        "urban livelihood",
        "旧区改造|旧改征收和住房保障|旧改征收",
        "oldtown housing",
        "planning",
        objects="征收基地居民矛盾化解|旧改政策解释宣传|征收资金平衡测算|零星旧改地块排摸",
        projects="land:{plot}旧改地块|land:{area}旧住房改造地块|land:{area}新村征收基地|"
        "land:{plot}征收地块",
        quantities="完成旧改征收{n}户@200-1500",
        sentences="优化征收补偿安置方案,加强征收基地廉洁监督",
        dialects="sh",
        streets=True,
    ),
    topic(
        "estate",
        "urban livelihood",
        "美丽家园建设|住宅小区综合治理|旧住房综合修缮",
        "housing",
        "construction",
        objects="住宅小区综合治理|物业服务质量考评|业委会规范化建设|老旧小区消防设施改造",
        quantities="完成{n}万平方米旧住房综合修缮@5-40|启动{n}个小区美丽家园改造@5-20|"
        "完成{n}个小区雨污分流改造@5-20",
        sentences="细化年度修缮计划,完成方案设计和居民意见征询",
        streets=True,
    ),
    topic(
        "elevators",
        "urban livelihood",
        "既有住宅加装电梯|加装电梯|既有多层住宅加梯",
        "housing",
        "construction",
        objects="加装电梯“一站式”审批服务|加梯意愿征询|加梯施工安全监管",
        quantities="完成{n}台既有多层住宅加装电梯@10-80|新开工加装电梯{n}台@10-60|"
        "完成{n}个楼组加梯意愿征询@20-120",
        sentences="推广成片加装模式,在{street}开展整小区加梯",
        years=(2017, 2100),
        streets=True,
    ),
    topic(
        "rental",
        "urban livelihood",
        "住房保障|保障性租赁住房|住房保障体系建设",
        "housing",
        "planning",
        objects="廉租住房受理审核|公租房供应分配|租赁住房市场监管|共有产权房申请供应",
        projects="build:{area}租赁住房项目|build:{plot}保障性租赁住房|build:{area}人才公寓",
        quantities="筹措保障性租赁住房{n}套@300-2000|完成廉租住房租金配租{n}户@50-300",
    ),
    topic(
        "roads",
        "urban",
        "交通设施建设|道路交通|综合交通",
        "traffic construction",
        "police",
        objects="停车难综合治理|断头路打通|公交线网优化|非机动车停放管理|道路交通秩序整治",
        projects="road:{road}改建工程|road:{road}新建工程|road:{road}道路大修工程|"
        "build:{area}公共停车场|road:{road}跨河桥梁工程",
        quantities="新增公共泊位{n}个@200-1500|完成道路积水点改造{n}处@3-12|"
        "新辟调整公交线路{n}条@2-6",
        sentences="在{area}开展错峰共享停车试点,提高停车资源利用率",
    ),
    topic(
        "land_planning",
        "urban economy",
        "规划和土地|规划土地管理|土地收储和出让",
        "planning",
        "drc",
        objects="控制性详细规划调整|土地收储计划管理|存量用地盘活|历史风貌保护",
        quantities="完成{n}块地块收储@2-6|完成经营性用地出让{n}块@1-5",
        sentences="完成{plot}地块收储,推进{plot}地块出让|推进{hub}控详规划调整",
    ),
    topic(
        "cityscape",
        "urban ecology",
        "市容环境|环境品质提升|美丽街区建设",
        "greening",
        "citymgmt construction",
        objects="户外招牌设置管理|景观灯光运维|道路保洁质量|违法建筑治理|架空线入地和合杆整治",
        projects="build:{road}景观提升工程|build:{area}口袋公园|build:{hub}夜景照明工程",
        quantities="完成{n}条美丽街区综合治理@3-10|完成{n}公里架空线入地和合杆整治@3-20|"
        "拆除违法建筑{n}万平方米@1-10",
        streets=True,
    ),
    topic(
        "water",
        "urban ecology",
        "水务建设|河道治理|水环境治理",
        "water",
        "ecology",
        objects="河长制湖长制|河道水质监测|排水设施运维|雨污混接普查整治",
        projects="build:{area}泵站改造工程|road:{area}河道综合整治工程|build:{road}雨水调蓄池",
        quantities="完成{n}公里雨污混接改造@5-30|整治河道{n}条@2-8",
        sentences="巩固河湖水面率,落实河道长效管养",
    ),
    topic(
        "hub_zone",
        "urban reform economy",
        "{hub1}开发建设|重点功能区建设|{hub1}建设",
        "hub",
        "planning construction group",
        objects="{hub1}产业导入|{hub1}公共配套|{hub1}品牌活动|{hub1}统计指标体系",
        projects="road:{hub1}公共空间贯通工程|build:{hub1}展示中心|road:{hub1}核心区综合管廊|"
        "road:{hub1}滨水步道",
        documents="{hub1}建设三年行动方案({range3})|{hub1}产业发展规划",
        sentences="成立{hub1}建设推进专班,实行月度例会制度",
    ),
    topic(
        "flood",
        "urban governance",
        "防汛防台|汛期安全|防汛防台和城市安全",
        "water emergency",
        "construction",
        objects="防汛防台应急预案|下立交积水监测|地下空间防汛|在建工地汛期安全检查",
        quantities="完成易积水小区改造{n}个@3-12|储备防汛物资{n}批@2-6",
        sentences="2#开展汛前隐患排查,做好抢险队伍和物资准备|"
        "3#落实24小时值班值守,及时处置强降雨和台风影响",
        quarters="23",
        streets=True,
    ),
    # ----- ecology
    topic(
        "environment",
        "ecology urban",
        "生态环境保护|污染防治|环保三年行动计划",
        "ecology",
        "greening water",
        objects="中央环保督察反馈问题整改|大气污染防治|扬尘污染治理|挥发性有机物治理|"
        "土壤污染风险管控|噪声扰民投诉处置",
        quantities="推动{n}家企业完成挥发性有机物深度治理@3-12|完成{n}个工地扬尘在线监测安装@10-40",
        documents="{d}区第{ord}轮环保三年行动计划({range3})|{d}区生态环境保护工作要点",
    ),
    topic(
        "waste",
        "ecology urban",
        "生活垃圾分类|垃圾分类|垃圾分类实效巩固",
        "greening",
        "civil",
        objects="生活垃圾分类实效|湿垃圾就地处理|装修垃圾规范清运|可回收物体系建设|"
        "垃圾分类示范街镇创建",
        projects="build:{area}垃圾中转站改造工程|build:{hub}湿垃圾资源化处理站",
        quantities="新建两网融合服务点{n}个@10-60|创建垃圾分类示范小区{n}个@10-50",
        years=(2018, 2100),
        streets=True,
    ),
    topic(
        "greenery",
        "ecology urban",
        "绿化建设|公园绿地建设|绿化林业",
        "greening",
        "planning",
        objects="公园绿地养护|立体绿化推广|林荫道建设|公园夜间开放",
        projects="build:{area}公园|build:{hub}绿地|road:{road}林荫道|build:{area}郊野公园",
        quantities="新建绿地{n}万平方米@2-20|新增立体绿化{n}平方米@3000-20000|"
        "新建口袋公园{n}座@2-8",
    ),
    topic(
        "carbon",
        "ecology economy",
        "碳达峰碳中和|节能降碳|绿色低碳发展",
        "drc",
        "ecology economy",
        objects="公共建筑能耗监测|新能源汽车充电设施建设|分布式光伏推广应用|重点用能单位节能管理",
        quantities="完成{n}家重点用能单位节能监察@10-40|新建公共充电桩{n}个@100-800",
        documents="{d}区碳达峰实施方案|{d}区公共机构节能降碳工作方案",
        years=(2021, 2100),
    ),
    topic(
        "energy_saving",
        "ecology economy",
        "节能减排|节能降耗",
        "drc",
        "ecology economy",
        objects="重点用能单位节能管理|合同能源管理推广|公共机构节能改造|落后产能调整",
        quantities="完成{n}家企业节能诊断@10-40|调整淘汰落后产能项目{n}个@5-20",
        years=(2000, 2020),
    ),
    # ----- governance
    topic(
        "one_netcom",
        "governance reform",
        "一网通办|政务服务“一网通办”|政务服务",
        "data",
        "services",
        objects="政务服务事项全程网办|“好差评”制度|自助终端布点|电子证照应用|“跨省通办”事项",
        quantities="新增全程网办事项{n}项@10-60|新增政务服务自助终端{n}台@10-50",
        projects="system:{d}区政务服务自助办理系统|system:{d}区电子证照共享平台",
        years=(2018, 2100),
    ),
    topic(
        "one_netops",
        "governance",
        "一网统管|城市运行“一网统管”|城运体系建设",
        "cityops",
        "data",
        objects="城运平台应用场景建设|网格化管理|12345热线工单办理|城市运行体征监测",
        projects="system:{d}区城市运行管理平台|system:{street}智能感知系统|"
        "system:{d}区应急指挥系统",
        quantities="新增智能感知设备{n}个@200-1500|开发街镇特色应用场景{n}个@3-12",
        years=(2019, 2100),
        streets=True,
    ),
    topic(
        "grid_mgmt",
        "governance",
        "网格化管理|城市网格化管理",
        "grid",
        "citymgmt",
        objects="网格化管理平台运行|城市管理顽症治理|网格巡查发现机制|热线工单办理",
        quantities="完成{n}个居民区网格化管理延伸@20-80",
        years=(2000, 2018),
        streets=True,
    ),
    topic(
        "community",
        "governance livelihood",
        "社会治理创新|社区治理|基层治理",
        "civil",
        "office",
        objects="居委会规范化建设|社区工作者队伍建设|睦邻点建设|社会组织培育|居民区“微治理”",
        quantities="新建睦邻点{n}个@10-40|完成社区工作者招录{n}名@50-200",
        sentences="1#做好春节期间社区走访慰问|完善社区公益服务项目评估体系,扩大居民参与",
        streets=True,
    ),
    topic(
        "work_safety",
        "governance",
        "安全生产|安全隐患排查整治|城市安全",
        "emergency",
        "fire market construction",
        objects="安全生产专项整治|有限空间作业安全|建筑施工安全|特种设备隐患排查|"
        "危化品安全管理|消防安全隐患整治",
        quantities="完成{n}家企业安全生产标准化达标@10-50|整改重大隐患{n}处@10-60",
        sentences="建立隐患整改台账,实行发现、交办、整改、销号闭环管理",
        streets=True,
    ),
    topic(
        "public_order",
        "governance",
        "平安建设|社会稳定|平安{d}建设",
        "police",
        "justice petition",
        objects="扫黑除恶常态化|矛盾纠纷排查化解|信访积案化解|电信网络诈骗防范|社区矫正和安置帮教",
        quantities="化解信访积案{n}件@10-50",
        sentences="开展新一轮“平安{d}”系列专项行动|4#做好年末岁初社会面治安防控",
        streets=True,
    ),
    topic(
        "market_supervision",
        "governance",
        "市场监管|食品药品安全|食品安全",
        "market",
        "health",
        objects="食品安全示范创建|特种设备监管|产品质量抽检|价格监督检查|网络交易监管",
        quantities="完成食品抽检{n}批次@500-2000|完成特种设备检查{n}台@200-900",
        sentences="1#做好节日期间食品安全和价格巡查|3#做好开学季校园食品安全检查",
    ),
    topic(
        "winter_safety",
        "governance",
        "冬季安全和保供|冬春季安全",
        "emergency",
        "fire greening",
        objects="低温雨雪冰冻天气应对|冬季火灾防控|燃气安全检查|冬季城市运行保障",
        sentences="加强对独居老人、困难群众的冬季走访,落实防寒保暖措施",
        quarters="14",
        streets=True,
    ),
    # ----- livelihood
    topic(
        "elderly",
        "livelihood",
        "养老服务|社会养老|为老服务",
        "civil",
        "health medins",
        objects="社区嵌入式养老服务|长者照护之家运营管理|家庭照护床位建设|"
        "认知障碍照护试点|老年助餐服务",
        projects="build:{area}养老院|build:{area}社区综合为老服务中心|build:{area}长者照护之家|"
        "build:{d}区第{ord}社会福利院",
        quantities="新增养老床位{n}张@100-500|新建社区长者食堂{n}家@2-8|"
        "新增老年助餐点{n}个@5-20|改造认知障碍照护床位{n}张@30-150",
        streets=True,
    ),
    topic(
        "employment",
        "livelihood",
        "稳定就业|就业创业|就业促进",
        "hr",
        "",
        objects="重点群体就业帮扶|职业技能培训|根治欠薪|创业带动就业|就业困难人员托底安置",
        quantities="新增就业岗位{n}个@2000-8000|帮扶长期失业青年就业{n}名@100-500|"
        "开展职业技能培训{n}人次@1000-6000",
        sentences="1#举办“春风行动”专场招聘会,落实就业援助月各项措施|"
        "3#做好高校毕业生离校未就业服务|4#开展冬季治理拖欠农民工工资专项检查",
        streets=True,
    ),
    topic(
        "assistance",
        "livelihood",
        "社会救助|困难群众帮扶|社会保障",
        "civil",
        "disabled",
        objects="低保标准调整|困难群众精准帮扶|临时救助|慈善超市运营|“心理关爱”服务",
        quantities="走访慰问困难对象{n}户@500-3000",
        sentences="1#做好元旦春节期间困难群众走访慰问|4#筹备年末帮困送温暖活动|"
        "举办第{ed}届慈善公益联合捐系列活动",
        streets=True,
    ),
    topic(
        "disabled",
        "livelihood social",
        "助残服务|残疾人服务",
        "disabled",
        "civil",
        objects="残疾人就业服务|残疾人康复服务|无障碍环境建设|阳光之家规范化运营",
        quantities="完成{n}户残疾人家庭无障碍改造@50-300",
    ),
    topic(
        "veterans",
        "livelihood governance",
        "双拥和退役军人服务|退役军人服务保障|双拥共建",
        "veterans",
        "armed",
        objects="退役军人服务站规范化建设|退役军人就业创业服务|双拥模范城创建",
        sentences="1#做好春节期间双拥走访慰问|3#做好秋季征兵工作|1#做好春季征兵工作",
        streets=True,
    ),
    topic(
        "life_circle",
        "livelihood urban",
        "“15分钟社区生活圈”建设|社区生活服务|便民服务",
        "planning",
        "commerce civil",
        objects="社区生活圈规划|早餐工程|菜市场标准化改造|社区便民服务点布局",
        projects="build:{area}邻里中心|build:{area}社区生活服务中心|build:{area}菜市场改造工程",
        quantities="新增早餐网点{n}个@10-40|完成标准化菜市场改造{n}家@2-6",
        years=(2019, 2100),
        streets=True,
    ),
    # ----- social
    topic(
        "education",
        "social",
        "教育|教育发展|基础教育",
        "education",
        "",
        objects="集团化办学|义务教育优质均衡|课后服务|教师队伍建设|学前教育资源布局",
        projects="build:{area}实验学校|build:{d}区第{ord}中学新校区|build:{area}幼儿园|"
        "build:{area}小学改扩建工程",
        quantities="新增学前教育学位{n}个@200-1200|新增义务教育学位{n}个@300-1500",
        sentences="2#做好中高考组织保障工作|3#做好秋季开学准备和校园安全检查|"
        "1#制定{y}年幼儿园、中小学招生工作方案|4#开展学年度教育质量分析",
    ),
    topic(
        "health",
        "social",
        "卫生健康|医疗卫生|健康{d}建设",
        "health",
        "medins",
        objects="家庭医生签约服务|分级诊疗|紧密型医联体建设|医疗服务质量管理|健康促进",
        projects="build:{d}区中心医院门急诊楼|build:{area}社区卫生服务中心|"
        "build:{d}区精神卫生中心迁建工程|build:{d}区妇幼保健院",
        quantities="完成{n}家社区卫生服务中心标准化建设@2-6|新增家庭医生签约居民{n}万人@1-6",
        sentences="4#做好冬春季呼吸道传染病防控|3#做好高温季节医疗保障",
    ),
    topic(
        "culture",
        "social",
        "文化|公共文化服务|文化发展",
        "culture",
        "",
        objects="公共文化设施运营|群众文化活动|非遗保护传承|文物保护利用|全民阅读",
        projects="build:{d}区图书馆新馆|build:{hub}美术馆|build:{d}大剧院改建工程|"
        "build:{area}文化活动中心",
        quantities="举办公益文化活动{n}场@100-600|新建城市书房{n}家@2-8",
        sentences="举办第{ed}届{d}文化艺术节|1#春节期间公共文化场馆不闭馆,推出线上线下系列活动",
    ),
    topic(
        "sports",
        "social",
        "体育|全民健身|体育事业",
        "sports",
        "",
        objects="全民健身设施建设|青少年体育培训|体育赛事引进|公共体育场馆开放",
        projects="build:{area}全民健身中心|build:{area}体育公园",
        quantities="新建市民益智健身苑点{n}个@5-30|新建改建市民健身步道{n}条@2-8|"
        "新建市民球场{n}片@2-10",
        sentences="举办第{ed}届{d}区全民运动会",
    ),
    topic(
        "tourism",
        "social economy",
        "文化旅游|全域旅游|旅游发展",
        "culture",
        "commerce",
        objects="全域旅游示范区创建|旅游公共服务|文旅融合|红色旅游线路推广",
        quantities="接待游客{n}万人次@50-400",
        sentences="举办{hub}文旅节|3#做好暑期旅游市场安全检查",
    ),
    topic(
        "medical_insurance",
        "social livelihood",
        "医疗保障|医保管理",
        "medins",
        "health",
        objects="医保基金监管|长期护理保险|医保经办服务下沉|医保信息化监管",
        projects="system:{d}区医保智能监管系统",
        years=(2019, 2100),
    ),
    # ----- government
    topic(
        "rule_of_law",
        "government",
        "法治政府建设|法治城区建设|依法行政",
        "justice",
        "office",
        objects="行政规范性文件合法性审核|行政复议应诉|公共法律服务体系|普法依法治理|"
        "行政执法“三项制度”",
        documents="{d}区法治政府建设实施方案({range5})|{d}区普法依法治理工作要点({y}年)",
        sentences="1#发布{ly}年度法治政府建设情况报告|1#发布{ly}年行政复议案件白皮书",
    ),
    topic(
        "fiscal",
        "government economy",
        "财政管理|财政预算管理|财政改革",
        "finance",
        "",
        objects="区级财力统筹使用|预算绩效管理|政府债务风险防控|国库集中支付|政府采购监管",
        sentences="1#按规定做好部门预算和政府预算公开|4#编制{y1}年区级部门预算|3#组织{ly}年度区级决算编审|"
        "2#启动本年度财政监督和绩效评价",
    ),
    topic(
        "audit",
        "government",
        "审计监督|审计工作",
        "audit",
        "",
        objects="经济责任审计|重大政策跟踪审计|审计发现问题整改|政府投资项目审计",
        quantities="完成审计项目{n}项@5-20",
    ),
    topic(
        "proposals",
        "government",
        "“两会”建议、提案办理|人大代表建议和政协提案办理",
        "office",
        "",
        objects="人大代表建议和政协委员提案办理|办理结果公开|办理质量考评",
        sentences="1#做好区“两会”期间代表建议、委员提案的交办工作|"
        "2#组织承办单位与代表委员当面沟通,提高办理满意度",
        quarters="12",
    ),
    topic(
        "conduct",
        "government",
        "政务公开|督查督办|作风建设",
        "office",
        "",
        objects="政务公开标准化规范化|重点工作督查督办|政府网站和政务新媒体管理|为基层减负",
        sentences="4#对照全年目标开展年终督查|2#开展年中重点工作督查",
    ),
    topic(
        "census",
        "government economy",
        "统计普查|经济普查|人口普查",
        "stats",
        "",
        objects="普查员选聘培训|普查数据质量控制|普查宣传动员",
        sentences="做好普查区划分和绘图工作",
        years=(2018, 2020),
    ),
)
