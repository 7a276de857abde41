"""PDF printouts read back with a text extractor: names in Latin, Cyrillic and Arabic
script, the page template on every page, header rows repeated, every document from demo
data, cancelling and errors."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import arabic_reshaper
import pytest
from pypdf import PdfReader

from servicestelle import models as m
from servicestelle.demo import generate
from servicestelle.enums import PairingStatus, VolunteerStatus
from servicestelle.errors import ServiceError
from servicestelle.printing import DOCUMENTS, PrintCancelled, render, suggested_name
from servicestelle.printing.text import fit, german_number, visual
from servicestelle.services.base import ListQuery
from servicestelle.services.events import EventService
from servicestelle.services.hours import HoursService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.pairings import PairingService
from servicestelle.services.settings import SettingsService
from servicestelle.services.volunteers import VolunteerService
from tests.conftest import database_template

TODAY = dt.date.today().strftime("%d.%m.%Y")
CONFIDENTIAL = "Vertraulich – enthält personenbezogene Daten"
PAGE = re.compile(r"Seite (\d+) von (\d+)")
BASE_ARABIC = re.compile(r"[\u0621-\u064a]")  # unjoined Arabic letters

NAMES = [
    ("Jürgen", "Müller-Lüdenscheidt"),
    ("Çağla", "Yıldız"),
    ("Олена", "Шевченко"),
    ("سامر", "ناصر"),
]


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def has_arabic(text: str, word: str) -> bool:
    """``word`` is drawn joined: its presentation forms appear (extractors give them in
    logical or in drawing order)."""
    shaped = arabic_reshaper.reshape(word)
    return shaped in text or shaped[::-1] in text


def check_template(texts: list[str], title: str) -> None:
    for number, text in enumerate(texts, 1):
        assert title in text, number
        assert CONFIDENTIAL in text, number
        assert f"Gedruckt am {TODAY}" in text, number
        assert PAGE.findall(text) == [(str(number), str(len(texts)))], number


def _people(sqlite_db):
    """Volunteers and pairings with names in four scripts, plus enough others for pages."""
    volunteers = VolunteerService(sqlite_db)
    newcomers = NewcomerService(sqlite_db)
    pairings = PairingService(sqlite_db)
    ids = []
    for first, last in NAMES:
        v = volunteers.create(first_name=first, last_name=last, status=VolunteerStatus.ACTIVE)
        n = newcomers.create(first_name=first[::-1], last_name=last)
        p = pairings.propose(v.id, n.id, focus="Deutsch üben")
        pairings.start(p.id, None, next_checkin_on=dt.date.today() + dt.timedelta(days=30))
        ids.append(v.id)
    for i in range(130):
        volunteers.create(
            first_name=f"Vorname{i:03d}",
            last_name=f"Zacharias{i:03d}",
            email=f"sehr.lange.adresse.ohne.leerzeichen.{i}@beispiel-verein-schwerin.de",
            status=VolunteerStatus.INTERESTED,
        )
    return ids


# Made once per module; each test that asks for ``people`` gets a copy of it as its
# ``sqlite_db`` (see tests/conftest.py).
db_template = database_template(_people)


@pytest.fixture
def people(sqlite_db, db_template):
    """The ids of the volunteers in pairings."""
    return db_template.result(sqlite_db)


def test_volunteer_list_has_every_name_and_the_template_on_every_page(sqlite_db, people, tmp_path):
    out = tmp_path / "ehrenamtliche.pdf"
    result = render(sqlite_db, "volunteers", out)
    texts = pages_text(out)
    assert result.pages == len(texts) >= 3
    check_template(texts, "Ehrenamtlichenliste")
    for text in texts:  # the header row repeats on every page
        assert "Nachname" in text and "Vorname" in text and "E-Mail" in text
    everything = "\n".join(texts)
    assert "Müller-Lüdenscheidt" in everything
    assert "Yıldız" in everything and "Çağla" in everything
    assert "Шевченко" in everything and "Олена" in everything
    assert has_arabic(everything, "ناصر") and has_arabic(everything, "سامر")
    assert not BASE_ARABIC.search(everything)  # every Arabic letter joined
    assert "Zacharias129" in everything
    # a long address without spaces wraps in its column instead of being cut off
    flat = everything.replace("\n", "")
    assert "sehr.lange.adresse.ohne.leerzeichen.7@beispiel-verein-schwerin.de" in flat


def test_pairing_list_groups_by_status_and_by_district(sqlite_db, people, tmp_path):
    out = tmp_path / "paten.pdf"
    render(sqlite_db, "pairings", out)
    text = "\n".join(pages_text(out))
    assert "Patenschaftsliste" in text and "Status: aktiv (4)" in text
    for header in ("Neuzugewanderte*r", "Seit", "Schwerpunkt", "Telefon", "Nachfragen"):
        assert header in text
    assert TODAY in text  # "seit" is today, in German format
    assert "Шевченко" in text and has_arabic(text, "ناصر")
    render(sqlite_db, "pairings", out, group_by="district")
    assert "Stadtteil: –" in "\n".join(pages_text(out))
    render(sqlite_db, "pairings", out, group_by=None, filters={"status": "beendet"})
    text = "\n".join(pages_text(out))
    assert "0 Patenschaften" in text and "Status: beendet" in text


def test_list_takes_a_query_and_columns(sqlite_db, people, tmp_path):
    out = tmp_path / "auswahl.pdf"
    query = ListQuery(filters={"status": "aktiv"}, sort=[("last_name", True)])
    render(sqlite_db, "volunteers", out, query=query, columns=["last_name", "phone"])
    texts = pages_text(out)
    assert len(texts) == 1
    assert "4 Ehrenamtliche · Status: aktiv" in texts[0]
    assert "Vorname" not in texts[0] and "Telefon" in texts[0]
    assert texts[0].index("Yıldız") < texts[0].index("Müller-Lüdenscheidt")  # descending
    with pytest.raises(ServiceError, match="Unbekannte Spalte"):
        render(sqlite_db, "volunteers", out, columns=["nope"])


def test_wide_lists_print_landscape_and_records_portrait(sqlite_db, people, tmp_path):
    wide = tmp_path / "wide.pdf"
    render(sqlite_db, "volunteers", wide)
    box = PdfReader(str(wide)).pages[0].mediabox
    assert box.width > box.height
    narrow = tmp_path / "narrow.pdf"
    render(sqlite_db, "volunteers", narrow, columns=["last_name", "first_name"])
    box = PdfReader(str(narrow)).pages[0].mediabox
    assert box.width < box.height


def test_profile_and_certificate_of_one_volunteer(sqlite_db, people, tmp_path):
    SettingsService(sqlite_db).set("office.name", "Servicestelle Integration Schwerin")
    SettingsService(sqlite_db).set("office.address", "Am Packhof 2-6\n19053 Schwerin")
    volunteer = people[3]  # the Arabic name
    HoursService(sqlite_db).record(volunteer, "2,5", description="Begleitung zum Amt")
    HoursService(sqlite_db).record(volunteer, 4, description="Begleitung zum Amt")
    profile = tmp_path / "profil.pdf"
    render(sqlite_db, "profile", profile, record_id=volunteer)
    text = "\n".join(pages_text(profile))
    check_template(pages_text(profile), "Profilblatt")
    assert "Servicestelle Integration Schwerin" in text
    assert has_arabic(text, "سامر") and "Patenschaften (1)" in text
    assert "6,5 Stunden" in text

    certificate = tmp_path / "nachweis.pdf"
    render(sqlite_db, "certificate", certificate, record_id=volunteer, start="01.01.2020")
    texts = pages_text(certificate)
    assert len(texts) == 1
    text = texts[0]
    assert "Ehrenamtsnachweis" in text and "Am Packhof 2-6" in text
    assert "01.01.2020" in text and TODAY in text
    # The hours by kind, without their notes (they stay internal).
    assert "Sonstige Tätigkeit" in text and "6,5" in text
    assert "Begleitung zum Amt" not in text
    assert "Unterschrift, Stempel" in text and "Seite 1 von 1" in text
    with pytest.raises(ServiceError, match="Ende liegt vor dem Beginn"):
        render(sqlite_db, "certificate", certificate, record_id=volunteer, start="01.01.2099")


def test_attendance_list_has_a_signature_column_on_every_page(sqlite_db, people, tmp_path):
    events = EventService(sqlite_db)
    event = events.create(title="Ehrenamtsforum I/2026", starts_at="2026-03-05 17:30")
    with sqlite_db.read() as session:
        everyone = [v.id for v in session.query(m.Volunteer).order_by(m.Volunteer.id)]
    events.invite(event.id, everyone)
    out = tmp_path / "teilnahme.pdf"
    result = render(sqlite_db, "attendance", out, record_id=event.id)
    texts = pages_text(out)
    assert result.pages == len(texts) > 1
    check_template(texts, "Einladungs- und Teilnahmeliste")
    for text in texts:
        assert "Unterschrift" in text and "Name" in text
    assert "05.03.2026, 17:30" in texts[0]
    assert "Шевченко, Олена" in "\n".join(texts)


def test_key_figures_report(sqlite_db, people, tmp_path):
    out = tmp_path / "bericht.pdf"
    render(sqlite_db, "report", out, start="01.01.2020")
    text = "\n".join(pages_text(out))
    assert "Kennzahlenbericht" in text and "Bestand nach Status" in text
    assert "Ehrenamtliche nach Status" in text  # a chart's title
    assert "Begonnene Patenschaften" in text


def test_every_document_from_demo_data(db, tmp_path):
    generate(db, 60, seed=3)
    with db.read() as session:
        volunteer = session.query(m.Volunteer.id).order_by(m.Volunteer.id).first()[0]
        newcomer = session.query(m.Newcomer.id).order_by(m.Newcomer.id).first()[0]
        event = session.query(m.Event.id).order_by(m.Event.id).first()[0]
    records = {"volunteer": volunteer, "newcomer": newcomer, "event": event}
    for key, document in DOCUMENTS.items():
        params = {}
        if document.entity is not None:
            params["record_id"] = records[document.entity]
        out = tmp_path / suggested_name(key)
        result = render(db, key, out, **params)
        texts = pages_text(out)
        assert result.pages == len(texts) >= 1, key
        # Every printout is marked confidential, but the certificate: the volunteer
        # hands it to an employer.
        assert all((CONFIDENTIAL in t) == (key != "certificate") for t in texts), key


def test_progress_and_cancel_leave_no_half_file(sqlite_db, people, tmp_path):
    folder = tmp_path / "ausgabe"
    folder.mkdir()
    out = folder / "abgebrochen.pdf"
    calls: list[tuple[int, int]] = []
    render(sqlite_db, "volunteers", out, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1][0] == len(pages_text(out)) and all(d <= t for d, t in calls)
    out.unlink()
    with pytest.raises(PrintCancelled):
        render(sqlite_db, "volunteers", out, cancel=lambda: True)
    assert list(folder.iterdir()) == []


def test_errors_are_german(sqlite_db, tmp_path):
    with pytest.raises(ServiceError, match="Unbekanntes Dokument"):
        render(sqlite_db, "nope", tmp_path / "x.pdf")
    with pytest.raises(ServiceError, match="bitte einen Datensatz"):
        render(sqlite_db, "profile", tmp_path / "x.pdf")
    with pytest.raises(ServiceError, match="gibt es nicht"):
        render(sqlite_db, "profile", tmp_path / "x.pdf", record_id=999)
    with pytest.raises(ServiceError, match="nicht geschrieben"):
        render(sqlite_db, "report", tmp_path / "kein" / "ordner.pdf")


def test_arabic_is_joined_and_right_to_left():
    word = "سامر"
    shown = visual(word)
    assert not BASE_ARABIC.search(shown)
    # drawn left to right: the final form of the last letter (ر) comes first
    assert shown[0] == "\ufeae" and shown == arabic_reshaper.reshape(word)[::-1]
    assert visual("Müller") == "Müller"
    # a line break splits an Arabic text in logical order, each line then reversed
    wrapped = fit("سامر ناصر " * 6, "DejaVuSans", 8.5, 60)
    assert "\n" in wrapped and not BASE_ARABIC.search(wrapped)


def test_german_numbers_and_names():
    assert german_number(1234.5) == "1.234,5"
    assert german_number(3) == "3"
    assert suggested_name("pairings", dt.date(2026, 11, 22)) == "Patenschaftsliste_2026-11-22.pdf"
    assert PairingStatus.ACTIVE.label == "aktiv"
