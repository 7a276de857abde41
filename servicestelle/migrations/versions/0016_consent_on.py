"""Ehrenamtliche und Neuzugewanderte: Datum der geltenden Einwilligung am Datensatz.

The Wiedervorlage asks for the people whose newest consent in force is old enough to be
renewed. Found from the consents themselves, that meant grouping every consent of every
person (80 ms on 100,000 volunteers); kept on the person (``consent_on``, indexed), it is
a range of an index. The database keeps it: a trigger on ``consent`` sets it after every
insert, change and delete, whoever writes (the program, an import, the command line), so
it cannot drift. Filled once here from the consents there are.

The triggers are made by ``servicestelle.migrations.consent_on.install``, which a
later revision that rebuilds ``consent`` on SQLite must call again.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from servicestelle.migrations.consent_on import PEOPLE, install

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

CURRENT = sa.text("archived_at IS NULL")


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    for person in PEOPLE:
        if "consent_on" not in {c["name"] for c in inspector.get_columns(person)}:
            with op.batch_alter_table(person) as batch:
                batch.add_column(sa.Column("consent_on", sa.Date(), nullable=True))
        if f"ix_{person}_consent_on" not in {i["name"] for i in inspector.get_indexes(person)}:
            op.create_index(
                f"ix_{person}_consent_on",
                person,
                ["consent_on", "id"],
                sqlite_where=CURRENT,
                postgresql_where=CURRENT,
            )
        op.execute(
            f"UPDATE {person} SET consent_on = (SELECT max(given_on) FROM consent "
            f"WHERE {person}_id = {person}.id AND withdrawn_on IS NULL)"
        )
    install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tr_consent_on ON consent")
        op.execute("DROP FUNCTION IF EXISTS servicestelle_consent_on()")
    else:
        for name in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS tr_consent_on_{name}")
    for person in PEOPLE:
        op.drop_index(f"ix_{person}_consent_on", table_name=person)
        with op.batch_alter_table(person) as batch:
            batch.drop_column("consent_on")
