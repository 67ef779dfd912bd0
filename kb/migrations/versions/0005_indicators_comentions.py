"""Statistic indicators and entity co-mentions.

`statistic.indicator` (indexed): what a statistic measures independent of wording.
`co_mention`: entities in the same sentence or claim, both directions of each pair.

Revision ID: 0005
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("statistic", schema=None) as batch_op:
        batch_op.add_column(sa.Column("indicator", sa.String(length=300), nullable=True))
        batch_op.create_index(batch_op.f("ix_statistic_indicator"), ["indicator"], unique=False)
    op.create_table(
        "co_mention",
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("other_id", sa.String(length=64), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("passage_id", sa.String(length=64), nullable=True),
        sa.Column("via", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["entity_id"], ["entity.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["other_id"], ["entity.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["passage_id"], ["passage.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("entity_id", "other_id", "document_id", "start", "end"),
    )
    with op.batch_alter_table("co_mention", schema=None) as batch_op:
        batch_op.create_index("ix_co_mention_pair", ["entity_id", "other_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_co_mention_document_id"), ["document_id"])
        batch_op.create_index(batch_op.f("ix_co_mention_passage_id"), ["passage_id"])


def downgrade() -> None:
    op.drop_table("co_mention")
    with op.batch_alter_table("statistic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_statistic_indicator"))
        batch_op.drop_column("indicator")
