"""``servicestelle write … --letters OUT.pdf`` / ``--labels OUT.pdf --sheet …``: letters
and labels for the people of a list who may be written to by post."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from servicestelle.services.consents import ConsentService
from servicestelle.services.volunteers import VolunteerService
from servicestelle.writing.templates import TemplateService
from tests.cli.runner import run


@pytest.fixture
def office(sqlite_db, tmp_path):
    volunteers = VolunteerService(sqlite_db)
    for first, last, post in (("Jürgen", "Größmann", True), ("Ольга", "Петрова", True),
                              ("Karl", "Keinpost", False)):  # fmt: skip
        person = volunteers.create(first_name=first, last_name=last, status="aktiv",
                                   street="Weg 1", postcode="19053", city="Schwerin")  # fmt: skip
        ConsentService(sqlite_db).give("volunteer", person.id, contact_post=post)
    TemplateService(sqlite_db).save("Forum", "Einladung {Veranstaltung}", "{Anrede}\nbis bald")
    return sqlite_db.location, tmp_path


def test_letters_for_those_who_may_get_post(office):
    db, home = office
    out = home / "Briefe.pdf"
    result = run("--db", db, "write", "--list", "volunteers", "--template", "Forum",
                 "--set", "Veranstaltung=Ehrenamtsforum", "--letters", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert "3 in der Liste, 2 per Post. 1 ausgelassen: 1 ohne Einwilligung zum Kontakt per Post" \
        in result.stdout
    pages = PdfReader(out).pages
    assert len(pages) == 2
    assert "Einladung Ehrenamtsforum" in pages[0].extract_text()


def test_labels_on_a_chosen_sheet(office):
    db, home = office
    out = home / "Etiketten.pdf"
    result = run("--db", db, "write", "--list", "volunteers", "--template", "Forum",
                 "--labels", str(out), "--sheet", "3475", "--start", "2", home=home)
    assert result.returncode == 0, result.stderr
    assert "2 Adressetiketten gespeichert" in result.stdout
    text = PdfReader(out).pages[0].extract_text()
    assert "Jürgen Größmann" in text and "Keinpost" not in text
    wrong = run("--db", db, "write", "--list", "volunteers", "--template", "Forum",
                "--labels", str(home / "x.pdf"), "--sheet", "L9999", home=home)
    assert wrong.returncode == 2 and "Unbekannter Etikettenbogen" in wrong.stderr
