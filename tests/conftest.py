"""Test set-up: Qt offscreen, a private data folder, and a fresh database per test,
on SQLite and on a real PostgreSQL server (skipped with a reason on a machine without
one, but required when CI=true).

Which database a test gets:

- ``db`` / ``db_url`` run a test twice, on SQLite and on PostgreSQL. That is for every
  test whose outcome could differ between the two: SQL queries, sorting (collation),
  searching and the search index, filtering and counting, transactions, locking and
  versions, imports and other bulk writes, ids and sequences, constraints, migrations,
  dates and times computed in SQL, values read back through a column type. When in
  doubt, a test runs on both.
- A test whose outcome cannot depend on the kind of database (a validation message,
  parsing or formatting in Python, a workflow rule checked before anything is written,
  file errors of an export, a pure computation that only needs some database) is
  marked ``@pytest.mark.any_db``: the same ``db`` / ``db_url`` fixtures, on SQLite only.
- ``sqlite_db`` is for tests of SQLite's own behaviour, and for screens.

A costly starting state (demo data, a hand-made office) is made once per module and
kind of database by ``database_template(build)`` and copied for each test that asks
for it: the SQLite file, or ``CREATE DATABASE … TEMPLATE`` on PostgreSQL. Each test's
PostgreSQL database is dropped after the test.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import Phase, settings
from sqlalchemy import Engine, create_engine, text

from servicestelle.db import Database, open_database
from tests.pgserver import PrivateServer

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
USER = "Frau Test"

# Property tests are derandomized: the same examples on every run, so that no run passes
# or fails by chance (found failures are kept as @example). HYPOTHESIS_PROFILE=explore
# searches with fresh random examples on a developer's machine.
settings.register_profile(
    "derandomized",
    derandomize=True,
    database=None,  # no replay of examples found on this machine: the run CI makes
    phases=(Phase.explicit, Phase.generate),  # a failure is reported as found, unshrunk
    print_blob=True,
)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "derandomized"))


# Many tests compare what the program dates "today" with the day they noted when they
# were collected; a run that spans midnight would fail them by chance. A run that could
# reach midnight (it takes some minutes) waits for it first.
BEFORE_MIDNIGHT_S = 20 * 60


def _wait_past_midnight() -> None:
    import datetime as dt
    import sys
    import time

    now = dt.datetime.now()
    midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
    left = (midnight - now).total_seconds()
    if left < BEFORE_MIDNIGHT_S:
        print(f"Die Tests warten {left:.0f} s bis nach Mitternacht (sie vergleichen Tage).",
              file=sys.stderr, flush=True)
        time.sleep(left + 5)


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):  # once per run
        _wait_past_midnight()
    config.addinivalue_line(
        "markers",
        "any_db: the outcome does not depend on the kind of database: db/db_url on SQLite "
        "only (see tests/conftest.py)",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """An ``any_db`` test gets ``db_url`` on SQLite only: a parametrization of the test
    itself takes the place of the fixture's two kinds."""
    if "db_url" in metafunc.fixturenames and metafunc.definition.get_closest_marker("any_db"):
        metafunc.definition.add_marker(  # first, as the fixture's kinds were: same test ids
            pytest.mark.parametrize("db_url", ["sqlite"], indirect=True), append=False
        )


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SERVICESTELLE_HOME", str(home))
    monkeypatch.delenv("SERVICESTELLE_DB", raising=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, seeded SQLite file that each test copies (migrating once is enough)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(path).dispose()
    return path


def copy_sqlite(source: str | Path, target: str | Path) -> None:
    """Copy a closed SQLite database (with its write-ahead log, should one be left)."""
    shutil.copy(source, target)
    wal = Path(f"{source}-wal")
    if wal.exists():
        shutil.copy(wal, f"{target}-wal")


# -- PostgreSQL ----------------------------------------------------------------------------

_admins: dict[str, Engine] = {}
_versions: dict[str, int] = {}


def _admin(pg_server: str) -> Engine:
    """One engine per server for creating and dropping the tests' databases."""
    if pg_server not in _admins:
        _admins[pg_server] = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    return _admins[pg_server]


def _server_version(pg_server: str) -> int:
    if pg_server not in _versions:
        with _admin(pg_server).connect() as conn:
            _versions[pg_server] = int(conn.execute(text("SHOW server_version_num")).scalar())
    return _versions[pg_server]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    server = PrivateServer()
    url = server.start()
    if url is None:
        if IN_CI:
            pytest.fail(f"PostgreSQL wird in CI verlangt: {server.reason}")
        pytest.skip(f"kein PostgreSQL: {server.reason}")
    try:
        yield url
    finally:
        admin = _admins.pop(url, None)
        if admin is not None:
            admin.dispose()
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> str:
    """A migrated, seeded template database on the server."""
    with _admin(pg_server).connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS servicestelle_template"))
        conn.execute(text("CREATE DATABASE servicestelle_template"))
    url = pg_server.rsplit("/", 1)[0] + "/servicestelle_template"
    open_database(url).dispose()
    return url


def new_pg_database(pg_server: str, template: str | None) -> str:
    name = "t_" + uuid.uuid4().hex[:12]
    suffix = ""
    if template:
        suffix = f" TEMPLATE {template.rsplit('/', 1)[1]}"
        if _server_version(pg_server) >= 150000:
            # copies the template's files instead of writing all of them to the WAL:
            # faster for small databases on a test server
            suffix += " STRATEGY FILE_COPY"
    with _admin(pg_server).connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}{suffix}"))
    return pg_server.rsplit("/", 1)[0] + "/" + name


