"""Core objects as plain JSON-ready dicts: the documented `--format json` contracts.

Keys may be added here, never renamed or removed: other tools read these shapes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from qdiff.notice import (
    DocumentKind,
    Item,
    Milestone,
    Notice,
    ParseWarning,
    Part,
    Quantity,
    Section,
    Span,
    SpanKind,
    Stage,
    Task,
    WarningCode,
)
from qdiff.periods import Period


def notice_to_dict(notice: Notice) -> dict[str, Any]:
    """The parse contract of `qdiff parse FILE --format json` (README, "JSON output")."""
    return {
        "kind": notice.kind.value,
        "title": notice.title,
        "issuer": notice.issuer,
        "period": str(notice.period) if notice.period is not None else None,
        "doc_number": notice.doc_number,
        "signed_on": notice.signed_on.isoformat() if notice.signed_on else None,
        "published_on": notice.published_on.isoformat() if notice.published_on else None,
        "truncated": notice.truncated,
        "preamble": notice.preamble,
        "sections": [_section(section, _cut_item(notice)) for section in notice.sections],
        "warnings": [_warning(warning) for warning in notice.warnings],
        "spans": [
            {"kind": span.kind.value, "start": span.start, "end": span.end} for span in notice.spans
        ],
        "counts": {
            "sections": len(notice.sections),
            "items": len(notice.items),
            "tasks": len(notice.tasks),
        },
    }


def _cut_item(notice: Notice) -> str | None:
    """The ref of the item a truncated notice stops in (its last): the one item not complete."""
    return notice.items[-1].ref if notice.truncated and notice.items else None


def _section(section: Section, cut_item: str | None) -> dict[str, Any]:
    return {
        "ref": section.ref,
        "label": section.label,
        "title": section.title,
        "part": section.part.value if section.part is not None else None,
        "line": section.line,
        "items": [_item(item, cut_item) for item in section.items],
    }


def _item(item: Item, cut_item: str | None) -> dict[str, Any]:
    return {
        "ref": item.ref,
        "label": item.label,
        "heading": item.heading,
        "text": item.text,
        "clause": item.clause,
        "lead": list(item.lead),
        "support": list(item.support),
        "line": item.line,
        "start": item.start,
        "end": item.end,
        "complete": item.ref != cut_item,
        "tasks": [_task(task) for task in item.tasks],
        "milestones": [_milestone(milestone) for milestone in item.milestones],
    }


def _milestone(milestone: Milestone) -> dict[str, Any]:
    return {
        "quarter": milestone.quarter,
        "text": milestone.text,
        "start": milestone.start,
        "end": milestone.end,
    }


def _task(task: Task) -> dict[str, Any]:
    return {
        "ref": task.ref,
        "text": task.text,
        "stage": task.stage.value if task.stage is not None else None,
        "quantities": [quantity_to_dict(q) for q in task.quantities],
        "start": task.start,
        "end": task.end,
    }


def quantity_to_dict(quantity: Quantity) -> dict[str, Any]:
    # 10台 is 10, not 10.0, for tools that compare numbers as text.
    value = int(quantity.value) if quantity.value.is_integer() else quantity.value
    return {"value": value, "unit": quantity.unit, "text": quantity.text}


def _warning(warning: ParseWarning) -> dict[str, Any]:
    return {"code": warning.code.value, "message": warning.message, "line": warning.line}


def notice_from_dict(data: dict[str, Any], text: str) -> Notice:
    """The inverse of `notice_to_dict`, given the text the parse was made of (used by import).
    An export made before documents had kinds holds plans only: their period says which."""
    period = Period.parse(data["period"]) if data["period"] else None
    return Notice(
        text=text,
        kind=DocumentKind(data["kind"]) if "kind" in data else DocumentKind.plan_for(period),
        title=data["title"],
        issuer=data["issuer"],
        period=period,
        doc_number=data["doc_number"],
        signed_on=date.fromisoformat(data["signed_on"]) if data["signed_on"] else None,
        published_on=date.fromisoformat(data["published_on"]) if data["published_on"] else None,
        truncated=bool(data["truncated"]),
        preamble=data["preamble"],
        sections=tuple(
            Section(
                ref=section["ref"],
                label=section["label"],
                title=section["title"],
                items=tuple(_item_from(item) for item in section["items"]),
                line=section["line"],
                part=Part(section["part"]) if section.get("part") else None,
            )
            for section in data["sections"]
        ),
        warnings=tuple(
            ParseWarning(WarningCode(w["code"]), w["message"], w["line"]) for w in data["warnings"]
        ),
        spans=tuple(Span(SpanKind(s["kind"]), s["start"], s["end"]) for s in data["spans"]),
    )


def _item_from(item: dict[str, Any]) -> Item:
    return Item(
        ref=item["ref"],
        label=item["label"],
        heading=item["heading"],
        text=item["text"],
        clause=item["clause"],
        lead=tuple(item["lead"]),
        support=tuple(item["support"]),
        tasks=tuple(
            Task(
                ref=task["ref"],
                text=task["text"],
                stage=Stage(task["stage"]) if task["stage"] else None,
                quantities=tuple(
                    Quantity(float(q["value"]), q["unit"], q["text"]) for q in task["quantities"]
                ),
                start=task["start"],
                end=task["end"],
            )
            for task in item["tasks"]
        ),
        line=item["line"],
        start=item["start"],
        end=item["end"],
        milestones=tuple(
            Milestone(m["quarter"], m["text"], m["start"], m["end"])
            for m in item.get("milestones", ())
        ),
    )
