"""Writing a parsed notice into the normalised tables and reading it back, exactly.

Writes are bulk inserts (one statement per table per version, with the ids that children name
reserved beforehand) so that archiving hundreds of notices stays fast; reads are one query per
table per version.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any, Literal

from sqlalchemy import Column, Connection, Dialect, Table, insert, select, text
from sqlalchemy.orm import Session

from qdiff.errors import StoreError
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
from qdiff.store.models import (
    Base,
    ItemRow,
    ItemUnitRow,
    MilestoneRow,
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
    version.kind = notice.kind.value
    version.item_count = len(notice.items)
    version.task_count = len(notice.tasks)
    version.warning_count = len(notice.warnings)
    session.add(version)
    session.flush()
    insert_parse(session, version, notice)


def insert_parse(session: Session, version: VersionRow, notice: Notice) -> None:
    """Write the sections, items, tasks, quantities, units, warnings and spans of a version:
    one multi-row INSERT per table.

    Items name their section and tasks their item, so those ids are needed before the children
    can be written. Reading them back with INSERT … RETURNING made SQLite insert such rows one
    statement each (it cannot return a multi-row INSERT's ids in order); instead the ids are
    reserved first (`_reserve_ids`) and written with the rows. The rows are the same as the
    database would have numbered them itself.
    """
    connection = session.connection()
    items = [item for section in notice.sections for item in section.items]
    section_ids, item_ids, task_ids = _reserve_ids(
        connection, len(notice.sections), len(items), sum(len(item.tasks) for item in items)
    )
    _insert(
        connection,
        SectionRow,
        [
            {
                "id": section_id,
                "version_id": version.id,
                "ordinal": number,
                "label": section.label,
                "title": section.title,
                "line": section.line,
                "part": section.part.value if section.part is not None else None,
            }
            for number, (section, section_id) in enumerate(
                zip(notice.sections, section_ids, strict=True), start=1
            )
        ],
    )
    placed: list[tuple[int, int, Item]] = [
        (section_id, number, item)
        for section, section_id in zip(notice.sections, section_ids, strict=True)
        for number, item in enumerate(section.items, start=1)
    ]
    _insert(
        connection,
        ItemRow,
        [
            {
                "id": item_id,
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
            for (section_id, number, item), item_id in zip(placed, item_ids, strict=True)
        ],
    )
    _insert(
        connection,
        MilestoneRow,
        [
            {
                "item_id": item_id,
                "version_id": version.id,
                "ordinal": n,
                "quarter": milestone.quarter,
                "text": milestone.text,
                "start_offset": milestone.start,
                "end_offset": milestone.end,
            }
            for item, item_id in zip(items, item_ids, strict=True)
            for n, milestone in enumerate(item.milestones, start=1)
        ],
    )
    owned: list[tuple[int, int, Task]] = [
        (item_id, number, task)
        for item, item_id in zip(items, item_ids, strict=True)
        for number, task in enumerate(item.tasks, start=1)
    ]
    _insert(
        connection,
        TaskRow,
        [
            {
                "id": task_id,
                "item_id": item_id,
                "version_id": version.id,
                "ordinal": number,
                "ref": task.ref,
                "text": task.text,
                "stage": task.stage.value if task.stage is not None else None,
                "start_offset": task.start,
                "end_offset": task.end,
            }
            for (item_id, number, task), task_id in zip(owned, task_ids, strict=True)
        ],
    )
    _insert(
        connection,
        QuantityRow,
        [
            {"task_id": task_id, "ordinal": n, "value": q.value, "unit": q.unit, "text": q.text}
            for (_, _, task), task_id in zip(owned, task_ids, strict=True)
            for n, q in enumerate(task.quantities, start=1)
        ],
    )
    unit_ids = unit_ids_for(session, {u for item in items for u in (*item.lead, *item.support)})
    _insert(
        connection,
        ItemUnitRow,
        [
            {"item_id": item_id, "role": role, "ordinal": n, "unit_id": unit_ids[name]}
            for item, item_id in zip(items, item_ids, strict=True)
            for role, names in (("lead", item.lead), ("support", item.support))
            for n, name in enumerate(names, start=1)
        ],
    )
    _insert(
        connection,
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
        connection,
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


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _reserve_ids(
    connection: Connection, sections: int, items: int, tasks: int
) -> tuple[list[int], list[int], list[int]]:
    """New primary keys for the sections, items and tasks this transaction is about to insert,
    in one query, in the order the database would have numbered the rows itself.

    PostgreSQL: taken from each table's own sequence, which is safe beside concurrent writers.
    SQLite: the integers after each table's largest id, which are the rowids SQLite would give
    (the tables are not AUTOINCREMENT). That is safe because the caller holds SQLite's one
    write lock: it has written the version row in this transaction (and the archive begins its
    writes IMMEDIATE), so no other process can insert until it commits or rolls back.
    """
    counts = (sections, items, tasks)
    if connection.dialect.name == "postgresql":
        row = connection.execute(_NEXT_IDS, dict(zip(_NUMBERED, counts, strict=True))).one()
        return sorted(row[0]), sorted(row[1]), sorted(row[2])
    row = connection.execute(_LAST_IDS).one()
    first, second, third = (
        list(range((last or 0) + 1, (last or 0) + 1 + count))
        for last, count in zip(row, counts, strict=True)
    )
    return first, second, third


# The tables whose ids other rows name, and the queries that reserve them (see _reserve_ids).
_NUMBERED = tuple(_table(model).name for model in (SectionRow, ItemRow, TaskRow))
_LAST_IDS = text("SELECT " + ", ".join(f"(SELECT max(id) FROM {name})" for name in _NUMBERED))
_NEXT_IDS = text(
    "SELECT "
    + ", ".join(
        f"ARRAY(SELECT nextval(pg_get_serial_sequence('{name}', 'id'))"
        f" FROM generate_series(1, :{name}))"
        for name in _NUMBERED
    )
)


def _insert(connection: Connection, model: type[Base], rows: list[dict[str, object]]) -> None:
    """One INSERT of many rows, handed to the driver as it stands.

    SQLite: the driver's executemany of the statement SQLAlchemy compiles. PostgreSQL: one
    INSERT … SELECT FROM unnest() of an array per column, a single statement where psycopg's
    executemany would pipeline one per row (and, when a row fails, print an error of its own
    besides the one raised). Both skip SQLAlchemy's per-row parameter handling, which cost as
    much as the database's own inserting; values still go through their type's bind processor
    where it has one (SQLite's Float), as SQLAlchemy would. A table with a column default
    computed in Python is left to SQLAlchemy.
    """
    if not rows:
        return
    table = _table(model)
    statement = _driver_insert(connection.dialect, table, tuple(rows[0]))
    if statement is None:
        connection.execute(insert(table), rows)
    else:
        connection.exec_driver_sql(statement.sql, statement.parameters(rows))


@dataclass(frozen=True)
class _DriverInsert:
    sql: str
    keys: tuple[str, ...]  # in the order a positional driver takes them
    shape: Literal["tuples", "dicts", "arrays"]  # a row each, or an array per column
    processors: dict[str, Callable[[Any], Any]]

    def parameters(self, rows: list[dict[str, object]]) -> Any:
        processors = self.processors
        if processors:
            rows = [
                {key: processors[key](value) if key in processors else value
                 for key, value in row.items()}
                for row in rows
            ]  # fmt: skip
        if self.shape == "arrays":
            return {key: [row[key] for row in rows] for key in self.keys}
        if self.shape == "dicts":
            return rows
        values = itemgetter(*self.keys)  # a tuple, as every table here has several columns
        return [values(row) for row in rows]


@lru_cache(maxsize=64)
def _driver_insert(dialect: Dialect, table: Table, keys: tuple[str, ...]) -> _DriverInsert | None:
    if any(column.default is not None for column in table.c if column.key not in keys):
        return None
    processors: dict[str, Callable[[Any], Any]] = {}
    for key in keys:
        processor = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            processors[key] = processor
        elif dialect.name == "postgresql" and _holds_floats(table.c[key]):
            processors[key] = _float  # psycopg sends a list of one Python type only
    if dialect.name == "postgresql":
        return _DriverInsert(_unnest_insert(dialect, table, keys), keys, "arrays", processors)
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    if compiled.positional:
        return _DriverInsert(
            compiled.string, tuple(compiled.positiontup or ()), "tuples", processors
        )
    return _DriverInsert(compiled.string, keys, "dicts", processors)


def _unnest_insert(dialect: Dialect, table: Table, keys: tuple[str, ...]) -> str:
    """INSERT INTO t (a, b) SELECT a, b FROM unnest(%(a)s::INTEGER[], %(b)s::TEXT[]) …, in the
    order of the arrays, so that ids from a sequence are given in the order of the rows."""
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(quote(table.c[key].name) for key in keys)
    arrays = ", ".join(f"%({key})s::{table.c[key].type.compile(dialect=dialect)}[]" for key in keys)
    return (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({columns}) "
        f"SELECT {columns} FROM unnest({arrays}) WITH ORDINALITY AS given({columns}, given_row) "
        "ORDER BY given_row"
    )


def _holds_floats(column: Column[Any]) -> bool:
    try:
        return column.type.python_type is float
    except NotImplementedError:
        return False


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def upsert_insert(session: Session, model: type[Any] | Table) -> Any:
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
    session: Session, model: type[Base], values: dict[str, object], keys: list[str]
) -> int:
    """The id of the row with these key values, inserting it if absent (safe under concurrency):
    the INSERT returns the id when it adds the row, else the row is looked up."""
    table = _table(model)
    found = session.scalar(
        upsert_insert(session, table)
        .values(**values)
        .on_conflict_do_nothing(index_elements=keys)
        .returning(table.c.id)
    )
    if found is not None:
        return int(found)
    query = select(table.c.id)
    for key in keys:
        query = query.where(table.c[key] == values[key])
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
    table = _table(UnitRow)  # a Core executemany: the ORM's bulk INSERT costs more per row
    statement = upsert_insert(session, table).on_conflict_do_nothing(index_elements=["name"])
    session.connection().execute(statement, [{"name": name} for name in sorted(names)])
    rows = session.execute(select(UnitRow.name, UnitRow.id).where(UnitRow.name.in_(names)))
    return {name: unit_id for name, unit_id in rows}


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
    milestones: dict[int, list[Milestone]] = defaultdict(list)
    for milestone in session.scalars(
        select(MilestoneRow)
        .where(MilestoneRow.version_id == version_id)
        .order_by(MilestoneRow.item_id, MilestoneRow.ordinal)
    ):
        milestones[milestone.item_id].append(
            Milestone(
                milestone.quarter, milestone.text, milestone.start_offset, milestone.end_offset
            )
        )
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
                milestones=tuple(milestones.get(item.id, ())),
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
        kind=DocumentKind(version.kind),
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
                part=Part(section.part) if section.part is not None else None,
            )
            for section in sections
        ),
        warnings=tuple(ParseWarning(WarningCode(w.code), w.message, w.line) for w in warnings),
        spans=tuple(Span(SpanKind(s.kind), s.start_offset, s.end_offset) for s in spans),
    )
