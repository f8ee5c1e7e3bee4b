"""Word's automatic numbering, rendered as the text Word shows before each paragraph.

In a Word file the `一、` of a section or the `1.` of an item is often not in the paragraph's
text: the paragraph (or its style) points into numbering.xml, and Word draws the number from
the list's definition and the paragraphs counted before it. Without that number the parser
cannot see the item. This module walks the paragraphs in document order, keeps Word's
counters, and gives each numbered paragraph its label (`一、`, `1.`, `（一）`, `(1)`, `①`).

Everything here reads plain lxml elements (WordprocessingML) and nothing else, so it loads no
library of its own. A damaged numbering part must not stop a notice being read: a missing
definition, a dangling reference or a number that is not a number gives no label, never an
error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias

# lxml ships no type information (lxml-stubs is not a dependency), so an element is Any
# to the type checker; the alias at least says what is meant.
Element: TypeAlias = Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_LEVELS = 9  # Word lists have levels 0–8
# Style chains (basedOn) and list-style links are short; a longer chain is a loop in a
# damaged file, and following it stops here.
_MAX_HOPS = 16
_PLACEHOLDER = re.compile(r"%([1-9])")
_OFF = {"0", "false", "off"}


def _w(tag: str) -> str:
    return _W + tag


def _val(element: Element | None, tag: str) -> str | None:
    """The w:val of the child `tag` of `element`, if both exist."""
    if element is None:
        return None
    child = element.find(_w(tag))
    return None if child is None else child.get(_w("val"))


def _int(text: str | None) -> int | None:
    try:
        return None if text is None else int(text)
    except ValueError:
        return None


def is_on(properties: Element | None, tag: str) -> bool:
    """Whether an on/off property (w:vanish, w:isLgl…) is set: present and not val="0"."""
    if properties is None:
        return False
    child = properties.find(_w(tag))
    return child is not None and child.get(_w("val"), "1").lower() not in _OFF


# --- number formats ---------------------------------------------------------------------

_CHINESE_DIGITS = "零一二三四五六七八九"
_CHINESE_UNITS = ("", "十", "百", "千")
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_LEGAL_UNITS = ("", "拾", "佰", "仟")
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
# Formats drawn from a fixed run of characters: (first code point, how many).
_ENCLOSED = {
    "decimalEnclosedCircle": (0x2460, 20),  # ① … ⑳
    "decimalEnclosedCircleChinese": (0x2460, 20),
    "decimalEnclosedParen": (0x2474, 20),  # ⑴ … ⒇
    "decimalEnclosedFullstop": (0x2488, 20),  # ⒈ … ⒛
}


def _chinese(value: int, digits: str, units: tuple[str, ...]) -> str:
    """1–9999 in Chinese counting: 一百零一, 一千零一十; zeros inside say 零 once."""
    parts: list[str] = []
    pending_zero = False
    text = str(value)
    for position, char in enumerate(text):
        digit = int(char)
        if digit == 0:
            pending_zero = bool(parts)
            continue
        if pending_zero:
            parts.append(digits[0])
            pending_zero = False
        parts.append(digits[digit] + units[len(text) - 1 - position])
    return "".join(parts)


def format_number(value: int, number_format: str) -> str:
    """`value` written in a w:numFmt; formats we do not know are written as decimal.

    Formats with a fixed set of symbols (①, 甲, 子) and the counting systems past 9999
    fall back to decimal outside their range.
    """
    if number_format == "none":
        return ""
    if number_format == "decimalZero":
        return f"{value:02d}" if 0 <= value < 10 else str(value)
    if number_format in {"decimalFullWidth", "decimalFullWidth2"}:
        return str(value).translate(_FULL_WIDTH_DIGITS)
    if number_format in {"chineseCounting", "chineseCountingThousand"}:
        if value == 0:
            return "〇"
        if 0 < value < 10_000:
            text = _chinese(value, _CHINESE_DIGITS, _CHINESE_UNITS)
            # Ten to nineteen are said 十, 十一 …, not 一十, 一十一 (but 一百一十 keeps it).
            return text[1:] if 10 <= value < 20 else text
    if number_format == "chineseLegalSimplified" and 0 < value < 10_000:
        return _chinese(value, _LEGAL_DIGITS, _LEGAL_UNITS)  # 壹拾 keeps its 壹, as on a cheque
    if number_format == "ideographTraditional" and 0 < value <= len(_HEAVENLY_STEMS):
        return _HEAVENLY_STEMS[value - 1]
    if number_format == "ideographZodiac" and 0 < value <= len(_EARTHLY_BRANCHES):
        return _EARTHLY_BRANCHES[value - 1]
    if number_format in _ENCLOSED:
        first, count = _ENCLOSED[number_format]
        if 0 < value <= count:
            return chr(first + value - 1)
    if number_format in {"upperLetter", "lowerLetter"} and value > 0:
        # Word repeats the letter past Z: Y, Z, AA, BB … (not a base-26 AA, AB).
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if number_format == "upperLetter" else letter.lower()
    if number_format in {"upperRoman", "lowerRoman"} and 0 < value < 4000:
        roman = ""
        for amount, symbol in _ROMAN:
            count, value = divmod(value, amount)
            roman += symbol * count
        return roman if number_format == "upperRoman" else roman.lower()
    return str(value)  # decimal, decimalHalfWidth, and every format we do not know


# --- definitions ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Level:
    """One w:lvl: how a level counts and how its label is written."""

    start: int = 1
    number_format: str = "decimal"
    text: str = ""  # w:lvlText, e.g. "%1、" or "（%1）" or "%1.%2"
    # w:lvlRestart: the level restarts after a paragraph of a shallower level whose 1-based
    # number is at most this; None (absent) means after any shallower level, 0 never.
    restart_after: int | None = None
    legal: bool = False  # w:isLgl: every number in the label is written in decimal
    suffix: str = "tab"  # w:suff: tab, space or nothing after the label
    hidden: bool = False  # w:rPr/w:vanish on the level: the number is counted, not shown


@dataclass(frozen=True)
class ListInstance:
    """One w:num resolved: its levels (abstract ones with overrides) and its counters' key."""

    list_key: str
    levels: tuple[Level | None, ...]
    start_overrides: Mapping[int, int] = field(default_factory=dict)
    # A level that names a paragraph style (w:lvl/w:pStyle) is the level of that style's
    # paragraphs when neither the paragraph nor the style says which level.
    style_levels: Mapping[str, int] = field(default_factory=dict)


