"""The follow-through ladder and the quantities a task promises, sentence by sentence."""

from __future__ import annotations

import pytest

from qdiff.align.model import TaskSide
from qdiff.lexicon.numerals import cn_numeral_value
from qdiff.lexicon.quantities import ceilings, find_quantities
from qdiff.lexicon.stages import stage_of
from qdiff.normalize import fold
from qdiff.notice import Stage
from qdiff.output.summary import target_cut


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        ("研究区环境品质提升行动方案。", Stage.STUDY),
        ("编制《杨浦区企业精准服务项目清单》。", Stage.STUDY),
        ("启动第四届进博会的前期准备工作。", Stage.STUDY),
        ("启动新一轮领导走访调研重点企业工作。", Stage.START),
        ("召开示范启动大会。", Stage.START),
        ("“12345”市民热线感知系统试运行。", Stage.START),
        ("昆明变电站等项目开工。", Stage.START),
        ("加快推进北横通道建设。", Stage.ADVANCE),
        ("持续做好隔离人员管控工作。", Stage.ADVANCE),
        ("完成10台电梯加装。", Stage.COMPLETE),
        ("制定完成“长阳秀带”规划建设方案。", Stage.COMPLETE),
        ("5G+AI创新园区基础平台基本建成。", Stage.COMPLETE),
        ("新华医院地下车库等项目竣工。", Stage.COMPLETE),
        ("区视觉健康中心揭牌。", Stage.COMPLETE),
        ("认真应对低温雨雪冰冻灾害。", None),
        ("中北段控详规划编制一季度完成。", Stage.COMPLETE),
        # Ladder words used as nouns or adjectives are not verbs.
        ("国家体育消费试点城市建设通过验收。", None),
        ("干预自助办理模式试点,加强自助终端管理。", Stage.START),
        ("重点人群家庭医生签约率达到80%。", None),
        ("对国企改革三年行动任务完成情况开展年终评估。", Stage.ADVANCE),
        ("3月底前老年人加强针接种率达到70%。", None),
        ("推动区可持续发展研究院揭牌。", Stage.ADVANCE),
        ("可持续发展研究院揭牌。", Stage.COMPLETE),
    ],
)
def test_stage(sentence: str, stage: Stage | None) -> None:
    assert stage_of(fold(sentence)) is stage


def test_stage_ranks_climb_the_ladder() -> None:
    ranks = [s.rank for s in (Stage.STUDY, Stage.START, Stage.ADVANCE, Stage.COMPLETE)]
    assert ranks == sorted(ranks) and len(set(ranks)) == 4


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("完成10台电梯加装。", [(10, "台", "10台")]),
        ("落实30万平方米美丽家园计划。", [(300000, "平方米", "30万平方米")]),
        ("明确3家中心、12个老年助餐点。", [(3, "家", "3家"), (12, "个", "12个")]),
        ("新增1家外资总部或研发中心。", [(1, "家", "1家")]),
        ("新增100万美元以上项目。", [(1_000_000, "美元", "100万美元")]),
        ("投资3。5亿元。", [(350_000_000, "元", "3。5亿元")]),  # a decimal point damaged into 。
        ("新建三家社区食堂。", [(3, "家", "三家")]),
        ("提高２０％。", [(20, "%", "２０％")]),  # full-width digits, as in a clean copy
    ],
)
def test_quantities(sentence: str, expected: list[tuple[float, str, str]]) -> None:
    found = find_quantities(sentence, fold(sentence))
    assert [(q.value, q.unit, q.text) for q in found] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "第二十七届“蓝天下的至爱”系列慈善活动。",  # an ordinal
        "认真落实十一届市委十次全会精神。",  # names, not targets
        "推进154街坊3丘地块收储。",  # parcel numbers
        "轨交18号线、军工路516号校区。",
        "拓展第一批“跨省通办”事项。",
        "发放一次性补助。",
        "完成341街坊N090603单元N3-01地块出让。",
        "2021-2023年中期财政规划。",
    ],
)
def test_no_false_quantities(sentence: str) -> None:
    assert find_quantities(sentence, fold(sentence)) == ()


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("一", 1), ("十", 10), ("十二", 12), ("二十三", 23), ("一百", 100), ("一百零五", 105),
     ("两", 2), ("二〇二一", 2021), ("二零二一", 2021)],
)  # fmt: skip
def test_one_reading_of_chinese_numerals(numeral: str, value: int) -> None:
    """Labels, dates and quantities all read numerals with cn_numeral_value."""
    assert cn_numeral_value(numeral) == value


def side(text: str) -> TaskSide:
    return TaskSide("1.1.1", text, None, find_quantities(text, fold(text)))


def test_a_ceiling_is_cut_when_it_goes_up() -> None:
    """A count or a growth is cut when it goes down; a ceiling (控制在…以内, 不超过) when it goes
    up: a PM2.5 ceiling lowered from 30 to 28 is no cut, raised to 35 is one."""
    pm = "PM2.5年均浓度控制在{}微克/立方米以内"
    assert ceilings(pm.format(30), side(pm.format(30)).quantities) == (True,)
    assert ceilings("不低于5%", side("不低于5%").quantities) == (False,)
    assert not target_cut(side(pm.format(30)), side(pm.format(28)))
    assert target_cut(side(pm.format(30)), side(pm.format(35)))
    assert target_cut(side("新建公园20座"), side("新建公园10座"))
    assert not target_cut(side("新建公园10座"), side("新建公园20座"))
    assert target_cut(side("失业率不超过4%"), side("失业率不超过4.5%"))
    # 以内/以下 after the figure alone; one side's ceiling makes the other's figure one.
    after = "PM2.5年均浓度{}微克/立方米以下"
    assert ceilings(after.format(30), side(after.format(30)).quantities) == (True,)
    assert not target_cut(side(after.format(30)), side(after.format(28)))
    assert not target_cut(side(pm.format(30)), side("PM2.5年均浓度28微克/立方米"))
    # Not 以下 before a count, nor the 以内 of the figure before.
    assert target_cut(side("做好以下5项工作"), side("做好以下3项工作"))
    both = side("失业率控制在4.5%以内，新增企业3家")
    assert ceilings(both.text, both.quantities) == (True, False)
    # A plain figure cut beside an unchanged ceiling of its unit is a cut.
    mixed = "地区生产总值增长{}%，城镇调查失业率控制在5.5%以内"
    assert target_cut(side(mixed.format(6)), side(mixed.format(5)))
    assert target_cut(side("PM2.5年均浓度28微克/立方米"), side(pm.format(30)))
