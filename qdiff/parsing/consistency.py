"""A stored parse checked against the text it was made of (`qdiff import` and `qdiff verify`).

The sha256s cover a version's bytes and text, not its parse: sections, items, tasks, stages,
quantities and agencies live in rows and export lines of their own, and an edit there would
change what compare, trace and the reports say without any hash noticing. The text is the
record; the parse must be what the parser makes of it.

- Parsed by this qdiff's parser (`same_rules`): the text is parsed again and the stored parse
  must equal the result exactly, but for what parsing the text cannot know: the warnings the
  reader gave while decoding the bytes (kept as stored) and the period a notice was filed under
  with `--force` (the `period_overridden` warning must say so, in the words archiving uses).
- Parsed by another version: its rules may have been other, so the parse is not re-derived.
  It must still be a parse of this text: every span, section, item, task, clause, agency and
  quantity where the text has it (the checks of `internal_problems`). Stages are not checked
  then, since the ladder of another version may differ.

Each problem is a short phrase naming the part (`task 1.2.3: …`) for one line of output.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from qdiff.errors import QdiffError
from qdiff.normalize import fold
from qdiff.notice import Item, Notice, ParseWarning, Section, Task, WarningCode
from qdiff.parsing import parse_notice
from qdiff.periods import Period
from qdiff.serialize import notice_to_dict

# Warnings that come from reading the bytes (qdiff/reading), not from parsing the text: the text
# alone cannot reproduce them, so they are taken as stored. tests/reliability checks that the
# reader emits no other code.
READING_CODES = frozenset(
    {WarningCode.ENCODING_GUESSED, WarningCode.DECODE_REPLACED, WarningCode.HTML_EXTRACTED}
)
_SHOWN = 24  # characters of a differing value shown in a problem


def override_message(filed: Period, named: Period) -> str:
    """The `period_overridden` warning of a notice filed under another period than it names."""
    return f"filed under {filed} with --force; the document names {named}"


def stored_parse_problems(stored: Notice, filed: Period, *, same_rules: bool) -> list[str]:
    """What is wrong with a stored parse of `stored.text` (filed under `filed`); empty if
    nothing is. `same_rules`: the parse was made by this qdiff's parser version."""
    problems = list(internal_problems(stored))
    if problems or not same_rules:
        return problems
    return reparse_problems(stored, filed)


def reparse_problems(stored: Notice, filed: Period) -> list[str]:
    """Differences between a stored parse and this qdiff's parse of the same text."""
    reading = tuple(w for w in stored.warnings if w.code in READING_CODES)
    try:
        parsed = parse_notice(stored.text, reading)
    except QdiffError as error:
        return [f"this qdiff does not read the text as a notice ({error.message})"]
    # What the archiver said: a kind given with --kind (its warning names the kind the text
    # reads as, which this parse must still read), then a period given with --force.
    told = [w for w in stored.warnings if w.code is WarningCode.KIND_OVERRIDDEN]
    warnings = [*parsed.warnings, *told]
    if parsed.period is not None and parsed.period != filed:
        warnings.append(
            ParseWarning(WarningCode.PERIOD_OVERRIDDEN, override_message(filed, parsed.period))
        )
    kind = stored.kind if told else parsed.kind
    expected = notice_to_dict(replace(parsed, kind=kind, warnings=tuple(warnings)))
    expected["period"] = str(filed)  # a notice is kept under the period it is filed under
    return [
        f"{where}: stored {found}, this qdiff's parse of the text gives {wanted}"
        for where, found, wanted in _diff(notice_to_dict(stored), expected)
    ]


def internal_problems(stored: Notice) -> Iterator[str]:
    """Every part of a parse where the text has it, whatever parser made it."""
    text = stored.text
    yield from _span_problems(stored)
    for number, section in enumerate(stored.sections, start=1):
        if section.ref != str(number):
            yield f"section {number} has the ref {_show(section.ref)}"
        yield from _section_problems(section, text)


def _span_problems(stored: Notice) -> Iterator[str]:
    cursor = 0
    for span in stored.spans:
        if span.start != cursor or span.end <= span.start:
            yield f"the spans do not cover the text once (a span at {span.start}-{span.end})"
            return
        cursor = span.end
    if cursor != len(stored.text):
        yield f"the spans end at {cursor}, the text at {len(stored.text)}"


def _section_problems(section: Section, text: str) -> Iterator[str]:
    for number, item in enumerate(section.items, start=1):
        where = f"item {section.ref}.{number}"
        if item.ref != f"{section.ref}.{number}":
            yield f"{where} has the ref {_show(item.ref)}"
            continue
        yield from _item_problems(item, text, where)


