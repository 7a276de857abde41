"""Key figures: counted by the database, every status present, archived ones included."""

from __future__ import annotations

from sqlalchemy import func, select, update

from servicestelle import models as m
from servicestelle.demo import generate
from servicestelle.enums import (
    EventStatus,
    NewcomerStatus,
    OrganisationKind,
    PairingStatus,
    RequestStatus,
    VolunteerStatus,
)
from servicestelle.services.stats import format_figures, key_figures, labels

ENUMS = {
    "volunteers": VolunteerStatus,
    "newcomers": NewcomerStatus,
    "pairings": PairingStatus,
    "help_requests": RequestStatus,
    "events": EventStatus,
}
TABLES = {
    "volunteers": "volunteer",
    "newcomers": "newcomer",
    "pairings": "pairing",
    "help_requests": "help_request",
    "organisations": "organisation",
    "events": "event",
}


def test_an_empty_database_has_every_key_and_zeros(db):
    figures = key_figures(db)
    assert set(figures) == set(TABLES)
    for key, members in ENUMS.items():
        assert figures[key]["total"] == 0
        assert figures[key]["archived"] == 0
        assert figures[key]["by_status"] == {s.value: 0 for s in members}
    organisations = figures["organisations"]
    assert organisations["by_kind"] == {k.value: 0 for k in OrganisationKind}
    assert organisations["by_status"] == {"aktiv": 0, "archiviert": 0}


def test_figures_match_the_demo_data(db):
    written = generate(db, 300, seed=3)
    figures = key_figures(db)
    for key, table in TABLES.items():
        entry = figures[key]
        assert entry["total"] == written[table], key
        assert sum(entry["by_status"].values()) == entry["total"], key
        assert 0 <= entry["archived"] <= entry["total"]
    assert sum(figures["organisations"]["by_kind"].values()) == written["organisation"]
    with db.read() as session:
        active = session.scalar(select(func.count()).where(
            m.Volunteer.status == VolunteerStatus.ACTIVE))
        archived_pairings = session.scalar(select(func.count()).where(
            m.Pairing.archived_at.is_not(None)))
        ended = session.scalar(select(func.count()).where(
            m.Pairing.status == PairingStatus.ENDED))
    assert figures["volunteers"]["by_status"]["aktiv"] == active > 0
    assert figures["pairings"]["by_status"]["beendet"] == ended
    assert figures["pairings"]["archived"] == archived_pairings


def test_archived_records_stay_in_the_total(db):
    generate(db, 100, seed=5)
    before = key_figures(db)
    with db.session() as session:
        first = session.scalar(select(m.Organisation.id).where(
            m.Organisation.archived_at.is_(None)).order_by(m.Organisation.id).limit(1))
        session.execute(update(m.Organisation).where(m.Organisation.id == first)
                        .values(archived_at=m.utcnow()))
        volunteer = session.scalar(select(m.Volunteer.id).where(
            m.Volunteer.archived_at.is_(None)).limit(1))
        session.execute(update(m.Volunteer).where(m.Volunteer.id == volunteer)
                        .values(archived_at=m.utcnow()))
    after = key_figures(db)
    assert after["volunteers"]["total"] == before["volunteers"]["total"]
    assert after["volunteers"]["archived"] == before["volunteers"]["archived"] + 1
    organisations = after["organisations"]
    assert organisations["total"] == before["organisations"]["total"]
    assert organisations["by_status"]["archiviert"] == \
        before["organisations"]["by_status"]["archiviert"] + 1
    assert organisations["by_status"]["aktiv"] + organisations["by_status"]["archiviert"] == \
        organisations["total"]


def test_german_text_table():
    figures = {
        "volunteers": {"total": 1000, "archived": 12,
                       "by_status": {"interessiert": 100, "aktiv": 700, "pausiert": 88,
                                     "ausgeschieden": 112}},
        "help_requests": {"total": 3, "archived": 0,
                          "by_status": {"offen": 1, "in_vermittlung": 2, "vermittelt": 0,
                                        "erledigt": 0, "nicht_vermittelbar": 0}},
        "organisations": {"total": 2, "archived": 0,
                          "by_kind": {"mso": 1, "traeger": 1, "behoerde": 0,
                                      "schule_kita": 0, "verein": 0},
                          "by_status": {"aktiv": 2, "archiviert": 0}},
    }
    lines = format_figures(figures).splitlines()
    assert lines[0] == "Kennzahlen"
    volunteers = next(line for line in lines if line.startswith("Ehrenamtliche:"))
    assert "1.000" in volunteers
    assert "(interessiert 100, aktiv 700, pausiert 88, ausgeschieden 112; davon archiviert 12)" \
        in volunteers
    requests = next(line for line in lines if line.startswith("Hilfsanfragen:"))
    assert "in Vermittlung 2" in requests and "nicht vermittelbar 0" in requests
    organisations = next(line for line in lines if line.startswith("Organisationen:"))
    assert "MSO 1, Träger 1" in organisations
    # The numbers line up in one column.
    assert len({line.index("(") for line in lines[1:]}) == 1


def test_text_of_real_figures_names_every_kind_of_record(db):
    generate(db, 50)
    text = format_figures(key_figures(db))
    for title in ("Ehrenamtliche:", "Neuzugewanderte:", "Patenschaften:", "Hilfsanfragen:",
                  "Organisationen:", "Veranstaltungen:"):
        assert title in text


def test_labels_are_german():
    assert labels("help_requests")["in_vermittlung"] == "in Vermittlung"
    assert labels("organisations")["schule_kita"] == "Schule/Kita"
    assert labels("events")["durchgefuehrt"] == "durchgeführt"
