"""Printouts and exports in English: titles, column titles, the page template's footer,
dates (22/11/2026, 22 November 2026) and numbers (6.5) follow the language chosen at
start-up — and German comes back unchanged when German is chosen again."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.dates import format_date
from pypdf import PdfReader

from servicestelle import i18n
from servicestelle.enums import VolunteerStatus
from servicestelle.exporting.service import ExportService
from servicestelle.exporting.xlsx import styles_xml
from servicestelle.printing import DOCUMENTS, render, suggested_name
from servicestelle.printing.lists import column_choices
from servicestelle.printing.text import format_value, long_date, number, short_date
from servicestelle.services.hours import HoursService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.pairings import PairingService
from servicestelle.services.volunteers import VolunteerService

TODAY = dt.date.today()
EN_TODAY = TODAY.strftime("%d/%m/%Y")
DE_TODAY = TODAY.strftime("%d.%m.%Y")
PAGE = re.compile(r"Page (\d+) of (\d+)")
GERMAN_TEMPLATE = ("Vertraulich", "Gedruckt am", "Seite ")


@pytest.fixture
def english() -> Iterator[None]:
    assert i18n.install_language("en")
    yield
    i18n.install_language("de")


@pytest.fixture
def people(sqlite_db):
    """Three volunteers in pairings that started today, one with hours."""
    volunteers = VolunteerService(sqlite_db)
    newcomers = NewcomerService(sqlite_db)
    pairings = PairingService(sqlite_db)
    ids = []
    for first, last in (("Anna", "Albers"), ("Bernd", "Brandt"), ("Olena", "Шевченко")):
        v = volunteers.create(first_name=first, last_name=last, status=VolunteerStatus.ACTIVE)
        n = newcomers.create(first_name="Samir", last_name=f"Nasser {last}")
        p = pairings.propose(v.id, n.id, focus="Deutsch üben")
        pairings.start(p.id, None, next_checkin_on=TODAY + dt.timedelta(days=30))
        ids.append(v.id)
    HoursService(sqlite_db).record(ids[0], "2,5", description="Begleitung zum Amt")
    HoursService(sqlite_db).record(ids[0], 4, description="Begleitung zum Amt")
    return ids


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def check_english_template(texts: list[str], title: str) -> None:
    for number_, text in enumerate(texts, 1):
        assert title in text, number_
        assert "Confidential" in text, number_
        assert f"Printed on {EN_TODAY}" in text, number_
        assert PAGE.findall(text) == [(str(number_), str(len(texts)))], number_
        for german in GERMAN_TEMPLATE:
            assert german not in text, (number_, german)


def test_values_in_english_and_in_german(english: None) -> None:
    day = dt.date(2026, 11, 22)
    assert short_date(day) == "22/11/2026"
    assert long_date(day) == "22 November 2026"
    assert number(1234.5) == "1,234.5" and number(3) == "3"
    assert format_value(True, "bool") == "yes"
    assert format_value(12345, "int") == "12,345"
    assert format_value(dt.date(2026, 3, 5), "date") == "05/03/2026"
    assert 'formatCode="DD/MM/YYYY"' in styles_xml()
    i18n.install_language("de")
    assert short_date(day) == "22.11.2026"
    assert long_date(day) == "22. November 2026"
    assert long_date(dt.date(2026, 3, 1)) == "1. März 2026"
    assert number(1234.5) == "1.234,5"
    assert format_value(True, "bool") == "ja"
    assert format_value(12345, "int") == "12.345"
    assert 'formatCode="DD.MM.YYYY"' in styles_xml()


def test_document_titles_follow_the_language(english: None) -> None:
    assert DOCUMENTS["pairings"].title == "Mentorship list"
    assert DOCUMENTS["pairings"].text == "Patenschaftsliste"
    assert suggested_name("pairings", dt.date(2026, 11, 22)) == "Mentorship_list_2026-11-22.pdf"
    titles = dict(column_choices("pairings"))
    assert titles["started_on"] == "Since"
    assert titles["volunteer_phone"] == "Volunteer phone"
    i18n.install_language("de")
    assert DOCUMENTS["pairings"].title == "Patenschaftsliste"
    assert dict(column_choices("pairings"))["started_on"] == "Seit"


def test_pairing_list_in_english(sqlite_db, people, tmp_path, english: None) -> None:
    out = tmp_path / "pairings.pdf"
    render(sqlite_db, "pairings", out)
    texts = pages_text(out)
    check_english_template(texts, "Mentorship list")
    text = "\n".join(texts)
    assert "3 mentorships" in text
    assert "Status: active (3)" in text  # the group heading
    flat = " ".join(text.split())  # column titles may wrap
    for header in ("Newcomer", "Since", "Focus", "Volunteer phone", "Next check-in"):
        assert header in flat, header
    assert EN_TODAY in text and DE_TODAY not in text  # "since" is today, English format
    assert "Patenschaft" not in text and "Telefon" not in text
    assert "Шевченко" in text  # names are printed as they are

    # German again: the same list as before
    i18n.install_language("de")
    render(sqlite_db, "pairings", out)
    german = "\n".join(pages_text(out))
    assert "Patenschaftsliste" in german and "3 Patenschaften" in german
    assert f"Gedruckt am {DE_TODAY}" in german and "Seite 1 von 1" in german
    assert "Mentorship" not in german and "Printed on" not in german


def test_profile_and_certificate_in_english(sqlite_db, people, tmp_path, english: None) -> None:
    volunteer = people[0]
    profile = tmp_path / "profile.pdf"
    render(sqlite_db, "profile", profile, record_id=volunteer)
    texts = pages_text(profile)
    check_english_template(texts, "Profile sheet")
    text = "\n".join(texts)
    assert "Mentorships (1)" in text
    assert "6.5 hours" in text  # English decimal point
    assert "Profilblatt" not in text and "Stunden" not in text

    certificate = tmp_path / "certificate.pdf"
    render(sqlite_db, "certificate", certificate, record_id=volunteer, start="01.01.2020")
    text = "\n".join(pages_text(certificate))
    assert "Certificate of volunteering" in text
    assert format_date(TODAY, "long", locale="en_GB") in text  # "22 November 2026"
    assert "01/01/2020" in text and "01.01.2020" not in text
    assert "Signature, stamp" in text and "Page 1 of 1" in text
    assert "Ehrenamtsnachweis" not in text and "Unterschrift" not in text


def test_key_figures_report_in_english(sqlite_db, people, tmp_path, english: None) -> None:
    out = tmp_path / "report.pdf"
    render(sqlite_db, "report", out, start="01.01.2020")
    texts = pages_text(out)
    check_english_template(texts, "Key figures report")
    text = "\n".join(texts)
    assert "Totals by status" in text
    assert "Volunteers by status" in text  # a chart's title
    assert "Mentorships started" in text
    assert "01/01/2020" in text
    for german in ("Kennzahlenbericht", "Bestand", "Ehrenamtliche", "Patenschaften"):
        assert german not in text, german


def test_export_info_sheet_in_english(sqlite_db, people, tmp_path, english: None) -> None:
    target = tmp_path / "volunteers.xlsx"
    ExportService(sqlite_db).export("volunteers", None, None, target)
    with zipfile.ZipFile(target) as book:
        styles = book.read("xl/styles.xml").decode()
        info = book.read("xl/worksheets/sheet2.xml").decode()
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert 'formatCode="DD/MM/YYYY"' in styles
    assert "Last name" in sheet and "Nachname" not in sheet
    assert "Personal data" in info or "personal data" in info
    assert "Exportiert" not in info


def test_data_protection_documents_in_english(sqlite_db, people, tmp_path, english: None) -> None:
    from servicestelle.printing.privacy import (
        write_access_report,
        write_records_of_processing,
    )
    from servicestelle.services.audit_log import AuditLogService, AuditQuery
    from servicestelle.services.privacy_erase import plan_erasure

    volunteer = people[0]
    access = tmp_path / "access.pdf"
    write_access_report(sqlite_db, "volunteer", volunteer, access)  # the program's language
    texts = pages_text(access)
    check_english_template(texts, "Art. 15")
    text = "\n".join(texts)
    assert "Dear Anna Albers," in text
    assert "\nactive\n" in text  # the status by its label, not the stored value
    assert "Auskunft" not in text and "Ehrenamtliche*r" not in text

    records = tmp_path / "records.pdf"
    write_records_of_processing(sqlite_db, records)
    texts = pages_text(records)
    check_english_template(texts, "Art. 30")
    assert f"{EN_TODAY} " in "\n".join(texts) and "Verzeichnis" not in "\n".join(texts)

    plan = plan_erasure(sqlite_db, "volunteer", volunteer)
    assert plan.label == "Volunteer"
    rows = AuditLogService(sqlite_db).page(AuditQuery(entity="volunteer"), 0, 1)
    assert rows[0].entity_label == "Volunteer"

    i18n.install_language("de")
    write_access_report(sqlite_db, "volunteer", volunteer, access)
    german = "\n".join(pages_text(access))
    assert "Guten Tag Anna Albers," in german
    assert "Auskunft nach Art. 15 DSGVO" in german and "Printed on" not in german
