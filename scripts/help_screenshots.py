"""Make the pictures of the user guide (resources/help/de/bilder/) from the program itself,
on invented demo data, offscreen. Run after changing screens:

    .venv/bin/python scripts/help_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TEMP = tempfile.mkdtemp(prefix="servicestelle-bilder-")
os.environ["SERVICESTELLE_HOME"] = TEMP
os.environ.pop("SERVICESTELLE_DB", None)

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

PICTURES = ROOT / "resources" / "help" / "de" / "bilder"
WIDTH = 900  # pixels of the saved pictures (the guide shows them a little smaller)


def pump(app: QApplication, until: Callable[[], bool] | None = None, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if until is None or until():
            break
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    image = widget.grab().toImage()
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    image.save(str(PICTURES / name))
    print(f"  {name}")


def office_list(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Aktive"
    sheet.append(["Ehrenamtliche – Stand März"])
    sheet.append([])
    sheet.append(["Nr.", "Name", "Vorname", "Stadtteil", "Tel.", "E-Mail", "Sprachen", "DSGVO"])
    rows = [
        ("Weiß", "Matthias", "Schelfstadt", 3858433822, "matthias.weiss@gmx.de", "Russisch", "ja"),
        ("Schulz", "Anna", "Muesser Holz", "0385/545-1261", "anna.schulz@web.de", "arab., engl.",
         "x"),
        ("Öztürk", "Amira", "Gr. Dreesch", "0176 1234567", "amira@posteo", "Türkisch", "ja"),
        ("", "Ohne Nachnamen", "Lankow", "", "", "", ""),
    ]
    for number, row in enumerate(rows, 1):
        sheet.append([number, *row])
    book.save(path)
    return path


def main() -> None:
    app = QApplication(sys.argv)
    from servicestelle.db import open_database
    from servicestelle.demo import generate
    from ui.formatting import use_german_numbers
    from ui.translation import install_translations

    install_translations(app, "de")
    use_german_numbers()
    PICTURES.mkdir(parents=True, exist_ok=True)
    db = open_database(Path(TEMP) / "beispiel.db", user="Anna Berger")
    generate(db, volunteers=300, seed=1)
    db.optimize()

    from ui.main_window import MainWindow

    settings = QSettings(str(Path(TEMP) / "fenster.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    window.resize(1200, 760)
    window.show()
    pump(app, seconds=1)
    save(window, "hauptfenster.png")

    # the import wizard: mapping and preview
    from ui.import_wizard import ImportWizard

    wizard = ImportWizard(db, "volunteer", window)
    wizard.resize(900, 600)
    wizard.show()
    wizard.file_page.set_file(str(office_list(Path(TEMP) / "Helferliste.xlsx")))
    pump(app, wizard.file_page.isComplete)
    wizard.next()
    pump(app, seconds=0.3)
    save(wizard, "import-zuordnung.png")
    wizard.next()
    pump(app, wizard.preview_page.isComplete)
    save(wizard, "import-vorschau.png")
    wizard.reject()

    # matching for an open request
    from sqlalchemy import select

    from servicestelle import models as m
    from servicestelle.enums import RequestStatus
    from ui.match_dialog import MatchDialog

    with db.read() as session:
        request_id = session.scalars(
            select(m.HelpRequest.id)
            .where(m.HelpRequest.status == RequestStatus.OPEN)
            .order_by(m.HelpRequest.id)
        ).first()
    matches = MatchDialog(db, "request", int(request_id), parent=window)
    matches.resize(1100, 620)
    matches.show()
    pump(app, seconds=1)
    save(matches, "passende-ehrenamtliche.png")
    matches.close()

    # a running pairing with its workflow buttons
    from servicestelle.enums import PairingStatus
    from ui.forms.form_dialog import open_record_dialog

    with db.read() as session:
        pairing_id = session.scalars(
            select(m.Pairing.id).where(m.Pairing.status == PairingStatus.ACTIVE)
        ).first()
    pairing = open_record_dialog(window, db, "pairing", int(pairing_id))
    pump(app, seconds=0.5)
    save(pairing, "patenschaft.png")
    pairing.close()

    # an event's attendance
    with db.read() as session:
        event_id = session.scalars(
            select(m.Attendance.event_id).group_by(m.Attendance.event_id)
        ).first()
    event = open_record_dialog(window, db, "event", int(event_id))
    event.tabs.setCurrentWidget(event.related["attendance"])
    pump(app, seconds=0.5)
    save(event, "teilnahme.png")
    event.close()

    # the printed pairing list in its preview
    from servicestelle.services.base import ListQuery
    from ui.print_preview import start_print

    job = start_print(window, db, "pairings", query=ListQuery(filters={"status": "aktiv"}))
    pump(app, lambda: job.preview is not None, seconds=60)
    assert job.preview is not None
    job.preview.resize(900, 700)
    pump(app, seconds=1.5)
    save(job.preview, "druckvorschau.png")
    job.preview.close()

    # the overview and the follow-ups
    window.navigation.setCurrentRow(window._index_of("overview"))
    page = window.pages["overview"]
    pump(app, lambda: getattr(page, "figures", None) is not None, seconds=30)
    pump(app, seconds=1)
    save(window, "uebersicht.png")
    window.navigation.setCurrentRow(window._index_of("followups"))
    followups = window.pages["followups"]
    pump(app, lambda: followups.task is not None and not followups.task.running)
    pump(app, seconds=0.5)
    save(window, "wiedervorlage.png")
    window.close()
    db.dispose()
    print(f"Bilder in {PICTURES.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
