"""The records related to the one a window shows: a volunteer's pairings, requests
and events; a newcomer's pairings and requests; an organisation's contact persons,
consultations and funding applications; an event's invitees and who came.

Each entry opens in its own window with a double-click or Enter; »Neu…« buttons open
an empty form with the shown record already filled in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QPushButton,
    QTableWidget,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.services.base import EntityService, ListQuery
from servicestelle.services.events import EventService
from servicestelle.services.requests import HelpRequestService

from ..formatting import format_count, format_value
from .attendance_panel import AttendancePanel
from .panel_base import Host, Panel, fill_table, record_table

# The most entries a tab shows (a record with more is an import error, not a case).
MOST = 500


class OpenableTable(QTableWidget):
    """A read-only table whose rows open their record with a double-click or Enter."""

    def __init__(self, opener: Callable[[Any], None]) -> None:
        super().__init__()
        self._opener = opener
        self.itemActivated.connect(lambda item: self._open_row(item.row()))

    def _open_row(self, row: int) -> None:
        item = self.item(row, 0)
        if item is not None:
            self._opener(item.data(Qt.ItemDataRole.UserRole))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self._open_row(self.currentRow())
            return
        super().keyPressEvent(event)


def openable_table(
    headers: Sequence[str], stretch: int, opener: Callable[[Any], None]
) -> QTableWidget:
    """``record_table``'s look on a table that opens its rows."""
    table = record_table(headers, stretch, OpenableTable(opener))
    table.setToolTip(
        QCoreApplication.translate(
            "RelatedPanels", "Doppelklick oder Eingabetaste öffnet den Eintrag."
        )
    )
    return table


