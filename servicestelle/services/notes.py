"""The contact log: dated notes on any record, with an optional follow-up date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m
from ..enums import ContactChannel
from ..errors import ServiceError, ValidationError
from ..i18n import _
from ..kinds import NOTE_COLUMNS, kind
from ..validation import Field, not_in_future
from .base import Column, EntityService, Filter
from .people import in_values

C = m.ContactNote
# The kinds of record a note can belong to (kind key → column of contact_note).
OWNERS = NOTE_COLUMNS


class ContactNoteService(EntityService[m.ContactNote]):
    model = m.ContactNote
    entity = "contact_note"
    can_delete = True
    fields: ClassVar[Mapping[str, Field]] = {
        **{column: Field("Bezug", kind="ref") for column in m.work.NOTE_OWNERS},
        "noted_on": Field("Datum", kind="date", required=True, check=not_in_future),
        "channel": Field("Weg", kind="enum", enum=ContactChannel, required=True),
        "subject": Field("Betreff", max_len=200),
        "text": Field("Notiz"),
        "follow_up_on": Field("Wiedervorlage am", kind="date"),
        "follow_up_done_on": Field("Wiedervorlage erledigt am", kind="date"),
        "staff": Field("Von", max_len=80),
    }
    columns: ClassVar[Mapping[str, Column]] = {
        "noted_on": Column("Datum", C.noted_on, kind="date"),
        "channel": Column("Weg", C.channel, kind="enum"),
        "subject": Column("Betreff", C.subject),
        "text": Column("Notiz", C.text),
        "follow_up_on": Column("Wiedervorlage", C.follow_up_on, kind="date"),
        "staff": Column("Von", C.staff),
    }
    filters: ClassVar[Mapping[str, Filter]] = {
        **{
            owner: Filter(owner, in_values(getattr(C, column)), kind="ref")
            for owner, column in OWNERS.items()
        },
        "follow_up_due": Filter(
            "Wiedervorlage fällig bis",
            lambda day: (C.follow_up_on <= day) & C.follow_up_done_on.is_(None),
            kind="date_to",
        ),
    }
    default_sort = (("noted_on", True),)

    def add(self, owner: str, owner_id: int, **values: Any) -> m.ContactNote:
        """A note on the record ``owner`` (volunteer, newcomer, pairing, help_request …)."""
        column = OWNERS.get(owner)
        if column is None:
            raise ServiceError(_("Kontaktnotizen gibt es für »{owner}« nicht.", owner=owner))
        values.setdefault("noted_on", dt.date.today())
        values.setdefault("channel", ContactChannel.PHONE)
        values.setdefault("staff", self.db.user)
        return self.create(**{column: owner_id}, **values)

    def _validate_record(self, session: Session, obj: m.ContactNote) -> None:
        owners = [(o, getattr(obj, c)) for o, c in OWNERS.items() if getattr(obj, c) is not None]
        if len(owners) != 1:
            raise ValidationError({"owner": _("Eine Notiz gehört zu genau einem Datensatz.")})
        owner, owner_id = owners[0]
        if session.get(kind(owner).model, owner_id) is None:
            raise ValidationError({"owner": _("Der Datensatz zur Notiz gibt es nicht.")})
        if not (obj.subject or obj.text):
            raise ValidationError({"text": _("Notiz: bitte Betreff oder Text eingeben.")})
        if obj.follow_up_on is not None and obj.follow_up_on < obj.noted_on:
            raise ValidationError({"follow_up_on": _("Wiedervorlage: liegt vor dem Datum.")})

    def for_record(self, owner: str, owner_id: int) -> list[m.ContactNote]:
        if owner not in OWNERS:
            raise ServiceError(_("Kontaktnotizen gibt es für »{owner}« nicht.", owner=owner))
        column = getattr(C, OWNERS[owner])
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(C).where(column == owner_id).order_by(C.noted_on.desc(), C.id.desc())
                )
            )

    def follow_up_done(
        self, note_id: int, version: int | None, on: dt.date | None = None
    ) -> m.ContactNote:
        return self.update(note_id, version, follow_up_done_on=on or dt.date.today())
