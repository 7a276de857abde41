"""Erasure register: which records were erased (Art. 17), anonymised or deleted by a
retention rule, and when — no names. A restored older backup gets them again.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if 'erasure_register' in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        'erasure_register',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('entity', sa.String(length=40), nullable=False),
        sa.Column('entity_id', sa.Integer(), nullable=False),
        sa.Column('how', sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_erasure_register')),
    )


def downgrade() -> None:
    op.drop_table('erasure_register')