def _item_problems(item: Item, text: str, where: str) -> Iterator[str]:
    if not 0 <= item.start <= item.end <= len(text):
        yield f"{where} lies outside the text ({item.start}-{item.end})"
        return
    region = text[item.start : item.end]
    if item.text not in region:
        yield f"{where}: its text {_show(item.text)} is not in the text at {item.start}-{item.end}"
    if item.heading not in item.text:
        yield f"{where}: its heading {_show(item.heading)} is not in its text"
    if item.clause is None:
        # A task table's row names its units in cells of their own (主责部门 | 配合部门), with
        # no clause: they must stand in the row.
        folded_region = fold(region)
        for role, units in (("lead", item.lead), ("supporting", item.support)):
            for unit in units:
                if not unit or fold(unit) not in folded_region:
                    yield f"{where}: the {role} unit {_show(unit)} is in no clause nor cell of it"
    elif item.clause not in region:
        yield f"{where}: its clause {_show(item.clause)} is not in the text at its place"
    else:
        folded_clause = fold(item.clause)
        for role, units in (("lead", item.lead), ("supporting", item.support)):
            for unit in units:
                if not unit or fold(unit) not in folded_clause:
                    yield f"{where}: the {role} unit {_show(unit)} is not in its clause"
    for number, task in enumerate(item.tasks, start=1):
        yield from _task_problems(task, text, item, f"task {item.ref}.{number}")
    for milestone in item.milestones:
        quarter = f"{where}: its Q{milestone.quarter} milestone"
        if not item.start <= milestone.start <= milestone.end <= item.end:
            yield f"{quarter} lies outside it"
        elif text[milestone.start : milestone.end] != milestone.text:
            yield f"{quarter} {_show(milestone.text)} is not the text there"


def _task_problems(task: Task, text: str, item: Item, where: str) -> Iterator[str]:
    if task.ref != where.removeprefix("task "):
        yield f"{where} has the ref {_show(task.ref)}"
    if not item.start <= task.start <= task.end <= item.end:
        yield f"{where} lies outside its item ({task.start}-{task.end})"
    elif text[task.start : task.end] != task.text:
        yield f"{where}: its text {_show(task.text)} is not the text at {task.start}-{task.end}"
    for quantity in task.quantities:
        if not quantity.text or quantity.text not in task.text:
            yield f"{where}: the quantity {_show(quantity.text)} is not in its text"


def _diff(found: Any, expected: Any, where: str = "the parse") -> Iterator[tuple[str, str, str]]:
    """Where two parse contracts differ, named by ref (`task 1.2.3 stage`), with both values
    as shown."""
    if isinstance(found, dict) and isinstance(expected, dict):
        for key in [*expected, *(key for key in found if key not in expected)]:
            if key == "counts":
                continue  # follows from the lists compared
            yield from _diff(found.get(key), expected.get(key), _child(where, key))
        return
    if isinstance(found, list) and isinstance(expected, list) and _named_list(where):
        if len(found) != len(expected):
            yield where, f"{len(found)}", f"{len(expected)}"
            return
        for index, (one, other) in enumerate(zip(found, expected, strict=True)):
            yield from _diff(one, other, _element(where, index, other))
        return
    if found != expected:
        yield where, _show(found), _show(expected)


_LISTS = ("sections", "items", "tasks", "warnings", "spans")


def _named_list(where: str) -> bool:
    return where.rsplit(" ", 1)[-1] in _LISTS


def _child(where: str, key: str) -> str:
    if where == "the parse":
        return key if key in _LISTS else f"the {key}"
    return f"{where} {key}"


def _element(where: str, index: int, element: Any) -> str:
    kind = where.rsplit(" ", 1)[-1]
    ref = element.get("ref") if isinstance(element, dict) else None
    if kind in ("sections", "items", "tasks") and ref is not None:
        return f"{kind[:-1]} {ref}"
    return f"{kind[:-1]} {index + 1}"


def _show(value: object) -> str:
    """A value for one line of output: short, and with its line ends visible."""
    if isinstance(value, list):  # agencies, or quantities
        parts = [v.get("text") if isinstance(v, dict) else v for v in value]
        value = "、".join(str(part) for part in parts) if parts else "none"
    shown = str(value) if not isinstance(value, str) else value
    if len(shown) > _SHOWN:
        shown = shown[: _SHOWN - 1] + "…"
    return repr(shown) if isinstance(value, str) else shown
