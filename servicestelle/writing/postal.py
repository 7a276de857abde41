"""Writing by post: who may get a letter, their postal address, and the private,
complete file a letter run or a label sheet is written to.

Whoever may be written to by post follows ``services.reach``: the latest valid consent
has the scope »Kontakt per Post« and the record holds street, postcode and city. Those
left out carry their reason (»3 ohne Einwilligung zum Kontakt per Post, 1 ohne
Postanschrift«), the same way the e-mail side counts them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import ColumnElement, select

from ..db import Database
from ..services.consents import PERSONS
from ..services.reach import POST, Reach, reach
from . import templates


@dataclass(frozen=True)
class Addressee:
    """One person a letter goes to, with the parts of the postal address."""

    kind: str  # volunteer, newcomer
    id: int
    first_name: str
    last_name: str
    street: str
    postcode: str
    city: str
    form: str | None = None  # the salutation (templates.SALUTATIONS), None: the default

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def lines(self) -> list[str]:
        """The address as it stands in the window and on a label."""
        place = " ".join(p for p in (self.postcode, self.city) if p)
        return [line for line in (self.name, self.street, place) if line]

    def values(self) -> dict[str, str]:
        """The recipient's own placeholders ({Anrede}, {Vorname}, {Nachname})."""
        return templates.person_values(self.first_name, self.last_name, self.form)


def postal_reach(db: Database, kind: str, where: Sequence[ColumnElement[bool]]) -> Reach:
    """The ``kind`` records matching ``where``: who may get a letter, or why not."""
    return reach(db, kind, where, channels=(POST,))


def marked_reach(db: Database, kind: str, ids: Sequence[int]) -> Reach:
    """The ``kind`` records with ``ids`` (the rows marked in a list)."""
    model: Any = PERSONS[kind][1]
    return postal_reach(db, kind, [model.id.in_(list(ids))])


def list_reach(db: Database, service: Any, query: Any) -> Reach:
    """All records of a list as shown (``service``'s list with ``query``: its filters,
    search text and archive setting)."""
    model: Any = PERSONS[service.entity][1]
    chosen = service.list_select(query, []).order_by(None)
    return postal_reach(db, service.entity, [model.id.in_(chosen)])


def invitees_reach(db: Database, event_id: int) -> Reach:
    """Those invited to the event (walk-ins are not)."""
    from .. import models as m

    invited = select(m.Attendance.volunteer_id).where(
        m.Attendance.event_id == event_id, m.Attendance.invited_on.is_not(None)
    )
    return postal_reach(db, "volunteer", [m.Volunteer.id.in_(invited)])


def event_values(db: Database, event_id: int) -> dict[str, str]:
    """{Veranstaltung}, {Datum}, {Uhrzeit} and {Ort} of the event."""
    from ..services.events import EventService

    event = EventService(db).get(event_id)
    return {
        "Veranstaltung": event.title or "",
        "Datum": event.starts_at.strftime("%d.%m.%Y") if event.starts_at else "",
        "Uhrzeit": event.starts_at.strftime("%H:%M") if event.starts_at else "",
        "Ort": event.location or "",
    }


def addressees(db: Database, kind: str, found: Reach) -> list[Addressee]:
    """The people of ``found`` reached by post, in the order of ``found``."""
    reachable = [p for p in found.reachable if p.addresses.get(POST.key)]
    if not reachable:
        return []
    model: Any = PERSONS[kind][1]
    form_column = getattr(model, "salutation", None)
    columns = [
        model.id,
        model.first_name,
        model.last_name,
        model.street,
        model.postcode,
        model.city,
        form_column if form_column is not None else model.id,
    ]
    rows: dict[int, tuple[Any, ...]] = {}
    ids = [p.id for p in reachable]
    with db.read() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in session.execute(select(*columns).where(model.id.in_(chunk))):
                rows[row[0]] = tuple(row[1:])
    result = []
    for person in reachable:
        if person.id not in rows:
            continue
        first, last, street, postcode, city, form = rows[person.id]
        form = getattr(form, "value", form) if form_column is not None else None
        result.append(
            Addressee(
                kind,
                person.id,
                (first or "").strip(),
                (last or "").strip(),
                (street or "").strip(),
                (postcode or "").strip(),
                (city or "").strip(),
                str(form) if form else None,
            )
        )
    return result


def fitted(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut short with »…« where it is wider than ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@contextlib.contextmanager
def private_file(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """A file to write ``path`` through: created beside it as ``.name.teil`` readable by
    its owner only, renamed to ``path`` when the block ends without an error, removed
    otherwise (and noted while written, so a killed program's half file goes at the next
    start)."""
    from ..leftovers import writing

    target = Path(path)
    temporary = target.with_name(f".{target.name}.teil")
    try:
        with writing(temporary):
            temporary.unlink(missing_ok=True)  # (a leftover keeps its own mode)
            descriptor = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with open(descriptor, "wb") as handle:
                yield handle
            os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


__all__ = [
    "Addressee",
    "addressees",
    "event_values",
    "fitted",
    "invitees_reach",
    "list_reach",
    "marked_reach",
    "postal_reach",
    "private_file",
]
