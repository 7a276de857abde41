"""The form of a volunteer: the plain fields plus languages with level, activity
fields, the availability grid and who created and changed the record."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.services.lists import ActivityFieldService, DistrictService, LanguageService
from servicestelle.services.organisations import OrganisationService
from servicestelle.services.volunteers import VolunteerService

from ..formatting import format_value
from .record_form import RecordForm
from .widgets import AvailabilityEditor, CheckList, LanguageTable


class VolunteerForm(RecordForm):
    """RecordForm for a volunteer's plain fields, with the related lists beside them."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        fields = VolunteerService.fields
        layout = [
            (
                QCoreApplication.translate("VolunteerForm", "Person"),
                [
                    "last_name",
                    "first_name",
                    "salutation",
                    "birth_date",
                    "status",
                    "since",
                    "left_on",
                    "left_reason",
                ],
            ),
            (
                QCoreApplication.translate("VolunteerForm", "Kontakt"),
                ["phone", "email", "street", "postcode", "city", "district_id"],
            ),
            (
                QCoreApplication.translate("VolunteerForm", "Engagement"),
                [
                    "skills",
                    "organisation_id",
                    "max_pairings",
                    "availability",
                    "availability_note",
                ],
            ),
            (QCoreApplication.translate("VolunteerForm", "Notizen"), ["notes"]),
        ]
        self.language_choices = LanguageService(db).choices()
        self.activity_choices = ActivityFieldService(db).choices()
        super().__init__(
            fields,
            layout,
            choices={
                "district_id": DistrictService(db).choices,
                "organisation_id": OrganisationService(db).choices,
            },
            editors={"availability": AvailabilityEditor("availability", fields["availability"])},
            parent=parent,
        )
        self.db = db
        skills = self.editors["skills"].widget
        skills.setPlaceholderText(self.tr("z. B. Schreiner, Erzieherin, Buchhaltung"))
        skills.setToolTip(
            self.tr(
                "Beruf, Ausbildung oder was die Person gut kann – wird durchsucht und beim "
                "Vorschlagen genannt, wenn es zur Anfrage passt."
            )
        )
        since = self.editors["since"].focus_widget
        since.setToolTip(
            self.tr("Wird beim ersten Wechsel zu »aktiv« mit dem Tag gefüllt; änderbar.")
        )

    # -- layout --------------------------------------------------------------------

    def _arrange(self, columns: int) -> None:
        self.languages = LanguageTable(self.language_choices)
        self.languages.changed.connect(lambda: self._link_edited("languages"))
        self.activities = CheckList(self.activity_choices)
        self.activities.changed.connect(lambda: self._link_edited("activity_field_ids"))
        self.link_errors: dict[str, QLabel] = {}

        language_box = QGroupBox(self.tr("Sprachen"))
        language_layout = QVBoxLayout(language_box)
        language_layout.addWidget(self.languages)
        language_layout.addWidget(self._link_error_label("languages"))
        activity_box = QGroupBox(self.tr("Tätigkeitsfelder"))
        activity_layout = QVBoxLayout(activity_box)
        activity_layout.addWidget(self.activities)
        activity_layout.addWidget(self._link_error_label("activity_field_ids"))

        self.info = QLabel()
        self.info.setObjectName("recordInfo")
        self.info.setWordWrap(True)
        self.info.setEnabled(False)  # shown greyed: information, not an input

        groups = self.groups
        titles = list(groups)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        left = QVBoxLayout()
        left.addWidget(groups[titles[0]])
        left.addWidget(groups[titles[1]])
        left.addWidget(groups[titles[3]], 1)
        right = QVBoxLayout()
        right.addWidget(groups[titles[2]])
        right.addWidget(language_box)
        right.addWidget(activity_box, 1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.form_error)
        outer.addLayout(grid, 1)
        outer.addWidget(self.info)

    def _link_error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setProperty("role", "fieldError")
        label.setWordWrap(True)
        label.hide()
        self.link_errors[name] = label
        return label

    # -- values --------------------------------------------------------------------

    def load(self, record: Any | None, defaults: Mapping[str, Any] | None = None) -> None:
        self._loading = True
        try:
            if record is None:
                self.languages.set_entries([])
                self.activities.set_checked([])
            else:
                self.languages.set_entries(
                    [(link.language_id, link.level) for link in record.languages]
                )
                names = {
                    link.activity_field_id: link.activity_field.name for link in record.activities
                }
                self.activities.set_checked(
                    [link.activity_field_id for link in record.activities],
                    names=lambda i: names.get(i, f"Nr. {i}"),
                )
        finally:
            self._loading = False
        super().load(record, defaults)
        self._link_baseline = self._link_values()
        self.info.setText(self._info_text(record))

    def _info_text(self, record: Any | None) -> str:
        if record is None:
            return self.tr("Neuer Eintrag, noch nicht gespeichert.")
        created = format_value(record.created_at, "datetime")
        updated = format_value(record.updated_at, "datetime")
        parts = [
            self.tr("Angelegt {when} von {who}").format(
                when=created, who=record.created_by or self.tr("unbekannt")
            )
        ]
        if record.updated_at and record.updated_at != record.created_at:
            parts.append(
                self.tr("zuletzt geändert {when} von {who}").format(
                    when=updated, who=record.updated_by or self.tr("unbekannt")
                )
            )
        return " · ".join(parts)

    def _link_values(self) -> dict[str, Any]:
        return {
            "languages": sorted(self.languages.entries()),
            "activity_field_ids": self.activities.checked(),
        }

    def _changed_links(self) -> dict[str, Any]:
        now = self._link_values()
        return {k: v for k, v in now.items() if v != self._link_baseline.get(k)}

    def values(self) -> dict[str, Any]:
        result = super().values()
        links = self._link_values() if self.is_new else self._changed_links()
        for name, value in links.items():
            if value or not self.is_new:
                result[name] = value
        return result

    def changed_names(self) -> list[str]:
        names = super().changed_names()
        if hasattr(self, "_link_baseline"):
            names += list(self._changed_links())
        return names

    def changes(self) -> dict[str, Any]:
        result = super().changes()
        result.update(self._changed_links())
        return result

    def apply_changes(self, changes: Mapping[str, Any]) -> None:
        super().apply_changes(changes)
        if "languages" in changes:
            self.languages.set_entries(changes["languages"])
        if "activity_field_ids" in changes:
            self.activities.set_checked(changes["activity_field_ids"])

    # -- errors --------------------------------------------------------------------

    def show_errors(self, field_errors: Mapping[str, str]) -> list[str]:
        rest = super().show_errors(field_errors)
        for name, label in self.link_errors.items():
            message = field_errors.get(name)
            if message:
                label.setText(message)
                label.show()
        return [m for m in rest if m not in {field_errors.get(n) for n in self.link_errors}]

    def error_text(self, name: str) -> str:
        if name in self.link_errors:
            label = self.link_errors[name]
            return label.text() if not label.isHidden() else ""
        return super().error_text(name)

    def clear_errors(self) -> None:
        super().clear_errors()
        for label in getattr(self, "link_errors", {}).values():
            label.hide()

    def _link_edited(self, name: str) -> None:
        if self._loading:
            return
        self.link_errors[name].hide()
        self.changed.emit()
