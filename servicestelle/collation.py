"""German alphabetical order for names, the same on SQLite and PostgreSQL.

Databases sort text by code point (SQLite) or by the server's locale (PostgreSQL), so
"Öztürk" would land after "Zimmermann" and "de Vries" after every capital. Records keep
a sort key instead: folded the way German telephone directories sort (DIN 5007-2:
ä = ae, ö = oe, ü = ue, ß = ss), case and accents ignored.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnClause
from sqlalchemy.sql.functions import FunctionElement

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})  # ß: casefold() gives ss
MAX_LENGTH = 200


def sort_key(*parts: str | None) -> str:
    """The key that puts names in German order ("Müller, Anna" → "mueller anna")."""
    text = " ".join(p.strip() for p in parts if p and p.strip()).casefold().translate(_UMLAUTS)
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(folded.split())[:MAX_LENGTH]


# -- the same order in SQL -------------------------------------------------------------
#
# A list sorted by a text column compares German sort keys, by code point, on both
# databases: on SQLite the key comes from ``sort_key`` itself (a function registered on
# each connection), on PostgreSQL from the same folding written in SQL (``lower``, the
# umlauts written out, ``translate`` of accented letters) compared with ``COLLATE "C"``,
# whatever the server's own collation. A stored key (the ``sort_key`` column of people)
# is compared by code point as well.

SQLITE_FUNCTION = "servicestelle_sort_key"


@functools.lru_cache(maxsize=8192)  # lists repeat first names, districts …
def _cached_key(value: str) -> str:
    return sort_key(value)


def _sql_key(value: str | None) -> str | None:
    return None if value is None else _cached_key(value)


def register_sqlite(dbapi_conn: Any) -> None:
    """Make ``servicestelle_sort_key(text)`` known to a SQLite connection."""
    try:
        dbapi_conn.create_function(SQLITE_FUNCTION, 1, _sql_key, deterministic=True)
    except (TypeError, NotImplementedError):  # a driver without "deterministic"
        dbapi_conn.create_function(SQLITE_FUNCTION, 1, _sql_key)


def _translation() -> tuple[str, str, str, dict[str, str]]:
    """Characters PostgreSQL folds as ``sort_key`` does: ``translate``'s from and to,
    the marks to drop, and the letters written as two (ĳ → ij) for ``replace``
    (Latin, Greek, Cyrillic and Arabic letters; combining marks)."""
    ranges = [(0xC0, 0x250), (0x300, 0x370), (0x370, 0x400), (0x400, 0x530),
              (0x610, 0x620), (0x620, 0x6D4), (0x1E00, 0x1F00)]
    source, target, dropped = [], [], []
    written: dict[str, str] = {}
    for start, end in ranges:
        for code in range(start, end):
            ch = chr(code)
            if ch in "äöüÄÖÜß" or not ch.isprintable():
                continue
            key = "".join(
                c for c in unicodedata.normalize("NFKD", ch.casefold().translate(_UMLAUTS))
                if not unicodedata.combining(c)
            )
            if key == "":
                dropped.append(ch)
            elif len(key) == 1 and key != ch:
                source.append(ch)
                target.append(key)
            elif len(key) > 1:
                written[ch] = key
    return "".join(source), "".join(target), "".join(dropped), written


_FROM, _TO, _DROPPED, _WRITTEN = _translation()


class german_key(FunctionElement[str]):  # noqa: N801 - reads as a SQL function
    """The German sort key of a text expression, computed by the database."""

    type = String()
    name = "german_key"
    inherit_cache = True


class binary_order(FunctionElement[str]):  # noqa: N801
    """A stored sort key compared by code point (``COLLATE "C"`` on PostgreSQL)."""

    type = String()
    name = "binary_order"
    inherit_cache = True


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


@compiles(german_key, "sqlite")
def _german_key_sqlite(element: german_key, compiler: Any, **kw: Any) -> str:
    return f"{SQLITE_FUNCTION}({compiler.process(element.clauses, **kw)})"


@compiles(german_key, "postgresql")
def _german_key_postgresql(element: german_key, compiler: Any, **kw: Any) -> str:
    value = f"lower(({compiler.process(element.clauses, **kw)})::text)"
    umlauts = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ß": "ss"}
    for letter, written in {**umlauts, **_WRITTEN}.items():
        value = f"replace({value}, {_literal(letter)}, {_literal(written)})"
    value = (f"translate({value}, {_literal(_FROM + _DROPPED)}, {_literal(_TO)})")
    value = f"btrim(regexp_replace({value}, '\\s+', ' ', 'g'))"
    return f'({value}) COLLATE "C"'


@compiles(german_key)
def _german_key_other(element: german_key, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(binary_order, "postgresql")
def _binary_order_postgresql(element: binary_order, compiler: Any, **kw: Any) -> str:
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "C"'


@compiles(binary_order)
def _binary_order_other(element: binary_order, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)  # type: ignore[no-any-return]


def order_by(expr: Any, *, stored_key: bool = False, kind: str = "text") -> Any:
    """What a list sorts by for a column showing ``expr``: a stored sort key by code
    point, a text by its German sort key, anything else (dates, numbers) as it is."""
    if stored_key:
        return binary_order(expr)
    if kind == "text":
        return german_key(expr)
    return expr


def never_null(expr: Any) -> bool:
    """Whether ``expr`` is a table column declared NOT NULL (no NULL order needed)."""
    column = getattr(expr, "expression", expr)
    return isinstance(column, ColumnClause) and getattr(column, "nullable", True) is False
