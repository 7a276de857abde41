"""A person's rights from the record window: »Auskunft (Art. 15) …« (the access report)
and »Löschen auf Antrag (Art. 17) …« (erasure after a confirmation naming what goes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.kinds import PEOPLE

from ..background import Task, run_in_background
from . import access_dialog
from .documents import save_access_report

PERSON_ENTITIES = tuple(PEOPLE)  # the kinds that are natural persons (the registry's)


def privacy_buttons(dialog: Any) -> list[QPushButton]:
    """ "Auskunft (Art. 15) …" and "Löschen auf Antrag (Art. 17) …" for a person's window."""
    if dialog.entity not in PERSON_ENTITIES:
        return []
    report = QPushButton(
        QCoreApplication.translate("PrivacyDialogs", "Auskunft (Art. 15) …"), dialog
    )
    report.setAutoDefault(False)
    report.setToolTip(
        QCoreApplication.translate(
            "PrivacyDialogs", "Alles, was zu dieser Person gespeichert ist, als PDF und JSON"
        )
    )
    erase = QPushButton(
        QCoreApplication.translate("PrivacyDialogs", "Löschen auf Antrag (Art. 17) …"), dialog
    )
    erase.setAutoDefault(False)
    erase.setToolTip(
        QCoreApplication.translate(
            "PrivacyDialogs", "Alle Spuren dieser Person aus der Datenbank entfernen"
        )
    )
    report.clicked.connect(lambda: _report_from(dialog))
    erase.clicked.connect(lambda: _erase_from(dialog))
    dialog.privacy_report_button = report
    dialog.privacy_erase_button = erase
    return [report, erase]


def _stored(dialog: Any) -> int | None:
    if dialog.record_id is None:
        QMessageBox.information(
            dialog,
            QCoreApplication.translate("PrivacyDialogs", "Datenschutz"),
            QCoreApplication.translate("PrivacyDialogs", "Der Eintrag ist noch nicht gespeichert."),
        )
        return None
    return int(dialog.record_id)


def _report_from(dialog: Any) -> Task | None:
    """Save the record if edited, ask for the letter's language, then where to save."""
    record_id = _stored(dialog)
    if record_id is None or (dialog.form.is_dirty() and not dialog.save()):
        return None
    from servicestelle.kinds import kind

    name = kind(dialog.entity).title(dialog.service.get(record_id))
    language = access_dialog.ask_letter_language(dialog, name)
    if language is None:
        return None
    return save_access_report(
        dialog, dialog.service.db, dialog.entity, record_id, language=language
    )


def _erase_from(dialog: Any) -> Task | None:
    record_id = _stored(dialog)
    if record_id is None:
        return None
    entity = dialog.entity

    def done(_result: Any) -> None:
        dialog.saved.emit(entity, record_id)  # the lists show the change
        QDialog.done(dialog, QDialog.DialogCode.Rejected)  # closes without asking

    return erase_person(dialog, dialog.service.db, entity, record_id, done)


# -- erasure ---------------------------------------------------------------------------


def confirm_erasure(parent: QWidget, plan: Any) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PrivacyDialogs", "Löschen auf Antrag"))
    box.setText(
        QCoreApplication.translate(
            "PrivacyDialogs", "Alle Daten dieser Person unwiderruflich löschen?"
        )
    )
    box.setInformativeText(
        plan.describe()
        + "\n\n"
        + QCoreApplication.translate(
            "PrivacyDialogs",
            "Ältere Datensicherungen enthalten die Person noch, bis sie ersetzt werden.",
        )
    )
    erase = box.addButton(
        QCoreApplication.translate("PrivacyDialogs", "Endgültig löschen"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("PrivacyDialogs", "Abbrechen"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is erase


def erase_person(
    parent: QWidget,
    db: Database,
    person: str,
    person_id: int,
    done: Callable[[Any], None] | None = None,
) -> Task | None:
    """Ask (naming what will go), then erase the person in the background."""
    from servicestelle.services.privacy_erase import erase, plan_erasure

    try:
        plan = plan_erasure(db, person, person_id)
    except ServiceError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PrivacyDialogs", "Löschen auf Antrag"),
            error.message,
        )
        return None
    if not confirm_erasure(parent, plan):
        return None

    def finished(result: Any) -> None:
        if not result.compacted:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("PrivacyDialogs", "Löschen auf Antrag"),
                QCoreApplication.translate(
                    "PrivacyDialogs",
                    "Gelöscht. Die Datenbankdatei konnte nicht vollständig verdichtet werden, "
                    "weil ein anderes Programm sie geöffnet hat.",
                ),
            )
        if done is not None:
            done(result)

    return run_in_background(
        parent,
        QCoreApplication.translate("PrivacyDialogs", "Löschen auf Antrag"),
        QCoreApplication.translate("PrivacyDialogs", "Die Daten werden gelöscht …"),
        lambda _p, _c: erase(db, person, person_id),
        finished,
        cancellable=False,
    )
