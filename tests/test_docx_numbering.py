"""Word's automatic numbering rendered as text: number formats, counters, styles, damage.

The lists here are small WordprocessingML fragments written for testing; the .docx fixtures
that use automatic numbering are read in tests/test_reading.py.
"""

from __future__ import annotations

import lxml.etree  # type: ignore[import-untyped]
import pytest

from qdiff.reading.docx_numbering import format_number, paragraph_prefixes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def element(tag: str, inner: str) -> object:
    return lxml.etree.fromstring(f'<w:{tag} xmlns:w="{W}" xmlns:mc="{MC}">{inner}</w:{tag}>')


def labels(body: str, numbering: str | None, styles: str = "") -> list[str]:
    """The label of every paragraph of `body`, "" for one without."""
    root = element("body", body)
    numbering_root = None if numbering is None else element("numbering", numbering)
    prefixes = paragraph_prefixes(root, numbering_root, element("styles", styles))
    return [prefixes.get(paragraph, "") for paragraph in root.iter(f"{{{W}}}p")]


def p(num_id: int | None = None, ilvl: int | None = None, style: str | None = None) -> str:
    """A paragraph with its own w:numPr (numId and/or ilvl) and/or a paragraph style."""
    properties = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num_id is not None or ilvl is not None:
        properties += "<w:numPr>"
        properties += f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        properties += f'<w:numId w:val="{num_id}"/>' if num_id is not None else ""
        properties += "</w:numPr>"
    return f"<w:p><w:pPr>{properties}</w:pPr><w:r><w:t>正文</w:t></w:r></w:p>"


def lvl(ilvl: int, number_format: str, text: str, extra: str = "", start: int | None = 1) -> str:
    start_xml = "" if start is None else f'<w:start w:val="{start}"/>'
    return (
        f'<w:lvl w:ilvl="{ilvl}">{start_xml}<w:numFmt w:val="{number_format}"/>{extra}'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


def abstract(abstract_id: int, *levels: str, extra: str = "") -> str:
    return (
        f'<w:abstractNum w:abstractNumId="{abstract_id}">{extra}{"".join(levels)}</w:abstractNum>'
    )


def num(num_id: int, abstract_id: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def start_override(ilvl: int, value: int) -> str:
    return f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{value}"/></w:lvlOverride>'


SECTIONS = abstract(1, lvl(0, "chineseCounting", "%1、", '<w:suff w:val="nothing"/>'))
ITEMS = abstract(2, lvl(0, "decimal", "%1."))


# --- number formats -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [
        (1, "decimal", "1"),
        (7, "decimalZero", "07"),
        (12, "decimalZero", "12"),
        (1, "chineseCounting", "一"),
        (9, "chineseCounting", "九"),
        (10, "chineseCounting", "十"),
        (11, "chineseCounting", "十一"),
        (19, "chineseCounting", "十九"),
        (20, "chineseCounting", "二十"),
        (21, "chineseCounting", "二十一"),
        (99, "chineseCounting", "九十九"),
        (100, "chineseCounting", "一百"),
        (101, "chineseCounting", "一百零一"),
        (110, "chineseCounting", "一百一十"),
        (111, "chineseCounting", "一百一十一"),
        (999, "chineseCounting", "九百九十九"),
        (1000, "chineseCounting", "一千"),
        (1001, "chineseCounting", "一千零一"),
        (1010, "chineseCounting", "一千零一十"),
        (0, "chineseCounting", "〇"),
        (12, "chineseCountingThousand", "十二"),
        (305, "chineseCountingThousand", "三百零五"),
        (1, "chineseLegalSimplified", "壹"),
        (10, "chineseLegalSimplified", "壹拾"),
        (23, "chineseLegalSimplified", "贰拾叁"),
        (1, "ideographTraditional", "甲"),
        (3, "ideographTraditional", "丙"),
        (10, "ideographTraditional", "癸"),
        (11, "ideographTraditional", "11"),
        (1, "ideographZodiac", "子"),
        (12, "ideographZodiac", "亥"),
        (1, "decimalEnclosedCircle", "①"),
        (10, "decimalEnclosedCircle", "⑩"),
        (20, "decimalEnclosedCircle", "⑳"),
        (21, "decimalEnclosedCircle", "21"),
        (3, "decimalEnclosedCircleChinese", "③"),
        (1, "decimalEnclosedParen", "⑴"),
        (12, "decimalFullWidth", "１２"),
        (12, "decimalHalfWidth", "12"),
        (1, "upperLetter", "A"),
        (26, "upperLetter", "Z"),
        (27, "upperLetter", "AA"),
        (28, "upperLetter", "BB"),
        (3, "lowerLetter", "c"),
        (4, "upperRoman", "IV"),
        (1994, "upperRoman", "MCMXCIV"),
        (9, "lowerRoman", "ix"),
        (14, "lowerRoman", "xiv"),
        (5, "none", ""),
        (5, "ganada", "5"),  # a format we do not render: decimal
        (5, "no such format", "5"),
    ],
)
def test_format_number(value: int, number_format: str, expected: str) -> None:
    assert format_number(value, number_format) == expected


