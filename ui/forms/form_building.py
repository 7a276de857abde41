"""Which form for which kind of record: the volunteer's own, else one built from the
service's fields (in groups where a kind has them), with its choices, pickers and
special editors; and the titles of record windows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from servicestelle import kinds
from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.services.base import EntityService
from servicestelle.validation import Field

from .record_form import RecordForm


def _person_finder(
    db: Database, entity: str
) -> tuple[Callable[[str], list[tuple[int, str]]], Callable[[int], str]]:
    """Find volunteers or newcomers by name (the global search), and name one by id."""
    from servicestelle.services.global_search import search

    def find(text: str) -> list[tuple[int, str]]:
        from .step_dialogs import person_titles  # with birth year and district

        hits = [h for h in search(db, text, limit=40) if h.entity == entity][:15]
        return person_titles(db, entity, hits)

    def name(record_id: int) -> str:
        try:
            return _service(db, entity).get(record_id).sort_name  # type: ignore[no-any-return]
        except ServiceError:
            return QCoreApplication.translate("FormDialog", "Nr. {id}").format(id=record_id)

    return find, name


def _service(db: Database, entity: str) -> EntityService[Any]:
    from ..kinds import screen

    screen(entity)  # a ValueError for a kind without a form
    return kinds.kind(entity).service(db)


def new_title(entity: str) -> str:
    from ..kinds import screen

    return screen(entity).new_window_title()


def build_form(db: Database, entity: str, service: EntityService[Any]) -> RecordForm:
    """The form for ``entity``: the volunteer's own, else the generic one in one group
    (fields the workflow changes left out)."""
    from servicestelle.services.lists import (
        ActivityFieldService,
        DistrictService,
    )
    from servicestelle.services.organisations import OrganisationService

    if entity == "volunteer":
        from .volunteer_form import VolunteerForm

        return VolunteerForm(db)
    from .widgets import AvailabilityEditor

    fields: dict[str, Field] = dict(service.fields)
    names = _form_order([n for n in service.fields if n not in service.read_only])
    custom: dict[str, Any] = {}
    if "languages" in service.link_fields:  # newcomers, help requests: languages with level
        from servicestelle.services.lists import LanguageService

        from .widgets import LanguagesEditor

        request = entity == "help_request"
        fields["languages"] = Field(
            QCoreApplication.translate("FormDialog", "Sprachen"), kind="languages"
        )
        custom["languages"] = LanguagesEditor(
            "languages",
            fields["languages"],
            LanguageService(db).choices(),
            level_attr="min_level" if request else "level",
            level_title=QCoreApplication.translate("FormDialog", "mindestens") if request else None,
        )
        after = "languages_required" if request else "children_count"
        names.insert(
            names.index(after) + (0 if request else 1) if after in names else len(names),
            "languages",
        )
    choices = {
        "district_id": DistrictService(db).choices,
        "organisation_id": OrganisationService(db).choices,
        "referred_by_id": OrganisationService(db).choices,
        "activity_field_id": ActivityFieldService(db).choices,
    }
    pickers = {
        name: _person_finder(db, target)
        for name, target in (("volunteer_id", "volunteer"), ("newcomer_id", "newcomer"))
        if name in names
    }
    editors = {
        name: AvailabilityEditor(name, service.fields[name])
        for name in ("needed_slots", "availability")
        if name in names
    }
    editors.update(custom)
    groups = FORM_GROUPS.get(entity)
    layout = (
        [
            (QCoreApplication.translate("FormDialog", title), [n for n in group if n in names])
            for title, group in groups
        ]
        if groups
        else [("", names)]  # the window's title names the kind of record already
    )
    form = RecordForm(
        fields,
        layout,
        choices={k: v for k, v in choices.items() if k in names},
        pickers=pickers,
        editors=editors,
    )
    if entity == "help_request":
        _district_follows_newcomer(db, form)
    return form


def _district_follows_newcomer(db: Database, form: RecordForm) -> None:
    """Choosing the newcomer a request is for fills in the newcomer's district while the
    request has none yet (it stays editable)."""
    picker, district = form.editors.get("newcomer_id"), form.editors.get("district_id")
    if picker is None or district is None:
        return
    edited = picker.on_change

    def chosen() -> None:
        edited()
        newcomer_id = picker.to_core()
        if not isinstance(newcomer_id, int) or district.to_core() is not None:
            return
        try:
            district_id = _service(db, "newcomer").get(newcomer_id).district_id
        except ServiceError:
            return
        if district_id is not None:
            district.set_raw(district_id)
            district.on_change()

    picker.on_change = chosen


def _form_order(names: list[str]) -> list[str]:
    """Fields in the order a form shows them: kind and status first, long texts last."""
    from .record_form import MULTILINE_FIELDS

    if "first_name" in names and "last_name" in names:  # surname first, as lists sort
        names = [n for n in names if n != "last_name"]
        names.insert(names.index("first_name"), "last_name")
    first = [n for n in ("kind", "status") if n in names]
    last = [n for n in names if n in MULTILINE_FIELDS]
    return first + [n for n in names if n not in first and n not in last] + last


# Forms whose fields come in more than one group: (title, field names).
FORM_GROUPS: dict[str, list[tuple[str, list[str]]]] = {
    "organisation": [
        (
            QT_TRANSLATE_NOOP("FormDialog", "Organisation"),
            [
                "name",
                "short_name",
                "kind",
                "street",
                "postcode",
                "city",
                "district_id",
                "phone",
                "email",
                "website",
                "members_count",
                "countries",
                "notes",
            ],
        ),
        (
            QT_TRANSLATE_NOOP("FormDialog", "Gründung und Gemeinnützigkeit (MSO)"),
            [
                "founding_stage",
                "statutes_on",
                "register_number",
                "registered_on",
                "charity_notice_on",
                "charity_notice_until",
            ],
        ),
    ],
}


def _pairing_title(db: Database) -> Callable[[Any], str]:
    def title(record: Any) -> str:
        volunteer = _person_finder(db, "volunteer")[1](record.volunteer_id)
        newcomer = _person_finder(db, "newcomer")[1](record.newcomer_id)
        return f"{volunteer} – {newcomer}"

    return title
