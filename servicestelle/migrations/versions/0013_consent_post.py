"""Einwilligung: Kontakt per Post als eigener Umfang.

A consent may allow the office to write letters to the person's address (invitations
for people without e-mail). Consents given before say nothing about it: false.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("consent")}
    if "contact_post" in columns:  # (run twice)
        return
    with op.batch_alter_table("consent") as batch:
        batch.add_column(
            sa.Column("contact_post", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("consent") as batch:
        batch.drop_column("contact_post")
