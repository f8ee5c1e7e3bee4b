"""Responsibility clauses (责任单位) and the units they name, with their roles.

Forms seen in real notices (DOMAIN.md): `(责任单位:X牵头,Y配合)`, `(责任单位:X)`,
`(责任单位:A、B、C按分工牵头)`, `[牵头单位:X;责任单位:Y]`, `牵头单位:` / `责任单位:` /
`配合单位:` on lines of their own, and a task table's unit cell with no marker at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qdiff.normalize import without_page_numbers

# Run on folded text: brackets, colons and commas are ASCII there.
CLAUSE_MARKER = re.compile(
    r"(?P<open>[(\[]\s*)?(?P<label>责任单位|责任部门|牵头单位|牵头部门|配合单位|协办单位|主责单位)\s*:"
)
_LEAD_LABELS = {"牵头单位", "牵头部门", "主责单位"}
_SUPPORT_LABELS = {"配合单位", "协办单位"}
_CLOSERS = {"(": ")", "[": "]"}

# A role word closes the list of units it applies to: "A、B按分工牵头", "各街道配合".
_ROLE_SUFFIX = re.compile(
    r"(?:按职责分工|按分工|分别)?(?P<role>牵头|负责|配合|协同|协助|参与)(?:落实|推进)?$"
)
_SUPPORT_ROLES = {"配合", "协同", "协助", "参与"}
_UNIT_SPLIT = re.compile(r"[、,;/]|\s+")
_PHRASE_SPLIT = re.compile(r"[,;]")


@dataclass(frozen=True, slots=True)
class ClauseRoles:
    lead: tuple[str, ...]
    support: tuple[str, ...]


def clause_is_closed(folded_clause: str) -> bool:
    """Whether a bracketed clause ends with the bracket it opened with."""
    stripped = folded_clause.strip()
    opener = stripped[:1]
    if opener not in _CLOSERS:
        return True  # clauses on lines of their own have no brackets to close
    return stripped.endswith(_CLOSERS[opener])


def parse_clause(folded_clause: str) -> ClauseRoles:
    """Split a clause into lead and supporting units.

    A phrase without a role word takes the role of the next phrase that has one ("A,B牵头":
    both lead); trailing phrases without one lead when nothing led yet, else support.
    """
    body = _unwrapped(folded_clause.strip().strip("()[]").strip())
    markers = list(CLAUSE_MARKER.finditer(body))
    if not markers:
        return _roles_of_segments([(None, body)])
    segments: list[tuple[str | None, str]] = []
    for index, marker in enumerate(markers):
        end = markers[index + 1].start() if index + 1 < len(markers) else len(body)
        segments.append((marker.group("label"), body[marker.end() : end]))
    return _roles_of_segments(segments)


def _roles_of_segments(segments: list[tuple[str | None, str]]) -> ClauseRoles:
    has_lead_label = any(label in _LEAD_LABELS for label, _ in segments)
    lead: list[str] = []
    support: list[str] = []
    for label, text in segments:
        if label in _LEAD_LABELS:
            _extend_unique(lead, _units(text))
        elif label in _SUPPORT_LABELS or (has_lead_label and label is not None):
            # "[牵头单位:X;责任单位:Y]": once a lead is named, 责任单位 lists the others.
            _extend_unique(support, _units(text))
        else:
            phrase_lead, phrase_support = _roles_of_phrases(text)
            _extend_unique(lead, phrase_lead)
            _extend_unique(support, phrase_support)
    return ClauseRoles(tuple(lead), tuple(support))


def _roles_of_phrases(text: str) -> tuple[list[str], list[str]]:
    phrases = [p.strip() for p in _PHRASE_SPLIT.split(text) if p.strip(" ()[]")]
    roles: list[str | None] = []
    for phrase in phrases:
        match = _ROLE_SUFFIX.search(phrase)
        roles.append(None if match is None else match.group("role"))
    lead: list[str] = []
    support: list[str] = []
    if all(role is None for role in roles):
        # "(责任单位:区科委,区发展改革委)": a clause without roles names every unit responsible.
        for phrase in phrases:
            _extend_unique(lead, _units(phrase))
        return lead, support
    for index, phrase in enumerate(phrases):
        role = roles[index]
        if role is None:
            role = next((r for r in roles[index + 1 :] if r is not None), None)
            if role is None:
                role = "配合" if lead else "牵头"
        else:
            phrase = _ROLE_SUFFIX.sub("", phrase)
        target = support if role in _SUPPORT_ROLES else lead
        _extend_unique(target, _units(phrase))
    return lead, support


def units_in_cell(folded_cell: str) -> tuple[str, ...]:
    """The units a table's unit cell names (区统计局、各镇人民政府), each once, without roles."""
    units: list[str] = []
    _extend_unique(units, _units(_unwrapped(folded_cell)))
    return tuple(units)


