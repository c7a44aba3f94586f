"""Knowledge base: the red flags an item names, and how far each source has been reviewed.

Revision ID: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    # Existing rows get safe defaults; the next `python -m clinical.knowledge load` sets the real values.
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("status", sa.String(64), nullable=False, server_default="not stated"))
    with op.batch_alter_table("knowledge_items") as batch:
        batch.add_column(sa.Column("red_flags", sa.JSON, nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    with op.batch_alter_table("knowledge_items") as batch:
        batch.drop_column("red_flags")
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("status")
