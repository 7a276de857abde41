"""PostgreSQL: Zähler (Sequenzen) hinter die höchste vergebene Nummer setzen.

Earlier versions wrote demo data and imports with ids chosen as max(id)+1 and left
each table's sequence behind, so that the next record saved in the program collided
with an existing one. This revision moves every sequence past the highest id of its
table. It only ever moves a sequence forward, so running it again changes nothing.
SQLite has no sequences: nothing to do there.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != 'postgresql':
        return
    owned = conn.execute(sa.text(
        "SELECT c.relname, a.attname, pg_get_serial_sequence(quote_ident(c.relname), a.attname) "
        "FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
        "WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace "
        "AND a.attnum > 0 AND NOT a.attisdropped "
        "AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL"
    )).all()
    for table, column, sequence in owned:
        highest = conn.execute(sa.text(
            f'SELECT max("{column}") FROM "{table}"'
        )).scalar()
        if highest is None:
            continue
        last, called = conn.execute(sa.text(
            f"SELECT last_value, is_called FROM {sequence}"
        )).one()
        following = last + 1 if called else last
        if highest >= following:
            conn.execute(sa.text("SELECT setval(:s, :v, true)"), {"s": sequence, "v": highest})


def downgrade() -> None:
    pass
