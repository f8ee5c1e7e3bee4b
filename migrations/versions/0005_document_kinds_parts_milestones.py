"""document kinds, work report parts, milestones

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 10:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KINDS = (
    "quarterly_plan",
    "half_year_plan",
    "annual_plan",
    "work_report",
    "progress_report",
    "other",
)


def upgrade() -> None:
    with op.batch_alter_table("versions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=20), server_default="quarterly_plan", nullable=False)
        )
        batch_op.create_check_constraint(
            op.f("ck_versions_kind"), "kind IN (" + ", ".join(f"'{kind}'" for kind in _KINDS) + ")"
        )
    # Versions archived before kinds were read: the archive then took plans only (anything else
    # was refused or, for a progress report, archived as if it were a plan). Their kind follows
    # from what the title calls the document and from the period, as the parser reads it now.
    op.execute(
        """
        UPDATE versions SET kind = CASE
            WHEN title LIKE '%进展情况%' OR title LIKE '%完成情况%' OR title LIKE '%落实情况%'
                OR title LIKE '%执行情况%' OR title LIKE '%推进情况%' THEN 'progress_report'
            WHEN (SELECT period_kind FROM notices WHERE notices.id = versions.notice_id) = 'H'
                THEN 'half_year_plan'
            WHEN (SELECT period_kind FROM notices WHERE notices.id = versions.notice_id) = 'Y'
                THEN 'annual_plan'
            ELSE 'quarterly_plan'
        END
        """
    )
    with op.batch_alter_table("sections", schema=None) as batch_op:
        batch_op.add_column(sa.Column("part", sa.String(length=10), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_sections_part"), "part IS NULL OR part IN ('review', 'plan')"
        )
    op.create_table(
        "milestones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.CheckConstraint("quarter BETWEEN 1 AND 4", name=op.f("ck_milestones_quarter")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_milestones_item_id_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["versions.id"],
            name=op.f("fk_milestones_version_id_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestones")),
        sa.UniqueConstraint("item_id", "ordinal", name=op.f("uq_milestones_item_id_ordinal")),
    )
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestones_version_id"), ["version_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestones_version_id"))
    op.drop_table("milestones")
    with op.batch_alter_table("sections", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_sections_part"), type_="check")
        batch_op.drop_column("part")
    with op.batch_alter_table("versions", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_versions_kind"), type_="check")
        batch_op.drop_column("kind")
