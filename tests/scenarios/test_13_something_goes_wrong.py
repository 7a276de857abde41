"""Scenario 13, something goes wrong: the laptop's battery dies during an import — the
next start shows the database exactly as before the import. A year later the database
file on the network drive is damaged — the program offers yesterday's backup at start.

The import runs as the command line runs it (``python -m servicestelle --db … import …``)
in a process of its own that is killed with SIGKILL in the middle of its transaction. The
program's start is what ``ui.app.main`` does after reading its options: open the
database (``ui.app._open_database``, which offers a backup when the file will not open),
show the main window, then the check and the daily backup in the background
(``ui.backup_dialog.start_checks``); ``main`` itself is not called because it installs
the program's logging, translations and exception hook for the whole test session."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from servicestelle import backup
from servicestelle.db import Database, open_database
from servicestelle.services.lists import DistrictService
from servicestelle.services.volunteers import VolunteerService
from tests.cli.runner import ROOT
from tests.scenarios import driver as d
from ui import backup_dialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="watches the import's lock in /proc/locks"
)

STAFF = "Frau R."
BEFORE = ("Albrecht", "Baranowa", "Carstens", "Nasser", "Schulz")


def the_office(db: Database) -> None:
    """The office's volunteers before anything goes wrong."""
    districts = DistrictService(db).by_name()
    for name in BEFORE:
        VolunteerService(db).create(
            last_name=name, first_name="Test", status="aktiv", district_id=districts["Lankow"]
        )


# -- generic helpers (candidates for driver.py) --------------------------------------------


class MessageBoxes:
    """Answers the message boxes that open, one after the other, with the buttons given
    in ``expect`` (as a person clicks them); a box nobody expected is closed with Esc.
    ``seen`` keeps what every box said (text and informative text)."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.unexpected: list[str] = []
        self._answers: list[str] = []
        self._handled: list[QMessageBox] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def expect(self, *buttons: str) -> None:
        self._answers.extend(buttons)

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or any(box is b for b in self._handled):
            return
        self._handled.append(box)
        said = "\n".join(t for t in (box.text(), box.informativeText()) if t)
        self.seen.append(said)
        if self._answers:
            d.click(box, self._answers.pop(0))
        else:
            self.unexpected.append(said)
            QTest.keyClick(box, Qt.Key.Key_Escape)

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def boxes(qapp: QApplication) -> Iterator[MessageBoxes]:
    watch = MessageBoxes()
    yield watch
    watch.stop()


def dump(path: Path) -> list[str]:
    """Every table's rows and the schema, as SQL text (what »exactly as before« means)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def write_lock_held(pid: int, database: Path) -> bool:
    """Whether the process ``pid`` holds SQLite's write lock on ``database`` (WAL mode:
    a POSIX lock on byte 120 of the ``-shm`` file), read from ``/proc/locks`` without
    opening the database (which would disturb the other process's locks)."""
    try:
        inode = Path(f"{database}-shm").stat().st_ino
    except FileNotFoundError:
        return False
    for line in Path("/proc/locks").read_text().splitlines():
        parts = line.split()
        if "->" in parts or len(parts) < 8 or parts[1] != "POSIX":
            continue
        if parts[4] == str(pid) and parts[5].rsplit(":", 1)[-1] == str(inode) and parts[6] == "120":
            return True
    return False


