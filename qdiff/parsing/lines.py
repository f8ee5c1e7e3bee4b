"""Lines of the decoded text with their offsets, and the numbering label a line may open with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from qdiff.lexicon.numerals import cn_numeral_value
from qdiff.normalize import is_page_number


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # 1-based
    start: int  # offset of the first character in the text
    end: int  # offset just past the last character, line break excluded
    text: str  # the original characters, line break excluded
    folded: str  # the same characters through `qdiff.normalize.fold`, same length

    @property
    def blank(self) -> bool:
        return not self.folded.strip()

    @property
    def indent(self) -> int:
        return len(self.folded) - len(self.folded.lstrip())


def split_lines(text: str, folded: str) -> list[Line]:
    """Split on \\n, \\r\\n and lone \\r, keeping exact offsets."""
    lines: list[Line] = []
    start = 0
    for brk in _LINE_BREAK.finditer(text):
        lines.append(
            Line(
                len(lines) + 1,
                start,
                brk.start(),
                text[start : brk.start()],
                folded[start : brk.start()],
            )
        )
        start = brk.end()
    if start < len(text) or not lines:
        lines.append(Line(len(lines) + 1, start, len(text), text[start:], folded[start:]))
    return lines


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Numbering(StrEnum):
    """The ways items and sections are numbered (DOMAIN.md, variants)."""

    CN_DUN = "一、"
    CN_PAREN = "(一)"
    ARABIC = "1."
    ARABIC_PAREN = "(1)"
    CIRCLED = "①"
    BARE = "1"  # a line holding only a number: a task table flattened one cell per line


@dataclass(frozen=True, slots=True)
class Label:
    style: Numbering
    label: str  # the number as written, without punctuation: "一", "1", "①"
    value: int
    end: int  # offset in the line where the text after the label starts


_CN_NUMERAL = "〇零一二三四五六七八九十百"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"

# Patterns run on the folded line (full-width brackets, dots and digits already ASCII).
_PATTERNS: tuple[tuple[Numbering, re.Pattern[str]], ...] = (
    (Numbering.CN_DUN, re.compile(rf"\s*([{_CN_NUMERAL}]{{1,3}})\s*[、.]\s*")),
    (Numbering.CN_PAREN, re.compile(rf"\s*\(\s*([{_CN_NUMERAL}]{{1,3}})\s*\)\s*[、.]?\s*")),
    (Numbering.ARABIC_PAREN, re.compile(r"\s*\(\s*(\d{1,3})\s*\)\s*[、.]?\s*")),
    # "1." "1、" but not "1.5亿元" or "2021年": the label must not run on into digits.
    (Numbering.ARABIC, re.compile(r"\s*(\d{1,3})\s*(?:\.(?!\d)|、)\s*")),
    (Numbering.CIRCLED, re.compile(rf"\s*([{_CIRCLED}])\s*")),
)
_BARE = re.compile(r"\s*(\d{1,3})\s*")
# Task-table rows flattened to text: "1 | 内容 | 单位 |", or cells run together: "1分级诊疗。".
_PIPE_ROW = re.compile(r"\s*\|?\s*(\d{1,3})\s*\|\s*")
_RUN_TOGETHER_ROW = re.compile(r"\s*(\d{1,3})(?=[\u4e00-\u9fff])")


# Every label starts with one of these (after spaces); other lines are turned away at once.
_MAY_OPEN_A_LABEL = re.compile(rf"\s*[\d({_CN_NUMERAL}{_CIRCLED}|]")


def read_label(line: Line, table: bool = False) -> Label | None:
    """The numbering label the line opens with, if any.

    `table` says the notice is a task table whose cells may have run together (`1分级诊疗。`);
    outside tables a number glued to text is content (a wrapped line starting `10台电梯`).
    """
    folded = line.folded
    if _MAY_OPEN_A_LABEL.match(folded) is None:
        return None
    if folded.lstrip().startswith("|"):
        folded = folded.replace("|", " ", 1)  # "| 一、疫情防控 | |": a section row of a table
    for style, pattern in _PATTERNS:
        match = pattern.match(folded)
        if match is None:
            continue
        raw = match.group(1)
        if style is Numbering.CN_DUN and match.end() >= len(folded.rstrip()):
            return None  # "一、" alone on a line says nothing
        if style in (Numbering.CN_DUN, Numbering.CN_PAREN):
            value = cn_numeral_value(raw)
        elif style is Numbering.CIRCLED:
            value = _CIRCLED.index(raw) + 1
        else:
            value = int(raw)
        label = line.text[match.start(1) : match.end(1)]
        return Label(style, label, value, match.end())
    bare = _BARE.fullmatch(folded) or _PIPE_ROW.match(folded)
    if bare is None and table:
        bare = _RUN_TOGETHER_ROW.match(folded)
    if bare is not None:
        raw = bare.group(1)
        return Label(Numbering.BARE, line.text[bare.start(1) : bare.end(1)], int(raw), bare.end())
    return None


# "3.15分钟社区生活圈。": an item label followed by a number reads like the decimal 3.15.
_LABEL_BEFORE_DIGIT = re.compile(r"\s*(\d{1,3})\.(?=\d)")


def label_items_opening_with_numbers(
    lines: list[Line], labels: dict[int, Label], clause_marker: re.Pattern[str]
) -> None:
    """Add the labels `read_label` leaves out because the heading starts with a digit.

    Out of context "3.15…" is a decimal, so it is taken as item 3 only where item 3 is due:
    right after item 2 of the same `1.` numbering, in a notice that numbers items so, and
    where the line before ends an item (`_ends_an_item`).
    """
    if not any(label.style is Numbering.ARABIC for label in labels.values()):
        return  # items numbered otherwise: 1.3亿美元 opening a wrapped line is a figure
    last_value = 0
    for index, line in enumerate(lines):
        label = labels.get(index)
        if label is not None:
            if label.style is Numbering.ARABIC:
                last_value = label.value
            elif label.style is Numbering.CN_DUN:
                last_value = 0  # numbering may restart in a new section
            continue
        match = _LABEL_BEFORE_DIGIT.match(line.folded)
        if match is None:
            continue
        value = int(match.group(1))
        due = value == last_value + 1 or (last_value == 0 and value == 1)
        # (总投资 / 2.5亿元 is a figure carried on: the line before ends no item.)
        if due and _ends_an_item(lines, labels, index, clause_marker):
            labels[index] = Label(
                Numbering.ARABIC, line.text[match.start(1) : match.end(1)], value, match.end()
            )
            last_value = value


def drop_wrapped_figures(
    lines: list[Line], labels: dict[int, Label], clause_marker: re.Pattern[str]
) -> None:
    """Remove the `1.` labels that are figures opening a wrapped line. A PDF extract breaks
    `完成88、93街坊土地收储` as `完成` / `88、93街坊…` and `推进44、45、46街坊` as `推进44、4` /
    `5、46街坊…`: the second line reads as item 88, or item 5 inside item 3. Such a label is out
    of turn (not the next number of its numbering, which may restart at 1; or the next, where
    the label after it takes the same number) and the line before it ends no item (see
    `_ends_an_item`). An item the issuer numbered wrong keeps its label, as its line follows the
    end of the item before."""
    arabic = sorted(i for i, label in labels.items() if label.style is Numbering.ARABIC)
    previous = 0
    for position, index in enumerate(arabic):
        value = labels[index].value
        following = labels[arabic[position + 1]].value if position + 1 < len(arabic) else None
        # In turn, it is a figure all the same where the next label takes its number
        # (完成永安小区 / 3、4号楼改造 before item 3).
        out_of_turn = value not in (previous + 1, 1) or following == value
        if out_of_turn and not _ends_an_item(lines, labels, index, clause_marker):
            del labels[index]
            continue
        previous = value


def _ends_an_item(
    lines: list[Line], labels: dict[int, Label], index: int, clause_marker: re.Pattern[str]
) -> bool:
    """Whether what stands before line `index` ends an item: nothing, a blank line (not one
    around a page's number: a PDF page break falls anywhere), a heading (a short line with a
    label of another style than `1.` and no sentence: 一、城市建设), a line that opens a
    responsibility clause, or a sentence's end or closing bracket."""
    blank, paged = False, False
    for before in range(index - 1, -1, -1):
        line = lines[before]
        if is_page_number(line.text):
            paged = True
            continue
        text = line.folded.rstrip()
        if not text:
            blank = True
            continue
        label = labels.get(before)
        heading = (
            label is not None
            and label.style is not Numbering.ARABIC
            and "。" not in text
            and len(text.strip()) <= _HEADING_CHARS
        )
        return (
            (blank and not paged)
            or heading
            or text.endswith(_ITEM_ENDINGS)
            or clause_marker.match(text.lstrip()) is not None
        )
    return True


