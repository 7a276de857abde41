"""The short lists every form and filter offers are read once and kept until a change
of their kind is reported, by this program, a colleague (the server's notification)
or another program (the file): never a stale list after a change."""

from __future__ import annotations

from sqlalchemy import select

from servicestelle import models as m
from servicestelle.changes import ANY, Changes
from servicestelle.services.lists import DistrictService
from servicestelle.services.organisations import OrganisationService
from servicestelle.services.short_lists import names_of


def district(db, name: str) -> int:
    return DistrictService(db).create(name=name).id


def test_a_change_of_the_kind_is_read_anew(db):
    kept = names_of(db, m.District)
    new = district(db, "Testviertel")
    assert (new, "Testviertel") in names_of(db, m.District)
    assert len(names_of(db, m.District)) == len(kept) + 1
    # a change of another kind leaves the list kept (no new read), then ANY clears all
    organisations = OrganisationService(db).choices()
    db.notify(Changes.of(["volunteer"]))
    assert OrganisationService(db).choices() == organisations
    with db.session() as session:  # as another program would: past this program
        session.info["audit"] = False
        session.execute(m.District.__table__.update().where(m.District.id == new)
                        .values(name="Testviertel-Süd"))
    db.notify(Changes.of([ANY]))  # what the file's watch or a reconnect reports
    assert (new, "Testviertel-Süd") in names_of(db, m.District)


def test_a_change_while_the_lists_are_read_is_not_lost(db):
    new = district(db, "Testviertel")
    real = db.reading

    def reading(work):  # a colleague renames the district while the lists travel
        rows = real(work)
        if not getattr(reading, "done", False):
            reading.done = True
            service = DistrictService(db)
            service.update(new, service.get(new).version, name="Testviertel-Nord")
        return rows

    db.reading = reading
    try:
        names_of(db, m.District)
    finally:
        db.reading = real
    with db.read() as session:
        stored = session.scalar(select(m.District.name).where(m.District.id == new))
    assert stored == "Testviertel-Nord"
    assert dict(names_of(db, m.District))[new] == "Testviertel-Nord"


def test_a_saved_record_names_the_district_it_was_moved_to(db):
    from servicestelle.services.volunteers import VolunteerService

    a, b = district(db, "Viertel A"), district(db, "Viertel B")
    service = VolunteerService(db)
    anna = service.create(first_name="Anna", last_name="Muster", district_id=a)
    moved = service.update(anna.id, anna.version, district_id=b)
    assert moved.district_id == b and moved.district.name == "Viertel B"
    gone = service.update(anna.id, moved.version, district_id=None)
    assert gone.district is None
