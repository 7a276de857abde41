"""The list filter "Einwilligung: gültig / fehlt" of volunteers and newcomers.

Valid means: a consent to storing the data, given on or before today and not withdrawn
by today. The day is taken when the query is built, so a list left open over midnight
counts the next day correctly on its next refresh.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, exists, not_, or_

from .. import models as m
from ..enums import ConsentState


def valid_consent(owner_column: Any, owner_id: Any, day: dt.date) -> ColumnElement[bool]:
    """EXISTS a consent of the owner valid on ``day``."""
    C = m.Consent  # noqa: N806
    return exists().where(
        owner_column == owner_id,
        C.storage.is_(True),
        C.given_on <= day,
        or_(C.withdrawn_on.is_(None), C.withdrawn_on > day),
    )


def consent_filter(owner_column: Any, owner_id: Any) -> Any:
    """A filter build function; its choices are the members of ``ConsentState``."""

    def build(value: Any) -> ColumnElement[bool]:
        values = value if isinstance(value, list | tuple | set) else [value]
        states = {ConsentState(str(getattr(v, "value", v))) for v in values}
        condition = valid_consent(owner_column, owner_id, dt.date.today())
        if states == {ConsentState.VALID}:
            return condition
        if states == {ConsentState.MISSING}:
            return not_(condition)
        return or_(condition, not_(condition))  # both chosen: everybody

    build.enum_class = ConsentState  # type: ignore[attr-defined]
    return build
