"""A person's consents (Einwilligungen) and a volunteer's police clearances
(Führungszeugnisse: only the dates, never the content)."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from servicestelle.dates import add_years
from servicestelle.db import Database
from servicestelle.enums import ClearanceKind
from servicestelle.services.base import ListQuery
from servicestelle.services.consents import ConsentService
from servicestelle.services.volunteers import VolunteerService, best_clearance

from ..formatting import format_value
from .panel_base import Host, Panel, fill_table, record_table
from .step_dialogs import StepDialog

# What a consent covers: (field, text in the dialog, translated where shown).
SCOPES = (
    ("storage", QT_TRANSLATE_NOOP("PrivacyPanels", "Speicherung der Daten")),
    ("contact_email", QT_TRANSLATE_NOOP("PrivacyPanels", "Kontakt per E-Mail")),
    ("contact_phone", QT_TRANSLATE_NOOP("PrivacyPanels", "Kontakt per Telefon")),
    ("contact_post", QT_TRANSLATE_NOOP("PrivacyPanels", "Kontakt per Post")),
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

    kind = "consent"  # what the tab shows (the role must be allowed to read it)

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
        # The remark (»Anmerkung«, the last column) takes the spare width.
        self.table = record_table(
            [c.title for c in self.service.columns.values()], self.keys.index("note")
        )
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

    @staticmethod
    def count_in(record: Any) -> int | None:
        """How many consents the record brought with it (before the tab is filled)."""
        consents = getattr(record, "consents", None)
        return None if consents is None else len(consents)

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
        note = self.keys.index("note")
        for r, values in enumerate(shown):  # the whole remark, where the column cuts it
            if values[note]:
                self.table.item(r, note).setToolTip(values[note])
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
            if current.note:  # e.g. »laut Liste, Datum unbekannt« of an import
                text += " " + QCoreApplication.translate(
                    "PrivacyPanels", "Anmerkung: {note}"
                ).format(note=html.escape(current.note))
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
        record_id = self._saved_record_id()
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
        signed = dialog.add_line(
            "form_version",
            QCoreApplication.translate("PrivacyPanels", "Formular"),
            QCoreApplication.translate("PrivacyPanels", "leer lassen, wenn mündlich erteilt"),
        )
        signed.setText(self.service.form_version_for(self.person, record_id))
        signed.setToolTip(
            QCoreApplication.translate(
                "PrivacyPanels",
                "Die Fassung des unterschriebenen Formulars (»Drucken« → "
                "»Einwilligungserklärung«).",
            )
        )
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
    """A volunteer's police clearances: issue date, when seen, valid until, kind."""

    kind = "police_clearance"  # what the tab shows (the role must be allowed to read it)

    def __init__(self, db: Database, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "PrivacyPanels",
                "Noch kein Führungszeugnis vorgelegt – »Führungszeugnis eintragen…« hält "
                "nur die Daten fest (Art, ausgestellt, vorgelegt, gültig bis), nie den Inhalt.",
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
                QCoreApplication.translate("PrivacyPanels", "Art"),
                QCoreApplication.translate("PrivacyPanels", "Gesehen von"),
            ],
            4,
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
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

    @staticmethod
    def count_in(record: Any) -> int | None:
        """How many clearances the record brought with it (before the tab is filled)."""
        clearances = getattr(record, "clearances", None)
        return None if clearances is None else len(clearances)

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
                    c.kind.label,
                    c.seen_by or "",
                ]
                for c in found
            ],
            [c.id for c in found],
        )
        best = best_clearance(found, today)
        extended = best_clearance(found, today, ClearanceKind.EXTENDED)
        self.valid = best is not None
        self.status.setText(self._status_text(best, extended))
        self._shown(self.table, len(found))

    @staticmethod
    def _status_text(best: Any, extended: Any) -> str:
        if best is None:
            return QCoreApplication.translate(
                "PrivacyPanels",
                "<b>Kein gültiges Führungszeugnis</b> – ein erweitertes ist nötig, wo Kinder "
                "beteiligt sind.",
            )
        if extended is not None:
            return QCoreApplication.translate(
                "PrivacyPanels", "<b>Gültiges Führungszeugnis</b> bis {day} (erweitert)."
            ).format(day=format_value(extended.valid_until, "date"))
        return QCoreApplication.translate(
            "PrivacyPanels",
            "<b>Gültiges Führungszeugnis</b> bis {day} (einfach) – wo Kinder beteiligt "
            "sind, ist ein erweitertes nötig.",
        ).format(day=format_value(best.valid_until, "date"))

    def add(self) -> bool:
        record_id = self._saved_record_id()
        if record_id is None:
            return False
        years = self.service.clearance_years()

        def submit(values: dict[str, Any]) -> None:
            self.service.add_clearance(
                record_id,
                values["issued_on"],
                values["seen_on"],
                kind=values["kind"],
                valid_until=values["valid_until"],
            )

        dialog = StepDialog(
            self.window(),
            QCoreApplication.translate("PrivacyPanels", "Führungszeugnis eintragen"),
            submit,
            intro=QCoreApplication.translate(
                "PrivacyPanels",
                "Nur die Daten werden gespeichert; das Führungszeugnis selbst geht an die "
                "Person zurück. »Gültig bis« folgt dem Ausstellungsdatum ({n} Jahre, "
                "einstellbar unter Extras → Einstellungen → Fristen) und lässt sich ändern.",
            ).format(n=years),
            ok_text=QCoreApplication.translate("PrivacyPanels", "Eintragen"),
        )
        dialog.add_choice(
            "kind",
            QCoreApplication.translate("PrivacyPanels", "Art"),
            [(kind, kind.label) for kind in ClearanceKind],
        )
        dialog.set_value("kind", ClearanceKind.EXTENDED)
        issued = dialog.add_date(
            "issued_on",
            QCoreApplication.translate("PrivacyPanels", "Ausgestellt am"),
            today=False,
        )
        dialog.add_date("seen_on", QCoreApplication.translate("PrivacyPanels", "Vorgelegt am"))
        until = dialog.add_date(
            "valid_until",
            QCoreApplication.translate("PrivacyPanels", "Gültig bis"),
            today=False,
        )
        follow_issue_date(issued, until, years)
        return self._run_entry(dialog)


def follow_issue_date(issued: Any, until: Any, years: int) -> None:
    """Let the date editor ``until`` show ``issued`` plus ``years`` while the user has not
    put another date there."""
    offered = [""]

    def update() -> None:
        if until.raw().strip() not in ("", offered[0]):
            return  # the user's own date stays
        day = issued.parsed()
        text = add_years(day, years).strftime("%d.%m.%Y") if day is not None else ""
        offered[0] = text
        until.set_raw(text)

    issued.edit.textChanged.connect(update)


def privacy_panels(db: Database, entity: str, host: Host) -> list[tuple[str, Panel]]:
    """The consent tab of a person's window; a volunteer's also the clearance tab."""
    panels: list[tuple[str, Panel]] = []
    if entity in ("volunteer", "newcomer", "contact_person"):
        panels.append(("consents", ConsentPanel(db, entity, host)))
    if entity == "volunteer":
        panels.append(("clearances", ClearancePanel(db, host)))
    return panels
