"""Ehrenamtliche und Neuzugewanderte: Datum der geltenden Einwilligung am Datensatz.

The Wiedervorlage asks for the people whose newest consent in force is old enough to be
renewed. Found from the consents themselves, that meant grouping every consent of every
person (80 ms on 100,000 volunteers); kept on the person (``consent_on``, indexed), it is
a range of an index. The database keeps it: a trigger on ``consent`` sets it after every
insert, change and delete, whoever writes (the program, an import, the command line), so
it cannot drift. Filled once here from the consents there are.

On SQLite a trigger belongs to its table: a later revision that rebuilds ``consent``
(a batch operation that copies the table) must create the triggers again.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

PEOPLE = ("volunteer", "newcomer")
CURRENT = sa.text("archived_at IS NULL")


def _newest(person: str, ref: str) -> str:
    return (
        f"(SELECT max(given_on) FROM consent WHERE {person}_id = {ref} "
        "AND withdrawn_on IS NULL)"
    )


def _sqlite_triggers() -> list[str]:
    def refresh(person: str, row: str) -> str:
        ref = f"{row}.{person}_id"
        return (
            f"UPDATE {person} SET consent_on = {_newest(person, ref)} "
            f"WHERE {ref} IS NOT NULL AND id = {ref};"
        )

    both = " ".join
    return [
        "CREATE TRIGGER IF NOT EXISTS tr_consent_on_insert AFTER INSERT ON consent BEGIN "
        + both(refresh(p, "NEW") for p in PEOPLE)
        + " END",
        "CREATE TRIGGER IF NOT EXISTS tr_consent_on_update AFTER UPDATE OF given_on, "
        "withdrawn_on, volunteer_id, newcomer_id ON consent BEGIN "
        + both(refresh(p, "OLD") + " " + refresh(p, "NEW") for p in PEOPLE)
        + " END",
        "CREATE TRIGGER IF NOT EXISTS tr_consent_on_delete AFTER DELETE ON consent BEGIN "
        + both(refresh(p, "OLD") for p in PEOPLE)
        + " END",
    ]


def _postgresql_statements() -> list[str]:
    def refresh(person: str, row: str) -> str:
        ref = f"{row}.{person}_id"
        return (
            f"IF {ref} IS NOT NULL THEN UPDATE {person} SET consent_on = "
            f"{_newest(person, ref)} WHERE id = {ref}; END IF;"
        )

    news = " ".join(refresh(p, "NEW") for p in PEOPLE)
    olds = " ".join(refresh(p, "OLD") for p in PEOPLE)
    # SECURITY DEFINER: a staff login that may enter a consent but not edit the person
    # still gets the person's date kept (the function runs as the schema's owner).
    return [
        "CREATE OR REPLACE FUNCTION servicestelle_consent_on() RETURNS trigger "
        "LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
        f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {olds} END IF; "
        f"IF TG_OP IN ('INSERT', 'UPDATE') THEN {news} END IF; "
        "RETURN NULL; END $$",
        "DROP TRIGGER IF EXISTS tr_consent_on ON consent",
        "CREATE TRIGGER tr_consent_on AFTER INSERT OR DELETE OR UPDATE OF given_on, "
        "withdrawn_on, volunteer_id, newcomer_id ON consent "
        "FOR EACH ROW EXECUTE FUNCTION servicestelle_consent_on()",
    ]


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
        op.execute(f"UPDATE {person} SET consent_on = {_newest(person, person + '.id')}")
    if bind.dialect.name == "postgresql":
        for statement in _postgresql_statements():
            op.execute(statement)
    else:
        for statement in _sqlite_triggers():
            op.execute(statement)


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
