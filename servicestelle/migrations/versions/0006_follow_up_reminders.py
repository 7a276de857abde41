"""Eigene Wiedervorlagen (Tag, Text, zuständig, Bezug) und Indizes für die Wiedervorlage.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# What the Wiedervorlage reads of other tables, each covered by an index.
INDEXES = (
    ('ix_contact_note_pairing_noted', 'contact_note', ['pairing_id', 'noted_on']),
    ('ix_consent_volunteer_current', 'consent', ['volunteer_id', 'withdrawn_on', 'given_on']),
    ('ix_consent_newcomer_current', 'consent', ['newcomer_id', 'withdrawn_on', 'given_on']),
)


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if inspector.has_table('reminder'):  # (run a second time: nothing to do)
        return
    op.create_table(
        'reminder',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('staff', sa.String(length=80), nullable=True),
        sa.Column('entity', sa.String(length=40), nullable=True),
        sa.Column('entity_id', sa.Integer(), nullable=True),
        sa.Column('done_on', sa.Date(), nullable=True),
        sa.Column('done_by', sa.String(length=80), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=80), nullable=True),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=80), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder')),
    )
    op.create_index('ix_reminder_entity', 'reminder', ['entity', 'entity_id'], unique=False)
    op.create_index('ix_reminder_open', 'reminder', ['done_on', 'due_on'], unique=False)
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
    op.drop_index('ix_reminder_open', table_name='reminder')
    op.drop_index('ix_reminder_entity', table_name='reminder')
    op.drop_table('reminder')
