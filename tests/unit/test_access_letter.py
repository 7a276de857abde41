"""The access report (Art. 15 DSGVO) is a letter the person can read: on the letterhead,
in plain sections with readable values (district and language names, no record numbers,
versions or sort keys), with the information Art. 15(1) a–h asks for (purposes,
categories, recipients, storage period, rights, supervisory authority, source) — in
German or English, with a machine-readable JSON copy, German file names, files for the
owner's eyes only, and a note in the audit log. Read back with a PDF text extractor."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from servicestelle import models as m
from servicestelle.enums import AuditAction, ContactChannel
from servicestelle.printing.access_letter import file_names, suggested_names
from servicestelle.printing.privacy import write_access_report
from servicestelle.services.consents import ConsentService
from servicestelle.services.events import EventService
from servicestelle.services.hours import HoursService
from servicestelle.services.lists import ActivityFieldService, DistrictService, LanguageService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.notes import ContactNoteService
from servicestelle.services.organisations import ContactPersonService, OrganisationService
from servicestelle.services.pairings import PairingService
from servicestelle.services.privacy_readable import readable_report
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.settings import SettingsService
from servicestelle.services.volunteers import VolunteerService
from tests.cli.runner import run

TODAY = dt.date.today()
YEAR = TODAY.year
TECHNICAL = ("Version", "Sortierschlüssel", "sort_key", "last_name", "district_id", "Nr. ")


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def no_bookkeeping(text: str) -> None:
    for word in TECHNICAL:
        assert word not in text, word
    assert not re.search(r"\bid\b", text, re.IGNORECASE)


@pytest.fixture
def office(sqlite_db):
    """A volunteer with everything the office records, and the newcomer she mentors,
    whose request came from Caritas."""
    db = sqlite_db
    settings = SettingsService(db)
    settings.set("office.name", "Servicestelle Integration Schwerin")
    settings.set("office.address", "Am Packhof 2–6\n19053 Schwerin")
    settings.set("privacy.dpo_contact", "Frau Datenschutz, datenschutz@example.org")
    districts = DistrictService(db).by_name()
    languages = {name: i for i, name in LanguageService(db).choices()}
    fields = ActivityFieldService(db).by_name()
    caritas = OrganisationService(db).create(name="Caritas Schwerin", kind="traeger")
    volunteer = VolunteerService(db).create(
        first_name="Mira",
        last_name="Schulz-Öztürk",
        birth_date="1985-06-30",
        street="Lübecker Straße 12",
        postcode="19053",
        city="Schwerin",
        district_id=districts["Weststadt"],
        phone="0385 1234567",
        status="aktiv",
        since="2022-03-01",
        availability=1,
        activity_field_ids=[fields["Deutsch üben"]],
        languages=[(languages["Arabisch"], "fliessend")],
    )
    ConsentService(db).give("volunteer", volunteer.id, contact_email=True, share_with_partners=True)
    VolunteerService(db).add_clearance(volunteer.id, issued_on="2024-01-10", seen_on="2024-02-01")
    newcomer = NewcomerService(db).create(
        first_name="Samir",
        last_name="Haddad",
        district_id=districts["Lankow"],
        referred_by_id=caritas.id,
        languages=[(languages["Arabisch"], "muttersprache")],
    )
    pairings = PairingService(db)
    pairing = pairings.propose(
        volunteer.id,
        newcomer.id,
        activity_field_id=fields["Deutsch üben"],
        proposed_on=f"{YEAR - 1}-01-10",
        organisation_id=caritas.id,
    )
    pairings.start(pairing.id, None, on=f"{YEAR - 1}-01-15")
    HoursService(sqlite_db).record(
        volunteer.id, "2,5", dt.date(YEAR - 1, 2, 1), pairing_id=pairing.id, description="Lesen"
    )
    requests = HelpRequestService(db)
    request = requests.create(
        title="Begleitung zum Jobcenter",
        newcomer_id=newcomer.id,
        organisation_id=caritas.id,
        received_on=f"{YEAR - 1}-05-02",
    )
    requests.assign(request.id, volunteer.id, on=f"{YEAR - 1}-05-03")
    ContactNoteService(db).add(
        "volunteer",
        volunteer.id,
        noted_on=f"{YEAR - 1}-06-01",
        channel=ContactChannel.PHONE,
        text="Möchte mehr Sprachcafé",
    )
    event = EventService(db).create(title="Ehrenamtsforum I", starts_at=f"{YEAR - 1}-03-05 17:30")
    EventService(db).set_attendance(event.id, volunteer.id, attended=True)
    return int(volunteer.id), int(newcomer.id)


def test_the_letter_in_german_reads_without_bookkeeping_and_says_what_art_15_asks(
    sqlite_db, office, tmp_path
):
    volunteer, _newcomer = office
    pdf, json_name = file_names("Schulz-Öztürk_Mira", TODAY)
    assert pdf == f"Auskunft_Schulz-Öztürk_Mira_{TODAY.isoformat()}.pdf"
    assert suggested_names(sqlite_db, "volunteer", volunteer, TODAY) == (pdf, json_name)
    out = tmp_path / pdf
    write_access_report(sqlite_db, "volunteer", volunteer, out, out.with_suffix(".json"))
    text = pdf_text(out)
    # The letter: letterhead, address, date, greeting.
    assert text.startswith("Servicestelle Integration Schwerin Am Packhof 2–6 19053 Schwerin")
    assert "Mira Schulz-Öztürk Lübecker Straße 12 19053 Schwerin" in text
    assert "Guten Tag Mira Schulz-Öztürk," in text
    no_bookkeeping(text)
    # What is stored, in plain sections with readable values.
    for shown in (
        "Persönliche Angaben",
        "Geburtsdatum 30.06.1985",
        "Stadtteil Weststadt",  # the district's name, not its number
        "Telefon 0385 1234567",
        "Status aktiv",
        "Zeiten Montag Vormittag",
        "Arabisch – fließend",
        "Tätigkeitsfelder",
        "Patenschaft mit Samir Haddad",
        "Tätigkeitsfeld Deutsch üben",
        "Anfrage »Begleitung zum Jobcenter«",
        "Geleistete Stunden",
        "Lesen",
        "Ehrenamtsforum I",
        "Möchte mehr Sprachcafé",
        "Einwilligung vom",
        "Weitergabe an Partner ja",
        "ausgestellt am 10.01.2024, bei uns eingesehen am 01.02.2024",
    ):
        assert shown in text, (shown, text)
    # Art. 15(1) a–h.
    for told in (
        "a) Zwecke und Rechtsgrundlage",
        "Nachweise über ehrenamtliche Tätigkeit",
        "b) Kategorien von Daten Persönliche Angaben, Sprachen, Tätigkeitsfelder",
        "c) Empfänger",
        "Partnerorganisationen verbunden; sie können dafür nötige Angaben zu Ihrer Person "
        "erhalten haben: Caritas Schwerin.",
        "Ihre Einwilligung in die Weitergabe an Partnerorganisationen: vom",
        "d) Speicherdauer Wir anonymisieren Ihre Daten 3 Jahre nach Ihrem Ausscheiden",
        "Führungszeugnis löschen wir 3 Monate nach dem Ende",
        "g) Herkunft der Daten Von Ihnen selbst mitgeteilt",
        "h) Automatisierte Entscheidungen Keine.",
        "Sie haben das Recht auf",
        "Berichtigung unrichtiger oder unvollständiger Angaben (Art. 16 DSGVO)",
        "Löschung Ihrer Daten (Art. 17 DSGVO)",
        "Einschränkung der Verarbeitung",
        "Widerspruch gegen die Verarbeitung (Art. 21 DSGVO)",
        "Datenschutz-Aufsichtsbehörde zu beschweren (Art. 77 DSGVO)",
        "Werderstraße 74a, 19055 Schwerin",
        "Ansprechperson für den Datenschutz: Frau Datenschutz, datenschutz@example.org",
        "Mit freundlichen Grüßen",
    ):
        assert told in text, (told, text)
    assert "Vertraulich" in text and "Seite 1 von" in text


def test_the_letter_in_english(sqlite_db, office, tmp_path):
    _volunteer, newcomer = office
    out = tmp_path / "letter.pdf"
    write_access_report(sqlite_db, "newcomer", newcomer, out, language="en")
    text = pdf_text(out)
    assert "Information under Art. 15 GDPR about the data we store about you" in text
    assert "Dear Samir Haddad," in text and "Personal details" in text
    assert "District Lankow" in text and "Arabisch – Native language" in text, text
    assert "Mentoring pairing with Mira Schulz-Öztürk" in text
    assert "Requests for help" in text and "Taken on by Mira Schulz-Öztürk" in text
    assert "Source of the data" in text and "Referred by Caritas Schwerin" in text, text
    assert "We anonymise your data 2 years after your last pairing" in text
    assert "rectification" in text and "right to lodge a complaint" in text
    assert "Confidential – contains personal data" in text and "Page 1 of" in text
    for german in ("Seite ", "Vertraulich", "Gedruckt", "Guten Tag", "Berichtigung"):
        assert german not in text, german
    no_bookkeeping(text)
    assert not out.with_suffix(".json").exists()  # only when asked for


def test_the_json_copy_the_file_modes_and_the_audit_log(sqlite_db, office, tmp_path):
    volunteer, _newcomer = office
    folder = tmp_path / "auskunft"
    folder.mkdir()
    out = folder / "a.pdf"
    data = write_access_report(sqlite_db, "volunteer", volunteer, out, folder / "a.json")
    copy = json.loads((folder / "a.json").read_text(encoding="utf-8"))
    assert copy["person"]["last_name"] == "Schulz-Öztürk" == data["person"]["last_name"]
    assert copy["meta"]["language"] == "de"
    assert {"volunteer_language", "pairing", "hours_entry", "consent"} <= set(copy["records"])
    for written in (out, folder / "a.json"):
        assert written.stat().st_mode & 0o077 == 0, written
    assert sorted(p.name for p in folder.iterdir()) == ["a.json", "a.pdf"]  # nothing left
    with sqlite_db.read() as session:
        entry = session.scalars(
            select(m.AuditEntry).where(m.AuditEntry.action == AuditAction.EXPORT)
        ).one()
    assert (entry.entity, entry.entity_id) == ("volunteer", volunteer)
    assert entry.field == "Auskunft (Art. 15 DSGVO)" and entry.new_value == "PDF und JSON, Deutsch"


def test_a_contact_persons_letter_and_the_supervisory_authority_from_the_settings(
    sqlite_db, tmp_path
):
    settings = SettingsService(sqlite_db)
    settings.set("privacy.authority_name", "Die Datenschutzbehörde")
    settings.set("privacy.authority_address", "Amtsweg 1, 12345 Amtsstadt")
    settings.set("privacy.authority_web", "https://datenschutz.example")
    organisation = OrganisationService(sqlite_db).create(name="Verein Brücke", kind="mso")
    person = ContactPersonService(sqlite_db).create(
        organisation_id=organisation.id, first_name="Olena", last_name="Шевченко", role="Vorsitz"
    )
    out = tmp_path / "kontakt.pdf"
    write_access_report(sqlite_db, "contact_person", person.id, out)
    text = pdf_text(out)
    assert "Organisation Verein Brücke" in text and "Funktion Vorsitz" in text, text
    assert "Als Ansprechperson von Verein Brücke erfasst" in text
    assert "Die Datenschutzbehörde Amtsweg 1, 12345 Amtsstadt https://datenschutz.example" in text
    assert "Landesbeauftragte" not in text and "Ansprechperson für den Datenschutz" not in text
    no_bookkeeping(text)


def test_readable_sections_name_what_numbers_point_at(sqlite_db, office):
    volunteer, newcomer = office
    readable = readable_report(sqlite_db, "newcomer", newcomer)
    keys = [s.key for s in readable.sections]
    assert keys[:3] == ["person", "languages", "pairings"] and "requests" in keys
    assert readable.recipients == ["Caritas Schwerin"]
    person = dict(readable.sections[0].entries[0].fields)
    assert person["Stadtteil"] == "Lankow" and person["Vermittelt durch"] == "Caritas Schwerin"
    assert not {"id", "version", "sort_key", "created_at"} & set(person)


def test_the_command_line_writes_the_letter_in_english_under_its_german_name(
    sqlite_db, office, tmp_path
):
    volunteer, _newcomer = office
    db = sqlite_db.engine.url.database
    sqlite_db.dispose()
    result = run(
        "--db", db, "privacy", "report", "--volunteer", str(volunteer), str(tmp_path),
        "--language", "en", home=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / f"Auskunft_Schulz-Öztürk_Mira_{TODAY.isoformat()}.pdf"
    assert "Information under Art. 15 GDPR" in pdf_text(pdf)
    assert pdf.with_suffix(".json").is_file()


def test_the_letter_on_either_kind_of_database(db, tmp_path):
    """The same letter from SQLite and from PostgreSQL."""
    districts = DistrictService(db).by_name()
    volunteer = VolunteerService(db).create(last_name="Lindner", first_name="Heike", status="aktiv")
    newcomer = NewcomerService(db).create(
        last_name="Tavakoli", first_name="Reza", district_id=districts["Lankow"]
    )
    pairing = PairingService(db).propose(volunteer.id, newcomer.id)
    PairingService(db).start(pairing.id, None)
    out = tmp_path / "brief.pdf"
    write_access_report(db, "newcomer", newcomer.id, out, tmp_path / "brief.json")
    text = pdf_text(out)
    assert "Stadtteil Lankow" in text and "Patenschaft mit Heike Lindner" in text
    no_bookkeeping(text)
