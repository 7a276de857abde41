"""What the main window offers the staff member's role (on a shared server).

A page whose records the role may not read is not shown at all; commands the role may
not use are hidden; the status bar names the login and its role, with what the role
may do as its tooltip. With every right (a SQLite file, the IT) nothing changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from servicestelle import kinds
from servicestelle.actor import Actor, Role

if TYPE_CHECKING:
    from .main_window import MainWindow

# The kinds of record a page needs to read besides its own list's.
_PAGE_NEEDS: dict[str, tuple[str, ...]] = {
    "overview": ("volunteer", "newcomer", "pairing", "help_request"),
    "followups": ("volunteer", "pairing", "contact_note", "police_clearance"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def visible(actor: Actor, key: str) -> bool:
    """Whether the page ``key`` is shown to ``actor``."""
    if key in kinds.BY_LIST:
        return actor.may_read(kinds.BY_LIST[key].key)
    return all(actor.may_read(kind) for kind in _PAGE_NEEDS.get(key, ()))


def may_create(actor: Actor, page: Any) -> bool:
    entity = getattr(getattr(page, "service", None), "entity", None)
    return entity is None or actor.may_write(entity)


class RolePage(QWidget):
    """The page of a role without lists (Administration): what it does, and where."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(
            QCoreApplication.translate("MainWindow", "Angemeldet als {login} – {role}").format(
                login=actor.login, role=actor.role.title
            ),
            self,
        )
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(
            QCoreApplication.translate(
                "MainWindow",
                "Ihre Rolle: {duties}.\n\nEinstellungen und Auswahllisten finden Sie im Menü "
                "»Extras«. Listen mit Personen und Einträgen zeigt Servicestelle dieser Rolle "
                "nicht.",
            ).format(duties=actor.duties),
            self,
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
        for label in (heading, text):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def apply(window: MainWindow) -> None:
    """Hide the commands the role may not use and name the role in the status bar."""
    actor = window.database.actor
    if actor.role is Role.ALL:
        return
    a = window.commands
    a.import_.setVisible(actor.may_write("volunteer") or actor.may_write("organisation"))
    a.audit_log.setVisible(actor.may_read("audit_entry"))
    a.retention.setVisible(actor.may_write("privacy"))
    a.processing_records.setVisible(actor.may_read("audit_entry"))
    label = QLabel(
        QCoreApplication.translate("MainWindow", "{login} · {role}").format(
            login=actor.login, role=actor.role.title
        ),
        window,
    )
    label.setObjectName("role_label")
    label.setToolTip(
        QCoreApplication.translate("MainWindow", "Ihre Rolle erlaubt: {duties}").format(
            duties=actor.duties
        )
    )
    window.statusBar().addPermanentWidget(label)
