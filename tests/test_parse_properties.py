"""Properties that hold for any input: the parser fails only with a QdiffError, and the spans
of whatever it parses rebuild the text exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qdiff.errors import NotANoticeError, QdiffError
from qdiff.load import load_bytes
from qdiff.notice import Notice
from qdiff.parsing import parse_notice

# Pieces of real notices, so that generated text reaches deep into the parser rather than
# stopping at "no items found".
FRAGMENTS = [
    "一、",
    "二、",
    "十二、",
    "(一)",
    "(二)",
    "（三）",
    "1.",
    "2、",
    "3.",
    "（1）",
    "(2)",
    "①",
    "②",
    "12",
    "| 1 |",
    " | ",
    "|",
    "序号",
    "责任单位:",
    "(责任单位:",
    "[牵头单位:",
    ";责任单位:",
    "牵头单位:",
    "配合单位:",
    "区发展改革委",
    "区商务委、区财政局",
    "牵头,",
    "按分工牵头",
    "各街道配合",
    ")",
    "]",
    "(",
    "[",
    "。",
    ",",
    "、",
    ":",
    ";",
    "!",
    "?",
    "“",
    "”",
    "《",
    "》",
    "完成10台",
    "30万平方米",
    "推进",
    "启动",
    "研究",
    "建成",
    "3。5亿元",
    "20212025",
    "杨府办20213",
    "2021222",
    "2021111",
    "关于印发区政府2021年第一季度工作要点的通知 2021-02-26",
    "2021年第一季度工作要点",
    "上海市杨浦区人民政府",
    "主要工作如下:",
    "\n",
    "\r\n",
    "\r",
    "\u00a0",
    "\u3000",
    " ",
    "\ufeff",
    "外防输入、内防反弹",
    "加快健全公共卫生体系",
    "第",
    "号",
    "年",
    "月",
    "日",
]
notice_like = st.lists(st.sampled_from(FRAGMENTS), max_size=120).map("".join)
any_text = st.one_of(st.text(max_size=400), notice_like)


def assert_lossless(notice: Notice) -> None:
    text = notice.text
    assert "".join(text[span.start : span.end] for span in notice.spans) == text
    position = 0
    for span in notice.spans:
        assert span.start == position and span.end > span.start
        position = span.end
    assert position == len(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_parse_any_text_is_lossless_or_a_clear_error(text: str) -> None:
    try:
        notice = parse_notice(text)
    except NotANoticeError as error:
        assert "\n" not in error.message
        return
    assert_lossless(notice)
    assert notice.items, "a parsed notice has at least one item"
    refs = [item.ref for item in notice.items]
    assert len(refs) == len(set(refs))
    for task in notice.tasks:
        assert text[task.start : task.end] == task.text


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_load_any_bytes_fails_only_with_a_qdiff_error(data: bytes) -> None:
    try:
        loaded = load_bytes(data, "random.bin")
    except QdiffError as error:
        assert error.message and "\n" not in error.message
        return
    assert_lossless(loaded.notice)


@settings(max_examples=200, deadline=None)
@given(notice_like, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_load_encoded_notice_like_text(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        loaded = load_bytes(data, "notice.txt")
    except QdiffError as error:
        assert "\n" not in error.message
        return
    assert_lossless(loaded.notice)
