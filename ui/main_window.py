"""The main window: navigation on the left, the current page, tool bar and status bar.

Pages are built the first time they are shown, so that start-up pays only for the first
one. A list page reports its row count, which the status bar shows next to the
database's location. The search field in the tool bar searches every area as the user
types; opening a hit emits ``open_record(entity, entity_id)``.

The window's parts live beside it: its frame (``window_layout``), the global search
(``window_search``), printing, export and import of the list shown (``window_files``),
archiving and the other windows (``window_commands``), and what it remembers between
sessions (``window_state``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from servicestelle import kinds
from servicestelle.db import Database
from servicestelle.errors import ServiceError

from . import window_commands, window_files, window_roles
from .actions import WindowActions
from .formatting import format_count
from .global_search import SearchPopup
from .pages.list_page import ListPage
from .pages.placeholder import PlaceholderPage
from .settings import window_settings
from .window_layout import build_centre, build_menus, build_status_bar, build_toolbar
from .window_search import RecordFinder
from .window_state import restore_window, save_window


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str
    build: Callable[[], QWidget] | None = None  # None: the page is not built yet


RECOUNT_MS = 400  # the pause after the last change before the Wiedervorlage is recounted


class MainWindow(QMainWindow):
    open_record = Signal(str, int)  # entity (volunteer, newcomer, …) and its id

    # made by window_layout and window_search
    navigation: QListWidget
    stack: QStackedWidget
    splitter: QSplitter
    count_label: QLabel
    location_label: QLabel
    global_search: QLineEdit
    search_popup: SearchPopup

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
        self.finder = RecordFinder(self)  # the global search: its hits, the record to show
        self.commands = WindowActions(self)
        build_menus(self)
        build_toolbar(self)
        build_centre(self)
        build_status_bar(self)
        window_roles.apply(self)  # the role's commands and name (on a shared server)
        restore_window(self)
        self.open_record.connect(self._show_record)
        from .changes import change_bus

        self._stale: set[str] = set()  # built pages to refresh when next shown
        # The Wiedervorlage's count follows changes once they settle: a burst of saves
        # (a workflow step, an import) is counted once, and a save's own reload is not
        # slowed by a recount running beside it.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_MS)
        self._recount.timeout.connect(self.count_followups)
        bus = change_bus(database)
        bus.changed.connect(self._data_changed)
        bus.watch_file()  # other programs' commits to a SQLite file, while this is open
        keys = [entry.key for entry in self.entries]
        self.navigation.setCurrentRow(keys.index("volunteers") if "volunteers" in keys else 0)
        start = self.current_list()
        if start is not None:
            start.focus_filter()

    # -- pages -------------------------------------------------------------------------

    def _page_entries(self) -> list[PageEntry]:
        def lists(key: str) -> Callable[[], QWidget]:
            return lambda: self._list_page(key)

        entries = [
            PageEntry("overview", self.tr("Übersicht"), self._overview_page),
            PageEntry("volunteers", self.tr("Ehrenamtliche"), lists("volunteers")),
            PageEntry("newcomers", self.tr("Neuzugewanderte"), lists("newcomers")),
            PageEntry("pairings", self.tr("Patenschaften"), lists("pairings")),
            PageEntry("requests", self.tr("Hilfsanfragen"), lists("requests")),
            PageEntry("organisations", self.tr("Organisationen & MSO"), lists("organisations")),
            PageEntry("events", self.tr("Veranstaltungen"), lists("events")),
            PageEntry("followups", self.tr("Wiedervorlage"), self._followup_page),
        ]
        # a page the role may not read is not shown (a role without any: its own page)
        actor = self.database.actor
        shown = [entry for entry in entries if window_roles.visible(actor, entry.key)]
        return shown or [
            PageEntry("role", self.tr("Ihre Rolle"), lambda: window_roles.RolePage(actor))
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
        recount = getattr(self, "_recount", None)
        if recount is not None:
            recount.stop()  # the page's own first load counts
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
        if all(entry.key != "followups" for entry in self.entries):
            return  # not the role's page
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
                page.count_changed.connect(lambda _count, p=page: self.finder.select_pending(p))
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
        self.commands.new.setEnabled(
            page is not None and window_roles.may_create(self.database.actor, page)
        )
        self.commands.open.setEnabled(page is not None and page.current_record_id() is not None)
        self.commands.archive.setEnabled(
            page is not None
            and hasattr(getattr(page.service, "model", None), "archived_at")
            and page.current_record_id() is not None
        )
        self.commands.refresh.setEnabled(page is not None)
        overview = self.current_page() is self.pages.get("overview")
        self.commands.export.setEnabled(page is not None or overview)
        self.commands.print_.setEnabled(
            (page is not None and window_files.list_document(self, page) is not None)
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

        try:
            dialog = open_record_dialog(self, self.database, entity, record_id)
        except (ServiceError, ValueError) as exc:  # e.g. the role may not read it
            message = exc.message if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(self, self.tr("Nicht möglich"), message)
            return
        dialog.saved.connect(self._record_saved)

    def new_record(self) -> None:
        page = self.current_list()
        key = next((k for k, p in self.pages.items() if p is page), None)
        if key is not None:
            self.open_form(key, None)

    def _record_saved(self, _entity: str, _record_id: int) -> None:
        """A record window saved: the change bus has told every page already."""

    def _data_changed(self, changes: Any) -> None:
        """Whatever was written, by whichever window: the pages that show it refresh
        (the one on screen now, the others when next shown), and so does the count of
        the Wiedervorlage."""
        if not shiboken6.isValid(self):
            return  # closed meanwhile
        from .kinds import SCREENS

        current = self.current_page()
        for key, page in self.pages.items():
            if isinstance(page, ListPage):
                screen = SCREENS.get(page.service.entity)
                shown = (page.service.entity, *(screen.shows if screen else ()))
                if not changes.concerns(*shown):
                    continue
            elif not hasattr(page, "refresh") or getattr(page, "follows_changes", False):
                continue  # (the Übersicht listens itself and counts once writes settle)
            if page is current:
                page.refresh()  # type: ignore[attr-defined]
            else:
                self._stale.add(key)
        if "followups" not in self.pages or self.pages["followups"] is not current:
            self._recount.start()

    def refresh_current(self) -> None:
        page = self.current_list()
        if page is not None:
            page.refresh()

    def focus_global_search(self) -> None:
        self.global_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.global_search.selectAll()

    # -- commands done in their own modules --------------------------------------------

    def _show_record(self, entity: str, record_id: int) -> None:
        """Show a record found elsewhere (the global search) on its page and open it."""
        self.finder.show_record(entity, record_id)

    def archive_current(self) -> None:
        """Archive the selected record of the current list after asking."""
        window_commands.archive_current(self)

    def show_settings(self) -> None:
        window_commands.show_settings(self)

    def show_help(self, page: str | None = None) -> Any:
        """The user guide at ``page``, else (F1) at the page of the screen in front."""
        return window_commands.show_help(self, page)

    def help_page(self) -> str:
        """The guide's page of the area shown (F1 in the navigation or the search)."""
        from .help_context import START, own_page

        return own_page(self.current_page()) or START

    def show_about(self) -> Any:
        return window_commands.show_about(self)

    def start_import(self) -> Any:
        """The import wizard, for the kind of record of the list shown (if it has one)."""
        return window_files.start_import(self)

    def print_current(self) -> Any:
        """Print the current list as it is filtered and sorted, or on the Übersicht the
        key figures report of its period (preview first)."""
        return window_files.print_current(self)

    def export_current(self) -> Any:
        """Save the current list as it is shown (filters, sort, columns) as .xlsx."""
        return window_files.export_current(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        save_window(self)
        from .changes import release_bus

        release_bus(self.database)
        super().closeEvent(event)
