"""Triage records: one row per completed triage and per escalation.

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    # Databases made before migrations existed already have this table: keep it and its rows.
    if sa.inspect(op.get_bind()).has_table("triage_records"):
        return
    op.create_table(
        "triage_records",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(255), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("level", sa.String(20), nullable=False),
        sa.Column("red_flags", sa.JSON, nullable=False),
        sa.Column("answers", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("triage_records")