_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)\s*")
# How the name of a unit opens (区教育局, 市规划资源局, 各街道, 相关单位, 中共…委员会): a line
# break before one parts two units; before anything else it falls inside a name.
_OPENS_A_UNIT = re.compile(
    r"区|市|县|省|各|镇|乡|街道|相关|有关|中共|共青团|团|工会|妇联|科协|残联|人武部|公安|税务|消防"
)


def _unwrapped(text: str) -> str:
    """A clause with the line breaks a PDF extract put inside its units' names taken out
    (区经济信息 / 化委, 区信访局按分 / 工牵头, 区委 / 宣传部, 石门科创城管委 / 会), and its page
    numbers. A break before a unit's opening words parts two units (区建管委 / 区财政局); after a
    role word it closes the phrase too (区绿化局牵头 / 各街道配合)."""
    text = without_page_numbers(text)

    def joined(found: re.Match[str]) -> str:
        before = text[: found.start()]
        if not before or before[-1] in "、,;/:([":
            return ""
        if not _OPENS_A_UNIT.match(text, found.end()):
            return ""  # 区委 / 宣传部, 区政府 / 办公室: one name
        if _ROLE_SUFFIX.search(before):
            return ","  # a role word closes its phrase (区绿化局牵头 / 各街道配合)
        return " "

    return _BREAK.sub(joined, text)


def _units(text: str) -> list[str]:
    units: list[str] = []
    for raw in _UNIT_SPLIT.split(text):
        unit = raw.strip(" ()[]:.。").removesuffix("等")
        unit = _ROLE_SUFFIX.sub("", unit)
        if unit:
            units.append(unit)
    return units


def _extend_unique(target: list[str], units: list[str]) -> None:
    for unit in units:
        if unit not in target:
            target.append(unit)


_AGENCY_ENDING = re.compile(
    r"(局|委|办|院|队|中心|集团|公司|政府|街道|镇|镇街|街镇|部|部门|单位|会|所|处|组|站|室|联|馆|社"
    r"|行|署)"
    r"(牵头|配合)?$"
)


def looks_like_unit_list(folded_text: str) -> bool:
    """Whether a table cell or line is a bare list of agencies (a unit cell with no marker)."""
    text = folded_text.strip().strip("()[]|").strip()
    if not text or len(text) > 120 or "。" in text:
        return False
    units = _units(text)  # each unit loses its own role words (A、B按分工牵头,各镇街配合)
    if not units:
        return False
    agency_like = sum(1 for unit in units if _AGENCY_ENDING.search(unit))
    return agency_like >= max(1, (len(units) + 1) // 2)


def labels_in(folded_clause: str) -> int:
    """How many role labels (牵头单位:, 责任单位:, …) a clause writes."""
    return len(CLAUSE_MARKER.findall(folded_clause))


def ends_in_a_whole_unit(folded_clause: str) -> bool:
    """Whether a clause's last unit reads as a whole agency name (区卫生健康局), not one cut
    short (区卫生健, 区): how a clause on lines of its own shows that the text stopped in it."""
    text = folded_clause.strip().strip("()[]").strip()
    last = re.split(r"[、,;:]", text)[-1].strip()
    return bool(last) and _AGENCY_ENDING.search(last) is not None
