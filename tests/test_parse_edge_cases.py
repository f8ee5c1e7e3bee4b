"""Cases found on realistic text that the fixtures did not show at first."""

from __future__ import annotations

from datetime import date

import pytest

from qdiff.normalize import fold
from qdiff.notice import WarningCode
from qdiff.parsing import parse_notice
from qdiff.parsing.clauses import parse_clause

HEADER = """关于印发区政府2019年第二季度工作要点的通知 2019-04-08

桐府办201921

区政府各委、办、局:

经区政府同意,现将《云州市桐湾区人民政府2019年第二季度工作要点》印发给你们,请认真贯彻落实。

云州市桐湾区人民政府办公室
{signed}

云州市桐湾区人民政府
2019年第二季度工作要点

2019年第二季度,区政府工作总体要求是:稳中求进。主要工作如下:

一、城市建设

"""


def notice(body: str, signed: str = "201945") -> str:
    return HEADER.format(signed=signed) + body


def test_a_six_digit_signature_date_is_repaired() -> None:
    parsed = parse_notice(notice("1.道路。完成3条道路改造。(责任单位:区建管委)\n"))
    assert parsed.signed_on == date(2019, 4, 5)
    assert WarningCode.DATE_REPAIRED in {w.code for w in parsed.warnings}


def test_a_heading_that_starts_with_a_number_is_still_an_item() -> None:
    body = (
        "1.道路。完成3条道路改造。(责任单位:区建管委)\n\n"
        "2.绿化。新建2座口袋公园。(责任单位:区绿化局)\n\n"
        "3.15分钟社区生活圈。推进3个街道生活圈试点。(责任单位:区规划局)\n\n"
        "4.停车。新增500个公共泊位。(责任单位:区交通委)\n"
    )
    parsed = parse_notice(notice(body))
    assert [item.label for item in parsed.items] == ["1", "2", "3", "4"]
    assert parsed.items[2].heading == "15分钟社区生活圈"
    # A decimal at the start of a wrapped line is not a label when no item is due.
    decimal = parse_notice(notice("1.道路。完成道路改造,总投资\n3.5亿元。(责任单位:区建管委)\n"))
    assert len(decimal.items) == 1


def test_a_cut_inside_the_last_clause_is_truncation() -> None:
    body = (
        "1.道路。完成3条道路改造。(责任单位:区建管委)\n\n"
        "2.绿化。新建2座口袋公园。(责任单位:区绿化局牵头,区政"
    )
    parsed = parse_notice(notice(body))
    assert parsed.truncated is True
    codes = {w.code for w in parsed.warnings}
    assert {WarningCode.TRUNCATED, WarningCode.CLAUSE_UNCLOSED} <= codes


def test_an_unclosed_last_clause_with_whole_units_is_not_truncation() -> None:
    body = (
        "1.道路。完成3条道路改造。(责任单位:区建管委)\n\n"
        "2.绿化。新建2座口袋公园。(责任单位:区绿化局牵头,各街道配合\n"
    )
    parsed = parse_notice(notice(body))
    assert parsed.truncated is False
    assert WarningCode.CLAUSE_UNCLOSED in {w.code for w in parsed.warnings}


def test_text_far_longer_than_a_notice_is_refused_in_one_line(tmp_path: object) -> None:
    from pathlib import Path

    from tests.conftest import SEED, run_cli

    assert isinstance(tmp_path, Path)
    huge = tmp_path / "year_of_notices.txt"
    huge.write_bytes(SEED.read_bytes() * 200)
    result = run_cli(None, "parse", str(huge))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: the text holds ")
    assert result.stderr.strip().endswith("give qdiff one notice per file")
    assert result.stderr.count("\n") == 1


def test_traditional_characters_left_by_a_mirror_are_reported_and_kept() -> None:
    body = "1.道路。完成3条道路改造,各方麵力量保障施工。(责任单位:区建管委)\n"
    parsed = parse_notice(notice(body))
    found = [w for w in parsed.warnings if w.code is WarningCode.TRADITIONAL_CHARACTERS]
    assert len(found) == 1
    assert "麵" in found[0].message
    assert "方麵" in parsed.items[0].tasks[0].text  # kept as published
    assert found[0].line == parsed.items[0].line


