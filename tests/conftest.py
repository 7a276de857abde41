"""Test set-up: Qt offscreen, a private data folder, and a fresh database per test,
on SQLite and on a real PostgreSQL server (skipped with a reason on a machine without
one, but required when CI=true)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text

from servicestelle.db import Database, open_database
from tests.pgserver import PrivateServer

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# Property tests are derandomized: the same examples on every run, so that no run passes
# or fails by chance (found failures are kept as @example). HYPOTHESIS_PROFILE=explore
# searches with fresh random examples on a developer's machine.
settings.register_profile("derandomized", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "derandomized"))


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
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> str:
    """A migrated, seeded template database on the server."""
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS servicestelle_template"))
        conn.execute(text("CREATE DATABASE servicestelle_template"))
    admin.dispose()
    url = pg_server.rsplit("/", 1)[0] + "/servicestelle_template"
    open_database(url).dispose()
    return url


def new_pg_database(pg_server: str, template: str | None) -> str:
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        suffix = f" TEMPLATE {template.rsplit('/', 1)[1]}" if template else ""
        conn.execute(text(f"CREATE DATABASE {name}{suffix}"))
    admin.dispose()
    return pg_server.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL/path of a fresh, migrated and seeded database of either kind."""
    if request.param == "sqlite":
        target = tmp_path / "test.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), target)
        return str(target)
    return new_pg_database(request.getfixturevalue("pg_server"),
                           request.getfixturevalue("pg_template"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, user="Frau Test")
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """SQLite only, for tests of SQLite-specific behaviour."""
    target = tmp_path / "test.db"
    shutil.copy(sqlite_template, target)
    database = open_database(target, user="Frau Test")
    yield database
    database.dispose()
