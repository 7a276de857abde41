"""Search and sorting give the same answer on SQLite and on a PostgreSQL server.

The same demo data is written into a SQLite file and a server database; the global
search must show the same records first for what staff type (umlauts written either
way, the start of a name, Arabic and Cyrillic names, several words), and lists must
sort names the German way with empty values first on both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import literal, select, text

from servicestelle.collation import german_key, sort_key
from servicestelle.db import Database, open_database
from servicestelle.demo import generate
from servicestelle.search import TRIGRAM_INDEX
from servicestelle.services.base import ListQuery
from servicestelle.services.global_search import search
from servicestelle.services.organisations import OrganisationService
from servicestelle.services.volunteers import VolunteerService
from tests.conftest import USER, copy_sqlite, drop_pg_database, new_pg_database

pytestmark = pytest.mark.postgresql

TODAY = dt.date(2024, 5, 6)


@pytest.fixture(scope="module")
def both(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template, pg_server: str, pg_template: str
) -> Iterator[tuple[Database, Database]]:
    """The same demo office (same seed, same day) on SQLite and on the server."""
    path = tmp_path_factory.mktemp("same") / "office.db"
    copy_sqlite(sqlite_template, path)
    url = new_pg_database(pg_server, pg_template)
    lite, server = open_database(path, user=USER), open_database(url, user=USER)
    try:
        for db in (lite, server):
            generate(db, 300, seed=7, today=TODAY)
        yield lite, server
    finally:
        lite.dispose()
        server.dispose()
        drop_pg_database(pg_server, url)


def _names(db: Database) -> list[str]:
    return [r[1] for r in VolunteerService(db).page(ListQuery(), 0, 400)]


def hits(db: Database, typed: str, limit: int = 20) -> list[tuple[str, int, str]]:
    return [(h.entity, h.entity_id, h.title) for h in search(db, typed, limit=limit)]


def test_the_demo_data_is_the_same_on_both(both):
    lite, server = both
    assert _names(lite) == _names(server)


def _a_name(db: Database, predicate) -> str:  # type: ignore[no-untyped-def]
    with db.read() as session:
        names = session.scalars(text("SELECT last_name FROM volunteer ORDER BY id")).all()
    return next(n for n in names if predicate(n))


def test_the_same_first_hits_for_what_staff_type(both):
    lite, server = both
    arabic = _a_name(lite, lambda n: "\u0600" <= n[0] <= "\u06ff")
    latin_umlaut = _a_name(lite, lambda n: any(c in n for c in "äöüÄÖÜ"))
    typed = [
        "Müller", "Muller", "Mueller", "MÜLLER", "müll",  # umlauts any way, a prefix
        latin_umlaut, latin_umlaut[:3],
        "Sal", "sch", "an", "a",  # the start of a name: many hits, the ranking decides
        "anna l", "Lange Anna",  # several words
        arabic, arabic[:2],  # Arabic script
        "Kravchenko", "Кравченко"[:3], "Олена",  # Latin and Cyrillic spellings
        "gmail", "0385", "Schwerin e.V.",  # e-mail, phone, organisations
        "Übersetzung", "Ubersetzung", "Ausländerbehörde",  # requests
    ]
    found = 0
    for words in typed:
        on_sqlite = hits(lite, words)
        assert hits(server, words) == on_sqlite, words
        found += bool(on_sqlite)
    assert found >= len(typed) - 3  # the list is not a list of misses


def test_a_whole_name_ranks_before_a_longer_one_that_starts_with_it(both):
    lite, server = both
    for db in (lite, server):
        volunteers = VolunteerService(db)
        try:
            longer = volunteers.create(last_name="Hahnemann", first_name="Ole")
            exact = volunteers.create(last_name="Hahn", first_name="Ole")
            first = hits(db, "ole hahn")[:2]
            assert [h[1] for h in first] == [exact.id, longer.id]
        finally:
            for record in (exact, longer):  # archived: out of the other tests' way
                volunteers.archive(record.id, record.version)
    assert hits(lite, "ole hahn") == hits(server, "ole hahn")


def test_the_server_search_is_served_by_a_trigram_index(both):
    _lite, server = both
    with server.engine.connect() as conn:
        assert conn.execute(text("SELECT to_regclass(:n) IS NOT NULL"),
                            {"n": TRIGRAM_INDEX}).scalar_one()
        conn.execute(text("SET enable_seqscan = off"))  # a small table: force the choice
        plan = "\n".join(conn.execute(text(
            "EXPLAIN SELECT entity_id FROM search_entry WHERE folded LIKE '% mueller%'"
        )).scalars())
    assert TRIGRAM_INDEX in plan


# -- sorting --------------------------------------------------------------------------------

TRICKY = [
    "Zimmermann", "Öztürk", "Ozturk", "de Vries", "De Vries", "Ärmel", "Abel", "Ángel",
    "Łukasz", "Søren", "Straße", "Strasse", "Çelik", "Шевченко", "Олена", "ЁЛКИН",
    "الحسن", "أحمد", "  Weiß  ", "Ǟsa", "e\u0301mile", "Ĳssel", "Σοφία", "ΣΟΦΊΑ",
]


def test_the_servers_german_key_is_the_programs(pg_server, pg_template):
    """What a server computes for a list's order is what SQLite gets from sort_key."""
    url = new_pg_database(pg_server, pg_template)
    db = open_database(url, user=USER)
    try:
        with db.read() as session:
            computed = [session.scalar(select(german_key(literal(v)))) for v in TRICKY]
        assert computed == [sort_key(v) for v in TRICKY]
    finally:
        db.dispose()
        drop_pg_database(pg_server, url)


