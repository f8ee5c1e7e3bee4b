"""The archive's tables: SQLAlchemy 2 typed models.

A series (one issuer's run of notices) has notices (one per period); a notice has versions (every
copy ever archived, never overwritten); a version holds the exact source bytes, the decoded text
and its parse in normalised tables: sections, items, tasks, quantities, units with their roles,
warnings and spans.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from qdiff.errors import ArchiveDamagedError
from qdiff.notice import DocumentKind

# Named constraints, so that migrations can refer to them on every backend (alembic's advice).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _checked_text(value: object) -> str | None:
    """Text read back must be text. Bytes where text belongs (written by another program, or a
    damaged page) would fail far from here, in a comparison or a report; here they are one
    clear error."""
    if value is None or isinstance(value, str):
        return value
    raise ArchiveDamagedError(
        f"the archive holds damaged text ({type(value).__name__} where text belongs); restore "
        "it from an export or a backup"
    )


class StoredString(TypeDecorator[str]):
    """VARCHAR(n) whose values come back as text or as a clear error (`_checked_text`)."""

    impl = String
    cache_ok = True

    def process_result_value(self, value: object, dialect: Dialect) -> str | None:
        return _checked_text(value)


class StoredText(TypeDecorator[str]):
    """TEXT whose values come back as text or as a clear error (`_checked_text`)."""

    impl = Text
    cache_ok = True

    def process_result_value(self, value: object, dialect: Dialect) -> str | None:
        return _checked_text(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SeriesRow(Base):
    __tablename__ = "series"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(StoredString(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    notices: Mapped[list[NoticeRow]] = relationship(back_populates="series")


class NoticeRow(Base):
    __tablename__ = "notices"
    __table_args__ = (
        UniqueConstraint("series_id", "period"),
        CheckConstraint("period_kind IN ('Q', 'H', 'Y')", name="period_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(StoredString(8))  # "2021Q1", "2021H1", "2021"
    period_year: Mapped[int] = mapped_column(Integer)
    period_kind: Mapped[str] = mapped_column(StoredString(1))
    period_index: Mapped[int] = mapped_column(Integer)

    series: Mapped[SeriesRow] = relationship(back_populates="notices")
    versions: Mapped[list[VersionRow]] = relationship(
        back_populates="notice", order_by="VersionRow.number"
    )


# The document kinds, checked by the database as well (migration 0005 spells them out).
DOCUMENT_KINDS = tuple(kind.value for kind in DocumentKind)


class VersionRow(Base):
    __tablename__ = "versions"
    __table_args__ = (
        UniqueConstraint("notice_id", "number"),
        # The same bytes archived twice for one notice are one version: the second is a no-op.
        UniqueConstraint("notice_id", "sha256"),
        CheckConstraint(
            "kind IN (" + ", ".join(f"'{kind}'" for kind in DOCUMENT_KINDS) + ")", name="kind"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(StoredString(64))
    source: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str] = mapped_column(StoredText)
    text_sha256: Mapped[str] = mapped_column(StoredString(64))
    file_name: Mapped[str | None] = mapped_column(StoredString(500))
    format: Mapped[str] = mapped_column(StoredString(16))
    encoding: Mapped[str | None] = mapped_column(StoredString(32))
    parser_version: Mapped[str] = mapped_column(StoredString(32))
    archived_by: Mapped[str] = mapped_column(StoredString(200))
    archived_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    title: Mapped[str | None] = mapped_column(StoredText)
    issuer: Mapped[str | None] = mapped_column(StoredString(200))
    doc_number: Mapped[str | None] = mapped_column(StoredString(100))
    signed_on: Mapped[date | None] = mapped_column(Date)
    published_on: Mapped[date | None] = mapped_column(Date)
    truncated: Mapped[bool]
    preamble: Mapped[str | None] = mapped_column(StoredText)
    # What the document is (migration 0005): the parser's reading or the archiver's --kind.
    kind: Mapped[str] = mapped_column(StoredString(20), server_default="quarterly_plan")
    # How many items, tasks and warnings the parse has (migration 0004). A version never
    # changes, so these never drift; they let `list` and `log` answer without counting rows.
    item_count: Mapped[int] = mapped_column(Integer, server_default="0")
    task_count: Mapped[int] = mapped_column(Integer, server_default="0")
    warning_count: Mapped[int] = mapped_column(Integer, server_default="0")

    notice: Mapped[NoticeRow] = relationship(back_populates="versions")
    sections: Mapped[list[SectionRow]] = relationship(order_by="SectionRow.ordinal")
    warnings: Mapped[list[WarningRow]] = relationship(order_by="WarningRow.ordinal")
    spans: Mapped[list[SpanRow]] = relationship(order_by="SpanRow.ordinal")


class SectionRow(Base):
    __tablename__ = "sections"
    __table_args__ = (
        UniqueConstraint("version_id", "ordinal"),
        CheckConstraint("part IS NULL OR part IN ('review', 'plan')", name="part"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)  # 1-based: the section's ref
    label: Mapped[str] = mapped_column(StoredString(20))
    title: Mapped[str | None] = mapped_column(StoredText)
    line: Mapped[int | None] = mapped_column(Integer)
    part: Mapped[str | None] = mapped_column(StoredString(10))  # a work report's review or plan

    items: Mapped[list[ItemRow]] = relationship(order_by="ItemRow.ordinal")


class ItemRow(Base):
    __tablename__ = "items"
    __table_args__ = (
        UniqueConstraint("section_id", "ordinal"),
        Index(None, "version_id", "ref"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id", ondelete="CASCADE"))
    section_id: Mapped[int] = mapped_column(ForeignKey("sections.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    ref: Mapped[str] = mapped_column(StoredString(20))
    label: Mapped[str] = mapped_column(StoredString(20))
    heading: Mapped[str] = mapped_column(StoredText)
    text: Mapped[str] = mapped_column(StoredText)
    clause: Mapped[str | None] = mapped_column(StoredText)
    line: Mapped[int] = mapped_column(Integer)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)

    tasks: Mapped[list[TaskRow]] = relationship(order_by="TaskRow.ordinal")
    units: Mapped[list[ItemUnitRow]] = relationship(order_by="ItemUnitRow.ordinal")


class MilestoneRow(Base):
    """One quarter's cell of a milestone table's row (migration 0005), as written."""

    __tablename__ = "milestones"
    __table_args__ = (
        UniqueConstraint("item_id", "ordinal"),
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    version_id: Mapped[int] = mapped_column(
        ForeignKey("versions.id", ondelete="CASCADE"), index=True
    )
    ordinal: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(StoredText)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)


class TaskRow(Base):
    __tablename__ = "tasks"
    __table_args__ = (
        UniqueConstraint("item_id", "ordinal"),
        CheckConstraint(
            "stage IS NULL OR stage IN ('study', 'start', 'advance', 'complete')", name="stage"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    # Indexed (migration 0002): loading a version reads its tasks by version.
    version_id: Mapped[int] = mapped_column(
        ForeignKey("versions.id", ondelete="CASCADE"), index=True
    )
    ordinal: Mapped[int] = mapped_column(Integer)
    ref: Mapped[str] = mapped_column(StoredString(24))
    text: Mapped[str] = mapped_column(StoredText)
    stage: Mapped[str | None] = mapped_column(StoredString(10))
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)

    quantities: Mapped[list[QuantityRow]] = relationship(order_by="QuantityRow.ordinal")


class QuantityRow(Base):
    __tablename__ = "quantities"
    __table_args__ = (UniqueConstraint("task_id", "ordinal"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(StoredString(20))
    text: Mapped[str] = mapped_column(StoredString(100))


class UnitRow(Base):
    """An agency (责任单位), once per name in the archive, so per-agency questions are queries."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(StoredString(200), unique=True)


