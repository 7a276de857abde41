"""Importing people without dropping or mislabelling anyone: families sharing an e-mail
or phone are two people, the consent as the list says it, the summary with the
preview's numbers, decisions per duplicate, and undo from the history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import select

from servicestelle import models as m
from servicestelle.db import Database
from servicestelle.enums import AuditAction, ImportStatus, VolunteerStatus
from servicestelle.importing.duplicates import Person, same_person
from servicestelle.importing.service import ImportService
from servicestelle.services.notes import ContactNoteService
from servicestelle.services.volunteers import VolunteerService

TODAY = dt.date.today()
HEADER = ["Nachname", "Vorname", "E-Mail", "Telefon", "Geburtsdatum", "DSGVO"]


def xlsx(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Liste"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def planned(service: ImportService, path: Path, entity: str = "volunteer"):
    preview = service.read(entity, path)
    return preview, service.plan(entity, preview)


def imported(service: ImportService, path: Path, **options):
    preview, plan = planned(service, path)
    return plan, service.run(plan, preview, **options)


def people(db: Database) -> list[m.Volunteer]:
    with db.read() as session:
        return [
            VolunteerService(db).get(i)
            for i in session.scalars(select(m.Volunteer.id).order_by(m.Volunteer.id))
        ]


@pytest.fixture
def service(db: Database) -> ImportService:
    return ImportService(db)


# -- different people are not duplicates -------------------------------------------------


FAMILY = [
    ["Nowak", "Jan", "familie.nowak@web.de", "0385 2396105", None, "ja"],
    ["Nowak", "Jana", "familie.nowak@web.de", "0385 2396105", None, "ja"],
    ["Haddad", "Amir", "haddad@gmx.de", None, "01.02.1980", "ja"],
    ["Haddad", "Amir", "haddad@gmx.de", None, "03.04.2012", "ja"],  # the son
    ["Schulz", "Anna", "anna@web.de", None, None, "ja"],
    ["Schulz", "Anna", "ANNA@WEB.DE", None, None, "ja"],  # the same person twice
]


def test_a_family_sharing_an_email_is_two_people(db, service, tmp_path):
    plan, result = imported(service, xlsx(tmp_path / "familie.xlsx", FAMILY))

    jana, son, anna_again = plan.rows[1], plan.rows[3], plan.rows[5]
    assert jana.duplicate is None and son.duplicate is None
    assert "Gleiche E-Mail-Adresse wie Zeile 2 (andere Person?)." in jana.warnings
    assert "Gleiche Telefonnummer wie Zeile 2 (andere Person?)." in jana.warnings
    assert "Gleiche E-Mail-Adresse wie Zeile 4 (andere Person?)." in son.warnings
    assert anna_again.duplicate is not None
    assert anna_again.duplicate.reason.startswith("Gleicher Name und gleiche E-Mail-Adresse")
    assert (result.created, result.skipped_duplicates) == (5, 1)
    names = sorted((v.last_name, v.first_name, v.birth_date) for v in people(db))
    assert names == [
        ("Haddad", "Amir", dt.date(1980, 2, 1)),
        ("Haddad", "Amir", dt.date(2012, 4, 3)),
        ("Nowak", "Jan", None),
        ("Nowak", "Jana", None),
        ("Schulz", "Anna", None),
    ]


def test_a_shared_last_name_alone_is_never_the_same_person(db, service, tmp_path):
    known = VolunteerService(db).create(
        last_name="Müller", first_name="Müller", email="mueller@example.org", phone="0385 1000000"
    )
    rows = [["Müller", "Öztürk", "mueller@example.org", "0385 1000000", None, "ja"]]
    plan, result = imported(service, xlsx(tmp_path / "l.xlsx", rows))
    row = plan.rows[0]
    assert row.duplicate is None
    assert f"Gleiche E-Mail-Adresse wie »Müller, Müller« (Nr. {known.id}) (andere Person?)." in (
        row.warnings
    )
    assert result.created == 1 and len(people(db)) == 2


NAMES = st.sampled_from(
    ["Müller", "Öztürk", "Yılmaz", "Şahin", "Шевченко", "Ірина", "حداد", "Weiß", "Nguyễn",
     "O'Brien", "Jean-Luc", "Żaneta", "Nowak", "Jana", "Jan"]
)
SHARED = st.sampled_from([None, "p0@example.org"])
PHONES = st.sampled_from([None, "+493851000000"])
BIRTHS = st.sampled_from([None, dt.date(1980, 1, 1)])


@given(NAMES, NAMES, NAMES, NAMES, SHARED, PHONES, BIRTHS)
@example("Müller", "Müller", "Müller", "Öztürk", "p0@example.org", "+493851000000", None)
@example("Nowak", "Jan", "Nowak", "Jana", "p0@example.org", None, dt.date(1980, 1, 1))
def test_two_names_that_differ_are_never_one_person(last, first, last2, first2, email, phone,
                                                    birth):
    """Whatever contact and birth date two people share: another name (from a list of
    names that are not spelling variants of each other) is another person."""
    if (last, first) == (last2, first2):
        return
    a = Person.of(last, first, email, phone, birth, row=2)
    b = Person.of(last2, first2, email, phone, birth, row=3)
    assert same_person(a, b) is None
    assert same_person(b, a) is None


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (("Nowack", "Reza", None, "+493852396105", None), True),  # a typo, the same phone
        (("Nowak", "Reza", None, None, dt.date(1990, 5, 1)), True),  # name and birth date
        (("Nowak", "Reza", "r@x.de", None, dt.date(1991, 5, 1)), False),  # another birth date
        (("Nowak", "Reza Ali", "r@x.de", None, None), True),  # a second first name
        (("Nowak", "", "r@x.de", None, None), False),  # no first name: not enough
        (("Nowak", "Reza", None, None, None), False),  # a name, nothing shared
    ],
)
def test_what_makes_the_same_person(other, same):
    known = Person.of("Nowak", "Reza", "r@x.de", "+493852396105", dt.date(1990, 5, 1), existing=1)
    assert (same_person(Person.of(*other, row=2), known) is not None) is same


# -- consent as the list says it ----------------------------------------------------------


def test_consent_with_and_without_a_date(db, service, tmp_path):
    rows = [
        ["Aydin", "Elif", None, None, None, "ja, 12.03.2023"],
        ["Berg", "Uwe", None, None, None, dt.datetime(2022, 5, 3)],
        ["Celik", "Deniz", None, None, None, "ja"],
        ["Dahl", "Ole", None, None, None, "nein"],
        ["Ebert", "Ina", None, None, None, None],
        ["Fuchs", "Lea", None, None, None, "vielleicht"],
    ]
    plan, result = imported(service, xlsx(tmp_path / "dsgvo.xlsx", rows))
    got = {v.last_name: v for v in people(db)}

    aydin = [(c.given_on, c.storage) for c in got["Aydin"].consents]
    assert aydin == [(dt.date(2023, 3, 12), True)]
    assert [c.given_on for c in got["Berg"].consents] == [dt.date(2022, 5, 3)]
    undated = got["Celik"].consents[0]
    assert "laut Liste, Datum unbekannt" in undated.note
    assert plan.notices == [
        "Einwilligung: 1 Zeile nennt kein Datum. Die Einwilligung wird vermerkt als »laut "
        "Liste, Datum unbekannt« (eingetragen mit dem Tag des Imports) – bitte das Datum "
        "nachtragen, wo es bekannt ist."
    ]
    for name in ("Aydin", "Berg", "Celik"):
        assert got[name].status == VolunteerStatus.ACTIVE
    for index, name in ((3, "Dahl"), (4, "Ebert"), (5, "Fuchs")):
        assert got[name].consents == []
        assert got[name].status == VolunteerStatus.INTERESTED  # not "aktiv" without consent
        assert any("Keine Einwilligung" in w for w in plan.rows[index].warnings)
    assert "vielleicht" in got["Fuchs"].notes  # nothing typed is lost
    assert result.active_without_consent == 0
    assert plan.counts().without_consent == 3


def test_a_column_with_the_day_of_signing(db, service, tmp_path):
    header = ["Nachname", "Vorname", "DSGVO unterschrieben am"]
    rows = [["Aydin", "Elif", "12.03.2023"], ["Berg", "Uwe", None]]
    preview, plan = planned(service, xlsx(tmp_path / "d.xlsx", rows, header))
    assert preview.mapping[2] == "consent_on"
    service.run(plan, preview)
    got = {v.last_name: v for v in people(db)}
    assert [c.given_on for c in got["Aydin"].consents] == [dt.date(2023, 3, 12)]
    assert got["Berg"].consents == [] and got["Berg"].status == VolunteerStatus.INTERESTED


def test_people_without_consent_can_be_made_active_when_the_user_says_so(db, service, tmp_path):
    rows = [["Dahl", "Ole", None, None, None, "nein"]]
    _plan, result = imported(service, xlsx(tmp_path / "l.xlsx", rows), active_without_consent=True)
    assert result.active_without_consent == 1
    (dahl,) = people(db)
    assert dahl.status == VolunteerStatus.ACTIVE and dahl.consents == []


# -- the summary tells the preview's numbers ----------------------------------------------


def test_the_summary_counts_are_the_previews(db, service, tmp_path):
    VolunteerService(db).create(last_name="Schulz", first_name="Anna", email="anna@web.de")
    rows = [
        *FAMILY,
        ["Krüger", "Birgit", "birgit@", None, None, "ja"],  # a warning
        [None, "Ohne", None, None, None, None],  # an error
        ["Schulz", "Anna", "anna@web.de", "0385 1234567", None, "ohne Datum?"],  # dup + warning
    ]
    plan, result = imported(service, xlsx(tmp_path / "l.xlsx", rows))
    counts = plan.counts()
    assert result.counts == counts
    assert result.warnings == counts.warning
    assert result.errors == counts.error
    assert result.duplicates == counts.duplicate
    assert result.created == counts.ok + counts.warning
    assert counts.rows == counts.ok + counts.warning + counts.duplicate + counts.error


# -- a decision per duplicate -------------------------------------------------------------


def test_update_writes_changed_fields_through_the_audit_log(db, service, tmp_path):
    old = VolunteerService(db).create(
        last_name="Weiß", first_name="Matthias", email="m.weiss@gmx.de", phone="0385 1111111"
    )
    other = VolunteerService(db).create(last_name="Brandt", first_name="Maren", email="mb@x.de")
    rows = [
        ["Weiß", "Matthias", "m.weiss@gmx.de", "0385 2222222", "20.04.1991", "ja"],
        ["Brandt", "Maren", "mb@x.de", "0385 3333333", None, "ja"],
    ]
    preview, plan = planned(service, xlsx(tmp_path / "l.xlsx", rows))
    result = service.run(plan, preview, on_duplicate="skip", decisions={2: "update"})
    assert (result.updated, result.skipped_duplicates, result.created) == (1, 1, 0)
    weiss = VolunteerService(db).get(old.id)
    assert weiss.phone == "+493852222222" and weiss.birth_date == dt.date(1991, 4, 20)
    assert VolunteerService(db).get(other.id).phone is None  # skipped
    with db.read() as session:
        changes = session.scalars(
            select(m.AuditEntry).where(
                m.AuditEntry.entity_id == old.id, m.AuditEntry.action == AuditAction.UPDATE
            )
        ).all()
    assert {c.field for c in changes} >= {"phone", "birth_date"}


# -- the history and undo -----------------------------------------------------------------


def test_an_older_import_is_undone_after_a_newer_one(db, service, tmp_path):
    first_rows = [
        ["Weiß", "Matthias", "m.weiss@gmx.de", None, None, "ja"],
        ["Schulz", "Anna", "anna@web.de", None, None, "ja"],
    ]
    _plan, first = imported(service, xlsx(tmp_path / "alt.xlsx", first_rows))
    second_rows = [
        ["Weiß", "Matthias", "m.weiss@gmx.de", "0385 2222222", None, "ja"],  # fills Weiß
        ["Krüger", "Birgit", "birgit@web.de", None, None, "ja"],
    ]
    _plan, second = imported(service, xlsx(tmp_path / "neu.xlsx", second_rows),
                             on_duplicate="fill")
    assert (second.created, second.updated) == (1, 1)

    entries = {e.id: e for e in service.history()}
    assert entries[first.batch_id].file_name == "alt.xlsx"
    assert entries[first.batch_id].sheet == "Liste"
    assert entries[first.batch_id].user == db.user
    assert (entries[second.batch_id].created, entries[second.batch_id].updated) == (1, 1)

    preview = service.undo_preview(first.batch_id)
    assert (preview.remove, preview.keep) == (1, ["Weiß, Matthias"])
    assert service.undo(first.batch_id) == 1
    assert sorted(v.last_name for v in people(db)) == ["Krüger", "Weiß"]
    assert service.undo(second.batch_id) == 1
    assert [v.last_name for v in people(db)] == ["Weiß"]
    assert people(db)[0].phone == "+493852222222"  # a fill of an existing record stays

    entries = {e.id: e for e in service.history()}
    assert entries[first.batch_id].status == ImportStatus.UNDONE
    assert (entries[first.batch_id].removed, entries[first.batch_id].remaining) == (1, 1)


def test_a_record_in_use_stays_when_its_import_is_undone(db, service, tmp_path):
    _plan, result = imported(
        service, xlsx(tmp_path / "l.xlsx", [["Weiß", "Matthias", None, None, None, "ja"]])
    )
    (weiss,) = people(db)
    ContactNoteService(db).add("volunteer", weiss.id, text="angerufen")
    preview = service.undo_preview(result.batch_id)
    assert (preview.remove, preview.keep) == (0, ["Weiß, Matthias"])
    assert service.undo(result.batch_id) == 0
    assert len(people(db)) == 1


def test_update_never_takes_a_value_the_list_did_not_give(db, service, tmp_path):
    from servicestelle.enums import OrganisationKind
    from servicestelle.services.organisations import OrganisationService

    known = OrganisationService(db).create(name="Schule am See", kind=OrganisationKind.SCHOOL)
    header = ["Name", "Telefon"]
    path = xlsx(tmp_path / "o.xlsx", [["Schule am See", "0385 7777777"]], header)
    preview, plan = planned(service, path, "organisation")
    result = service.run(plan, preview, on_duplicate="update")
    assert result.updated == 1
    school = OrganisationService(db).get(known.id)
    assert school.phone == "+493857777777"
    assert school.kind == OrganisationKind.SCHOOL  # not the default kind of a new one
