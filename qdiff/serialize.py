"""Core objects as plain JSON-ready dicts: the documented `--format json` contracts.

Keys may be added here, never renamed or removed: other tools read these shapes.
"""

from __future__ import annotations

from typing import Any

from qdiff.notice import Item, Notice, ParseWarning, Quantity, Section, Task


def notice_to_dict(notice: Notice) -> dict[str, Any]:
    """The parse contract of `qdiff parse FILE --format json` (README, "JSON output")."""
    return {
        "title": notice.title,
        "issuer": notice.issuer,
        "period": str(notice.period) if notice.period is not None else None,
        "doc_number": notice.doc_number,
        "signed_on": notice.signed_on.isoformat() if notice.signed_on else None,
        "published_on": notice.published_on.isoformat() if notice.published_on else None,
        "truncated": notice.truncated,
        "preamble": notice.preamble,
        "sections": [_section(section) for section in notice.sections],
        "warnings": [_warning(warning) for warning in notice.warnings],
        "counts": {
            "sections": len(notice.sections),
            "items": len(notice.items),
            "tasks": len(notice.tasks),
        },
    }


def _section(section: Section) -> dict[str, Any]:
    return {
        "ref": section.ref,
        "label": section.label,
        "title": section.title,
        "line": section.line,
        "items": [_item(item) for item in section.items],
    }


def _item(item: Item) -> dict[str, Any]:
    return {
        "ref": item.ref,
        "label": item.label,
        "heading": item.heading,
        "text": item.text,
        "clause": item.clause,
        "lead": list(item.lead),
        "support": list(item.support),
        "line": item.line,
        "tasks": [_task(task) for task in item.tasks],
    }


def _task(task: Task) -> dict[str, Any]:
    return {
        "ref": task.ref,
        "text": task.text,
        "stage": task.stage.value if task.stage is not None else None,
        "quantities": [_quantity(q) for q in task.quantities],
    }


def _quantity(quantity: Quantity) -> dict[str, Any]:
    # 10台 is 10, not 10.0, for tools that compare numbers as text.
    value = int(quantity.value) if quantity.value.is_integer() else quantity.value
    return {"value": value, "unit": quantity.unit, "text": quantity.text}


def _warning(warning: ParseWarning) -> dict[str, Any]:
    return {"code": warning.code.value, "message": warning.message, "line": warning.line}
