"""Citations: web addresses a document cites, their domains and the outlet of a known domain.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "citation",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("passage_id", sa.String(length=64), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("domain", sa.String(length=255), nullable=False),
        sa.Column("outlet_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["passage_id"], ["passage.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["outlet_id"], ["entity.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("citation", schema=None) as batch_op:
        batch_op.create_index("ix_citation_document_start", ["document_id", "start"])
        batch_op.create_index(batch_op.f("ix_citation_passage_id"), ["passage_id"])
        batch_op.create_index(batch_op.f("ix_citation_domain"), ["domain"])
        batch_op.create_index(batch_op.f("ix_citation_outlet_id"), ["outlet_id"])


def downgrade() -> None:
    with op.batch_alter_table("citation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_citation_outlet_id"))
        batch_op.drop_index(batch_op.f("ix_citation_domain"))
        batch_op.drop_index(batch_op.f("ix_citation_passage_id"))
        batch_op.drop_index("ix_citation_document_start")
    op.drop_table("citation")
