"""Volunteers and newcomers: who they are, where they live, which languages they
speak, what they offer or need, their consents and (for volunteers) the police
clearances seen by the office.

Newcomers are written after the pairings are planned (see ``pairings.plan_pairings``):
a newcomer's status and arrival date follow from their pairing.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable

from ..availability import pack
from ..bulk import Row
from ..enums import (
    ClearanceKind,
    LanguageLevel,
    NewcomerKind,
    NewcomerStatus,
    OrganisationKind,
    PairingStatus,
    VolunteerStatus,
)
from .chance import Weighted, between, days, integer, one_of, years_before
from .identity import address, email, landline, mobile, person
from .origins import NEWCOMER_ORIGINS, ORIGINS, VOLUNTEER_ORIGINS, origin_languages
from .run import Newcomer, PlannedPairing, Run, Volunteer
from .vocabulary import (
    AVAILABILITY_NOTES,
    CHILD_FIELDS,
    NEWCOMER_CONTACT,
    NEWCOMER_NOTES,
    NOTES_RETIRED,
    NOTES_WORKING,
    NOTES_YOUNG,
    STAFF,
    VOLUNTEER_CONTACT,
    VOLUNTEER_NOTES,
    VOLUNTEER_TOPICS,
)

_STATUSES = Weighted(
    [
        (VolunteerStatus.ACTIVE, 70),
        (VolunteerStatus.INTERESTED, 12),
        (VolunteerStatus.PAUSED, 8),
        (VolunteerStatus.LEFT, 10),
    ]
)
_AGES = Weighted([((18, 29), 25), ((30, 49), 25), ((50, 64), 20), ((65, 80), 30)])
_MAX_PAIRINGS = Weighted([(1, 60), (2, 30), (3, 10)])
_NEWCOMER_AFTER_PAIRING = Weighted(
    [(NewcomerStatus.CLOSED, 6), (NewcomerStatus.OPEN, 2), (NewcomerStatus.SUPPORTED, 2)]
)
_NEWCOMER_UNPAIRED = Weighted(
    [(NewcomerStatus.OPEN, 55), (NewcomerStatus.SUPPORTED, 15), (NewcomerStatus.CLOSED, 30)]
)
_UKRAINE = (dt.date(2022, 3, 1), dt.date(2022, 12, 31))  # many volunteers started then
# »Beruf / Kenntnisse« (female, male) by age group: students, working age, retired.
_OCCUPATIONS = (
    (
        ("Studentin, Lehramt Deutsch", "Student, Lehramt Deutsch"),
        ("Auszubildende Tischlerin", "Auszubildender Tischler"),
        ("Studentin Informatik", "Student Informatik"),
        ("Schülerin, spricht gut Englisch", "Schüler, spricht gut Englisch"),
    ),
    (
        ("Schreinerin", "Schreiner"),
        ("Erzieherin", "Erzieher"),
        ("Krankenpflegerin", "Krankenpfleger"),
        ("Bürokauffrau, kennt sich mit Anträgen aus", "Bürokaufmann, kennt sich mit Anträgen aus"),
        ("Kfz-Mechatronikerin", "Kfz-Mechatroniker"),
        ("Sozialarbeiterin", "Sozialarbeiter"),
        ("Steuerfachangestellte", "Steuerfachangestellter"),
        ("Elektrikerin", "Elektriker"),
        ("Lehrerin für Mathematik", "Lehrer für Mathematik"),
        ("Verwaltungsangestellte", "Verwaltungsangestellter"),
    ),
    (
        ("Lehrerin im Ruhestand (Deutsch, Geschichte)", "Lehrer im Ruhestand (Mathematik, Physik)"),
        ("Krankenschwester im Ruhestand", "Arzt im Ruhestand"),
        ("Buchhalterin im Ruhestand", "Schreiner im Ruhestand"),
        ("früher Schneiderin", "früher Elektriker"),
    ),
)


def _occupation(first: str, last: str, birth: dt.date, age: int, female: bool) -> str | None:
    """Most volunteers name their trade. Drawn from a generator of its own (seeded by the
    person), so that the people after this one stay as before."""
    rng = random.Random(f"beruf:{first}:{last}:{birth.isoformat()}")
    if rng.random() >= 0.6:
        return None
    group = 0 if age < 27 else (2 if age >= 65 else 1)
    return one_of(rng, _OCCUPATIONS[group])[0 if female else 1]  # type: ignore[no-any-return]


def _birth_date(run: Run, age: int) -> dt.date:
    return years_before(run.today, age) - days(int(run.rng.random() * 365))


def _languages(
    run: Run,
    table: str,
    owner: str,
    owner_id: int,
    day: dt.date,
    spoken: Iterable[tuple[str, LanguageLevel]],
) -> int | None:
    """Write the languages (code, level) of a person known to the lists, each once;
    returns the id of the first native one."""
    native = None
    seen: set[int] = set()
    for code, level in spoken:
        lid = run.lang.get(code)
        if lid is not None and lid not in seen:
            seen.add(lid)
            if native is None and level is LanguageLevel.NATIVE:
                native = lid
            run.w.add(table, day, {owner: owner_id, "language_id": lid, "level": level})
    return native


# -- volunteers -------------------------------------------------------------------------


def write_volunteers(run: Run) -> None:
    kinds = OrganisationKind
    linked_orgs = run.orgs_of(kinds.PROVIDER, kinds.ASSOCIATION, kinds.MSO)
    child_fields = {
        fid for fid, name in run.field_name.items() if any(key in name for key in CHILD_FIELDS)
    }
    for _ in range(run.n_vol):
        _volunteer(run, linked_orgs, child_fields)


def _volunteer(run: Run, linked_orgs: list[int], child_fields: set[int]) -> None:
    rng, w, today = run.rng, run.w, run.today
    p = person(run, VOLUNTEER_ORIGINS, 0.35)
    low, high = _AGES.pick(rng)
    age = integer(rng, low, high)
    birth = _birth_date(run, age)
    status = _STATUSES.pick(rng)
    since = _since(run, status)
    since = max(since, years_before(birth, -18))
    left = None
    if status is VolunteerStatus.LEFT:
        left = between(rng, min(since + days(60), today), today)
    district = None
    if run.vol_districts and rng.random() < 0.94:
        district = run.vol_districts.pick(rng)
    street, postcode, city = address(run, district)
    r = rng.random()
    phone = mobile(run) if r < 0.75 else (landline(run) if r < 0.95 else None)
    mail = email(run, p.first, p.last) if rng.random() < (0.97 if age < 65 else 0.8) else None
    notes = None
    if rng.random() < 0.3:
        if rng.random() < 0.5:
            notes = one_of(rng, VOLUNTEER_NOTES)
        else:
            pool = NOTES_YOUNG if age < 27 else (NOTES_RETIRED if age >= 65 else NOTES_WORKING)
            notes = one_of(rng, pool)[0 if p.female else 1]
    row: Row = {
        "first_name": p.first_shown,
        "last_name": p.last_shown,
        "email": mail,
        "phone": phone,
        "notes": notes,
        "birth_date": birth,
        "street": street,
        "postcode": postcode,
        "city": city,
        "district_id": district,
        "status": status,
        "since": since,
        "skills": _occupation(p.first_shown, p.last_shown, birth, age, p.female),
        "left_on": left,
        "max_pairings": _MAX_PAIRINGS.pick(rng),
        "availability": _slots(run, age),
        "availability_note": one_of(rng, AVAILABILITY_NOTES) if rng.random() < 0.15 else None,
        "organisation_id": one_of(rng, linked_orgs)
        if linked_orgs and rng.random() < 0.08
        else None,
    }
    if left is not None and left < today - days(365) and rng.random() < 0.4:
        row["archived_at"] = w.stamp(min(left + days(integer(rng, 180, 365)), today))
    vid = w.add("volunteer", since, row)
    spoken = origin_languages(rng, p.origin, age=age, volunteer=True)
    _languages(run, "volunteer_language", "volunteer_id", vid, since, spoken)
    fields = _fields(
        run, vid, since, run.fields_german if p.origin == "de" else run.fields_multilingual
    )
    run.volunteers.append(Volunteer(vid, status, since, left, row["max_pairings"], fields))
    if rng.random() < 0.95:
        withdrawn = left if left is not None and rng.random() < 0.3 else None
        run.consent("volunteer_id", vid, since, withdrawn)
    if status is not VolunteerStatus.INTERESTED:
        share = 0.6 if child_fields.intersection(fields) else 0.25
        if rng.random() < share:
            _clearances(run, vid, since, left)
    if rng.random() < 0.2:
        for _k in range(integer(rng, 1, 2)):
            day = between(rng, since, left or today)
            run.note("volunteer_id", vid, day, VOLUNTEER_CONTACT)
    if rng.random() < 0.02:
        held = between(rng, since, left or today)
        row = {
            "volunteer_id": vid,
            "held_on": held,
            "topic": one_of(rng, VOLUNTEER_TOPICS),
            "minutes": one_of(rng, (30, 45, 60)),
            "staff": one_of(rng, STAFF),
        }
        w.add("consultation", held, row)


def _since(run: Run, status: VolunteerStatus) -> dt.date:
    """When a volunteer first came to the office."""
    rng, today = run.rng, run.today
    if status is VolunteerStatus.INTERESTED:
        return between(rng, today - days(180), today)
    if status is VolunteerStatus.LEFT:
        return between(rng, years_before(today, 10), today - days(90))
    ukraine_from, ukraine_to = _UKRAINE[0], min(_UKRAINE[1], today)
    if rng.random() < 0.25 and ukraine_to > ukraine_from:
        return between(rng, ukraine_from, ukraine_to)
    return between(rng, years_before(today, 8), today - days(14))


def _slots(run: Run, age: int) -> int:
    """Weekly availability that fits a person's stage of life."""
    rng = run.rng
    if rng.random() < 0.05:
        return 0
    if age >= 63:
        pool = [(d, s) for d in range(5) for s in (0, 1)]
        k = integer(rng, 2, 6)
    elif age <= 27:
        pool = [(d, s) for d in range(7) for s in (1, 2)]
        k = integer(rng, 2, 5)
    else:
        pool = [(d, 2) for d in range(5)] + [(d, s) for d in (5, 6) for s in range(3)]
        k = integer(rng, 1, 4)
    return pack(rng.sample(pool, k))


