"""The consent form to sign: German, beside it the person's language where the form has
a translation, the person's name and address filled in, every scope to tick, and the
form's version — which a consent entered afterwards records."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from servicestelle import printing
from servicestelle.consent_form import VERSION, version_label
from servicestelle.db import Database
from servicestelle.services.consents import ConsentService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.volunteers import VolunteerService


def text_of(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_form_is_german_and_english_for_an_english_speaker(
    sqlite_db: Database, tmp_path: Path
) -> None:
    newcomer = NewcomerService(sqlite_db).create(
        last_name="Okafor",
        first_name="Grace",
        kind="person",
        street="Lübecker Straße 12",
        postcode="19053",
        city="Schwerin",
        languages=[("en", "muttersprache"), ("uk", "gut")],
    )
    out = tmp_path / "Einwilligung.pdf"
    printing.render(sqlite_db, "consent_form_newcomer", out, record_id=newcomer.id)
    text = text_of(out)
    assert "Einwilligung in die Verarbeitung personenbezogener Daten" in text
    assert "Consent to the processing of personal data" in text
    assert "Okafor" in text and "Lübecker Straße 12, 19053 Schwerin" in text
    for words in ("per E-Mail ansprechen", "telefonisch", "Partnerorganisationen", "Fotos"):
        assert words in text, words
    assert "jederzeit ganz oder teilweise widerrufen" in text
    assert f"Fassung {VERSION} (Deutsch, Englisch)" in text


def test_without_a_translation_the_form_is_german_only(sqlite_db: Database, tmp_path: Path):
    volunteer = VolunteerService(sqlite_db).create(
        last_name="Haddad", languages=[("ar", "muttersprache")]
    )
    out = tmp_path / "Einwilligung.pdf"
    printing.render(sqlite_db, "consent_form", out, record_id=volunteer.id)
    text = text_of(out)
    assert "Consent to the processing" not in text
    assert f"Fassung {VERSION} (Deutsch)" in text


def test_a_consent_records_the_form_signed(sqlite_db: Database) -> None:
    volunteer = VolunteerService(sqlite_db).create(last_name="Haddad")
    consent = ConsentService(sqlite_db).give(
        "volunteer", volunteer.id, contact_email=True, form_version=version_label()
    )
    assert ConsentService(sqlite_db).get(consent.id).form_version == f"Fassung {VERSION} (Deutsch)"
