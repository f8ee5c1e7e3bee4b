"""Named objects as notices write them: what an auditor checks one by one (DOMAIN.md,
"Commitments: the auditor's unit").

A named object is a project, facility, road or line, document, event, platform or a counted
programme, written with a name of its own (昆明变电站, 《杨浦区…方案》, 第二届“五五购物节”,
116街坊38/6丘). A generic phrase (重点项目, 各类企业, 相关工作) names nothing to check.
"""

from __future__ import annotations

import re

# The head nouns that end a named object: what kind of thing it is.
_HEADS = """
    工程 项目 地块 街坊 丘 单元 基地 园区 产业园 科技园 创新园
    园 谷 港 码头 片区 街区 社区 小区 新村 医院 卫生院 卫生中心
    中心 学校 小学 中学 幼儿园 校区 大学 学院 实验室 研究院 站
    变电站 馆 图书馆 博物馆 美术馆 体育馆 剧院 影院 电影院 楼 楼宇
    大楼 大厦 综合体 广场 公园 绿地 大道 道路 街 桥 隧道
    通道 快速路 高架 号线 轨道 河 湖 泵站 管网 方案 办法
    计划 规划 意见 细则 规定 条例 清单 标准 指引 纲要 节
    大会 论坛 峰会 博览会 活动 大赛 运动会 平台 系统 中台
    网 专区 窗口 装修 改造 修缮 修编 改扩建 改建 扩建 新建 整治 搬迁
    收储 出让 征收 安置房 厂房 车间 产线 航线 院 车库 综合楼 示范区 体系 手册 报告
    白皮书 行动 运动 评选 评估 集团 公司 基金 数据库 培训班 执照 城市 空间
    高铁 机场 港区 航道 枢纽 新城 新区 集聚区 服务区 功能区 先行区 试验区 开发区 度假区 景区
    步道 绿道 跑道 食堂 公寓 宿舍区 浜 泊位
    停车场 体育场 球场 运动场 菜场 农贸市场 菜市场 零工市场 管廊 水库 护岸 走廊 充电桩
    安置区 商务区 院区 公租房 保障房 用房 站房 项目库 储备库 企业库 人才库 券
    代表建议 委员提案 建议提案 进步奖 城中村 预案 医共体 医联体 若干措施
    集市 市集 灯会 庙会 展演 会演 草案 旧址 旧居 故居 托班
""".split()  # noqa: SIM905 (a word list reads better as words)
# A line's section (沪苏湖铁路上海段, 北横通道东段), not a stage or a means (阶段, 手段,
# 时段, 地段).
_SECTION = r"(?<![阶手时地片])段"
# A contest, not a 赛道 (an industry's track: 集成电路设计赛道); a road, not a circuit, a line of
# thought, a way out or a path (电路, 思路, 出路, 门路, 套路, 路径).
_CONTEST = r"赛(?!道)"
_ROAD = r"(?<![电思出门套])路(?!径)"
# An expressway (官新高速), not a pace (中高速增长); a plant (石门电厂, 生物质综合处理厂); a town
# of one trade (科教城, 国际金融城), not 县城, 全城 or the start of 城市, 城区, 城乡, 城镇.
_EXPRESSWAY = r"(?<![中较快低])高速(?!增长|发展|运转|推进)"
_PLANT = r"(?<![工])厂(?!房|区|长)"
_TOWN = r"(?<![全县主省都长古])城(?![市区乡镇])"
# A village by its name (双塘一村, 青竹村, 青山村), not the countryside (乡村, 农村, 村庄), a kind
# of village (行政村, 中心村; 城中村 is a head of its own: 北塘城中村), the villages of towns and
# streets (镇村, 街村) or a village's body (村集体, 村两委, 村居, 村道, 村民, 村委).
_VILLAGE = r"(?<![乡农渔行政心镇街])(?<!城中)村(?![庄民级委务集两居道镇社干组落])"
# A point of service or of a network (助餐点, 混接点, 监测点), not a focus, a highlight or a
# milestone (重点, 焦点, 亮点, 难点, 堵点, 热点, 节点, 卡点, 增长点).
_POINT = r"(?<![重焦亮要难堵痛特优观起终热节卡长])点"
# A line (航线, 公交线, 地铁5号线), not online or offline (线上, 线下).
_LINE = r"(?<!上)线(?![上下])"
# Housing, not its provident fund (住房公积金) or housing and something else (住房和城乡建设).
_HOUSING = r"住房(?!公积金|和)"
# A technical renovation (恒屹冷轧技改), not the money or the help for one (技改补贴, 技改扶持).
_RENOVATION = r"技改(?!补贴|资金|扶持|政策|奖补|贷款|基金|力度)"
# A headquarters, not its economy (总部经济).
_HEADQUARTERS = r"总部(?!经济)"
# A meeting or a fair (推介会, 交易会), not society, a chance or an accountant (社会, 机会, 会计).
_MEETING = r"(?<![社机体理])会(?![计员同])"
# A campaign's month or season and a culture week (就业援助月, 消费季, 咖啡文化周), not a month's
# or a quarter's figure (服务月度考核, 服务季度走访) nor a product (文化周边).
_CAMPAIGN_TIME = r"(?:援助|招聘|服务|消费)[月季](?![度均报])|(?:文化|宣传)周(?![边期年])"
# A road or line extended (开发路东延, 大芦线航道东延伸; 扬子津路西延二期 with its phase): the
# extension is a project of its own, not a direction (东延 of a district's 东延 strategy is rare).
_EXTENSION = r"(?<=[路道街线桥])[东西南北]延(?:伸|长)?"
_HEAD_ALTERNATION = "|".join(
    [
        *sorted(map(re.escape, _HEADS), key=len, reverse=True),
        _SECTION,
        _CONTEST,
        _ROAD,
        _EXPRESSWAY,
        _PLANT,
        _TOWN,
        _MEETING,
        _CAMPAIGN_TIME,
        _HEADQUARTERS,
        _VILLAGE,
        _POINT,
        _HOUSING,
        _LINE,
        _RENOVATION,
        _EXTENSION,
    ]
)
HEAD = re.compile(f"(?:{_HEAD_ALTERNATION})$")
# The levels of a place a name or a list's kind may carry after the place (石桥街道零工驿站,
# 2家街道综合养老服务中心), as an alternation.
PLACE_LEVEL = "街道|社区|镇|乡|村|片区"
# A head noun anywhere, to find where a name at the start of a clause may end.
HEAD_WORD = re.compile(f"(?:{_HEAD_ALTERNATION})”?")

