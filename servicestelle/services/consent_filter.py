"""What a person's consent allows, as SQL, and the list filter "Einwilligung" of
volunteers and newcomers built on it.

The rule, the same everywhere (record sheet, matching, invitations, this filter): the
latest consent valid on the day decides — valid means given on or before that day and
not withdrawn by then. A scope (storage, e-mail contact …) is allowed when that consent
has it. The day is taken when the query is built, so a list left open over midnight
counts the next day correctly on its next refresh.

``SCOPES`` is the one table of scopes: a consent column that is added here is offered by
the filter (and can be named by a contact channel in ``reach.py``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, not_, or_, select, true

from .. import models as m
from ..enums import LabeledEnum
from ..i18n import N_, _

# consent column → the filter's choice ("Einwilligung: E-Mail-Kontakt erlaubt")
SCOPES: dict[str, str] = {
    "contact_email": N_("E-Mail-Kontakt erlaubt"),
    "contact_phone": N_("Telefonkontakt erlaubt"),
    "contact_post": N_("Kontakt per Post erlaubt"),
    "share_with_partners": N_("Weitergabe an Partner erlaubt"),
    "photos": N_("Fotos erlaubt"),
}
VALID, MISSING = "gueltig", "fehlt"  # the values of ``ConsentState`` (enums.py)
_TEXTS: dict[str, str] = {VALID: N_("gültig"), MISSING: N_("fehlt"), **SCOPES}


class _Choice(LabeledEnum):
    """A choice of the filter, labelled from ``_TEXTS`` (not from enums' table)."""

    @property
    def label(self) -> str:
        return _(_TEXTS[self.value])

    @property
    def german(self) -> str:
        return _TEXTS[self.value]


# "gültig", "fehlt", then one choice per scope; the values are the consent's columns.
ConsentChoice = _Choice(  # type: ignore[call-arg]
    "ConsentChoice",
    [("VALID", VALID), ("MISSING", MISSING)] + [(key.upper(), key) for key in SCOPES],
    module=__name__,
)


def _valid(day: dt.date) -> tuple[ColumnElement[bool], ...]:
    """The conditions of a consent valid on ``day``."""
    C = m.Consent  # noqa: N806
    return (C.given_on <= day, or_(C.withdrawn_on.is_(None), C.withdrawn_on > day))


def allows(scope: str, owner_column: Any, owner_id: Any, day: dt.date) -> ColumnElement[bool]:
    """True where the owner's latest consent valid on ``day`` has ``scope`` (a column of
    the consent: storage, contact_email …); false without such a consent, never NULL."""
    C = m.Consent  # noqa: N806
    latest = (
        select(getattr(C, scope))
        .where(owner_column == owner_id, *_valid(day))
        .order_by(C.given_on.desc(), C.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return latest.is_(True)


def valid_consent(owner_column: Any, owner_id: Any, day: dt.date) -> ColumnElement[bool]:
    """The owner's consent valid on ``day`` allows storing the data ("gültig")."""
    return allows("storage", owner_column, owner_id, day)


def consent_filter(owner_column: Any, owner_id: Any) -> Any:
    """A filter build function; its choices are the members of ``ConsentChoice``.
    Several values chosen mean any of them (the list service asks once per value)."""

    def build(value: Any) -> ColumnElement[bool]:
        values = value if isinstance(value, list | tuple | set) else [value]
        today = dt.date.today()
        conditions = []
        for raw in values:
            choice = ConsentChoice(str(getattr(raw, "value", raw)))
            if choice == VALID:
                conditions.append(valid_consent(owner_column, owner_id, today))
            elif choice == MISSING:
                conditions.append(not_(valid_consent(owner_column, owner_id, today)))
            else:
                conditions.append(allows(choice.value, owner_column, owner_id, today))
        return or_(*conditions) if conditions else true()

    build.enum_class = ConsentChoice  # type: ignore[attr-defined]
    return build


__all__ = ["SCOPES", "ConsentChoice", "allows", "consent_filter", "valid_consent"]
