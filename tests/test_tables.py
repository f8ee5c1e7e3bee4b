"""Task tables flattened to `a | b | c` rows (qdiff/parsing/tables.py, rows.py): columns are found
by the names their header gives them, in any order and under the names real pages use; each
quarter's cell is kept as that quarter's milestone; a row holding fewer cells than its header was
cut. fixtures/layouts/milestone_table.txt and quarter_columns.txt are whole documents of this
kind (tests/test_layouts.py); these are one table each, small enough to read."""

from __future__ import annotations

from dataclasses import replace

import pytest

from qdiff.notice import Notice
from qdiff.parsing import parse_notice
from qdiff.parsing.consistency import internal_problems
from qdiff.parsing.lines import split_lines
from qdiff.parsing.tables import Column, find_tables, quarter_due, read_header

COVER = "关于印发《江城区2024年重点工作任务》的通知\n\n江城区人民政府\n2024年重点工作任务\n\n"


def _row(*parts: str) -> str:
    """A row written with spaces between its cells: `a b`, `c` -> `a | b | c` (`_`: empty)."""
    return " | ".join(cell for part in parts for cell in part.split(" ")).replace("_", "")


def _notice(*rows: str) -> Notice:
    return parse_notice(COVER + "\n".join(rows) + "\n")


def _columns(header: str) -> tuple[Column, ...]:
    line = split_lines(header, header)[0]
    found = read_header(line)
    assert found is not None, header
    return found.columns


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        (
            "领域 序号 重要项目 目标任务和工作要求|"
            "第一季度 第二季度 第三季度 第四季度|主责部门 配合部门",
            "group number name content quarter quarter quarter quarter lead support",
        ),
        (
            "序号 工作任务 一季度 二季度 三季度 四季度 牵头单位 责任单位",
            "number content quarter quarter quarter quarter lead support",
        ),
        (
            "编号 项目名称 主要任务 1季度 2季度 3季度 4季度 责任部门 协同单位",
            "number name content quarter quarter quarter quarter lead support",
        ),
        ("重点任务 Q1 Q2 Q3 Q4 牵头部门", "content quarter quarter quarter quarter lead"),
        (  # DOMAIN.md's header, the quarters' parent name run into the first of them
            "序号 重要项目 阶段性目标和工作任务量_(第一季度 第二季度 第三季度 第四季度) 主责部门",
            "number content quarter quarter quarter quarter lead",
        ),
        ("序号 工作内容 完成时限 责任单位 _", "number content deadline units"),
        ("序号 内容与要求 进展情况 责任单位", "number content progress units"),
        (
            "序号 工作任务 时间节点 牵头区领导 牵头单位 备注",
            "number content deadline other lead other",
        ),
    ],
)
def test_columns_are_found_by_their_names(header: str, columns: str) -> None:
    assert " ".join(_columns(_row(*header.split("|")))) == columns


@pytest.mark.parametrize(
    "line",
    [
        "区商务局 区财政局 各街道办事处",
        "1 稳外贸。组织企业参加展会8场。 区商务局 _",
        "首页 联系我们",
    ],
)
def test_rows_and_page_chrome_are_no_header(line: str) -> None:
    line = _row(line)
    assert read_header(split_lines(line, line)[0]) is None


def test_quarter_columns_without_a_number_column_in_another_order() -> None:
    notice = _notice(
        _row("牵头部门 重点任务 Q1 Q2 Q3 Q4 配合部门"),
        _row("区发展改革委 重大项目建设。全年完成投资120亿元。", "完成30亿元 完成60亿元 完成90亿元")
        + " | 完成120亿元 | 区财政局、区统计局",
        _row("区商务局 促消费。新增限上企业20家。 / 新增8家 新增14家 新增20家 /"),
    )
    first, second = notice.items
    assert (first.label, first.heading, first.clause) == ("", "重大项目建设", None)
    assert (first.lead, first.support) == (("区发展改革委",), ("区财政局", "区统计局"))
    assert [(m.quarter, m.text) for m in second.milestones] == [
        (1, "/"),
        (2, "新增8家"),
        (3, "新增14家"),
        (4, "新增20家"),
    ]
    assert (second.lead, second.support) == (("区商务局",), ())
    assert not notice.truncated


def test_a_header_flattened_to_two_lines_names_the_quarters_on_its_second() -> None:
    notice = _notice(
        _row("序号 重要项目 阶段性目标和工作任务量 主责部门 配合部门"),
        _row("第一季度 第二季度 第三季度 第四季度"),
        _row("1 江城大道改造 完成管线迁改 完成东段 完成西段 全线通车 区住房城乡建设局 区交通局"),
    )
    (item,) = notice.items
    assert [(m.quarter, m.text) for m in item.milestones] == [
        (1, "完成管线迁改"),
        (2, "完成东段"),
        (3, "完成西段"),
        (4, "全线通车"),
    ]
    assert (item.lead, item.support) == (("区住房城乡建设局",), ("区交通局",))
    assert notice.preamble is None  # neither header line is read as a preamble


