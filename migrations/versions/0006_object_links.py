"""links of named objects

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 11:50:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Object links are stored beside task and item links (qdiff.lineage.objects), so that a
    # report follows named objects without aligning them again every time.
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_links_kind"), type_="check")
        batch_op.alter_column("kind", existing_type=sa.String(length=4), type_=sa.String(length=6))
        batch_op.create_check_constraint(
            op.f("ck_links_kind"), "kind IN ('task', 'item', 'object')"
        )


def downgrade() -> None:
    op.execute("DELETE FROM links WHERE kind = 'object'")
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_links_kind"), type_="check")
        batch_op.alter_column("kind", existing_type=sa.String(length=6), type_=sa.String(length=4))
        batch_op.create_check_constraint(op.f("ck_links_kind"), "kind IN ('task', 'item')")
