"""An event's invitees and who came: invite from the long list or all active volunteers
the office may contact, write the invitation in the mail program (everyone in BCC) or
through »Schreiben an …« with the calendar file (.ics), record the answers (zugesagt /
abgesagt), remind those who said yes and thank those who came, tick who registered and
who came."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.models.events import ANSWER_NO, ANSWER_YES
from servicestelle.services.events import INVITATION, REMINDER, THANKS, EventService, Invitation
from servicestelle.writing.calendar import event_attachment

from ..formatting import format_count, format_value
from ..invite_dialog import InviteDialog
from ..mail_program import copy_addresses, open_mail
from .panel_base import Host, Panel, fill_table, record_table
from .step_dialogs import show_error


class AttendancePanel(Panel):
    """An event's invitees: who registered and who came, ticked in the table."""

    REGISTERED, ATTENDED, ANSWER = 2, 3, 4

    def __init__(self, db: Database, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "RelatedPanels",
                "Noch niemand eingeladen – »Einladen…« wählt Ehrenamtliche aus der Liste, "
                "»Alle Aktiven einladen…« lädt alle aktiven ein, die per E-Mail "
                "kontaktiert werden dürfen.",
            ),
            parent,
        )
        self.db = db
        self.host = host
        self.service = EventService(db)
        self.table = record_table(
            [
                QCoreApplication.translate("RelatedPanels", "Name"),
                QCoreApplication.translate("RelatedPanels", "Eingeladen am"),
                QCoreApplication.translate("RelatedPanels", "Angemeldet"),
                QCoreApplication.translate("RelatedPanels", "Teilgenommen"),
                QCoreApplication.translate("RelatedPanels", "Antwort"),
            ],
            0,
        )
        self.table.itemChanged.connect(self._ticked)
        self.invite_button = self._button(
            QCoreApplication.translate("RelatedPanels", "Einladen…"), self.invite
        )
        self.invite_all_button = self._button(
            QCoreApplication.translate("RelatedPanels", "Alle Aktiven einladen…"), self.invite_all
        )
        self.mail_button = self._button(
            QCoreApplication.translate("RelatedPanels", "Einladung per E-Mail…"), self.send_mail
        )
        self.mail_button.setToolTip(
            QCoreApplication.translate(
                "RelatedPanels",
                "Öffnet Ihr Mailprogramm mit einer Einladung an alle Eingeladenen (im Feld "
                "BCC, sie sehen einander nicht).",
            )
        )
        self.copy_button = self._button(
            QCoreApplication.translate("RelatedPanels", "Adressen kopieren"), self.copy_addresses
        )
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "RelatedPanels",
                "Die E-Mail-Adressen der Eingeladenen, durch Semikolon getrennt, zum Einfügen "
                "in das Feld BCC (Outlook).",
            )
        )
        # letters and labels for the invitees the office may write to by post
        self.letters_button = self._button(
            QCoreApplication.translate("RelatedPanels", "Briefe drucken…"),
            lambda: self.by_post("letters"),
        )
        self.labels_button = self._button(
            QCoreApplication.translate("RelatedPanels", "Adressetiketten…"),
            lambda: self.by_post("labels"),
        )
        self.summary_label = QLabel()
        # writing through »Schreiben an …« and the invitees' answers
        self.write_button = self._button(
            QCoreApplication.translate("RelatedPanels", "Einladung schreiben…"),
            lambda: self.write(INVITATION),
        )
        self.write_button.setToolTip(
            QCoreApplication.translate(
                "RelatedPanels",
                "»Schreiben an …« für die Eingeladenen: persönliche E-Mails mit dem Termin "
                "als Kalenderdatei (.ics) im Anhang.",
            )
        )
        self.yes_button = self._button(
            QCoreApplication.translate("RelatedPanels", "Zugesagt"),
            lambda: self.answer_selected(ANSWER_YES),
        )
        self.no_button = self._button(
            QCoreApplication.translate("RelatedPanels", "Abgesagt"),
            lambda: self.answer_selected(ANSWER_NO),
        )
        for button in (self.yes_button, self.no_button):
            button.setToolTip(
                QCoreApplication.translate(
                    "RelatedPanels", "Die Antwort der markierten Eingeladenen festhalten"
                )
            )
        self.reminder_button = self._button(
            QCoreApplication.translate("RelatedPanels", "Erinnerung an Zugesagte …"),
            lambda: self.write(REMINDER),
        )
        self.thanks_button = self._button(
            QCoreApplication.translate("RelatedPanels", "Dank an Teilnehmende …"),
            lambda: self.write(THANKS),
        )
        self.answers = QHBoxLayout()
        for button in (
            self.write_button,
            self.yes_button,
            self.no_button,
            self.reminder_button,
            self.thanks_button,
        ):
            self.answers.addWidget(button)
        self.answers.addStretch(1)
        self.buttons.addWidget(self.invite_button)
        self.buttons.addWidget(self.invite_all_button)
        self.buttons.addWidget(self.mail_button)
        self.buttons.addWidget(self.copy_button)
        self.buttons.addWidget(self.letters_button)
        self.buttons.addWidget(self.labels_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.summary_label)
        self.column.addLayout(self.buttons)
        self.column.addLayout(self.answers)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.table, 1)
        self._filling = False
        self.invited = self.attended = 0

    def title(self) -> str:
        return self._titled(
            QCoreApplication.translate("RelatedPanels", "Teilnahme"),
            format_count(self.count) if self.count else "",
        )

    def refresh(self) -> None:
        record_id = self._record_id()
        found = self.service.attendances(record_id) if record_id is not None else []
        found.sort(key=lambda a: a.volunteer.sort_key or "")
        self._filling = True
        try:
            fill_table(
                self.table,
                [
                    [
                        a.volunteer.sort_name,
                        format_value(a.invited_on, "date"),
                        "",
                        "",
                        self._answer_text(a.answer),
                    ]
                    for a in found
                ],
                [a.volunteer_id for a in found],
            )
            for row, attendance in enumerate(found):
                for column, on in (
                    (self.REGISTERED, attendance.registered),
                    (self.ATTENDED, attendance.attended),
                ):
                    item = self.table.item(row, column)
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsUserCheckable
                        | Qt.ItemFlag.ItemIsSelectable
                    )
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                    item.setText(
                        QCoreApplication.translate("RelatedPanels", "ja")
                        if on
                        else QCoreApplication.translate("RelatedPanels", "nein")
                    )
        finally:
            self._filling = False
        self.invited = sum(1 for a in found if a.invited_on)
        self.mail_button.setEnabled(bool(self.invited))
        self.copy_button.setEnabled(bool(self.invited))
        self.letters_button.setEnabled(bool(self.invited))
        self.labels_button.setEnabled(bool(self.invited))
        self.write_button.setEnabled(bool(self.invited))
        self.yes_button.setEnabled(bool(found))
        self.no_button.setEnabled(bool(found))
        self._count_attended()
        self._shown(self.table, len(found))

    def _count_attended(self) -> None:
        column = self.ATTENDED
        self.attended = sum(
            1
            for row in range(self.table.rowCount())
            if self.table.item(row, column).checkState() == Qt.CheckState.Checked
        )
        self.thanks_button.setEnabled(bool(self.attended))
        # the reminder: to those who said yes (answer or the box »Angemeldet«)
        self.reminder_button.setEnabled(
            any(
                self.table.item(row, self.REGISTERED).checkState() == Qt.CheckState.Checked
                for row in range(self.table.rowCount())
            )
        )
        self.summary_label.setText(
            QCoreApplication.translate(
                "RelatedPanels", "{invited} eingeladen, {came} teilgenommen"
            ).format(invited=format_count(self.invited), came=format_count(self.attended))
        )

    def _ticked(self, item: QTableWidgetItem) -> None:
        """A box was ticked or cleared: store it at once (the table is left as it is,
        only the box's text and the counts change; a refusal puts the box back)."""
        if self._filling or item.column() not in (self.REGISTERED, self.ATTENDED):
            return
        record_id = self._record_id()
        volunteer_id = self.table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        on = item.checkState() == Qt.CheckState.Checked
        came = self.table.item(item.row(), self.ATTENDED).checkState() == Qt.CheckState.Checked
        try:
            if item.column() == self.ATTENDED:
                self.service.set_attendance(record_id, volunteer_id, attended=on)
            else:
                self.service.set_attendance(record_id, volunteer_id, attended=came, registered=on)
        except ServiceError as exc:
            on = not on
            show_error(self.window(), exc)
        self._filling = True
        try:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            item.setText(
                QCoreApplication.translate("RelatedPanels", "ja")
                if on
                else QCoreApplication.translate("RelatedPanels", "nein")
            )
        finally:
            self._filling = False
        self._count_attended()
        self.changed.emit()

    def set_ticked(self, volunteer_id: int, column: int, on: bool) -> None:
        """Tick or clear a box as a click would (tests and keyboard use this)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == volunteer_id:
                self.table.item(row, column).setCheckState(
                    Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                )
                return
        raise KeyError(volunteer_id)

    # -- inviting ----------------------------------------------------------------------

    def invite(self) -> bool:
        """»Einladen…«: tick the volunteers to invite in the long list."""
        record_id = self._record_id()
        if record_id is None:
            return False
        try:
            candidates = self.service.candidates()
        except ServiceError as exc:
            show_error(self.window(), exc)
            return False
        invited = {a.volunteer_id for a in self.service.attendances(record_id) if a.invited_on}

        def submit(ids: list[int], day: Any) -> None:
            self.service.invite(record_id, ids, day)

        dialog = InviteDialog(self.window(), candidates, invited, submit)
        self.last_dialog = dialog  # type: ignore[assignment]
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.refresh()
        return True

    def invite_all(self) -> bool:
        """»Alle Aktiven einladen…«: every active volunteer the office may contact;
        the question says how many are left out and why."""
        record_id = self._record_id()
        if record_id is None:
            return False
        try:
            active = self.service.active_reach()
        except ServiceError as exc:
            show_error(self.window(), exc)
            return False
        title = QCoreApplication.translate("RelatedPanels", "Alle Aktiven einladen")
        left_out = active.summary()
        if not active.reachable:
            QMessageBox.information(
                self.window(),
                title,
                QCoreApplication.translate(
                    "RelatedPanels",
                    "Von den {count} aktiven Ehrenamtlichen darf niemand per E-Mail "
                    "eingeladen werden.",
                ).format(count=format_count(len(active.people)))
                + (f"\n\n{left_out}." if left_out else ""),
            )
            return False
        question = QCoreApplication.translate(
            "RelatedPanels",
            "Alle {count} aktiven Ehrenamtlichen einladen, die per E-Mail kontaktiert "
            "werden dürfen?",
        ).format(count=format_count(len(active.reachable)))
        if left_out:
            question += "\n\n" + left_out + "."
        question += "\n\n" + QCoreApplication.translate(
            "RelatedPanels", "Wer schon eingeladen ist, bleibt unverändert."
        )
        answer = QMessageBox.question(self.window(), title, question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            added = self.service.invite_active(record_id)
        except ServiceError as exc:
            show_error(self.window(), exc)
            return False
        self.refresh()
        QMessageBox.information(
            self.window(),
            QCoreApplication.translate("RelatedPanels", "Eingeladen"),
            QCoreApplication.translate(
                "RelatedPanels",
                "{count} Ehrenamtliche neu eingeladen. Die Einladung schreiben Sie mit "
                "»Einladung per E-Mail…«.",
            ).format(count=format_count(added)),
        )
        return True

    # -- the invitation e-mail ---------------------------------------------------------

    def _invitation(self) -> Invitation | None:
        record_id = self._record_id()
        if record_id is None:
            return None
        try:
            invitation = self.service.invitation(record_id)
        except ServiceError as exc:
            show_error(self.window(), exc)
            return None
        title = QCoreApplication.translate("RelatedPanels", "Einladung per E-Mail")
        left_out = invitation.invitees.summary()
        if not invitation.addresses:
            QMessageBox.information(
                self.window(),
                title,
                QCoreApplication.translate(
                    "RelatedPanels", "Niemand der Eingeladenen ist per E-Mail zu erreichen."
                )
                + (f"\n\n{left_out}." if left_out else ""),
            )
            return None
        if left_out:
            QMessageBox.information(
                self.window(),
                title,
                QCoreApplication.translate(
                    "RelatedPanels",
                    "Die E-Mail geht an {count} Eingeladene.\n\n{left_out}. Diese laden "
                    "Sie bitte auf anderem Weg ein.",
                ).format(count=format_count(len(invitation.addresses)), left_out=left_out),
            )
        return invitation

    def send_mail(self) -> bool:
        """»Einladung per E-Mail…«: the mail program with the invitees in BCC (in
        groups when they are many), the event's title and date in the text."""
        invitation = self._invitation()
        if invitation is None:
            return False
        self.last_mail = open_mail(
            self.window(),
            invitation.links(),
            invitation.copy_text(),
            len(invitation.addresses),
        )
        return True

    def by_post(self, mode: str) -> Any:
        """»Briefe drucken…« / »Adressetiketten…« for the invitees."""
        from ..letters_dialog import for_event

        record_id = self._record_id()
        if record_id is None:
            return None
        self.last_letters = for_event(self.window(), self.db, record_id, mode)
        return self.last_letters

    def copy_addresses(self) -> bool:
        """»Adressen kopieren«: the invitees' addresses for Outlook's BCC field."""
        invitation = self._invitation()
        if invitation is None:
            return False
        copy_addresses(self.window(), invitation.copy_text(), len(invitation.addresses))
        return True

    # -- answers and writing through »Schreiben an …« ------------------------------------

    @staticmethod
    def _answer_text(answer: str | None) -> str:
        if answer == ANSWER_YES:
            return QCoreApplication.translate("RelatedPanels", "zugesagt")
        if answer == ANSWER_NO:
            return QCoreApplication.translate("RelatedPanels", "abgesagt")
        return ""

    def select_volunteer(self, volunteer_id: int) -> None:
        """Mark the row of a volunteer (tests and keyboard use this)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == volunteer_id:
                self.table.selectRow(row)
                return
        raise KeyError(volunteer_id)

    def answer_selected(self, answer: str) -> bool:
        """»Zugesagt« / »Abgesagt«: the answer of the invitees marked in the table."""
        record_id = self._record_id()
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if record_id is None or not rows:
            QMessageBox.information(
                self.window(),
                QCoreApplication.translate("RelatedPanels", "Antwort"),
                QCoreApplication.translate(
                    "RelatedPanels", "Markieren Sie zuerst die Eingeladenen in der Tabelle."
                ),
            )
            return False
        ids = [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]
        try:
            for volunteer_id in ids:
                self.service.set_answer(record_id, volunteer_id, answer)
        except ServiceError as exc:
            show_error(self.window(), exc)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def write(self, purpose: str) -> Any:
        """»Einladung schreiben…« (with the calendar file), »Erinnerung an Zugesagte …«,
        »Dank an Teilnehmende …«: the writing dialog for exactly those people, the
        event's values filled in."""
        from ..writing_dialog import write_to_people

        record_id = self._record_id()
        if record_id is None:
            return None
        try:
            letter = self.service.letter(record_id, purpose)
            attachments = [event_attachment(self.db, record_id)] if purpose == INVITATION else []
        except ServiceError as exc:
            show_error(self.window(), exc)
            return None
        if not letter.volunteer_ids:
            QMessageBox.information(
                self.window(),
                QCoreApplication.translate("RelatedPanels", "Schreiben an …"),
                QCoreApplication.translate("RelatedPanels", "Niemand, an den dies geht."),
            )
            return None
        self.last_writing = write_to_people(
            self.window(),
            self.db,
            "volunteer",
            letter.volunteer_ids,
            subject=letter.subject,
            body=letter.body,
            shared=letter.values,
            attachments=attachments,
        )
        return self.last_writing