def _format_of(lvl: Element) -> str:
    element = lvl.find(_w("numFmt"))
    if element is None:
        # Newer Word writes a custom format inside mc:AlternateContent with a plain fallback.
        element = lvl.find(f"{_MC}AlternateContent/{_MC}Fallback/{_w('numFmt')}")
    value = None if element is None else element.get(_w("val"))
    return value or "decimal"


def _level(lvl: Element) -> Level:
    text = lvl.find(_w("lvlText"))
    start = _int(_val(lvl, "start"))
    return Level(
        start=1 if start is None else max(0, start),
        number_format=_format_of(lvl),
        text="" if text is None else text.get(_w("val"), ""),
        restart_after=_int(_val(lvl, "lvlRestart")),
        legal=is_on(lvl, "isLgl"),
        suffix=_val(lvl, "suff") or "tab",
        hidden=is_on(lvl.find(_w("rPr")), "vanish"),
    )


class _Definitions:
    """The numbering and styles parts of one document, indexed for lookups."""

    def __init__(self, numbering: Element | None, styles: Element | None) -> None:
        self._nums: dict[int, Element] = {}
        self._abstracts: dict[int, Element] = {}
        if numbering is not None:
            for num in numbering.findall(_w("num")):
                num_id = _int(num.get(_w("numId")))
                if num_id is not None:
                    self._nums.setdefault(num_id, num)
            for abstract in numbering.findall(_w("abstractNum")):
                abstract_id = _int(abstract.get(_w("abstractNumId")))
                if abstract_id is not None:
                    self._abstracts.setdefault(abstract_id, abstract)
        self._styles: dict[str, Element] = {}
        self.default_paragraph_style: str | None = None
        if styles is not None:
            for style in styles.findall(_w("style")):
                style_id = style.get(_w("styleId"))
                if style_id is None:
                    continue
                self._styles.setdefault(style_id, style)
                if style.get(_w("type")) == "paragraph" and _is_default(style):
                    self.default_paragraph_style = self.default_paragraph_style or style_id
        self._instances: dict[int, ListInstance | None] = {}

    def style_chain(self, style_id: str | None) -> Iterator[Element]:
        """The style and the styles it is based on, nearest first."""
        seen: set[str] = set()
        while style_id is not None and style_id not in seen and len(seen) < _MAX_HOPS:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                return
            yield style
            style_id = _val(style, "basedOn")

    def instance(self, num_id: int) -> ListInstance | None:
        if num_id not in self._instances:
            self._instances[num_id] = self._resolve(num_id)
        return self._instances[num_id]

    def _abstract_of(self, num_id: int) -> tuple[int, Element] | None:
        num = self._nums.get(num_id)
        abstract_id = _int(_val(num, "abstractNumId"))
        abstract = None if abstract_id is None else self._abstracts.get(abstract_id)
        return None if abstract is None or abstract_id is None else (abstract_id, abstract)

    def _resolve(self, num_id: int) -> ListInstance | None:
        found = self._abstract_of(num_id)
        # A list that uses a numbering style (w:numStyleLink) takes its levels from the
        # abstract definition the style points at; both then count as one list.
        for _ in range(_MAX_HOPS):
            if found is None:
                return None
            link = _val(found[1], "numStyleLink")
            if link is None:
                break
            linked_style = self._styles.get(link)
            linked_num = _int(_val(_child(linked_style, "pPr", "numPr"), "numId"))
            found = None if linked_num is None else self._abstract_of(linked_num)
        else:
            return None
        if found is None:
            return None
        abstract_id, abstract = found
        levels: list[Level | None] = [None] * _LEVELS
        for ilvl, lvl in _indexed_levels(abstract):
            levels[ilvl] = _level(lvl)
        start_overrides: dict[int, int] = {}
        num = self._nums[num_id]
        for override in num.findall(_w("lvlOverride")):
            overridden = _int(override.get(_w("ilvl")))
            if overridden is None or not 0 <= overridden < _LEVELS:
                continue
            replacement = override.find(_w("lvl"))
            if replacement is not None:
                levels[overridden] = _level(replacement)
            start = _int(_val(override, "startOverride"))
            if start is not None:
                start_overrides[overridden] = max(0, start)
        style_levels = {
            style: ilvl
            for ilvl, lvl in _indexed_levels(abstract)
            if (style := _val(lvl, "pStyle")) is not None
        }
        return ListInstance(f"abstract {abstract_id}", tuple(levels), start_overrides, style_levels)


