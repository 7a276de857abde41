"""Writing to many people through the office's own mail program: ``mailto:`` links with
everybody in BCC, one link per group when the list is too long for one (Windows cuts
longer links), and the addresses for the clipboard (semicolon-separated, as Outlook's
BCC field takes them).

``open_mail(parent, links, copy_text)`` opens a single link at once; several links get
a small window with one button per group (»Gruppe 1 von 8«) and »Adressen kopieren«.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from servicestelle.errors import ServiceError
from servicestelle.writing.drafts import save_attachments
from servicestelle.writing.messages import Attachment

from .file_dialogs import ATTACHMENT, choose_folder
from .formatting import format_count

COLUMNS = 3  # group buttons per row


def open_link(parent: QWidget | None, link: str) -> bool:
    """Hand one ``mailto:`` link (already percent-encoded) to the mail program; a box
    says so when none answers."""
    url = QUrl.fromEncoded(link.encode("ascii"), QUrl.ParsingMode.StrictMode)
    if QDesktopServices.openUrl(url):
        return True
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("MailProgram", "E-Mail"),
        QCoreApplication.translate(
            "MailProgram",
            "Das Mailprogramm ließ sich nicht öffnen. Mit »Adressen kopieren« können Sie "
            "die Adressen in eine neue E-Mail (Feld BCC) einfügen.",
        ),
    )
    return False


def copy_addresses(parent: QWidget | None, text: str, count: int) -> None:
    """Put the addresses on the clipboard and say what to do with them."""
    QGuiApplication.clipboard().setText(text)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("MailProgram", "Adressen kopiert"),
        QCoreApplication.translate(
            "MailProgram",
            "{count} Adressen kopiert. Fügen Sie sie in Ihrem Mailprogramm in das Feld "
            "BCC ein, damit die Empfänger einander nicht sehen.",
        ).format(count=format_count(count)),
    )


class MailGroupsDialog(QDialog):
    """The groups of a long list of addresses: each button opens one e-mail with its
    group in BCC and is marked once it was opened."""

    def __init__(
        self,
        parent: QWidget | None,
        links: Sequence[str],
        copy_text: str,
        count: int,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MailProgram", "E-Mail an viele"))
        self.links = list(links)
        self.copy_text = copy_text
        self.count = count
        self.opened: set[int] = set()
        column = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "MailProgram",
                "Die {count} Adressen sind zu viele für eine E-Mail-Verknüpfung. Sie sind "
                "auf {groups} Gruppen verteilt: Jede Schaltfläche öffnet eine E-Mail mit "
                "ihrer Gruppe im Feld BCC. Senden Sie jede dieser E-Mails ab.",
            ).format(count=format_count(count), groups=format_count(len(self.links)))
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 4, 0, 4)
        self.group_buttons: list[QPushButton] = []
        for index in range(len(self.links)):
            button = QPushButton(self._group_text(index))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, i=index: self.open_group(i))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.group_buttons.append(button)
        if len(self.links) > 4 * COLUMNS:  # very long lists scroll
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(grid_holder)
            column.addWidget(scroll, 1)
        else:
            column.addWidget(grid_holder)
        self.progress = QLabel()
        column.addWidget(self.progress)
        self._show_progress()
        hint = QLabel(
            QCoreApplication.translate(
                "MailProgram",
                "Zeigt Ihr Mailprogramm die Adressen nicht einzeln an (manche Outlook-"
                "Einstellungen erwarten Semikolons), kopieren Sie sie stattdessen und fügen "
                "Sie sie in das Feld BCC ein.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(hint)
        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(
            QCoreApplication.translate("MailProgram", "Adressen kopieren"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(
            lambda: copy_addresses(self, self.copy_text, self.count)
        )
        close = buttons.addButton(
            QCoreApplication.translate("MailProgram", "Schließen"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        close.clicked.connect(self.reject)
        column.addWidget(buttons)
        self.setMinimumWidth(560)

    def _group_text(self, index: int) -> str:
        text = QCoreApplication.translate("MailProgram", "Gruppe {n} von {total}").format(
            n=format_count(index + 1), total=format_count(len(self.links))
        )
        if index in self.opened:
            text += " ✓"
        return text

    def _show_progress(self) -> None:
        self.progress.setText(
            QCoreApplication.translate("MailProgram", "{opened} von {total} geöffnet").format(
                opened=format_count(len(self.opened)), total=format_count(len(self.links))
            )
        )

    def open_group(self, index: int) -> bool:
        if not open_link(self, self.links[index]):
            return False
        self.opened.add(index)
        self._show_progress()
        button = self.group_buttons[index]
        button.setText(self._group_text(index))
        button.setToolTip(QCoreApplication.translate("MailProgram", "schon geöffnet"))
        following = index + 1
        if following < len(self.group_buttons):
            self.group_buttons[following].setFocus()
        return True


def open_mail(
    parent: QWidget | None, links: Sequence[str], copy_text: str, count: int
) -> MailGroupsDialog | None:
    """One link: opened at once. Several: the window of groups (shown modally and
    returned once closed). None when there is only one link."""
    if not links:
        return None
    if len(links) == 1:
        open_link(parent, links[0])
        return None
    dialog = MailGroupsDialog(parent, links, copy_text, count)
    dialog.exec()
    return dialog


def attachments_way(parent: QWidget, attachments: Sequence[Attachment]) -> str | None:
    """A ``mailto:`` link cannot carry files: the attachments are saved in a folder
    to add in the mail program ("program"), or drafts are written that carry them
    ("drafts"); None: cancelled."""
    names = ", ".join(a.file_name for a in attachments)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("WritingDialog", "Anhänge"))
    box.setText(
        QCoreApplication.translate(
            "WritingDialog",
            "Eine E-Mail-Verknüpfung kann keine Dateien mitnehmen ({names}). Speichern "
            "Sie die Anhänge in einem Ordner und fügen Sie sie im Mailprogramm hinzu – "
            "oder speichern Sie Entwürfe, die die Anhänge schon enthalten.",
        ).format(names=names)
    )
    save = box.addButton(
        QCoreApplication.translate("WritingDialog", "Anhänge speichern …"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    drafts = box.addButton(
        QCoreApplication.translate("WritingDialog", "Entwürfe speichern …"),
        QMessageBox.ButtonRole.ActionRole,
    )
    without = box.addButton(
        QCoreApplication.translate("WritingDialog", "Ohne Anhänge weiter"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("WritingDialog", "Abbrechen"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is drafts:
        return "drafts"
    if clicked is without:
        return "program"
    if clicked is not save:
        return None
    folder = choose_folder(
        parent,
        ATTACHMENT,
        QCoreApplication.translate("WritingDialog", "Ordner für die Anhänge"),
    )
    if not folder:
        return None
    try:
        save_attachments(folder, attachments)
    except ServiceError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("WritingDialog", "Anhänge"), exc.message
        )
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(folder))  # to drag them into the mail
    return "program"
