"""Einwilligung: welche Fassung des Formulars unterschrieben wurde.

A consent records the version (and languages) of the printed consent form the person
signed, so that the office can show later what exactly was agreed to.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    columns = {c['name'] for c in sa.inspect(op.get_bind()).get_columns('consent')}
    if 'form_version' in columns:  # (run twice)
        return
    with op.batch_alter_table('consent') as batch:
        batch.add_column(sa.Column('form_version', sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('consent') as batch:
        batch.drop_column('form_version')