def cpu_seconds(pid: int) -> float:
    """The processor time the process ``pid`` has used (its progress, not the clock's)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_the_program(qtbot, target: Path, settings: Path) -> MainWindow | None:  # type: ignore[no-untyped-def]
    """Start the program on ``target`` as ``ui.app.main`` does: the database (None when
    it cannot be opened), the main window, then the start checks in the background."""
    from ui.app import _open_database

    database = _open_database(str(target), STAFF, interactive=True)
    if database is None:
        return None
    window = MainWindow(database, QSettings(str(settings), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.destroyed.connect(database.dispose)
    backup_dialog.start_checks(window)
    return window


def names_in_list(qtbot, window: MainWindow) -> list[str]:  # type: ignore[no-untyped-def]
    d.go_to(window, "Ehrenamtliche")
    page = window.current_list()
    qtbot.waitUntil(lambda: page.row_count() > 0, timeout=3000)
    return d.table_texts(page.view)


def wait_for_start_checks(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    task = window.start_checks_task
    qtbot.waitUntil(lambda: not task.running, timeout=30000)


# -- the battery dies during an import -----------------------------------------------------


def a_long_list(path: Path, rows: int) -> Path:
    """A partner's volunteer list (German Excel CSV), long enough to take a while."""
    lines = ["Nachname;Vorname;Telefon;E-Mail;Stadtteil"]
    lines += [
        f"Neu{i:05d};Person;0385 {5_000_000 + i};person{i}@example.org;Lankow" for i in range(rows)
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_an_import_killed_halfway_leaves_the_database_exactly_as_before(
    qtbot, sqlite_db: Database, tmp_path: Path, boxes: MessageBoxes
):
    the_office(sqlite_db)
    target = Path(sqlite_db.engine.url.database)
    sqlite_db.dispose()  # the program is closed while the list is imported
    before = dump(target)
    sheet = a_long_list(tmp_path / "Partnerliste.csv", 20_000)

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("SERVICESTELLE_DB", None)
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "servicestelle",
            "--db",
            str(target),
            "--user",
            STAFF,
            "import",
            "volunteers",
            str(sheet),
        ],
        cwd=ROOT,
        env=environment,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        # The import writes: its transaction holds the write lock. Halfway through its
        # work (by the processor time it has used since), the battery dies.
        qtbot.waitUntil(
            lambda: write_lock_held(child.pid, target) or child.poll() is not None, timeout=120_000
        )
        assert child.poll() is None, child.communicate()
        started = cpu_seconds(child.pid)
        qtbot.waitUntil(
            lambda: (
                cpu_seconds(child.pid) - started >= 0.2 or not write_lock_held(child.pid, target)
            ),
            timeout=60_000,
        )
        assert write_lock_held(child.pid, target), "the import finished before the kill"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert [b.reason for b in backup.list_backups(target)] == [backup.Reason.IMPORT]

    # The next start: the same list of volunteers as before, no message.
    window = start_the_program(qtbot, target, tmp_path / "fenster.ini")
    assert window is not None
    assert names_in_list(qtbot, window) == list(BEFORE)
    wait_for_start_checks(qtbot, window)
    assert boxes.seen == []
    window.close()
    window.database.dispose()

    # The database is exactly as it was before the import.
    assert dump(target) == before


# -- the file is damaged: yesterday's backup is offered ------------------------------------


def damage(path: Path) -> None:
    """Overwrite 12 KB in the middle of the file (a network drive's bad write)."""
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(bytes(range(256)) * 48)


def test_a_damaged_database_gets_the_offer_of_yesterdays_backup_at_start(
    qtbot,
    sqlite_db: Database,
    tmp_path: Path,
    boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
):
    the_office(sqlite_db)
    for i in range(60):  # a year of work: enough pages for a damage in the middle
        VolunteerService(sqlite_db).create(last_name=f"Ehrenamt {i:03d}", notes="n" * 300)
    target = Path(sqlite_db.engine.url.database)
    sqlite_db.dispose()
    yesterday = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(8, 15))
    backup.make_backup(target, backup.Reason.START, now=yesterday)  # yesterday's start
    with_yesterdays = dump(target)
    todays = open_database(target, user=STAFF)  # this morning's work, lost with the damage
    VolunteerService(todays).create(last_name="Heute", first_name="Eingetragen")
    todays.dispose()
    damage(target)

    restarts: list[bool] = []
    monkeypatch.setattr(backup_dialog, "restart_program", lambda: restarts.append(True))
    boxes.expect("Sicherung wiederherstellen", "OK")
    window = start_the_program(qtbot, target, tmp_path / "fenster.ini")
    at_start = bool(boxes.seen)  # found while opening: restored before the window shows
    if window is not None and not at_start:  # found by the check after the start
        qtbot.waitUntil(lambda: bool(restarts), timeout=30000)
    offer = boxes.seen[0]
    assert "beschädigt" in offer, offer
    assert f"vom {yesterday:%d.%m.%Y %H:%M}" in offer, offer  # yesterday's backup
    assert "Soll diese Sicherung wiederhergestellt werden?" in offer, offer
    if at_start:  # the window opens on the restored file
        assert window is not None and restarts == [], boxes.seen
        names = names_in_list(qtbot, window)
        assert set(BEFORE) <= set(names) and "Heute" not in names, names
    else:
        done = boxes.seen[-1]
        assert restarts == [True], boxes.seen
        assert "wiederhergestellt" in done and "startet neu" in done, done
    if window is not None:
        wait_for_start_checks(qtbot, window)
        window.close()
        window.database.dispose()

    # The program starts again: yesterday's state, no message, the damaged file kept.
    boxes.seen.clear()
    again = start_the_program(qtbot, target, tmp_path / "fenster.ini")
    assert again is not None
    names = names_in_list(qtbot, again)
    assert set(BEFORE) <= set(names) and "Heute" not in names, names
    wait_for_start_checks(qtbot, again)
    assert boxes.seen == []
    again.close()
    again.database.dispose()
    assert dump(target) == with_yesterdays
    assert list(target.parent.glob(f"{target.stem}.beschaedigt-*{target.suffix}"))
