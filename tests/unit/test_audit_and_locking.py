"""Every change is in the audit log; nobody overwrites somebody else's edit unseen."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from servicestelle.db import open_database
from servicestelle.enums import AuditAction
from servicestelle.errors import ConflictError, ValidationError
from servicestelle.models import AuditEntry
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.pairings import PairingService
from servicestelle.services.volunteers import VolunteerService


def audit_rows(db, entity, entity_id):
    with db.read() as session:
        return session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id)
        ).all()


def test_creation_and_each_changed_field_are_logged_with_user_and_values(db):
    service = VolunteerService(db)
    volunteer = service.create(last_name="Müller", first_name="Käthe", status="interessiert")
    service.update(volunteer.id, volunteer.version, status="aktiv", first_name="Käthe",
                   notes="spricht gern Englisch")
    rows = audit_rows(db, "volunteer", volunteer.id)
    created = [r for r in rows if r.action is AuditAction.CREATE]
    assert created[0].field is None
    assert {(r.field, r.new_value) for r in created[1:]} >= {
        ("last_name", "Müller"), ("first_name", "Käthe"), ("status", "interessiert")}
    changed = [(r.field, r.old_value, r.new_value) for r in rows
               if r.action is AuditAction.UPDATE]
    # Unchanged first_name is not logged; changes carry old → new in readable German
    # (»Aktiv seit« is filled when the status first becomes active).
    today = dt.date.today().strftime("%d.%m.%Y")
    assert sorted(changed) == [("notes", None, "spricht gern Englisch"),
                               ("since", None, today),
                               ("status", "interessiert", "aktiv")]
    assert {r.user for r in rows} == {"Frau Test"}


def test_language_links_are_logged_on_the_volunteer(db):
    service = VolunteerService(db)
    volunteer = service.create(last_name="Rahimi", languages=[("prs", "muttersprache")])
    service.update(volunteer.id, volunteer.version, languages=[])
    fields = [(r.field, r.old_value, r.new_value) for r in audit_rows(db, "volunteer", volunteer.id)
              if r.field and r.field.startswith("Sprache")]
    assert fields == [("Sprache Dari", None, "Muttersprache"),
                      ("Sprache Dari", "Muttersprache", None)]


def test_archiving_and_workflow_steps_are_logged(db):
    volunteer = VolunteerService(db).create(last_name="Weiß", status="aktiv")
    newcomer = NewcomerService(db).create(last_name="Ahmadi")
    pairings = PairingService(db)
    pairing = pairings.propose(volunteer.id, newcomer.id)
    pairings.start(pairing.id, pairing.version)
    statuses = [(r.old_value, r.new_value) for r in audit_rows(db, "pairing", pairing.id)
                if r.field == "status"]
    assert statuses == [(None, "vorgeschlagen"), ("vorgeschlagen", "aktiv")]
    VolunteerService(db).archive(volunteer.id, volunteer.version)
    assert any(r.field == "archived_at" for r in audit_rows(db, "volunteer", volunteer.id))


def test_a_failed_save_leaves_no_audit_entry(db):
    service = VolunteerService(db)
    volunteer = service.create(last_name="Lange")
    before = len(audit_rows(db, "volunteer", volunteer.id))
    with pytest.raises(ValidationError):
        service.update(volunteer.id, volunteer.version, email="kaputt@")
    assert len(audit_rows(db, "volunteer", volunteer.id)) == before


def test_second_save_of_the_same_version_is_refused_naming_who_changed_it(db_url):
    office_a = open_database(db_url, user="Frau R.")
    office_b = open_database(db_url, user="Herr K.")
    try:
        created = VolunteerService(office_a).create(last_name="Hoffmann", first_name="Tobias")
        seen_by_a = VolunteerService(office_a).get(created.id)
        seen_by_b = VolunteerService(office_b).get(created.id)

        VolunteerService(office_b).update(seen_by_b.id, seen_by_b.version, notes="Telefon neu")
        with pytest.raises(ConflictError) as caught:
            VolunteerService(office_a).update(seen_by_a.id, seen_by_a.version,
                                              notes="hat keine Zeit mehr")
        assert caught.value.changed_by == "Herr K."
        assert "Herr K." in str(caught.value) and "erneut" in str(caught.value)

        # Re-applying on the current version works and keeps the other's change visible.
        current = VolunteerService(office_a).get(created.id)
        assert current.notes == "Telefon neu"
        saved = VolunteerService(office_a).update(current.id, current.version,
                                                  notes="Telefon neu; hat keine Zeit mehr")
        assert saved.version == current.version + 1
        assert saved.updated_by == "Frau R."
    finally:
        office_a.dispose()
        office_b.dispose()
