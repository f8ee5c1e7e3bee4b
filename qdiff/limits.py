"""What an archive can hold, the same on SQLite and on PostgreSQL.

SQLite stores any string in any column; PostgreSQL refuses a VARCHAR longer than its column
and a NUL character in any text. An archive must move between the two (`qdiff export`,
`qdiff import`) and an import is all or nothing, so qdiff refuses on both what either refuses,
before anything is written, naming the file and the field. The lengths are the columns' in
`store/models.py` (a test keeps the two equal).

NUL characters are refused, not stripped: the archive keeps the text exactly as the file
decodes to, and its sha256, offsets and parse describe that text. A notice with NUL bytes is a
damaged copy; which bytes to drop is its owner's call, not a silent repair of qdiff's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qdiff.notice import Notice

MAX_NAME = 200  # series, issuer, agency (unit), archived_by, recorded_by
MAX_DOC_NUMBER = 100
MAX_FILE_NAME = 500
MAX_FORMAT = 16
MAX_ENCODING = 32
MAX_PARSER_VERSION = 32
MAX_LABEL = 20  # a section's or an item's number as written
MAX_ITEM_REF = 20
MAX_TASK_REF = 24  # also a finding's ref
MAX_QUANTITY_UNIT = 20
MAX_QUANTITY_TEXT = 100

NUL = "\x00"


def too_long(what: str, value: str | None, limit: int) -> str | None:
    """The problem with a value over `limit` characters, or None."""
    if value is None or len(value) <= limit:
        return None
    return (
        f"{what} is {len(value)} characters long ({_start(value)}); "
        f"the archive keeps at most {limit}"
    )


def nul_problem(what: str, value: str | None) -> str | None:
    if value is None or NUL not in value:
        return None
    return f"{what} holds a NUL character, which archives cannot store"


def name_problem(what: str, value: str) -> str | None:
    """A name given by a person (--by, --series): not too long, no NUL."""
    return nul_problem(what, value) or too_long(what, value, MAX_NAME)


def notice_problems(notice: Notice) -> Iterator[str]:
    """Every part of a parsed notice the archive cannot hold as it is."""
    index = notice.text.find(NUL)
    if index >= 0:
        line = notice.text.count("\n", 0, index) + 1
        yield (
            f"the text holds a NUL character (line {line}), which archives cannot store; "
            "remove the NUL bytes from the file"
        )
    checks: list[tuple[str, str | None, int]] = [
        ("the issuer", notice.issuer, MAX_NAME),
        ("the document number", notice.doc_number, MAX_DOC_NUMBER),
    ]
    for section in notice.sections:
        checks.append((f"the label of section {section.ref}", section.label, MAX_LABEL))
        for item in section.items:
            checks.append((f"the ref of item {item.ref}", item.ref, MAX_ITEM_REF))
            checks.append((f"the label of item {item.ref}", item.label, MAX_LABEL))
            checks.extend((f"the lead unit of item {item.ref}", u, MAX_NAME) for u in item.lead)
            checks.extend(
                (f"a supporting unit of item {item.ref}", u, MAX_NAME) for u in item.support
            )
            for task in item.tasks:
                checks.append((f"the ref of task {task.ref}", task.ref, MAX_TASK_REF))
                for quantity in task.quantities:
                    where = f"a quantity of task {task.ref}"
                    checks.append((where, quantity.text, MAX_QUANTITY_TEXT))
                    checks.append((f"{where}'s unit", quantity.unit, MAX_QUANTITY_UNIT))
    for what, value, limit in checks:
        problem = too_long(what, value, limit)
        if problem is not None:
            yield problem


def nul_path(value: Any, where: str = "") -> str | None:
    """The first place in a JSON-like value (dicts, lists, strings) that holds a NUL, as a
    dotted path (`parse.sections.2.title`), or None."""
    if isinstance(value, str):
        return (where or "the value") if NUL in value else None
    if isinstance(value, dict):
        children: Iterator[tuple[str, Any]] = iter(value.items())
    elif isinstance(value, list):
        children = ((str(index + 1), child) for index, child in enumerate(value))
    else:
        return None
    for key, child in children:
        found = nul_path(child, f"{where}.{key}" if where else str(key))
        if found is not None:
            return found
    return None


def _start(value: str) -> str:
    return repr(value[:12] + "…")
