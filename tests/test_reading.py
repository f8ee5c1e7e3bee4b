"""The reader: every encoding and format of the real notice, and every file it refuses.

Fixtures under fixtures/encodings, fixtures/formats and fixtures/bad are generated from the
real notice by fixtures/make_binary_fixtures.py; the tests read them as real files.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qdiff.cli import cli
from qdiff.errors import InputError, UsageError
from qdiff.notice import WarningCode
from qdiff.reading import SourceDocument, read_bytes, read_path
from qdiff.reading.messages import MAX_BYTES
from qdiff.reading.reflow import reflow_pages

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "yangpu_2021Q1.txt"
ENCODINGS = FIXTURES / "encodings"
FORMATS = FIXTURES / "formats"
BAD = FIXTURES / "bad"

TITLE_LINE = "关于印发区政府2021年第一季度工作要点的通知 2021-02-26"
FIRST_SECTION = "一、常态化疫情防控"
LAST_CLAUSE = "不断提升人大代表、政协委员的满意度。(责任单位:区政府办公室)"
FULL_WIDTH_TO_ASCII = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "；": ";"})
WHAT_QDIFF_READS = "qdiff reads text, HTML, .docx and PDF files with a text layer"


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def content_lines(text: str) -> list[str]:
    """Lines with text, stripped: what survives every format's idea of blank lines."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def read(path: Path) -> SourceDocument:
    return read_path(str(path))


# --- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "encoding"),
    [
        ("yangpu_2021Q1.gb18030.txt", "gb18030"),
        ("yangpu_2021Q1.utf16.txt", "utf-16"),
        ("yangpu_2021Q1.bom.txt", "utf-8-sig"),
        ("yangpu_2021Q1.crlf.txt", "utf-8"),
    ],
)
def test_encoded_copies_read_as_the_seed(file: str, encoding: str, seed: str) -> None:
    document = read(ENCODINGS / file)
    assert document.format == "text"
    assert document.encoding == encoding
    assert document.warnings == ()
    assert document.text.replace("\r\n", "\n") == seed


def test_the_seed_itself_reads_unchanged(seed: str) -> None:
    document = read(SEED)
    assert (document.format, document.encoding, document.text) == ("text", "utf-8", seed)
    assert document.data == SEED.read_bytes()
    assert document.name == str(SEED)


def test_crlf_line_endings_are_kept(seed: str) -> None:
    text = read(ENCODINGS / "yangpu_2021Q1.crlf.txt").text
    assert text == seed.replace("\n", "\r\n")


def test_bom_is_removed_and_nothing_else() -> None:
    text = read(ENCODINGS / "yangpu_2021Q1.bom.txt").text
    assert text.startswith("关于印发")
    assert "\ufeff" not in text


def test_full_width_gb18030_crlf_copy(seed: str) -> None:
    document = read(ENCODINGS / "yangpu_2021Q1.fullwidth-gb18030-crlf.txt")
    assert document.encoding == "gb18030"
    assert "(责任单位:" not in document.text
    assert "（责任单位：区政府办公室）" in document.text
    normalised = document.text.replace("\r\n", "\n").translate(FULL_WIDTH_TO_ASCII)
    assert normalised == seed


def test_utf16_without_bom_is_recognised_by_its_nul_bytes(seed: str) -> None:
    document = read_bytes(seed.encode("utf-16-le"), "bomless.txt")
    assert document.encoding == "utf-16-le"
    assert document.text == seed
    assert [warning.code for warning in document.warnings] == [WarningCode.ENCODING_GUESSED]


def test_utf16_big_endian_with_bom(seed: str) -> None:
    document = read_bytes(codecs.BOM_UTF16_BE + seed.encode("utf-16-be"))
    assert (document.encoding, document.text) == ("utf-16", seed)


def test_truncated_utf8_keeps_the_text_and_reports_the_replacement(seed: str) -> None:
    assert seed.endswith("室)")
    data = seed.encode("utf-8")
    cut = data[:-2]  # a download cut short: ")" and the last byte of 室 are lost
    document = read_bytes(cut, "cut.txt")
    assert document.encoding == "utf-8"
    assert document.text == seed[:-2] + "\ufffd"
    [warning] = document.warnings
    assert warning.code is WarningCode.DECODE_REPLACED
    assert warning.line == seed.count("\n") + 1
    assert warning.message == (
        f"1 byte sequence that is not valid utf-8 was replaced with U+FFFD, on line {warning.line}"
    )


