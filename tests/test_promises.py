"""When a later quarter's sentence promises again a completion an earlier one promised: every
rule of qdiff/align/promises.py, one case each way."""

from __future__ import annotations

import pytest

from qdiff.align.promises import repeats_a_completion

SIMILARITY = 0.6  # the default slipped_similarity
SAME_YEAR = (2021, 2021)
NEXT_YEAR = (2021, 2022)


@pytest.mark.parametrize(
    ("earlier", "later", "years"),
    [
        ("完成全区政务外网改造。", "完成全区政务外网改造。", SAME_YEAR),
        ("新华医院地下车库等项目竣工。", "新华医院地下车库等项目竣工。", SAME_YEAR),
        # the deadline moved on; the object is the same
        ("6月底前完成虬江机械厂搬迁腾地。", "9月底前完成虬江机械厂搬迁腾地。", SAME_YEAR),
        # a completion in a later clause of the earlier sentence
        ("推进主次干道提标治理,完成赤峰路景观改善。", "完成赤峰路景观改善。", SAME_YEAR),
        # a list reworded, not narrowed: 2条 = 两条, 打通 ≈ 贯通
        ("完成双塘路、桂芳路2条断头路打通。", "完成双塘路、桂芳路两条断头路贯通。", SAME_YEAR),
        # a promise for the year, repeated after the year is over
        ("2021年建成示范站6个。", "2021年建成示范站6个。", NEXT_YEAR),
        # a holiday deadline is a deadline, not part of the object
        ("建成滨海步道一期2.1公里。", "春节前建成滨海步道一期2.1公里。", NEXT_YEAR),
        # the list is gone but its count stayed: not narrowed
        ("完成石门、鹿角、青杠3个乡镇污水站提标改造。", "完成3个乡镇污水站提标改造。", SAME_YEAR),
        ("年底前完成全年旧区改造签约任务。", "完成全年旧区改造签约任务。", NEXT_YEAR),
    ],
)
def test_slipped(earlier: str, later: str, years: tuple[int, int]) -> None:
    assert repeats_a_completion(earlier, later, SIMILARITY, years)


@pytest.mark.parametrize(
    ("earlier", "later", "years", "why"),
    [
        ("完成10台电梯加装。", "完成20台电梯加装。", SAME_YEAR, "a new target"),
        (
            "实现一季度集装箱吞吐量12万标箱。",
            "实现上半年集装箱吞吐量25万标箱。",
            SAME_YEAR,
            "a new figure in a unit qdiff does not know",
        ),
        (
            "完成2021年度投资促进合作伙伴聘请。",
            "完成2022年度投资促进合作伙伴聘请。",
            NEXT_YEAR,
            "another year's edition",
        ),
        (
            "完成控江医院、区中医医院、区精神卫生中心核酸检测实验室达标建设。",
            "完成区精神卫生中心核酸检测实验室达标建设。",
            SAME_YEAR,
            "the list narrowed: the rest was done",
        ),
        ("基本完成旧改征收。", "完成旧改征收。", SAME_YEAR, "substantially, then wholly"),
        ("中心医院综合楼竣工。", "中心医院综合楼投用。", SAME_YEAR, "another milestone"),
        ("152街坊养老院竣工。", "152街坊养老院竣工后启动开办。", SAME_YEAR, "presupposed"),
        (
            "推进服务站提档升级,2021年建成示范站6个。",
            "推进服务站提档升级,2021年建成示范站6个。",
            SAME_YEAR,
            "a promise for the year while the year runs",
        ),
        (
            "年底前完成全年旧区改造签约任务。",
            "年底前完成全年旧区改造签约任务。",
            SAME_YEAR,
            "年底前, still this year",
        ),
        (
            "鹭洲社区综合为老服务中心建成投用。",
            "梅川社区综合为老服务中心建成投用。",
            SAME_YEAR,
            "another place's centre",
        ),
        ("推进“五五购物节”筹备工作。", "推进“五五购物节”筹备工作。", SAME_YEAR, "no completion"),
    ],
)
def test_not_slipped(earlier: str, later: str, years: tuple[int, int], why: str) -> None:
    assert not repeats_a_completion(earlier, later, SIMILARITY, years), why
