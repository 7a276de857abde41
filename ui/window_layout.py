"""The main window's frame: menu bar, tool bar (with the search field), the navigation
beside the stack of pages, and the status bar with the row count and the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from .window_search import add_search_field
from .window_state import DEFAULT_SIZE

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    a = window.commands
    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Datei"))
    for action in (a.new, a.open, a.archive):
        file_menu.addAction(action)
    file_menu.addSeparator()
    for action in (a.import_, a.export, a.print_):
        file_menu.addAction(action)
    write = QAction(QCoreApplication.translate("MainWindow", "&Schreiben an …"), window)
    write.setObjectName("write_to")
    write.setStatusTip(
        QCoreApplication.translate(
            "MainWindow", "Den markierten Personen oder der ganzen gefilterten Liste schreiben"
        )
    )
    write.triggered.connect(lambda: _write_to(window))
    file_menu.addAction(write)
    for key, text, tip in (
        (
            "print_letters",
            QCoreApplication.translate("MainWindow", "Briefe drucken…"),
            QCoreApplication.translate(
                "MainWindow", "Briefe an alle, die per Post angeschrieben werden dürfen"
            ),
        ),
        (
            "print_labels",
            QCoreApplication.translate("MainWindow", "Adressetiketten…"),
            QCoreApplication.translate(
                "MainWindow", "Adressetiketten für alle, die per Post angeschrieben werden dürfen"
            ),
        ),
    ):
        post = QAction(text, window)
        post.setObjectName(key)
        post.setStatusTip(tip)
        post.triggered.connect(lambda _checked=False, key=key: _by_post(window, key))
        file_menu.addAction(post)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    view_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Ansicht"))
    view_menu.addAction(a.refresh)
    view_menu.addAction(a.find)
    view_menu.addSeparator()
    # Every area by keyboard: Strg+1 … Strg+8 in the order of the navigation.
    for number, entry in enumerate(window.entries, start=1):
        go = QAction(entry.title.replace("&", "&&"), window)
        go.setObjectName(f"go_{entry.key}")
        go.setShortcut(QKeySequence(f"Ctrl+{number}"))
        go.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        go.triggered.connect(lambda _checked=False, key=entry.key: window.go_to(key))
        view_menu.addAction(go)
    extras_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "E&xtras"))
    extras_menu.addAction(a.preferences)
    extras_menu.addSeparator()
    for action in (a.retention, a.audit_log, a.processing_records):
        extras_menu.addAction(action)
    extras_menu.addSeparator()
    imports = QAction(QCoreApplication.translate("MainWindow", "&Importe …"), window)
    imports.setObjectName("import_history")
    imports.triggered.connect(lambda: _import_history(window))
    extras_menu.addAction(imports)
    mail_out = QAction(QCoreApplication.translate("MainWindow", "&Postausgang …"), window)
    mail_out.setObjectName("outbox")
    mail_out.triggered.connect(lambda: _outbox(window))
    extras_menu.addAction(mail_out)
    extras_menu.addSeparator()
    extras_menu.addActions([a.backup_now, a.backup_restore, a.encrypt])
    help_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Hilfe"))
    help_menu.addAction(a.help)
    help_menu.addAction(a.about)


def _write_to(window: MainWindow) -> None:
    from .writing_dialog import write_to  # imported when first used

    write_to(window)


def _by_post(window: MainWindow, key: str) -> None:
    from . import letters_dialog  # imported when first used

    getattr(letters_dialog, key)(window)


def _outbox(window: MainWindow) -> None:
    from .outbox_dialog import show_outbox  # imported when first used

    show_outbox(window, window.database)


def _import_history(window: MainWindow) -> None:
    from .import_history import show_import_history  # imported when first used

    show_import_history(window)


def build_toolbar(window: MainWindow) -> None:
    a = window.commands
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Werkzeugleiste"), window)
    bar.setObjectName("MainToolBar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (a.new, a.open, a.archive):
        bar.addAction(action)
    bar.addSeparator()
    for action in (a.import_, a.export, a.print_):
        bar.addAction(action)
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    add_search_field(window, bar)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)


def build_centre(window: MainWindow) -> None:
    """The navigation (``window.navigation``) beside the pages (``window.stack``)."""
    navigation = QListWidget(window)
    navigation.setObjectName("Navigation")
    navigation.setAccessibleName(QCoreApplication.translate("MainWindow", "Bereiche"))
    for entry in window.entries:
        navigation.addItem(entry.title)
    width = max(navigation.sizeHintForColumn(0) + 32, 180)
    navigation.setMinimumWidth(width)
    navigation.setMaximumWidth(width + 80)
    navigation.setStyleSheet("QListWidget#Navigation::item { padding: 7px 10px; }")
    window.navigation = navigation
    window.stack = QStackedWidget(window)
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.setObjectName("MainSplitter")
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(navigation)
    splitter.addWidget(window.stack)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([width, DEFAULT_SIZE.width() - width])
    window.splitter = splitter
    window.setCentralWidget(splitter)
    navigation.currentRowChanged.connect(window._show_entry)


def build_status_bar(window: MainWindow) -> None:
    """The row count of the list shown (``window.count_label``) and the database's
    location (``window.location_label``)."""
    window.count_label = QLabel(window)
    window.location_label = QLabel(window)
    location = window.database.location
    window.location_label.setText(
        QCoreApplication.translate("MainWindow", "Datenbank: {location}").format(location=location)
    )
    window.location_label.setToolTip(location)
    window.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    window.statusBar().addPermanentWidget(window.count_label)
    window.statusBar().addPermanentWidget(window.location_label)