def _is_default(style: Element) -> bool:
    return style.get(_w("default"), "0").lower() in {"1", "true", "on"}


def _child(element: Element | None, *path: str) -> Element | None:
    for tag in path:
        if element is None:
            return None
        element = element.find(_w(tag))
    return element


def _indexed_levels(abstract: Element) -> Iterator[tuple[int, Element]]:
    for lvl in abstract.findall(_w("lvl")):
        ilvl = _int(lvl.get(_w("ilvl")))
        if ilvl is not None and 0 <= ilvl < _LEVELS:
            yield ilvl, lvl


def _numbering_of(
    paragraph: Element, definitions: _Definitions
) -> tuple[int, int | None, str | None]:
    """(numId, ilvl, style id) of a paragraph: its own w:numPr first, then its style's.

    The paragraph and each style up its basedOn chain may give the numId, the ilvl or both;
    the nearest one wins for each. numId 0 (or none) means the paragraph is not numbered.
    """
    properties = paragraph.find(_w("pPr"))
    style_id = _val(properties, "pStyle") or definitions.default_paragraph_style
    sources = [_child(properties, "numPr")]
    sources += [_child(style, "pPr", "numPr") for style in definitions.style_chain(style_id)]
    num_id: int | None = None
    ilvl: int | None = None
    for numbering in sources:
        if numbering is None:
            continue
        num_id = num_id if num_id is not None else _int(_val(numbering, "numId"))
        ilvl = ilvl if ilvl is not None else _int(_val(numbering, "ilvl"))
    return (num_id or 0, ilvl, style_id)


# --- counting -------------------------------------------------------------------------------