def _fields(run: Run, vid: int, since: dt.date, pool: Weighted) -> list[int]:
    """Up to four activity fields a volunteer offers."""
    fields: list[int] = []
    if pool:
        for _k in range(integer(run.rng, 1, 4)):
            fid = pool.pick(run.rng)
            if fid not in fields:
                fields.append(fid)
        for fid in fields:
            row = {"volunteer_id": vid, "activity_field_id": fid}
            run.w.add("volunteer_activity", since, row)
    return fields


def _clearances(run: Run, vid: int, since: dt.date, left: dt.date | None) -> None:
    """Police clearances seen: one, and a renewal after four years for some."""
    rng, today = run.rng, run.today
    end = left or today
    issued = between(rng, since - days(60), end - days(3))
    issued = min(issued, today - days(3))
    dates = [issued]
    if issued < years_before(today, 4) and left is None and rng.random() < 0.5:
        dates.append(between(rng, years_before(issued, -4), today - days(3)))
    for day in dates:
        seen = min(day + days(integer(rng, 5, 45)), today)
        row = {
            "volunteer_id": vid,
            "issued_on": day,
            "seen_on": seen,
            "seen_by": one_of(rng, STAFF),
            "kind": ClearanceKind.EXTENDED,
            "valid_until": years_before(day, -5),
        }
        run.w.add("police_clearance", seen, row)


