"""Backups: made with the backup API and checked, named, rotated at the boundaries of the
policy, listed, restored (the state before kept), and a damaged file recognised."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from servicestelle import backup, backup_policy
from servicestelle.backup import Reason
from servicestelle.db import open_database
from servicestelle.errors import DatabaseError, ServiceError
from servicestelle.restore import restore_backup
from servicestelle.services.volunteers import VolunteerService


@pytest.fixture(scope="module")
def target_file(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """A database with a few volunteers, closed (its WAL written back); made once per
    module, each test gets a copy."""
    path = tmp_path_factory.mktemp("target") / "servicestelle.db"
    shutil.copy(sqlite_template, path)
    db = open_database(path)
    service = VolunteerService(db)
    for i in range(40):
        service.create(first_name="Test", last_name=f"Person {i:03d}", notes="x" * 400)
    db.dispose()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # nothing beside it
    return path


@pytest.fixture
def target(tmp_path: Path, target_file: Path) -> Path:
    """A copy of the database with a few volunteers, alone in its folder."""
    path = tmp_path / "daten" / "servicestelle.db"
    path.parent.mkdir()
    shutil.copy(target_file, path)
    return path


def names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT last_name FROM volunteer ORDER BY last_name").fetchall()
    conn.close()
    return [r[0] for r in rows]


def test_a_backup_is_a_checked_self_contained_copy_with_a_telling_name(target, tmp_path):
    db = open_database(target)  # open and being used: the online backup still works
    made = backup.make_backup(target, Reason.MANUAL)
    db.dispose()
    assert made.path.parent.name == "Sicherungen"
    assert made.path.name.startswith("servicestelle_") and made.path.name.endswith("_manuell.db")
    assert names(made.path) == names(target)
    with sqlite3.connect(made.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert not list(made.path.parent.glob("*.teil"))
    [listed] = backup.list_backups(target)
    assert listed.path == made.path and listed.reason is Reason.MANUAL
    assert listed.size == made.path.stat().st_size
    assert "manuell" in listed.describe()


def test_two_backups_in_one_second_get_two_names(target, tmp_path):
    now = dt.datetime(2026, 3, 2, 9, 0, 0)
    first = backup.make_backup(target, Reason.IMPORT, tmp_path / "s", now=now)
    second = backup.make_backup(target, Reason.IMPORT, tmp_path / "s", now=now)
    assert first.path != second.path and second.path.name.endswith("_vor-Import_2.db")
    assert {b.path for b in backup.list_backups(target, tmp_path / "s")} == {
        first.path,
        second.path,
    }


def test_the_folder_comes_from_the_call_the_environment_the_setting_or_the_default(
    target, tmp_path, monkeypatch
):
    assert backup.backup_folder(target).name == "Sicherungen"
    db = open_database(target)
    backup.set_folder(db, str(tmp_path / "netz" / "sicherungen"))
    db.dispose()
    assert backup.backup_folder(target) == tmp_path / "netz" / "sicherungen"
    monkeypatch.setenv("SERVICESTELLE_BACKUPS", str(tmp_path / "env"))
    assert backup.backup_folder(target) == tmp_path / "env"
    assert backup.backup_folder(target, tmp_path / "ziel") == tmp_path / "ziel"


def test_a_backup_into_a_named_file_and_never_over_an_existing_one(target, tmp_path):
    made = backup.make_backup(target, file=tmp_path / "usb" / "kopie.db")
    assert names(made.path) == names(target)
    with pytest.raises(ServiceError, match="gibt es schon"):
        backup.make_backup(target, file=made.path)


def test_a_cancelled_backup_leaves_nothing_behind(target, tmp_path):
    with pytest.raises(backup.BackupCancelled):
        backup.make_backup(target, folder=tmp_path / "s", cancel=lambda: True)
    assert list((tmp_path / "s").iterdir()) == []


# -- rotation -------------------------------------------------------------------------


@dataclass(frozen=True)
class Fake:
    made_at: dt.datetime
    manual: bool = False


def kept(times: list[dt.datetime], now: dt.datetime) -> list[dt.datetime]:
    return sorted(b.made_at for b in backup_policy.to_keep([Fake(t) for t in times], now))


def test_rotation_keeps_the_newest_of_the_last_seven_days_with_backups():
    # One backup a day at 08:00 from Monday 2026-03-02 to Tuesday 2026-03-10 (9 days);
    # now is Tuesday 2026-03-10 20:00.
    days = [dt.datetime(2026, 3, 2, 8) + dt.timedelta(days=i) for i in range(9)]
    result = kept(days, dt.datetime(2026, 3, 10, 20))
    # Daily: 04.03.–10.03. (7 days). Weekly: also 08.03. (Sunday, newest of its week,
    # already kept) and 01.03. does not exist; the week of 02.03. keeps its newest, 08.03.
    # Monthly: March's newest, 10.03. So 02.03. and 03.03. go.
    assert result == days[2:]


def test_rotation_at_the_week_boundary_keeps_the_sunday_of_an_older_week():
    # Days of two earlier weeks, then a gap: daily keeps the last 7 days with backups.
    times = [dt.datetime(2026, 2, d, 8) for d in range(9, 23)]  # Mon 09.02.–Sun 22.02.
    result = kept(times, dt.datetime(2026, 2, 23, 9))
    daily = times[-7:]  # 16.02.–22.02.
    assert all(t in result for t in daily)
    assert dt.datetime(2026, 2, 15, 8) in result  # Sunday: newest of ISO week 7
    assert dt.datetime(2026, 2, 14, 8) not in result and dt.datetime(2026, 2, 9, 8) not in result


def test_rotation_weekly_and_monthly_counts():
    # Every Sunday for 20 weeks (one backup a week).
    start = dt.datetime(2025, 11, 2, 8)  # a Sunday
    times = [start + dt.timedelta(weeks=i) for i in range(20)]
    now = times[-1] + dt.timedelta(days=2)
    result = kept(times, now)
    # Daily: the 7 newest, 01.02.–15.03.2026 (each on another day); weekly adds nothing
    # more; monthly adds the newest of each older month: January, December, November.
    assert times[-7:] == result[-7:]
    assert dt.datetime(2026, 1, 25, 8) in result  # newest in January
    assert dt.datetime(2025, 11, 30, 8) in result  # newest in November
    assert dt.datetime(2025, 12, 28, 8) in result  # newest in December
    assert dt.datetime(2025, 11, 23, 8) not in result
    assert len(result) == 10


def test_rotation_keeps_at_most_twelve_months_and_never_manual_or_recent_ones():
    times = [dt.datetime(2024, m, 1, 8) for m in range(1, 13)] + [
        dt.datetime(2025, m, 1, 8) for m in range(1, 13)
    ]
    now = dt.datetime(2025, 12, 1, 12)
    result = kept(times, now)
    assert result == times[-12:]  # daily/weekly pick among these too
    manual = Fake(dt.datetime(2020, 1, 1), manual=True)
    recent = [Fake(now - dt.timedelta(hours=h)) for h in (1, 2, 11)]  # all on 01.12.
    old_same_day = Fake(now - dt.timedelta(hours=24, minutes=1))
    keep = backup_policy.to_keep([manual, *recent, old_same_day], now)
    assert manual in keep and all(r in keep for r in recent)
    # 24 h and a minute ago is the previous day's only backup: kept as that day's newest.
    assert old_same_day in keep
    many = [Fake(now - dt.timedelta(days=1, hours=h)) for h in (1, 2, 3)]
    keep = backup_policy.to_keep(many, now)
    assert keep == [many[0]]  # older than 24 h: only the newest of that day stays
    late = [Fake(dt.datetime(2025, 11, 30, h)) for h in (22, 23)]  # both within 24 h
    assert backup_policy.to_keep(late, dt.datetime(2025, 12, 1, 1)) == late[::-1]


def test_rotation_on_disk_after_each_backup(target, tmp_path):
    folder = tmp_path / "s"
    first = dt.datetime(2026, 1, 1, 8)
    for day in range(40):
        backup.make_backup(target, Reason.START, folder, now=first + dt.timedelta(days=day))
    left = backup.list_backups(target, folder)
    days = sorted(b.made_at.date() for b in left)
    # 7 daily (03.02.–09.02.), the Sundays 25.01./01.02. as weekly (the 08.02. already
    # daily), the newest of January (31.01.) as monthly.
    assert days[-7:] == [dt.date(2026, 2, d) for d in range(3, 10)]
    assert dt.date(2026, 1, 31) in days and dt.date(2026, 1, 25) in days
    assert len(left) == len(set(days)) <= 7 + 4 + 12


def test_backup_at_start_once_a_day(target):
    made = backup.backup_at_start(target)
    assert made is not None and made.reason is Reason.START
    assert backup.backup_at_start(target) is None  # today's exists
    assert backup.start_backup_due(target, today=dt.date.today() + dt.timedelta(days=1))


def test_the_import_makes_a_backup_first(target, tmp_path):
    from openpyxl import Workbook

    from servicestelle.importing.service import ImportService

    sheet = tmp_path / "liste.xlsx"
    book = Workbook()
    book.active.append(["Vorname", "Nachname", "E-Mail"])
    book.active.append(["Grace", "Mensah", "grace@example.org"])
    book.save(sheet)
    db = open_database(target)
    service = ImportService(db)
    preview = service.read("volunteer", sheet)
    service.run(service.plan("volunteer", preview, preview.mapping), preview)
    db.dispose()
    [made] = backup.list_backups(target)
    assert made.reason is Reason.IMPORT and "Mensah" not in names(made.path)


def test_postgresql_is_backed_up_by_its_server():
    url = "postgresql+psycopg://servicestelle:geheim@server/servicestelle"
    with pytest.raises(ServiceError, match="pg_dump") as caught:
        backup.make_backup(url)
    assert "geheim" not in caught.value.message
    with pytest.raises(ServiceError, match="pg_dump"):
        restore_backup(url, "x.db")
    assert not backup.start_backup_due(url)


# -- restore ---------------------------------------------------------------------------


def test_restore_brings_the_backup_back_and_keeps_the_state_before(target):
    made = backup.make_backup(target)
    db = open_database(target)
    VolunteerService(db).create(first_name="Nach", last_name="Der Sicherung")
    db.dispose()
    result = restore_backup(target, made.path)
    assert "Der Sicherung" not in names(target)
    assert result.safety is not None and result.safety.reason is Reason.RESTORE
    assert "Der Sicherung" in names(result.safety.path)
    db = open_database(target)  # the program opens it again
    assert VolunteerService(db).create(last_name="Weiter").id > 0
    db.dispose()


def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(target, tmp_path):
    before = names(target)
    foreign = tmp_path / "fremd.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(DatabaseError, match="keine Sicherung von Servicestelle"):
        restore_backup(target, foreign)
    text = tmp_path / "text.db"
    text.write_bytes(b"Name;Telefon\n" * 500)
    with pytest.raises(DatabaseError, match="nicht in Ordnung"):
        restore_backup(target, text)
    assert names(target) == before and backup.list_backups(target) == []


# -- a damaged file ---------------------------------------------------------------------


def damage(path: Path, offset: int, size: int = 4096 * 3) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(size)))


def test_a_damaged_file_is_recognised_and_the_newest_good_backup_named(target, tmp_path):
    good = backup.make_backup(target, Reason.START)
    broken = tmp_path / "kaputt" / "servicestelle.db"
    broken.parent.mkdir()
    # Damage the data but not the page that says which database this is (where that
    # page lies depends on the schema): the first such place from the middle on.
    size = target.stat().st_size
    for offset in range(size // 2, size, 4096):
        shutil.copy(target, broken)
        damage(broken, offset, 4096)
        if backup.identity_of(broken) is not None:
            break
    else:
        pytest.fail("no page to damage beside the identity")
    with pytest.raises(backup.DamagedDatabase) as caught:
        backup.check_database(broken)
    assert caught.value.newest is not None and caught.value.newest.path.name == good.path.name
    assert "beschädigt" in caught.value.message and "neueste gute Sicherung" in caught.value.message
    # A backup of a damaged file is discarded, and rotation does not run.
    with pytest.raises(DatabaseError, match="fehlerhaft"):
        backup.make_backup(broken, Reason.START)
    assert [b.path.name for b in backup.list_backups(broken)] == [good.path.name]


def test_a_file_with_a_garbage_header_fails_to_open_with_a_german_message_then_restores(
    target, tmp_path
):
    good = backup.make_backup(target, Reason.START)
    damage(target, 0, 100)
    with pytest.raises(DatabaseError, match="keine Datenbank|beschädigt"):
        open_database(target)
    with pytest.raises(backup.DamagedDatabase):
        backup.check_database(target)
    result = restore_backup(target, good.path)
    assert result.safety is None and result.set_aside is not None
    assert result.set_aside.exists() and "beschaedigt" in result.set_aside.name
    backup.check_database(target)  # sound again
    assert len(names(target)) == 40
