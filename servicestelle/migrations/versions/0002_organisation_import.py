"""Organisationen merken sich ihren Import (zum Rückgängigmachen).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

FK = 'fk_organisation_import_batch_id_import_batch'
INDEX = 'ix_organisation_import_batch_id'


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # A column added in place: rebuilding the table would, with foreign keys on,
        # empty the tables that point at organisations.
        op.execute(
            'ALTER TABLE organisation ADD COLUMN import_batch_id INTEGER '
            f'CONSTRAINT {FK} REFERENCES import_batch (id) ON DELETE SET NULL'
        )
    else:
        op.add_column('organisation', sa.Column('import_batch_id', sa.Integer(), nullable=True))
        op.create_foreign_key(
            FK, 'organisation', 'import_batch', ['import_batch_id'], ['id'], ondelete='SET NULL'
        )
    op.create_index(INDEX, 'organisation', ['import_batch_id'], unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name='organisation')
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE organisation DROP COLUMN import_batch_id')
    else:
        op.drop_constraint(FK, 'organisation', type_='foreignkey')
        op.drop_column('organisation', 'import_batch_id')
