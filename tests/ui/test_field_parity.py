"""Every field and link a service accepts has an editor in its record window (or is
named below with the reason why it is set elsewhere): what the core can store, staff
can enter on screen."""

from __future__ import annotations

import pytest

from servicestelle import kinds
from servicestelle.db import Database
from ui.forms.form_dialog import open_record_dialog

# (kind, field) → why the record window has no editor for it. Empty today: the
# workflow-only fields (a pairing's or a request's status) are not among the fields the
# services accept for create and update; the workflow steps set them.
ELSEWHERE: dict[tuple[str, str], str] = {}


def _editable(dialog) -> set[str]:
    form = dialog.form
    names = set(form.editors)
    for link in ("languages", "activity_field_ids"):
        if hasattr(form, link if link == "languages" else "activities"):
            names.add(link)
    return names


@pytest.mark.parametrize("key", list(kinds.KINDS))
def test_every_field_the_core_accepts_has_an_editor(qtbot, sqlite_db: Database, key: str):
    kind = kinds.kind(key)
    service = kind.service(sqlite_db)
    dialog = open_record_dialog(None, sqlite_db, key, None)
    try:
        accepted = set(service.fields) | set(service.link_fields)
        missing = sorted(
            name
            for name in accepted - _editable(dialog)
            if (key, name) not in ELSEWHERE
        )
        assert missing == [], f"{key}: ohne Eingabefeld: {missing}"
    finally:
        dialog.close()


def test_the_exceptions_name_fields_that_exist(sqlite_db: Database):
    for key, name in ELSEWHERE:
        service = kinds.kind(key).service(sqlite_db)
        assert name in set(service.fields) | set(service.link_fields), (key, name)
