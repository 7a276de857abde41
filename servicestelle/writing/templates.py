"""Templates: a subject and a text with placeholders in braces ({Vorname}), saved by
name, filled in for each recipient.

Placeholders come from three places: the recipient ({Anrede}, {Vorname}, {Nachname}),
the mailing ({Veranstaltung}, {Datum}, {Uhrzeit}, {Ort}, {Anliegen}, typed once for all)
and the office's settings ({Stelle}, {Anschrift}, {Absender}, {Heute}). A placeholder
that is none of these is an error before anything is written or sent; ``{{`` and ``}}``
stand for a brace itself.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from .. import models as m
from ..db import Database
from ..errors import ServiceError, ValidationError
from ..i18n import _

PERSONAL = ("Anrede", "Vorname", "Nachname")
SHARED = ("Veranstaltung", "Datum", "Uhrzeit", "Ort", "Anliegen")
OFFICE = ("Stelle", "Anschrift", "Absender", "Heute")
PLACEHOLDERS = PERSONAL + SHARED + OFFICE

# How a person is greeted; the default needs no gender.
SALUTATIONS = ("frau", "herr", "neutral", "keine")


def salutation(first: str | None, last: str | None, form: str | None = None) -> str:
    """»Guten Tag Vorname Nachname,« (the default), »Sehr geehrte Frau Nachname,« …"""
    first, last = (first or "").strip(), (last or "").strip()
    if form == "frau" and last:
        return _("Sehr geehrte Frau {last},", last=last)
    if form == "herr" and last:
        return _("Sehr geehrter Herr {last},", last=last)
    name = " ".join(p for p in (first, last) if p)
    if form == "keine" or not name:
        return _("Guten Tag,")
    return _("Guten Tag {name},", name=name)


def placeholders(text: str) -> list[str]:
    """The placeholders named in ``text``, in order, each once; a brace that opens no
    placeholder is a German ``ValidationError``."""
    found: list[str] = []
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        raise ValidationError(
            {
                "body": _(
                    "Die Vorlage hat eine einzelne geschweifte Klammer. Platzhalter stehen "
                    "in Klammern wie {example}, eine Klammer selbst wird verdoppelt.",
                    example="{Vorname}",
                )
            }
        ) from None
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        key = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
        if key not in found:
            found.append(key)
    return found


def unknown(*texts: str) -> list[str]:
    """The placeholders in ``texts`` that the program does not fill in."""
    names: list[str] = []
    for text in texts:
        names += [n for n in placeholders(text) if n not in PLACEHOLDERS and n not in names]
    return names


def check(subject: str, body: str) -> None:
    """A German ``ValidationError`` naming every unknown placeholder."""
    if not subject.strip():
        raise ValidationError({"subject": _("Betreff: bitte ausfüllen.")})
    wrong = unknown(subject, body)
    if wrong:
        raise ValidationError(
            {
                "body": _(
                    "Unbekannte Platzhalter: {names}. Möglich sind: {known}.",
                    names=", ".join("{" + n + "}" for n in wrong),
                    known=", ".join("{" + n + "}" for n in PLACEHOLDERS),
                )
            }
        )


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with its placeholders replaced (an empty value where none was given)."""
    out: list[str] = []
    for literal, name, _spec, _conversion in string.Formatter().parse(text):
        out.append(literal)
        if name is not None:
            if name not in PLACEHOLDERS:
                raise ValidationError(
                    {"body": _("Unbekannte Platzhalter: {names}.", names="{" + name + "}")}
                )
            out.append(str(values.get(name) or ""))
    return "".join(out)


def office_values(db: Database, day: dt.date | None = None) -> dict[str, str]:
    """{Stelle}, {Anschrift}, {Absender} and {Heute} from the settings and the user."""
    from ..services.settings import SettingsService

    settings = SettingsService(db)
    address = settings.get("office.address") or ""
    if isinstance(address, dict):  # the letterhead's parts (street, postcode, city …)
        address = ", ".join(str(v).strip() for v in address.values() if str(v or "").strip())
    return {
        "Stelle": str(settings.get("office.name") or ""),
        "Anschrift": str(address),
        "Absender": db.user,
        "Heute": (day or dt.date.today()).strftime("%d.%m.%Y"),
    }


def person_values(first: str | None, last: str | None, form: str | None = None) -> dict[str, str]:
    return {
        "Anrede": salutation(first, last, form),
        "Vorname": (first or "").strip(),
        "Nachname": (last or "").strip(),
    }


@dataclass(frozen=True)
class Template:
    name: str
    subject: str
    body: str


class TemplateService:
    """Templates saved by name."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def names(self) -> list[str]:
        with self.db.read() as session:
            return list(session.scalars(select(m.MailTemplate.name).order_by(m.MailTemplate.name)))

    def get(self, name: str) -> Template:
        with self.db.read() as session:
            found = session.scalar(select(m.MailTemplate).where(m.MailTemplate.name == name))
        if found is None:
            raise ServiceError(_("Die Vorlage »{name}« gibt es nicht.", name=name))
        return Template(found.name, found.subject, found.body)

    def save(self, name: str, subject: str, body: str) -> Template:
        """Save (or replace) the template ``name`` after checking its placeholders."""
        name = name.strip()
        if not name:
            raise ValidationError({"name": _("Name der Vorlage: bitte ausfüllen.")})
        if len(name) > 120 or len(subject) > 300:
            raise ValidationError({"name": _("Name oder Betreff der Vorlage ist zu lang.")})
        check(subject, body)
        self.db.actor.require_write("contact_note", _("Vorlage"))
        with self.db.session() as session:
            found = session.scalar(select(m.MailTemplate).where(m.MailTemplate.name == name))
            if found is None:
                session.add(m.MailTemplate(name=name, subject=subject, body=body))
            else:
                found.subject, found.body = subject, body
        return Template(name, subject, body)

    def delete(self, name: str) -> None:
        with self.db.session() as session:
            found = session.scalar(select(m.MailTemplate).where(m.MailTemplate.name == name))
            if found is None:
                raise ServiceError(_("Die Vorlage »{name}« gibt es nicht.", name=name))
            session.delete(found)