class ItemUnitRow(Base):
    __tablename__ = "item_units"
    __table_args__ = (CheckConstraint("role IN ('lead', 'support')", name="role"),)

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(StoredString(10), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)

    unit: Mapped[UnitRow] = relationship()


class WarningRow(Base):
    __tablename__ = "parse_warnings"
    __table_args__ = (UniqueConstraint("version_id", "ordinal"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(StoredString(40))
    message: Mapped[str] = mapped_column(StoredText)
    line: Mapped[int | None] = mapped_column(Integer)


class SpanRow(Base):
    """The partition of the text into parts, kept so a stored parse rebuilds the text exactly."""

    __tablename__ = "spans"
    __table_args__ = (UniqueConstraint("version_id", "ordinal"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(StoredString(20))
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)


class LinkPairRow(Base):
    """Two versions whose comparison is stored in `links` (also when it found no links), so
    that threads are joined from stored links instead of comparing again."""

    __tablename__ = "link_pairs"

    old_version_id: Mapped[int] = mapped_column(
        ForeignKey("versions.id", ondelete="CASCADE"), primary_key=True
    )
    new_version_id: Mapped[int] = mapped_column(
        ForeignKey("versions.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    computed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    settings: Mapped[str] = mapped_column(StoredText)  # the comparison settings, as JSON


class LinkRow(Base):
    """One continuation between two versions: a task, item or named object of the older version
    continued (carried over, reworded, split or merged) by one of the newer."""

    __tablename__ = "links"
    __table_args__ = (
        CheckConstraint("kind IN ('task', 'item', 'object')", name="kind"),
        Index(None, "old_version_id", "new_version_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    old_version_id: Mapped[int] = mapped_column(ForeignKey("versions.id", ondelete="CASCADE"))
    new_version_id: Mapped[int] = mapped_column(ForeignKey("versions.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(StoredString(6))  # task, item, object (migration 0006)
    old_ref: Mapped[str] = mapped_column(StoredString(24))
    new_ref: Mapped[str] = mapped_column(StoredString(24))
    status: Mapped[str] = mapped_column(StoredString(16))
    facets: Mapped[str] = mapped_column(StoredString(200))  # comma-separated facet names
    score: Mapped[float | None] = mapped_column(Float)


class FindingRow(Base):
    """What an auditor found when checking a thread at a quarter. Append-only: a later finding
    supersedes an earlier one in reports, and both stay."""

    __tablename__ = "findings"
    __table_args__ = (
        CheckConstraint(
            "finding IN ('done', 'partly', 'not_done', 'in_progress', 'cannot_verify')",
            name="finding",
        ),
        Index(None, "series_id", "period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    # The occurrence the finding was made on; its thread is found through it on every read, so
    # findings follow their thread when later quarters are archived again.
    period: Mapped[str] = mapped_column(StoredString(8))
    ref: Mapped[str] = mapped_column(StoredString(24))
    text: Mapped[str] = mapped_column(StoredText)
    finding: Mapped[str] = mapped_column(StoredString(16))
    evidence: Mapped[str | None] = mapped_column(StoredText)
    note: Mapped[str | None] = mapped_column(StoredText)
    recorded_by: Mapped[str] = mapped_column(StoredString(200))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WithdrawalRow(Base):
    """A version, or a whole series (no version), withdrawn or restored (migration 0007).
    Append-only: the latest row of a version or series says whether it is withdrawn now, and
    the earlier ones stay, so nothing archived is ever deleted or changed to keep it clean."""

    __tablename__ = "withdrawals"
    __table_args__ = (
        CheckConstraint("action IN ('withdraw', 'restore')", name="action"),
        Index(None, "series_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    # Null: the whole series.
    version_id: Mapped[int | None] = mapped_column(
        ForeignKey("versions.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(StoredString(8))
    reason: Mapped[str] = mapped_column(StoredText)
    recorded_by: Mapped[str] = mapped_column(StoredString(200))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class VersionSourceRow(Base):
    """Another file archived as a version (migration 0007): the same text in another format or
    encoding. Its bytes are kept, so that an export holds every file ever archived and `verify`
    re-hashes them."""

    __tablename__ = "version_sources"
    __table_args__ = (UniqueConstraint("version_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(StoredString(64))
    source: Mapped[bytes] = mapped_column(LargeBinary)
    file_name: Mapped[str | None] = mapped_column(StoredString(500))
    format: Mapped[str] = mapped_column(StoredString(16))
    encoding: Mapped[str | None] = mapped_column(StoredString(32))
    archived_by: Mapped[str] = mapped_column(StoredString(200))
    archived_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
