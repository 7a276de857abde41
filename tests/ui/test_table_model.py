"""The lazy table model on its own, without a window, over a real service and database."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from servicestelle.db import Database
from servicestelle.errors import DatabaseError
from servicestelle.services.base import ListQuery
from servicestelle.services.volunteers import VolunteerService
from tests.ui.conftest import add_many
from ui.formatting import format_value
from ui.table_model import LazyTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole


class CountingService:
    """The real service, with a record of every count and page it was asked for."""

    def __init__(self, service: VolunteerService) -> None:
        self._service = service
        self.counts = 0
        self.pages: list[tuple[int, int]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._service, name)

    def count(self, query: ListQuery) -> int:
        self.counts += 1
        return self._service.count(query)

    def page(
        self, query: ListQuery, offset: int, limit: int, total: int | None = None
    ) -> list[tuple[Any, ...]]:
        self.pages.append((offset, limit))
        return self._service.page(query, offset, limit, total)


def cell(model: LazyTableModel, row: int, key: str, role: int = DISPLAY) -> Any:
    return model.data(model.index(row, model.column_of(key)), role)


def first_names(model: LazyTableModel) -> list[str]:
    return [cell(model, row, "first_name") for row in range(model.rowCount())]


@pytest.fixture
def model(volunteers: Database) -> LazyTableModel:
    model = LazyTableModel(VolunteerService(volunteers))
    model.set_query(ListQuery())
    return model


def test_count_headers_and_default_order(model: LazyTableModel) -> None:
    assert model.rowCount() == 3
    assert model.columnCount() == len(VolunteerService.columns)
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles[:3] == ["Nachname", "Vorname", "Status"]
    # Default order of the service: by last name (Latin before Cyrillic).
    assert [cell(model, r, "last_name") for r in range(3)] == ["Haddad", "Müller", "Шевченко"]
    assert not model.is_shown_by_default(model.column_of("birth_date"))
    assert model.is_shown_by_default(model.column_of("last_name"))


def test_cells_are_formatted_by_kind(model: LazyTableModel) -> None:
    assert cell(model, 1, "since") == "01.03.2024"
    assert cell(model, 1, "status") == "aktiv"
    assert cell(model, 0, "status") == "pausiert"
    assert cell(model, 1, "phone") == "0385 5451261"
    assert cell(model, 2, "phone") == "+380 44 123 4567"
    assert cell(model, 1, "email") == ""
    # The raw value stays available to code (for example to open a form).
    assert cell(model, 1, "since", Qt.ItemDataRole.UserRole) == dt.date(2024, 3, 1)
    assert model.record_id(1) is not None
    assert model.record_id(3) is None
    assert model.data(QModelIndex()) is None


def test_format_value_kinds() -> None:
    assert format_value(True, "bool") == "ja"
    assert format_value(False, "bool") == "nein"
    assert format_value(None, "date") == ""
    assert format_value(1234, "int") == "1.234"
    assert format_value(dt.date(2024, 12, 24), "date") == "24.12.2024"
    utc = dt.datetime(2024, 6, 1, 12, 30)
    assert format_value(utc, "datetime").startswith("01.06.2024 ")


def test_only_the_blocks_in_view_are_loaded(sqlite_db: Database) -> None:
    add_many(sqlite_db, 1000)
    service = CountingService(VolunteerService(sqlite_db))
    model = LazyTableModel(service, block_size=50, max_blocks=4)
    model.set_query(ListQuery())
    assert model.rowCount() == 1000
    assert service.counts == 1
    assert service.pages == [(0, 50)]  # the first screen

    # Jump to row 900: one more block, none of those in between.
    assert cell(model, 900, "last_name") == "Person 0900"
    assert cell(model, 949, "last_name") == "Person 0949"
    assert service.pages == [(0, 50), (900, 50)]
    assert model.loaded_blocks() == [0, 18]

    # Reading every row keeps at most four blocks in memory.
    for row in range(0, 1000, 7):
        model.data(model.index(row, 0))
    assert len(model.loaded_blocks()) <= 4
    assert len(service.pages) == 2 + 19  # 20 blocks; block 0 was still in memory


def test_sort_asks_the_database(model: LazyTableModel) -> None:
    model.sort(model.column_of("last_name"), Qt.SortOrder.DescendingOrder)
    assert model.query.sort[0] == ("last_name", True)
    assert cell(model, 0, "last_name") == "Шевченко"
    model.sort(model.column_of("since"), Qt.SortOrder.AscendingOrder)
    assert [cell(model, r, "since") for r in range(3)] == ["30.11.2022", "15.05.2023", "01.03.2024"]


def test_a_column_without_database_order_is_not_sorted(volunteers: Database) -> None:
    service = CountingService(VolunteerService(volunteers))
    model = LazyTableModel(service)
    model.set_query(ListQuery())
    before = (service.counts, list(service.pages), model.query)
    model.sort(model.column_of("languages"), Qt.SortOrder.DescendingOrder)
    assert (service.counts, service.pages, model.query) == before


def test_set_query_filters_in_the_database(model: LazyTableModel, qtbot) -> None:
    with qtbot.waitSignal(model.count_changed) as signal:
        model.set_query(dataclasses.replace(model.query, text="шевченко"))
    assert signal.args == [1]
    assert first_names(model) == ["Olena"]
    model.set_query(dataclasses.replace(model.query, text="", filters={"status": "pausiert"}))
    assert first_names(model) == ["Ahmad"]


def test_a_failing_database_is_reported_once_not_raised(volunteers: Database, qtbot) -> None:
    class Broken(CountingService):
        def page(
            self, query: ListQuery, offset: int, limit: int, total: int | None = None
        ) -> list[tuple[Any, ...]]:
            super().page(query, offset, limit)
            raise DatabaseError("Die Datenbank ist nicht erreichbar.")

    service = Broken(VolunteerService(volunteers))
    model = LazyTableModel(service)
    with qtbot.waitSignal(model.load_failed) as signal:
        model.set_query(ListQuery())
    assert signal.args == ["Die Datenbank ist nicht erreichbar."]
    assert model.data(model.index(0, 0)) is None
    assert model.data(model.index(1, 0)) is None
    assert len(service.pages) == 1  # no new attempt on every repaint
