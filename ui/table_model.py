"""One lazy table model for every list page, fed by a service of the core.

The service has the shape of ``servicestelle.services.base.EntityService``:

- ``columns``: ordered mapping key → ``Column(title, expr, sortable, shown, kind)``;
- ``count(query)``: how many rows the query has;
- ``page(query, offset, limit)``: those rows as tuples ``(id, value of each column)``.

The model asks for the count first, then loads rows in blocks of ``BLOCK_SIZE`` only when
the view asks for a row of that block. A small least-recently-used cache of blocks keeps
memory flat: scrolling to row 90,000 of 100,000 loads the blocks around row 90,000 and
nothing in between. Sorting and filtering happen in the database (a new ``ListQuery``).

On a SQLite file, blocks are loaded synchronously on the GUI thread, which keeps the
model simple and the first screen deterministic. On a server the count and the first
block of each refresh are asked in the background (a network round trip must not
freeze the window); later blocks, one query each, still come synchronously. That is
right while one block is one fast query: with the core's volunteer list a block of 200
rows takes a few milliseconds for a list of a few thousand people, and the count is an
indexed query. Deep offsets in a very long list cost more (LIMIT/OFFSET walks the
skipped rows; about 50 ms at row 9,000 of 10,000 and, without SQLite statistics, up to
a second at row 90,000 of 100,000), which the core can bring back to milliseconds with
an index that covers the list's order and a two-step page query. Until then, long
lists follow the scroll bar only when it is let go (see ``ListPage``), so a jump loads
one or two blocks, not every block on the way.

Nothing is loaded before the first ``refresh()`` or ``set_query()``, so that a page can
connect ``load_failed`` and ``count_changed`` first. A failing query (database gone,
server down) is logged and reported once through ``load_failed``; the model then shows
no rows instead of failing on every repaint, until the next refresh.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import OrderedDict
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from servicestelle.errors import ServiceError
from servicestelle.services.base import ListQuery

from .formatting import format_value

log = logging.getLogger(__name__)

BLOCK_SIZE = 200
MAX_BLOCKS = 8  # at most 1,600 rows in memory, whatever the length of the list

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ListService(Protocol):
    """What the model needs of a service (``EntityService`` has it)."""

    columns: Any

    def count(self, query: ListQuery) -> int: ...

    def page(
        self, query: ListQuery, offset: int, limit: int, total: int | None = None
    ) -> list[tuple[Any, ...]]: ...


class LazyTableModel(QAbstractTableModel):
    """Rows of ``service`` for ``query``, loaded block by block as the view needs them."""

    load_failed = Signal(str)  # a German message for the user
    count_changed = Signal(int)

    def __init__(
        self,
        service: ListService,
        *,
        block_size: int = BLOCK_SIZE,
        max_blocks: int = MAX_BLOCKS,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._keys = list(service.columns)
        self._columns = [service.columns[key] for key in self._keys]
        self._block_size = block_size
        self._max_blocks = max(2, max_blocks)
        self._query = ListQuery()
        self._count = 0
        self._blocks: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._failed = False
        self._asked = self._shown = 0  # refreshes asked for and shown
        self._tasks: set[Any] = set()

    # -- what the list shows ---------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def keys(self) -> list[str]:
        return list(self._keys)

    def column_key(self, column: int) -> str:
        return self._keys[column]

    def column_of(self, key: str) -> int:
        return self._keys.index(key)

    def is_shown_by_default(self, column: int) -> bool:
        return bool(self._columns[column].shown)

    def is_sortable(self, column: int) -> bool:
        return bool(self._columns[column].sortable)

    def column_kind(self, column: int) -> str:
        return str(self._columns[column].kind)

    def set_query(self, query: ListQuery) -> None:
        """Show the rows of another query (filters, search text, sort order)."""
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Forget every loaded row and ask the database again (after edits). Over a
        network the count and the first rows are asked in the background: the window
        answers meanwhile and shows the rows as they arrive (``loading`` till then)."""
        self._asked += 1
        if self._over_network():
            self._load_in_background(self._asked)
            return
        self.beginResetModel()
        self._load()
        self.endResetModel()
        self.count_changed.emit(self._count)

    @property
    def loading(self) -> bool:
        """Rows asked for in the background have not arrived yet."""
        return self._shown < self._asked

    def _over_network(self) -> bool:
        db = getattr(self._service, "db", None)
        return db is not None and not getattr(db, "is_sqlite", True)

    def _load_in_background(self, asked: int) -> None:
        from .background import Task

        service, query, size = self._service, self._query, self._block_size

        def work(_progress: Any, _cancelled: Any) -> tuple[int, list[tuple[Any, ...]]]:
            count = service.count(query)
            return count, (service.page(query, 0, size, total=count) if count else [])

        task = Task(work, self)
        task.finished.connect(lambda result, a=asked: self._arrived(a, result))
        task.failed.connect(lambda exc, a=asked: self._not_arrived(a, exc))
        self._tasks.add(task)
        task.finished.connect(lambda _r, t=task: self._tasks.discard(t))
        task.failed.connect(lambda _e, t=task: self._tasks.discard(t))
        task.start()

    def _arrived(self, asked: int, result: tuple[int, list[tuple[Any, ...]]]) -> None:
        if asked != self._asked:
            return  # a newer question is on its way (a filter typed meanwhile)
        count, rows = result
        self.beginResetModel()
        self._blocks.clear()
        self._failed = False
        self._count = count
        if count:
            self._blocks[0] = rows
        self._shown = asked
        self.endResetModel()
        self.count_changed.emit(self._count)

    def _not_arrived(self, asked: int, exc: Exception) -> None:
        if asked != self._asked:
            return
        self.beginResetModel()
        self._blocks.clear()
        self._count = 0
        self._shown = asked
        self.endResetModel()
        self._report(exc)
        self.count_changed.emit(0)

    def record_id(self, row: int) -> int | None:
        """The database id of the record shown in ``row`` (None outside the list)."""
        record = self._row(row)
        return None if record is None else record[0]

    def loaded_blocks(self) -> list[int]:
        """Numbers of the blocks currently held in memory (oldest first)."""
        return list(self._blocks)

    # -- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        ):
            return self._columns[section].title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self._columns[index.column()].kind == "int":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        record = self._row(index.row())
        if record is None:
            return None
        value = record[index.column() + 1]
        if role == Qt.ItemDataRole.UserRole:
            return value
        return format_value(value, self._columns[index.column()].kind)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = self.sort_for(column, order)
        if wanted is None or list(self._query.sort) == wanted:
            return
        self.set_query(dataclasses.replace(self._query, sort=wanted))

    def sort_for(self, column: int, order: Qt.SortOrder) -> list[tuple[str, bool]] | None:
        """The query's sort keys for sorting by ``column`` (None: not sortable)."""
        if not 0 <= column < len(self._keys) or not self._columns[column].sortable:
            return None
        key = self._keys[column]
        descending = order == Qt.SortOrder.DescendingOrder
        defaults = getattr(self._service, "default_sort", ()) or ()
        # The clicked column first; the usual order breaks ties (then the id, in the core).
        return [(key, descending), *((k, d) for k, d in defaults if k != key)]

    # -- loading -----------------------------------------------------------------------

    def _load(self) -> None:
        self._shown = self._asked
        self._blocks.clear()
        self._failed = False
        try:
            self._count = self._service.count(self._query)
        except Exception as exc:  # reported to the user, never a crash
            self._count = 0
            self._report(exc)
            return
        if self._count:
            self._block(0)  # the first screen is needed at once anyway

    def _row(self, row: int) -> tuple[Any, ...] | None:
        if not 0 <= row < self._count or self._failed:
            return None
        block = self._block(row // self._block_size)
        if block is None:
            return None
        offset = row % self._block_size
        return block[offset] if offset < len(block) else None

    def _block(self, number: int) -> list[tuple[Any, ...]] | None:
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        if self.loading:  # the count shown is the old query's: no rows of the new one
            return None
        try:
            block = self._service.page(
                self._query, number * self._block_size, self._block_size, total=self._count
            )
        except Exception as exc:  # reported to the user, never a crash
            self._report(exc)
            return None
        self._blocks[number] = block
        while len(self._blocks) > self._max_blocks:
            self._blocks.popitem(last=False)
        return block

    def _report(self, exc: Exception) -> None:
        self._failed = True
        log.error("Liste lässt sich nicht laden", exc_info=exc)
        if isinstance(exc, ServiceError):
            message = exc.message
        else:
            message = QCoreApplication.translate(
                "LazyTableModel",
                "Die Liste lässt sich gerade nicht laden. Bitte später erneut versuchen; "
                "Einzelheiten stehen in der Protokolldatei.",
            )
        self.load_failed.emit(message)