# -- newcomers --------------------------------------------------------------------------


def write_newcomers(run: Run) -> None:
    planned = {p.newcomer: p for p in run.pairings}
    referrers = run.partner_orgs()
    for i in range(run.n_new):
        _newcomer(run, planned.get(i), referrers)


def _newcomer(run: Run, planned: PlannedPairing | None, referrers: list[int]) -> None:
    rng, w, today = run.rng, run.w, run.today
    p = person(run, NEWCOMER_ORIGINS)
    origin = ORIGINS[p.origin]
    pairing = planned.status if planned else None
    # Arrived and registered before a pairing was proposed.
    latest = planned.proposed if planned and planned.proposed else today
    first_year, last_year = origin.arrival
    arrived = between(rng, dt.date(first_year, 1, 15), min(dt.date(last_year, 12, 31), today))
    arrived = min(arrived, latest - days(integer(rng, 14, 120)))
    registered = min(between(rng, arrived, min(arrived + days(180), today)), latest)
    household = rng.random() < 0.45
    district = run.new_districts.pick(rng) if run.new_districts else None
    street, postcode, _city = address(run, district)
    phone = mobile(run) if rng.random() < 0.7 else None
    mail = email(run, p.first, p.last) if rng.random() < 0.3 else None
    if pairing in (PairingStatus.ACTIVE, PairingStatus.PAUSED):
        status = NewcomerStatus.SUPPORTED
    elif pairing is PairingStatus.PROPOSED:
        status = NewcomerStatus.OPEN
    elif pairing is PairingStatus.ENDED:
        status = _NEWCOMER_AFTER_PAIRING.pick(rng)
    else:
        status = _NEWCOMER_UNPAIRED.pick(rng)
    if household:
        size = integer(rng, 2, 7)
        children = integer(rng, 0 if size == 2 else 1, size - 1)
        row: Row = {
            "kind": NewcomerKind.HOUSEHOLD,
            "first_name": "",
            "last_name": p.last_shown,
            "contact_name": f"{p.first_shown} {p.last_shown}",
            "household_size": size,
            "children_count": children,
            "birth_date": None,
        }
    else:
        children = 0
        row = {
            "kind": NewcomerKind.PERSON,
            "first_name": p.first_shown,
            "last_name": p.last_shown,
            "contact_name": None,
            "household_size": 1,
            "children_count": 0,
            "birth_date": _birth_date(run, integer(rng, 18, 65)),
        }
    country = origin.countries.pick(rng)
    notes = one_of(rng, NEWCOMER_NOTES) if rng.random() < 0.25 else None
    row.update(
        {
            "email": mail,
            "phone": phone,
            "notes": notes,
            "status": status,
            "country_of_origin": country,
            "arrived_on": arrived,
            "street": street,
            "postcode": postcode,
            "district_id": district,
            "referred_by_id": one_of(rng, referrers) if referrers and rng.random() < 0.3 else None,
        }
    )
    if status is NewcomerStatus.CLOSED and registered < today - days(730) and rng.random() < 0.2:
        row["archived_at"] = w.stamp(between(rng, registered + days(730), today))
    nid = w.add("newcomer", registered, row)
    spoken = origin_languages(rng, p.origin, age=35, volunteer=False)
    native = _languages(run, "newcomer_language", "newcomer_id", nid, registered, spoken)
    run.newcomers.append(Newcomer(nid, district, native, country, children, arrived))
    if rng.random() < 0.85:
        run.consent("newcomer_id", nid, registered)
    if rng.random() < 0.1:
        run.note("newcomer_id", nid, between(rng, registered, today), NEWCOMER_CONTACT)