def test_a_deadline_cell_is_the_milestone_of_the_quarter_it_falls_in() -> None:
    notice = _notice(
        "序号 | 工作内容 | 完成时限 | 责任单位",
        "1 | 江城中学新校区。建成投用。 | 8月底前 | 区教育局",
        "2 | 营商环境。持续优化。 | 全年 | 区发展改革委",
    )
    first, second = notice.items
    assert [(m.quarter, m.text) for m in first.milestones] == [(3, "8月底前")]
    assert second.milestones == ()
    assert first.clause == "区教育局"  # a lone 责任单位 cell is read as the clause


@pytest.mark.parametrize(
    ("cell", "quarter"),
    [
        ("6月底前", 2),
        ("三季度", 3),
        ("年底前", 4),
        ("上半年", 2),
        ("全年", None),
        ("3月启动,6月完成", None),
    ],
)
def test_quarter_due(cell: str, quarter: int | None) -> None:
    assert quarter_due(cell) == quarter


def test_a_bordered_table_and_its_section_rows() -> None:
    notice = _notice(
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 |",
        "| 一、经济发展 | | | |",
        "| 1 | 稳外贸。组织企业参加展会8场。 | 区商务局 | 区财政局 |",
        "| 二、社会民生 | | | |",
        "| 2 | 就业。新增城镇就业5000人。 | 区人力社保局 | 各街道办事处 |",
    )
    assert [(s.label, s.title) for s in notice.sections] == [("一", "经济发展"), ("二", "社会民生")]
    assert [(i.label, i.heading, i.lead, i.support) for i in notice.items] == [
        ("1", "稳外贸", ("区商务局",), ("区财政局",)),
        ("2", "就业", ("区人力社保局",), ("各街道办事处",)),
    ]
    assert not notice.truncated


MILESTONES = (
    _row(
        "领域 序号 重要项目 目标任务和工作要求",
        "第一季度 第二季度 第三季度 第四季度 主责部门 配合部门",
    ),
    _row(
        "产业发展 1 江城产业园 年内竣工。",
        "完成桩基 主体封顶 完成装修 竣工 江城开发区管委会 区经济信息委",
    ),
    _row("_ 2 企业培育 新增规上企业20家。 新增5家 累计10家 累计15家 累计20家 区经济信息委")
    + " | 区统计局、各街道办事处",
)


def test_a_merged_field_cell_groups_rows_into_sections() -> None:
    notice = _notice(*MILESTONES)
    assert [(s.label, s.title, len(s.items)) for s in notice.sections] == [("", "产业发展", 2)]
    assert [i.heading for i in notice.items] == ["江城产业园", "企业培育"]
    assert [t.text for t in notice.items[0].tasks] == ["年内竣工。"]


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("", False),  # whole
        (" | 区统计局、各街道办事处", False),  # whole, the last cell's line not ended
        (" | 区统计局、", True),  # stops at a separator
        (" | 区统计", True),  # stops in a name
        (" | ", True),  # the last cell never came
        (" | 区统计局", False),  # a shorter list of whole names: cannot be seen
    ],
)
def test_a_row_cut_in_its_last_cell(tail: str, cut: bool) -> None:
    last = MILESTONES[2]
    row = last if not tail else last[: last.rindex(" | ")] + tail
    text = COVER + "\n".join((*MILESTONES[:2], row))
    if not tail:
        text += "\n"
    notice = parse_notice(text)
    assert notice.truncated is cut
    assert len(notice.items) == 2


def test_a_row_cut_before_its_last_cell_is_cut() -> None:
    last = MILESTONES[2]
    notice = parse_notice(COVER + "\n".join((*MILESTONES[:2], last[: last.index("累计15家")])))
    assert notice.truncated
    assert [i.heading for i in notice.items] == ["江城产业园", "企业培育"]


def test_find_tables_reads_rows_under_the_header_only() -> None:
    text = "首页 | 政务公开 | 通知公告\n" + "\n".join(MILESTONES) + "\n"
    tables = find_tables(split_lines(text, text))
    assert [h.line for h in tables.headers] == [1]
    assert sorted(tables.rows) == [2, 3]
    assert sorted(tables.groups) == [2]


def test_a_rows_units_are_checked_against_its_cells() -> None:
    """qdiff import and verify check a stored parse against its text: a table row has no clause,
    so its units must stand in its cells."""
    notice = _notice(*MILESTONES)
    assert list(internal_problems(notice)) == []
    first = notice.items[0]
    forged = replace(first, lead=("区财政局",))
    section = replace(notice.sections[0], items=(forged, *notice.sections[0].items[1:]))
    problems = list(internal_problems(replace(notice, sections=(section,))))
    assert problems == ["item 1.1: the lead unit '区财政局' is in no clause nor cell of it"]