class RelatedPanel(Panel):
    """Entries of another kind of record that point at the host's record."""

    def __init__(
        self,
        db: Database,
        host: Host,
        *,
        title: str,
        empty_text: str,
        headers: Sequence[str],
        stretch: int,
        entity: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(empty_text, parent)
        self.db = db
        self.host = host
        self.entity = entity
        self._title = title
        self.table = openable_table(headers, stretch, self.open_entry)
        self.open_button = self._button(
            QCoreApplication.translate("RelatedPanels", "Öffnen"), self._open_selected
        )
        self.open_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(bool(self.table.selectedItems()))
        )
        self.column.addLayout(self.buttons)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.table, 1)
        from ..changes import change_bus

        # Entries written anywhere (another window, a workflow step) show at once.
        change_bus(db).changed.connect(self._data_changed)
        self.ids: list[Any] = []

    def title(self) -> str:
        return self._titled(self._title, format_count(self.count) if self.count else "")

    def add_new_button(self, text: str, defaults: Callable[[], dict[str, Any]]) -> QPushButton:
        """A button that opens an empty form of ``entity`` filled with ``defaults()``."""
        button = self._button(text, lambda: self._new_with(defaults))
        self.buttons.insertWidget(0, button)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.open_button)

    def rows(self, record_id: Any) -> tuple[list[Sequence[str]], list[Any]]:
        raise NotImplementedError

    def _data_changed(self, changes: Any) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.table):
            return  # its window was closed meanwhile
        if self._record_id() is not None and changes.concerns(self.entity):
            self.refresh()

    def refresh(self) -> None:
        record_id = self._record_id()
        shown, ids = self.rows(record_id) if record_id is not None else ([], [])
        self.ids = ids
        fill_table(self.table, shown, ids)
        self.open_button.setEnabled(False)
        self._shown(self.table, len(shown))

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_entry(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def _window(self, record_id: Any, defaults: dict[str, Any] | None = None) -> Any:
        from .form_dialog import open_record_dialog

        dialog = open_record_dialog(
            self.window(), self.db, self.entity, record_id, defaults=defaults
        )
        dialog.saved.connect(lambda *_args: self.refresh())
        forward = getattr(self.host, "saved", None)  # lists in the main window refresh
        if forward is not None:
            dialog.saved.connect(forward)
        self.last_opened = dialog
        return dialog

    def open_entry(self, record_id: Any) -> Any:
        return self._window(record_id)

    def new_entry(self, defaults: dict[str, Any]) -> Any:
        return self._new_with(lambda: defaults)

    def _new_with(self, defaults: Callable[[], dict[str, Any]]) -> Any:
        """A new entry's window; a record not yet saved is saved first, so that the
        defaults can name it."""
        if self._saved_record_id() is None:
            return None
        return self._window(None, defaults())


class ServiceListPanel(RelatedPanel):
    """Rows of a service's list filtered to the host's record, in chosen columns."""

    def __init__(
        self,
        db: Database,
        host: Host,
        service: EntityService[Any],
        filter_key: str,
        columns: Sequence[str],
        *,
        title: str,
        empty_text: str,
        stretch: int = 0,
        include_archived: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        self.service = service
        self.filter_key = filter_key
        self.keys = list(columns)
        self.include_archived = include_archived
        super().__init__(
            db,
            host,
            title=title,
            empty_text=empty_text,
            headers=[service.columns[k].title for k in self.keys],
            stretch=stretch,
            entity=service.entity,
            parent=parent,
        )

    def rows(self, record_id: Any) -> tuple[list[Sequence[str]], list[Any]]:
        query = ListQuery(
            filters={self.filter_key: record_id}, include_archived=self.include_archived
        )
        found = self.service.page(query, 0, MOST)
        keys = list(self.service.columns)
        shown = []
        for row in found:
            values = dict(zip(keys, row[1:], strict=False))
            shown.append([format_value(values[k], self.service.columns[k].kind) for k in self.keys])
        return shown, [row[0] for row in found]


class VolunteerRequestsPanel(RelatedPanel):
    """The help requests a volunteer was asked for or assigned to."""

    def __init__(self, db: Database, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(
            db,
            host,
            title=QCoreApplication.translate("RelatedPanels", "Hilfsanfragen"),
            empty_text=QCoreApplication.translate(
                "RelatedPanels",
                "Noch für keine Hilfsanfrage angefragt – das geschieht in der Hilfsanfrage "
                "mit »Ehrenamtliche*n anfragen…«.",
            ),
            headers=[
                QCoreApplication.translate("RelatedPanels", "Eingegangen"),
                QCoreApplication.translate("RelatedPanels", "Anliegen"),
                QCoreApplication.translate("RelatedPanels", "Status"),
                QCoreApplication.translate("RelatedPanels", "Angefragt am"),
                QCoreApplication.translate("RelatedPanels", "Antwort"),
                QCoreApplication.translate("RelatedPanels", "Zugeordnet am"),
            ],
            stretch=1,
            entity="help_request",
            parent=parent,
        )
        self.service = HelpRequestService(db)
        self.finish_buttons()

    def rows(self, record_id: Any) -> tuple[list[Sequence[str]], list[Any]]:
        found = self.service.for_volunteer(record_id)[:MOST]
        shown = [
            [
                format_value(r.received_on, "date"),
                r.title,
                r.status.label,
                format_value(r.asked_on, "date"),
                r.answer.label,
                format_value(r.assigned_on, "date"),
            ]
            for r in found
        ]
        return shown, [r.request_id for r in found]


class VolunteerEventsPanel(RelatedPanel):
    """The events a volunteer was invited to or came to."""

    def __init__(self, db: Database, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(
            db,
            host,
            title=QCoreApplication.translate("RelatedPanels", "Veranstaltungen"),
            empty_text=QCoreApplication.translate(
                "RelatedPanels",
                "Noch zu keiner Veranstaltung eingeladen – Einladungen und Teilnahme "
                "werden in der Veranstaltung eingetragen.",
            ),
            headers=[
                QCoreApplication.translate("RelatedPanels", "Beginn"),
                QCoreApplication.translate("RelatedPanels", "Veranstaltung"),
                QCoreApplication.translate("RelatedPanels", "Eingeladen am"),
                QCoreApplication.translate("RelatedPanels", "Teilnahme"),
            ],
            stretch=1,
            entity="event",
            parent=parent,
        )
        self.service = EventService(db)
        self.finish_buttons()

    def rows(self, record_id: Any) -> tuple[list[Sequence[str]], list[Any]]:
        found = self.service.for_volunteer(record_id)[:MOST]
        shown = [
            [
                format_value(e.starts_at, "localdatetime"),
                e.title,
                format_value(e.invited_on, "date"),
                attendance_text(e.attended, e.registered),
            ]
            for e in found
        ]
        return shown, [e.event_id for e in found]


def attendance_text(attended: bool, registered: bool) -> str:
    if attended:
        return QCoreApplication.translate("RelatedPanels", "teilgenommen")
    return (
        QCoreApplication.translate("RelatedPanels", "angemeldet")
        if registered
        else QCoreApplication.translate("RelatedPanels", "eingeladen")
    )


def related_panels(db: Database, entity: str, host: Any) -> list[tuple[str, Panel]]:
    """The tabs of related records of a window showing an ``entity``, keyed by name."""
    from servicestelle.services.organisations import (
        ConsultationService,
        ContactPersonService,
        FundingService,
    )
    from servicestelle.services.pairings import PairingService

    panels: list[tuple[str, Panel]] = []

    def listed(
        key: str,
        service: EntityService[Any],
        filter_key: str,
        columns: Sequence[str],
        title: str,
        empty_text: str,
        new: tuple[str, str] | None = None,
        stretch: int = 0,
    ) -> None:
        panel = ServiceListPanel(
            db,
            host,
            service,
            filter_key,
            columns,
            title=title,
            empty_text=empty_text,
            stretch=stretch,
        )
        if new is not None:
            text, field = new
            panel.add_new_button(text, lambda: {field: host.record.id})
        panel.finish_buttons()
        panels.append((key, panel))

    if entity == "volunteer":
        listed(
            "pairings",
            PairingService(db),
            "volunteer",
            ["newcomer", "status", "focus", "started_on", "next_checkin_on"],
            QCoreApplication.translate("RelatedPanels", "Patenschaften"),
            QCoreApplication.translate(
                "RelatedPanels",
                "Noch keine Patenschaft – »Neue Patenschaft…« schlägt eine vor.",
            ),
            new=(QCoreApplication.translate("RelatedPanels", "Neue Patenschaft…"), "volunteer_id"),
        )
        panels.append(("requests", VolunteerRequestsPanel(db, host)))
        panels.append(("events", VolunteerEventsPanel(db, host)))
    elif entity == "newcomer":
        listed(
            "pairings",
            PairingService(db),
            "newcomer",
            ["volunteer", "status", "focus", "started_on", "next_checkin_on"],
            QCoreApplication.translate("RelatedPanels", "Patenschaften"),
            QCoreApplication.translate(
                "RelatedPanels",
                "Noch keine Patenschaft – »Neue Patenschaft…« schlägt eine*n Ehrenamtliche*n "
                "als Patin oder Paten vor.",
            ),
            new=(QCoreApplication.translate("RelatedPanels", "Neue Patenschaft…"), "newcomer_id"),
        )
        listed(
            "requests",
            HelpRequestService(db),
            "newcomer",
            ["received_on", "title", "status", "activity_field", "needed_on"],
            QCoreApplication.translate("RelatedPanels", "Hilfsanfragen"),
            QCoreApplication.translate(
                "RelatedPanels",
                "Noch keine Hilfsanfrage – »Neue Hilfsanfrage…« nimmt ein Anliegen auf.",
            ),
            new=(QCoreApplication.translate("RelatedPanels", "Neue Hilfsanfrage…"), "newcomer_id"),
            stretch=1,
        )
    elif entity == "organisation":
        listed(
            "contact_persons",
            ContactPersonService(db),
            "organisation",
            ["last_name", "first_name", "role", "phone", "email"],
            QCoreApplication.translate("RelatedPanels", "Ansprechpersonen"),
            QCoreApplication.translate(
                "RelatedPanels",
                "Noch keine Ansprechperson – »Neue Ansprechperson…« trägt jemanden ein.",
            ),
            new=(
                QCoreApplication.translate("RelatedPanels", "Neue Ansprechperson…"),
                "organisation_id",
            ),
            stretch=4,
        )
        listed(
            "consultations",
            ConsultationService(db),
            "organisation",
            ["held_on", "topic", "staff", "minutes"],
            QCoreApplication.translate("RelatedPanels", "Beratungen"),
            QCoreApplication.translate(
                "RelatedPanels",
                "Noch keine Beratung – »Beratung eintragen…« hält Termin, Thema und Ergebnis fest.",
            ),
            new=(
                QCoreApplication.translate("RelatedPanels", "Beratung eintragen…"),
                "organisation_id",
            ),
            stretch=1,
        )
        listed(
            "funding",
            FundingService(db),
            "organisation",
            ["programme", "applied_on", "amount", "status"],
            QCoreApplication.translate("RelatedPanels", "Förderanträge"),
            QCoreApplication.translate(
                "RelatedPanels",
                "Noch kein Förderantrag – »Förderantrag eintragen…« verfolgt einen Antrag "
                "vom Plan bis zum Bescheid.",
            ),
            new=(
                QCoreApplication.translate("RelatedPanels", "Förderantrag eintragen…"),
                "organisation_id",
            ),
            stretch=0,
        )
        listed(
            "requests",
            HelpRequestService(db),
            "organisation",
            ["received_on", "title", "status", "activity_field"],
            QCoreApplication.translate("RelatedPanels", "Hilfsanfragen"),
            QCoreApplication.translate(
                "RelatedPanels",
                "Noch keine Hilfsanfrage dieser Organisation – »Neue Hilfsanfrage…« nimmt "
                "eine auf.",
            ),
            new=(
                QCoreApplication.translate("RelatedPanels", "Neue Hilfsanfrage…"),
                "organisation_id",
            ),
            stretch=1,
        )
    elif entity == "event":
        panels.append(("attendance", AttendancePanel(db, host)))
    return panels
