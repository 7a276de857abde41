"""Drafts: one .eml per recipient, personalised, marked as unsent, written complete and
private; read back with the standard library, names and text in any script intact."""

from __future__ import annotations

import os
import stat
from email import policy
from email.parser import BytesParser

import pytest

from servicestelle import models as m
from servicestelle.errors import ValidationError
from servicestelle.services.consents import ConsentService
from servicestelle.services.reach import reach
from servicestelle.services.volunteers import VolunteerService
from servicestelle.writing.drafts import write_drafts
from servicestelle.writing.messages import recipients

PEOPLE = [
    ("Jürgen", "Größmann", "juergen@example.org"),
    ("Ольга", "Петрова", "olga@example.org"),
    ("فاطمة", "الحسيني", "fatima@example.org"),
]


@pytest.fixture
def people(db):
    volunteers = VolunteerService(db)
    for first, last, address in PEOPLE:
        person = volunteers.create(first_name=first, last_name=last, email=address, status="aktiv")
        ConsentService(db).give("volunteer", person.id, contact_email=True)
    silent = volunteers.create(first_name="Kein", last_name="Einverständnis", email="x@example.org")
    assert silent.id
    found = reach(db, "volunteer", [m.Volunteer.status == "aktiv"])
    return recipients(db, "volunteer", found)


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "Entwürfe"
    target.mkdir()
    return target


def read(path):
    with open(path, "rb") as handle:
        return BytesParser(policy=policy.default).parse(handle)


def test_one_personalised_unsent_draft_per_person(db, people, folder):
    shared = {"Veranstaltung": "Ehrenamtsforum", "Datum": "12.03.2027"}
    files = write_drafts(
        folder,
        "Servicestelle Integration <info@stadt.example>",
        "Einladung {Veranstaltung} für {Vorname}",
        "{Anrede}\n\nam {Datum} ist das {Veranstaltung}. Grüße aus Görlitz — مرحبا",
        shared,
        people,
    )
    assert len(files) == 3
    by_address = {read(f)["To"].addresses[0].addr_spec: read(f) for f in files}
    assert set(by_address) == {address for _f, _l, address in PEOPLE}
    for first, last, address in PEOPLE:
        message = by_address[address]
        assert message["X-Unsent"] == "1"
        assert message["Subject"] == f"Einladung Ehrenamtsforum für {first}"
        assert message["To"].addresses[0].display_name == f"{first} {last}"
        assert message["From"].addresses[0].addr_spec == "info@stadt.example"
        body = message.get_content()
        assert body.startswith(f"Guten Tag {first} {last},\n")
        assert "am 12.03.2027 ist das Ehrenamtsforum. Grüße aus Görlitz — مرحبا" in body
    for path in files:
        raw = path.read_bytes()
        assert raw.isascii()  # encoded for transport, not raw UTF-8 in the headers
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert not [p for p in folder.iterdir() if p.name.endswith(".teil")]


def test_unknown_placeholders_write_nothing(db, people, folder):
    with pytest.raises(ValidationError, match=r"\{Termin\}"):
        write_drafts(folder, "info@stadt.example", "Einladung", "{Termin}", {}, people)
    assert list(folder.iterdir()) == []


def test_a_cancel_stops_between_files(db, people, folder):
    done = []
    files = write_drafts(
        folder, "info@stadt.example", "Hallo", "{Anrede}", {}, people,
        progress=lambda step, total: done.append(step), cancelled=lambda: len(done) >= 1,
    )
    assert len(files) == 1
    assert len(list(folder.glob("*.eml"))) == 1


def test_the_salutation_field_chooses_the_greeting(db, folder):
    volunteers = VolunteerService(db)
    ids = []
    for first, last, form in (("Anna", "Groß", "frau"), ("Ali", "Haddad", "herr"),
                              ("Sam", "Weber", None), ("Kim", "Lee", "keine")):
        person = volunteers.create(first_name=first, last_name=last, salutation=form,
                                   email=f"{first.lower()}@example.org", status="aktiv")
        ConsentService(db).give("volunteer", person.id, contact_email=True)
        ids.append(person.id)
    people = recipients(db, "volunteer", reach(db, "volunteer", [m.Volunteer.id.in_(ids)]))
    files = write_drafts(folder, "info@stadt.example", "Hallo", "{Anrede}", {}, people)
    greetings = sorted(read(f).get_content().strip() for f in files)
    assert greetings == [
        "Guten Tag Sam Weber,",
        "Guten Tag,",
        "Sehr geehrte Frau Groß,",
        "Sehr geehrter Herr Haddad,",
    ]


def test_attachments_saved_for_the_mail_program_keep_both_of_one_name(tmp_path):
    import os

    from servicestelle.writing.drafts import save_attachments
    from servicestelle.writing.messages import Attachment

    saved = save_attachments(tmp_path, [
        Attachment("Einladung.ics", "text/calendar", b"A"),
        Attachment("Einladung.ics", "text/calendar", b"B"),
        Attachment("../Flyer:Forum.pdf", "application/pdf", b"C"),
    ])
    assert [p.name for p in saved] == ["Einladung.ics", "Einladung (2).ics", "Flyer Forum.pdf"]
    assert [p.read_bytes() for p in saved] == [b"A", b"B", b"C"]
    assert all(p.parent == tmp_path for p in saved)
    assert all(os.stat(p).st_mode & 0o777 == 0o600 for p in saved)
    assert not list(tmp_path.glob("*.teil")) and not list(tmp_path.glob(".*.teil"))
