"""Schreiben: gespeicherte Vorlagen und der Postausgang (Rundschreiben und ihre Empfänger).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_GREETED = ('volunteer', 'newcomer')


def upgrade() -> None:
    present = set(sa.inspect(op.get_bind()).get_table_names())
    if 'mail_template' not in present:
        op.create_table(
            'mail_template',
            sa.Column('id', sa.Integer(), nullable=False),
            sa.Column('name', sa.String(length=120), nullable=False),
            sa.Column('subject', sa.String(length=300), nullable=False),
            sa.Column('body', sa.Text(), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('created_by', sa.String(length=80), nullable=True),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('updated_by', sa.String(length=80), nullable=True),
            sa.Column('version', sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_template')),
            sa.UniqueConstraint('name', name=op.f('uq_mail_template_name')),
        )
    if 'mailing' not in present:
        op.create_table(
            'mailing',
            sa.Column('id', sa.Integer(), nullable=False),
            sa.Column('subject', sa.String(length=300), nullable=False),
            sa.Column('body', sa.Text(), nullable=False),
            sa.Column('shared', sa.JSON(), nullable=True),
            sa.Column('sender', sa.String(length=320), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('created_by', sa.String(length=80), nullable=True),
            sa.PrimaryKeyConstraint('id', name=op.f('pk_mailing')),
        )
    if 'mailing_recipient' not in present:
        op.create_table(
            'mailing_recipient',
            sa.Column('id', sa.Integer(), nullable=False),
            sa.Column('mailing_id', sa.Integer(), nullable=False),
            sa.Column('person_kind', sa.String(length=40), nullable=False),
            sa.Column('person_id', sa.Integer(), nullable=False),
            sa.Column('address', sa.String(length=320), nullable=False),
            sa.Column('values', sa.JSON(), nullable=True),
            sa.Column('status', sa.String(length=10), nullable=False),
            sa.Column('reason', sa.Text(), nullable=True),
            sa.Column('changed_at', sa.DateTime(), nullable=True),
            sa.ForeignKeyConstraint(
                ['mailing_id'], ['mailing.id'],
                name=op.f('fk_mailing_recipient_mailing_id_mailing'), ondelete='CASCADE',
            ),
            sa.PrimaryKeyConstraint('id', name=op.f('pk_mailing_recipient')),
        )
        op.create_index(
            op.f('ix_mailing_recipient_mailing_id'), 'mailing_recipient', ['mailing_id']
        )
        op.create_index(op.f('ix_mailing_recipient_status'), 'mailing_recipient', ['status'])
    if 'mailing_attachment' not in present:
        op.create_table(
            'mailing_attachment',
            sa.Column('id', sa.Integer(), nullable=False),
            sa.Column('mailing_id', sa.Integer(), nullable=False),
            sa.Column('file_name', sa.String(length=260), nullable=False),
            sa.Column('mime_type', sa.String(length=100), nullable=False),
            sa.Column('content', sa.LargeBinary(), nullable=False),
            sa.ForeignKeyConstraint(
                ['mailing_id'], ['mailing.id'],
                name=op.f('fk_mailing_attachment_mailing_id_mailing'), ondelete='CASCADE',
            ),
            sa.PrimaryKeyConstraint('id', name=op.f('pk_mailing_attachment')),
        )
        op.create_index(
            op.f('ix_mailing_attachment_mailing_id'), 'mailing_attachment', ['mailing_id']
        )
    # how letters and e-mails greet a person (empty: »Guten Tag Vorname Nachname,«)
    for table in _GREETED:
        columns = {c['name'] for c in sa.inspect(op.get_bind()).get_columns(table)}
        if 'salutation' not in columns:
            with op.batch_alter_table(table) as batch:
                batch.add_column(sa.Column('salutation', sa.String(length=10), nullable=True))


def downgrade() -> None:
    for table in _GREETED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column('salutation')
    op.drop_table('mailing_attachment')
    op.drop_table('mailing_recipient')
    op.drop_table('mailing')
    op.drop_table('mail_template')