def test_truncated_gb18030_keeps_the_text_and_reports_the_replacement(seed: str) -> None:
    data = seed.encode("gb18030")
    document = read_bytes(data[:-2], "cut.txt")
    assert document.encoding == "gb18030"
    assert document.text == seed[:-2] + "\ufffd"
    assert [warning.code for warning in document.warnings] == [WarningCode.DECODE_REPLACED]


def test_big5_is_not_mistaken_for_gbk() -> None:
    # GB18030 decodes Big5 bytes without an error, into rare characters: the reader notices.
    traditional = (
        "關於印發區政府2021年第一季度工作要點的通知\n一、常態化疫情防控\n"
        "1.外防輸入、內防反彈。聚焦重點人員、重點場所、重點區域，壓實屬地、部門、單位、"
        "個人四方責任，健全完善防控鏈。（責任單位：區疫情防控工作領導小組辦公室牽頭，"
        "相關成員單位配合）\n2.加快健全公共衛生體系。推進落實實施方案。（責任單位：區衛生健康委）\n"
    )
    document = read_bytes(traditional.encode("big5"), "big5.txt")
    assert document.encoding == "big5"
    assert document.text == traditional
    assert [warning.code for warning in document.warnings] == [WarningCode.ENCODING_GUESSED]


# --- formats ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "encoding"),
    [("yangpu_2021Q1.html", "utf-8"), ("yangpu_2021Q1.gbk.html", "gb18030")],
)
def test_saved_web_page_gives_the_notice(file: str, encoding: str, seed: str) -> None:
    document = read(FORMATS / file)
    assert document.format == "html"
    assert document.encoding == encoding
    assert [warning.code for warning in document.warnings] == [WarningCode.HTML_EXTRACTED]
    # The title and date sit outside the article body on the page; they come first again.
    assert document.text.split("\n")[0] == TITLE_LINE
    assert content_lines(document.text) == content_lines(seed)


@pytest.mark.parametrize("file", ["yangpu_2021Q1.html", "yangpu_2021Q1.gbk.html"])
def test_saved_web_page_loses_its_chrome(file: str, seed: str) -> None:
    text = read(FORMATS / file).text
    chrome = [
        "欢迎访问",  # top bar
        "区政府门户网站",  # logo, <title> suffix
        "搜索",  # search form
        "政务公开",  # navigation menu
        "当前位置",  # breadcrumbs
        "发布日期",  # article info line (its date moved to the title line)
        "字号",  # font size switcher
        "打印本页",  # article tools
        "分享到",  # share bar
        "相关文件",  # sidebar
        "2020年第四季度",  # a sidebar link
        "沪ICP备",  # footer
        "网站地图",  # footer links
        "统计代码",  # <script>
        "_hmt",  # <script>
        "text-indent",  # <style>
        "test fixture",  # <!-- comment -->
    ]
    for phrase in chrome:
        assert phrase not in seed
        assert phrase not in text, phrase


def test_saved_web_page_keeps_blank_and_indented_lines_as_written() -> None:
    lines = read(FORMATS / "yangpu_2021Q1.html").text.split("\n")
    assert lines[2] == "\xa0"  # <p>&nbsp;</p>, as the website's blank lines
    assert lines[7] == "\xa0" * 20 + " 上海市杨浦区人民政府办公室"


def test_docx_gives_one_line_per_paragraph(seed: str) -> None:
    document = read(FORMATS / "yangpu_2021Q1.docx")
    assert (document.format, document.encoding, document.warnings) == ("docx", None, ())
    assert document.text.split("\n") == [line for line in seed.split("\n") if line.strip()]


def test_pdf_text_layer_is_read_and_its_lines_rejoined(seed: str) -> None:
    document = read(FORMATS / "yangpu_2021Q1.pdf")
    assert (document.format, document.encoding) == ("pdf", None)
    # Printed lines wrapped at the margin come back as one line per paragraph.
    assert document.text.split("\n") == content_lines(seed)


