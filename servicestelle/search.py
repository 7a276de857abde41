"""Global search over people, organisations and requests, behind one small interface.

Text is folded the same way for both databases: lower case, umlauts written out
(ü → ue) *and* diacritics stripped (ü → u), so "müller", "Mueller" and "MÜLLER" all
find "Müller". SQLite keeps the folded text in an FTS5 table (prefix queries in about
a millisecond); PostgreSQL in a plain table queried with ``LIKE``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import (
    Connection,
    Integer,
    column,
    delete,
    insert,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from . import models as m
from .i18n import N_, _

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})  # casefold() made ß → ss
_TOKEN = re.compile(r"\w+", re.UNICODE)


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
_FTS = table("search_fts", column("rowid", Integer), column("folded"))

SEARCHABLE: tuple[Searchable, ...] = (
    Searchable("volunteer", 1, m.Volunteer, N_("Ehrenamtliche*r"), _person_parts),  # type: ignore[arg-type]
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
        rows = session.execute(
            text("SELECT rowid FROM search_fts WHERE search_fts MATCH :q ORDER BY rank LIMIT :n"),
            {"q": self._match(terms), "n": limit},
        )
        return [Hit(BY_CODE[r // ROWID_BASE].entity, r % ROWID_BASE) for (r,) in rows]


class TableSearch(SearchBackend):
    """Portable search over the ``search_entry`` table (used on PostgreSQL)."""

    def put(self, conn: Connection, entity: str, entity_id: int, folded: str) -> None:
        self.put_many(conn, [(entity, entity_id, folded)])

    def put_many(self, conn: Connection, rows: list[tuple[str, int, str]]) -> None:
        table = m.SearchEntry.__table__
        by_entity: dict[str, list[int]] = {}
        for entity, entity_id, _folded in rows:
            by_entity.setdefault(entity, []).append(entity_id)
        for entity, ids in by_entity.items():
            for start in range(0, len(ids), 5000):
                chunk = ids[start : start + 5000]
                conn.execute(
                    delete(table).where(table.c.entity == entity, table.c.entity_id.in_(chunk))
                )
        if rows:
            # A leading space lets " word" match only at the start of a word (a prefix).
            conn.execute(
                insert(table),
                [{"entity": e, "entity_id": i, "folded": " " + f} for e, i, f in rows],
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
        rows = session.execute(
            select(m.SearchEntry.entity, m.SearchEntry.entity_id)
            .where(*self._conditions(terms))
            .limit(limit)
        )
        return [Hit(e, i) for e, i in rows]


def backend_for(dialect_name: str) -> SearchBackend:
    return Fts5Search() if dialect_name == "sqlite" else TableSearch()


def document_of(obj: object) -> tuple[str, int, str] | None:
    spec = BY_MODEL.get(type(obj))  # type: ignore[arg-type]
    if spec is None:
        return None
    return spec.entity, obj.id, fold_document(spec.parts(obj))  # type: ignore[attr-defined]