def test_a_notice_wholly_in_traditional_characters_gives_eleven_warnings_not_one_a_line() -> None:
    body = "".join(
        f"{n}.經濟。推進第{n}個項目建設。(責任單位:區發展改革委)\n\n" for n in range(1, 16)
    )
    warnings = [
        w
        for w in parse_notice(notice(body)).warnings
        if w.code is WarningCode.TRADITIONAL_CHARACTERS
    ]
    assert len(warnings) == 11
    assert warnings[-1].message == "5 more lines hold traditional characters"


def test_simplified_text_gives_no_traditional_warning(seed_text: str) -> None:
    codes = {w.code for w in parse_notice(seed_text).warnings}
    assert WarningCode.TRADITIONAL_CHARACTERS not in codes


def test_a_table_unit_cell_with_shared_leads_and_towns_is_the_clause() -> None:
    """`A、B按分工牵头,各镇街配合` in a table's unit cell: both leads, 各镇街 supports."""
    body = (
        "序号 | 工作内容 | 责任单位 |\n"
        "1 | 社会治安。开展夏季治安巡查。完成3个派出所改造。 | "
        "区公安分局、区司法局按分工牵头,各镇街配合 |\n"
        "2 | 安全生产。开展燃气专项检查。 | 区应急局牵头,各镇街配合 |\n"
    )
    parsed = parse_notice(notice(body))
    first = parsed.items[0]
    assert (first.lead, first.support) == (("区公安分局", "区司法局"), ("各镇街",))
    assert [task.text for task in first.tasks] == ["开展夏季治安巡查。", "完成3个派出所改造。"]
    assert WarningCode.CLAUSE_MISSING not in {w.code for w in parsed.warnings}


def test_a_title_with_full_width_digits_names_its_period() -> None:
    """A clean copy may write the title's year and quarter in full-width digits."""
    text = notice("1.道路。完成3条道路改造。(责任单位:区建管委)\n")
    text = text.replace("\n2019年第二季度工作要点\n", "\n工作要点\n")  # the heading names none
    text = text.replace("2019年第二季度", "２０１９年第２季度")  # title, cover note, preamble
    parsed = parse_notice(text)
    assert str(parsed.period) == "2019Q2"
    assert WarningCode.PERIOD_MISSING not in {w.code for w in parsed.warnings}


@pytest.mark.parametrize("junk", ["(1)热点文件\n", "1、网站首页\n2、政务公开\n"])
def test_numbered_mirror_lines_before_the_title_are_junk(seed_text: str, junk: str) -> None:
    """A mirror's own numbered link list above the notice does not hide the title."""
    parsed = parse_notice(junk + seed_text)
    assert (len(parsed.sections), len(parsed.items), str(parsed.period)) == (8, 29, "2021Q1")
    assert parsed.title == "关于印发区政府2021年第一季度工作要点的通知"
    assert WarningCode.JUNK_BEFORE_TITLE in {w.code for w in parsed.warnings}


# A PDF extract of the 牵头单位/配合单位 layout (made up, written for testing): lines break at a
# fixed width, inside sentences, names and the lists of agencies, and a page's number stands
# between lines.
_WRAPPED_PDF = """（一）征收安置。推进38、47街坊征收基地收尾，完成剩余12户居民协商。完成
88、93街坊土地收储。三季度引进外资项目，合同外资
1.3亿美元。推进街道、社区挂牌
和考核事项。
牵头单位：区旧改办、区房管局
配合单位：区征收中心、区规划资源局、区经济信
息化委、相
关街道
- 4 -
（二）产业发展。推进科创城二期厂房建设，9月底前交付使用。
牵头单位：区投资促进中心
配合单位：区商务委、石门科创城管委
会
- 5 -
二、社会事业
（一）教育。151街坊配套幼儿园9月底前开工。
牵头单位：区教育局
"""