def test_lists_sort_names_the_german_way_with_empty_values_first(db):
    volunteers = VolunteerService(db)
    for first in ["Zoë", "Ömer", "anna", "Ärne", "Bert", "de Witt", ""]:
        address = sort_key(first).replace(" ", "") + "@x.de"
        volunteers.create(last_name="Test", first_name=first,
                          email=None if first in ("", "Bert") else address)

    def column(key: str, descending: bool = False) -> list[str | None]:
        rows = volunteers.list_select(ListQuery(sort=[(key, descending)]), [key])
        with db.read() as session:
            return [r[1] for r in session.execute(rows)]

    assert column("first_name") == ["", "Ärne", "anna", "Bert", "de Witt", "Ömer", "Zoë"]
    assert column("first_name", True) == ["Zoë", "Ömer", "de Witt", "Bert", "anna", "Ärne", ""]
    emails = column("email")
    assert emails[:2] == [None, None]  # no address: first, as SQLite always did
    assert emails[2:] == sorted(emails[2:])
    assert column("email", True)[-2:] == [None, None]


def test_a_page_from_the_end_agrees_with_the_whole_list(db):
    """Reading the second half backwards (as a long list does) keeps NULLs in place."""
    volunteers = VolunteerService(db)
    for i in range(12):
        volunteers.create(last_name=f"Name{i:02d}", first_name="X",
                          email=None if i % 3 == 0 else f"n{i:02d}@x.de")
    query = ListQuery(sort=[("email", False)])
    total = volunteers.count(query)
    whole = [r[0] for r in volunteers.page(query, 0, total)]
    assert [r[0] for r in volunteers.page(query, total - 4, 4, total=total)] == whole[-4:]
    assert [r[0] for r in volunteers.page(query, 0, 4, total=total)] == whole[:4]


def test_organisations_sort_by_name_the_german_way(db):
    organisations = OrganisationService(db)
    for name in ["Zukunft e.V.", "Ökumenisches Netz", "afrika-haus", "Ärztinnenbund"]:
        organisations.create(name=name, kind="mso")
    rows = organisations.page(ListQuery(sort=[("name", False)]), 0, 50)
    names = [r[1] for r in rows]
    ours = [n for n in names if n in
            {"Zukunft e.V.", "Ökumenisches Netz", "afrika-haus", "Ärztinnenbund"}]
    assert ours == ["Ärztinnenbund", "afrika-haus", "Ökumenisches Netz", "Zukunft e.V."]


def test_server_setup_makes_the_servers_own_indexes(pg_server, pg_template):
    """``server setup`` (and ``upgrade``) make what the migrations leave to the server;
    the comparison of models and migrations knows them by name."""
    from servicestelle import migrations
    from servicestelle.server import setup
    from servicestelle.server.indexes import NAME_TABLES, name_index

    url = new_pg_database(pg_server, pg_template)
    try:
        expected = {TRIGRAM_INDEX, *map(name_index, NAME_TABLES)}
        assert expected == set(migrations.SERVER_ONLY_INDEXES)
        engine = setup.admin_engine(url)
        with engine.begin() as conn:
            for name in expected:
                conn.exec_driver_sql(f"DROP INDEX {name}")
        report = setup.setup(url)
        assert report.search_indexed
        with engine.connect() as conn:
            found = set(conn.execute(text(
                "SELECT indexname FROM pg_indexes WHERE indexname = ANY(:n)"
            ), {"n": sorted(expected)}).scalars())
        engine.dispose()
        assert found == expected
    finally:
        drop_pg_database(pg_server, url)
