"""Every threshold and weight of the matching, in one place, echoed in every output.

They were chosen on the fixture comparisons and then rounded to plain values, so that they
describe the genre (how much a continuing item keeps of its distinctive terms) rather than any
one pair of fixtures; see README.md, "Measured accuracy", for how they were checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace

from qdiff.errors import UnknownSettingError


@dataclass(frozen=True)
class Settings:
    # An item's score: weighted cosine of its body and heading term vectors, plus shared units.
    body_weight: float = 0.6
    heading_weight: float = 0.3
    units_weight: float = 0.1
    # Two items continue one another when their score reaches this (after optimal assignment).
    item_match: float = 0.2
    # Pieces of a split or a merge that matched nothing on their own: each must score at least
    # this share of item_match with the whole, and all of them together must reach item_match.
    split_part_share: float = 0.5
    # An item left unpaired continues an unpaired item of the corresponding section that has a
    # lead unit in common with it at this share of item_match: a heading and body rewritten
    # together (碧水蓝天保卫战 → 污染防治) keep little text, but keep their place and their lead.
    neighbour_share: float = 0.75
    # A matched pair is carried over (not reworded) when its texts are at least this similar
    # character by character, and its numbers, stages and lead units are the same.
    carried_over_similarity: float = 0.9
    # Tasks of items that continue one another match at this score (low: the items already
    # vouch for each other, and continuing sentences are rewritten around a few kept terms);
    # a task that moved to an item of its own needs the higher score.
    task_match: float = 0.1
    task_move: float = 0.5
    # A completion promised again is the same promise (slipped) when its clauses are at least
    # this similar character by character, for the same year and the same numbers.
    slipped_similarity: float = 0.6

    def as_dict(self) -> dict[str, float]:
        return asdict(self)

    @classmethod
    def names(cls) -> list[str]:
        """The names of the settings, sorted."""
        return sorted(field.name for field in fields(cls))

    def with_overrides(self, overrides: Mapping[str, float]) -> Settings:
        """These settings with some values replaced (`{"item_match": 0.3}`)."""
        known = self.names()
        for name in overrides:
            if name not in known:
                raise UnknownSettingError(name, known)
        return replace(self, **{name: float(value) for name, value in overrides.items()})


DEFAULT_SETTINGS = Settings()

# The revision of the matching rules themselves (what the settings do not say). Stored links
# carry it, and links made by other rules are compared again: raise it whenever a change to
# qdiff/align can change a comparison's links or facets (tests/test_links_fingerprint.py fails
# when the fixture quarters' links change without it). 3: the sparse assignment, which can break
# a tie between equally good pairings differently from the dense one. 4: the links of named
# objects are stored with the others. 5: commitment extraction reads counted programmes, subjects'
# verbs and presupposed steps (issue 12). 6: a plan drawn up by a deadline is complete. 7: more
# heads (高铁, 机场, a line's …段, 新城, …区), verbs (推行, 健全, 取消…), and the adverbs a
# sentence opens with before its verb (深入, 全面…). 8: 抓好 and 做强/做优/做大 open names,
# 运行 closes them (市民之家高效运行). 9: work on a project's groundwork (…前期) is study; a
# completed step then another is no slip; heads inside quotes end no name; heads 总部, 公寓,
# 泊位…; areas are counts. 10: across a year end, names with other counts or years are other
# promises. 11: a work word before a verb ends a name (松柏路拓宽改建完成…); verbs before
# 方案/中心/率 open nothing; 电路 and 赛道 are no heads; 跑道, 改建 are; 打响, 打好 open names.
# 12: heads …高速, …厂, …城 (with their guards); a list's 等 that opens its closing names a kind.
# 13: 会 heads a name only as a meeting or a fair (not 社会, 机会). 14: the guard against verbs
# inside names holds only past a clause's opening; a place is not the thing inside it; steps are
# read for their own member; 吨级 is part of a name; 总部经济 and 路径 are no heads. 15: an
# object put into service is complete, one drafted or prepared is study; a subject put first
# names an object when it starts or finishes; names end before a deadline and before 并; heads
# for numbered plots, villages, bracketed phases and more; a remainder continues across a year
# end; two roads alike only in their work are two objects. 16: an event held, a document issued
# and a count added (举办, 召开, 印发, 新增 N…) complete an object; a trial run, a design started
# and getting ready to start do not; no slip for a quota renewed, a round of its own or a
# recurring promise, and a slip for what is left of a completion promised again; the next batch
# of a programme continues it (quantity changed); a list member named by its place alone is the
# thing its list's kind names whole; a phase after a subject's head is its name's (岷大科技园
# 二期); a completion restated for one member of a counted list slips; a sentence is read
# without its line breaks. 17: names that share a whole name (a run ending in its head, or a
# coined name in quotes both open with) name one thing when neither goes on to name another
# thing; sums (亿元) and beds (张) are counts; a name ends before where or by whom the work is
# done (在…, 由…, 从…); a list its count and kind close (沙河、白沙涌2条河道) names each member.
# 18: an event done well (办好…节) is held; 打通, 启用, 投运, 开诊 put an object into service,
# 公布 issues it, 淘汰 N retires a count; 支持, 抓好, 推广, 巩固, 用好, 培育 keep work going.
# 19: built, then put into service (竣工 → 开馆) and begun, then run on trial (启动建设 → 上线
# 试运行) are the next milestone, no slip; the next batch named as one name names the other
# continues its programme; a name ends before 向…. 20: a congress's suggestions and a CPPCC's
# proposals (代表建议, 委员提案) and an award (…进步奖) are objects, named by their session; 办结
# and 评选 open a clause's objects. 21 (a maintainer review's mends): a shared whole name needs
# nothing named after it in either name and at most a place or a time before it; a verb that
# keeps work going yields to a later stage verb; 自由, 从业, 反向 end no name; a total (共2条)
# closes no list; 发展 is no exhibition; a road opened (通车) after 竣工 still slips. 22: a PDF
# copy's page number on a line of its own (— 7 —) is read past in a sentence and a name. 23:
# its other forms too (第7页, － 7 －), not a plot's number wrapped across lines (A3\n-05-\n07).
# 24: a count is a list's when it stands outside the member's name (Commitment.own_quantities,
# shared with qdiff delivery), not wherever a 、 comes before it.
# 25: a sentence that names its object before a colon (X:8月底前出台) is read whole; work kept
# going then a dated milestone promises the milestone; 成立 and 挂牌 complete; names end before a
# deadline's verb and before 剩余; 后 opening a name is no presupposed step; numbered
# institutions as shortened (第二幼儿园 is 二幼); slips read a list's count as the list's on both
# sides and across a year end, 建成投用 names the built milestone, a later 已… reports; 封顶
# completes; event steps (复赛, 数据公报) and handovers (分房, 交房) are steps; count verbs
# 部署 认定 聘请; an abbreviation names what it abbreviates unless it opens with another road
# (北塘会展中心).
# 26: a name abbreviates another up to each one's last head noun (…交通枢纽主体结构 → …站枢纽);
# 城中村 after a place is a head (北塘城中村一期); 试点 before a completion is a noun; a list
# whose kind is said once names each member (鹭川、枫溪社区卫生服务中心); a clause opening with
# quoted names names them (“免申即享”…累计上线); a figure describing a project (年产5万吨, 总投资)
# is no target of it; 控制性详细规划 and 控规 are 控详规划; a list member's whole name may go on
# past the start of a kind its list gave (梅岭村 → 梅岭村城中村改造实施方案); a subject counted by a
# verb that adds or finishes so many is named (高新技术企业新认定30家); a step done, then a dated
# milestone, promises the milestone (…完成施工招标,力争6月底前开工); 预案, 医共体, 若干措施 are
# heads; 提质升级 is work on a name; 修订发布 issues; a document abbreviates without its issuer;
# 当季开工当季竣工 completes; 施工许可 is a step; 起草 and 启动…编制/修编 are study; 实施 alone
# keeps work going; 正式运行 and 对外开放 are in service, a race held well is held, 开展…研究
# is study.
# 27: a phase in brackets or a zone letter after a head is the name's (标准厂房（二期）, 科创谷B区),
# numbers listed before their kind name one thing (12、13街坊); other qualifiers in brackets name
# other things (推介会(深圳专场), (上海专场)); no slip for a document drawn up then issued, a
# building finished then opened (对外开放), one reported done on a date (已于6月印发), a meeting
# with no date or edition held again, a quarter's signing quota, or a year's count renewed in
# January; 规上, 限上, 技改, 保租房, 投促 and 进博会 are the terms in full, a substation's rating
# (110千伏) tells none apart; 启动区 before its roads is a start-up zone; a subject with its
# running total (免证明事项累计35项) is counted; of names alike, a pair in linked tasks is
# preferred; 拆除, 拨付, 兑付, 招聘, 选聘, 新辟 and 开辟 with a count deliver it, 绘制 opens
# objects, and so does 走访; 完善, 组织 and 建设 keep work going (not 城市建设…, 社会组织); after
# a review: lettered plots listed are each their own, zones (A区, B区) two, a document's status
# in brackets tells nothing apart, 12、13街坊 is not 13街坊 alone, only a count due in December
# is renewed across a year end, a ceremony held again still slips.
# 28: a number with thousands separators is one number (3,000人次); a crossing left out of a
# bridge's or tunnel's name (跨河, 越江), a coined name ending in a place word, a level at a name's
# start, scope and remainder (全区…, 剩余…), camps of two seasons; 宗, 片 and others count; 扩大,
# 动态管理 and 办理 open objects (suggestions and proposals are two); 全年 before what it promises
# is a deadline and its January renewal the new year's round; slips of a named phase's size left
# unsaid, a quota's things named built, the same count given an early date of the new year,
# expropriation named by its signing, a step on the way to the whole; no slip for sessions, the
# year's share of a task, a plan adjusted then land supplied, a list sorted then issued; names
# alike by their pairs are not one thing when one names an event and the other a thing; beds
# counted after their name are counted programmes, a date's year names nothing, a road bounding
# a section in brackets is not the section, 1213街坊 is 12、13街坊; 跟踪, 做强, 打造, 配合 and
# 提升 keep work going. 29: across a year end a programme's new round continues its old one
# (new_round: not a sized project, a phase, a year that is a date's), where 10 made names with
# another count, or a count set for the new year, other promises; object threads carry new_round
# and restart a stalled run there; a verb of reach after a verb (认定扩大到5家, 试点扩大至…) opens
# no object and a figure reached names none; 筹措 with a count and 达到 a figure complete; 楼宇 is
# a head; members of lists of kinds qualified otherwise (社区卫生服务中心, 综合为老服务中心) and a
# member against a thing of another kind named from it (鹭川路, 鹭川路桥) are other things; a year
# in words is a year; 智改数转 and 户厕 are terms written short; passed a review (通过…验收) is
# done.
# 30: suggestions and proposals are named without their handling (交办, 办理答复) and so are two
# joined by 和; fairs, campaign months and seasons, culture weeks, drafts and former homes are
# heads; a mechanism, service or campaign named in quotes after its topic is named (重大项目
# “周调度、月通报”机制); 遴选 and 上线 open objects, 招聘会 is a fair; a place with work words
# run on is the same place (…街区改造提升); a programme counted by area or length is named
# (绿道3公里, not 全长6.8公里, and an area after 及 is both halves'); …全覆盖, …目标任务,
# …规范化建设 and …排查整治 are work on an object they leave named, …目录更新 on a list; a
# measure given a figure is followed as an object (实到外资2.3亿美元); work named after its
# subject, then a date and a verb, opens nothing; two things of one kind sharing a project named
# as one (…旧居修缮工程) or a merger are one.
# 31: a size that describes a thing (…步道全长6.8公里) is trimmed from its name, and an area in
# 平方公里 or 公顷 alone is a bare count.
# 32: a verb of resolve frames the verb after its time (力争全年新认定…); 建立 and 组建 begin
# (and 建立…并投入运行 is done), 推出 发放 签署 deliver, 明确 studies, 推行 keeps work going, 创建
# and 优化调整 with a count deliver; vouchers and subsidies handed out again are no slip; five-
# year plans by their number and renamed offices and groups compare in one form, two plans'
# periods never; in quarters of two years a congress's suggestions are another session's
# unless both name the same; a bay opens a place's name; a partner (与…签署) is no subject;
# a subject of two named halves joined by 和 is two; 实行 opens its objects and keeps work going;
# the year's count of work kept going (全年建设…10个) is delivered; 处置 and 新设 count; a pilot
# carried out (开展…试点) starts; starting to draw up, gather or site (启动…编制/征集/选址) is
# study.
# 33: a PDF extract of items with 牵头单位/配合单位 lines keeps its items (a wrapped line opening
# with a figure is no label, a wrapped list of agencies is one clause); a subject put first is
# what its count counts (违法建筑全年拆除…, 群租四季度整治200户); 社会组织 is a body; 前三季度 is
# one deadline; a milestone presupposed (竣工后…开业, 揭牌后) is passed, not promised again; a
# drafting step finished (专家评审, 征求意见) is a step; 第二次… is the next session; 验收
# completes, and acceptance after a completion is no slip; (修订) names an edition; equipment
# bought (设备采购) is a step.
# 34: a running total (1—6月累计…, 已建成…) is reported, and what is left of it promised by a date
# (剩余5公里9月底前建成) is the same work's promise; a milestone after a step between (…,11月完成
# 公平竞争审查,年底前出台) is the objects'; a holiday's span (春节期间) ends a name; a year of a
# programme's span (三年行动2025年度任务) is the programme; 溪口小学 is not 溪口路小学; a place
# before listed numbers (汀溪镇21、22街坊) is the list's; the same count edges a candidate;
# acceptance after work (完成…修缮验收) is no slip, nor a remainder of another whole year's figure;
# 答复 and a count raised (增至, 再增) complete; 建成开园 builds again.
# 35: a concentration (35微克/立方米) is a quantity, of a rate's units.
# 36: two verbs joined by 并, 和 or 及 open one object (建成并开放软X射线, 建设和运营…; 开工和
# 建成 and 制定和出台 complete as with 并).
ALIGNER_REVISION = 36
