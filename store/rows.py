"""Writing a parsed notice into the normalised tables and reading it back, exactly.

Writes are bulk inserts (one statement per table per version) so that archiving hundreds of
notices stays fast; reads are one query per table per version.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from qdiff.errors import StoreError
from qdiff.notice import (
    Item,
    Notice,
    ParseWarning,
    Quantity,
    Section,
    Span,
    SpanKind,
    Stage,
    Task,
    WarningCode,
)
from qdiff.periods import Period
from qdiff.store.models import (
    ItemRow,
    ItemUnitRow,
    NoticeRow,
    QuantityRow,
    SectionRow,
    SeriesRow,
    SpanRow,
    TaskRow,
    UnitRow,
    VersionRow,
    WarningRow,
)


def save_version(session: Session, version: VersionRow, notice: Notice) -> None:
    """Add a version (its source and provenance already set) with the notice's metadata,
    counts and whole parse."""
    version.title = notice.title
    version.issuer = notice.issuer
    version.doc_number = notice.doc_number
    version.signed_on = notice.signed_on
    version.published_on = notice.published_on
    version.truncated = notice.truncated
    version.preamble = notice.preamble
    version.item_count = len(notice.items)
    version.task_count = len(notice.tasks)
    version.warning_count = len(notice.warnings)
    session.add(version)
    session.flush()
    insert_parse(session, version, notice)


def insert_parse(session: Session, version: VersionRow, notice: Notice) -> None:
    """Write the sections, items, tasks, quantities, units, warnings and spans of a version."""
    section_ids = _insert_returning_ids(
        session,
        SectionRow,
        [
            {
                "version_id": version.id,
                "ordinal": number,
                "label": section.label,
                "title": section.title,
                "line": section.line,
            }
            for number, section in enumerate(notice.sections, start=1)
        ],
    )
    item_rows = []
    items: list[Item] = []
    for section, section_id in zip(notice.sections, section_ids, strict=True):
        for number, item in enumerate(section.items, start=1):
            items.append(item)
            item_rows.append(
                {
                    "version_id": version.id,
                    "section_id": section_id,
                    "ordinal": number,
                    "ref": item.ref,
                    "label": item.label,
                    "heading": item.heading,
                    "text": item.text,
                    "clause": item.clause,
                    "line": item.line,
                    "start_offset": item.start,
                    "end_offset": item.end,
                }
            )
    item_ids = _insert_returning_ids(session, ItemRow, item_rows)
    task_rows = []
    tasks: list[Task] = []
    for item, item_id in zip(items, item_ids, strict=True):
        for number, task in enumerate(item.tasks, start=1):
            tasks.append(task)
            task_rows.append(
                {
                    "item_id": item_id,
                    "version_id": version.id,
                    "ordinal": number,
                    "ref": task.ref,
                    "text": task.text,
                    "stage": task.stage.value if task.stage is not None else None,
                    "start_offset": task.start,
                    "end_offset": task.end,
                }
            )
    task_ids = _insert_returning_ids(session, TaskRow, task_rows)
    quantity_rows = [
        {"task_id": task_id, "ordinal": n, "value": q.value, "unit": q.unit, "text": q.text}
        for task, task_id in zip(tasks, task_ids, strict=True)
        for n, q in enumerate(task.quantities, start=1)
    ]
    _insert(session, QuantityRow, quantity_rows)
    unit_ids = unit_ids_for(session, {u for item in items for u in (*item.lead, *item.support)})
    unit_rows = [
        {"item_id": item_id, "role": role, "ordinal": n, "unit_id": unit_ids[name]}
        for item, item_id in zip(items, item_ids, strict=True)
        for role, names in (("lead", item.lead), ("support", item.support))
        for n, name in enumerate(names, start=1)
    ]
    _insert(session, ItemUnitRow, unit_rows)
    _insert(
        session,
        WarningRow,
        [
            {
                "version_id": version.id,
                "ordinal": n,
                "code": w.code.value,
                "message": w.message,
                "line": w.line,
            }
            for n, w in enumerate(notice.warnings, start=1)
        ],
    )
    _insert(
        session,
        SpanRow,
        [
            {
                "version_id": version.id,
                "ordinal": n,
                "kind": span.kind.value,
                "start_offset": span.start,
                "end_offset": span.end,
            }
            for n, span in enumerate(notice.spans, start=1)
        ],
    )


def upsert_insert(session: Session, model: type[Any]) -> Any:
    """An INSERT that can say ON CONFLICT DO NOTHING, in the session's dialect.

    The dialect modules are imported here, on first write: loading them costs start-up time
    that read-only commands should not pay.
    """
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(model)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(model)


def get_or_create_id(
    session: Session, model: type, values: dict[str, object], keys: list[str]
) -> int:
    """The id of the row with these key values, inserting it if absent (safe under concurrency)."""
    session.execute(
        upsert_insert(session, model).values(**values).on_conflict_do_nothing(index_elements=keys)
    )
    query = select(model.id)  # type: ignore[attr-defined]
    for key in keys:
        query = query.where(getattr(model, key) == values[key])
    found = session.scalar(query)
    if found is None:
        raise StoreError("the archive lost a row it had just written; run `qdiff verify`")
    return int(found)


def notice_id_for(session: Session, series: str, period: Period) -> int:
    """The id of the notice row of a series and period, creating the series and the notice
    when they are new."""
    series_id = get_or_create_id(
        session, SeriesRow, {"key": series, "created_at": datetime.now(UTC)}, ["key"]
    )
    return get_or_create_id(
        session,
        NoticeRow,
        {
            "series_id": series_id,
            "period": str(period),
            "period_year": period.year,
            "period_kind": period.kind.value,
            "period_index": period.index,
        },
        ["series_id", "period"],
    )


def unit_ids_for(session: Session, names: set[str]) -> dict[str, int]:
    """Ids of the units with these names, creating those not yet known.

    INSERT … ON CONFLICT DO NOTHING lets two archivers add the same new agency at once.
    """
    if not names:
        return {}
    statement = upsert_insert(session, UnitRow).on_conflict_do_nothing(index_elements=["name"])
    session.execute(statement, [{"name": name} for name in sorted(names)])
    rows = session.execute(select(UnitRow.name, UnitRow.id).where(UnitRow.name.in_(names)))
    return {name: unit_id for name, unit_id in rows}


def _insert_returning_ids(
    session: Session, model: type, rows: list[dict[str, object]]
) -> list[int]:
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)  # type: ignore[attr-defined]
    return [row[0] for row in session.execute(statement, rows)]


def _insert(session: Session, model: type, rows: list[dict[str, object]]) -> None:
    if rows:
        session.execute(insert(model), rows)


def load_parse(session: Session, version: VersionRow, period: Period) -> Notice:
    """The stored parse of a version as a `Notice`, equal to the one that was archived."""
    version_id = version.id
    sections = session.scalars(
        select(SectionRow).where(SectionRow.version_id == version_id).order_by(SectionRow.ordinal)
    ).all()
    items = session.scalars(
        select(ItemRow)
        .where(ItemRow.version_id == version_id)
        .order_by(ItemRow.section_id, ItemRow.ordinal)
    ).all()
    tasks = session.scalars(
        select(TaskRow)
        .where(TaskRow.version_id == version_id)
        .order_by(TaskRow.item_id, TaskRow.ordinal)
    ).all()
    quantities: dict[int, list[Quantity]] = defaultdict(list)
    for quantity in session.scalars(
        select(QuantityRow)
        .join(TaskRow, QuantityRow.task_id == TaskRow.id)
        .where(TaskRow.version_id == version_id)
        .order_by(QuantityRow.task_id, QuantityRow.ordinal)
    ):
        quantities[quantity.task_id].append(Quantity(quantity.value, quantity.unit, quantity.text))
    roles: dict[tuple[int, str], list[str]] = defaultdict(list)
    for item_id, role, name in session.execute(
        select(ItemUnitRow.item_id, ItemUnitRow.role, UnitRow.name)
        .join(UnitRow, ItemUnitRow.unit_id == UnitRow.id)
        .join(ItemRow, ItemUnitRow.item_id == ItemRow.id)
        .where(ItemRow.version_id == version_id)
        .order_by(ItemUnitRow.item_id, ItemUnitRow.role, ItemUnitRow.ordinal)
    ):
        roles[(item_id, role)].append(name)
    tasks_by_item: dict[int, list[Task]] = defaultdict(list)
    for task in tasks:
        tasks_by_item[task.item_id].append(
            Task(
                ref=task.ref,
                text=task.text,
                stage=Stage(task.stage) if task.stage is not None else None,
                quantities=tuple(quantities.get(task.id, ())),
                start=task.start_offset,
                end=task.end_offset,
            )
        )
    items_by_section: dict[int, list[Item]] = defaultdict(list)
    for item in items:
        items_by_section[item.section_id].append(
            Item(
                ref=item.ref,
                label=item.label,
                heading=item.heading,
                text=item.text,
                clause=item.clause,
                lead=tuple(roles.get((item.id, "lead"), ())),
                support=tuple(roles.get((item.id, "support"), ())),
                tasks=tuple(tasks_by_item.get(item.id, ())),
                line=item.line,
                start=item.start_offset,
                end=item.end_offset,
            )
        )
    warnings = session.scalars(
        select(WarningRow).where(WarningRow.version_id == version_id).order_by(WarningRow.ordinal)
    ).all()
    spans = session.scalars(
        select(SpanRow).where(SpanRow.version_id == version_id).order_by(SpanRow.ordinal)
    ).all()
    return Notice(
        text=version.text,
        title=version.title,
        issuer=version.issuer,
        period=period,
        doc_number=version.doc_number,
        signed_on=version.signed_on,
        published_on=version.published_on,
        truncated=version.truncated,
        preamble=version.preamble,
        sections=tuple(
            Section(
                ref=str(section.ordinal),
                label=section.label,
                title=section.title,
                items=tuple(items_by_section.get(section.id, ())),
                line=section.line,
            )
            for section in sections
        ),
        warnings=tuple(ParseWarning(WarningCode(w.code), w.message, w.line) for w in warnings),
        spans=tuple(Span(SpanKind(s.kind), s.start_offset, s.end_offset) for s in spans),
    )
