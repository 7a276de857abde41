"""The triggers that keep a person's ``consent_on`` (the day of the newest consent in
force, migration 0016) whoever writes the consents.

``install(bind)`` creates them (again): revision 0016 calls it, and so must any later
revision that rebuilds the ``consent`` table on SQLite (a batch operation that copies
the table drops the triggers that belong to it). Rebuilding ``volunteer`` or
``newcomer`` needs nothing: migrations run with SQLite's legacy renaming (see
``env.py``), so the triggers that name them survive the copy and rename.

On PostgreSQL the function runs with its owner's rights (a staff login that may enter
a consent but not edit the person still gets the date kept). Such a function must not
find other objects than the ones meant: every table is named with its schema, and
its search path is fixed with the temporary schema last (else a login could put a
temporary ``volunteer`` table in front of the real one and run code as the owner).
"""

from __future__ import annotations

from sqlalchemy import Connection

PEOPLE = ("volunteer", "newcomer")


def _newest(consent: str, person: str, ref: str) -> str:
    return (
        f"(SELECT max(given_on) FROM {consent} WHERE {person}_id = {ref} "
        "AND withdrawn_on IS NULL)"
    )


def _sqlite() -> list[str]:
    def refresh(person: str, row: str) -> str:
        ref = f"{row}.{person}_id"
        return (
            f"UPDATE {person} SET consent_on = {_newest('consent', person, ref)} "
            f"WHERE {ref} IS NOT NULL AND id = {ref};"
        )

    def newer(person: str) -> str:  # a new consent can only make the day later
        ref = f"NEW.{person}_id"
        return (
            f"UPDATE {person} SET consent_on = NEW.given_on WHERE {ref} IS NOT NULL "
            f"AND id = {ref} AND NEW.withdrawn_on IS NULL "
            "AND (consent_on IS NULL OR consent_on < NEW.given_on);"
        )

    both = " ".join
    return [
        *(f"DROP TRIGGER IF EXISTS tr_consent_on_{name}"
          for name in ("insert", "update", "delete")),
        "CREATE TRIGGER tr_consent_on_insert AFTER INSERT ON consent BEGIN "
        + both(newer(p) for p in PEOPLE)
        + " END",
        "CREATE TRIGGER tr_consent_on_update AFTER UPDATE OF given_on, "
        "withdrawn_on, volunteer_id, newcomer_id ON consent BEGIN "
        + both(refresh(p, "OLD") + " " + refresh(p, "NEW") for p in PEOPLE)
        + " END",
        "CREATE TRIGGER tr_consent_on_delete AFTER DELETE ON consent BEGIN "
        + both(refresh(p, "OLD") for p in PEOPLE)
        + " END",
    ]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _postgresql(schema: str) -> list[str]:
    where = _quoted(schema)

    def refresh(person: str, row: str) -> str:
        ref = f"{row}.{person}_id"
        return (
            f"IF {ref} IS NOT NULL THEN UPDATE {where}.{person} SET consent_on = "
            f"{_newest(where + '.consent', person, ref)} WHERE id = {ref}; END IF;"
        )

    def newer(person: str) -> str:  # a new consent can only make the day later
        ref = f"NEW.{person}_id"
        return (
            f"IF {ref} IS NOT NULL AND NEW.withdrawn_on IS NULL THEN UPDATE {where}.{person} "
            f"SET consent_on = NEW.given_on WHERE id = {ref} "
            "AND (consent_on IS NULL OR consent_on < NEW.given_on); END IF;"
        )

    news = " ".join(refresh(p, "NEW") for p in PEOPLE)
    olds = " ".join(refresh(p, "OLD") for p in PEOPLE)
    inserted = " ".join(newer(p) for p in PEOPLE)
    return [
        f"CREATE OR REPLACE FUNCTION {where}.servicestelle_consent_on() RETURNS trigger "
        f"LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {where}, pg_temp "
        "AS $$ BEGIN "
        f"IF TG_OP = 'INSERT' THEN {inserted} RETURN NULL; END IF; "
        f"{olds} "
        f"IF TG_OP = 'UPDATE' THEN {news} END IF; "
        "RETURN NULL; END $$",
        f"DROP TRIGGER IF EXISTS tr_consent_on ON {where}.consent",
        f"CREATE TRIGGER tr_consent_on AFTER INSERT OR DELETE OR UPDATE OF given_on, "
        f"withdrawn_on, volunteer_id, newcomer_id ON {where}.consent "
        f"FOR EACH ROW EXECUTE FUNCTION {where}.servicestelle_consent_on()",
    ]


def install(bind: Connection) -> None:
    """Create (or replace) the triggers on ``bind``'s database."""
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        statements = _postgresql(str(schema))
    else:
        statements = _sqlite()
    for statement in statements:
        bind.exec_driver_sql(statement)


def sqlite_rebuilds_keep_triggers(bind: Connection) -> None:
    """Rename tables the way SQLite did before 3.26 (names in triggers are not
    rewritten nor checked): a batch rebuild of ``volunteer`` — copy, drop, rename —
    then leaves the consent triggers naming the table they named before."""
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("PRAGMA legacy_alter_table = ON")
