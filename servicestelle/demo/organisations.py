"""Organisations: migrant organisations (MSO) on their way from an idea to an
established association, with consultations and funding applications; providers,
authorities, schools and associations as partners; contact persons for each."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from ..bulk import Row
from ..enums import FoundingStage, FundingStatus, OrganisationKind
from .chance import Weighted, between, days, integer, one_of, years_before
from .identity import address, ascii_name, email, landline, mobile, person
from .origins import NEWCOMER_ORIGINS, ORIGINS, VOLUNTEER_ORIGINS, origin_languages
from .vocabulary import (
    ASSOCIATIONS,
    AUTHORITIES,
    FUNDING_PROGRAMMES,
    KITA_NAMES,
    MSO_ADJECTIVES,
    MSO_EXTRA,
    MSO_NOUNS,
    MSO_TOPICS,
    ORGANISATION_CONTACT,
    PROVIDER_OFFERS,
    PROVIDERS,
    ROLES,
    SCHOOL_KINDS,
    STAFF,
)

if TYPE_CHECKING:
    from .run import Run

MSO = OrganisationKind.MSO
_KINDS = Weighted(
    [
        (MSO, 35),
        (OrganisationKind.PROVIDER, 15),
        (OrganisationKind.AUTHORITY, 10),
        (OrganisationKind.SCHOOL, 25),
        (OrganisationKind.ASSOCIATION, 15),
    ]
)
_STAGES = Weighted(
    [
        (FoundingStage.IDEA, 20),
        (FoundingStage.FOUNDING, 25),
        (FoundingStage.REGISTERED, 35),
        (FoundingStage.ESTABLISHED, 20),
    ]
)
_REGISTERED = (FoundingStage.REGISTERED, FoundingStage.ESTABLISHED)
_PROGRAMMES = Weighted(FUNDING_PROGRAMMES)
_FUNDING_STATUS = Weighted(
    [
        (FundingStatus.PLANNED, 1),
        (FundingStatus.APPLIED, 2),
        (FundingStatus.GRANTED, 5),
        (FundingStatus.REJECTED, 1.5),
    ]
)

_MSO_NOTES = (
    "trifft sich monatlich im Stadtteilzentrum",
    "sucht Räume für Angebote",
    "bietet muttersprachlichen Unterricht an",
    "organisiert Sommerfest",
    None,
    None,
)
_PARTNER_NOTES = (
    "Kooperationsvereinbarung vorhanden",
    "verteilt unsere Flyer",
    "Räume für Treffen nutzbar",
)
_CONSULTATION_NOTES = (None, "Unterlagen mitgegeben", "Folgetermin vereinbart")
_FUNDING_NOTES = (
    None,
    None,
    "Sachkosten für Sprachkurs",
    "Fest der Kulturen",
    "Hausaufgabenhilfe im Verein",
)


class _Taken:
    """Names, web/e-mail labels and register numbers already given out."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.slugs: set[str] = set()
        self.registers: set[str] = set()


def write_organisations(run: Run) -> None:
    # Every kind at least once, even for small numbers.
    plan = list(OrganisationKind) + [_KINDS.pick(run.rng) for _ in range(run.n_org - 5)]
    taken = _Taken()
    for kind in plan[: run.n_org]:
        _organisation(run, kind, taken)


