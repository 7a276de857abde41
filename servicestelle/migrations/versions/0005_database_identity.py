"""Eine eigene Kennung (UUID) für jede Datenbank, an der ihre Sicherungen hängen.

Two databases with the same file name in different folders shared one set of backups;
a damaged one was offered the other's backup. Each database now carries an identity in
its settings (``database.identity``); backups are named and listed by it. Runs once per
database; a database that has one keeps it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

import datetime as dt
import uuid

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

KEY = 'database.identity'


def upgrade() -> None:
    conn = op.get_bind()
    setting = sa.table(
        'setting',
        sa.column('key', sa.String),
        sa.column('value', sa.JSON),
        sa.column('created_at', sa.DateTime),
        sa.column('created_by', sa.String),
        sa.column('updated_at', sa.DateTime),
        sa.column('updated_by', sa.String),
        sa.column('version', sa.Integer),
    )
    present = conn.execute(sa.select(setting.c.key).where(setting.c.key == KEY)).first()
    if present is None:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        conn.execute(
            sa.insert(setting).values(
                key=KEY,
                value=str(uuid.uuid4()),
                created_at=now,
                created_by='system',
                updated_at=now,
                updated_by='system',
                version=1,
            )
        )


def downgrade() -> None:
    pass