def test_a_pdf_extract_of_items_with_lead_and_support_lines_keeps_its_items() -> None:
    """A wrapped line that opens with a figure (88、93街坊…, 1.3亿美元) is no item label, a
    wrapped sentence's end (和考核事项。) is no table header, a wrapped list of agencies is one
    clause, and a page's number after a clause is no text of the item."""
    parsed = parse_notice(notice(_WRAPPED_PDF))
    assert [(item.label, item.heading) for item in parsed.items] == [
        ("一", "征收安置"),
        ("二", "产业发展"),
        ("一", "教育"),
    ]
    first, second, _ = parsed.items
    assert "88、93街坊土地收储" in first.text and first.text.endswith("和考核事项。")
    assert first.lead == ("区旧改办", "区房管局")
    assert first.support == ("区征收中心", "区规划资源局", "区经济信息化委", "相关街道")
    assert second.support == ("区商务委", "石门科创城管委会")
    assert not [w for w in parsed.warnings if w.code is WarningCode.UNPLACED_TEXT]


def test_a_figure_in_turn_or_after_an_item_that_ends_stays_a_label() -> None:
    """In a notice numbered 1. 2. …, "3.15分钟社区生活圈" opening a line is still item 3; a lone
    item of a page cut from a list (5.) keeps its number under its section's heading; an item
    the issuer numbered twice, after a clause on a line of its own, keeps its label."""
    body = (
        "1.道路。完成3条道路改造。(责任单位:区建管委)\n"
        "2.绿化。新建绿地2处。(责任单位:区绿化局)\n"
        "3.15分钟社区生活圈。新建2个。(责任单位:区规划局)\n"
    )
    assert [item.label for item in parse_notice(notice(body)).items] == ["1", "2", "3"]
    lone = parse_notice(notice("5.道路。完成3条道路改造。(责任单位:区建管委)\n"))
    assert [(item.label, item.heading) for item in lone.items] == [("5", "道路")]
    twice = parse_notice(
        notice(
            "1.道路。完成道路改造。\n牵头单位：区建管委\n2.绿化。新建绿地。\n牵头单位：区绿化局\n"
            "2.征收。推进征收。\n牵头单位：区房管局\n3.教育。新建学校。\n牵头单位：区教育局\n"
        )
    )
    assert [(item.label, item.lead) for item in twice.items] == [
        ("1", ("区建管委",)),
        ("2", ("区绿化局",)),
        ("2", ("区房管局",)),
        ("3", ("区教育局",)),
    ]
    assert WarningCode.NUMBERING_REPEAT in {w.code for w in twice.warnings}


@pytest.mark.parametrize(
    ("clause", "lead", "support"),
    [
        ("(责任单位:区信访局按分\n工牵头,各街道配合)", ("区信访局",), ("各街道",)),
        ("(责任单位:区建管委\n区财政局)", ("区建管委", "区财政局"), ()),
        ("(责任单位:区绿化局牵头\n各街道配合)", ("区绿化局",), ("各街道",)),
        (
            "配合单位:区统计局、区经济信息\n化委、区商务委",
            (),
            ("区统计局", "区经济信息化委", "区商务委"),
        ),
        ("牵头单位:石门科创城管委\n会", ("石门科创城管委会",), ()),
        ("配合单位:区财政局、相\n关街道\n- 4 -\n", (), ("区财政局", "相关街道")),
        ("(责任单位:区委\n宣传部、区文旅局)", ("区委宣传部", "区文旅局"), ()),
        ("(责任单位:区政府\n办公室)", ("区政府办公室",), ()),
        ("(责任单位:区教育局\n区委)", ("区教育局", "区委"), ()),
    ],
)
def test_a_clause_wrapped_inside_a_name_is_read_whole(
    clause: str, lead: tuple[str, ...], support: tuple[str, ...]
) -> None:
    """A PDF extract wraps a clause inside a unit's name or between two units: a break after a
    separator, a role word or a whole unit's name parts two units, any other joins one."""
    roles = parse_clause(fold(clause))
    assert (roles.lead, roles.support) == (lead, support)


