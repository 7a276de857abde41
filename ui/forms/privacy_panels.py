"""A person's consents (Einwilligungen) and a volunteer's police clearances
(Führungszeugnisse: only the dates, never the content)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from servicestelle.db import Database
from servicestelle.services.base import ListQuery
from servicestelle.services.consents import ConsentService
from servicestelle.services.volunteers import VolunteerService

from ..formatting import format_value
from .panel_base import Host, Panel, fill_table, record_table
from .step_dialogs import StepDialog

# What a consent covers: (field, text in the dialog, translated where shown).
SCOPES = (
    ("storage", QT_TRANSLATE_NOOP("PrivacyPanels", "Speicherung der Daten")),
    ("contact_email", QT_TRANSLATE_NOOP("PrivacyPanels", "Kontakt per E-Mail")),
    ("contact_phone", QT_TRANSLATE_NOOP("PrivacyPanels", "Kontakt per Telefon")),
    (
        "share_with_partners",
        QT_TRANSLATE_NOOP("PrivacyPanels", "Weitergabe an Partnerorganisationen"),
    ),
    ("photos", QT_TRANSLATE_NOOP("PrivacyPanels", "Fotos")),
)


def _scope(text: str) -> str:
    return QCoreApplication.translate("PrivacyPanels", text)


class ConsentPanel(Panel):
    """The consents a person gave (and withdrew), newest first."""

    def __init__(
        self, db: Database, person: str, host: Host, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate(
                "PrivacyPanels",
                "Noch keine Einwilligung erfasst – »Einwilligung eintragen…« hält fest, "
                "wozu die Person an welchem Tag zugestimmt hat.",
            ),
            parent,
        )
        self.service = ConsentService(db)
        self.person = person
        self.host = host
        self.keys = list(self.service.columns)
        self.table = record_table([c.title for c in self.service.columns.values()], 0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.add_button = self._button(
            QCoreApplication.translate("PrivacyPanels", "Einwilligung eintragen…"), self.add
        )
        self.withdraw_button = self._button(
            QCoreApplication.translate("PrivacyPanels", "Widerrufen…"), self.withdraw
        )
        self.table.itemSelectionChanged.connect(self._enable)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.withdraw_button)
        self.buttons.addStretch(1)
        self.column.addWidget(self.status)
        self.column.addLayout(self.buttons)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.table, 1)
        self.rows: list[tuple[Any, ...]] = []

    def title(self) -> str:
        return self._titled(
            QCoreApplication.translate("PrivacyPanels", "Einwilligungen"), self.count
        )

    def refresh(self) -> None:
        record_id = self._record_id()
        self.rows = []
        if record_id is not None:
            self.rows = self.service.page(ListQuery(filters={self.person: record_id}), 0, 200)
        shown = []
        for row in self.rows:
            values = dict(zip(self.keys, row[1:], strict=False))
            shown.append([format_value(values[k], self.service.columns[k].kind) for k in self.keys])
        fill_table(self.table, shown, [row[0] for row in self.rows])
        current = self.service.current(self.person, record_id) if record_id is not None else None
        if current is None:
            text = QCoreApplication.translate("PrivacyPanels", "<b>Keine gültige Einwilligung.</b>")
        else:
            scopes = [_scope(label) for key, label in SCOPES if getattr(current, key)]
            text = QCoreApplication.translate(
                "PrivacyPanels", "<b>Gültige Einwilligung</b> vom {day}: {scopes}."
            ).format(
                day=format_value(current.given_on, "date"),
                scopes=", ".join(scopes)
                or QCoreApplication.translate("PrivacyPanels", "ohne Umfang"),
            )
        self.status.setText(text)
        self._enable()
        self._shown(self.table, len(shown))

    def _enable(self) -> None:
        self.withdraw_button.setEnabled(self._selected() is not None)

    def _selected(self) -> tuple[Any, ...] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        consent_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r[0] == consent_id), None)

    def add(self) -> bool:
        record_id = self._record_id()
        if record_id is None:
            return False

        def submit(values: dict[str, Any]) -> None:
            self.service.give(self.person, record_id, **values)

        dialog = StepDialog(
            self.window(),
            QCoreApplication.translate("PrivacyPanels", "Einwilligung eintragen"),
            submit,
            ok_text=QCoreApplication.translate("PrivacyPanels", "Eintragen"),
        )
        dialog.add_date("given_on", QCoreApplication.translate("PrivacyPanels", "Erteilt am"))
        for key, label in SCOPES:
            dialog.add_check(key, _scope(label), checked=key == "storage")
        dialog.add_line("note", QCoreApplication.translate("PrivacyPanels", "Anmerkung"))
        return self._run_entry(dialog)

    def withdraw(self) -> bool:
        chosen = self._selected()
        if chosen is None:
            return False
        consent = self.service.get(chosen[0])

        def submit(values: dict[str, Any]) -> None:
            self.service.withdraw(consent.id, consent.version, values["on"])

        dialog = StepDialog(
            self.window(),
            QCoreApplication.translate("PrivacyPanels", "Einwilligung widerrufen"),
            submit,
            intro=QCoreApplication.translate(
                "PrivacyPanels",
                "Ab dem Widerruf darf die Person nicht mehr auf diesem Weg kontaktiert "
                "werden; Löschfristen laufen.",
            ),
            ok_text=QCoreApplication.translate("PrivacyPanels", "Widerrufen"),
        )
        dialog.add_date("on", QCoreApplication.translate("PrivacyPanels", "Widerrufen am"))
        return self._run_entry(dialog)


class ClearancePanel(Panel):
    """A volunteer's police clearances: issue date, when seen, valid until."""

    def __init__(self, db: Database, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "PrivacyPanels",
                "Noch kein Führungszeugnis vorgelegt – »Führungszeugnis eintragen…« hält "
                "nur die Daten fest (ausgestellt, vorgelegt), nie den Inhalt.",
            ),
            parent,
        )
        self.service = VolunteerService(db)
        self.host = host
        self.table = record_table(
            [
                QCoreApplication.translate("PrivacyPanels", "Ausgestellt am"),
                QCoreApplication.translate("PrivacyPanels", "Vorgelegt am"),
                QCoreApplication.translate("PrivacyPanels", "Gültig bis"),
                QCoreApplication.translate("PrivacyPanels", "Gesehen von"),
            ],
            3,
        )
        self.status = QLabel()
        self.add_button = self._button(
            QCoreApplication.translate("PrivacyPanels", "Führungszeugnis eintragen…"), self.add
        )
        self.buttons.addWidget(self.add_button)
        self.buttons.addStretch(1)
        self.column.addWidget(self.status)
        self.column.addLayout(self.buttons)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.table, 1)
        self.valid = False

    def title(self) -> str:
        return self._titled(
            QCoreApplication.translate("PrivacyPanels", "Führungszeugnis"), self.count
        )

    def refresh(self) -> None:
        record_id = self._record_id()
        found = self.service.clearances(record_id) if record_id is not None else []
        today = dt.date.today()
        fill_table(
            self.table,
            [
                [
                    format_value(c.issued_on, "date"),
                    format_value(c.seen_on, "date"),
                    format_value(c.valid_until, "date")
                    + (
                        QCoreApplication.translate("PrivacyPanels", " (abgelaufen)")
                        if c.valid_until <= today
                        else ""
                    ),
                    c.seen_by or "",
                ]
                for c in found
            ],
            [c.id for c in found],
        )
        current = [c for c in found if c.issued_on <= today < c.valid_until]
        self.valid = bool(current)
        if current:
            until = max(c.valid_until for c in current)
            self.status.setText(
                QCoreApplication.translate(
                    "PrivacyPanels", "<b>Gültiges Führungszeugnis</b> bis {day}."
                ).format(day=format_value(until, "date"))
            )
        else:
            self.status.setText(
                QCoreApplication.translate(
                    "PrivacyPanels",
                    "<b>Kein gültiges Führungszeugnis</b> – nötig, wo Kinder beteiligt sind.",
                )
            )
        self._shown(self.table, len(found))

    def add(self) -> bool:
        record_id = self._record_id()
        if record_id is None:
            return False

        def submit(values: dict[str, Any]) -> None:
            self.service.add_clearance(record_id, values["issued_on"], values["seen_on"])

        dialog = StepDialog(
            self.window(),
            QCoreApplication.translate("PrivacyPanels", "Führungszeugnis eintragen"),
            submit,
            intro=QCoreApplication.translate(
                "PrivacyPanels",
                "Nur die Daten werden gespeichert; das Führungszeugnis selbst geht an die "
                "Person zurück.",
            ),
            ok_text=QCoreApplication.translate("PrivacyPanels", "Eintragen"),
        )
        dialog.add_date(
            "issued_on",
            QCoreApplication.translate("PrivacyPanels", "Ausgestellt am"),
            today=False,
        )
        dialog.add_date("seen_on", QCoreApplication.translate("PrivacyPanels", "Vorgelegt am"))
        return self._run_entry(dialog)


def privacy_panels(db: Database, entity: str, host: Host) -> list[tuple[str, Panel]]:
    """The consent tab of a person's window; a volunteer's also the clearance tab."""
    panels: list[tuple[str, Panel]] = []
    if entity in ("volunteer", "newcomer", "contact_person"):
        panels.append(("consents", ConsentPanel(db, entity, host)))
    if entity == "volunteer":
        panels.append(("clearances", ClearancePanel(db, host)))
    return panels
