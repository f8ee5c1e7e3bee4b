"""The outline of a government work report (政府工作报告): its parts, each the review of past
work or the plan, and the lines inside them that open sections.

Two layouts are common. Most reports number their parts 一、二、三、 and the sections in them
（一）（二）; some head their parts with unnumbered lines (**2023年工作回顾**, 2024年工作安排) and
number the sections in them 一、二、. A report may also run a second 一、 list inside a part,
restarting at 一 (its plan's themes), and may leave its review unheaded, opening straight into
it and numbering its plan 二、.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from qdiff.lexicon.numerals import cn_numeral_value
from qdiff.notice import Part
from qdiff.parsing.lines import Line


class Style(StrEnum):
    DUN = "一、"
    PAREN = "(一)"
    ARABIC = "1."


# On folded lines: spaces and markdown bold markers may stand around a label.
_MARKS = r"[\s*]*"
_LABELS = (
    (Style.DUN, re.compile(rf"{_MARKS}([一二三四五六七八九十]{{1,3}})\s*[、.]{_MARKS}")),
    (Style.PAREN, re.compile(rf"{_MARKS}\(\s*([一二三四五六七八九十]{{1,3}})\s*\)[、.\s*]*")),
    # 1、 and 1. but not 1.5亿元
    (Style.ARABIC, re.compile(rf"{_MARKS}(\d{{1,2}})\s*(?:、|\.(?!\d)){_MARKS}")),
)
# Where a paragraph's lead phrase ends (folded: ： is :).
LEAD_END = re.compile(r"[。:]")
# A heading phrase with no full stop is still a heading up to this length; longer, it is prose.
_HEADING_WITHOUT_STOP = 60
# An unnumbered part heading (**2023年工作回顾**) is short and holds no sentence punctuation.
_BANNER_LENGTH = range(2, 41)
_SENTENCE_MARKS = frozenset("。;!?:,")
# An unnumbered line holding none of these is a heading (这一年，我们…以坚定决心培塑产业体系);
# 各位代表！ is a sentence.
_STOPS = frozenset("。;!?:")
# A short line wholly in bold holding one sentence is a subheading, not a paragraph.
_BOLD_SENTENCE = re.compile(r"\*\*[^*。;!?:]+。\*\*")
_SUBHEADING_LENGTH = 40
# A subtitle or the wrapped rest of a part heading (二、“十四五”时期 / 主要目标和任务) is short.
_CONTINUATION_LENGTH = 30


@dataclass(frozen=True, slots=True)
class Row:
    """A non-blank line of a report's body, read for what it may open."""

    index: int  # in the list of lines
    line: Line
    style: Style | None
    label: str  # the numeral as written, "" when unnumbered
    value: int
    content: int  # offset into the text where the words after the label and bold marks start
    heading_only: bool  # a heading phrase with nothing after it: no paragraph
    banner: bool  # unnumbered, short, no sentence punctuation: may head a part


def read_row(index: int, line: Line) -> Row:
    folded = line.folded
    for style, pattern in _LABELS:
        match = pattern.match(folded)
        if match is None:
            continue
        raw = match.group(1)
        value = int(raw) if style is Style.ARABIC else cn_numeral_value(raw)
        rest = folded[match.end() :].strip(" *")
        lead = LEAD_END.search(rest)
        if lead is None:
            heading_only = len(rest) <= _HEADING_WITHOUT_STOP
        else:
            heading_only = not rest[lead.end() :].strip(" *")
        label = line.text[match.start(1) : match.end(1)]
        return Row(index, line, style, label, value, line.start + match.end(), heading_only, False)
    start = len(folded) - len(folded.lstrip(" *"))
    words = folded.strip(" *")
    heading_only = len(words) <= _HEADING_WITHOUT_STOP and not _STOPS.intersection(words)
    if _BOLD_SENTENCE.fullmatch(folded.strip()) and len(words) <= _SUBHEADING_LENGTH:
        heading_only = True  # **五年来，经济发展实现新跨越，综合实力迈上新台阶。**
    return Row(index, line, None, "", 0, line.start + start, heading_only, _is_banner(folded))


def _is_banner(folded: str) -> bool:
    words = folded.strip(" *")
    return (
        len(words) in _BANNER_LENGTH
        and not _SENTENCE_MARKS.intersection(words)
        and words[0] not in "-―|<"
        and not words.startswith("各位代表")
    )


def strip_marks(text: str) -> str:
    """Heading text without markdown bold markers, spaces and closing punctuation."""
    return text.replace("*", "").strip().rstrip("。:：").strip()


@dataclass
class PartOutline:
    heading: list[Row]  # the heading line and a wrapped line or subtitle; empty when unheaded
    rows: list[Row] = field(default_factory=list)  # the lines after the heading
    section_starts: set[int] = field(default_factory=set)  # indices of rows opening sections
    role: Part = Part.PLAN

    @property
    def title(self) -> str | None:
        if not self.heading:
            return None
        title = self.text_of(self.heading[0])
        for row in self.heading[1:]:
            more = strip_marks(row.line.text)
            # 二、“十四五”时期 / 主要目标和任务 is one phrase wrapped; 过去一年 / 坚持出实招，
            # 奋发干实事 is a heading and its subtitle.
            title += f" {more}" if "，" in more or "," in more else more
        return title or None

    @staticmethod
    def text_of(row: Row) -> str:
        return strip_marks(row.line.text[row.content - row.line.start :])

    def opens_section(self, row: Row) -> bool:
        return row.index in self.section_starts

    def open_sections_with(self, style: Style, only: set[int] | None = None) -> None:
        self.section_starts = {
            row.index
            for row in self.rows
            if row.style is style and (only is None or row.index in only)
        }


