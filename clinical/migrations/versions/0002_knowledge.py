"""Knowledge base: sources, topics and content items.

Revision ID: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("publisher", sa.Text, nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("reviewed", sa.Date, nullable=True),
        sa.Column("file", sa.String(255), nullable=True),
        sa.Column("short", sa.String(255), nullable=False),
    )
    op.create_table(
        "topics",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.String(255), nullable=False),
        sa.Column("keywords", sa.JSON, nullable=False),
    )
    op.create_table(
        "knowledge_items",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("topic_id", sa.String(64), sa.ForeignKey("topics.id"), nullable=False, index=True),
        sa.Column("source_id", sa.String(64), sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("section", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("durations", sa.JSON, nullable=False),
        sa.Column("leg_symptoms", sa.String(16), nullable=False),
        sa.Column("reviewed", sa.Date, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("knowledge_items")
    op.drop_table("topics")
    op.drop_table("sources")
