"""parse counts on versions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 07:42:43.769495
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("versions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("item_count", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("task_count", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("warning_count", sa.Integer(), server_default="0", nullable=False)
        )
    # Fill in the counts of the versions archived before this revision.
    for column, table in (("item_count", "items"), ("task_count", "tasks"),
                          ("warning_count", "parse_warnings")):  # fmt: skip
        op.execute(
            f"UPDATE versions SET {column} = "
            f"(SELECT count(*) FROM {table} WHERE {table}.version_id = versions.id)"
        )


def downgrade() -> None:
    with op.batch_alter_table("versions", schema=None) as batch_op:
        batch_op.drop_column("warning_count")
        batch_op.drop_column("task_count")
        batch_op.drop_column("item_count")