def find_parts(rows: list[Row]) -> list[PartOutline]:
    """The parts of the body, in order. `rows` start after the opening address."""
    first = next((row for row in rows if row.style is Style.DUN or row.banner), None)
    if first is None:
        return []
    banners = [row for row in rows if row.banner]
    if first.style is None and len(banners) >= 2:
        return _banner_parts(rows, banners)
    return _numbered_parts(rows)


def _banner_parts(rows: list[Row], banners: list[Row]) -> list[PartOutline]:
    starts = {row.index for row in banners}
    parts = _split(rows, starts)
    for part in parts:
        numbered = {row.style for row in part.rows if row.style is not None}
        style = next((s for s in (Style.DUN, Style.PAREN) if s in numbered), None)
        if style is not None:
            part.open_sections_with(style)
    return parts


def _numbered_parts(rows: list[Row]) -> list[PartOutline]:
    """Parts numbered 一、二、: a run restarting at 一 inside a part is that part's sections."""
    outer: list[Row] = []
    nested: set[int] = set()
    nested_next: int | None = None
    for row in rows:
        if row.style is not Style.DUN:
            continue
        if not outer:
            outer.append(row)
        elif nested_next is not None and row.value == nested_next:
            nested.add(row.index)
            nested_next += 1
        elif row.value == outer[-1].value + 1:
            outer.append(row)
            nested_next = None
        elif row.value == 1:
            nested.add(row.index)
            nested_next = 2
    parts = _split(rows, {row.index for row in outer})
    if outer and outer[0].value > 1 and parts and parts[0].heading:
        # 二、 first: the review before it went unheaded; it starts right after the opening.
        unheaded = [row for row in rows if row.index < outer[0].index]
        if unheaded:
            parts.insert(0, PartOutline([], unheaded))
    for part in parts:
        if any(row.style is Style.PAREN for row in part.rows):
            part.open_sections_with(Style.PAREN)
        else:
            # Only the nested run opens sections, never a stray 一、 paragraph.
            part.open_sections_with(Style.DUN, only=nested)
    return parts


def _split(rows: list[Row], starts: set[int]) -> list[PartOutline]:
    parts: list[PartOutline] = []
    for row in rows:
        if row.index in starts:
            parts.append(PartOutline([row]))
        elif parts:
            part = parts[-1]
            if (
                not part.rows
                and len(part.heading) == 1
                and _continues_heading(part.heading[0], row)
            ):
                part.heading.append(row)
            else:
                part.rows.append(row)
    return parts


def _continues_heading(heading: Row, row: Row) -> bool:
    """二、“十四五”时期 / 主要目标和任务; 过去一年 / 坚持出实招，奋发干实事: a short line with no
    full stop right under a heading that has none either is more heading."""
    words = row.line.folded.strip(" *")
    return (
        row.style is None
        and not heading.line.folded.rstrip(" *").endswith(("。", ":"))
        and len(words) <= _CONTINUATION_LENGTH
        and not _STOPS.intersection(words)
    )


# What names past work in a part heading, and what names the plan.
_PAST_WORDS = re.compile(r"回顾|过去|去年|一年来|五年来|以来|成就|成效|成绩|情况|完成")
_PLAN_WORDS = re.compile(
    r"安排|任务|目标|要求|今后|展望|意见|建议|新的一年|今年|未来|部署|思路|构想|设想|规划|开局"
)
# 2023年, 一九九八年, and 2015——奋发有为的一年 (a year set off by a dash).
YEAR_IN_HEADING = re.compile(
    r"((?:19|20)\d{2}|[一二][〇零○九][〇零○一二三四五六七八九]{2})(?:年|\s*[—―-])"
)
# “十三五”, “九五”: five-year plans, the n-th starting in 1953 + 5(n - 1).
_FIVE_YEAR_PLAN = re.compile(r"“([一二三四五六七八九十]{1,3})五”")


def year_value(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else cn_numeral_value(numeral)


def assign_roles(parts: list[PartOutline], plan_year: int | None) -> None:
    """The first part is the review unless it only names the plan; later parts are the review
    while they name only past work, and once a part is the plan, every part after it is."""
    in_review = True
    for number, part in enumerate(parts):
        title = part.title or ""
        past, future = names_past(title, plan_year), _names_plan(title, plan_year)
        if in_review and not (future and not past) and (number == 0 or (past and not future)):
            part.role = Part.REVIEW
        else:
            part.role = Part.PLAN
            in_review = False


def names_past(title: str, plan_year: int | None) -> bool:
    """Whether a heading names past work (回顾, 过去, a year before the plan year)."""
    if _PAST_WORDS.search(title):
        return True
    return plan_year is not None and any(last < plan_year for _, last in _years_named(title))


def _names_plan(title: str, plan_year: int | None) -> bool:
    if _PLAN_WORDS.search(title):
        return True
    return plan_year is not None and any(last >= plan_year for _, last in _years_named(title))


def _years_named(title: str) -> list[tuple[int, int]]:
    """The first and last year of every year and five-year plan a heading names."""
    years = [(year_value(m.group(1)),) * 2 for m in YEAR_IN_HEADING.finditer(title)]
    plans = [_plan_start(m.group(1)) for m in _FIVE_YEAR_PLAN.finditer(title)]
    return years + [(start, start + 4) for start in plans]


def _plan_start(ordinal: str) -> int:
    return 1953 + 5 * (cn_numeral_value(ordinal) - 1)
