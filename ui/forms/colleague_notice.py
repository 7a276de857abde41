"""An open record window says so when somebody else saved the same record meanwhile.

The window listens to the change bus (a colleague's change on the server, another
program's commit to a SQLite file); when the stored record's version is no longer the
one shown, a note above the form names what changed, before the user saves. Saving then
offers the choices of the conflict box as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel

from servicestelle.errors import ServiceError

if TYPE_CHECKING:
    from .form_dialog import FormDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("FormDialog", text)


def watch_colleagues(dialog: FormDialog) -> QLabel:
    """Put the note (hidden until needed) above the form and start listening."""
    from ..changes import change_bus

    note = QLabel(dialog)
    note.setObjectName("colleague_note")
    note.setWordWrap(True)
    note.setStyleSheet(
        "background: #fff4ce; border: 1px solid #e0c060; padding: 6px; color: #4a3b00;"
    )
    note.hide()
    dialog.column.insertWidget(0, note)

    def changed(changes: Any) -> None:
        if not shiboken6.isValid(dialog) or dialog.record_id is None:
            return
        if getattr(dialog, "own_write", False):
            return  # the window's own save (reported while it is being stored)
        if changes.concerns_record(dialog.entity, dialog.record_id):
            QTimer.singleShot(0, lambda: _look(dialog, note))  # after an own save settled

    change_bus(dialog.service.db).changed.connect(changed)
    return note


def _look(dialog: FormDialog, note: QLabel) -> None:
    if not shiboken6.isValid(dialog) or not shiboken6.isValid(note):
        return
    if dialog.record_id is None or dialog.version is None:
        note.hide()
        return
    try:
        stored = dialog.service.get(dialog.record_id)
    except ServiceError:
        return
    if stored.version == dialog.version:
        note.hide()
        return
    who = getattr(stored, "updated_by", None) or QCoreApplication.translate(
        "FormDialog", "Jemand anderes"
    )
    lines = dialog.colleague_changes()
    text = QCoreApplication.translate(
        "FormDialog", "{who} hat diesen Eintrag inzwischen geändert."
    ).format(who=who)
    if lines:
        text += " " + "; ".join(lines[:5]) + ("; …" if len(lines) > 5 else ".")
    text += " " + QCoreApplication.translate(
        "FormDialog", "Beim Speichern können Sie neu laden oder Ihre Änderung darüber legen."
    )
    note.setText(text)
    note.show()