def _organisation(run: Run, kind: OrganisationKind, taken: _Taken) -> None:
    rng, w, today = run.rng, run.w, run.today
    district = run.vol_districts.pick(rng) if run.vol_districts else None
    created = between(rng, years_before(today, 6), today - days(30))
    origin = NEWCOMER_ORIGINS.pick(rng)
    name, short = _name(run, kind, origin, run.district_name.get(district, "Schwerin"), taken)
    street, postcode, _city = address(run, district)
    row: Row = {
        "name": name,
        "short_name": short,
        "kind": kind,
        "district_id": district,
        "city": "Schwerin",
        "street": street,
        "postcode": postcode,
        "phone": landline(run),
    }
    base = _slug(name)
    slug = _claim(taken.slugs, [base], lambda n: f"{base}-{n}")  # one address each
    if kind is OrganisationKind.AUTHORITY:
        domain = "schwerin.de"
        row["email"] = f"{slug}@{domain}"
    else:
        domain = f"{slug}.de"
        row["email"] = f"info@{domain}"
    if rng.random() < 0.6:
        row["website"] = f"https://www.{domain}"
    stage = None
    if kind is MSO:
        stage = _STAGES.pick(rng)
        _mso_fields(run, row, stage, taken.registers)
        countries = {ORIGINS[origin].countries.pick(rng) for _ in range(2)}
        row["countries"] = ", ".join(sorted(countries))
        row["notes"] = one_of(rng, _MSO_NOTES)
        if stage is FoundingStage.IDEA:
            created = between(rng, today - days(365), today - days(7))
        else:
            created = min(created, row.get("statutes_on") or created)
    elif rng.random() < 0.3:
        row["notes"] = one_of(rng, _PARTNER_NOTES)
    if rng.random() < 0.02:
        row["archived_at"] = w.stamp(between(rng, created, today))
    oid = w.add("organisation", created, row)
    run.org_ids[kind].append(oid)
    if stage is not None:
        _mso_records(run, oid, origin, stage, created, row)
    elif rng.random() < 0.2:
        held = between(rng, created, today)
        row = {
            "organisation_id": oid,
            "held_on": held,
            "topic": "Kooperation und Vermittlung",
            "minutes": 60,
            "staff": one_of(rng, STAFF),
        }
        w.add("consultation", held, row)
    _contacts(run, oid, kind, origin, created, domain)
    for _ in range(integer(rng, 1, 3)):
        day = between(rng, created, today)
        run.note("organisation_id", oid, day, ORGANISATION_CONTACT, follow_up=0.2)


def _slug(name: str) -> str:
    """A short web/e-mail domain label for an organisation's name."""
    words = [w for w in ascii_name(name.replace("e.V.", "")).split("-") if w]
    slug = ""
    for word in words:
        if slug and len(slug) + 1 + len(word) > 36:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug[:40] or "verein"


def _claim(used: set[str], candidates: Sequence[str], numbered: Callable[[int], str]) -> str:
    """The first of ``candidates`` not used yet, else the first free ``numbered(2, 3, …)``;
    it counts as used from now on."""
    options = itertools.chain(candidates, map(numbered, itertools.count(2)))
    chosen = next(option for option in options if option not in used)
    used.add(chosen)
    return chosen


def _name(
    run: Run, kind: OrganisationKind, origin: str, district: str, taken: _Taken
) -> tuple[str, str | None]:
    """A name not given out before, and a short name (for providers)."""
    rng = run.rng
    short = None
    if kind is MSO:
        adjective = MSO_ADJECTIVES.get(origin, "Internationaler")
        if rng.random() < 0.15:
            adjective = one_of(rng, MSO_EXTRA)
        base = f"{adjective} {one_of(rng, MSO_NOUNS)}"
        candidates = [f"{base} Schwerin e.V.", f"{base} {district} e.V."]
    elif kind is OrganisationKind.PROVIDER:
        provider, short = one_of(rng, PROVIDERS)
        candidates = [provider, f"{provider} – {one_of(rng, PROVIDER_OFFERS)} {district}"]
    elif kind is OrganisationKind.AUTHORITY:
        authority = one_of(rng, AUTHORITIES)
        candidates = [authority, f"{authority} – Außenstelle {district}"]
    elif kind is OrganisationKind.SCHOOL:
        if rng.random() < 0.5:
            candidates = [f"{one_of(rng, SCHOOL_KINDS)} {district}"]
        else:
            candidates = [f"Kita „{one_of(rng, KITA_NAMES)}“ {district}"]
    else:
        candidates = [f"{one_of(rng, ASSOCIATIONS)} {district} e.V."]
    name = _claim(taken.names, candidates, lambda n: f"{candidates[-1]} ({n})")
    return name, short


def _mso_fields(run: Run, row: Row, stage: FoundingStage, registers: set[str]) -> None:
    """Founding stage, members, statutes, register entry and charity notice."""
    rng, today = run.rng, run.today
    row["founding_stage"] = stage
    if stage in (FoundingStage.IDEA, FoundingStage.FOUNDING):
        row["members_count"] = integer(rng, 7, 25)
    else:
        row["members_count"] = integer(rng, 10, 150)
    if stage is FoundingStage.FOUNDING and rng.random() < 0.6:
        row["statutes_on"] = between(rng, today - days(365), today - days(7))
    if stage not in _REGISTERED:
        return
    if stage is FoundingStage.ESTABLISHED:
        registered = between(rng, years_before(today, 15), years_before(today, 3))
    else:
        registered = between(rng, years_before(today, 3), today - days(30))
    row["registered_on"] = registered
    row["statutes_on"] = registered - days(integer(rng, 40, 200))
    number = f"VR {integer(rng, 100, 9999)}"
    while number in registers:
        number = f"VR {integer(rng, 100, 9999)}"
    registers.add(number)
    row["register_number"] = number
    if rng.random() < 0.7:
        notice = between(rng, registered + days(30), today)
        row["charity_notice_on"] = notice
        row["charity_notice_until"] = years_before(notice, -5)


