"""Wiedervorlage: erledigte und verschobene Punkte.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'follow_up_snooze',
        sa.Column('key', sa.String(length=80), nullable=False),
        sa.Column('until', sa.Date(), nullable=True),
        sa.Column('set_by', sa.String(length=80), nullable=True),
        sa.Column('set_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_follow_up_snooze')),
    )


def downgrade() -> None:
    op.drop_table('follow_up_snooze')