def chinese_value(text: str) -> int:
    """Read Chinese counting back, written independently of the code under test."""
    digits = {char: value for value, char in enumerate("零一二三四五六七八九")}
    units = {"十": 10, "百": 100, "千": 1000}
    total = current = 0
    for char in text:
        if char in digits:
            current = digits[char]
        else:
            total += (current or 1) * units[char]
            current = 0
    return total + current


def test_chinese_counting_is_right_and_canonical_from_1_to_9999() -> None:
    written = [format_number(value, "chineseCounting") for value in range(1, 10_000)]
    assert [chinese_value(text) for text in written] == list(range(1, 10_000))
    assert len(set(written)) == len(written)
    for value, text in enumerate(written, start=1):
        assert "零零" not in text and not text.endswith("零"), (value, text)
        # 一 before 十 only where a higher unit stands before it: 十五, 一百一十五.
        assert text.startswith("十") == (10 <= value < 20), (value, text)
        assert "百十" not in text and "千十" not in text, (value, text)


# --- counting -------------------------------------------------------------------------------


def test_items_restart_in_each_section_through_a_new_num_with_start_override() -> None:
    numbering = (
        SECTIONS
        + ITEMS
        + num(1, 1)
        + num(2, 2, start_override(0, 1))
        + num(3, 2, start_override(0, 1))
    )
    body = p(1) + p(2) + p(2) + p(1) + p(3) + p(3) + p(3)
    assert labels(body, numbering) == ["一、", "1.", "2.", "二、", "1.", "2.", "3."]


def test_items_of_one_num_continue_across_sections() -> None:
    body = p(1) + p(2) + p(2) + p(1) + p(2) + p(2)
    assert labels(body, SECTIONS + ITEMS + num(1, 1) + num(2, 2)) == [
        *("一、", "1.", "2."),
        *("二、", "3.", "4."),
    ]


def test_plain_nums_of_one_abstract_share_its_count() -> None:
    # Two w:num copies without overrides are one list to Word: the count goes on.
    body = p(2) + p(2) + p(3) + p(3)
    assert labels(body, ITEMS + num(2, 2) + num(3, 2)) == ["1.", "2.", "3.", "4."]


def test_a_start_override_restarts_the_shared_count_once() -> None:
    # numId 3 starts at 8 the first time it is used; numId 2 then carries on from there.
    numbering = ITEMS + num(2, 2) + num(3, 2, start_override(0, 8))
    body = p(2) + p(2) + p(3) + p(2) + p(3)
    assert labels(body, numbering) == ["1.", "2.", "8.", "9.", "10."]


def test_start_and_lvl_override_replacing_the_level() -> None:
    replaced = f'<w:lvlOverride w:ilvl="0">{lvl(0, "upperRoman", "%1)", start=3)}</w:lvlOverride>'
    numbering = abstract(2, lvl(0, "decimal", "%1.", start=5)) + num(2, 2) + num(3, 2, replaced)
    assert labels(p(2) + p(2), numbering) == ["5.", "6."]
    assert labels(p(3) + p(3), numbering) == ["III)", "IV)"]


MULTILEVEL = abstract(
    4,
    lvl(0, "decimal", "%1."),
    lvl(1, "decimal", "%1.%2"),
    lvl(2, "lowerLetter", "%3)"),
) + num(4, 4)


def test_a_paragraph_at_one_level_restarts_the_deeper_levels() -> None:
    body = p(4, 0) + p(4, 1) + p(4, 1) + p(4, 2) + p(4, 2) + p(4, 1) + p(4, 2) + p(4, 0) + p(4, 1)
    assert labels(body, MULTILEVEL) == ["1.", "1.1", "1.2", "a)", "b)", "1.3", "a)", "2.", "2.1"]


def test_a_deeper_level_shows_the_start_of_a_level_not_used_yet() -> None:
    assert labels(p(4, 1) + p(4, 1), MULTILEVEL) == ["1.1", "1.2"]


def test_lvl_restart_zero_never_restarts() -> None:
    numbering = abstract(
        5, lvl(0, "decimal", "%1."), lvl(1, "decimal", "%1.%2", '<w:lvlRestart w:val="0"/>')
    ) + num(5, 5)
    body = p(5, 0) + p(5, 1) + p(5, 0) + p(5, 1)
    assert labels(body, numbering) == ["1.", "1.1", "2.", "2.2"]


