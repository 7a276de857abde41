"""The data protection documents as PDF: a person's access report (Art. 15, with its
JSON beside it) and the records of processing (Art. 30), written in the background and
shown in the print preview."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from servicestelle.db import Database

from .. import file_dialogs
from ..background import Task, run_in_background


def show_pdf(parent: QWidget, path: Path, title: str, file_name: str) -> QWidget | None:
    """The print preview of a written PDF (None where no preview is available)."""
    try:
        from ..print_preview import PrintPreview
    except ImportError:  # pragma: no cover - QtPdf missing
        return None
    preview = PrintPreview(path, title, file_name, parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    return preview


def show_records_of_processing(parent: QWidget, db: Database) -> Task:
    """Write the records of processing (Art. 30) in the background, then preview it."""
    from servicestelle.printing.privacy import write_records_of_processing

    folder = tempfile.TemporaryDirectory(prefix="servicestelle-vvt-")
    name = f"Verarbeitungsverzeichnis_{dt.date.today().isoformat()}.pdf"
    path = Path(folder.name) / name
    title = QCoreApplication.translate("PrivacyDialogs", "Verzeichnis der Verarbeitungstätigkeiten")

    def done(_result: Any) -> None:
        preview = show_pdf(parent, path, title, name)
        if preview is not None:
            preview.finished.connect(lambda _code: folder.cleanup())  # type: ignore[attr-defined]
            preview._folder = folder  # type: ignore[attr-defined]  # lives as long as it
        else:
            folder.cleanup()

    return run_in_background(
        parent,
        QCoreApplication.translate("PrivacyDialogs", "Verarbeitungsverzeichnis"),
        QCoreApplication.translate("PrivacyDialogs", "Das Verzeichnis wird erstellt …"),
        lambda _p, _c: write_records_of_processing(db, path),
        done,
        cancellable=False,
    )


def save_access_report(
    parent: QWidget,
    db: Database,
    person: str,
    person_id: int,
    target: str | None = None,
    language: str = "de",
) -> Task | None:
    """Ask where to save the access report (the letter as PDF in ``language``, the JSON
    next to it, named »Auskunft_Nachname_Vorname_Datum«), write both in the background
    and show the PDF."""
    from servicestelle.printing.access_letter import suggested_names
    from servicestelle.printing.privacy import write_access_report

    if target is None:
        target = file_dialogs.save_file(
            parent,
            file_dialogs.REPORT,
            QCoreApplication.translate("PrivacyDialogs", "Auskunft speichern"),
            suggested_names(db, person, person_id)[0],
            QCoreApplication.translate("PrivacyDialogs", "PDF-Dateien (*.pdf)"),
        )
        if not target:
            return None
    pdf = Path(target).with_suffix(".pdf")
    json_path = pdf.with_suffix(".json")
    title = QCoreApplication.translate("PrivacyDialogs", "Auskunft (Art. 15 DSGVO)")

    def done(_report: Any) -> None:
        show_pdf(parent, pdf, title, pdf.name)
        if hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(
                QCoreApplication.translate(
                    "PrivacyDialogs", "Auskunft gespeichert: {pdf} und {json}"
                ).format(pdf=pdf, json=json_path),
                10000,
            )

    return run_in_background(
        parent,
        title,
        QCoreApplication.translate("PrivacyDialogs", "Die Auskunft wird erstellt …"),
        lambda _p, _c: write_access_report(
            db, person, person_id, pdf, json_path, language=language
        ),
        done,
        cancellable=False,
    )


def open_records_of_processing(window: Any) -> Task:
    return show_records_of_processing(window, window.database)
