"""»Schreiben an …«: writing to the people of a list (the rows marked, else the whole
filtered list).

First the summary of who may be written to by e-mail and who not (and why), then the
text: a saved template or a new one, with the values shared by all ({Veranstaltung},
{Datum} …) and a preview for one real recipient. Then the way: the user's own mail
program (everybody in BCC), one draft per person (.eml, ready to send), or the office's
mail server (personal messages through the outbox, in the background, with progress and
cancel).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.i18n import _ as core_text
from servicestelle.services.consents import PERSONS
from servicestelle.services.reach import Reach, copy_text, mailto_links, reach
from servicestelle.writing import outbox, templates
from servicestelle.writing.drafts import write_drafts
from servicestelle.writing.messages import (
    Attachment,
    Recipient,
    check_attachments,
    personalise,
    recipients,
)
from servicestelle.writing.server import server_settings
from servicestelle.writing.templates import TemplateService

from .background import run_in_background
from .file_dialogs import ATTACHMENT, DRAFTS, choose_folder, open_file
from .formatting import format_count
from .mail_program import attachments_way, open_mail
from .mail_settings import PasswordRefused, server_password
from .reach_groups import show_groups, summary_row

if TYPE_CHECKING:
    from .main_window import MainWindow


def summary_text(found: Reach, marked: bool) -> str:
    """»312 ausgewählt: 250 per E-Mail, 62 nicht anschreibbar (40 ohne Einwilligung zur
    E-Mail, 22 ohne E-Mail-Adresse)«."""
    total = len(found.people)
    head = (
        QCoreApplication.translate("WritingDialog", "{total} markiert")
        if marked
        else QCoreApplication.translate("WritingDialog", "{total} in der Liste")
    ).format(total=format_count(total))
    text = (
        head
        + ": "
        + QCoreApplication.translate("WritingDialog", "{count} per E-Mail").format(
            count=format_count(len(found.reachable))
        )
    )
    left = found.left_out
    if left:
        reasons = ", ".join(f"{format_count(n)} {reason}" for reason, n in found.reasons())
        text += ", " + QCoreApplication.translate(
            "WritingDialog", "{count} nicht anschreibbar ({reasons})"
        ).format(count=format_count(len(left)), reasons=reasons)
    return text


class WritingDialog(QDialog):
    def __init__(
        self,
        db: Database,
        kind: str,
        found: Reach,
        marked: bool,
        parent: QWidget | None,
        *,
        subject: str = "",
        body: str = "",
        shared: Mapping[str, str] | None = None,
        attachments: Sequence[Attachment] = (),
        written: Callable[[list[Recipient]], None] | None = None,
    ) -> None:
        """``subject``, ``body``, ``shared`` (the values for all) and ``attachments``
        fill the dialog in advance; ``written`` is called with the recipients once they
        were written to (any of the three ways)."""
        super().__init__(parent)
        self.written = written
        given_values = dict(shared or {})
        self.db = db
        self.kind = kind
        self.found = found
        self.people = recipients(db, kind, found)
        self.templates = TemplateService(db)
        self.task: Any = None
        self.last_result: Any = None
        self.setWindowTitle(QCoreApplication.translate("WritingDialog", "Schreiben an …"))
        self.setObjectName("WritingDialog")
        column = QVBoxLayout(self)

        # 1. who
        self.summary = QLabel(summary_text(found, marked))
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")
        who, self.groups_button = summary_row(
            self.summary,
            found,
            QCoreApplication.translate(
                "WritingDialog", "Wer per E-Mail erreicht wird und wer aus welchem Grund nicht"
            ),
            self.show_groups,
        )
        column.addLayout(who)

        # 2. what
        text_box = QGroupBox(QCoreApplication.translate("WritingDialog", "Text"))
        form = QFormLayout(text_box)
        template_row = QHBoxLayout()
        self.template = QComboBox()
        self.template.addItem(QCoreApplication.translate("WritingDialog", "(neuer Text)"), "")
        for name in self.templates.names():
            self.template.addItem(name, name)
        self.template.currentIndexChanged.connect(self.load_template)
        template_row.addWidget(self.template, 1)
        self.save_button = QPushButton(
            QCoreApplication.translate("WritingDialog", "Als Vorlage speichern …")
        )
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_template)
        template_row.addWidget(self.save_button)
        self._row(
            form,
            QCoreApplication.translate("WritingDialog", "Vorlage"),
            self.template,
            template_row,
        )
        self.subject = QLineEdit()
        self._row(form, QCoreApplication.translate("WritingDialog", "Betreff"), self.subject)
        self.body = QPlainTextEdit()
        self.body.setPlainText(
            QCoreApplication.translate(
                "WritingDialog", "{Anrede}\n\n\n\nMit freundlichen Grüßen\n{Absender}\n{Stelle}"
            )
        )
        self.body.setMinimumHeight(150)
        self._row(form, QCoreApplication.translate("WritingDialog", "Text"), self.body)
        hint = QLabel(
            QCoreApplication.translate("WritingDialog", "Platzhalter: {names}").format(
                names=" ".join("{" + n + "}" for n in templates.PLACEHOLDERS)
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setMinimumHeight(hint.fontMetrics().lineSpacing() * 2 + 4)
        form.addRow("", hint)
        shared = QGridLayout()
        self.shared: dict[str, QLineEdit] = {}
        for index, name in enumerate(templates.SHARED):
            edit = QLineEdit()
            label = QLabel(name + ":")
            label.setBuddy(edit)
            shared.addWidget(label, index // 2, (index % 2) * 2)
            shared.addWidget(edit, index // 2, (index % 2) * 2 + 1)
            edit.textChanged.connect(self.update_preview)
            self.shared[name] = edit
        form.addRow(QCoreApplication.translate("WritingDialog", "Für alle:"), shared)
        self.attachments: list[Attachment] = []
        files_row = QHBoxLayout()
        self.files = QLabel(QCoreApplication.translate("WritingDialog", "keine"))
        self.files.setWordWrap(True)
        files_row.addWidget(self.files, 1)
        self.add_file_button = QPushButton(
            QCoreApplication.translate("WritingDialog", "Anhang hinzufügen …")
        )
        self.remove_files_button = QPushButton(
            QCoreApplication.translate("WritingDialog", "Anhänge entfernen")
        )
        for button, slot in (
            (self.add_file_button, self.add_attachment),
            (self.remove_files_button, self.remove_attachments),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            files_row.addWidget(button)
        self.remove_files_button.setEnabled(False)
        self._row(
            form, QCoreApplication.translate("WritingDialog", "Anhänge"), self.files, files_row
        )
        column.addWidget(text_box, 1)

        # preview
        preview_box = QGroupBox(QCoreApplication.translate("WritingDialog", "Vorschau"))
        preview = QVBoxLayout(preview_box)
        self.preview_for = QComboBox()
        for person in self.people:
            self.preview_for.addItem(f"{person.display_name} <{person.address}>")
        self.preview_for.setAccessibleName(
            QCoreApplication.translate("WritingDialog", "Vorschau für")
        )
        self.preview_for.currentIndexChanged.connect(self.update_preview)
        preview.addWidget(self.preview_for)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(QCoreApplication.translate("WritingDialog", "Vorschau"))
        self.preview.setMinimumHeight(120)
        preview.addWidget(self.preview)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        preview.addWidget(self.problem)
        column.addWidget(preview_box, 1)
        self.subject.textChanged.connect(self.update_preview)
        self.body.textChanged.connect(self.update_preview)

        # 3. how
        ways = QHBoxLayout()
        self.mail_button = QPushButton(
            QCoreApplication.translate("WritingDialog", "Mailprogramm …")
        )
        self.mail_button.setToolTip(
            QCoreApplication.translate(
                "WritingDialog",
                "Eine E-Mail mit allen im Feld BCC (nicht persönlich), im eigenen Mailprogramm",
            )
        )
        self.drafts_button = QPushButton(
            QCoreApplication.translate("WritingDialog", "Als Entwürfe speichern …")
        )
        self.drafts_button.setToolTip(
            QCoreApplication.translate(
                "WritingDialog",
                "Eine persönliche E-Mail je Person als Datei (.eml), bereit zum Senden",
            )
        )
        self.server_button = QPushButton(
            QCoreApplication.translate("WritingDialog", "Über den Mailserver senden …")
        )
        self.server_button.setToolTip(
            QCoreApplication.translate(
                "WritingDialog",
                "Persönliche E-Mails über den Mailserver der Stelle, im Hintergrund",
            )
        )
        close = QPushButton(QCoreApplication.translate("WritingDialog", "Schließen"))
        for button, slot in (
            (self.mail_button, self.use_mail_program),
            (self.drafts_button, self.save_drafts),
            (self.server_button, self.send_by_server),
            (close, self.reject),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        for button in (self.mail_button, self.drafts_button, self.server_button):
            button.setEnabled(bool(self.people))
            ways.addWidget(button)
        ways.addStretch(1)
        ways.addWidget(close)
        column.addLayout(ways)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        column.addWidget(self.status)
        self.resize(780, 820)
        if subject:
            self.subject.setText(subject)
        if body:
            self.body.setPlainText(body)
        for name, value in given_values.items():
            if name in self.shared:
                self.shared[name].setText(value)
        if attachments:
            self.attachments.extend(attachments)
            self._show_attachments()
        self.update_preview()

    def _written(self, refused: Sequence[str] = ()) -> None:
        if self.written is not None:
            self.written([p for p in self.people if p.address not in refused])

    @staticmethod
    def _row(form: QFormLayout, text: str, editor: QWidget, layout: Any = None) -> None:
        label = QLabel(text + ":")
        label.setBuddy(editor)
        if layout is not None:
            holder = QWidget()
            layout.setContentsMargins(0, 0, 0, 0)
            holder.setLayout(layout)
            form.addRow(label, holder)
        else:
            form.addRow(label, editor)

    # -- the text ------------------------------------------------------------------------

    def shared_values(self) -> dict[str, str]:
        values = templates.office_values(self.db)
        values.update({k: e.text().strip() for k, e in self.shared.items()})
        return values

    def texts(self) -> tuple[str, str]:
        return self.subject.text().strip(), self.body.toPlainText()

    def load_template(self) -> None:
        name = self.template.currentData()
        if not name:
            return
        try:
            found = self.templates.get(name)
        except ServiceError as error:
            self._error(error)
            return
        self.subject.setText(found.subject)
        self.body.setPlainText(found.body)

    def save_template(self) -> bool:
        current = self.template.currentData() or ""
        ask = QInputDialog(self)
        ask.setWindowTitle(QCoreApplication.translate("WritingDialog", "Als Vorlage speichern"))
        ask.setLabelText(QCoreApplication.translate("WritingDialog", "Name der Vorlage:"))
        ask.setTextValue(current)
        ask.setOkButtonText(QCoreApplication.translate("WritingDialog", "Speichern"))
        ask.setCancelButtonText(QCoreApplication.translate("WritingDialog", "Abbrechen"))
        if ask.exec() != QDialog.DialogCode.Accepted or not ask.textValue().strip():
            return False
        name = ask.textValue()
        subject, body = self.texts()
        try:
            self.templates.save(name, subject, body)
        except ServiceError as error:
            self._error(error)
            return False
        name = name.strip()
        if self.template.findData(name) < 0:
            self.template.blockSignals(True)
            self.template.addItem(name, name)
            self.template.blockSignals(False)
        self.template.blockSignals(True)
        self.template.setCurrentIndex(self.template.findData(name))
        self.template.blockSignals(False)
        self.status.setText(
            QCoreApplication.translate("WritingDialog", "Vorlage »{name}« gespeichert.").format(
                name=name
            )
        )
        return True

    def update_preview(self) -> None:
        subject, body = self.texts()
        try:
            templates.check(subject or "-", body)
        except ServiceError as error:
            self.problem.setText(error.message)
            self.preview.clear()
            return
        self.problem.clear()
        index = self.preview_for.currentIndex()
        if not (0 <= index < len(self.people)):
            self.preview.clear()
            return
        person = self.people[index]
        own_subject, own_body = personalise(subject, body, self.shared_values(), person.values())
        self.preview.setPlainText(
            QCoreApplication.translate(
                "WritingDialog", "An: {to}\nBetreff: {subject}\n\n{body}"
            ).format(
                to=f"{person.display_name} <{person.address}>", subject=own_subject, body=own_body
            )
        )

    def _ready(self) -> tuple[str, str] | None:
        subject, body = self.texts()
        try:
            templates.check(subject, body)
        except ServiceError as error:
            self._error(error)
            return None
        return subject, body

    def _error(self, error: ServiceError) -> None:
        QMessageBox.warning(
            self, QCoreApplication.translate("WritingDialog", "Schreiben an …"), error.message
        )

    # -- the ways ------------------------------------------------------------------------

    def use_mail_program(self) -> bool:
        texts = self._ready()
        if texts is None:
            return False
        neutral = {**self.shared_values(), "Anrede": core_text("Guten Tag,")}
        subject, body = personalise(*texts, neutral, {})
        addresses = [p.address for p in self.people]
        if self.attachments:
            way = attachments_way(self, self.attachments)
            if way == "drafts":
                return self.save_drafts()
            if way is None:
                return False
        open_mail(
            self, mailto_links(addresses, subject, body), copy_text(addresses), len(addresses)
        )
        self._written()
        return True

    def save_drafts(self) -> bool:
        texts = self._ready()
        if texts is None:
            return False
        folder = choose_folder(
            self, DRAFTS, QCoreApplication.translate("WritingDialog", "Ordner für die Entwürfe")
        )
        if not folder:
            return False
        sender = server_settings(self.db).sender

        def work(progress: Any, cancelled: Any) -> Any:
            return write_drafts(
                folder,
                sender,
                *texts,
                self.shared_values(),
                self.people,
                progress,
                cancelled,
                self.attachments,
            )

        def done(files: Any) -> None:
            self.status.setText(
                QCoreApplication.translate(
                    "WritingDialog",
                    "{count} Entwürfe gespeichert in {folder}. Doppelklick öffnet jeden im "
                    "Mailprogramm, bereit zum Senden.",
                ).format(count=format_count(len(files)), folder=folder)
            )
            self._written()

        self.task = run_in_background(
            self,
            QCoreApplication.translate("WritingDialog", "Entwürfe"),
            QCoreApplication.translate("WritingDialog", "Entwürfe werden geschrieben …"),
            work,
            done,
        )
        return True

    def send_by_server(self) -> bool:
        texts = self._ready()
        if texts is None:
            return False
        server = server_settings(self.db)
        if not server.host:
            QMessageBox.information(
                self,
                QCoreApplication.translate("WritingDialog", "Mailserver"),
                QCoreApplication.translate(
                    "WritingDialog",
                    "Es ist kein Mailserver eingestellt. Tragen Sie ihn unter Extras › "
                    "Einstellungen › E-Mail ein.",
                ),
            )
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("WritingDialog", "Über den Mailserver senden"),
            QCoreApplication.translate(
                "WritingDialog", "{count} persönliche E-Mails über {server} senden?"
            ).format(count=format_count(len(self.people)), server=server.host),
            parent=self,
        )
        send = box.addButton(
            QCoreApplication.translate("WritingDialog", "Senden"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("WritingDialog", "Abbrechen"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.exec()
        if box.clickedButton() is not send:
            return False
        try:
            password = server_password(self, server)
        except PasswordRefused:
            return False
        try:
            mailing = outbox.queue(
                self.db,
                *texts,
                self.shared_values(),
                server.sender,
                self.people,
                self.attachments,
            )
        except ServiceError as error:
            self._error(error)
            return False

        def work(progress: Any, cancelled: Any) -> Any:
            return outbox.send(self.db, mailing, server, password, progress, cancelled)

        def done(result: Any) -> None:
            self.last_result = result
            self.status.setText(result.summary())
            self._written([address for address, _reason in result.failed])

        self.status.setText(
            QCoreApplication.translate(
                "WritingDialog", "Wird gesendet … Was nicht gesendet wird, bleibt im Postausgang."
            )
        )
        self.task = run_in_background(
            self,
            QCoreApplication.translate("WritingDialog", "E-Mails senden"),
            QCoreApplication.translate("WritingDialog", "E-Mails werden gesendet …"),
            work,
            done,
        )
        return True

    def add_attachment(self) -> bool:
        chosen = open_file(
            self,
            ATTACHMENT,
            QCoreApplication.translate("WritingDialog", "Anhang wählen"),
            QCoreApplication.translate("WritingDialog", "Alle Dateien (*)"),
        )
        if not chosen:
            return False
        try:
            attachment = Attachment.of(chosen)
            check_attachments([*self.attachments, attachment])
        except ServiceError as error:
            self._error(error)
            return False
        self.attachments.append(attachment)
        self._show_attachments()
        return True

    def remove_attachments(self) -> None:
        self.attachments.clear()
        self._show_attachments()

    def _show_attachments(self) -> None:
        names = ", ".join(
            f"{a.file_name} ({max(len(a.content) // 1024, 1)} KB)" for a in self.attachments
        )
        self.files.setText(names or QCoreApplication.translate("WritingDialog", "keine"))
        self.remove_files_button.setEnabled(bool(self.attachments))

    def show_groups(self) -> Any:
        """Each group of the summary as a list of its people (and in the main list)."""
        return show_groups(
            self, self.db, self.kind, self.found,
            QCoreApplication.translate("WritingDialog", "per E-Mail"),
        )


# -- from the main window ------------------------------------------------------------------


def write_to(window: MainWindow) -> WritingDialog | None:
    """»Schreiben an …« for the list shown: the rows marked (two or more), else all of
    the filtered list."""
    page = window.current_list()
    kind = getattr(getattr(page, "service", None), "entity", None)
    if page is None or kind not in PERSONS:
        QMessageBox.information(
            window,
            QCoreApplication.translate("WritingDialog", "Schreiben an …"),
            QCoreApplication.translate(
                "WritingDialog",
                "Schreiben geht aus den Listen der Ehrenamtlichen, der Neuzugewanderten und "
                "der Ansprechpersonen.",
            ),
        )
        return None
    model = PERSONS[kind][1]
    record_id = model.id  # type: ignore[attr-defined]
    rows = page.view.selectionModel().selectedRows()
    marked = [i for i in (page.model.record_id(r.row()) for r in rows) if i is not None]
    try:
        if len(marked) > 1:
            found = reach(window.database, kind, [record_id.in_(marked)])
        else:
            query, _keys = page.shown_list()
            chosen = page.service.list_select(query, []).order_by(None)
            found = reach(window.database, kind, [record_id.in_(chosen)])
    except ServiceError as error:
        QMessageBox.warning(
            window, QCoreApplication.translate("WritingDialog", "Schreiben an …"), error.message
        )
        return None
    dialog = WritingDialog(window.database, kind, found, len(marked) > 1, window)
    window.last_writing = dialog  # type: ignore[attr-defined]
    dialog.show()
    return dialog


def write_to_people(
    parent: QWidget,
    db: Database,
    kind: str,
    ids: Sequence[int],
    **prepared: Any,
) -> WritingDialog | None:
    """»Schreiben an …« for the given people (an event's invitees, a request's
    candidates), prepared with ``subject``, ``body``, ``shared``, ``attachments`` and
    ``written`` (see ``WritingDialog``); shown, not run."""
    model = PERSONS[kind][1]
    try:
        found = reach(db, kind, [model.id.in_(list(ids))])  # type: ignore[attr-defined]
    except ServiceError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("WritingDialog", "Schreiben an …"), error.message
        )
        return None
    dialog = WritingDialog(db, kind, found, True, parent, **prepared)
    dialog.show()
    return dialog
