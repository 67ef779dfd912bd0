"""Passage.page: the 1-based page of a PDF on which a passage starts (null otherwise).

Revision ID: 0004
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("passage") as batch:
        batch.add_column(sa.Column("page", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("passage") as batch:
        batch.drop_column("page")
