"""What stands around a government work report's body: the YAML front matter some copies carry,
the title, the date and venue line (——2024年1月15日在…会议上), the speaker, the address (各位代表：
现在，我代表市人民政府向大会报告工作…), and the notes some copies append after the closing
(名词解释, 附件 tables, a source line). None of it belongs to a part of the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from qdiff.parsing.dates import find_date
from qdiff.parsing.lines import Line

# 现在，我代表市人民政府，向大会报告政府工作 / 代表上海市人民政府，向大会作政府工作报告 (folded).
ADDRESS = re.compile(
    r"代表([^。\n,]{0,14}?)(?:人民)?政府,?\s*向[^。\n]{0,12}?大会[^。\n]{0,4}?"
    r"(?:报告(?:政府)?工作|作(?:政府)?工作报告)"
)
# How many non-blank lines after the header the address may come (a sentence or two of
# preamble may precede it, never a part).
_ADDRESS_WITHIN = 8
_HEADER_LINE_LENGTH = 60
_SPEAKER_LENGTH = 20
_BARE_NAME_LENGTH = 4  # 杜学军: a speaker line holding only the name
# Notes after the body, on folded lines stripped of bold markers: a markdown rule, 附件,
# 名词解释 and kin, a source line.
_NOTE_HEADING = re.compile(
    r"(?:-{3,}$|附\s*:|附件\s*\d*\s*:?$|名词(?:解释|注释)|注释|附注|注\s*:|\(?(?:本稿)?来源\s*:)"
)
# A numbered term explanation: 1.“万村千乡”市场工程：…
_TERM_NOTE = re.compile(r"\d{1,2}\s*[.、].{1,40}?:")
_NUMBERED_HEADING = re.compile(
    r"[\s*]*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\))"
)
_PROSE_ENDS = tuple("。!?…”’)》")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    end: int  # index of the first line after it (0 when there is none)
    title: str | None


def read_front_matter(lines: list[Line]) -> FrontMatter:
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    if first is None or lines[first].folded.strip() != "---":
        return FrontMatter(0, None)
    title: str | None = None
    for index in range(first + 1, len(lines)):
        words = lines[index].text.strip()
        if words == "---":
            return FrontMatter(index + 1, title)
        if words.startswith("title:"):
            title = _undoubled(words[len("title:") :].strip().strip("'\"")) or None
    return FrontMatter(0, None)  # never closed: not front matter


def _undoubled(title: str) -> str:
    """Some copies print the title twice in a row (2005年广州市政府工作报告2005年广州市…)."""
    half = len(title) // 2
    return title[:half] if len(title) % 2 == 0 and title[:half] == title[half:] else title


def _words(line: Line) -> str:
    return line.folded.replace("*", "").strip()


def is_header_line(line: Line) -> bool:
    """Title, date and venue, speaker, 各位代表：, an HTML comment: the lines before the address."""
    words = _words(line)
    if words.startswith("<!--"):
        return True
    if not words or "。" in words:
        return False
    if words.startswith("各位代表"):
        return len(words) <= 6
    if len(words) > _HEADER_LINE_LENGTH:
        return False
    if "报告" in words or find_date(words) is not None:
        return True
    spoken = not {",", "、", ";", ":"}.intersection(words)
    return spoken and (
        ("市长" in words and len(words) <= _SPEAKER_LENGTH) or len(words) <= _BARE_NAME_LENGTH
    )


@dataclass(frozen=True, slots=True)
class Opening:
    header_end: int  # index of the first line after the title, date and speaker lines
    end: int  # index of the first line after the address: where parts may begin
    title_line: int | None
    date_line: int | None
    address: re.Match[str] | None


def read_opening(lines: list[Line], start: int) -> Opening:
    index = start
    title_line = date_line = None
    while index < len(lines) and (lines[index].blank or is_header_line(lines[index])):
        words = _words(lines[index])
        if title_line is None and "报告" in words:
            title_line = index
        if date_line is None and words and find_date(words) is not None:
            date_line = index
        index += 1
    header_end = index
    seen = 0
    for candidate in range(header_end, len(lines)):
        line = lines[candidate]
        if line.blank:
            continue
        seen += 1
        if seen > _ADDRESS_WITHIN:
            break
        if (match := ADDRESS.search(line.folded)) is not None:
            return Opening(header_end, candidate + 1, title_line, date_line, match)
    return Opening(header_end, header_end, title_line, date_line, None)


def notes_start(lines: list[Line], last_part: int) -> int:
    """Index of the first line of the notes after the body, or len(lines) when there are none.

    A notes heading (名词解释, 附件, a markdown rule, a source line) after the last part's
    heading starts them; so does, after the closing address (the last 各位代表，…), the first
    line that is not prose: a table, a numbered term explanation, an unpunctuated caption
    (2017年十件民生实事)."""
    closing: int | None = None
    end = len(lines)
    for index in range(last_part, len(lines)):
        words = _words(lines[index])
        if _NOTE_HEADING.match(words):
            end = index
            break
        if words.startswith("各位代表"):
            closing = index
    if closing is None or any(
        _NUMBERED_HEADING.match(line.folded) for line in lines[closing + 1 : end]
    ):
        return end  # no closing, or a 各位代表 paragraph inside a part
    for index in range(closing + 1, end):
        words = _words(lines[index])
        if words and (
            not words.endswith(_PROSE_ENDS)
            or words.startswith(("|", "- "))
            or _TERM_NOTE.match(words)
        ):
            return index
    return end


def signed_on(lines: list[Line], opening: Opening) -> date | None:
    if opening.date_line is None:
        return None
    return find_date(_words(lines[opening.date_line]))
