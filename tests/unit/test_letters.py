"""Letters by post: who may get one (consent »Kontakt per Post« and an address), the
DIN 5008 letter with the address in the window, merged into one PDF, and the same from
a Word template merged into one .docx."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from servicestelle import models as m
from servicestelle.errors import ValidationError
from servicestelle.services.consents import ConsentService
from servicestelle.services.settings import SettingsService
from servicestelle.services.volunteers import VolunteerService
from servicestelle.writing import letters
from servicestelle.writing.postal import addressees, postal_reach

A4_HEIGHT = 297 * mm
SUBJECT = "Einladung: {Veranstaltung}"
BODY = "{Anrede}\n\nwir laden Sie herzlich ein.\nBis bald!\n\nMit freundlichen Grüßen\n{Stelle}"


@pytest.fixture
def people(db):
    """Four volunteers: two may get letters, one has no postal consent, one no address."""
    volunteers = VolunteerService(db)
    consents = ConsentService(db)
    SettingsService(db).set("office.address", "Markt 1\n19055 Schwerin")

    def person(first, last, street, postcode, city, post):
        record = volunteers.create(
            first_name=first, last_name=last, street=street, postcode=postcode, city=city,
            status="aktiv",
        )
        consents.give("volunteer", record.id, contact_post=post, contact_email=not post)
        return record.id

    ids = {
        "Jörg": person("Jörg", "Äbischer", "Lindenstraße 4", "19053", "Schwerin", True),
        "Olga": person("Ольга", "Petrowa", "Am Markt 12a", "19055", "Schwerin", True),
        "Kein": person("Karl", "Keinpost", "Weg 1", "19053", "Schwerin", False),
        "Ohne": person("Otto", "Ohneadresse", "", "19053", "Schwerin", True),
    }
    return ids


def found(db):
    return postal_reach(db, "volunteer", [m.Volunteer.status == "aktiv"])


def test_only_people_with_postal_consent_and_an_address_get_a_letter(db, people):
    reached = found(db)
    assert [p.name for p in reached.reachable] == ["Äbischer, Jörg", "Petrowa, Ольга"]
    assert {p.name: p.reason for p in reached.left_out} == {
        "Keinpost, Karl": "ohne Einwilligung zum Kontakt per Post",
        "Ohneadresse, Otto": "ohne Postanschrift",
    }
    assert reached.summary() == (
        "2 ausgelassen: 1 ohne Einwilligung zum Kontakt per Post, 1 ohne Postanschrift"
    )
    to = addressees(db, "volunteer", reached)
    assert [a.lines() for a in to] == [
        ["Jörg Äbischer", "Lindenstraße 4", "19053 Schwerin"],
        ["Ольга Petrowa", "Am Markt 12a", "19055 Schwerin"],
    ]


def test_postal_consent_joins_the_invitation_channels(db, people):
    from servicestelle.services.events import EventService

    invited = {p.name for p in EventService(db).active_reach().reachable}
    assert "Äbischer, Jörg" in invited  # by post only
    assert "Keinpost, Karl" not in invited  # no e-mail address


def words_at(path, page_number):
    """(text, x in mm from the left, y in mm from the top) of every piece of text."""
    page = PdfReader(path).pages[page_number]
    found = []

    def visitor(text, cm, tm, _font, _size):
        if text.strip():
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x / mm, (A4_HEIGHT - y) / mm))

    page.extract_text(visitor_text=visitor)
    return found


def in_window(pieces, text):
    """True when ``text`` is drawn inside the address window of DIN 5008 form B."""
    hits = [(x, y) for t, x, y in pieces if text == t]
    return bool(hits) and all(20 <= x <= 105 and 45 <= y <= 90 for x, y in hits)


def test_each_letter_has_the_address_in_the_window(db, people, tmp_path):
    to = addressees(db, "volunteer", found(db))
    written = letters.compose(db, to, SUBJECT, BODY, {"Veranstaltung": "Ehrenamtsforum"})
    out = tmp_path / "Briefe.pdf"
    pages = letters.write_letters(db, written, out, reference="EF-2027", day=dt.date(2027, 3, 1))
    assert pages == 2 == len(PdfReader(out).pages)
    first, second = words_at(out, 0), words_at(out, 1)
    for line in ("Jörg Äbischer", "Lindenstraße 4", "19053 Schwerin"):
        assert in_window(first, line), line
    for line in ("Ольга Petrowa", "Am Markt 12a"):
        assert in_window(second, line), line
    text = PdfReader(out).pages[0].extract_text()
    assert "Einladung: Ehrenamtsforum" in text
    assert "Guten Tag Jörg Äbischer," in text
    assert "01.03.2027" in text and "EF-2027" in text
    # the return address on its line above the recipient, inside the window too
    assert in_window(first, "Servicestelle Integration · Markt 1 · 19055 Schwerin")
    assert "Ольга" not in text  # each letter on its own page


def test_a_long_letter_continues_on_a_page_without_letterhead(db, people, tmp_path):
    to = addressees(db, "volunteer", found(db))[:1]
    long_body = "{Anrede}\n\n" + "\n\n".join(["Ein langer Absatz mit Text. " * 12] * 14)
    out = tmp_path / "Lang.pdf"
    pages = letters.write_letters(db, letters.compose(db, to, "Bericht", long_body), out)
    assert pages == 2
    assert "Jörg Äbischer – Seite 2" in PdfReader(out).pages[1].extract_text()


def test_the_pdf_is_private_and_complete(db, people, tmp_path):
    tmp_path = tmp_path / "Ausgabe"
    tmp_path.mkdir()
    to = addressees(db, "volunteer", found(db))
    out = tmp_path / "Briefe.pdf"
    letters.write_letters(db, letters.compose(db, to, SUBJECT, BODY), out)
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Briefe.pdf"]  # no .teil left

    def cancelled():
        return True

    from servicestelle.printing.layout import PrintCancelled

    with pytest.raises(PrintCancelled):
        letters.write_letters(db, letters.compose(db, to, SUBJECT, BODY), tmp_path / "X.pdf",
                              cancel=cancelled)  # fmt: skip
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Briefe.pdf"]


def test_unknown_placeholders_or_nobody_stop_before_writing(db, people, tmp_path):
    to = addressees(db, "volunteer", found(db))
    with pytest.raises(ValidationError, match="Unbekannte Platzhalter: {Geburtstag}"):
        letters.compose(db, to, "Hallo", "{Anrede} zum {Geburtstag}")
    with pytest.raises(ValidationError, match="Niemand kann per Post"):
        letters.compose(db, [], "Hallo", "{Anrede}")


# -- from a Word template ---------------------------------------------------------------


def word_template(path):
    """A letter template as an office makes it in Word: the placeholder {Vorname} cut
    into three runs, the way Word's spelling check leaves it."""
    from docx import Document

    document = Document()
    document.sections[0].header.paragraphs[0].text = "{Stelle} · Markt 1"
    document.add_paragraph("{Adresse}")
    salutation = document.add_paragraph()
    salutation.add_run("Liebe*r {")
    salutation.add_run("Vorname")
    salutation.add_run("} {Nachname},")
    document.add_paragraph(
        "wir laden Sie zum {Veranstaltung} ein – Fragen & Antworten <inklusive>."
    )
    document.save(path)
    return path


