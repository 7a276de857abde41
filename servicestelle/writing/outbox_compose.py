"""The messages of one mailing, composed as ``messages.compose`` composes them, at less
cost: most of a message's price is the ``email`` package parsing each header it is
given into a header object, and in a mailing most headers are the same for everyone
(the sender, the subject, the date to the second, the MIME headers of the text).

Each header value is parsed once per mailing and its (immutable) header object given to
every message that has it; the policy's own rule stores a header object as it is. Only
the recipient and the Message-ID are parsed for each message. The bytes sent are those
``compose`` gives (``tests/unit/test_outbox_log.py`` compares them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from email import policy
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from typing import Any

from .messages import Attachment, _address, sender_address

_EVERY_TIME = {"to", "message-id"}  # different for each message: nothing to keep
_TEXTS_A_NAME = 8


class _KeptHeaders(HeaderRegistry):
    """A header registry that parses each (name, text) once and hands out the same
    header object again (a few texts a name: the date changes every second)."""

    def __init__(self) -> None:
        super().__init__()
        self._kept: dict[str, dict[str, BaseHeader]] = {}

    def __call__(self, name: str, value: Any) -> Any:
        lower = name.lower()
        if not isinstance(value, str) or lower in _EVERY_TIME:
            return super().__call__(name, value)
        kept = self._kept.setdefault(lower, {})
        header = kept.get(value)
        if header is None:
            if len(kept) >= _TEXTS_A_NAME:
                kept.clear()
            header = kept[value] = super().__call__(name, value)
        return header


class Composer:
    """``compose(sender, name, address, subject, body, attachments=…)`` for the
    messages of one mailing (a new ``Composer`` for each sending: what it keeps is
    that mailing's headers)."""

    def __init__(self, sender: str, attachments: Sequence[Attachment] = ()) -> None:
        self.policy = policy.SMTP.clone(header_factory=_KeptHeaders())
        self.attachments = tuple(attachments)
        self._from: Any = None
        if sender.strip():
            name, address = parseaddr(sender)
            shown = _address(name, address) if address else sender.strip()
            self._from = self.policy.header_factory("From", shown)
        self._domain = sender_address(sender).rpartition("@")[2] or None

    def __call__(
        self,
        recipient_name: str,
        recipient_address: str,
        subject: str,
        body: str,
        when: dt.datetime | None = None,
    ) -> EmailMessage:
        message = EmailMessage(policy=self.policy)
        if self._from is not None:
            message["From"] = self._from
        message["To"] = _address(recipient_name, recipient_address)
        message["Subject"] = subject
        message["Date"] = format_datetime(when or dt.datetime.now().astimezone())
        message["Message-ID"] = make_msgid(domain=self._domain)
        message.set_content(body, charset="utf-8", cte="quoted-printable")
        for attachment in self.attachments:
            main, _slash, sub = attachment.mime_type.partition("/")
            message.add_attachment(
                attachment.content, maintype=main, subtype=sub or "octet-stream",
                filename=attachment.file_name,
            )
        return message
