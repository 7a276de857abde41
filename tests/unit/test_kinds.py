"""The registry of record kinds is complete and agrees with the rest of the core, and
every write reports what it changed (the change notification the screens listen to)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from servicestelle import kinds
from servicestelle.changes import EVERY, Changes
from servicestelle.exporting.service import ENTITIES, service_for
from servicestelle.importing.service import ImportService
from servicestelle.models import ContactNote
from servicestelle.printing import DOCUMENTS, documents_for
from servicestelle.search import BY_ENTITY
from servicestelle.services.notes import ContactNoteService
from servicestelle.services.volunteers import VolunteerService


@pytest.mark.parametrize("key", list(kinds.KINDS))
def test_each_kind_names_its_service_model_and_table_alike(sqlite_db, key):
    kind = kinds.kind(key)
    service = kind.service(sqlite_db)
    assert service.entity == key
    assert service.model is kind.model
    assert kind.model.__tablename__ == key
    assert kind.label and kind.plural and kind.plural != kind.label


def test_lists_exports_printouts_search_and_notes_use_registered_kinds(sqlite_db):
    assert ENTITIES == kinds.LISTS
    for list_key, kind in kinds.BY_LIST.items():
        assert service_for(sqlite_db, list_key).entity == kind.key
        if kind.list_document is not None:
            assert kind.list_document in DOCUMENTS
    for document in DOCUMENTS.values():
        assert document.entity is None or document.entity in kinds.KINDS
    assert set(BY_ENTITY) <= set(kinds.KINDS)
    for key, column in kinds.NOTE_COLUMNS.items():
        assert column in ContactNote.__table__.c, key
    assert documents_for("volunteer") == ["profile", "certificate", "consent_form"]
    assert documents_for("newcomer") == ["consent_form_newcomer"]


def test_an_unknown_kind_is_named_in_the_error():
    with pytest.raises(ValueError, match="bekannt: volunteer"):
        kinds.kind("request")
    with pytest.raises(ValueError, match="unbekannte Liste"):
        kinds.of_list("volunteer")


def test_a_record_reads_by_its_kind(sqlite_db):
    volunteer = VolunteerService(sqlite_db).create(first_name="Erika", last_name="Muster")
    assert kinds.kind("volunteer").title(volunteer) == "Erika Muster"
    unnamed = VolunteerService(sqlite_db).create(last_name="X")
    assert kinds.kind("volunteer").title(unnamed) == "X"


def test_notes_belong_to_kinds_by_their_one_name(sqlite_db):
    from servicestelle.services.requests import HelpRequestService

    request = HelpRequestService(sqlite_db).create(
        title="Begleitung zum Amt", received_on=dt.date.today().isoformat()
    )
    notes = ContactNoteService(sqlite_db)
    notes.add("help_request", request.id, subject="Rückruf")
    assert [n.subject for n in notes.for_record("help_request", request.id)] == ["Rückruf"]


def test_every_write_reports_what_it_changed(db, tmp_path: Path):
    seen: list[Changes] = []
    db.subscribe(seen.append)
    service = VolunteerService(db)
    created = service.create(first_name="Erika", last_name="Muster")
    assert seen[-1].concerns_record("volunteer", created.id)
    service.update(created.id, created.version, languages=[("de", "Muttersprache")])
    assert seen[-1].concerns_record("volunteer", created.id)  # link rows under their parent
    ContactNoteService(db).add("volunteer", created.id, subject="Anruf")
    assert seen[-1].concerns("contact_note")
    count = len(seen)
    with pytest.raises(Exception):  # noqa: B017 - a failed write reports nothing
        service.create(last_name="")
    assert len(seen) == count

    book = Workbook()
    book.active.append(["Name", "Vorname"])
    book.active.append(["Neumann", "Nina"])
    book.save(tmp_path / "liste.xlsx")
    importer = ImportService(db)
    preview = importer.read("volunteer", tmp_path / "liste.xlsx")
    importer.run(importer.plan("volunteer", preview), preview)
    assert seen[-1].concerns_record("volunteer", EVERY)
    db.unsubscribe(seen.append)
