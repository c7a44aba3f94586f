"""Activity plans: one per conversation, with the week the person has reached.

Revision ID: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "activity_plans",
        sa.Column("conversation_id", sa.String(255), primary_key=True),
        sa.Column("activity", sa.String(64), nullable=False),
        sa.Column("tolerance_minutes", sa.Integer, nullable=False),
        sa.Column("days", sa.Integer, nullable=False),
        sa.Column("current_week", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("activity_plans")
