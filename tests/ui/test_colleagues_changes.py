"""A colleague's program (another process) writes to the same SQLite file: the open list
shows the new record within a few seconds, without F5."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from servicestelle.db import Database
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

COLLEAGUE = (
    "import sys\n"
    "from servicestelle.db import open_database\n"
    "from servicestelle.services.volunteers import VolunteerService\n"
    "db = open_database(sys.argv[1], user='Herr Jansen')\n"
    "VolunteerService(db).create(last_name='Kollegenwerk', first_name='Nina')\n"
    "db.dispose()\n"
)


def test_a_colleagues_new_record_appears_in_the_open_list(
    qtbot, volunteers: Database, tmp_path: Path
):
    settings = QSettings(str(tmp_path / "fenster.ini"), QSettings.Format.IniFormat)
    window = MainWindow(volunteers, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.current_list()
    assert page is not None
    qtbot.waitUntil(lambda: page.row_count() == 3)
    subprocess.run(
        [sys.executable, "-c", COLLEAGUE, volunteers.location],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True, timeout=60,
    )
    qtbot.waitUntil(lambda: page.row_count() == 4, timeout=5000)
    window.close()
