"""Live handoff: a case's handoff state and the red flags said during it; when staff were last active.

Revision ID: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    with op.batch_alter_table("staff_cases") as batch:
        # None: no live chat asked for; "waiting" for a member of staff; "live"; "ended"
        batch.add_column(sa.Column("handoff", sa.String(20)))
        batch.add_column(sa.Column("handoff_requested_at", sa.DateTime))
        batch.add_column(sa.Column("alerts", sa.JSON))  # red flags said during the handoff
        batch.add_column(sa.Column("messages_read", sa.Integer))  # person's messages already checked
    with op.batch_alter_table("staff_sessions") as batch:
        batch.add_column(sa.Column("last_seen", sa.DateTime))


def downgrade() -> None:
    with op.batch_alter_table("staff_sessions") as batch:
        batch.drop_column("last_seen")
    with op.batch_alter_table("staff_cases") as batch:
        for column in ("messages_read", "alerts", "handoff_requested_at", "handoff"):
            batch.drop_column(column)
