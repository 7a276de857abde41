"""Writing many rows fast (demo data, spreadsheet imports): ids allocated here, rows
buffered per table and inserted in chunks, parents first, with the search index filled
alongside.

Ids are allocated so that rows can be added to a database that is in use (see
``IdSource``): on PostgreSQL they are taken from each table's own sequence, so that
neither a colleague's new record nor a second import at the same time can get the
same id; on SQLite the writer holds the write lock and continues after the highest id.
Each chunk is one ``executemany`` of an INSERT that SQLAlchemy
compiled, with values converted by the columns' own SQLAlchemy types (see ``_Insert``):
what is stored is what ``conn.execute(insert(table), rows)`` would store, at about half
its cost.

Bulk rows bypass the ORM session and so its per-field audit hook. The caller writes
the audit entries: the demo one summary per table (``Writer.write_audit``), an import
one entry per record. Records carry the given author (``'Beispieldaten'`` by default).
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import repeat
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Date, DateTime, Table, func, insert, select, text

from . import models as m
from .collation import sort_key
from .enums import AuditAction
from .kinds import PEOPLE
from .search import BY_ENTITY, fold_document

if TYPE_CHECKING:
    from .db import Database

AUTHOR = "Beispieldaten"
CHUNK = 5000

# The records whose number the progress callback counts (their link rows come along).
_PEOPLE = tuple(PEOPLE)  # rows that carry a name sort key
_MAIN_TABLES = ("organisation", "volunteer", "newcomer", "pairing", "help_request", "event")
_TRACKED = {"created_by": AUTHOR, "updated_by": AUTHOR, "version": 1}
_VARIES = object()
_WORD = re.compile(r"\w+")

Row = dict[str, Any]


class _Memo(dict[Any, Any]):
    """A column type's bind processor, computed once per distinct value."""

    def __init__(self, process: Callable[[Any], Any]) -> None:
        super().__init__()
        self.process = process
        self[None] = None

    def __missing__(self, value: Any) -> Any:
        result = self[value] = self.process(value)
        return result


class _Insert:
    """A bulk INSERT of one table, prepared once.

    SQLAlchemy compiles the statement for the connection's dialect, and each column's
    own bind processor (the conversion ``conn.execute(insert(table), rows)`` applies)
    converts the values, once per distinct value (dates and enum values repeat a lot).
    The rows then go to the driver's ``executemany`` in one call: the stored values are
    exactly those of a Core insert, without SQLAlchemy's per-row parameter handling,
    which would cost about as much as the database's own work. Keys a row leaves out
    get the column's scalar default, else NULL; ``constants`` gives columns that are the
    same in every row.
    """

    def __init__(
        self, conn: Connection, table: Table, constants: Row, shared: dict[type, _Memo]
    ) -> None:
        dialect = conn.dialect
        keys = list(table.c.keys())
        compiled = insert(table).compile(dialect=dialect, column_keys=keys)
        self.name = table.name
        self.known = frozenset(keys)
        self.sql = compiled.string
        self.positional = bool(compiled.positional)
        self.keys = list(compiled.positiontup or []) if self.positional else keys
        self.columns: list[tuple[str, Any, _Memo | None, Any]] = []
        for key in self.keys:
            default = table.c[key].default
            fallback = default.arg if default is not None and default.is_scalar else None
            impl = table.c[key].type.dialect_impl(dialect)
            process = impl.bind_processor(dialect)
            memo = None
            if process is not None:
                if isinstance(impl, Date | DateTime):  # the same conversion in every table
                    memo = shared.get(type(impl))
                    if memo is None:
                        memo = shared[type(impl)] = _Memo(process)
                else:
                    memo = _Memo(process)
            constant = constants.get(key, _VARIES)
            if constant is not _VARIES and memo is not None:
                constant = memo[constant]
            self.columns.append((key, constant, memo, fallback))

    def execute(self, conn: Connection, rows: list[Row]) -> None:
        unknown = set().union(*rows) - self.known
        if unknown:
            raise ValueError(f"{self.name}: unbekannte Spalten {sorted(unknown)}")
        count = len(rows)
        get = dict.get
        values = []
        for key, constant, memo, fallback in self.columns:
            if constant is not _VARIES:
                values.append(repeat(constant, count))
                continue
            column = map(get, rows, repeat(key), repeat(fallback))
            values.append(column if memo is None else map(memo.__getitem__, column))
        params: list[Any] = list(zip(*values, strict=True))
        if not self.positional:
            keys = self.keys
            params = [dict(zip(keys, row, strict=True)) for row in params]
        conn.exec_driver_sql(self.sql, params)


def _phone_forms(e164: str | None) -> list[str]:
    """The search forms of a German E.164 number exactly as ``search._phone_forms``
    gives them (``49385…`` and the national digits ``0385…``), without parsing each
    generated number again (a test checks that both agree)."""
    if not e164:
        return []
    return [e164[1:], "0" + e164[3:]]