def test_lvl_restart_after_a_named_level_only() -> None:
    # Level 3 restarts after level 1 (ilvl 0) only, not after level 2 (ilvl 1).
    numbering = abstract(
        6,
        lvl(0, "decimal", "%1."),
        lvl(1, "lowerLetter", "%2."),
        lvl(2, "lowerRoman", "%3.", '<w:lvlRestart w:val="1"/>'),
    ) + num(6, 6)
    body = p(6, 0) + p(6, 2) + p(6, 1) + p(6, 2) + p(6, 0) + p(6, 2)
    assert labels(body, numbering) == ["1.", "i.", "a.", "ii.", "2.", "i."]


def test_is_lgl_writes_every_number_in_decimal() -> None:
    numbering = abstract(
        7,
        lvl(0, "chineseCounting", "%1、"),
        lvl(1, "decimal", "%1.%2", "<w:isLgl/>"),
        lvl(2, "decimal", "%1.%3"),
    ) + num(7, 7)
    assert labels(p(7, 0) + p(7, 1) + p(7, 2), numbering) == ["一、", "1.1", "一.1"]


@pytest.mark.parametrize(
    ("suffix", "label"),
    [(None, "1."), ("tab", "1."), ("nothing", "1."), ("space", "1. ")],
)
def test_suffix_after_the_label(suffix: str | None, label: str) -> None:
    extra = f'<w:suff w:val="{suffix}"/>' if suffix else ""
    assert labels(p(2), abstract(2, lvl(0, "decimal", "%1.", extra)) + num(2, 2)) == [label]


def test_bullets_get_no_label_and_do_not_disturb_the_numbers() -> None:
    numbering = abstract(
        8, lvl(0, "decimal", "%1."), lvl(1, "bullet", "\uf0b7"), lvl(2, "bullet", "●")
    ) + num(8, 8)
    body = p(8, 0) + p(8, 1) + p(8, 1) + p(8, 0) + p(8, 2)
    assert labels(body, numbering) == ["1.", "", "", "2.", ""]


def test_none_format_and_literal_text() -> None:
    numbering = abstract(9, lvl(0, "none", ""), lvl(1, "decimal", "第%2条")) + num(9, 9)
    assert labels(p(9, 0) + p(9, 1) + p(9, 1), numbering) == ["", "第1条", "第2条"]


def test_empty_paragraphs_are_numbered_as_word_numbers_them() -> None:
    empty = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:p>'
    assert labels(p(2) + empty + p(2), ITEMS + num(2, 2)) == ["1.", "2.", "3."]


def test_hidden_paragraphs_are_not_counted_and_hidden_numbers_are_counted() -> None:
    hidden_mark = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'
        "<w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>隐藏</w:t></w:r></w:p>"
    )
    assert labels(p(2) + hidden_mark + p(2), ITEMS + num(2, 2)) == ["1.", "", "2."]
    hidden_number = abstract(2, lvl(0, "decimal", "%1.", "<w:rPr><w:vanish/></w:rPr>"))
    assert labels(p(2) + p(2), hidden_number + num(2, 2)) == ["", ""]