# Names of nothing in particular: a generic phrase is not an object however it ends.
GENERIC = re.compile(
    r"^(?:(?:区|市|全区|全市|本区|本市|我区)?(?:各类|各项|各|相关|有关|一批|一些|更多|多个|若干|重点|重大|"
    r"主要|新|新建|在建|续建|已开工|储备|前期|产业|民生|实事|政府实事|农村)?"
    r"(?:项目|工程|活动|平台|系统|方案|计划|规划|工作|地块|园区|基地|中心|会议|会|任务|城中村"
    r"|集市|市集|庙会))$"
)
# A document named in 《》 is named whatever it is; a name in quotes (第二届“五五购物节”,
# “浦江之光”系列活动) still needs a head noun, or it is a slogan (“应种尽种”).
QUOTED_NAME = re.compile(r"《[^》]{2,80}》|“[^”]{2,40}”")
DOCUMENT_NAME = re.compile(r"《[^》]{2,80}》")
# The units of an area or a length a programme may be counted in (绿道3公里, 立体绿化1万平方米).
AREA_OR_LENGTH = "平方公里|平方米|公里|公顷|亩"
# A counted programme: 10台电梯加装, 3家社区综合为老服务中心, 12个老年助餐点.
COUNTED = re.compile(
    r"^\d+(?:\.\d+)?(?:万|亿)?[台家个所座条项处套户栋幢辆部间张块段]"
    r"|[\u4e00-\u9fff]{2}\d+(?:\.\d+)?(?:万|亿)?"
    rf"(?:[台家个所座条处套户栋幢辆张间宗艘架株棵片]|{AREA_OR_LENGTH})$"
)
# A count alone (200处, 1.5万个) is a target whose thing is named elsewhere in the clause.
_BARE_COUNT = re.compile(
    r"^\d+(?:\.\d+)?(?:万|亿)?"
    rf"(?:[台家个所座条项处套户栋幢辆部间张块段元人吨]|{AREA_OR_LENGTH})(?:以上)?$"
)
# A target, not a thing: 全年目标180台, 突破360家, 2024年安排区级重大项目92个.
_TARGET = re.compile(r"目标|累计|达到|突破|超过|力争|以上|以内|\d{4}年")
# A size that describes a thing (滨江步道全长6.8公里, 建筑面积3万平方米), not a counted
# programme (绿道3公里, 立体绿化1万平方米): no part of a name (extract.py trims it off).
SIZE_DESCRIBED = re.compile(
    r"(?:全长|总长|长度|长约|宽度|面积|规模|占地)(?:约|为|达)?\d+(?:\.\d+)?(?:万|亿)?"
    rf"(?:{AREA_OR_LENGTH}|米)$"
)
# A phase of a project (一期, 二期工程) names the project.
_PHASE = re.compile(r"[一二三四五六七八九十\d]+期(?:工程|项目)?$")
# A name's bracketed note: its phase, section, years or site (…工程(二期), 滨江大道(南段),
# …五年规划(2021-2025), 岭澜半导体研发总部(27街坊)); the name is what stands before it.
_ANNOTATION = re.compile(r"[(（][^()（）]{1,24}[)）]$")
# A plot, a line or a block known by its number: 4街坊, 116街坊, 5号线.
_NUMBERED = re.compile(r"^\d+(?:号)?$")


