"""Reaching people: who among given people the office may contact, and how; the
e-mail links that put them in BCC.

A person can be reached through a channel when their latest valid consent has the
channel's scope (``consent_filter.allows``) and their record holds the channel's address.
Those left out carry the reason, so that a screen can say »4 ausgelassen: 3 ohne
Einwilligung zur E-Mail, 1 ohne E-Mail-Adresse«.

The mail program is reached through ``mailto:`` links with the addresses in BCC (nobody
in »An«: the people do not see each other). RFC 6068 separates addresses with commas;
Thunderbird, Apple Mail and current Outlook read them so. Outlook set to the list
separator of German regional settings may want semicolons instead, which is why the
addresses can also be copied as text (``copy_text``) for Outlook's BCC field. Windows
hands a link of more than about 2,000 characters to the mail program cut short, so long
lists become several links (``mailto_links``), each below ``MAILTO_LIMIT``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from sqlalchemy import ColumnElement, null, select

from .. import models as m
from ..db import Database
from ..i18n import N_, _
from .consent_filter import allows
from .consents import PERSONS


@dataclass(frozen=True)
class Channel:
    """A way to reach people: the consent's scope it needs and the address columns."""

    key: str
    scope: str  # a consent column, see consent_filter.SCOPES
    address: tuple[str, ...]  # the person's columns that make up the address, all needed
    without_consent: str  # why someone is left out (German, N_-marked)
    without_address: str


EMAIL = Channel(
    "email",
    "contact_email",
    ("email",),
    N_("ohne Einwilligung zur E-Mail"),
    N_("ohne E-Mail-Adresse"),
)
# Letters: the street, postcode and city all needed (kinds of people without a postal
# address, such as contact persons, are never reached this way).
POST = Channel(
    "post",
    "contact_post",
    ("street", "postcode", "city"),
    N_("ohne Einwilligung zum Kontakt per Post"),
    N_("ohne Postanschrift"),
)
# The ways people may be invited; whoever can be reached through any of them may be.
INVITATION_CHANNELS: tuple[Channel, ...] = (EMAIL, POST)

MAILTO_LIMIT = 2000  # characters of one link, see the module's text


