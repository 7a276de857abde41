"""Import history: what each import did (records created, filled or updated, duplicates
skipped, records removed by an undo), for the list of imports and its undo.

Imports written before this revision get their counts from what they recorded: the
records created are those still pointing to them (the rest of ``rows_imported`` were
existing records filled).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

_COLUMNS = ('rows_created', 'rows_updated', 'rows_skipped', 'rows_removed')
_RECORDS = ('volunteer', 'newcomer', 'organisation')


def upgrade() -> None:
    bind = op.get_bind()
    present = {c['name'] for c in sa.inspect(bind).get_columns('import_batch')}
    missing = [name for name in _COLUMNS if name not in present]
    if missing:
        with op.batch_alter_table('import_batch') as batch:
            for name in missing:
                batch.add_column(
                    sa.Column(name, sa.Integer(), nullable=False, server_default='0')
                )
    batches = sa.table(
        'import_batch',
        sa.column('id', sa.Integer),
        sa.column('rows_imported', sa.Integer),
        sa.column('rows_created', sa.Integer),
        sa.column('rows_updated', sa.Integer),
    )
    for name in _RECORDS:
        records = sa.table(name, sa.column('import_batch_id', sa.Integer))
        created = (
            sa.select(sa.func.count())
            .select_from(records)
            .where(records.c.import_batch_id == batches.c.id)
            .scalar_subquery()
        )
        op.execute(
            batches.update()
            .where(batches.c.rows_created == 0, batches.c.id.in_(
                sa.select(records.c.import_batch_id).where(
                    records.c.import_batch_id.is_not(None)
                )
            ))
            .values(rows_created=created)
        )
    op.execute(
        batches.update()
        .where(batches.c.rows_updated == 0, batches.c.rows_imported > batches.c.rows_created)
        .values(rows_updated=batches.c.rows_imported - batches.c.rows_created)
    )


def downgrade() -> None:
    with op.batch_alter_table('import_batch') as batch:
        for name in reversed(_COLUMNS):
            batch.drop_column(name)
