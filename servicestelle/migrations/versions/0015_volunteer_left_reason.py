"""Ehrenamtliche: Grund des Ausscheidens als eigenes Feld.

Why a volunteer stopped (»Umzug«, »beruflich keine Zeit«) had no field: an import put it
in the notes. Volunteers who left before keep their notes as they are.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("volunteer")}
    if "left_reason" in columns:  # (run twice)
        return
    with op.batch_alter_table("volunteer") as batch:
        batch.add_column(sa.Column("left_reason", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("volunteer") as batch:
        batch.drop_column("left_reason")