def test_pdf_reflow_joins_full_lines_across_pages_and_drops_page_numbers() -> None:
    # Every printed line that reaches the margin is 50 cells wide: 25 Chinese characters,
    # or a label and 21 characters.
    full = "完成道路建设推进绿化工程落实各项措施确保按期完成"
    rest = full[:21]
    pages = [
        "\n".join(
            [
                "一、城市建设",
                f"1.道路。{rest}",
                full,
                "推进。(责任单位:区建管委)",
                f"2.绿化。{rest}",
            ]
        )
        + f"\n{full}\n- 1 -",
        f"{full}\n完成。\n3.市容。{rest}\n{full}\n第2页",
    ]
    assert reflow_pages(pages).split("\n") == [
        "一、城市建设",
        f"1.道路。{rest}{full}推进。(责任单位:区建管委)",
        f"2.绿化。{rest}{full}{full}完成。",  # across the page break, without "- 1 -"
        f"3.市容。{rest}{full}",
    ]


def test_pdf_reflow_starts_an_item_wherever_the_parser_reads_a_label() -> None:
    """A PDF's text often has a space inside a label (`1 、`); the parser reads it as item 1,
    so reflow must not glue it onto the full line before it."""
    full = "完成道路建设推进绿化工程落实各项措施确保按期完成"
    page = "\n".join([full] * 9 + ["1 、加快推进旧区改造工作。"])
    assert reflow_pages([page]).split("\n")[-1] == "1 、加快推进旧区改造工作。"


@pytest.mark.parametrize(
    "path",
    [
        SEED,
        *sorted(ENCODINGS.glob("*.txt")),
        *sorted(FORMATS.glob("yangpu_2021Q1.*")),
    ],
    ids=lambda path: path.name,
)
def test_every_readable_copy_holds_the_key_lines(path: Path) -> None:
    text = read(path).text.replace("\r\n", "\n").translate(FULL_WIDTH_TO_ASCII)
    lines = [line.strip() for line in text.split("\n")]
    assert lines[0] == TITLE_LINE
    assert FIRST_SECTION in lines
    assert lines[-1].endswith(LAST_CLAUSE)


