"""»Passende Ehrenamtliche finden«: the ranked volunteers for a help request or for a
newcomer's pairing, each with the reasons for and against; ask one (and write the
e-mail in the mail program) or assign one.

``add_match_button(window)`` puts the button into a record window of a help request or
a newcomer; the window is the host (``begin_step``/``step_done``) that is refreshed
after a volunteer was asked or assigned.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.enums import ContactChannel
from servicestelle.errors import ServiceError
from servicestelle.services.matching import (
    Match,
    MatchingService,
    MatchResult,
    mail_text,
    mailto_url,
)
from servicestelle.services.pairings import PairingService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.settings import SettingsService

from .background import Task
from .formatting import format_count, format_value
from .forms.step_dialogs import StepDialog, show_error

PAGE = 100  # volunteers shown at first, and added by »Weitere anzeigen«
KINDS = {"help_request": "request", "newcomer": "newcomer"}


def add_match_button(window: Any) -> QPushButton | None:
    """Put »Passende Ehrenamtliche finden« into the button row of a record window of a
    help request or a newcomer (once)."""
    kind = KINDS.get(window.entity)
    if kind is None or getattr(window, "match_button", None) is not None:
        return None
    button = QPushButton(
        QCoreApplication.translate("MatchDialog", "Passende Ehrenamtliche finden…")
    )
    button.setAutoDefault(False)
    button.setToolTip(
        QCoreApplication.translate(
            "MatchDialog",
            "Aktive Ehrenamtliche nach Sprache, Stadtteil, Tätigkeitsfeld, Zeiten, "
            "Auslastung und Fairness geordnet, mit Gründen",
        )
    )

    def show() -> None:
        if window.record is None or not window.begin_step():
            return
        dialog = MatchDialog(window.service.db, kind, window.record.id, host=window, parent=window)
        window.match_dialog = dialog
        dialog.open()

    button.clicked.connect(show)
    window.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    window.match_button = button
    window.match_dialog = None
    return button


class MatchDialog(QDialog):
    """The ranked list of volunteers for one request (``kind="request"``) or newcomer.
    Ranking runs in the background (a second or two over tens of thousands of people);
    ``ranked`` tells when the list is shown."""

    ranked = Signal()

    COLUMNS = 6  # rank, points, name, reasons for, reasons against, district and languages

    def __init__(
        self,
        db: Database,
        kind: str,
        record_id: int,
        *,
        host: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.record_id = record_id
        self.host = host
        self.limit = PAGE
        self.result: MatchResult | None = None
        self.last_step: StepDialog | None = None
        self.service = MatchingService(db)
        self.busy = False
        self.task: Task | None = None
        self._reselect: int | None = None
        self.setWindowTitle(self.tr("Passende Ehrenamtliche"))
        self.resize(1100, 680)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rang"),
                self.tr("Punkte"),
                self.tr("Name"),
                self.tr("Dafür"),
                self.tr("Dagegen"),
                self.tr("Stadtteil und Sprachen"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # a request: several may be marked for one call-out (»Anfrage an Ausgewählte …«)
        self.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if kind == "request"
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # wraps, as the reasons
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Wrapped reasons need the row heights anew once the columns have their widths.
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.open_volunteer())

        self.more_button = self._button(self.tr("Weitere anzeigen"), self.show_more)
        self.open_button = self._button(self.tr("Ehrenamtliche*n öffnen"), self.open_volunteer)
        self.ask_button = self._button(self.tr("Anfragen…"), self.ask)
        self.assign_button = self._button(self.tr("Zuordnen…"), self.assign)
        if kind == "request":
            self.ask_button.setToolTip(
                self.tr(
                    "Festhalten, dass die Person angefragt wurde (Datum, Weg), "
                    "auf Wunsch mit E-Mail"
                )
            )
            self.assign_button.setToolTip(self.tr("Die Person übernimmt die Anfrage (vermittelt)"))
        else:
            self.ask_button.setToolTip(
                self.tr("Eine E-Mail mit vorbereitetem Text im E-Mail-Programm öffnen")
            )
            self.assign_button.setToolTip(self.tr("Eine Patenschaft mit dieser Person vorschlagen"))
        close = self._button(self.tr("Schließen"), self.reject)
        self.first_count = QSpinBox()
        self.first_count.setRange(1, PAGE)
        self.first_count.setValue(5)
        self.first_count.setAccessibleName(self.tr("Anzahl der ersten"))
        self.first_button = self._button(
            self.tr("Erste markieren"), lambda: self.select_first(self.first_count.value())
        )
        self.first_button.setToolTip(
            self.tr("Die ersten Ehrenamtlichen der Liste markieren, so viele wie angegeben")
        )
        self.call_out_button = self._button(self.tr("Anfrage an Ausgewählte …"), self.call_out)
        self.call_out_button.setToolTip(
            self.tr(
                "»Schreiben an …« für alle Markierten zugleich; wer angeschrieben wurde, gilt "
                "als angefragt (heute, per E-Mail)"
            )
        )
        for widget in (self.first_count, self.first_button, self.call_out_button):
            widget.setVisible(kind == "request")

        row = QHBoxLayout()
        row.addWidget(self.more_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.first_count)
        row.addWidget(self.first_button)
        row.addWidget(self.call_out_button)
        row.addWidget(self.ask_button)
        row.addWidget(self.assign_button)
        row.addWidget(close)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.summary)
        column.addWidget(self.table, 1)
        column.addLayout(row)
        self.refresh()

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- the list -------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Rank anew in the background (after asking or assigning, the fairness and this
        need change); ``select`` the volunteer with this number afterwards."""
        self._reselect = select if select is not None else self.selected_id()
        self.busy = True
        self.summary.setText(self.tr("Passende Ehrenamtliche werden gesucht …"))
        self._enable()
        service, kind, record_id, top = self.service, self.kind, self.record_id, self.limit

        def work(_progress: Any, _cancelled: Any) -> MatchResult:
            if kind == "request":
                return service.for_request(record_id, top=top)
            return service.for_newcomer(record_id, top=top)

        task = Task(work)
        task.finished.connect(self._ranked)
        task.failed.connect(self._failed)
        self.task = task.start()

    def _ranked(self, result: MatchResult) -> None:
        if self.sender() is not self.task:
            return  # an earlier search, overtaken by a newer one
        self.busy = False
        self.result = result
        self._fill()
        self._select(self._reselect)
        self.ranked.emit()

    def _failed(self, error: BaseException) -> None:
        if self.sender() is not self.task:
            return
        self.busy = False
        self.result = None
        self._fill()
        if isinstance(error, ServiceError):
            show_error(self, error)
        else:
            raise error
        self.ranked.emit()

    def _fill(self) -> None:
        result = self.result
        shown = result.matches if result is not None else []
        self.table.setRowCount(len(shown))
        for row, match in enumerate(shown):
            cells = [
                str(row + 1),
                f"{match.score:g}".replace(".", ","),
                match.name,
                "\n".join(f"+ {text}" for text in match.reasons_for),
                "\n".join(f"− {text}" for text in match.reasons_against),
                "\n".join(
                    part
                    for part in (match.candidate.district_name, match.candidate.language_names)
                    if part
                ),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, match.volunteer_id)
                if col < 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self._describe(len(shown))
        self.more_button.setVisible(result is not None and result.suitable > len(shown))
        self._enable()

    def _describe(self, shown: int) -> None:
        result = self.result
        if result is None:
            self.heading.setText("")
            self.summary.setText("")
            return
        need = result.need
        what = self.tr("Hilfsanfrage") if need.kind == "request" else self.tr("Patenschaft für")
        self.heading.setText(f"<b>{what}: {_escape(need.title)}</b>")
        lines = [
            self.tr("{n} aktive Ehrenamtliche geprüft, {m} kommen in Frage.").format(
                n=format_count(result.considered), m=format_count(result.suitable)
            )
        ]
        if shown < result.suitable:
            lines.append(self.tr("Gezeigt: die besten {n}.").format(n=format_count(shown)))
        for reason, count in sorted(result.excluded.items()):
            lines.append(
                self.tr("Nicht in der Liste: {n} – {reason}.").format(
                    n=format_count(count), reason=reason
                )
            )
        self.summary.setText("\n".join(lines))

    def show_more(self) -> None:
        self.limit += PAGE
        self.refresh()

    def _select(self, volunteer_id: int | None) -> None:
        if self.table.rowCount() == 0:
            return
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == volunteer_id:
                self.table.selectRow(row)
                return
        self.table.selectRow(0)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        # several marked (a call-out): the one last clicked counts for ask and assign
        current = self.table.currentRow()
        row = current if any(r.row() == current for r in rows) else rows[0].row()
        return int(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def selected(self) -> Match | None:
        volunteer_id = self.selected_id()
        if volunteer_id is None or self.result is None:
            return None
        return next((m for m in self.result.matches if m.volunteer_id == volunteer_id), None)

    def _enable(self) -> None:
        chosen = self.selected_id() is not None and not self.busy
        for button in (self.open_button, self.ask_button, self.assign_button):
            button.setEnabled(chosen)
        self.call_out_button.setEnabled(chosen)
        self.first_button.setEnabled(not self.busy and self.table.rowCount() > 0)
        self.more_button.setEnabled(not self.busy)

    def selected_ids(self) -> list[int]:
        """The volunteers marked, in the list's order."""
        rows = sorted(r.row() for r in self.table.selectionModel().selectedRows())
        return [int(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]

    def select_first(self, count: int) -> None:
        """Mark the first ``count`` volunteers of the list (»Erste markieren«)."""
        self.table.clearSelection()
        model = self.table.selectionModel()
        for row in range(min(count, self.table.rowCount())):
            index = self.table.model().index(row, 0)
            model.select(
                index,
                model.SelectionFlag.Select | model.SelectionFlag.Rows,
            )
        self._enable()

    def open_volunteer(self) -> None:
        volunteer_id = self.selected_id()
        if volunteer_id is not None:
            from .forms.form_dialog import open_record_dialog

            open_record_dialog(self, self.db, "volunteer", volunteer_id)

    # -- asking and assigning -----------------------------------------------------------

    def _begin(self) -> bool:
        return self.host is None or bool(self.host.begin_step())

    def _done(self, volunteer_id: int) -> None:
        if self.host is not None:
            self.host.step_done()
        self.refresh(select=volunteer_id)

    def ask(self) -> bool:
        """Request: record the ask (date, way), then offer the prepared e-mail.
        Newcomer: the prepared e-mail only (asking for a pairing is not recorded)."""
        match = self.selected()
        if match is None or not self._begin():
            return False
        if self.kind == "request":
            service = HelpRequestService(self.db)
            dialog = StepDialog(
                self,
                self.tr("Anfragen"),
                lambda v: service.ask(
                    self.record_id, match.volunteer_id, v["asked_on"], v["channel"]
                ),
                intro=self.tr("Festhalten, dass {name} angefragt wurde.").format(name=match.name),
                ok_text=self.tr("Anfragen"),
            )
            dialog.add_date("asked_on", self.tr("Angefragt am"))
            dialog.add_choice("channel", self.tr("Weg"), ContactChannel.choices())
            channel = ContactChannel.EMAIL if match.email_allowed else ContactChannel.PHONE
            dialog.set_value("channel", channel.value)
            self.last_step = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            by_mail = dialog.value("channel") == ContactChannel.EMAIL.value
            self._done(match.volunteer_id)
            if by_mail:
                self.offer_mail(match)
            return True
        return self.offer_mail(match)

    def offer_mail(self, match: Match) -> bool:
        """Open the mail program with a prepared text, when the volunteer has an address
        and consented to e-mail contact; else say why not. True when opened."""
        if not match.email_allowed:
            why = (
                self.tr("Für {name} ist keine E-Mail-Adresse gespeichert.")
                if not match.email
                else self.tr("{name} hat keiner Kontaktaufnahme per E-Mail zugestimmt.")
            )
            phone = (
                self.tr(" Telefon: {phone}").format(phone=format_value(match.phone, "phone"))
                if match.phone
                else ""
            )
            QMessageBox.information(self, self.tr("E-Mail"), why.format(name=match.name) + phone)
            return False
        answer = QMessageBox.question(
            self,
            self.tr("E-Mail"),
            self.tr("Das E-Mail-Programm mit einem vorbereiteten Text an {name} öffnen?").format(
                name=match.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes or self.result is None:
            return False
        office = str(SettingsService(self.db).get("office.name") or "")
        subject, body = mail_text(self.result.need, match, office)
        url = QUrl(mailto_url(match.email or "", subject, body), QUrl.ParsingMode.StrictMode)
        if not QDesktopServices.openUrl(url):
            QMessageBox.information(
                self,
                self.tr("E-Mail"),
                self.tr("Es ist kein E-Mail-Programm eingerichtet. Adresse: {email}").format(
                    email=match.email
                ),
            )
            return False
        return True

    def call_out(self) -> Any:
        """»Anfrage an Ausgewählte …«: »Schreiben an …« for the volunteers marked, with
        the request as {Anliegen}; once written to (any way), each is an asked candidate
        with today's date."""
        from .writing_dialog import write_to_people

        ids = self.selected_ids()
        if self.kind != "request" or not ids or self.result is None or not self._begin():
            return None
        service = HelpRequestService(self.db)

        def written(people: list[Any]) -> None:
            asked = [p.id for p in people]
            try:
                for volunteer_id in asked:
                    service.ask(self.record_id, volunteer_id, None, ContactChannel.EMAIL)
            except ServiceError as error:
                show_error(self, error)
            if self.host is not None:
                self.host.step_done()
            self.refresh(select=asked[0] if asked else None)

        self.last_writing = write_to_people(
            self,
            self.db,
            "volunteer",
            ids,
            subject=self.tr("Anfrage: {Anliegen} – wer kann helfen?"),
            body=self.tr(
                "{Anrede}\n\nwir suchen Unterstützung: {Anliegen}\n\nWer kann am {Datum} "
                "um {Uhrzeit}? Bitte geben Sie uns kurz Bescheid.\n\nViele Grüße\n"
                "{Absender}\n{Stelle}"
            ),
            shared={"Anliegen": self.result.need.title},
            written=written,
        )
        return self.last_writing

    def assign(self) -> bool:
        """Request: the volunteer takes it on (»vermittelt«). Newcomer: propose a pairing."""
        match = self.selected()
        if match is None or not self._begin():
            return False
        if self.kind == "request":
            service = HelpRequestService(self.db)
            dialog = StepDialog(
                self,
                self.tr("Zuordnen"),
                lambda v: service.assign(self.record_id, match.volunteer_id, v["on"]),
                intro=self.tr("{name} übernimmt die Anfrage; sie gilt dann als vermittelt.").format(
                    name=match.name
                ),
                ok_text=self.tr("Zuordnen"),
            )
            dialog.add_date("on", self.tr("Vermittelt am"))
        else:
            pairings = PairingService(self.db)
            dialog = StepDialog(
                self,
                self.tr("Patenschaft vorschlagen"),
                lambda v: pairings.propose(
                    match.volunteer_id, self.record_id, proposed_on=v["on"], focus=v["focus"]
                ),
                intro=self.tr("Eine Patenschaft mit {name} wird vorgeschlagen.").format(
                    name=match.name
                ),
                ok_text=self.tr("Vorschlagen"),
            )
            dialog.add_date("on", self.tr("Vorgeschlagen am"))
            dialog.add_line("focus", self.tr("Schwerpunkt"))
        self.last_step = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._done(match.volunteer_id)
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
