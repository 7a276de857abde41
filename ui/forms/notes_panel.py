"""The dated contact notes of a record, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from servicestelle.db import Database
from servicestelle.enums import ContactChannel
from servicestelle.services.notes import ContactNoteService

from ..formatting import format_value
from .panel_base import Host, Panel, fill_table, record_table
from .step_dialogs import StepDialog


class ContactLog(Panel):
    """The contact notes of one record, newest first, and »Kontakt eintragen…«."""

    kind = "contact_note"  # what the tab shows (the role must be allowed to read it)

    def __init__(self, db: Database, owner: str, host: Host, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate(
                "RecordPanels",
                "Noch keine Kontakte – »Kontakt eintragen…« hält ein Gespräch, eine "
                "E-Mail oder einen Besuch fest, auf Wunsch mit Wiedervorlage.",
            ),
            parent,
        )
        self.service = ContactNoteService(db)
        self.owner = owner
        self.host = host
        self.table = record_table(
            [
                self.tr("Datum"),
                self.tr("Weg"),
                self.tr("Betreff / Notiz"),
                self.tr("Wiedervorlage"),
                self.tr("von"),
            ],
            2,
        )
        self.table.setWordWrap(True)
        self.add_button = self._button(self.tr("Kontakt eintragen…"), self.add)
        self.buttons.addWidget(self.add_button)
        self.buttons.addStretch(1)
        self.column.addLayout(self.buttons)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.table, 1)

    def title(self) -> str:
        return self._titled(self.tr("Kontakte"), self.count)

    def refresh(self) -> None:
        record = self.host.record
        notes = self.service.for_record(self.owner, record.id) if record is not None else []
        rows = []
        for note in notes:
            about = " – ".join(x for x in (note.subject, note.text) if x)
            follow = format_value(note.follow_up_on, "date")
            if note.follow_up_on and note.follow_up_done_on:
                follow += self.tr(" (erledigt)")
            rows.append(
                (
                    format_value(note.noted_on, "date"),
                    note.channel.label,
                    about.replace("\n", " "),
                    follow,
                    note.staff or "",
                )
            )
        fill_table(self.table, rows, [n.id for n in notes])
        for r, note in enumerate(notes):
            full = "\n\n".join(x for x in (note.subject, note.text) if x)
            self.table.item(r, 2).setToolTip(full)
        self._shown(self.table, len(rows))

    def texts(self) -> list[str]:
        return [self.table.item(r, 2).text() for r in range(self.table.rowCount())]

    def add(self) -> bool:
        record_id = self._saved_record_id()
        if record_id is None:
            return False

        def submit(v: dict[str, Any]) -> None:
            self.service.add(
                self.owner,
                record_id,
                noted_on=v["noted_on"],
                channel=v["channel"],
                subject=v["subject"],
                text=v["text"],
                follow_up_on=v["follow_up_on"],
            )

        dialog = StepDialog(
            self.window(), self.tr("Kontakt eintragen"), submit, ok_text=self.tr("Eintragen")
        )
        dialog.add_date("noted_on", self.tr("Datum"))
        dialog.add_choice("channel", self.tr("Weg"), ContactChannel.choices())
        dialog.add_line("subject", self.tr("Betreff"))
        dialog.add_text("text", self.tr("Notiz"))
        dialog.add_date("follow_up_on", self.tr("Wiedervorlage am"), today=False)
        return self._run_entry(dialog)