# A campaign or programme known by a name in quotes: “平安杨浦”, “长三角协同创新”, or a thing
# named after one, with what it is about before the quotes or none: “一网通办”业务流程,
# 政务服务“好差评”管理制度, 重大项目“周调度、月通报”机制, 夏季“清凉枫门”市容环境整治 (the
# blind labellers list each such mechanism, service or campaign; not 做到“应种尽种”, a slogan,
# nor a quoted campaign's priorities or spirit: 第三批“高效办成一件事”重点). What follows the
# quotes may be vague only as a mechanism or a service is (…“门责”管理, …“护苗”管理 and …“三管
# 三必须”责任 name no thing: is_named).
_QUOTED_WHOLE = re.compile(
    r"^(?:“[^”]{2,40}”)+$"
    r"|^[\u4e00-\u9fff]{0,10}“[^”]{2,20}”(?!重点|要点|要求|精神|理念|目标)[\u4e00-\u9fff]{2,8}$"
)


def is_named(phrase: str) -> bool:
    """Whether a noun phrase names one thing to check (not a generic or vague phrase)."""
    text = phrase.strip()
    if len(text) < 3:
        return False
    if DOCUMENT_NAME.search(text):
        return True
    if _QUOTED_WHOLE.match(text):
        return (
            text.endswith("”") or not VAGUE_END.search(text) or _A_SYSTEM.search(text) is not None
        )
    # A bracketed note names nothing by itself: 重点项目(20个) is as generic as 重点项目.
    if GENERIC.match(text) or GENERIC.match(_PHASE.sub("", _ANNOTATION.sub("", text))):
        return False
    if _BARE_COUNT.match(text):
        return False
    if COUNTED.search(text) and not _TARGET.search(text) and not SIZE_DESCRIBED.search(text):
        return True
    text = _PHASE.sub("", _ANNOTATION.sub("", text).rstrip('”"'))
    if not HEAD.search(text):
        return False
    rest = HEAD.sub("", text)
    # 区图书馆, 市体育馆: the district's own facility, named by a head of three characters.
    own = rest in ("区", "市", "县") and len(text) - len(rest) >= 3
    return len(rest) >= 2 or own or _NUMBERED.match(rest) is not None


# What a vague task does, not a thing it names: 做好…工作, 加强…管理, 提升…能力.
VAGUE_END = re.compile(
    r"(?:工作|管理|服务|机制|能力|水平|意识|氛围|作用|力度|效率|效能|质量|保障|措施|举措|环境|"
    r"需求|要求|责任|风险|隐患|问题|底线|监管|指导|宣传|支持|力量|活力|成效|覆盖|排查|防范)$"
)


# What a vague end may be where a quoted name says which one: a mechanism or a service.
_A_SYSTEM = re.compile(r"(?:机制|服务)$")


def is_specific(phrase: str) -> bool:
    """Whether a phrase a ladder verb acts on is specific enough to be checked on its own
    (区管企业分类改革, 科技履约贷业务) though no head noun names its kind: long enough and not
    one of the vague ends (…工作, …管理, …能力)."""
    text = phrase.strip()
    return (
        len(text) >= 4
        and not VAGUE_END.search(text)
        and not GENERIC.match(text)
        and not _BARE_COUNT.match(text)
        and not _BARE_YEAR.match(text)
    )


# A year alone (力争2026年6月开业: the date's year) names nothing.
_BARE_YEAR = re.compile(r"^(?:19|20)\d{2}年度?$")