def _mso_records(
    run: Run, oid: int, origin: str, stage: FoundingStage, created: dt.date, org: Row
) -> None:
    """An MSO's languages, funding applications and consultations."""
    rng, w, today = run.rng, run.w, run.today
    spoken = origin_languages(rng, origin, age=40, volunteer=False)
    for code in dict.fromkeys(code for code, _level in spoken if code != "de"):  # in order
        if code in run.lang:
            row = {"organisation_id": oid, "language_id": run.lang[code]}
            w.add("organisation_language", created, row)
    _funding(run, oid, stage, org)
    for _ in range(integer(rng, 1, 5)):
        held = between(rng, created, today)
        row = {
            "organisation_id": oid,
            "held_on": held,
            "topic": one_of(rng, MSO_TOPICS[stage]),
            "minutes": one_of(rng, (30, 45, 60, 60, 90, 120)),
            "staff": one_of(rng, STAFF),
            "notes": one_of(rng, _CONSULTATION_NOTES),
        }
        w.add("consultation", held, row)


def _funding(run: Run, oid: int, stage: FoundingStage, org: Row) -> None:
    rng, today = run.rng, run.today
    if stage in _REGISTERED:
        count = integer(rng, 0, 3)
        earliest = org["registered_on"]
    elif stage is FoundingStage.FOUNDING:
        count = 1 if rng.random() < 0.3 else 0
        earliest = today - days(365)
    else:
        return
    for _ in range(count):
        programme = _PROGRAMMES.pick(rng)
        status = _FUNDING_STATUS.pick(rng)
        applied = None
        if status is not FundingStatus.PLANNED:
            start = max(earliest, today - days(4 * 365))
            applied = between(rng, start, today - days(3))
        decided = None
        if status in (FundingStatus.GRANTED, FundingStatus.REJECTED) and applied:
            decided = min(applied + days(integer(rng, 14, 90)), today)
        if programme.startswith("100"):
            amount = Decimal("100.00")
        else:
            amount = Decimal(integer(rng, 6, 50) * 50)
        entered = applied or between(rng, today - days(60), today)
        row = {
            "organisation_id": oid,
            "programme": programme,
            "applied_on": applied,
            "amount": amount,
            "status": status,
            "decided_on": decided,
            "note": one_of(rng, _FUNDING_NOTES),
        }
        run.w.add("funding_application", entered, row)


def _contacts(
    run: Run, oid: int, kind: OrganisationKind, origin: str, created: dt.date, domain: str
) -> None:
    """Contact persons: members of an MSO's community, or staff at the work address."""
    rng, w = run.rng, run.w
    roles = ROLES[kind]
    if kind is OrganisationKind.SCHOOL:
        roles = roles[2:] if domain.startswith("kita") else roles[:2]
    for index in range(integer(rng, 1, 2 if kind is MSO else 3)):
        if kind is MSO:
            p = person(run, NEWCOMER_ORIGINS, 0.5, origin)
            phone = mobile(run)
            mail = email(run, p.first, p.last)
        else:
            p = person(run, VOLUNTEER_ORIGINS, 0.3)
            phone = landline(run)
            mail = email(run, p.first, p.last, domain)
        row = {
            "organisation_id": oid,
            "first_name": p.first_shown,
            "last_name": p.last_shown,
            "email": mail,
            "phone": phone,
            "role": roles[index % len(roles)],
            "notes": "bevorzugt E-Mail" if rng.random() < 0.1 else None,
        }
        cid = w.add("contact_person", created, row)
        if rng.random() < 0.5:
            run.consent("contact_person_id", cid, created)
        if rng.random() < 0.1:
            day = between(rng, created, run.today)
            run.note("contact_person_id", cid, day, ORGANISATION_CONTACT)
