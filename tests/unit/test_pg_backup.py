"""Backups of a server database with pg_dump: a private, complete file that pg_restore
brings back into a fresh database; without pg_dump, what the IT must do."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from servicestelle import pg_backup
from servicestelle.db import open_database
from servicestelle.services.volunteers import VolunteerService
from tests.cli.runner import run as run_cli
from tests.conftest import USER, drop_pg_database, new_pg_database

pytestmark = pytest.mark.postgresql


@pytest.fixture
def office(pg_server: str, pg_template: str) -> Iterator[str]:
    """A server database with one volunteer in it."""
    url = new_pg_database(pg_server, pg_template)
    db = open_database(url, user=USER)
    try:
        VolunteerService(db).create(last_name="Öztürk", first_name="Ayşe", email="a@x.de")
    finally:
        db.dispose()
    yield url
    drop_pg_database(pg_server, url)


def _names(url: str) -> list[str]:
    db = open_database(url, user=USER, create=False)
    try:
        with db.read() as session:
            from sqlalchemy import text

            return list(session.scalars(text("SELECT last_name FROM volunteer")))
    finally:
        db.dispose()


def test_a_pg_dump_is_private_complete_and_restorable(office, pg_server, tmp_path):
    made = pg_backup.make_pg_backup(office, tmp_path / "Sicherungen")
    assert made.path.parent == tmp_path / "Sicherungen"
    assert made.path.suffix == ".dump" and made.size > 0
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert [p.name for p in made.path.parent.iterdir()] == [made.path.name]  # no .teil left

    # The IT's way back: a fresh database, pg_restore, and the program finds the record.
    fresh = new_pg_database(pg_server, None)
    try:
        url = make_url(fresh)
        restore = pg_backup.find_program("pg_restore")
        assert restore is not None
        subprocess.run(
            [restore, "--exit-on-error", "--no-owner",
             f"--dbname={pg_backup._conninfo(url)}", str(made.path)],
            check=True, capture_output=True,
        )
        assert _names(fresh) == ["Öztürk"]
    finally:
        drop_pg_database(pg_server, fresh)
    advice = pg_backup.restore_advice(made.path, "servicestelle")
    assert "pg_restore" in advice and str(made.path) in advice


def test_the_password_goes_through_a_private_file_never_the_command_line(
    office, tmp_path, monkeypatch
):
    seen: list[tuple[list[str], str | None, int | None, str]] = []
    real_run = pg_backup._run

    def watching(command, env, cancel):  # type: ignore[no-untyped-def]
        passfile = env.get("PGPASSFILE")
        mode = stat.S_IMODE(os.stat(passfile).st_mode) if passfile else None
        content = Path(passfile).read_text(encoding="utf-8") if passfile else ""
        seen.append((command, passfile, mode, content))
        return real_run(command, env, cancel)

    monkeypatch.setattr(pg_backup, "_run", watching)
    secret = "geheim:Kennwort\\1"
    url = make_url(office).set(password=secret)
    pg_backup.make_pg_backup(url, tmp_path)  # the test server trusts: the password is unused
    command, passfile, mode, content = seen[0]
    assert all(secret not in part for part in command)
    assert "PGPASSWORD" not in " ".join(command)
    assert mode == 0o600
    assert content.strip() == "*:*:*:*:geheim\\:Kennwort\\\\1"  # libpq's escapes
    assert passfile is not None and not Path(passfile).exists()  # removed afterwards


def test_without_pg_dump_the_it_is_told_what_to_do_and_nothing_is_written(
    office, tmp_path, monkeypatch
):
    monkeypatch.setenv("PATH", "")
    with pytest.raises(pg_backup.PgDumpMissing) as refused:
        pg_backup.make_pg_backup(office, tmp_path / "Sicherungen")
    message = refused.value.message
    assert "pg_dump" in message and "postgresql-client" in message
    assert "Es wurde nichts gesichert." in message
    assert not (tmp_path / "Sicherungen").exists()


def test_a_failed_dump_leaves_no_file_and_says_why_in_german(pg_server, tmp_path):
    gone = pg_server.rsplit("/", 1)[0] + "/gibt_es_nicht"
    with pytest.raises(pg_backup.ServiceError) as refused:
        pg_backup.make_pg_backup(gone, tmp_path)
    assert refused.value.message.startswith("Keine Sicherung mit pg_dump: ")
    assert "FATAL" not in refused.value.message
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_backs_up_a_server_database(office, tmp_path):
    target = tmp_path / "heute.dump"
    done = run_cli("--db", office, "backup", str(target), home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert "Sicherung mit pg_dump angelegt und geprüft" in done.stdout
    assert "pg_restore" in done.stdout
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    missing = run_cli("--db", office, "backup", str(tmp_path), home=tmp_path / "home",
                      env={"PATH": ""})
    assert missing.returncode == 1
    assert "postgresql-client" in missing.stderr