class IdSource:
    """New ids for rows the writer inserts itself, unique against every other writer.

    PostgreSQL: ids are reserved from the table's own sequence (``nextval``) in blocks
    that grow with use, inside the writer's transaction. A sequence never hands out a
    value twice, so a colleague's record saved meanwhile, a second import at the same
    time and the ORM's next insert all get other ids; reserved ids the writer does not
    use are gaps, as after any rolled-back insert.

    SQLite: one writer at a time. The transaction takes the write lock before the
    highest ids are read (a write that changes nothing), so they stay the highest
    until it commits; ids continue after them, as SQLite itself would choose them.
    """

    FIRST_BLOCK = 16
    LARGEST_BLOCK = 5000

    def __init__(self, conn: Connection, tables: dict[str, Table]) -> None:
        self.conn = conn
        self.tables = tables
        self.sequences = conn.dialect.name == "postgresql"
        self.free: dict[str, list[int]] = {}  # PostgreSQL: reserved ids, the next one last
        self.block: dict[str, int] = {}
        self.last: dict[str, int] = {}  # SQLite: the last id given
        if not self.sequences:
            # Any write takes SQLite's write lock; this one changes nothing.
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = version_num WHERE 0")

    def next(self, table: str) -> int:
        if self.sequences:
            free = self.free.get(table)
            if not free:
                free = self.free[table] = self._reserve(table)
            return free.pop()
        last = self.last.get(table)
        if last is None:
            column = self.tables[table].c.id
            last = int(self.conn.execute(select(func.max(column))).scalar() or 0)
        self.last[table] = last + 1
        return last + 1

    def _reserve(self, table: str) -> list[int]:
        size = self.block[table] = min(
            self.LARGEST_BLOCK, 2 * self.block.get(table, self.FIRST_BLOCK // 2)
        )
        ids = (
            self.conn.execute(
                text(
                    "SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                    "FROM generate_series(1, :n)"
                ),
                {"table": table, "n": size},
            )
            .scalars()
            .all()
        )
        return sorted(ids, reverse=True)


class _Record:
    """A row seen as the record the search module indexes (its phone number left out,
    a column the row leaves out None). The values are the instance's own attributes,
    so that reading one is a plain lookup."""

    def __init__(self, row: Row) -> None:
        attributes = vars(self)
        attributes.update(row)
        attributes["phone"] = None

    def __getattr__(self, name: str) -> Any:  # only for names the row does not have
        return None


class Writer:
    """Buffers rows per table and inserts them in chunks, parent tables first."""

    def __init__(
        self,
        db: Database,
        conn: Connection,
        now: dt.datetime,
        total: int,
        progress: Callable[[int, int], None] | None,
        author: str = AUTHOR,
    ) -> None:
        self.conn = conn
        self.tracked = {**_TRACKED, "created_by": author, "updated_by": author}
        self.search = db.search
        self.now = now
        self.total = max(total, 1)
        self.progress = progress
        self.tables = {t.name: t for t in m.Base.metadata.sorted_tables}
        self.order = list(self.tables)  # dependency order: parents before children
        self.buffers: dict[str, list[Row]] = {name: [] for name in self.order}
        self.counts: dict[str, int] = dict.fromkeys(self.order, 0)
        self.search_rows: list[tuple[str, int, str]] = []
        self.ids = IdSource(conn, self.tables)
        self._times = [dt.time(h, mi) for h in range(8, 17) for mi in (5, 20, 35, 50)]
        self._stamps: dict[dt.date, list[dt.datetime]] = {}
        self._tick = 0
        self._folded: dict[str, list[str]] = {}
        self._sort_keys: dict[tuple[Any, Any], str] = {}  # per (last name, first name)
        self._inserts: dict[str, _Insert] = {}
        self._shared_memos: dict[type, _Memo] = {}

    def new_id(self, table: str) -> int:
        return self.ids.next(table)

    def stamp(self, day: dt.date) -> dt.datetime:
        """A plausible office time on ``day`` (one of four per day), never in the future."""
        stamps = self._stamps.get(day)
        if stamps is None:
            times = self._times
            first = day.toordinal() * 7
            stamps = self._stamps[day] = [
                min(dt.datetime.combine(day, times[(first + k) % len(times)]), self.now)
                for k in range(4)
            ]
        self._tick += 1
        return stamps[self._tick & 3]

    def add(self, table: str, day: dt.date, row: Row) -> int:
        """Queue a row made on ``day`` and return its id (a new one unless the row has
        one); keys left out are NULL, the tracking columns are filled here (the time of
        day made up, unless the row brings ``created_at`` and ``updated_at``), and the
        search text of a searchable record is queued with it."""
        if "id" not in row:
            row["id"] = self.ids.next(table)  # new_id, one call less per row
        if table in _PEOPLE:
            name = (row["last_name"], row.get("first_name"))
            key = self._sort_keys.get(name)
            if key is None:
                if len(self._sort_keys) >= 100_000:
                    self._sort_keys.clear()
                key = self._sort_keys[name] = sort_key(*name)
            row["sort_key"] = key
        if "created_at" not in row:
            row["created_at"] = row["updated_at"] = self.stamp(day)
        buffer = self.buffers[table]
        buffer.append(row)
        if len(buffer) >= CHUNK:
            self.flush()
        if table in BY_ENTITY:
            self._index(table, row)
        return row["id"]

    def add_links(self, table: str, rows: list[Row]) -> None:
        """Queue rows of a table that is neither a person nor searched (a person's
        languages, fields of activity, consents) which bring their own ``created_at``
        and ``updated_at``: ``add`` for each, with less said per row."""
        if not rows:
            return
        assert table not in _PEOPLE and table not in BY_ENTITY, table
        ids = self.ids
        for row in rows:
            if "id" not in row:
                row["id"] = ids.next(table)
        buffer = self.buffers[table]
        buffer.extend(rows)
        if len(buffer) >= CHUNK:
            self.flush()

    def _index(self, entity: str, row: Row) -> None:
        """Queue the folded search text of a record, built from the search module's own
        parts (the phone number is turned into its search forms here, see
        ``_phone_forms``)."""
        parts = BY_ENTITY[entity].parts(_Record(row))
        parts.extend(_phone_forms(row.get("phone")))
        self.search_rows.append((entity, row["id"], self._fold(parts)))
        if len(self.search_rows) >= CHUNK:
            self.flush()

    def _fold(self, parts: list[str | None]) -> str:
        """``fold_document(parts)``, computed part by part: the tokens of space-joined
        parts are the union of each part's tokens, so the many repeated names and
        notes are folded once. Plain ASCII folds to its lower-case word tokens."""
        tokens: set[str] = set()
        cache = self._folded
        for part in parts:
            if not part:
                continue
            if part.isascii():
                tokens.update(_WORD.findall(part.lower()))
                continue
            folded = cache.get(part)
            if folded is None:
                folded = fold_document([part]).split()
                if len(cache) < 100_000:
                    cache[part] = folded
            tokens.update(folded)
        return " ".join(sorted(tokens))

    def flush(self) -> None:
        """Insert every buffered row, parent tables first, then the search texts."""
        for name in self.order:
            buffer = self.buffers[name]
            if buffer:
                self.buffers[name] = []
                self._statement(name).execute(self.conn, buffer)
                self.counts[name] += len(buffer)
        if self.search_rows:
            rows, self.search_rows = self.search_rows, []
            self.search.put_many(self.conn, rows)
        if self.progress is not None:
            done = sum(self.counts[t] for t in _MAIN_TABLES)
            self.progress(min(done, self.total), self.total)

    def _statement(self, name: str) -> _Insert:
        statement = self._inserts.get(name)
        if statement is None:
            table = self.tables[name]
            constants = self.tracked if "version" in table.c else {}
            statement = self._inserts[name] = _Insert(
                self.conn, table, constants, self._shared_memos
            )
        return statement

    def write_audit(self, user: str) -> None:
        """One audit entry per table written (action »angelegt«, entity = table name,
        entity id 0, new value »Beispieldaten: N Datensätze«)."""
        rows = [
            {
                "at": self.now,
                "user": user,
                "action": AuditAction.CREATE,
                "entity": name,
                "entity_id": 0,
                "field": None,
                "old_value": None,
                "new_value": f"Beispieldaten: {count} Datensätze",
            }
            for name, count in self.counts.items()
            if count and name != "audit_entry"
        ]
        if rows:
            self.conn.execute(insert(self.tables["audit_entry"]), rows)
            self.counts["audit_entry"] += len(rows)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while many small objects are built that all
    live until the end and hold no reference cycles (an import's rows, values and
    results; the candidates of a matching): each of its runs would walk all of them
    again (a fifth of an import's time, half of a ranking's). Reference counting still
    frees everything as usual. Afterwards it runs as it did before (a pause inside a
    pause leaves it to the outer one)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def enlarge_sqlite_cache(conn: Connection, volunteers: int) -> int | None:
    """SQLite's default page cache (2 MB) makes a big insert rewrite the same index
    pages over and over; give it about 3 KB per volunteer (8–512 MB) while writing.
    Returns the previous setting (None on other databases)."""
    if conn.dialect.name != "sqlite":
        return None
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    kib = min(512 * 1024, max(8 * 1024, volunteers * 3))
    conn.exec_driver_sql(f"PRAGMA cache_size = -{kib}")
    return int(previous) if previous is not None else None
