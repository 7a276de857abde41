"""The user guide inside the program (F1): one page per task and per area, in German and
English (resources/help/<language>/, following the interface language), with screenshots
made from the program itself (scripts/help_screenshots.py). Which page F1 opens for which
screen is decided in ``help_context``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from servicestelle import i18n
from servicestelle.paths import resource_path

# (file, title) in the order of a new office's first weeks, then the areas and settings
PAGES = (
    ("index.html", QT_TRANSLATE_NOOP("HelpBrowser", "Erste Schritte")),
    ("liste-importieren.html", QT_TRANSLATE_NOOP("HelpBrowser", "Eine Liste importieren")),
    ("ehrenamtliche.html", QT_TRANSLATE_NOOP("HelpBrowser", "Ehrenamtliche verwalten")),
    ("neuzugewanderte.html", QT_TRANSLATE_NOOP("HelpBrowser", "Neuzugewanderte begleiten")),
    (
        "ehrenamtliche-finden.html",
        QT_TRANSLATE_NOOP("HelpBrowser", "Ehrenamtliche für eine Anfrage finden"),
    ),
    ("patenschaft.html", QT_TRANSLATE_NOOP("HelpBrowser", "Eine Patenschaft beginnen und beenden")),
    (
        "patenschaftsliste-drucken.html",
        QT_TRANSLATE_NOOP("HelpBrowser", "Die Patenschaftsliste drucken"),
    ),
    ("ehrenamtsforum.html", QT_TRANSLATE_NOOP("HelpBrowser", "Das Ehrenamtsforum vorbereiten")),
    ("organisationen.html", QT_TRANSLATE_NOOP("HelpBrowser", "Organisationen betreuen")),
    ("kennzahlen.html", QT_TRANSLATE_NOOP("HelpBrowser", "Kennzahlen berichten")),
    ("wiedervorlage.html", QT_TRANSLATE_NOOP("HelpBrowser", "Die Wiedervorlage abarbeiten")),
    ("loeschantrag.html", QT_TRANSLATE_NOOP("HelpBrowser", "Einen Löschantrag bearbeiten")),
    ("datenschutz.html", QT_TRANSLATE_NOOP("HelpBrowser", "Löschfristen und Protokoll")),
    ("sicherung.html", QT_TRANSLATE_NOOP("HelpBrowser", "Datensicherung und Wiederherstellung")),
    ("einstellungen.html", QT_TRANSLATE_NOOP("HelpBrowser", "Einstellungen")),
)


def help_folder(language: str | None = None) -> str:
    """The guide's folder for ``language`` (default: the interface language)."""
    return str(resource_path("help", language or i18n.language()))


def help_folders() -> list[str]:
    """Where pages are looked up: the interface language first, then German for any page
    not (yet) translated."""
    folders = [help_folder()]
    if i18n.language() != i18n.DEFAULT_LANGUAGE:
        folders.append(help_folder(i18n.DEFAULT_LANGUAGE))
    return folders


class HelpBrowser(QDialog):
    """Contents on the left, the page on the right; links between pages work, links to
    the internet open in the web browser."""

    def __init__(self, parent: QWidget | None = None, page: str = "index.html") -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("HelpBrowser", "Anleitung"))
        self.contents = QListWidget()
        self.contents.setAccessibleName(QCoreApplication.translate("HelpBrowser", "Inhalt"))
        for file, title in PAGES:
            item = QListWidgetItem(QCoreApplication.translate("HelpBrowser", title))
            item.setData(Qt.ItemDataRole.UserRole, file)
            self.contents.addItem(item)
        self.contents.setMaximumWidth(280)
        self.view = QTextBrowser()
        self.view.setAccessibleName(QCoreApplication.translate("HelpBrowser", "Anleitung"))
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._follow)
        self.view.setSearchPaths(help_folders())
        for folder in help_folders():
            style = Path(folder, "_style.css")
            if style.exists():
                self.view.document().setDefaultStyleSheet(style.read_text(encoding="utf-8"))
                break
        self.contents.currentItemChanged.connect(
            lambda item, _previous: item and self.show_page(item.data(Qt.ItemDataRole.UserRole))
        )
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        back = QPushButton(QCoreApplication.translate("HelpBrowser", "Zurück"))
        back.clicked.connect(self.view.backward)
        self.view.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        close = QPushButton(QCoreApplication.translate("HelpBrowser", "Schließen"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(close)
        column = QVBoxLayout(self)
        column.addWidget(splitter, 1)
        column.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Back, self, self.view.backward)
        self.resize(1000, 720)
        self.show_page(page)

    def show_page(self, page: str) -> None:
        """Show ``page`` (a file, with ``#place`` to scroll to a part of it)."""
        self.view.setSource(QUrl(page))
        file = page.partition("#")[0]
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == file:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)

    def current_page(self) -> str:
        """The file shown (without the place on it)."""
        return self.view.source().toString().partition("#")[0]

    def current_place(self) -> str:
        """The place on the page scrolled to (``datei`` of ``…#datei``), or ""."""
        return self.view.source().fragment()

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        self.show_page(url.toString())