def test_docx_table_rows_join_cells(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("一、重点工作")
    table = document.add_table(rows=2, cols=3)
    rows = [("序号", "内容与要求", "责任单位"), ("1", "完成道路建设。", "区建管委")]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("二、其他工作")
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert read(path).text == (
        "一、重点工作\n序号 | 内容与要求 | 责任单位\n1 | 完成道路建设。 | 区建管委\n二、其他工作"
    )


# --- .docx automatic numbering ---------------------------------------------------------------

AUTONUMBERED = FORMATS / "yangpu_2021Q1.autonumbered.docx"
NUMBERING_FORMATS = FORMATS / "numbering_formats.docx"
POSITION_KEYS = {"line", "start", "end", "spans"}


def without_positions(value: Any) -> Any:
    """A parse without line numbers and offsets, which differ between a .txt and a .docx."""
    if isinstance(value, dict):
        return {k: without_positions(v) for k, v in value.items() if k not in POSITION_KEYS}
    if isinstance(value, list):
        return [without_positions(item) for item in value]
    return value


def parse_json(path: Path) -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["parse", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def test_autonumbered_docx_holds_no_labels_in_its_text() -> None:
    # The fixture is only a test of automatic numbering if Word, not the text, gives the labels.
    with zipfile.ZipFile(AUTONUMBERED) as package:
        body = package.read("word/document.xml").decode("utf-8")
        numbering = package.read("word/numbering.xml").decode("utf-8")
    assert "<w:t>常态化疫情防控</w:t>" in body
    assert "<w:t>外防输入、内防反弹。" in body
    assert "一、" not in body and "1.外防输入" not in body
    assert body.count("<w:numPr>") == 8 + 29
    assert 'w:val="chineseCounting"' in numbering and 'w:val="%1、"' in numbering


def test_autonumbered_docx_reads_as_the_plain_docx() -> None:
    document = read(AUTONUMBERED)
    assert (document.format, document.encoding, document.warnings) == ("docx", None, ())
    assert document.text == read(FORMATS / "yangpu_2021Q1.docx").text


def test_autonumbered_docx_parses_as_the_text() -> None:
    got, expected = parse_json(AUTONUMBERED), parse_json(SEED)
    assert len(got["sections"]) == 8
    assert sum(len(section["items"]) for section in got["sections"]) == 29
    assert [section["label"] for section in got["sections"]] == list("一二三四五六七八")
    assert without_positions(got) == without_positions(expected)


def test_numbering_formats_docx_reads_with_word_labels() -> None:
    assert read(NUMBERING_FORMATS).text.split("\n") == [
        "上海市青川区人民政府2023年第一季度工作要点",
        "一、城市建设",  # numbered through its paragraph style
        "（一）道路工程。完成滨河路改造工程。",
        "①完成滨河路北段路面铺设。",
        "②启动滨河路南段管线迁移。(责任单位:区建设管理委)",
        "（二）绿化工程。推进口袋公园建设。",
        "①新建口袋公园3个。",  # restarted under the new item
        "②完成口袋公园设计征询。(责任单位:区绿化市容局)",
        "二、民生保障",
        "（一）养老服务。新增养老床位200张,重点推进:",  # restarted in the new section
        "长白街道综合为老服务中心建设;",  # a bullet: no label
        "殷行街道长者照护之家改造。(责任单位:区民政局)",
        "（二）就业服务。开展春风行动:",
        "1.举办专场招聘会4场;",  # the List Number style
        "2.发放一次性吸纳就业补贴。(责任单位:区人力资源社会保障局)",
        "三、政府自身建设",
        "（一）依法行政。编制年度法治政府建设计划。(责任单位:区司法局)",
    ]


def numbered_docx(tmp_path: Path) -> Path:
    """A .docx whose paragraphs and first table column use the template's List Number style."""
    import docx

    document = docx.Document()
    document.add_paragraph("城市建设", style="List Number")
    table = document.add_table(rows=2, cols=2)
    for row, text in zip(table.rows, ["完成道路建设。", "推进绿化工程。"], strict=True):
        row.cells[0].paragraphs[0].style = document.styles["List Number"]
        row.cells[1].text = text
    hidden = document.add_paragraph("民生保障", style="List Number")
    hidden.add_run("（内部备注）").font.hidden = True
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    return path


def test_docx_numbers_table_cells_in_document_order_and_drops_hidden_text(
    tmp_path: Path,
) -> None:
    assert read(numbered_docx(tmp_path)).text.split("\n") == [
        "1.城市建设",
        "2. | 完成道路建设。",
        "3. | 推进绿化工程。",
        "4.民生保障",
    ]


def with_numbering_part(path: Path, numbering: bytes | None) -> bytes:
    """The package at `path` with word/numbering.xml replaced, or left out when None."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w") as target:
        for member in source.infolist():
            if member.filename != "word/numbering.xml":
                target.writestr(member, source.read(member.filename))
            elif numbering is not None:
                target.writestr(member, numbering)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "numbering",
    [
        None,
        b"not xml at all",
        b"<numbering/>",
        b'<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b'<w:num w:numId="10"><w:abstractNumId w:val="x"/></w:num></w:numbering>',
    ],
    ids=["missing", "not-xml", "wrong-root", "dangling"],
)
def test_docx_with_a_damaged_numbering_part_reads_without_labels(numbering: bytes | None) -> None:
    document = read_bytes(with_numbering_part(AUTONUMBERED, numbering), "damaged.docx")
    lines = document.text.split("\n")
    plain = read(FORMATS / "yangpu_2021Q1.docx").text.split("\n")
    assert len(lines) == len(plain)
    assert "常态化疫情防控" in lines and FIRST_SECTION not in lines
    assert "外防输入、内防反弹。" in lines[lines.index("常态化疫情防控") + 1]


def test_docx_without_a_numbering_part_reads_without_labels() -> None:
    # No relationship and no part: a document that never had a list.
    data = with_numbering_part(AUTONUMBERED, None)
    buffer = io.BytesIO()
    rels = "word/_rels/document.xml.rels"
    relationship = (
        b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/numbering" Target="numbering.xml"/>'
    )
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as target:
        for member in source.infolist():
            content = source.read(member.filename)
            if member.filename == rels:
                assert relationship in content
                content = content.replace(relationship, b"")
            target.writestr(member, content)
    lines = read_bytes(buffer.getvalue(), "plain.docx").text.split("\n")
    assert "常态化疫情防控" in lines and FIRST_SECTION not in lines


def test_docx_damaged_outside_its_numbering_part_is_still_refused() -> None:
    data = with_numbering_part(AUTONUMBERED, b"not xml at all")
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as target:
        for member in source.infolist():
            broken = member.filename == "word/document.xml"
            target.writestr(member, b"<w:document" if broken else source.read(member.filename))
    with pytest.raises(InputError) as raised:
        read_bytes(buffer.getvalue(), "notice.docx")
    assert raised.value.message == (
        "notice.docx is a damaged .docx that cannot be read; "
        "open it in Word, WPS or LibreOffice and save it again"
    )


# --- HTML extraction, small pages -------------------------------------------------------------


def html_text(page: str, encoding: str = "utf-8") -> str:
    return read_bytes(page.encode(encoding), "page.html").text


def test_html_table_rows_become_lines_with_cells_joined() -> None:
    page = (
        '<html><body><div class="nav">首页 政务公开</div><div id="conTxt">'
        "<p>一、重点工作</p><table>"
        "<tr><td>序号</td><td>内容与要求</td><td>责任单位</td></tr>"
        "<tr><td>1</td><td><p>完成道路建设。</p><p>推进绿化工程。</p></td><td>区建管委</td></tr>"
        "</table><p>第一行<br>第二行<br><br>第三行</p></div>"
        '<div class="footer">版权所有</div></body></html>'
    )
    assert html_text(page) == (
        "一、重点工作\n序号 | 内容与要求 | 责任单位\n1 | 完成道路建设。 推进绿化工程。 | 区建管委\n"
        "第一行\n第二行\n\n第三行"
    )


def test_html_title_comes_from_title_tag_without_site_name() -> None:
    page = (
        "<html><head><title>关于印发2021年工作要点的通知_通知公告_某区政府</title></head>"
        '<body><div class="TRS_Editor"><p>一、常态化疫情防控</p></div></body></html>'
    )
    assert html_text(page) == "关于印发2021年工作要点的通知\n一、常态化疫情防控"


def test_html_without_known_container_takes_the_densest_block() -> None:
    page = (
        '<html><body><div class="a"><a>首页</a> <a>新闻中心</a></div>'
        '<div class="x"><div class="y"><p>关于印发区政府2021年第一季度工作要点的通知</p>'
        "<p>一、常态化疫情防控。做好各项工作，确保万无一失。</p></div></div>"
        '<div class="b"><ul><li>其他链接一</li><li>其他链接二</li></ul></div></body></html>'
    )
    assert html_text(page) == (
        "关于印发区政府2021年第一季度工作要点的通知\n一、常态化疫情防控。做好各项工作，确保万无一失。"
    )


def test_html_page_wrapped_in_a_form_is_not_dropped_as_chrome() -> None:
    # ASP.NET sites put the whole page inside one <form>.
    page = (
        '<html><body><form id="form1"><div class="top">网站首页</div>'
        '<div class="Custom_UnionStyle"><p>经区政府同意，现将工作要点印发给你们。</p>'
        "<p>一、常态化疫情防控</p></div>"
        '<div class="foot">版权所有</div></form></body></html>'
    )
    assert html_text(page) == "经区政府同意，现将工作要点印发给你们。\n一、常态化疫情防控"


def test_html_declaring_the_wrong_charset_is_read_by_its_bytes() -> None:
    page = (
        '<html><head><meta charset="gb2312"></head>'
        '<body><div class="content"><p>一、常态化疫情防控</p></div></body></html>'
    )
    document = read_bytes(page.encode("utf-8"))
    assert (document.encoding, document.text) == ("utf-8", "一、常态化疫情防控")
    assert [warning.code for warning in document.warnings] == [
        WarningCode.ENCODING_GUESSED,
        WarningCode.HTML_EXTRACTED,
    ]


def test_html_in_utf16_with_a_bom_is_recognised() -> None:
    page = (
        "<!DOCTYPE html><html><body>"
        '<div class="content"><p>一、常态化疫情防控</p></div></body></html>'
    )
    document = read_bytes(codecs.BOM_UTF16_LE + page.encode("utf-16-le"))
    assert (document.format, document.encoding) == ("html", "utf-16")
    assert document.text == "一、常态化疫情防控"


def test_html_source_line_breaks_inside_chinese_text_are_not_spaces() -> None:
    page = (
        "<html><head><title>通知</title></head>"
        "<body><h1>关于印发区政府\n  2021年工作要点的通知</h1>"
        "<p>发布时间：2021年2月26日</p>"
        '<div class="TRS_Editor"><p>一、常态化疫情防控，\n   做好工作。Work\nplan</p>'
        "<p>二、综合经济。推进有效投资，确保全年目标。</p></div></body></html>"
    )
    assert html_text(page) == (
        "关于印发区政府 2021年工作要点的通知 2021年2月26日\n"
        "一、常态化疫情防控，做好工作。Work plan\n"
        "二、综合经济。推进有效投资，确保全年目标。"
    )


def test_text_that_mentions_html_is_still_text() -> None:
    document = read_bytes("一、常态化疫情防控\n网页写法：<html><body>\n".encode())
    assert document.format == "text"


# --- the file name is not trusted -------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "misnamed", "format"),
    [
        (FORMATS / "yangpu_2021Q1.html", "notice.txt", "html"),
        (FORMATS / "yangpu_2021Q1.pdf", "notice.docx", "pdf"),
        (FORMATS / "yangpu_2021Q1.docx", "notice.pdf", "docx"),
        (ENCODINGS / "yangpu_2021Q1.gb18030.txt", "notice.html", "text"),
    ],
)
def test_extension_is_ignored_when_the_bytes_disagree(
    source: Path, misnamed: str, format: str, tmp_path: Path
) -> None:
    path = tmp_path / misnamed
    shutil.copyfile(source, path)
    document = read(path)
    assert document.format == format
    assert FIRST_SECTION in document.text


# --- refusals ---------------------------------------------------------------------------------


def bad(name: str) -> str:
    return str(BAD / name)


REFUSALS = [
    (
        bad("empty.txt"),
        f"{bad('empty.txt')} is empty (0 bytes); "
        "check that the download or copy finished, or give the right file",
    ),
    (
        bad("whitespace.txt"),
        f"{bad('whitespace.txt')} holds no text, only whitespace; "
        "check that the download or copy finished, or give the right file",
    ),
    (bad("junk.bin"), f"{bad('junk.bin')} is binary data, not text; {WHAT_QDIFF_READS}"),
    (bad("image.png"), f"{bad('image.png')} is a PNG image, not a notice; {WHAT_QDIFF_READS}"),
    (
        bad("photo.jpg.txt"),
        f"{bad('photo.jpg.txt')} is a JPEG image, not a notice; {WHAT_QDIFF_READS}",
    ),
    (
        bad("archive.gz"),
        f"{bad('archive.gz')} is a gzip-compressed file; "
        "decompress it and give qdiff the notice inside",
    ),
    (
        bad("archive.zip"),
        f"{bad('archive.zip')} is a ZIP archive; unpack it and give qdiff the notice inside",
    ),
    (
        bad("legacy.doc"),
        f"{bad('legacy.doc')} is a legacy Word .doc file (OLE2 format); "
        "open it in Word, WPS or LibreOffice, save it as .docx, and give qdiff the .docx",
    ),
    (
        bad("encrypted.pdf"),
        f"{bad('encrypted.pdf')} is a password-protected PDF; remove the password "
        "(for example by printing it to a new PDF), or give the notice as text/HTML/.docx",
    ),
    (
        str(FORMATS / "scanned.pdf"),
        f"{FORMATS / 'scanned.pdf'} is a PDF without a text layer (a scan); "
        "qdiff needs a PDF with text, or the notice as text/HTML/.docx",
    ),
]


@pytest.mark.parametrize(("path", "message"), REFUSALS, ids=lambda value: Path(value).name)
def test_bad_files_are_refused_with_one_clear_line(path: str, message: str) -> None:
    with pytest.raises(InputError) as raised:
        read_path(path)
    assert raised.value.message == message
    assert "\n" not in raised.value.message
    assert raised.value.exit_code == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"GIF89a\x01\x00\x01\x00", f"the input is a GIF image, not a notice; {WHAT_QDIFF_READS}"),
        (b"BM" + bytes(60), f"the input is a BMP image, not a notice; {WHAT_QDIFF_READS}"),
        (
            b"RIFF\x00\x00\x00\x00WEBPVP8 ",
            f"the input is a WebP image, not a notice; {WHAT_QDIFF_READS}",
        ),
        (b"II*\x00" + bytes(8), f"the input is a TIFF image, not a notice; {WHAT_QDIFF_READS}"),
        (
            b"BZh91AY&SY",
            "the input is a bzip2-compressed file; decompress it and give qdiff the notice inside",
        ),
        (
            b"\xfd7zXZ\x00\x00",
            "the input is a xz-compressed file; decompress it and give qdiff the notice inside",
        ),
        (
            b"\x28\xb5\x2f\xfd" + bytes(8),
            "the input is a zstd-compressed file; decompress it and give qdiff the notice inside",
        ),
        (
            b"7z\xbc\xaf\x27\x1c" + bytes(8),
            "the input is a 7-Zip archive; unpack it and give qdiff the notice inside",
        ),
        (
            b"Rar!\x1a\x07\x00",
            "the input is a RAR archive; unpack it and give qdiff the notice inside",
        ),
        (
            "{\\rtf1\\ansi 一、常态化疫情防控}".encode(),
            "the input is an RTF document; "
            "open it in Word, WPS or LibreOffice, save it as .docx, and give qdiff the .docx",
        ),
        (
            b"PK\x03\x04" + bytes(40),
            "the input is a damaged ZIP or .docx file that cannot be read; "
            "download it again, or open it in Word, WPS or LibreOffice and save it again",
        ),
        (
            b"%PDF-1.4\n%%EOF\n",
            "the input is a damaged PDF that cannot be read; "
            "download it again, or give the notice as text/HTML/.docx",
        ),
    ],
    ids=lambda value: repr(value[:8]) if isinstance(value, bytes) else "",
)
def test_bytes_are_refused_by_their_magic(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as raised:
        read_bytes(data)
    assert raised.value.message == message


def zip_with(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("members", "message"),
    [
        (
            {"xl/workbook.xml": b"<workbook/>"},
            f"notice.xlsx is an Excel workbook (.xlsx), not a notice; {WHAT_QDIFF_READS}",
        ),
        (
            {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
            "notice.xlsx is an OpenDocument text (.odt); "
            "open it in Word, WPS or LibreOffice, save it as .docx, and give qdiff the .docx",
        ),
        (
            {"word/document.xml": b"not xml at all"},
            "notice.xlsx is a damaged .docx that cannot be read; "
            "open it in Word, WPS or LibreOffice and save it again",
        ),
    ],
    ids=["xlsx", "odt", "broken-docx"],
)
def test_zip_packages_that_are_not_a_readable_docx(members: dict[str, bytes], message: str) -> None:
    with pytest.raises(InputError) as raised:
        read_bytes(zip_with(members), "notice.xlsx")
    assert raised.value.message == message


def test_docx_cut_short_is_damaged() -> None:
    data = (FORMATS / "yangpu_2021Q1.docx").read_bytes()
    with pytest.raises(InputError, match=r"^half\.docx is a damaged ZIP or \.docx file"):
        read_bytes(data[: len(data) // 2], "half.docx")


def test_pdf_cut_short_is_damaged_or_read_never_crashes() -> None:
    data = (FORMATS / "yangpu_2021Q1.pdf").read_bytes()
    with pytest.raises(InputError, match=r"^half\.pdf is a (damaged PDF|PDF without a text layer)"):
        read_bytes(data[:1000], "half.pdf")


def test_too_large_bytes_are_refused() -> None:
    with pytest.raises(InputError) as raised:
        read_bytes(b" " * (MAX_BYTES + 1), "huge.txt")
    assert raised.value.message == (
        "huge.txt is over qdiff's limit of 50 MB (50.1 MB); "
        "notices are tens of kilobytes, so check that this is the right file"
    )


def test_too_large_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(60 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(InputError) as raised:
        read(path)
    assert raised.value.message == (
        f"{path} is over qdiff's limit of 50 MB (60.0 MB); "
        "notices are tens of kilobytes, so check that this is the right file"
    )


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(UsageError) as raised:
        read(path)
    assert raised.value.message == f"{path} does not exist; check the path"
    assert raised.value.exit_code == 2


def test_directory_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as raised:
        read(tmp_path)
    assert raised.value.message == (
        f"{tmp_path} is a directory, not a file; give the path of a notice file"
    )
    assert raised.value.exit_code == 2


def test_dangling_symlink_is_missing(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(UsageError, match="does not exist"):
        read(link)


def test_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    """In process as a normal user; as root (CI), in a child process without the capabilities
    that let root read files whatever their permissions (util-linux's setpriv)."""
    path = tmp_path / "secret.txt"
    path.write_text("一、常态化疫情防控", encoding="utf-8")
    path.chmod(0)
    expected = f"{path} cannot be read (permission denied); check the file and its permissions"
    if os.geteuid() != 0:
        with pytest.raises(InputError) as raised:
            read(path)
        assert raised.value.message == expected
        return
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without util-linux's setpriv to drop file-reading rights")
    child = subprocess.run(
        [setpriv, "--bounding-set", "-dac_override,-dac_read_search",
         sys.executable, "-m", "qdiff", "parse", str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert child.returncode == 1, child.stderr
    assert child.stderr == f"Error: {expected}\n"


# --- standard input ---------------------------------------------------------------------------


class FakeStdin:
    """A text stream over bytes with the `.buffer` that `read_path("-")` reads."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch, seed: str) -> None:
    data = (ENCODINGS / "yangpu_2021Q1.gb18030.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    document = read_path("-")
    assert (document.name, document.encoding, document.text) == ("-", "gb18030", seed)


def test_empty_standard_input_is_named_in_the_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b""))
    with pytest.raises(InputError) as raised:
        read_path("-")
    assert raised.value.message.startswith("standard input is empty (0 bytes); ")


def test_too_large_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"x" * (MAX_BYTES + 10)))
    with pytest.raises(InputError) as raised:
        read_path("-")
    assert raised.value.message.startswith("standard input is over qdiff's limit of 50 MB")


def test_dash_reads_a_real_pipe() -> None:
    script = (
        "from qdiff.reading import read_path\n"
        "document = read_path('-')\n"
        "print(document.format, document.name, document.text.split(chr(10))[0])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=(FORMATS / "yangpu_2021Q1.docx").read_bytes(),
        capture_output=True,
        check=True,
        cwd=ROOT,
    )
    assert result.stdout.decode("utf-8").strip() == f"docx - {TITLE_LINE}"


def test_reading_text_loads_no_docx_code() -> None:
    # python-docx and the numbering module are imported only when a .docx arrives.
    script = (
        "import sys\n"
        "from qdiff.reading import read_path\n"
        f"read_path({str(SEED)!r})\n"
        "loaded = [m for m in ('docx', 'qdiff.reading.docx', 'qdiff.reading.docx_numbering')\n"
        "          if m in sys.modules]\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, check=True, cwd=ROOT, text=True
    )
    assert result.stdout.strip() == "[]"


# --- size -------------------------------------------------------------------------------------


def test_ten_megabytes_of_text_read(seed: str, tmp_path: Path) -> None:
    copies = 10 * 1024 * 1024 // len(seed.encode("utf-8")) + 1
    text = "\n".join([seed] * copies)
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode("gb18030"))
    document = read(path)
    assert document.encoding == "gb18030"
    assert len(document.text) == len(text)
    assert read_bytes(text.encode("utf-8")).text == text


# --- any bytes at all ---------------------------------------------------------------------------

PREFIXES = [
    b"",
    b"PK\x03\x04",
    b"%PDF-1.4\n",
    b"<html><body>",
    b"<!DOCTYPE html><meta charset=gb2312>",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    "一、常态化疫情防控\n".encode("gb18030"),
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=2048))
def test_any_bytes_give_a_document_or_an_input_error(prefix: bytes, data: bytes) -> None:
    try:
        document = read_bytes(prefix + data, "fuzz")
    except InputError as error:
        assert "\n" not in error.message
        assert error.message.startswith("fuzz ")
    else:
        assert document.text.strip()
        assert document.format in {"text", "html", "docx", "pdf"}