# The longest labelled line read as a heading of its own (一、城市建设), not an item's first line.
_HEADING_CHARS = 30


# How the line before an item ends: a sentence, or its clause's bracket.
_ITEM_ENDINGS = ("。", ")", "]", "!", "?", ";")


# An item label written inside a paragraph, right after the clause that closes the item before
# it: "...(责任单位:区发展改革委)(二)城市更新。..." (on the folded text).
_INLINE_LABEL = re.compile(
    rf"(?<=\))\s*(?:\(\s*(?P<paren>[{_CN_NUMERAL}]{{1,3}}|\d{{1,3}})\s*\)"
    rf"|(?P<dun>[{_CN_NUMERAL}]{{1,3}}|\d{{1,3}})\s*[、.](?!\d))"
)


def split_inline_items(lines: list[Line], clause_marker: re.Pattern[str]) -> list[Line]:
    """Lines with each item numbered inline in one paragraph cut into one line per item.

    Some pages print a whole section as one paragraph, `(一)…。(责任单位:…)(二)…。(责任单位:…)`:
    the items are separated only by their labels. A line that opens with a label is cut before
    each label that continues its numbering (the next value, in the same style) and follows a
    closed clause, so enumerations inside a sentence stay whole. The pieces keep their physical
    line number and exact offsets; nothing is cut when no such label follows."""
    out: list[Line] = []
    for line in lines:
        first = read_label(line)
        if first is None or clause_marker.search(line.folded) is None:
            out.append(line)
            continue
        cuts: list[int] = []
        expected = first.value + 1
        for match in _INLINE_LABEL.finditer(line.folded, first.end):
            raw = match.group("paren") or match.group("dun")
            value = int(raw) if raw.isdigit() else cn_numeral_value(raw)
            before = line.folded[cuts[-1] if cuts else 0 : match.start()]
            paren = match.group("paren") is not None
            same_style = paren == (first.style in (Numbering.CN_PAREN, Numbering.ARABIC_PAREN))
            if value == expected and same_style and clause_marker.search(before):
                cuts.append(match.start() + (len(match.group()) - len(match.group().lstrip())))
                expected += 1
        if not cuts:
            out.append(line)
            continue
        bounds = [0, *cuts, len(line.text)]
        for left, right in pairwise(bounds):
            out.append(
                Line(line.number, line.start + left, line.start + right,
                     line.text[left:right], line.folded[left:right])
            )  # fmt: skip
    return out
