"""The recipients of a mailing and the e-mail each of them gets.

A recipient is one person reached by e-mail (see ``services.reach``) with the values of
their own placeholders. ``compose`` makes the personalised message with the standard
library's ``email`` package: UTF-8 text, names and subject encoded as RFC 2047 words
where they are not plain ASCII (Cyrillic, Arabic, umlauts alike).
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path

from sqlalchemy import select

from ..db import Database
from ..errors import ValidationError
from ..i18n import _
from ..services.consents import PERSONS
from ..services.reach import EMAIL, Reach
from . import templates

MAX_ATTACHMENTS = 10 * 1024 * 1024  # bytes, all files together (mail servers refuse more)


@dataclass(frozen=True)
class Attachment:
    """A file every recipient gets."""

    file_name: str
    mime_type: str
    content: bytes

    @classmethod
    def of(cls, path: str | Path) -> Attachment:
        """The file at ``path`` (a German ``ValidationError`` if it cannot be read)."""
        target = Path(path)
        try:
            content = target.read_bytes()
        except OSError as error:
            raise ValidationError(
                {"attachments": _("Der Anhang »{name}« lässt sich nicht lesen ({reason}).",
                                  name=target.name, reason=error.strerror or "")}
            ) from error
        mime = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        return cls(target.name, mime, content)


def check_attachments(attachments: Sequence[Attachment]) -> None:
    if sum(len(a.content) for a in attachments) > MAX_ATTACHMENTS:
        raise ValidationError(
            {"attachments": _("Die Anhänge sind zusammen größer als 10 MB; viele Mailserver "
                              "nehmen das nicht an.")}
        )


@dataclass(frozen=True)
class Recipient:
    kind: str  # volunteer, newcomer, contact_person
    id: int
    address: str
    first_name: str
    last_name: str
    form: str | None = None  # the salutation (see templates.SALUTATIONS), None: default

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def values(self) -> dict[str, str]:
        return templates.person_values(self.first_name, self.last_name, self.form)


def recipients(db: Database, kind: str, found: Reach) -> list[Recipient]:
    """The people of ``found`` reached by e-mail, with their names for the placeholders."""
    reachable = [p for p in found.reachable if p.addresses.get(EMAIL.key)]
    if not reachable:
        return []
    model = PERSONS[kind][1]
    ids = [p.id for p in reachable]
    forms = getattr(model, "salutation", None)
    names: dict[int, tuple[str, str, str | None]] = {}
    with db.read() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = session.execute(
                select(
                    model.id,  # type: ignore[attr-defined]
                    model.first_name,  # type: ignore[attr-defined]
                    model.last_name,  # type: ignore[attr-defined]
                    forms if forms is not None else model.id,  # type: ignore[attr-defined]
                ).where(model.id.in_(chunk))  # type: ignore[attr-defined]
            )
            for record_id, first, last, form in rows:
                names[record_id] = (first or "", last or "", form if forms is not None else None)
    result = []
    for person in reachable:
        first, last, form = names.get(person.id, ("", person.name, None))
        result.append(
            Recipient(kind, person.id, person.addresses[EMAIL.key], first, last,
                      str(form.value if hasattr(form, "value") else form) if form else None)
        )
    return result


def sender_address(sender: str) -> str:
    """The bare address of ``sender`` ("Servicestelle <info@…>" or "info@…")."""
    return parseaddr(sender)[1] or sender.strip()


def _address(name: str, address: str) -> Address | str:
    try:
        return Address(display_name=name, addr_spec=address)
    except (ValueError, IndexError):
        return address


def compose(
    sender: str,
    recipient_name: str,
    recipient_address: str,
    subject: str,
    body: str,
    *,
    unsent: bool = False,
    when: dt.datetime | None = None,
    attachments: Sequence[Attachment] = (),
) -> EmailMessage:
    """One finished message (``unsent``: marked as a draft to be sent by hand)."""
    message = EmailMessage(policy=policy.SMTP)
    if sender.strip():
        name, address = parseaddr(sender)
        message["From"] = _address(name, address) if address else sender.strip()
    message["To"] = _address(recipient_name, recipient_address)
    message["Subject"] = subject
    message["Date"] = format_datetime(when or dt.datetime.now().astimezone())
    domain = sender_address(sender).rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(domain=domain)
    if unsent:
        message["X-Unsent"] = "1"
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    for attachment in attachments:
        main, _slash, sub = attachment.mime_type.partition("/")
        message.add_attachment(
            attachment.content, maintype=main, subtype=sub or "octet-stream",
            filename=attachment.file_name,
        )
    return message


def personalise(
    subject: str, body: str, shared: Mapping[str, str], own: Mapping[str, str]
) -> tuple[str, str]:
    """Subject and text for one recipient (placeholders checked before)."""
    values = {**shared, **own}
    return templates.fill(subject, values).replace("\n", " ").strip(), templates.fill(body, values)


def check_ready(subject: str, body: str, people: Sequence[Recipient]) -> None:
    templates.check(subject, body)
    if not people:
        raise ValidationError({"recipients": _("Niemand kann per E-Mail angeschrieben werden.")})
