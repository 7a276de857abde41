"""One run of the generator: the random source, the day, how many records of each kind,
the lists read from the database, what earlier steps wrote that later ones refer to,
and the contact notes and consents that every kind of record can carry."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from .. import models as m
from ..bulk import Row, Writer
from ..dates import add_months
from ..enums import (
    ContactChannel,
    OrganisationKind,
    PairingEndReason,
    PairingStatus,
    VolunteerStatus,
)
from .chance import Weighted, days, integer, one_of
from .vocabulary import STAFF

if TYPE_CHECKING:
    from ..db import Database

_VOLUNTEER_DISTRICT_WEIGHT = {
    "Altstadt": 3,
    "Feldstadt": 3,
    "Paulsstadt": 3,
    "Schelfstadt": 3,
    "Werdervorstadt": 3,
    "Weststadt": 3,
    "Lankow": 3,
    "Großer Dreesch": 3,
    "Neu Zippendorf": 2,
    "Mueßer Holz": 2,
    "Krebsförden": 2,
    "Zippendorf": 1.5,
    "Ostorf": 1.5,
    "Gartenstadt": 1.5,
}
_NEWCOMER_DISTRICT_WEIGHT = {
    "Großer Dreesch": 8,
    "Neu Zippendorf": 8,
    "Mueßer Holz": 9,
    "Lankow": 4,
    "Weststadt": 3,
    "Krebsförden": 2,
    "Altstadt": 1.5,
    "Feldstadt": 1.5,
    "Paulsstadt": 1.5,
    "Schelfstadt": 1,
}
# How often an activity field is chosen, by a word in its name (else 1).
_FIELD_WEIGHT = (
    ("Deutsch", 3),
    ("Begleitung", 3),
    ("Hausaufgaben", 3),
    ("Arzt", 2),
    ("Freizeit", 2),
    ("Familienpatenschaft", 1.5),
    ("Sachspenden", 1.5),
    ("Post", 2),
)
_NOTE_CHANNELS = (
    ContactChannel.PHONE,
    ContactChannel.PHONE,
    ContactChannel.EMAIL,
    ContactChannel.IN_PERSON,
    ContactChannel.MESSENGER,
)


@dataclass(slots=True)
class Volunteer:
    """What later steps need to know of a written volunteer."""

    id: int
    status: VolunteerStatus
    since: dt.date
    left: dt.date | None
    max_pairings: int
    fields: list[int]


@dataclass(slots=True)
class Newcomer:
    """What later steps need to know of a written newcomer."""

    id: int
    district: int | None
    language: int | None  # the first native language
    country: str
    children: int
    arrived: dt.date


@dataclass(slots=True)
class PlannedPairing:
    """A pairing decided before newcomers are written (indexes into the written lists)."""

    newcomer: int
    volunteer: int
    status: PairingStatus
    proposed: dt.date | None = None
    started: dt.date | None = None
    paused: dt.date | None = None
    ended: dt.date | None = None
    reason: PairingEndReason | None = None
    checkin: dt.date | None = None


class Run:
    """The shared state of one ``generate``: each step reads what it needs from here
    and records here what later steps refer to."""

    def __init__(
        self,
        db: Database,
        conn: Connection,
        volunteers: int,
        seed: int,
        today: dt.date,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self.rng = random.Random(seed)
        # How far the office has worked through its Wiedervorlage: drawn apart, so that
        # the records themselves stay the same for a seed.
        self.worked = random.Random(seed * 7919 + 1)
        self.today = today
        self.now = min(m.utcnow(), dt.datetime.combine(today, dt.time(23, 59)))
        self.n_vol = volunteers
        self.n_new = round(0.6 * volunteers)
        self.n_pair = min(round(0.4 * volunteers), self.n_new)
        self.n_req = round(0.3 * volunteers)
        self.n_org = max(10, volunteers // 100)
        self.n_event = max(4, volunteers // 500)
        total = self.n_org + self.n_vol + self.n_new + self.n_pair + self.n_req + self.n_event
        self.w = Writer(db, conn, self.now, total, progress)
        self.emails: set[str] = set()
        self._load_lists(conn)
        self.org_ids: dict[OrganisationKind, list[int]] = {k: [] for k in OrganisationKind}
        self.volunteers: list[Volunteer] = []
        self.newcomers: list[Newcomer] = []
        self.pairings: list[PlannedPairing] = []

    def _load_lists(self, conn: Connection) -> None:
        districts = conn.execute(
            select(m.District.id, m.District.name, m.District.area)
            .where(m.District.active.is_(True))
            .order_by(m.District.sort_order, m.District.id)
        ).all()
        self.district_area = {d.id: d.area or "" for d in districts}
        self.district_name = {d.id: d.name for d in districts}
        self.vol_districts = Weighted(
            [(d.id, _VOLUNTEER_DISTRICT_WEIGHT.get(d.name, 0.7)) for d in districts]
        )
        self.new_districts = Weighted(
            [(d.id, _NEWCOMER_DISTRICT_WEIGHT.get(d.name, 0.3)) for d in districts]
        )
        langs = conn.execute(select(m.Language.code, m.Language.id)).all()
        self.lang = {code: lid for code, lid in langs}
        self.lang_code = {lid: code for code, lid in langs}
        fields = conn.execute(
            select(m.ActivityField.id, m.ActivityField.name)
            .where(m.ActivityField.active.is_(True))
            .order_by(m.ActivityField.sort_order, m.ActivityField.id)
        ).all()
        self.field_name = {f.id: f.name for f in fields}

        def weight(name: str, interpreting: float) -> float:
            if "Dolmetsch" in name:
                return interpreting
            return float(next((w for key, w in _FIELD_WEIGHT if key in name), 1))

        # Interpreting is rare among what German volunteers offer, common otherwise
        # (and among what is asked for).
        self.fields_german = Weighted([(f.id, weight(f.name, 0.4)) for f in fields])
        self.fields_multilingual = Weighted([(f.id, weight(f.name, 5.0)) for f in fields])

    def partner_orgs(self) -> list[int]:
        """Organisations that refer newcomers and pass on requests."""
        return self.orgs_of(
            OrganisationKind.PROVIDER, OrganisationKind.AUTHORITY, OrganisationKind.SCHOOL
        )

    def orgs_of(self, *kinds: OrganisationKind) -> list[int]:
        """The ids of the organisations of these kinds, kind by kind."""
        return [oid for kind in kinds for oid in self.org_ids[kind]]

    def note(
        self,
        owner: str,
        owner_id: int,
        day: dt.date,
        texts: Sequence[tuple[str, str]],
        follow_up: float = 0.1,
        follow_up_on: dt.date | None = None,
        rng: random.Random | None = None,
    ) -> None:
        """A contact note (subject and text from ``texts``) on ``owner`` = ``owner_id``;
        with a follow-up on ``follow_up_on``, else by chance ``follow_up``."""
        rng = rng or self.rng
        subject, text = one_of(rng, texts)
        row: Row = {
            owner: owner_id,
            "noted_on": day,
            "channel": one_of(rng, _NOTE_CHANNELS),
            "subject": subject,
            "text": text,
            "staff": one_of(rng, STAFF),
        }
        if follow_up_on is None and rng.random() < follow_up:
            follow_up_on = day + days(integer(rng, 14, 60))
        if follow_up_on is not None:
            row["follow_up_on"] = follow_up_on
            if follow_up_on < self.today and (rng.random() < 0.7 or self._worked_off(follow_up_on)):
                done = follow_up_on + days(integer(rng, 0, 10))
                row["follow_up_done_on"] = min(done, self.today)
        self.w.add("contact_note", day, row)

    def _worked_off(self, due: dt.date) -> bool:
        """Whether a follow-up due on ``due`` has been seen to: all but a few of the
        last three weeks' (the office works through its Wiedervorlage)."""
        recent = (self.today - due).days <= 21
        return not recent or self.worked.random() < 0.6

    def consent(
        self, owner: str, owner_id: int, given_on: dt.date, withdrawn_on: dt.date | None = None
    ) -> None:
        """A consent to storing the data of ``owner`` = ``owner_id``; one still in force
        was renewed every two years, as the Wiedervorlage asks (all but a few)."""
        self._consent(owner, owner_id, given_on, withdrawn_on)
        if withdrawn_on is not None or owner == "contact_person_id":
            return
        renewed = given_on
        while True:
            renewed = add_months(renewed, 24) - days(self.worked.randint(0, 45))
            if renewed > self.today or self.worked.random() < 0.02:
                return
            self._consent(owner, owner_id, renewed, None, self.worked)

    def _consent(
        self,
        owner: str,
        owner_id: int,
        given_on: dt.date,
        withdrawn_on: dt.date | None = None,
        rng: random.Random | None = None,
    ) -> None:
        rng = rng or self.rng
        row: Row = {
            owner: owner_id,
            "given_on": given_on,
            "storage": True,
            "contact_email": rng.random() < 0.8,
            "contact_phone": rng.random() < 0.85,
            "share_with_partners": rng.random() < 0.5,
            "photos": rng.random() < 0.3,
            "withdrawn_on": withdrawn_on,
            "note": "schriftlich" if rng.random() < 0.5 else None,
        }
        self.w.add("consent", given_on, row)
