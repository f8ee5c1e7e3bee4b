"""stored links for threads, audit findings

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 07:03:56.054001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("ref", sa.String(length=24), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("finding", sa.String(length=16), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "finding IN ('done', 'partly', 'not_done', 'in_progress', 'cannot_verify')",
            name=op.f("ck_findings_finding"),
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["series.id"],
            name=op.f("fk_findings_series_id_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
    )
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_findings_series_id_period"), ["series_id", "period"], unique=False
        )

    op.create_table(
        "link_pairs",
        sa.Column("old_version_id", sa.Integer(), nullable=False),
        sa.Column("new_version_id", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("settings", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["new_version_id"],
            ["versions.id"],
            name=op.f("fk_link_pairs_new_version_id_versions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["old_version_id"],
            ["versions.id"],
            name=op.f("fk_link_pairs_old_version_id_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("old_version_id", "new_version_id", name=op.f("pk_link_pairs")),
    )
    with op.batch_alter_table("link_pairs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_link_pairs_new_version_id"), ["new_version_id"], unique=False
        )

    op.create_table(
        "links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("old_version_id", sa.Integer(), nullable=False),
        sa.Column("new_version_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("old_ref", sa.String(length=24), nullable=False),
        sa.Column("new_ref", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("facets", sa.String(length=200), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.CheckConstraint("kind IN ('task', 'item')", name=op.f("ck_links_kind")),
        sa.ForeignKeyConstraint(
            ["new_version_id"],
            ["versions.id"],
            name=op.f("fk_links_new_version_id_versions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["old_version_id"],
            ["versions.id"],
            name=op.f("fk_links_old_version_id_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_links")),
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_links_old_version_id_new_version_id"),
            ["old_version_id", "new_version_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_links_old_version_id_new_version_id"))

    op.drop_table("links")
    with op.batch_alter_table("link_pairs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_link_pairs_new_version_id"))

    op.drop_table("link_pairs")
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_findings_series_id_period"))

    op.drop_table("findings")