def test_what_follows_a_clause_on_lines_of_its_own_is_no_part_of_it() -> None:
    """After a blank line (the office's signature) or after a whole unit's name (a heading),
    a line of names does not carry the clause on."""
    signed = parse_notice(
        notice(
            "1.道路。完成道路改造。\n牵头单位：区建管委\n配合单位：区财政局、区规划资源局\n\n"
            "上海市某区人民政府办公室\n"
        )
    )
    assert signed.items[0].support == ("区财政局", "区规划资源局")
    for after in ("保障措施", "附件"):
        headed = parse_notice(
            notice(f"1.道路。完成道路改造。\n牵头单位：区建管委\n配合单位：区财政局\n{after}\n")
        )
        assert headed.items[0].support == ("区财政局",)
    # Agencies on the next line carry it on (区委 / 宣传部), and so does a name broken by a
    # page's number between blank lines.
    carried = parse_notice(
        notice(
            "1.道路。完成道路改造。\n牵头单位:区文旅局、区委\n宣传部\n"
            "配合单位:区财政局、区经济信\n\n- 4 -\n\n息化委、相关街道\n"
            "2.教育。新建学校。\n牵头单位:区教育局\n"
        )
    )
    assert carried.items[0].lead == ("区文旅局", "区委宣传部")
    assert carried.items[0].support == ("区财政局", "区经济信息化委", "相关街道")


def test_a_wrapped_line_opening_with_a_figure_out_of_turn_is_no_item() -> None:
    """推进44、45、46街坊… wrapped as 推进44、4 / 5、46街坊…: item 5 out of turn, inside item 3
    (whose line does not end), and item 4 comes next. An item the issuer numbered wrong, after
    an item that ends, keeps its number."""
    wrapped = (
        "1.道路。完成3条道路改造。(责任单位:区建管委)\n"
        "2.绿化。新建绿地2处。(责任单位:区绿化局)\n"
        "3.征收。推进44、4\n"
        "5、46街坊征收基地收尾，完成居民协商。(责任单位:区房管局)\n"
        "4.教育。新建学校1所。(责任单位:区教育局)\n"
    )
    parsed = parse_notice(notice(wrapped))
    assert [item.label for item in parsed.items] == ["1", "2", "3", "4"]
    assert "44、4\n5、46街坊" in parsed.items[2].text
    assert parsed.items[2].lead == ("区房管局",)
    misnumbered = wrapped.replace("3.征收。推进44、4\n5、46", "3.征收。推进44、45、46").replace(
        "4.教育", "5.绿道。新建绿道1条。(责任单位:区绿化局)\n4.教育"
    )
    parsed = parse_notice(notice(misnumbered))
    assert [item.label for item in parsed.items] == ["1", "2", "3", "5", "4"]
    # The last item of a section, whose numbering restarts under the next.
    last = (
        "1.道路。完成道路改造。(责任单位:区建管委)\n2.征收。推进44、4\n5、46街坊征收。(责任单位:区房管局)\n"
        "二、教育\n1.教育。新建学校。(责任单位:区教育局)\n"
    )
    parsed = parse_notice(notice(last))
    assert [item.label for item in parsed.items] == ["1", "2", "1"]
    assert parsed.items[1].lead == ("区房管局",)
    # An item's own short first line is no heading that ends an item; nor is a colon, nor a
    # blank line around a page's number.
    for wrapped_after in (
        "2.推进38、47街坊收尾,完成\n",
        "2.征收。完成以下地块收储:\n",
        "2.征收。完成\n\n- 4 -\n\n",
    ):
        body = (
            "1.道路。完成道路改造。(责任单位:区建管委)\n" + wrapped_after + "88、93街坊土地收储。"
            "(责任单位:区房管局)\n3.教育。新建学校。(责任单位:区教育局)\n"
        )
        parsed = parse_notice(notice(body))
        assert [item.label for item in parsed.items] == ["1", "2", "3"], wrapped_after
    # A figure that is the next number, where the next label takes that number, or a decimal
    # carried on from a line that ends no item.
    for body in (
        "1.道路。完成道路改造。(责任单位:区建管委)\n2.旧改。完成永安小区\n3、4号楼改造。"
        "(责任单位:区房管局)\n3.绿化。新建绿地。(责任单位:区绿化局)\n",
        "1.道路。推进东湖大桥建设,总投资\n2.5亿元,年底前完工。(责任单位:区建管委)\n"
        "2.绿化。新建绿地。(责任单位:区绿化局)\n3.教育。新建学校。(责任单位:区教育局)\n",
    ):
        parsed = parse_notice(notice(body))
        labels = [item.label for item in parsed.items]
        assert labels == ["1", "2", "3"], body
        assert parsed.items[0].lead == ("区建管委",)
