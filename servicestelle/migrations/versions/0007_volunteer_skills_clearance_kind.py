"""Volunteer skills and police clearance kind and validity.

A volunteer's »Beruf / Kenntnisse«; a police clearance's kind (einfach / erweitert) and
its stored end of validity. Clearances recorded so far were extended ones (the only kind
the program knew), valid five years after their issue.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

YEARS_BEFORE = 5  # the fixed period of the program before this revision


def _add_years(day: dt.date, years: int) -> dt.date:
    """As ``dates.add_years`` (kept here: a revision must not change with the code)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def _columns(table: str) -> set[str]:
    return {c['name'] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    if 'skills' not in _columns('volunteer'):  # (run a second time: nothing to do)
        # Never rebuilt: on SQLite, dropping the old volunteer table would delete (ON
        # DELETE CASCADE) every row that points at a volunteer. Adding a column needs
        # no rebuild.
        with op.batch_alter_table('volunteer', recreate='never') as batch_op:
            batch_op.add_column(sa.Column('skills', sa.String(length=300), nullable=True))
    if 'valid_until' in _columns('police_clearance'):
        return

    with op.batch_alter_table('police_clearance', recreate='never') as batch_op:
        batch_op.add_column(
            sa.Column(
                'kind',
                sa.Enum('einfach', 'erweitert', name='clearancekind', native_enum=False,
                        create_constraint=False, length=30),
                nullable=False,
                server_default='erweitert',
            )
        )
        batch_op.add_column(sa.Column('valid_until', sa.Date(), nullable=True))

    clearance = sa.table(
        'police_clearance',
        sa.column('id', sa.Integer()),
        sa.column('issued_on', sa.Date()),
        sa.column('valid_until', sa.Date()),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(clearance.c.id, clearance.c.issued_on)).all()
    if rows:
        bind.execute(
            clearance.update()
            .where(clearance.c.id == sa.bindparam('row_id'))
            .values(valid_until=sa.bindparam('until')),
            [
                {'row_id': row_id, 'until': _add_years(issued, YEARS_BEFORE)}
                for row_id, issued in rows
            ],
        )

    # Now every row has its end: the column becomes required. On SQLite this rebuilds
    # police_clearance, which no other table points at.
    with op.batch_alter_table('police_clearance') as batch_op:
        batch_op.alter_column('valid_until', existing_type=sa.Date(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('police_clearance') as batch_op:
        batch_op.drop_column('valid_until')
        batch_op.drop_column('kind')
    with op.batch_alter_table('volunteer', recreate='never') as batch_op:
        batch_op.drop_column('skills')
