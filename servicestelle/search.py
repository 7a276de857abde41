"""Global search over people, organisations and requests, behind one small interface.

Text is folded the same way for both databases, by the program: lower case, umlauts
written out (ü → ue) *and* diacritics stripped (ü → u), so "müller", "Mueller" and
"MÜLLER" all find "Müller". SQLite keeps the folded text in an FTS5 table (prefix
queries in about a millisecond); PostgreSQL in the ``search_entry`` table with a
trigram index (``pg_trgm``) that serves its ``LIKE`` queries.

Both rank the hits by the same rule, computed in SQL from the folded text alone, so
the same data gives the same first hits on either database:

1. more typed words found as a whole word (not only as the start of a longer one),
2. a shorter text (fewer words: the record is about little else),
3. the kind of record (people, organisations, requests), then the oldest record.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Text,
    case,
    column,
    delete,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from . import models as m
from .i18n import N_, _

log = logging.getLogger(__name__)

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})  # casefold() made ß → ss
# Letters and digits of any script; the underscore separates words, as in FTS5's
# tokenizer, so that both databases see the same words.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def _strip_marks(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


Term = tuple[str, ...]  # the spellings of one typed word; any of them may match


_PHONE_TYPED = re.compile(r"\+?[\d\s/().-]{4,}")


def fold_query(value: str) -> list[Term]:
    """Search terms of what a user typed: each word in its spellings (ü → ue, ü → u);
    a phone number as typed ("0385 545-1261", "+49 385 …") as one run of digits."""
    if _PHONE_TYPED.fullmatch(value.strip()):
        return [("".join(ch for ch in value if ch.isdigit()),)]
    lowered = value.casefold()
    expanded = _TOKEN.findall(_strip_marks(lowered.translate(_UMLAUTS)))
    stripped = _TOKEN.findall(_strip_marks(lowered))
    return [tuple(dict.fromkeys(pair)) for pair in zip(expanded, stripped, strict=True)]


def fold_document(parts: Iterable[str | None]) -> str:
    """The text to index: every token in both spellings (ü → ue and ü → u)."""
    raw = " ".join(p for p in parts if p).casefold()
    tokens = set(_TOKEN.findall(_strip_marks(raw.translate(_UMLAUTS))))
    tokens.update(_TOKEN.findall(_strip_marks(raw)))
    return " ".join(sorted(tokens))


def _phone_forms(number: str | None) -> list[str]:
    if not number:
        return []
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, "DE")
    except phonenumbers.NumberParseException:
        return [number]
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return [number.lstrip("+"), re.sub(r"\D", "", national)]


def _person_parts(p: m.Volunteer | m.Newcomer | m.ContactPerson) -> list[str | None]:
    return [p.first_name, p.last_name, p.email, p.notes, *_phone_forms(p.phone)]


@dataclass(frozen=True)
class Searchable:
    entity: str
    code: int  # FTS rowid = code * ROWID_BASE + id
    model: type[m.Base]
    text: str  # German; ``label`` is shown
    parts: Callable[[object], list[str | None]]

    @property
    def label(self) -> str:
        return _(self.text)


ROWID_BASE = 10**12
_FTS = table("search_fts", column("rowid", Integer), column("folded", Text))

SEARCHABLE: tuple[Searchable, ...] = (
    Searchable(
        "volunteer",
        1,
        m.Volunteer,
        N_("Ehrenamtliche*r"),
        lambda v: [*_person_parts(v), v.skills],  # type: ignore[attr-defined]  # »Beruf«
    ),
    Searchable(
        "newcomer",
        2,
        m.Newcomer,
        N_("Neuzugewanderte*r"),
        lambda n: [*_person_parts(n), n.contact_name],  # type: ignore[attr-defined]
    ),
    Searchable(
        "contact_person",
        3,
        m.ContactPerson,
        N_("Ansprechperson"),
        lambda c: [*_person_parts(c), c.role],  # type: ignore[attr-defined]
    ),
    Searchable(
        "organisation",
        4,
        m.Organisation,
        N_("Organisation"),
        lambda o: [o.name, o.short_name, o.email, o.notes, *_phone_forms(o.phone)],  # type: ignore[attr-defined]
    ),
    Searchable(
        "help_request",
        5,
        m.HelpRequest,
        N_("Hilfsanfrage"),
        lambda r: [r.title, r.description, r.requester],  # type: ignore[attr-defined]
    ),
)
BY_MODEL = {s.model: s for s in SEARCHABLE}
BY_ENTITY = {s.entity: s for s in SEARCHABLE}
BY_CODE = {s.code: s for s in SEARCHABLE}


def ranking(spaced: ColumnElement[str], terms: list[Term]) -> list[ColumnElement[object]]:
    """The ORDER BY of the ranking rule (see the module's text) over ``spaced``, the
    folded text with a space before every word; the same SQL on both databases."""
    padded = spaced + " "
    whole = [
        case((or_(*(padded.contains(f" {s} ", autoescape=True) for s in term)), 1), else_=0)
        for term in terms
    ]
    found = whole[0]
    for more in whole[1:]:
        found = found + more
    words = func.length(spaced) - func.length(func.replace(spaced, " ", ""))
    return [found.desc(), words.asc()]


@dataclass(frozen=True)
class Hit:
    entity: str
    entity_id: int


class SearchBackend:
    """Keeps the index and answers queries. One implementation per database dialect."""

    def put(self, conn: Connection, entity: str, entity_id: int, folded: str) -> None:
        raise NotImplementedError

    def put_many(self, conn: Connection, rows: list[tuple[str, int, str]]) -> None:
        for row in rows:
            self.put(conn, *row)

    def remove(self, conn: Connection, entity: str, entity_id: int) -> None:
        raise NotImplementedError

    def ids_matching(self, terms: list[Term], entity: str):  # type: ignore[no-untyped-def]
        """A SELECT of the ids of ``entity`` whose text matches every term."""
        raise NotImplementedError

    def query(self, session: Session, terms: list[Term], limit: int) -> list[Hit]:
        raise NotImplementedError


class Fts5Search(SearchBackend):
    def put(self, conn: Connection, entity: str, entity_id: int, folded: str) -> None:
        self.put_many(conn, [(entity, entity_id, folded)])

    def put_many(self, conn: Connection, rows: list[tuple[str, int, str]]) -> None:
        # Straight to the driver: thousands of rows at a time (imports, demo data).
        params = [(BY_ENTITY[e].code * ROWID_BASE + i, f) for e, i, f in rows]
        if params:
            conn.exec_driver_sql(
                "DELETE FROM search_fts WHERE rowid = ?", [(rowid,) for rowid, _f in params]
            )
            conn.exec_driver_sql("INSERT INTO search_fts (rowid, folded) VALUES (?, ?)", params)

    def remove(self, conn: Connection, entity: str, entity_id: int) -> None:
        rowid = BY_ENTITY[entity].code * ROWID_BASE + entity_id
        conn.execute(text("DELETE FROM search_fts WHERE rowid = :r"), {"r": rowid})

    @staticmethod
    def _match(terms: list[Term]) -> str:
        return " AND ".join(
            "(" + " OR ".join(f'"{spelling}"*' for spelling in term) + ")" for term in terms
        )

    def ids_matching(self, terms: list[Term], entity: str):  # type: ignore[no-untyped-def]
        # Built as an expression (not text with named parameters): two of these in one
        # statement, as a pairing's volunteer and newcomer need, keep their own values.
        base = BY_ENTITY[entity].code * ROWID_BASE
        rowid = _FTS.c.rowid
        return select(rowid - base).where(
            literal_column("search_fts").op("MATCH")(self._match(terms)),
            rowid > base,
            rowid < base + ROWID_BASE,
        )

    def query(self, session: Session, terms: list[Term], limit: int) -> list[Hit]:
        rowid = _FTS.c.rowid
        rows = session.execute(
            select(rowid)
            .where(literal_column("search_fts").op("MATCH")(self._match(terms)))
            .order_by(*ranking(literal(" ", Text) + _FTS.c.folded, terms), rowid)
            .limit(limit)
        ).scalars()
        return [Hit(BY_CODE[r // ROWID_BASE].entity, r % ROWID_BASE) for r in rows]


class TableSearch(SearchBackend):
    """Portable search over the ``search_entry`` table (used on PostgreSQL)."""

    def put(self, conn: Connection, entity: str, entity_id: int, folded: str) -> None:
        self.put_many(conn, [(entity, entity_id, folded)])

    def put_many(self, conn: Connection, rows: list[tuple[str, int, str]]) -> None:
        """Insert or replace each record's text: one statement per 5,000 records (on a
        server one round trip, not a delete and an insert)."""
        from sqlalchemy.dialects.postgresql import insert as upsert

        table = m.SearchEntry.__table__
        # A leading space lets " word" match only at the start of a word (a prefix).
        latest = {(e, i): {"entity": e, "entity_id": i, "folded": " " + f} for e, i, f in rows}
        values = list(latest.values())
        for start in range(0, len(values), 5000):
            statement = upsert(table).values(values[start : start + 5000])
            conn.execute(
                statement.on_conflict_do_update(
                    index_elements=[table.c.entity, table.c.entity_id],
                    set_={"folded": statement.excluded.folded},
                )
            )

    def remove(self, conn: Connection, entity: str, entity_id: int) -> None:
        table = m.SearchEntry.__table__
        conn.execute(delete(table).where(table.c.entity == entity, table.c.entity_id == entity_id))

    @staticmethod
    def _conditions(terms: list[Term]):  # type: ignore[no-untyped-def]
        folded = m.SearchEntry.folded
        return [
            or_(*(folded.contains(" " + spelling, autoescape=True) for spelling in term))
            for term in terms
        ]

    def ids_matching(self, terms: list[Term], entity: str):  # type: ignore[no-untyped-def]
        return select(m.SearchEntry.entity_id).where(
            m.SearchEntry.entity == entity, *self._conditions(terms)
        )

    def query(self, session: Session, terms: list[Term], limit: int) -> list[Hit]:
        entry = m.SearchEntry
        code = case({s.entity: s.code for s in SEARCHABLE}, value=entry.entity, else_=0)
        rows = session.execute(
            select(entry.entity, entry.entity_id)
            .where(*self._conditions(terms))
            .order_by(*ranking(entry.folded, terms), code, entry.entity_id)
            .limit(limit)
        )
        return [Hit(e, i) for e, i in rows]


TRIGRAM_INDEX = "ix_search_entry_folded_trgm"


def has_trigram_index(conn: Connection) -> bool:
    """Whether the search table on a PostgreSQL server has its trigram index."""
    return conn.execute(text("SELECT to_regclass(:name) IS NOT NULL"),
                        {"name": TRIGRAM_INDEX}).scalar_one() is True


def prepare_server_search(conn: Connection) -> bool:
    """The extension ``pg_trgm`` and the trigram index of the search table on a
    PostgreSQL server, made if missing (idempotent). Needs an administrator (the
    extension, unless the server trusts it) and the table's owner (the index); for
    anybody else nothing happens. Returns whether the index is there afterwards."""
    if conn.dialect.name != "postgresql":
        return False
    if has_trigram_index(conn):
        return True
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        with conn.begin_nested():
            conn.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} ON search_entry "
                "USING gin (folded gin_trgm_ops)"
            )
    except DBAPIError as exc:
        # Searching works without the index, only slower on large data: the IT is told
        # in the log and by »servicestelle server setup«.
        log.warning("Suchindex auf dem Server nicht angelegt: %s",
                    str(getattr(exc, "orig", exc)).splitlines()[0])
        return False
    log.info("Trigramm-Index der Suche angelegt")
    return True


def backend_for(dialect_name: str) -> SearchBackend:
    return Fts5Search() if dialect_name == "sqlite" else TableSearch()


def document_of(obj: object) -> tuple[str, int, str] | None:
    spec = BY_MODEL.get(type(obj))  # type: ignore[arg-type]
    if spec is None:
        return None
    return spec.entity, obj.id, fold_document(spec.parts(obj))  # type: ignore[attr-defined]
