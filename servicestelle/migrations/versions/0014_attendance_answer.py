"""Teilnahme: die Antwort auf die Einladung (zugesagt / abgesagt).

An invitee's answer, recorded by the office; none yet: empty. The reminder the day
before goes to those who said yes.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("attendance")}
    if "answer" in columns:  # (run twice)
        return
    with op.batch_alter_table("attendance") as batch:
        batch.add_column(sa.Column("answer", sa.String(20), nullable=True))
        batch.add_column(sa.Column("answered_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attendance") as batch:
        batch.drop_column("answered_on")
        batch.drop_column("answer")