# Whose counters? Word keeps one running count per abstract list definition, shared by every
# w:num that points at it: a w:num is a view of the list, and a paragraph of another w:num of
# the same abstractNum continues the count. A w:num with a w:startOverride restarts that
# level at the override the first time one of its paragraphs is at that level. This gives the
# right numbers for both layouts a notice uses, items restarting at 1 in each section (a new
# w:num per section, each with startOverride 1, which is what Word's "Restart at 1" writes)
# and items continuing across sections (one w:num throughout, or plain w:num copies). Keying
# counters by numId alone would get the first right and number plain copies from 1 again.


@dataclass
class _Counters:
    values: dict[str, list[int | None]] = field(default_factory=dict)
    overridden: set[tuple[int, int]] = field(default_factory=set)

    def count(self, num_id: int, ilvl: int, instance: ListInstance) -> list[int | None]:
        """Count a paragraph at `ilvl`: the list's counters after it."""
        values = self.values.setdefault(instance.list_key, [None] * _LEVELS)
        level = instance.levels[ilvl]
        start = 1 if level is None else level.start
        if ilvl in instance.start_overrides and (num_id, ilvl) not in self.overridden:
            self.overridden.add((num_id, ilvl))
            values[ilvl] = instance.start_overrides[ilvl]
        else:
            current = values[ilvl]
            values[ilvl] = start if current is None else current + 1
        # A paragraph at one level restarts the deeper ones, unless w:lvlRestart says a
        # deeper level restarts only after shallower levels than this one (or never).
        for deeper in range(ilvl + 1, _LEVELS):
            deeper_level = instance.levels[deeper]
            restart_after = None if deeper_level is None else deeper_level.restart_after
            if restart_after is not None and restart_after > deeper:
                restart_after = None  # Word ignores a restart level that is not shallower
            if restart_after is None or ilvl < restart_after:
                values[deeper] = None
        return values


def _label(ilvl: int, instance: ListInstance, values: list[int | None]) -> str:
    level = instance.levels[ilvl]
    if level is None or level.hidden or level.number_format == "bullet":
        return ""  # a bullet is not a number: the parser should not see an item label

    def number(match: re.Match[str]) -> str:
        referenced = int(match.group(1)) - 1
        other = instance.levels[referenced]
        value = values[referenced]
        if value is None:  # a shallower level not used yet shows its start
            value = 1 if other is None else other.start
        number_format = "decimal" if level.legal or other is None else other.number_format
        return format_number(value, number_format)

    label = _PLACEHOLDER.sub(number, level.text)
    # The parser expects "1.标题" as published: a tab after the label (Word's default) becomes
    # nothing, as w:suff="nothing" does; only w:suff="space" keeps a space.
    return label + " " if label and level.suffix == "space" else label


def _body_paragraphs(body: Element) -> Iterator[Element]:
    """Every w:p in document order, tables and text boxes included, each once.

    A text box is stored twice, as DrawingML and as a VML fallback for old readers: only
    the first copy counts.
    """
    for paragraph in body.iter(_w("p")):
        if next(paragraph.iterancestors(f"{_MC}Fallback"), None) is None:
            yield paragraph


def paragraph_prefixes(
    body: Element, numbering: Element | None, styles: Element | None
) -> dict[Element, str]:
    """The label Word shows before each numbered paragraph of `body`, keyed by its w:p.

    `numbering` is the root of numbering.xml and `styles` of styles.xml, either None when
    the document has none. Paragraphs without a visible number are left out.
    """
    definitions = _Definitions(numbering, styles)
    counters = _Counters()
    prefixes: dict[Element, str] = {}
    for paragraph in _body_paragraphs(body):
        num_id, ilvl, style_id = _numbering_of(paragraph, definitions)
        if num_id == 0:
            continue
        # A paragraph whose mark is hidden is not on the page: it is taken as absent, with
        # no label and no number used up.
        if is_on(_child(paragraph, "pPr", "rPr"), "vanish"):
            continue
        instance = definitions.instance(num_id)
        if instance is None:
            continue
        if ilvl is None:
            ilvl = instance.style_levels.get(style_id or "", 0)
        if not 0 <= ilvl < _LEVELS or instance.levels[ilvl] is None:
            continue
        values = counters.count(num_id, ilvl, instance)
        label = _label(ilvl, instance, values)
        if label:
            prefixes[paragraph] = label
    return prefixes
