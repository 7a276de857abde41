"""The main window: navigation on the left, the current page, tool bar and status bar.

Pages are built the first time they are shown, so that start-up pays only for the first
one. A list page reports its row count, which the status bar shows next to the
database's location. The search field in the tool bar searches every area as the user
types; opening a hit emits ``open_record(entity, entity_id)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from servicestelle import kinds
from servicestelle.db import Database
from servicestelle.errors import ServiceError

from .actions import WindowActions
from .formatting import format_count
from .global_search import SearchPopup
from .pages.list_page import ListPage
from .pages.placeholder import PlaceholderPage
from .settings import window_settings
from .table_model import BLOCK_SIZE

DEFAULT_SIZE = QSize(1280, 800)
SEARCH_LIMIT = 20


def _page_of(entity: str) -> str | None:
    """The list page that shows records of ``entity`` (the global search's hits)."""
    from .kinds import SCREENS

    screen = SCREENS.get(entity)
    if screen is None:
        return None
    return screen.found_on or kinds.KINDS[entity].list_key


def _record_title(record: Any, entity: str) -> str:
    """A short name of a record for questions and messages (its name or title)."""
    return kinds.kind(entity).title(record)


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str
    build: Callable[[], QWidget] | None = None  # None: the page is not built yet


class MainWindow(QMainWindow):
    open_record = Signal(str, int)  # entity (volunteer, newcomer, …) and its id

    def __init__(
        self, database: Database, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings if settings is not None else window_settings()
        self.setWindowTitle(self.tr("Servicestelle"))
        self.setObjectName("MainWindow")

        self.entries = self._page_entries()
        self.pages: dict[str, QWidget] = {}
        self._hit_titles: dict[tuple[str, int], str] = {}  # of the last search's hits
        self._pending_select: tuple[ListPage, int] | None = None
        self.commands = WindowActions(self)
        self._build_menus()
        self._build_toolbar()
        self._build_centre()
        self._build_status_bar()
        self._restore()
        self.open_record.connect(self._show_record)
        from .changes import change_bus

        self._stale: set[str] = set()  # built pages to refresh when next shown
        change_bus(database).changed.connect(self._data_changed)
        self.navigation.setCurrentRow(self._index_of("volunteers"))
        start = self.current_list()
        if start is not None:
            start.focus_filter()

    # -- pages -------------------------------------------------------------------------

    def _page_entries(self) -> list[PageEntry]:
        def lists(key: str) -> Callable[[], QWidget]:
            return lambda: self._list_page(key)

        return [
            PageEntry("overview", self.tr("Übersicht"), self._overview_page),
            PageEntry("volunteers", self.tr("Ehrenamtliche"), lists("volunteers")),
            PageEntry("newcomers", self.tr("Neuzugewanderte"), lists("newcomers")),
            PageEntry("pairings", self.tr("Patenschaften"), lists("pairings")),
            PageEntry("requests", self.tr("Hilfsanfragen"), lists("requests")),
            PageEntry("organisations", self.tr("Organisationen & MSO"), lists("organisations")),
            PageEntry("events", self.tr("Veranstaltungen"), lists("events")),
            PageEntry("followups", self.tr("Wiedervorlage"), self._followup_page),
        ]

    def _list_page(self, key: str) -> QWidget:
        """The list page of the kind of record whose list is ``key``."""
        from .kinds import screen

        kind = kinds.of_list(key)
        texts = screen(kind.key)
        return ListPage(
            kind.service(self.database),
            count_text=texts.count_text,
            empty_text=texts.empty_text(),
            search_hint=texts.search_hint_text() or None,
        )

    def _followup_page(self) -> QWidget:
        from .pages.followups import FollowUpPage

        page = FollowUpPage(self.database)
        page.open_requested.connect(self.open_entity)
        page.count_changed.connect(self._show_followup_count)
        return page

    def _show_followup_count(self, count: int) -> None:
        """The number of due follow-ups beside »Wiedervorlage« in the navigation."""
        item = self.navigation.item(self._index_of("followups"))
        title = self.entries[self._index_of("followups")].title
        item.setText(f"{title} ({format_count(count)})" if count else title)
        item.setToolTip(
            self.tr("{count} Punkte fällig").format(count=format_count(count)) if count else ""
        )
        self.followup_count = count

    def count_followups(self) -> None:
        """Count the due follow-ups in the background (for the navigation's badge)."""
        page = self.pages.get("followups")
        if page is not None:
            page.refresh()  # type: ignore[attr-defined]
            return
        from servicestelle.services.followups import FollowUpService

        from .background import Task

        service = FollowUpService(self.database)
        task = Task(lambda _p, _c: service.count(), self)
        task.finished.connect(self._show_followup_count)
        self._followup_task = task
        task.start()

    def open_entity(self, entity: str, record_id: int) -> None:
        """Open a record's window from elsewhere (the Wiedervorlage, the dashboard)."""
        from .forms.form_dialog import open_record_dialog

        try:
            dialog = open_record_dialog(self, self.database, entity, record_id)
        except (ServiceError, ValueError) as exc:
            message = exc.message if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(self, self.tr("Nicht möglich"), message)
            return
        dialog.saved.connect(self._record_saved)

    def _overview_page(self) -> QWidget:
        from .pages.dashboard import DashboardPage

        page = DashboardPage(self.database)
        page.records_requested.connect(
            lambda link: self.show_records(
                link.entity, link.filters, link.include_archived, link.title
            )
        )
        return page

    def show_records(
        self, entity: str, filters: dict[str, Any], include_archived: bool = False, title: str = ""
    ) -> None:
        """Show the list of ``entity`` narrowed to ``filters`` (a figure's records)."""
        key = kinds.KINDS[entity].list_key if entity in kinds.KINDS else None
        if key is None:
            return
        self.navigation.setCurrentRow(self._index_of(key))
        page = self.page(key)
        if isinstance(page, ListPage):
            page.show_filtered(filters, include_archived=include_archived, title=title)

    def go_to(self, key: str) -> None:
        """Show the area ``key`` and put the keyboard focus where work starts there."""
        self.navigation.setCurrentRow(self._index_of(key))
        page = self.current_list()
        if page is not None:
            page.focus_filter()

    def _index_of(self, key: str) -> int:
        return next(i for i, entry in enumerate(self.entries) if entry.key == key)

    def page(self, key: str) -> QWidget:
        """The page of ``key``, built on first use."""
        page = self.pages.get(key)
        if page is None:
            entry = self.entries[self._index_of(key)]
            page = entry.build() if entry.build else PlaceholderPage(entry.title)
            if isinstance(page, ListPage):
                page.restore_state(self.settings, f"pages/{key}")
                page.count_changed.connect(lambda _count, p=page: self._update_count(p))
                page.count_changed.connect(lambda _count, p=page: self._select_pending(p))
                page.current_changed.connect(self._update_actions)
                page.open_requested.connect(lambda record_id, k=key: self.open_form(k, record_id))
                # Entf in the table: the same command as "Archivieren" (asks first; does
                # nothing where the records cannot be archived)
                page.archive_requested.connect(self.commands.archive.trigger)
            self.pages[key] = page
            self.stack.addWidget(page)
        return page

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def current_list(self) -> ListPage | None:
        page = self.current_page()
        return page if isinstance(page, ListPage) else None

    def _show_entry(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            key = self.entries[row].key
            page = self.page(key)
            if key in self._stale:
                self._stale.discard(key)
                page.refresh()  # type: ignore[attr-defined]
            self.stack.setCurrentWidget(page)
            self._update_count(self.current_page())
            self._update_actions()

    # -- building ----------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.commands
        file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        for action in (a.new, a.open, a.archive):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (a.import_, a.export, a.print_):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        view_menu.addAction(a.refresh)
        view_menu.addAction(a.find)
        view_menu.addSeparator()
        # Every area by keyboard: Strg+1 … Strg+8 in the order of the navigation.
        for number, entry in enumerate(self.entries, start=1):
            go = QAction(entry.title.replace("&", "&&"), self)
            go.setObjectName(f"go_{entry.key}")
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            go.triggered.connect(lambda _checked=False, key=entry.key: self.go_to(key))
            view_menu.addAction(go)
        extras_menu = self.menuBar().addMenu(self.tr("E&xtras"))
        extras_menu.addAction(a.preferences)
        extras_menu.addSeparator()
        for action in (a.retention, a.audit_log, a.processing_records):
            extras_menu.addAction(action)
        extras_menu.addSeparator()
        extras_menu.addActions([a.backup_now, a.backup_restore, a.encrypt])
        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        help_menu.addAction(a.help)
        help_menu.addAction(a.about)

    def _build_toolbar(self) -> None:
        a = self.commands
        bar = QToolBar(self.tr("Werkzeugleiste"), self)
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
        self.global_search = QLineEdit(bar)
        self.global_search.setObjectName("GlobalSearch")
        shortcut = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.global_search.setPlaceholderText(
            self.tr("Überall suchen ({shortcut})").format(shortcut=shortcut)
        )
        self.global_search.setAccessibleName(self.tr("Überall suchen"))
        self.global_search.setClearButtonEnabled(True)
        self.global_search.setMinimumWidth(260)
        self.global_search.setMaximumWidth(360)
        bar.addWidget(self.global_search)
        self.search_popup = SearchPopup(self.global_search, self._run_global_search)
        self.search_popup.chosen.connect(
            lambda hit: self.open_record.emit(hit.entity, hit.entity_id)
        )
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_centre(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("Navigation")
        self.navigation.setAccessibleName(self.tr("Bereiche"))
        for entry in self.entries:
            self.navigation.addItem(entry.title)
        width = max(self.navigation.sizeHintForColumn(0) + 32, 180)
        self.navigation.setMinimumWidth(width)
        self.navigation.setMaximumWidth(width + 80)
        self.navigation.setStyleSheet("QListWidget#Navigation::item { padding: 7px 10px; }")
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([width, DEFAULT_SIZE.width() - width])
        self.setCentralWidget(self.splitter)
        self.navigation.currentRowChanged.connect(self._show_entry)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.location_label = QLabel(self)
        location = self.database.location
        self.location_label.setText(self.tr("Datenbank: {location}").format(location=location))
        self.location_label.setToolTip(location)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.location_label)

    # -- behaviour ---------------------------------------------------------------------

    def _update_count(self, page: QWidget | None) -> None:
        if page is not self.current_page():
            return
        if isinstance(page, ListPage):
            self.count_label.setText(page.count_text(page.row_count()))
        else:
            self.count_label.clear()

    def _update_actions(self) -> None:
        page = self.current_list()
        self.commands.new.setEnabled(page is not None)
        self.commands.open.setEnabled(page is not None and page.current_record_id() is not None)
        self.commands.archive.setEnabled(
            page is not None
            and hasattr(getattr(page.service, "model", None), "archived_at")
            and page.current_record_id() is not None
        )
        self.commands.refresh.setEnabled(page is not None)
        self.commands.export.setEnabled(page is not None)
        self.commands.print_.setEnabled(
            (page is not None and self._list_document(page) is not None)
            or self.current_page() is self.pages.get("overview")
        )

    def open_current(self) -> None:
        page = self.current_list()
        record_id = page.current_record_id() if page else None
        if page is not None and record_id is not None:
            page.open_requested.emit(record_id)

    def open_form(self, key: str, record_id: int | None) -> None:
        """Open the record ``record_id`` of page ``key`` in its form (None: a new one)."""
        entity = kinds.BY_LIST[key].key if key in kinds.BY_LIST else None
        if entity is None:
            self.statusBar().showMessage(
                self.tr("Das Formular für diesen Eintrag folgt in Kürze."), 5000
            )
            return
        from .forms import open_record_dialog

        dialog = open_record_dialog(self, self.database, entity, record_id)
        dialog.saved.connect(self._record_saved)

    def new_record(self) -> None:
        page = self.current_list()
        key = next((k for k, p in self.pages.items() if p is page), None)
        if key is not None:
            self.open_form(key, None)

    def archive_current(self) -> None:
        """Archive the selected record of the current list after asking."""
        page = self.current_list()
        record_id = page.current_record_id() if page else None
        if page is None or record_id is None:
            return
        service = page.service
        title = self.tr("Archivieren")
        try:
            record = service.get(record_id)
            if getattr(record, "archived_at", None) is not None:
                self.statusBar().showMessage(self.tr("Dieser Eintrag ist schon archiviert."), 5000)
                return
            name = _record_title(record, service.entity)
            answer = QMessageBox.question(
                self,
                title,
                self.tr(
                    "»{title}« archivieren? Archivierte Einträge bleiben erhalten und lassen "
                    "sich über »Archivierte anzeigen« wiederfinden."
                ).format(title=name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            service.archive(record_id, record.version)
        except ServiceError as error:  # also a ConflictError: somebody changed it
            QMessageBox.warning(self, self.tr("Nicht archiviert"), error.message)
            page.refresh()
            return
        page.refresh()
        self._update_actions()
        self.statusBar().showMessage(
            self.tr("»{title}« wurde archiviert.").format(title=name), 8000
        )

    def show_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.database, self.settings, self)
        dialog.setModal(True)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Einstellungen gespeichert."), 5000)
        dialog.deleteLater()
        # List entries are saved as they are edited: offer the new ones in the filters.
        for page in self.pages.values():
            if isinstance(page, ListPage):
                page.filter_bar.reload_choices()

    def _record_saved(self, _entity: str, _record_id: int) -> None:
        """A record window saved: the change bus has told every page already."""

    def _data_changed(self, changes: Any) -> None:
        """Whatever was written, by whichever window: the pages that show it refresh
        (the one on screen now, the others when next shown), and so does the count of
        the Wiedervorlage."""
        from .kinds import SCREENS

        current = self.current_page()
        for key, page in self.pages.items():
            if isinstance(page, ListPage):
                screen = SCREENS.get(page.service.entity)
                shown = (page.service.entity, *(screen.shows if screen else ()))
                if not changes.concerns(*shown):
                    continue
            elif not hasattr(page, "refresh"):
                continue
            if page is current:
                page.refresh()  # type: ignore[attr-defined]
            else:
                self._stale.add(key)
        if "followups" not in self.pages or self.pages["followups"] is not current:
            self.count_followups()

    # -- global search -----------------------------------------------------------------

    def _run_global_search(self, text: str) -> list[Any] | None:
        """The hits for the search field (None, with a message, when the search failed)."""
        from servicestelle.services.global_search import search

        try:
            hits = search(self.database, text, limit=SEARCH_LIMIT)
        except ServiceError as error:
            self.statusBar().showMessage(error.message, 10000)
            return None
        self._hit_titles = {(hit.entity, hit.entity_id): hit.title for hit in hits}
        return hits

    def _show_record(self, entity: str, record_id: int) -> None:
        """Show a record found elsewhere (the global search) on its page.

        The record is selected in its list (narrowed to its name when it is not among
        the loaded rows) and opened in its form; a contact person only gets the page of
        the organisations (its own form comes with the organisation's).
        """
        key = _page_of(entity)
        if key is None:
            return
        self._pending_select = None
        self.navigation.setCurrentRow(self._index_of(key))
        page = self.current_page()
        label = kinds.kind(entity).label
        if (
            isinstance(page, ListPage)
            and getattr(page.service, "entity", None) == entity
            and not self._select_in_list(page, record_id)
        ):
            self._filter_list_for(page, record_id, self._hit_titles.get((entity, record_id)))
        if kinds.KINDS[entity].list_key == key:
            self.open_form(key, record_id)
            message = self.tr("{label} Nr. {id} geöffnet.")
        else:
            message = self.tr("{label} Nr. {id} – das Formular folgt in Kürze.")
        self.statusBar().showMessage(message.format(label=label, id=record_id), 8000)

    def _select_in_list(self, page: ListPage, record_id: int) -> bool:
        """Select and show ``record_id`` if it is among the rows loaded already (the
        list's other rows would each cost a query)."""
        model, view = page.model, page.view
        rows = model.rowCount()
        for block in model.loaded_blocks():
            for row in range(block * BLOCK_SIZE, min((block + 1) * BLOCK_SIZE, rows)):
                if model.record_id(row) != record_id:
                    continue
                shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
                index = model.index(row, shown[0] if shown else 0)
                view.setCurrentIndex(index)  # selects the whole row
                view.scrollTo(index, view.ScrollHint.PositionAtCenter)
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _filter_list_for(self, page: ListPage, record_id: int, title: str | None) -> None:
        """Narrow the list to the record's name, then select it when the rows come."""
        if not title:
            return
        if page.search.text() == title and not page.filter_bar.values():
            return  # the list shows this filter already
        self._pending_select = (page, record_id)
        page.show_matching(title)  # other filters might hide the record

    def _select_pending(self, page: ListPage) -> None:
        pending = self._pending_select
        if pending is not None and pending[0] is page:
            self._pending_select = None
            self._select_in_list(page, pending[1])

    def start_import(self) -> Any:
        """The import wizard, for the kind of record of the list shown (if it has one)."""
        from .import_wizard import ImportWizard

        page = self.current_list()
        entity = getattr(getattr(page, "service", None), "entity", "volunteer")
        if entity not in ("volunteer", "newcomer", "organisation"):
            entity = "volunteer"
        wizard = ImportWizard(self.database, entity, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._imported)
        wizard.show()
        self.import_wizard = wizard
        return wizard

    def _imported(self, _entity: str) -> None:
        for page in self.pages.values():
            if isinstance(page, ListPage):
                page.filter_bar.reload_choices()
        self._update_count(self.current_page())

    def _list_document(self, page: ListPage) -> str | None:
        """The printout of a list page (None: the page has none)."""
        key = next((k for k, p in self.pages.items() if p is page), None)
        return kinds.BY_LIST[key].list_document if key in kinds.BY_LIST else None

    def print_current(self) -> Any:
        """Print the current list as it is filtered and sorted, or on the Übersicht the
        key figures report of its period (preview first)."""
        from .print_preview import start_print

        shown = self.current_page()
        period = getattr(shown, "period", None)
        if period is not None and shown is self.pages.get("overview"):
            return start_print(self, self.database, "report", start=period.start, end=period.end)
        page = self.current_list()
        document = self._list_document(page) if page is not None else None
        if page is None or document is None:
            return None

        params: dict[str, Any] = {"query": page.model.query}
        if document == "volunteers":  # the columns shown, in the table's order
            header = page.view.horizontalHeader()
            columns = [page.model.column_key(header.logicalIndex(i)) for i in range(header.count())]
            params["columns"] = [k for k in columns if page.is_column_shown(k)]
        return start_print(self, self.database, document, **params)

    def export_current(self) -> Any:
        """Save the current list as it is shown (filters, sort, columns) as .xlsx."""
        from .export_action import export_list_page

        self.list_export = export_list_page(self, self.current_list())
        return self.list_export

    def refresh_current(self) -> None:
        page = self.current_list()
        if page is not None:
            page.refresh()

    def focus_global_search(self) -> None:
        self.global_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.global_search.selectAll()

    def show_help(self, page: str = "index.html") -> Any:
        """The user guide (F1), one window for the whole program."""
        from .help_browser import HelpBrowser

        browser = getattr(self, "help_browser", None)
        try:
            if browser is not None and browser.isVisible():
                browser.show_page(page)
                browser.raise_()
                browser.activateWindow()
                return browser
        except RuntimeError:  # closed and deleted
            pass
        browser = HelpBrowser(self, page)
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser.show()
        self.help_browser = browser
        return browser

    def show_about(self) -> Any:
        from servicestelle.paths import data_dir

        from .about_dialog import AboutDialog

        dialog = AboutDialog(self.database.location, data_dir(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.about_dialog = dialog
        return dialog

    # -- window state ------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen()
            size = DEFAULT_SIZE
            if screen is not None:
                size = size.boundedTo(screen.availableGeometry().size() * 0.95)
            self.resize(size)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        for key, page in self.pages.items():
            if isinstance(page, ListPage):
                page.save_state(self.settings, f"pages/{key}")
        self.settings.sync()
        super().closeEvent(event)
