"""The one complete real notice, exactly as published, parses as a person reads it."""

from __future__ import annotations

from datetime import date

import pytest

from qdiff.notice import Notice, SpanKind, Stage, WarningCode
from qdiff.parsing import parse_notice
from qdiff.periods import Period


@pytest.fixture(scope="module")
def notice(seed_text: str) -> Notice:
    return parse_notice(seed_text)


def test_metadata(notice: Notice) -> None:
    assert notice.title == "关于印发区政府2021年第一季度工作要点的通知"
    assert notice.issuer == "上海市杨浦区人民政府"
    assert notice.period == Period.parse("2021Q1")
    assert notice.doc_number == "杨府办〔2021〕3号"
    assert notice.signed_on == date(2021, 2, 22)
    assert notice.published_on == date(2021, 2, 26)
    assert notice.truncated is False
    assert notice.preamble is not None
    assert notice.preamble.startswith("2021年第一季度,区政府工作总体要求是:")
    assert notice.preamble.endswith("主要工作如下:")


def test_sections_and_items(notice: Notice) -> None:
    assert [s.label for s in notice.sections] == list("一二三四五六七八")
    assert [s.title for s in notice.sections] == [
        "常态化疫情防控",
        "综合经济",
        "改革创新",
        "城市更新和环境改善",
        "城区治理",
        "民生工作",
        "社会事业发展",
        "政府自身建设",
    ]
    assert [len(s.items) for s in notice.sections] == [2, 7, 4, 3, 4, 2, 4, 3]
    assert len(notice.items) == 29
    assert [item.ref for item in notice.sections[1].items][:3] == ["2.1", "2.2", "2.3"]


def test_every_item_has_its_clause_and_lead(notice: Notice) -> None:
    for item in notice.items:
        assert item.clause is not None, item.ref
        assert item.clause.startswith("(责任单位:"), item.ref
        assert item.lead, item.ref
        assert "责任单位" not in item.text, item.ref


def test_clause_roles(notice: Notice) -> None:
    by_ref = {item.ref: item for item in notice.items}
    first = by_ref["1.1"]
    assert first.heading == "外防输入、内防反弹"
    assert first.lead == ("区疫情防控工作领导小组办公室",)
    assert first.support == ("相关成员单位",)
    assert by_ref["2.2"].lead == ("区发展改革委",)
    assert by_ref["2.2"].support == ()
    assert by_ref["2.1"].lead == (
        "区政府办公室",
        "区发展改革委",
        "区财政局",
        "区重大办",
        "区规划资源局",
        "区住房保障房屋管理局",
    )
    assert by_ref["5.2"].lead == ("区城运中心",)
    assert by_ref["5.2"].support == ("各街道",)


def test_unclosed_clause_is_parsed_with_a_warning(notice: Notice) -> None:
    item = next(i for i in notice.items if i.ref == "5.3")
    assert item.clause is not None and not item.clause.endswith(")")
    assert item.lead == ("区民政局", "区地区办", "区人武部", "区退役军人局")
    assert item.support == ("各街道",)
    unclosed = [w for w in notice.warnings if w.code is WarningCode.CLAUSE_UNCLOSED]
    assert len(unclosed) == 1
    assert unclosed[0].line == item.line


def test_repairs_are_reported(notice: Notice) -> None:
    codes = {w.code for w in notice.warnings}
    assert WarningCode.DOC_NUMBER_REPAIRED in codes
    assert WarningCode.DATE_REPAIRED in codes
    assert WarningCode.DAMAGED_RANGE in codes
    assert WarningCode.TRUNCATED not in codes


def test_tasks_stages_and_quantities(notice: Notice) -> None:
    by_ref = {item.ref: item for item in notice.items}
    housing = by_ref["4.1"]
    lift = next(t for t in housing.tasks if "电梯" in t.text)
    assert lift.text == "完成10台电梯加装。"
    assert lift.stage is Stage.COMPLETE
    assert [(q.value, q.unit, q.text) for q in lift.quantities] == [(10, "台", "10台")]
    garden = next(t for t in housing.tasks if "美丽家园" in t.text)
    assert [(q.value, q.unit) for q in garden.quantities] == [(300000, "平方米")]
    assert by_ref["7.2"].tasks[1].text == "区视觉健康中心揭牌。"
    assert by_ref["7.2"].tasks[1].stage is Stage.COMPLETE
    # The earliest ladder verb decides: 跟踪推动…, 启动…前期准备 is an advance, not a study.
    expo = next(t for t in by_ref["2.6"].tasks if "第四届进博会" in t.text)
    assert expo.stage is Stage.ADVANCE
    # The heading is not a task; the responsibility clause is not a task.
    assert all("责任单位" not in task.text for task in notice.tasks)
    assert by_ref["1.1"].tasks[0].text.startswith("聚焦重点人员")
    assert [t.ref for t in by_ref["1.1"].tasks][:2] == ["1.1.1", "1.1.2"]


def test_single_sentence_item_is_its_own_task(notice: Notice) -> None:
    item = next(i for i in notice.items if i.ref == "8.3")
    assert len(item.tasks) == 1
    assert item.tasks[0].text.startswith("认真做好市、区“两会”期间")


def test_spans_rebuild_the_text_and_never_overlap(notice: Notice, seed_text: str) -> None:
    assert "".join(seed_text[s.start : s.end] for s in notice.spans) == seed_text
    for before, after in zip(notice.spans, notice.spans[1:], strict=False):
        assert before.end == after.start
    kinds = [s.kind for s in notice.spans]
    assert kinds.count(SpanKind.ITEM) == 29
    assert kinds.count(SpanKind.CLAUSE) == 29
    assert kinds.count(SpanKind.SECTION_HEADING) == 8
    assert kinds.count(SpanKind.HEADER) == 1
    assert kinds.count(SpanKind.PREAMBLE) == 1


def test_item_and_task_offsets_point_at_their_text(notice: Notice, seed_text: str) -> None:
    for item in notice.items:
        assert item.text in seed_text[item.start : item.end]
        for task in item.tasks:
            assert seed_text[task.start : task.end] == task.text