def test_a_word_template_makes_one_docx_with_a_letter_per_person(db, people, tmp_path):
    from docx import Document

    to = addressees(db, "volunteer", found(db))
    template = word_template(tmp_path / "Vorlage.docx")
    out = tmp_path / "Briefe.docx"
    count = letters.write_docx_letters(
        db, to, template, out, shared={"Veranstaltung": "Ehrenamtsforum & Fest"}
    )
    assert count == 2
    document = Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert texts[:3] == [
        "Jörg Äbischer\nLindenstraße 4\n19053 Schwerin",
        "Liebe*r Jörg Äbischer,",
        "wir laden Sie zum Ehrenamtsforum & Fest ein – Fragen & Antworten <inklusive>.",
    ]
    assert texts[3:5] == ["Ольга Petrowa\nAm Markt 12a\n19055 Schwerin", "Liebe*r Ольга Petrowa,"]
    assert document.paragraphs[3].paragraph_format.page_break_before  # a new page each
    assert document.sections[0].header.paragraphs[0].text == "Servicestelle Integration · Markt 1"
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_word_template_with_an_unknown_placeholder_is_refused(db, people, tmp_path):
    from docx import Document

    to = addressees(db, "volunteer", found(db))
    document = Document()
    document.add_paragraph("Hallo {Vorname}, am {Geburtstag} …")
    document.save(tmp_path / "Falsch.docx")
    with pytest.raises(ValidationError, match=r"\{Geburtstag\}"):
        letters.write_docx_letters(db, to, tmp_path / "Falsch.docx", tmp_path / "Briefe.docx")
    assert not (tmp_path / "Briefe.docx").exists()
    assert letters.docx_placeholders(tmp_path / "Falsch.docx") == ["Vorname", "Geburtstag"]
