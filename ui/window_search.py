"""The main window's global search: the search field in the tool bar with its list of
hits, and a hit shown on its page — selected in its list (narrowed to its name when it
is not among the loaded rows) and opened in its form."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QToolBar

from servicestelle import kinds
from servicestelle.errors import ServiceError

from .global_search import SearchPopup
from .pages.list_page import ListPage
from .table_model import BLOCK_SIZE

if TYPE_CHECKING:
    from .main_window import MainWindow

SEARCH_LIMIT = 20


def _page_of(entity: str) -> str | None:
    """The list page that shows records of ``entity`` (the global search's hits)."""
    from .kinds import SCREENS

    screen = SCREENS.get(entity)
    if screen is None:
        return None
    return screen.found_on or kinds.KINDS[entity].list_key


def add_search_field(window: MainWindow, bar: QToolBar) -> None:
    """The search field (``window.global_search``) and its hits (``window.search_popup``);
    opening a hit emits ``window.open_record``."""
    field = QLineEdit(bar)
    field.setObjectName("GlobalSearch")
    shortcut = QKeySequence(QKeySequence.StandardKey.Find).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    field.setPlaceholderText(
        QCoreApplication.translate("MainWindow", "Überall suchen ({shortcut})").format(
            shortcut=shortcut
        )
    )
    field.setAccessibleName(QCoreApplication.translate("MainWindow", "Überall suchen"))
    field.setClearButtonEnabled(True)
    field.setMinimumWidth(260)
    field.setMaximumWidth(360)
    bar.addWidget(field)
    window.global_search = field
    window.search_popup = SearchPopup(field, window.finder.search)
    window.search_popup.chosen.connect(
        lambda hit: window.open_record.emit(hit.entity, hit.entity_id)
    )


class RecordFinder:
    """Runs the search for the field and shows a chosen hit in the main window."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.hit_titles: dict[tuple[str, int], str] = {}  # of the last search's hits
        self.pending_select: tuple[ListPage, int] | None = None

    def search(self, text: str) -> list[Any] | None:
        """The hits for the search field (None, with a message, when the search failed)."""
        from servicestelle.services.global_search import search

        window = self._window
        try:
            hits = search(window.database, text, limit=SEARCH_LIMIT)
        except ServiceError as error:
            window.statusBar().showMessage(error.message, 10000)
            return None
        self.hit_titles = {(hit.entity, hit.entity_id): hit.title for hit in hits}
        return hits

    def show_record(self, entity: str, record_id: int) -> None:
        """Show a record found elsewhere (the global search) on its page.

        The record is selected in its list (narrowed to its name when it is not among
        the loaded rows) and opened in its form; a contact person only gets the page of
        the organisations (its own form comes with the organisation's).
        """
        window = self._window
        key = _page_of(entity)
        if key is None:
            return
        self.pending_select = None
        window.navigation.setCurrentRow(window._index_of(key))
        page = window.current_page()
        label = kinds.kind(entity).label
        if (
            isinstance(page, ListPage)
            and getattr(page.service, "entity", None) == entity
            and not self.select_in_list(page, record_id)
        ):
            self.filter_list_for(page, record_id, self.hit_titles.get((entity, record_id)))
        if kinds.KINDS[entity].list_key == key:
            window.open_form(key, record_id)
            message = QCoreApplication.translate("MainWindow", "{label} Nr. {id} geöffnet.")
        else:
            message = QCoreApplication.translate(
                "MainWindow", "{label} Nr. {id} – das Formular folgt in Kürze."
            )
        window.statusBar().showMessage(message.format(label=label, id=record_id), 8000)

    @staticmethod
    def select_in_list(page: ListPage, record_id: int) -> bool:
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

    def filter_list_for(self, page: ListPage, record_id: int, title: str | None) -> None:
        """Narrow the list to the record's name, then select it when the rows come."""
        if not title:
            return
        if page.search.text() == title and not page.filter_bar.values():
            return  # the list shows this filter already
        self.pending_select = (page, record_id)
        page.show_matching(title)  # other filters might hide the record

    def select_pending(self, page: ListPage) -> None:
        """The rows of ``page`` came: select the record it was narrowed to, if any."""
        pending = self.pending_select
        if pending is not None and pending[0] is page:
            self.pending_select = None
            self.select_in_list(page, pending[1])