def drop_pg_database(pg_server: str, url: str) -> None:
    """Drop a test's database (connections a test left open are closed by the server)."""
    name = url.rsplit("/", 1)[1]
    force = " WITH (FORCE)" if _server_version(pg_server) >= 130000 else ""
    with _admin(pg_server).connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}{force}"))


# -- starting states made once per module -------------------------------------------------


class DatabaseTemplate:
    """What ``build(db)`` writes into a fresh database, made once per kind of database
    on first use; the tests get copies of it."""

    def __init__(
        self, build: Callable[[Database], Any], tmp_path_factory: pytest.TempPathFactory
    ) -> None:
        self._build = build
        self._tmp_path_factory = tmp_path_factory
        self._made: dict[str, tuple[str, Any]] = {}
        self._pg_server: str | None = None

    def location(self, kind: str, request: pytest.FixtureRequest) -> str:
        if kind not in self._made:
            if kind == "sqlite":
                path = self._tmp_path_factory.mktemp("db-template") / "template.db"
                copy_sqlite(request.getfixturevalue("sqlite_template"), path)
                location = str(path)
            else:
                self._pg_server = request.getfixturevalue("pg_server")
                location = new_pg_database(self._pg_server,
                                           request.getfixturevalue("pg_template"))
            database = open_database(location, user=USER)
            try:
                result = self._build(database)
            finally:
                database.dispose()
            self._made[kind] = (location, result)
        return self._made[kind][0]

    def result(self, db: Database) -> Any:
        """What ``build`` returned for the kind of ``db`` (a copy of it)."""
        return copy.deepcopy(self._made["sqlite" if db.is_sqlite else "postgresql"][1])

    def drop(self) -> None:
        made = self._made.pop("postgresql", None)
        if made is not None and self._pg_server is not None:
            drop_pg_database(self._pg_server, made[0])


def database_template(build: Callable[[Database], Any]) -> Any:
    """A module's fixture ``db_template``: a test that asks for it (itself or through one
    of its fixtures) gets as ``db`` / ``db_url`` / ``sqlite_db`` a copy of a database that
    ``build(db)`` filled once per module and kind of database, instead of an empty one;
    ``db_template.result(db)`` is what ``build`` returned.

        db_template = database_template(lambda db: generate(db, 200, seed=1))
    """

    @pytest.fixture(scope="module", name="db_template")
    def fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DatabaseTemplate]:
        template = DatabaseTemplate(build, tmp_path_factory)
        yield template
        template.drop()

    return fixture


def _template_of(request: pytest.FixtureRequest) -> DatabaseTemplate | None:
    if "db_template" in request.fixturenames:
        return request.getfixturevalue("db_template")  # type: ignore[no-any-return]
    return None


def _sqlite_copy(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    template = _template_of(request)
    source = (template.location("sqlite", request) if template
              else request.getfixturevalue("sqlite_template"))
    target = tmp_path / "test.db"
    copy_sqlite(source, target)
    return target


# -- the tests' databases ------------------------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL/path of a fresh, migrated and seeded database of either kind."""
    if request.param == "sqlite":
        yield str(_sqlite_copy(request, tmp_path))
        return
    server = request.getfixturevalue("pg_server")
    template = _template_of(request)
    source = (template.location("postgresql", request) if template
              else request.getfixturevalue("pg_template"))
    url = new_pg_database(server, source)
    yield url
    drop_pg_database(server, url)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, user=USER)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """SQLite only, for tests of SQLite-specific behaviour (and for screens)."""
    database = open_database(_sqlite_copy(request, tmp_path), user=USER)
    yield database
    database.dispose()
