"""Encryption and password change killed at every step (a real SIGKILL of the process
doing it) never lose a row: the next start finishes or rolls the conversion back, and
never puts an empty database in place of a full one. Other program instances are kept
out while it runs and told why."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from servicestelle import conversion, encryption
from servicestelle.db import open_database
from servicestelle.demo import generate

if not encryption.available() and os.environ.get("CI") != "true":
    pytest.skip("sqlcipher3 (extra »encryption«) is not installed", allow_module_level=True)
if os.name == "nt":  # pragma: no cover
    pytest.skip("kills the process with SIGKILL", allow_module_level=True)

PASSWORD = "erstes Kennwort"
NEW_PASSWORD = "zweites Kennwort"
VOLUNTEERS = 150
ROOT = Path(__file__).resolve().parents[2]

ENCRYPT_STEPS = [
    conversion.BEGUN, conversion.BACKED_UP, "gesperrt", conversion.COPIED,
    conversion.VERIFIED, conversion.LINKED, conversion.REPLACED, "alt-entfernt",
    conversion.CLEANED,
]
# A step after which the database is already encrypted (the rest roll back).
FINISHED_FROM = conversion.VERIFIED

CHILD = textwrap.dedent(
    """
    import os, signal, sys, time
    from servicestelle import conversion, encryption
    kill_at, mode, path, key, new = sys.argv[1:6]
    def checkpoint(step):
        if step == kill_at:
            if mode == "wait":
                open(path + ".bereit", "w").close()
                time.sleep(60)
            os.kill(os.getpid(), signal.SIGKILL)
    conversion._checkpoint = checkpoint
    if key == "-":
        encryption.encrypt_database(path, new)
    else:
        encryption.change_password(path, key, new)
    """
)


@pytest.fixture(autouse=True)
def _no_known_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encryption, "_passwords", {})
    monkeypatch.delenv(encryption.PASSWORD_ENV, raising=False)


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    path = tmp_path_factory.mktemp("filled") / "servicestelle.db"
    shutil.copy(sqlite_template, path)
    db = open_database(path)
    generate(db, VOLUNTEERS, seed=7)
    db.dispose()
    return path


@pytest.fixture
def database(tmp_path: Path, filled_template: Path) -> Path:
    path = tmp_path / "daten" / "servicestelle.db"
    path.parent.mkdir()
    shutil.copy(filled_template, path)
    return path


def run_child(path: Path, kill_at: str, key: str | None, new: str, mode: str = "kill"):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, kill_at, mode, str(path), key or "-", new],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def wait_for(ready: Path) -> None:
    """Until the child stopped at its step says so (at most 30 s)."""
    for _ in range(600):
        if ready.exists():
            return
        time.sleep(0.05)
    raise AssertionError("the child never reached its step")


def killed(path: Path, kill_at: str, key: str | None, new: str) -> None:
    child = run_child(path, kill_at, key, new)
    _out, err = child.communicate(timeout=120)
    assert child.returncode == -signal.SIGKILL, err.decode(errors="replace")


def contents(path: Path, password: str | None) -> tuple[int, int, list[str]]:
    """(volunteers, audit entries, search hits for a demo surname) as the program sees
    the database when it is opened next."""
    db = open_database(path, password=password, create=True)
    try:
        with db.engine.connect() as conn:
            volunteers = conn.execute(text("SELECT count(*) FROM volunteer")).scalar()
            audit = conn.execute(text("SELECT count(*) FROM audit_entry")).scalar()
            name = conn.execute(
                text("SELECT last_name FROM volunteer ORDER BY id LIMIT 1")
            ).scalar()
        from servicestelle.services.global_search import search

        hits = [h.title for h in search(db, name, limit=5, include_archived=True)]
    finally:
        db.dispose()
    return volunteers, audit, hits


def leftovers(path: Path) -> list[str]:
    return sorted(
        p.name for p in path.parent.iterdir()
        if p.name != path.name and not p.name.endswith(("-wal", "-shm"))
    )


def plain_backups() -> list[str]:
    folder = Path(os.environ["SERVICESTELLE_HOME"]) / "Sicherungen"
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.iterdir() if "Verschluesselung" in p.name
                  or "Kennwortwechsel" in p.name)


@pytest.mark.parametrize("step", ENCRYPT_STEPS)
def test_encryption_killed_at_each_step_loses_nothing(database, step):
    expected = contents(database, None)
    killed(database, step, None, PASSWORD)
    finished = ENCRYPT_STEPS.index(step) >= ENCRYPT_STEPS.index(FINISHED_FROM)

    # The next start (here: opening the database) finishes or rolls back.
    result = conversion.recover(database)
    assert result in (("abgeschlossen",) if finished else ("zurückgenommen",)) or (
        step == conversion.CLEANED
    )
    assert encryption.is_encrypted(database) is finished
    assert contents(database, PASSWORD if finished else None) == expected
    assert leftovers(database) == []
    assert plain_backups() == []
    if finished:
        surname = expected[2][0].split(",")[0].encode()
        assert surname not in database.read_bytes()

    # ... and encrypting again (or once more after a rollback) completes.
    if not finished:
        encryption.encrypt_database(database, PASSWORD)
        encryption.forget(database)
        assert contents(database, PASSWORD) == expected


def test_killed_again_and_again_then_done(database):
    """Repeated: killed at one step, then again at another, …, then finished."""
    expected = contents(database, None)
    for step in ("gesperrt", conversion.COPIED, conversion.BACKED_UP):
        killed(database, step, None, PASSWORD)
        assert contents(database, None) == expected  # opening rolls it back
    killed(database, conversion.LINKED, None, PASSWORD)
    assert contents(database, PASSWORD) == expected  # opening finishes it
    assert leftovers(database) == [] and plain_backups() == []


@pytest.mark.parametrize(
    "step", [conversion.BACKED_UP, "gesperrt", conversion.VERIFIED, conversion.REPLACED]
)
def test_password_change_killed_opens_with_the_old_or_the_new_password(database, step):
    encryption.encrypt_database(database, PASSWORD)
    encryption.forget(database)
    expected = contents(database, PASSWORD)
    encryption.forget(database)
    killed(database, step, PASSWORD, NEW_PASSWORD)
    finished = step in (conversion.VERIFIED, conversion.REPLACED)
    conversion.recover(database)
    with pytest.raises(encryption.WrongPassword):
        open_database(database, password=PASSWORD if finished else NEW_PASSWORD)
    encryption.forget(database)
    assert contents(database, NEW_PASSWORD if finished else PASSWORD) == expected
    assert leftovers(database) == [] and plain_backups() == []


def test_a_half_written_copy_of_a_killed_export_is_discarded(database):
    """Killed while the encrypted copy was being written: the copy is incomplete."""
    expected = contents(database, None)
    killed(database, "gesperrt", None, PASSWORD)
    copy = database.with_name(database.name + conversion.COPY_SUFFIX)
    copy.write_bytes(os.urandom(4096 * 3))  # what a partly written copy looks like
    assert contents(database, None) == expected
    assert leftovers(database) == []


@pytest.mark.parametrize("original", ["missing", "zeroed"])
def test_an_earlier_versions_leftover_copy_is_taken_not_overwritten(database, original):
    """What the earlier version left when killed between deleting the plain file and
    renaming the copy: no marker, the full encrypted copy, the original gone or zeroed.
    Opening must not create an empty database; encrypting again must not delete it."""
    expected = contents(database, None)
    copy = database.with_name(database.name + conversion.COPY_SUFFIX)
    conversion.encrypted_copy(database, copy, PASSWORD)
    if original == "missing":
        database.unlink()
    else:
        database.write_bytes(b"\0" * database.stat().st_size)
    with pytest.raises(encryption.PasswordRequired):
        open_database(database)  # encrypted: asks for the password instead of creating
    assert contents(database, PASSWORD) == expected
    assert not copy.exists()


def test_an_earlier_versions_unfinished_copy_is_dropped_when_the_original_is_sound(database):
    expected = contents(database, None)
    copy = database.with_name(database.name + conversion.COPY_SUFFIX)
    copy.write_bytes(os.urandom(8192))
    assert contents(database, None) == expected
    assert not copy.exists()


def test_while_a_conversion_runs_other_instances_are_told_and_kept_out(database):
    child = run_child(database, "gesperrt", None, PASSWORD, mode="wait")
    ready = Path(f"{database}.bereit")
    try:
        wait_for(ready)
        assert ready.exists()
        with pytest.raises(conversion.ConversionRunning, match="gerade umgestellt"):
            open_database(database)
        with pytest.raises(conversion.ConversionRunning):
            encryption.encrypt_database(database, PASSWORD)
    finally:
        child.kill()
        child.wait()
        ready.unlink(missing_ok=True)
    # its process gone, the next open rolls back
    assert contents(database, None)[0] == VOLUNTEERS


def test_no_conversion_while_another_instance_has_the_database_open(database):
    opener = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(
            """
            import sys, time
            from servicestelle.db import open_database
            db = open_database(sys.argv[1])
            print("offen", flush=True)
            time.sleep(60)
            """
        ), str(database)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
    )
    try:
        assert opener.stdout is not None and opener.stdout.readline().strip() == b"offen"
        with pytest.raises(conversion.OpenElsewhere, match="anderen Servicestelle-Fenster"):
            encryption.encrypt_database(database, PASSWORD)
        assert not encryption.is_encrypted(database)
        assert leftovers(database) == [p for p in leftovers(database) if ".offen-" in p]
    finally:
        opener.kill()
        opener.wait()
    # the other instance was killed: its mark is stale and no longer counts
    encryption.encrypt_database(database, PASSWORD)
    assert encryption.is_encrypted(database)
    assert leftovers(database) == []


def test_a_kill_from_outside_at_any_moment_loses_nothing(database):
    """Not at a chosen step but from outside, at growing delays, then once to the end."""
    expected = contents(database, None)
    for delay in (0.3, 0.6, 0.9, 1.2, 1.5):
        child = run_child(database, "nie", None, PASSWORD)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        state = "done" if encryption.is_encrypted(database) else "plain"
        got = contents(database, PASSWORD if encryption.is_encrypted(database) else None)
        assert got == expected, (delay, state)
        encryption.forget(database)
        if encryption.is_encrypted(database):
            break
    assert leftovers(database) == [] and plain_backups() == []


def test_the_marker_holds_no_password(database):
    child = run_child(database, conversion.VERIFIED, None, PASSWORD, mode="wait")
    ready = Path(f"{database}.bereit")
    try:
        wait_for(ready)
        marker = database.with_name(database.name + conversion.MARKER_SUFFIX)
        state = json.loads(marker.read_text(encoding="utf-8"))
        assert state["step"] == conversion.VERIFIED
        assert PASSWORD not in marker.read_text(encoding="utf-8")
        assert marker.stat().st_mode & 0o077 == 0
    finally:
        child.kill()
        child.wait()
        ready.unlink(missing_ok=True)


def test_a_restore_after_a_killed_encryption_is_not_undone(database, tmp_path):
    """The next command after the kill is a restore of an older backup: the interrupted
    encryption is finished first, then the backup is put in place and stays."""
    from servicestelle.restore import restore_backup
    from servicestelle.services.volunteers import VolunteerService

    older = tmp_path / "aelter.db"
    shutil.copy(database, older)
    db = open_database(database)
    VolunteerService(db).create(last_name="Danach")
    db.dispose()
    killed(database, conversion.VERIFIED, None, PASSWORD)
    encryption.remember(database, PASSWORD)
    restore_backup(database, older)
    encryption.forget(database)
    assert contents(database, PASSWORD)[0] == VOLUNTEERS  # the backup's, not one more
    assert encryption.is_encrypted(database)
    assert leftovers(database) == []


def test_a_backup_waits_for_a_running_conversion(database):
    from servicestelle import backup

    child = run_child(database, "gesperrt", None, PASSWORD, mode="wait")
    ready = Path(f"{database}.bereit")
    try:
        wait_for(ready)
        with pytest.raises(conversion.ConversionRunning, match="gerade umgestellt"):
            backup.make_backup(database)
    finally:
        child.kill()
        child.wait()
        ready.unlink(missing_ok=True)


def test_another_instance_is_seen_whatever_the_file_is_called(tmp_path, filled_template):
    odd = tmp_path / "Daten[2024].db"
    shutil.copy(filled_template, odd)
    opener = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(
            """
            import sys, time
            from servicestelle.db import open_database
            db = open_database(sys.argv[1])
            print("offen", flush=True)
            time.sleep(60)
            """
        ), str(odd)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
    )
    try:
        assert opener.stdout is not None and opener.stdout.readline().strip() == b"offen"
        with pytest.raises(conversion.OpenElsewhere):
            encryption.encrypt_database(odd, PASSWORD)
    finally:
        opener.kill()
        opener.wait()
