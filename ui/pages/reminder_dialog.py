"""»Neue Wiedervorlage«: a reminder with a day, a text and who sees to it, from the
Wiedervorlage page (the office's own) or from a record's window (about that record)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QPushButton, QWidget

from servicestelle.db import Database
from servicestelle.services.followups_reminders import ReminderService

from ..forms.step_dialogs import StepDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("ReminderDialog", text)


def reminder_dialog(
    parent: QWidget | None,
    db: Database,
    entity: str | None = None,
    record_id: int | None = None,
    about: str = "",
) -> StepDialog:
    """The dialog (not shown yet); OK stores the reminder, a refusal keeps it open."""
    service = ReminderService(db)

    def submit(values: dict[str, Any]) -> None:
        service.create(values["due_on"], values["text"] or "", values["staff"], entity, record_id)

    intro = (
        QCoreApplication.translate(
            "ReminderDialog",
            "Eine Wiedervorlage zu »{about}«: an diesem Tag erscheint sie in der Wiedervorlage.",
        ).format(about=about)
        if about
        else QCoreApplication.translate(
            "ReminderDialog", "An diesem Tag erscheint sie in der Wiedervorlage."
        )
    )
    dialog = StepDialog(
        parent,
        QCoreApplication.translate("ReminderDialog", "Neue Wiedervorlage"),
        submit,
        intro=intro,
        ok_text=QCoreApplication.translate("ReminderDialog", "Anlegen"),
    )
    due = dialog.add_date(
        "due_on", QCoreApplication.translate("ReminderDialog", "Fällig am"), today=False
    )
    due.set_value(dt.date.today() + dt.timedelta(days=7))
    dialog.add_line(
        "text",
        QCoreApplication.translate("ReminderDialog", "Worum es geht"),
        QCoreApplication.translate("ReminderDialog", "z. B. Verwendungsnachweis anfordern"),
    )
    staff = QComboBox()
    staff.setEditable(True)
    staff.addItems(service.staff_names())
    staff.setCurrentText(db.user)
    dialog.add_widget(
        "staff",
        QCoreApplication.translate("ReminderDialog", "Zuständig"),
        staff,
        lambda: staff.currentText().strip(),
        staff.setCurrentText,
    )
    dialog.widgets["text"].setFocus()
    from ..help_context import set_help_page

    set_help_page(dialog, "wiedervorlage.html#neu")  # F1: this dialog's own section
    return dialog


def new_reminder(
    parent: QWidget | None,
    db: Database,
    entity: str | None = None,
    record_id: int | None = None,
    about: str = "",
) -> bool:
    """Ask for a new reminder and store it; True when stored."""
    dialog = reminder_dialog(parent, db, entity, record_id, about)
    return dialog.exec() == QDialog.DialogCode.Accepted


def reminder_button(window: Any) -> QPushButton:
    """»Neue Wiedervorlage…« for a record window (a ``FormDialog``): the record is saved
    first when new or edited, then the reminder is asked for."""
    button = QPushButton(
        QCoreApplication.translate("ReminderDialog", "Neue Wiedervorlage…"), window
    )
    button.setAutoDefault(False)
    button.setToolTip(
        QCoreApplication.translate(
            "ReminderDialog", "Eine Erinnerung an diesen Eintrag für einen Tag anlegen"
        )
    )

    def ask() -> None:
        unsaved = window.record_id is None or window.form.is_dirty()
        if unsaved and (not window.save() or window.record_id is None):
            return
        new_reminder(
            window, window.service.db, window.entity, int(window.record_id), window.title()
        )

    button.clicked.connect(ask)
    return button