def test_a_text_box_stored_twice_counts_once() -> None:
    box = (
        f"<w:p><w:r><mc:AlternateContent><mc:Choice>{p(2)}</mc:Choice>"
        f"<mc:Fallback>{p(2)}</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    assert labels(p(2) + box + p(2), ITEMS + num(2, 2)) == ["1.", "", "2.", "", "3."]


# --- styles -----------------------------------------------------------------------------------


def style(style_id: str, inner: str = "", kind: str = "paragraph", default: bool = False) -> str:
    flag = ' w:default="1"' if default else ""
    return f'<w:style w:type="{kind}"{flag} w:styleId="{style_id}">{inner}</w:style>'


def style_numbering(num_id: int, ilvl: int | None = None) -> str:
    level = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
    return f'<w:pPr><w:numPr>{level}<w:numId w:val="{num_id}"/></w:numPr></w:pPr>'


def test_numbering_from_the_paragraph_style_and_the_styles_it_is_based_on() -> None:
    styles = (
        style("Normal", default=True)
        + style("Heading1", '<w:basedOn w:val="Normal"/>' + style_numbering(1))
        + style("要点标题", '<w:basedOn w:val="Heading1"/>')
    )
    body = p(style="Heading1") + p(style="要点标题") + p() + p(style="Missing")
    assert labels(body, SECTIONS + num(1, 1), styles) == ["一、", "二、", "", ""]


def test_the_paragraph_numbering_wins_over_its_style_and_num_id_0_stops_it() -> None:
    styles = style("Heading1", style_numbering(4)) + style("Heading2", style_numbering(4, 1))
    numbering = SECTIONS + num(1, 1) + MULTILEVEL
    body = (
        p(style="Heading1")
        + p(0, style="Heading1")  # numId 0: not numbered, though the style is
        + p(1, style="Heading1")  # the paragraph's own list
        + p(style="Heading2")  # the style's list at the style's level
        + p(ilvl=1, style="Heading1")  # the style's list at the paragraph's level
    )
    assert labels(body, numbering, styles) == ["1.", "", "一、", "1.1", "1.2"]


def test_the_default_paragraph_style_can_number_every_paragraph() -> None:
    styles = style("Normal", style_numbering(2), default=True)
    assert labels(p() + p(), ITEMS + num(2, 2), styles) == ["1.", "2."]


def test_a_level_that_names_a_style_numbers_that_style() -> None:
    numbering = abstract(
        3,
        lvl(0, "chineseCounting", "%1、", '<w:pStyle w:val="Heading1"/>'),
        lvl(1, "chineseCounting", "（%2）", '<w:pStyle w:val="Heading2"/>'),
    ) + num(3, 3)
    styles = style("Heading1", style_numbering(3)) + style("Heading2", style_numbering(3))
    body = p(style="Heading1") + p(style="Heading2") + p(style="Heading2") + p(style="Heading1")
    assert labels(body, numbering, styles) == ["一、", "（一）", "（二）", "二、"]


def test_a_list_linked_through_a_numbering_style() -> None:
    definition = abstract(
        11,
        lvl(0, "chineseCounting", "（%1）"),
        extra='<w:styleLink w:val="要点列表"/>',
    )
    user = abstract(12, extra='<w:numStyleLink w:val="要点列表"/>')
    numbering = definition + user + num(11, 11) + num(12, 12)
    styles = style("要点列表", style_numbering(11), kind="numbering")
    # Both instances lead to one definition, so they are one list.
    assert labels(p(12) + p(12) + p(11), numbering, styles) == ["（一）", "（二）", "（三）"]


def test_a_numbering_style_link_that_loops_gives_no_label() -> None:
    loop = abstract(13, extra='<w:numStyleLink w:val="环"/>') + num(13, 13)
    styles = style("环", style_numbering(13), kind="numbering")
    assert labels(p(13), loop, styles) == [""]


def test_a_based_on_loop_ends() -> None:
    styles = style("A", '<w:basedOn w:val="B"/>') + style("B", '<w:basedOn w:val="A"/>')
    assert labels(p(style="A"), ITEMS + num(2, 2), styles) == [""]


# --- damage -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "numbering",
    [
        None,  # no numbering part at all
        "",  # an empty one
        num(2, 99),  # a w:num whose abstract definition is missing
        ITEMS,  # an abstract definition without the w:num
        num(2, 2) + abstract(2),  # a definition without levels
        num(2, 2) + abstract(2, lvl(3, "decimal", "%4.")),  # without the level used
        '<w:num w:numId="2"><w:abstractNumId/></w:num>' + ITEMS,
        '<w:num w:numId="2"><w:abstractNumId w:val="二"/></w:num>' + ITEMS,
        '<w:num w:numId="x"/><w:abstractNum w:abstractNumId="y">'
        '<w:lvl w:ilvl="z"/></w:abstractNum>',
    ],
    ids=[
        "missing",
        "empty",
        "dangling-abstract",
        "no-num",
        "no-levels",
        "no-level-0",
        "abstract-id-without-value",
        "abstract-id-not-a-number",
        "nothing-a-number",
    ],
)
def test_damaged_numbering_gives_no_label_and_no_error(numbering: str | None) -> None:
    assert labels(p(2) + p(2, 0) + p(), numbering) == ["", "", ""]


def test_damaged_values_inside_a_usable_list_fall_back_to_defaults() -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="一"/>'
        '<w:lvlRestart w:val="?"/><w:lvlText w:val="%1.%9"/></w:lvl></w:abstractNum>'
        + num(2, 2, '<w:lvlOverride w:ilvl="零"/><w:lvlOverride><w:startOverride/></w:lvlOverride>')
    )
    # No start: 1; no numFmt: decimal; %9 names a level that does not exist: its start, 1.
    body = p(2) + p(2, 12) + p(2, -1) + p(2) + '<w:p><w:pPr><w:numPr><w:numId w:val="二"/>'
    body += "</w:numPr></w:pPr></w:p>"
    assert labels(body, numbering) == ["1.1", "", "", "2.1", ""]
