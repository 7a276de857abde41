"""The certificate (Ehrenamtsnachweis) is the volunteer's own paper for an employer: it
names what they did by activity field and kind with the hours per year — never the
people helped, never the notes of the hours booked — carries no "vertraulich" note, and
prints the text as staff changed it."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from servicestelle.errors import ServiceError
from servicestelle.printing import render
from servicestelle.printing.certificate import (
    CertificateText,
    address_lines,
    certificate_text,
    from_plain_text,
    plain_text,
)
from servicestelle.services.events import EventService
from servicestelle.services.hours import HoursService
from servicestelle.services.lists import ActivityFieldService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.pairings import PairingService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.settings import SettingsService
from servicestelle.services.volunteers import VolunteerService

YEAR = dt.date.today().year
FAMILY = "Al-Ahmad"
NOTE = f"Begleitung Ausländerbehörde (Familie {FAMILY})"
ESCORT = "Begleitung zu Ämtern und Behörden"
HOMEWORK = "Hausaufgabenhilfe und Lernpatenschaft"


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def volunteer(sqlite_db) -> int:
    """A volunteer since two years ago: a pairing with the Al-Ahmad family (hours with
    notes that name them), an assignment on request, an Ehrenamtsforum, other hours."""
    db = sqlite_db
    settings = SettingsService(db)
    settings.set("office.name", "Servicestelle Integration Schwerin")
    settings.set(
        "office.address",
        {"street": "Am Packhof 2–6", "postcode": "19053", "city": "Schwerin", "phone": ""},
    )
    fields = ActivityFieldService(db).by_name()
    v = VolunteerService(db).create(
        first_name="Jonas",
        last_name="Petersen",
        birth_date="1990-03-04",
        status="aktiv",
        since=f"{YEAR - 1}-02-01",
        activity_field_ids=[fields[ESCORT]],
    )
    family = NewcomerService(db).create(last_name=f"Familie {FAMILY}", kind="haushalt")
    pairings = PairingService(db)
    pairing = pairings.propose(
        v.id,
        family.id,
        activity_field_id=fields[ESCORT],
        focus=f"Familie {FAMILY}, Behörden",
        proposed_on=f"{YEAR - 1}-02-20",
    )
    pairings.start(pairing.id, None, on=f"{YEAR - 1}-03-01")
    hours = HoursService(db)
    hours.record(v.id, "3", dt.date(YEAR - 1, 3, 10), pairing_id=pairing.id, description=NOTE)
    hours.record(v.id, "2,5", dt.date(YEAR - 1, 6, 2), pairing_id=pairing.id, description=NOTE)
    hours.record(v.id, "4", dt.date(YEAR, 1, 8), pairing_id=pairing.id, description=NOTE)
    requests = HelpRequestService(db)
    request = requests.create(
        title=f"Nachhilfe für Sohn von {FAMILY}",
        received_on=dt.date(YEAR - 1, 9, 1),
        activity_field_id=fields[HOMEWORK],
    )
    hours.record(
        v.id, "6", dt.date(YEAR - 1, 9, 20), request_id=request.id, description=f"Sohn {FAMILY}"
    )
    hours.record(v.id, "1", dt.date(YEAR, 1, 9), description="Telefonat mit Herrn Al-Ahmad")
    events = EventService(db)
    forum = events.create(title="Ehrenamtsforum I", starts_at=f"{YEAR - 1}-04-05 17:30")
    events.set_attendance(forum.id, v.id, attended=True)
    return int(v.id)


def test_the_text_names_fields_and_kinds_never_the_people_helped(sqlite_db, volunteer):
    text = certificate_text(sqlite_db, volunteer, start=f"01.01.{YEAR - 1}")
    written = plain_text(text)
    assert "Jonas Petersen, geboren am 04.03.1990," in written
    assert f"Tätigkeitsfelder: {ESCORT}" in written
    assert f"Patenschaft für neu zugewanderte Menschen ({ESCORT}) seit dem 01.03.{YEAR - 1}" in (
        written
    )
    assert "Ehrenamtsforum I" in written
    assert FAMILY not in written and "Behörden" not in written.replace(ESCORT, "")
    # Hours by field and kind, per year; the bookings' notes are not used.
    rows = {(r.field, r.kind): r.by_year for r in text.hours}
    assert rows[(ESCORT, "Patenschaft")] == {YEAR - 1: 5.5, YEAR: 4}
    assert rows[(HOMEWORK, "Einsatz auf Anfrage")] == {YEAR - 1: 6}
    assert rows[("", "Sonstige Tätigkeit")] == {YEAR: 1}
    assert text.years == [YEAR - 1, YEAR] and text.total == 16.5


def test_the_printed_certificate_has_no_third_party_and_no_confidential_note(
    sqlite_db, volunteer, tmp_path
):
    out = tmp_path / "nachweis.pdf"
    render(sqlite_db, "certificate", out, record_id=volunteer, start=f"01.01.{YEAR - 1}")
    text = pdf_text(out)
    assert len(PdfReader(str(out)).pages) == 1
    assert "Ehrenamtsnachweis" in text and "Servicestelle Integration Schwerin" in text
    assert "Am Packhof 2–6" in text and "19053 Schwerin" in text  # the address as set up
    assert FAMILY not in text, text
    assert "Ausländerbehörde" not in text and "Telefonat" not in text
    assert "ertraulich" not in text  # neither "Vertraulich" nor "vertraulich"
    # The hours table: field, kind, one column per year and the total.
    assert f"Tätigkeitsfeld Art {YEAR - 1} {YEAR} Insgesamt" in text, text
    assert f"{ESCORT} Patenschaft 5,5 4 9,5" in text, text
    assert f"{HOMEWORK} Einsatz auf Anfrage 6 – 6" in text, text
    assert "allgemein Sonstige Tätigkeit – 1 1" in text, text
    assert "Insgesamt 11,5 5 16,5" in text, text
    assert "Ort, Datum" in text and "Unterschrift, Stempel" in text


def test_the_text_as_edited_is_printed(sqlite_db, volunteer, tmp_path):
    composed = certificate_text(sqlite_db, volunteer)
    edited = from_plain_text(
        composed,
        "Herr Petersen hat sich seit Februar mit großer Zuverlässigkeit engagiert.\n\n"
        "- Begleitung neu zugewanderter Familien zu Behörden\n"
        "• Mitwirkung am Ehrenamtsforum\n\n"
        "Wir danken ihm herzlich.\n",
    )
    assert edited.activities == [
        "Begleitung neu zugewanderter Familien zu Behörden",
        "Mitwirkung am Ehrenamtsforum",
    ]
    assert edited.hours == composed.hours  # the hours stay as booked
    out = tmp_path / "nachweis.pdf"
    render(sqlite_db, "certificate", out, record_id=volunteer, text=edited)
    text = pdf_text(out)
    assert "mit großer Zuverlässigkeit" in text and "Wir danken ihm herzlich." in text
    assert "Mitwirkung am Ehrenamtsforum" in text
    assert "Hiermit bestätigen wir" not in text
    # Without the hours: the table is left out.
    render(
        sqlite_db,
        "certificate",
        out,
        record_id=volunteer,
        text={"intro": edited.intro, "show_hours": False},
    )
    text = pdf_text(out)
    assert "Geleistete Stunden" not in text and "Insgesamt" not in text
    assert "Tätigkeitsfelder:" in text  # the activities as composed


def test_an_empty_text_and_a_period_ending_before_it_starts_are_refused(sqlite_db, volunteer):
    composed = certificate_text(sqlite_db, volunteer)
    with pytest.raises(ServiceError, match="leer"):
        from_plain_text(composed, "\n- nur eine Tätigkeit\n")
    with pytest.raises(ServiceError, match="Ende liegt vor dem Beginn"):
        certificate_text(sqlite_db, volunteer, start="01.01.2099")


def test_many_years_are_added_up_in_one_column(sqlite_db, volunteer, tmp_path):
    composed = certificate_text(sqlite_db, volunteer)
    rows = [
        type(composed.hours[0])("Sprachcafé", "Sonstige Tätigkeit", {YEAR - k: 2 for k in range(7)})
    ]
    many = CertificateText(
        volunteer,
        composed.start,
        composed.end,
        "Text",
        [],
        "",
        rows,  # type: ignore[arg-type]
    )
    out = tmp_path / "viele.pdf"
    render(sqlite_db, "certificate", out, record_id=volunteer, text=many)
    text = pdf_text(out)
    assert f"bis {YEAR - 3} {YEAR - 2} {YEAR - 1} {YEAR} Insgesamt" in text, text
    assert "Sprachcafé Sonstige Tätigkeit 8 2 2 2 14" in text, text


def test_the_office_address_reads_as_lines_whichever_way_it_was_stored():
    assert address_lines("Am Packhof 2\n19053 Schwerin\n") == ["Am Packhof 2", "19053 Schwerin"]
    assert address_lines(
        {"street": "Am Packhof 2", "postcode": "19053", "city": "Schwerin", "email": "a@b.de"}
    ) == ["Am Packhof 2", "19053 Schwerin", "a@b.de"]
    assert address_lines(None) == []


def test_the_command_line_writes_the_text_to_edit_and_prints_it_as_edited(
    sqlite_db, volunteer, tmp_path
):
    from tests.cli.runner import run

    db = sqlite_db.engine.url.database
    sqlite_db.dispose()
    draft = tmp_path / "nachweis.txt"
    result = run(
        "--db", db, "print", "certificate", "--id", str(volunteer), str(draft),
        "--from", f"01.01.{YEAR - 1}", "--write-text", home=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    written = draft.read_text(encoding="utf-8")
    assert f"- Tätigkeitsfelder: {ESCORT}" in written and FAMILY not in written
    draft.write_text(written.replace("Wir danken", "Wir danken herzlich"), encoding="utf-8")
    out = tmp_path / "nachweis.pdf"
    result = run(
        "--db", db, "print", "certificate", "--id", str(volunteer), str(out),
        "--from", f"01.01.{YEAR - 1}", "--text", str(draft), "--no-hours", home=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Wir danken herzlich für das große Engagement" in text
    assert "Geleistete Stunden" not in text
    result = run(
        "--db", db, "print", "profile", "--id", str(volunteer), str(out), "--no-hours",
        home=tmp_path,
    )  # fmt: skip
    assert result.returncode != 0 and "nur für den Ehrenamtsnachweis" in result.stderr
