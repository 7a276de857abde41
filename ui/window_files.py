"""The current list to and from files: its printout (or the key figures report on the
Übersicht), its Excel export and the spreadsheet import into it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from servicestelle import kinds

from .pages.list_page import ListPage

if TYPE_CHECKING:
    from .main_window import MainWindow


def list_document(window: MainWindow, page: ListPage) -> str | None:
    """The printout of a list page (None: the page has none)."""
    key = next((k for k, p in window.pages.items() if p is page), None)
    return kinds.BY_LIST[key].list_document if key in kinds.BY_LIST else None


def print_current(window: MainWindow) -> Any:
    """Print the current list as it is filtered and sorted, or on the Übersicht the
    key figures report of its period (preview first)."""
    from .print_preview import start_print

    shown = window.current_page()
    period = getattr(shown, "period", None)
    if period is not None and shown is window.pages.get("overview"):
        return start_print(window, window.database, "report", start=period.start, end=period.end)
    page = window.current_list()
    document = list_document(window, page) if page is not None else None
    if page is None or document is None:
        return None

    params: dict[str, Any] = {"query": page.model.query}
    if document == "volunteers":  # the columns shown, in the table's order
        header = page.view.horizontalHeader()
        columns = [page.model.column_key(header.logicalIndex(i)) for i in range(header.count())]
        params["columns"] = [k for k in columns if page.is_column_shown(k)]
    return start_print(window, window.database, document, **params)


def export_current(window: MainWindow) -> Any:
    """Save the current list as it is shown (filters, sort, columns) as .xlsx."""
    from .export_action import export_figures, export_list_page

    shown = window.current_page()
    if shown is not None and shown is window.pages.get("overview"):
        return export_figures(window, shown)  # the key figures of the period shown
    window.list_export = export_list_page(window, window.current_list())
    return window.list_export


def start_import(window: MainWindow) -> Any:
    """The import wizard, for the kind of record of the list shown (if it has one)."""
    from .import_wizard import ImportWizard

    page = window.current_list()
    entity = getattr(getattr(page, "service", None), "entity", "volunteer")
    if entity not in ("volunteer", "newcomer", "organisation"):
        entity = "volunteer"
    wizard = ImportWizard(window.database, entity, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.imported.connect(lambda _entity: _imported(window))
    wizard.show()
    window.import_wizard = wizard
    return wizard


def _imported(window: MainWindow) -> None:
    """Imported records may bring new list entries: offer them in the filters."""
    for page in window.pages.values():
        if isinstance(page, ListPage):
            page.filter_bar.reload_choices()
    window._update_count(window.current_page())
