"""Hours worked by volunteers, for a pairing, a request or an event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import models as m
from ..errors import ValidationError
from ..i18n import _
from ..validation import Field, not_in_future
from .base import Column, EntityService, Filter
from .people import in_values

H = m.HoursEntry


class HoursService(EntityService[m.HoursEntry]):
    model = m.HoursEntry
    entity = "hours_entry"
    can_delete = True
    fields: ClassVar[Mapping[str, Field]] = {
        "volunteer_id": Field("Ehrenamtliche*r", kind="ref", required=True),
        "worked_on": Field("Am", kind="date", required=True, check=not_in_future),
        "hours": Field("Stunden", kind="decimal", required=True, minimum=0.25, maximum=24),
        "pairing_id": Field("Patenschaft", kind="ref"),
        "request_id": Field("Hilfsanfrage", kind="ref"),
        "event_id": Field("Veranstaltung", kind="ref"),
        "activity_field_id": Field("Tätigkeitsfeld", kind="ref"),
        "description": Field("Tätigkeit", max_len=300),
    }
    columns: ClassVar[Mapping[str, Column]] = {
        "worked_on": Column("Am", H.worked_on, kind="date"),
        "hours": Column("Stunden", H.hours, kind="decimal"),
        "description": Column("Tätigkeit", H.description),
    }
    filters: ClassVar[Mapping[str, Filter]] = {
        "volunteer": Filter("Ehrenamtliche*r", in_values(H.volunteer_id), kind="ref"),
        "pairing": Filter("Patenschaft", in_values(H.pairing_id), kind="ref"),
        "request": Filter("Hilfsanfrage", in_values(H.request_id), kind="ref"),
        "from": Filter("ab", lambda v: H.worked_on >= v, kind="date_from"),
        "to": Filter("bis", lambda v: H.worked_on <= v, kind="date_to"),
    }
    default_sort = (("worked_on", True),)

    def record(
        self, volunteer_id: int, hours: Any, worked_on: Any = None, **values: Any
    ) -> m.HoursEntry:
        return self.create(
            volunteer_id=volunteer_id, hours=hours, worked_on=worked_on or dt.date.today(), **values
        )

    def _validate_record(self, session: Session, obj: m.HoursEntry) -> None:
        pairing = session.get(m.Pairing, obj.pairing_id) if obj.pairing_id else None
        if pairing is not None and pairing.volunteer_id != obj.volunteer_id:
            raise ValidationError(
                {"pairing_id": _("Patenschaft: gehört zu einer*m anderen Ehrenamtlichen.")}
            )

    def total(
        self, volunteer_id: int, start: dt.date | None = None, end: dt.date | None = None
    ) -> Decimal:
        conditions = [H.volunteer_id == volunteer_id]
        if start:
            conditions.append(H.worked_on >= start)
        if end:
            conditions.append(H.worked_on <= end)
        with self.db.read() as session:
            value = session.scalar(select(func.coalesce(func.sum(H.hours), 0)).where(*conditions))
        return Decimal(str(value)).quantize(Decimal("0.01"))
