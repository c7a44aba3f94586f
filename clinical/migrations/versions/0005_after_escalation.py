"""Knowledge base: items that reassure that self-care is enough are not said after an escalation.

Revision ID: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    # Existing rows may be said in any state until the next `python -m clinical.knowledge load` sets the flag.
    with op.batch_alter_table("knowledge_items") as batch:
        batch.add_column(sa.Column("after_escalation", sa.Boolean, nullable=False,
                                   server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("knowledge_items") as batch:
        batch.drop_column("after_escalation")
