"""»Briefe drucken …« and »Adressetiketten …«: letters and address labels for the
people of a list (the rows marked, else the whole filtered list) or an event's
invitees, for those who may be written to by post.

Who may get a letter follows their consent (»Kontakt per Post«) and needs street,
postcode and city; the others are left out and counted with their reason, as on the
e-mail side. Letters: a saved template or a text of one's own with the same
placeholders as an e-mail, as one PDF on the letterhead, or from the office's Word
template as one .docx. Labels: the sheet and the first free label of a sheet used
halfway.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.services.consents import PERSONS
from servicestelle.services.reach import Reach
from servicestelle.writing import labels, letters, postal
from servicestelle.writing.templates import SHARED, TemplateService

from .file_dialogs import PRINTOUT, open_file, save_file
from .formatting import format_count
from .reach_groups import show_groups, summary_row

if TYPE_CHECKING:
    from .main_window import MainWindow

LETTERS, LABELS = "letters", "labels"
FILE_KIND = PRINTOUT  # letters and labels are saved where printouts are


def _t(text: str) -> str:
    return QCoreApplication.translate("LettersDialog", text)


def summary_text(found: Reach, marked: bool) -> str:
    """»12 in der Liste: 8 per Post, 4 nicht anschreibbar (3 ohne Einwilligung zum
    Kontakt per Post, 1 ohne Postanschrift)«."""
    head = (
        QCoreApplication.translate("LettersDialog", "{total} markiert")
        if marked
        else QCoreApplication.translate("LettersDialog", "{total} in der Liste")
    ).format(total=format_count(len(found.people)))
    text = (
        head
        + ": "
        + QCoreApplication.translate("LettersDialog", "{count} per Post").format(
            count=format_count(len(found.reachable))
        )
    )
    if found.left_out:
        reasons = ", ".join(f"{format_count(n)} {reason}" for reason, n in found.reasons())
        text += ", " + QCoreApplication.translate(
            "LettersDialog", "{count} nicht anschreibbar ({reasons})"
        ).format(count=format_count(len(found.left_out)), reasons=reasons)
    return text


def default_text(shared: dict[str, str]) -> tuple[str, str]:
    """Subject and text offered first: the invitation for an event, else a frame."""
    closing = (
        "\n\n"
        + QCoreApplication.translate("LettersDialog", "Mit freundlichen Grüßen")
        + "\n\n{Absender}\n{Stelle}"
    )
    if shared.get("Veranstaltung"):
        body = QCoreApplication.translate(
            "LettersDialog",
            "herzlich laden wir Sie ein: {Veranstaltung} am {Datum} um {Uhrzeit} Uhr. "
            "Ort: {Ort}.\n\nBitte geben Sie uns kurz Bescheid, ob Sie kommen.",
        )
        return QCoreApplication.translate(
            "LettersDialog", "Einladung: {Veranstaltung}"
        ), "{Anrede}\n\n" + body + closing
    return "", "{Anrede}\n\n" + closing


def _shared_label(name: str) -> str:
    """The label of a value shared by all letters (its placeholder's name)."""
    return {
        "Veranstaltung": QCoreApplication.translate("LettersDialog", "Veranstaltung"),
        "Datum": QCoreApplication.translate("LettersDialog", "Datum"),
        "Uhrzeit": QCoreApplication.translate("LettersDialog", "Uhrzeit"),
        "Ort": QCoreApplication.translate("LettersDialog", "Ort"),
        "Anliegen": QCoreApplication.translate("LettersDialog", "Anliegen"),
    }.get(name, name)


class LettersDialog(QDialog):
    """Letters (``LETTERS``) or address labels (``LABELS``) for ``found``."""

    def __init__(
        self,
        db: Database,
        kind: str,
        found: Reach,
        mode: str,
        *,
        marked: bool = False,
        shared: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.kind, self.found, self.mode = db, kind, found, mode
        self.shared = dict(shared or {})
        self.people = postal.addressees(db, kind, found)
        self.written: Path | None = None
        self.setWindowTitle(
            QCoreApplication.translate("LettersDialog", "Briefe drucken")
            if mode == LETTERS
            else QCoreApplication.translate("LettersDialog", "Adressetiketten")
        )
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary_text(found, marked))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        who, self.groups_button = summary_row(
            self.summary,
            found,
            QCoreApplication.translate(
                "LettersDialog", "Wer per Post erreicht wird und wer aus welchem Grund nicht"
            ),
            self.show_groups,
        )
        layout.addLayout(who)
        form = QFormLayout()
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        if mode == LETTERS:
            self._letter_fields(form, buttons)
        else:
            self._label_fields(form, buttons)
        close = buttons.addButton(
            QCoreApplication.translate("LettersDialog", "Schließen"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        close.clicked.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)
        for button in buttons.buttons():
            if button is not close:
                button.setEnabled(bool(self.people))
        self.resize(640, 560 if mode == LETTERS else 220)

    def show_groups(self) -> Any:
        """Each group of the summary as a list of its people (and in the main list)."""
        by_post = QCoreApplication.translate("LettersDialog", "per Post")
        return show_groups(self, self.db, self.kind, self.found, by_post)

    # -- letters ---------------------------------------------------------------------

    def _letter_fields(self, form: QFormLayout, buttons: QDialogButtonBox) -> None:
        self.template = QComboBox()
        self.template.addItem(QCoreApplication.translate("LettersDialog", "Eigener Text"), None)
        try:
            for name in TemplateService(self.db).names():
                self.template.addItem(name, name)
        except ServiceError:
            pass
        self.template.currentIndexChanged.connect(self._template_chosen)
        form.addRow(QCoreApplication.translate("LettersDialog", "Vorlage"), self.template)
        subject, body = default_text(self.shared)
        self.subject = QLineEdit(subject)
        form.addRow(QCoreApplication.translate("LettersDialog", "Betreff"), self.subject)
        self.body = QPlainTextEdit(body)
        self.body.setMinimumHeight(180)
        form.addRow(QCoreApplication.translate("LettersDialog", "Text"), self.body)
        self.values: dict[str, QLineEdit] = {}
        for name in SHARED:
            editor = QLineEdit(self.shared.get(name, ""))
            editor.setPlaceholderText("{" + name + "}")
            self.values[name] = editor
            form.addRow(_shared_label(name), editor)
        self.reference = QLineEdit()
        form.addRow(QCoreApplication.translate("LettersDialog", "Unser Zeichen"), self.reference)
        row = QHBoxLayout()
        self.word = QLineEdit()
        self.word.setReadOnly(True)
        self.word.setPlaceholderText(
            QCoreApplication.translate(
                "LettersDialog", "keine – Briefe auf dem Briefkopf der Einstellungen"
            )
        )
        choose = QPushButton(QCoreApplication.translate("LettersDialog", "Wählen …"))
        choose.clicked.connect(self.choose_word_template)
        row.addWidget(self.word, 1)
        row.addWidget(choose)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(QCoreApplication.translate("LettersDialog", "Word-Vorlage"), holder)
        form.labelForField(holder).setBuddy(self.word)  # type: ignore[union-attr]
        pdf = buttons.addButton(
            QCoreApplication.translate("LettersDialog", "PDF speichern …"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        pdf.clicked.connect(self.save_pdf)
        pdf.setDefault(True)
        docx = buttons.addButton(
            QCoreApplication.translate("LettersDialog", "Word-Datei speichern …"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        docx.clicked.connect(self.save_docx)
        docx.setToolTip(
            QCoreApplication.translate(
                "LettersDialog", "Ein Brief je Person aus der Word-Vorlage, alle in einer Datei."
            )
        )

    def _template_chosen(self) -> None:
        name = self.template.currentData()
        if not name:
            return
        try:
            chosen = TemplateService(self.db).get(name)
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), error.message)
            return
        self.subject.setText(chosen.subject)
        self.body.setPlainText(chosen.body)

    def shared_values(self) -> dict[str, str]:
        return {name: editor.text().strip() for name, editor in self.values.items()}

    def choose_word_template(self) -> str:
        chosen = open_file(
            self,
            FILE_KIND,
            QCoreApplication.translate("LettersDialog", "Word-Vorlage wählen"),
            QCoreApplication.translate("LettersDialog", "Word-Dokumente (*.docx)"),
        )
        if chosen:
            self.word.setText(chosen)
        return chosen

    def save_pdf(self) -> Path | None:
        """Ask where, write the letters as one PDF."""
        try:
            written = letters.compose(
                self.db,
                self.people,
                self.subject.text(),
                self.body.toPlainText(),
                self.shared_values(),
            )
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), error.message)
            return None
        target = save_file(
            self,
            FILE_KIND,
            QCoreApplication.translate("LettersDialog", "Briefe speichern"),
            QCoreApplication.translate("LettersDialog", "Briefe.pdf"),
            QCoreApplication.translate("LettersDialog", "PDF (*.pdf)"),
            ".pdf",
        )
        if not target:
            return None
        return self._written(
            target,
            lambda: letters.write_letters(
                self.db, written, target, reference=self.reference.text().strip()
            ),
            QCoreApplication.translate("LettersDialog", "{count} Briefe gespeichert in {path}."),
        )

    def save_docx(self) -> Path | None:
        """The letters from the Word template, as one .docx."""
        template = self.word.text() or self.choose_word_template()
        if not template:
            return None
        target = save_file(
            self,
            FILE_KIND,
            QCoreApplication.translate("LettersDialog", "Briefe speichern"),
            QCoreApplication.translate("LettersDialog", "Briefe.docx"),
            QCoreApplication.translate("LettersDialog", "Word-Dokumente (*.docx)"),
            ".docx",
        )
        if not target:
            return None
        return self._written(
            target,
            lambda: letters.write_docx_letters(
                self.db, self.people, template, target, shared=self.shared_values()
            ),
            QCoreApplication.translate("LettersDialog", "{count} Briefe gespeichert in {path}."),
        )

    # -- labels ----------------------------------------------------------------------

    def _label_fields(self, form: QFormLayout, buttons: QDialogButtonBox) -> None:
        self.sheet = QComboBox()
        for key, sheet in labels.SHEETS.items():
            self.sheet.addItem(sheet.name, key)
        self.sheet.currentIndexChanged.connect(self._sheet_chosen)
        form.addRow(QCoreApplication.translate("LettersDialog", "Etikettenbogen"), self.sheet)
        self.start = QSpinBox()
        self.start.setToolTip(
            QCoreApplication.translate(
                "LettersDialog",
                "Bei einem angebrochenen Bogen: das erste freie Etikett, gezählt von links "
                "oben zeilenweise.",
            )
        )
        form.addRow(
            QCoreApplication.translate("LettersDialog", "Erstes freies Etikett"), self.start
        )
        self._sheet_chosen()
        pdf = buttons.addButton(
            QCoreApplication.translate("LettersDialog", "PDF speichern …"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        pdf.clicked.connect(self.save_labels)
        pdf.setDefault(True)

    def _sheet_chosen(self) -> None:
        sheet = labels.SHEETS[self.sheet.currentData()]
        self.start.setRange(1, sheet.per_sheet)

    def save_labels(self) -> Path | None:
        target = save_file(
            self,
            FILE_KIND,
            QCoreApplication.translate("LettersDialog", "Adressetiketten speichern"),
            QCoreApplication.translate("LettersDialog", "Adressetiketten.pdf"),
            QCoreApplication.translate("LettersDialog", "PDF (*.pdf)"),
            ".pdf",
        )
        if not target:
            return None
        key, start = self.sheet.currentData(), self.start.value()
        return self._written(
            target,
            lambda: labels.write_labels(self.people, target, key, start),
            QCoreApplication.translate(
                "LettersDialog", "{count} Adressetiketten gespeichert in {path}."
            ),
        )

    # -- writing ---------------------------------------------------------------------

    def _written(self, target: str, write: Any, done: str) -> Path | None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write()
        except ServiceError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.windowTitle(), error.message)
            return None
        except OSError:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self,
                self.windowTitle(),
                QCoreApplication.translate(
                    "LettersDialog",
                    "Die Datei {path} ließ sich nicht schreiben. Ist sie noch in einem "
                    "anderen Programm geöffnet, oder fehlt die Berechtigung für den "
                    "Ordner?",
                ).format(path=target),
            )
            return None
        QApplication.restoreOverrideCursor()
        self.written = Path(target)
        text = done.format(count=format_count(len(self.people)), path=target)
        left = self.found.summary()
        QMessageBox.information(self, self.windowTitle(), text + (f"\n\n{left}." if left else ""))
        return self.written


# -- where the commands are --------------------------------------------------------------


def _from_list(window: MainWindow, mode: str) -> LettersDialog | None:
    title = (
        QCoreApplication.translate("LettersDialog", "Briefe drucken")
        if mode == LETTERS
        else QCoreApplication.translate("LettersDialog", "Adressetiketten")
    )
    page = window.current_list()
    kind = getattr(getattr(page, "service", None), "entity", None)
    if page is None or kind not in PERSONS or kind == "contact_person":
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate(
                "LettersDialog",
                "Briefe und Adressetiketten gibt es aus den Listen der Ehrenamtlichen und "
                "der Neuzugewanderten.",
            ),
        )
        return None
    rows = page.view.selectionModel().selectedRows()
    marked = [i for i in (page.model.record_id(r.row()) for r in rows) if i is not None]
    try:
        if len(marked) > 1:
            found = postal.marked_reach(window.database, kind, marked)
        else:
            found = postal.list_reach(window.database, page.service, page.shown_list()[0])
    except ServiceError as error:
        QMessageBox.warning(window, title, error.message)
        return None
    dialog = LettersDialog(
        window.database, kind, found, mode, marked=len(marked) > 1, parent=window
    )
    window.last_letters = dialog  # type: ignore[attr-defined]
    dialog.show()
    return dialog


def print_letters(window: MainWindow) -> LettersDialog | None:
    """»Briefe drucken …« for the list shown."""
    return _from_list(window, LETTERS)


def print_labels(window: MainWindow) -> LettersDialog | None:
    """»Adressetiketten …« for the list shown."""
    return _from_list(window, LABELS)


def for_event(parent: QWidget, db: Database, event_id: int, mode: str) -> LettersDialog | None:
    """Letters or labels to those invited to the event."""
    try:
        found = postal.invitees_reach(db, event_id)
        shared = postal.event_values(db, event_id)
    except ServiceError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("LettersDialog", "Briefe drucken"), error.message
        )
        return None
    dialog = LettersDialog(db, "volunteer", found, mode, shared=shared, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
