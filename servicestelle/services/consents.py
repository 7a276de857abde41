"""Consents (Einwilligungen) of volunteers, newcomers and contact persons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m
from ..errors import ServiceError, ValidationError
from ..i18n import N_, _
from ..validation import Field, not_before, not_in_future
from .base import Column, EntityService, Filter
from .people import current_consent, in_values

PERSONS: dict[str, tuple[str, type[m.Base]]] = {
    "volunteer": ("volunteer_id", m.Volunteer),
    "newcomer": ("newcomer_id", m.Newcomer),
    "contact_person": ("contact_person_id", m.ContactPerson),
}


class ConsentService(EntityService[m.Consent]):
    model = m.Consent
    entity = "consent"
    fields: ClassVar[Mapping[str, Field]] = {
        "volunteer_id": Field("Ehrenamtliche*r", kind="ref"),
        "newcomer_id": Field("Neuzugewanderte*r", kind="ref"),
        "contact_person_id": Field("Ansprechperson", kind="ref"),
        "given_on": Field("Erteilt am", kind="date", required=True, check=not_in_future),
        "storage": Field("Speicherung der Daten", kind="bool"),
        "contact_email": Field("Kontakt per E-Mail", kind="bool"),
        "contact_phone": Field("Kontakt per Telefon", kind="bool"),
        "contact_post": Field("Kontakt per Post", kind="bool"),
        "share_with_partners": Field("Weitergabe an Partnerorganisationen", kind="bool"),
        "photos": Field("Fotos", kind="bool"),
        "withdrawn_on": Field(
            "Widerrufen am", kind="date", check=not_before("given_on", N_("Erteilt am"))
        ),
        "note": Field("Anmerkung", max_len=300),
        "form_version": Field("Formular", max_len=80),
    }
    columns: ClassVar[Mapping[str, Column]] = {
        "given_on": Column("Erteilt am", m.Consent.given_on, kind="date"),
        "storage": Column("Speicherung", m.Consent.storage, kind="bool"),
        "contact_email": Column("E-Mail", m.Consent.contact_email, kind="bool"),
        "contact_phone": Column("Telefon", m.Consent.contact_phone, kind="bool"),
        "contact_post": Column("Post", m.Consent.contact_post, kind="bool"),
        "share_with_partners": Column("Weitergabe", m.Consent.share_with_partners, kind="bool"),
        "photos": Column("Fotos", m.Consent.photos, kind="bool"),
        "withdrawn_on": Column("Widerrufen am", m.Consent.withdrawn_on, kind="date"),
        "form_version": Column("Formular", m.Consent.form_version),
        "note": Column("Anmerkung", m.Consent.note),
    }
    filters: ClassVar[Mapping[str, Filter]] = {
        person: Filter(person, in_values(getattr(m.Consent, column)), kind="ref")
        for person, (column, _model) in PERSONS.items()
    }
    default_sort = (("given_on", True),)

    def give(self, person: str, person_id: int, **values: Any) -> m.Consent:
        """Record a consent of a person (``person``: volunteer, newcomer, contact_person)."""
        if person not in PERSONS:
            raise ServiceError(_("Einwilligungen gibt es für »{p}« nicht.", p=person))
        values.setdefault("given_on", dt.date.today())
        values.setdefault("storage", True)
        return self.create(**{PERSONS[person][0]: person_id}, **values)

    def form_version_for(self, person: str, person_id: int) -> str:
        """The version of the consent form printed for this person today (German, and
        their language where the form has a translation): what a consent signed on it
        records."""
        from ..consent_form import second_language, version_label
        from ..enums import LanguageLevel

        if person not in PERSONS:
            raise ServiceError(_("Einwilligungen gibt es für »{p}« nicht.", p=person))
        model = PERSONS[person][1]
        with self.db.read() as session:
            found = session.get(model, person_id)
            links = list(getattr(found, "languages", None) or [])
            levels = list(LanguageLevel)
            links.sort(key=lambda link: levels.index(link.level))
            codes = [link.language.code for link in links]
        return version_label(second_language(codes))

    def withdraw(self, consent_id: int, version: int | None, on: Any = None) -> m.Consent:
        return self.update(consent_id, version, withdrawn_on=on or dt.date.today())

    def _validate_record(self, session: Session, obj: m.Consent) -> None:
        owners = [
            (p, getattr(obj, c), model)
            for p, (c, model) in PERSONS.items()
            if getattr(obj, c) is not None
        ]
        if len(owners) != 1:
            raise ValidationError({"person": _("Eine Einwilligung gehört zu genau einer Person.")})
        _person, person_id, model = owners[0]
        if session.get(model, person_id) is None:
            raise ValidationError({"person": _("Die Person gibt es nicht.")})

    def current(self, person: str, person_id: int, day: dt.date | None = None) -> m.Consent | None:
        if person not in PERSONS:
            raise ServiceError(_("Einwilligungen gibt es für »{p}« nicht.", p=person))
        column = getattr(m.Consent, PERSONS[person][0])
        with self.db.read() as session:
            consents = session.scalars(select(m.Consent).where(column == person_id))
            return current_consent(consents, day)