@dataclass(frozen=True)
class Person:
    """One of the people asked about: who, and how (or why not) to reach them."""

    id: int
    name: str  # "Last, First"
    birth_year: int | None
    district: str | None
    status: Any  # the record's status (an enum), None for kinds without one
    addresses: dict[str, str]  # channel key → address, for the channels that reach them
    reason: str | None  # None when reachable; else the German reason (N_ text)

    @property
    def reachable(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class Reach:
    """The people asked about, in name order, reachable or with their reason."""

    people: list[Person] = field(default_factory=list)

    @property
    def reachable(self) -> list[Person]:
        return [p for p in self.people if p.reason is None]

    @property
    def left_out(self) -> list[Person]:
        return [p for p in self.people if p.reason is not None]

    def reasons(self) -> list[tuple[str, int]]:
        """(reason in the current language, how many), in the order of the channels."""
        counts = Counter(p.reason for p in self.left_out)
        order = [r for c in INVITATION_CHANNELS for r in (c.without_consent, c.without_address)]
        known = [r for r in order if counts.get(r)]
        others = sorted(r for r in counts if r not in order and r is not None)
        return [(_(r), counts[r]) for r in known + others]

    def summary(self) -> str:
        """»4 ausgelassen: 3 ohne Einwilligung zur E-Mail, 1 ohne E-Mail-Adresse«, or ""."""
        left = self.left_out
        if not left:
            return ""
        parts = ", ".join(f"{count} {reason}" for reason, count in self.reasons())
        return _("{count} ausgelassen: {reasons}", count=len(left), reasons=parts)

    def addresses(self, channel: Channel = EMAIL) -> list[str]:
        """The addresses of those reached through ``channel``, each once."""
        seen: dict[str, str] = {}
        for person in self.people:
            address = person.addresses.get(channel.key)
            if address and address.casefold() not in seen:
                seen[address.casefold()] = address
        return list(seen.values())


def reach(
    db: Database,
    person: str,
    where: Sequence[ColumnElement[bool]],
    channels: Sequence[Channel] = INVITATION_CHANNELS,
    day: dt.date | None = None,
) -> Reach:
    """Who of the ``person`` records (volunteer, newcomer, contact_person) matching
    ``where`` can be reached on ``day`` (today) through any of ``channels``."""
    owner, model = PERSONS[person]
    db.actor.require_read(person, _(model.__label__))
    db.actor.require_read("consent", _(m.Consent.__label__))
    day = day or dt.date.today()
    table = model.__table__  # type: ignore[attr-defined]
    birth = getattr(model, "birth_date", None)
    district = getattr(model, "district_id", None)
    status = getattr(model, "status", None)

    def optional(column: Any) -> Any:
        return column if column is not None else null()

    address_columns = sorted({a for c in channels for a in c.address})
    owner_column = getattr(m.Consent, owner)
    columns: list[Any] = [
        model.id,  # type: ignore[attr-defined]
        model.last_name,  # type: ignore[attr-defined]
        model.first_name,  # type: ignore[attr-defined]
        optional(birth),
        optional(status),
        m.District.name if district is not None else null(),
        *(optional(getattr(model, a, None)) for a in address_columns),
        *(allows(c.scope, owner_column, model.id, day) for c in channels),  # type: ignore[attr-defined]
    ]
    stmt = select(*columns).select_from(table)
    if district is not None:
        stmt = stmt.outerjoin(m.District, m.District.id == district)
    stmt = stmt.where(*where).order_by(model.sort_key, model.id)  # type: ignore[attr-defined]
    people = []
    with db.read() as session:
        for row in session.execute(stmt):
            record_id, last, first, born, state, district_name = row[:6]
            values = dict(zip(address_columns, row[6 : 6 + len(address_columns)], strict=True))
            allowed = row[6 + len(address_columns) :]
            people.append(
                _person(
                    record_id,
                    ", ".join(p for p in (last, first) if p),
                    born,
                    district_name,
                    state,
                    values,
                    list(zip(channels, allowed, strict=True)),
                )
            )
    return Reach(people)


def describe(db: Database, person: str, ids: Sequence[int]) -> dict[int, Person]:
    """Birth year and district of the ``person`` records with ``ids`` (to tell people
    with the same name apart in a list of hits)."""
    if not ids:
        return {}
    model = PERSONS[person][1]
    found = reach(db, person, [model.id.in_(list(ids))], channels=())  # type: ignore[attr-defined]
    return {p.id: p for p in found.people}


def _person(
    record_id: int,
    name: str,
    born: dt.date | None,
    district: str | None,
    status: Any,
    values: dict[str, Any],
    allowed: list[tuple[Channel, Any]],
) -> Person:
    addresses: dict[str, str] = {}
    reason: str | None = None
    for channel, consent in allowed:
        parts = [str(values.get(a) or "").strip() for a in channel.address]
        if not consent:
            reason = reason or channel.without_consent
        elif not all(parts):
            reason = reason or channel.without_address
        else:
            addresses[channel.key] = ", ".join(parts)
    return Person(
        record_id,
        name,
        born.year if born is not None else None,
        district,
        status,
        addresses,
        None if addresses else reason,
    )


# -- the mail program ----------------------------------------------------------------------


def copy_text(addresses: Iterable[str]) -> str:
    """The addresses for Outlook's BCC field: separated by semicolons."""
    return "; ".join(addresses)


def _encoded(text: str) -> str:
    return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")


def mailto_links(
    addresses: Sequence[str], subject: str, body: str, limit: int = MAILTO_LIMIT
) -> list[str]:
    """``mailto:`` links with ``addresses`` in BCC, comma-separated, as few as possible
    with each link shorter than ``limit`` characters; every link carries the subject and
    the text. When not even one address would fit beside them, the text is left out
    (and then the subject shortened)."""
    if not addresses:
        return []
    coded = [quote(a.strip(), safe="@") for a in addresses]
    longest = max(len(c) for c in coded)

    def tail(subject_text: str, body_text: str) -> str:
        parts = [f"subject={_encoded(subject_text)}"] if subject_text else []
        parts += [f"body={_encoded(body_text)}"] if body_text else []
        return "".join("&" + p for p in parts)

    head = "mailto:?bcc="
    rest = tail(subject, body)
    if len(head) + longest + len(rest) >= limit:
        rest = tail(subject, "")
    while subject and len(head) + longest + len(rest) >= limit:
        subject = subject[: max(len(subject) - 10, 0)]
        rest = tail(subject, "")
    links: list[str] = []
    batch: list[str] = []
    size = len(head) + len(rest)
    for address in coded:
        added = len(address) + (1 if batch else 0)
        if batch and size + added >= limit:
            links.append(head + ",".join(batch) + rest)
            batch, size = [], len(head) + len(rest)
            added = len(address)
        batch.append(address)
        size += added
    links.append(head + ",".join(batch) + rest)
    return links
