"""The outbox: a mailing and one row per recipient, sent through the office's mail
server in the background, resumable after a cancel, a lost connection or a killed
program without writing to anyone twice.

Each recipient's row goes ``queued`` → ``sending`` (committed before the message is
handed to the server) → ``sent`` (committed, with the entry in the person's contact log,
once the server took it) or ``failed`` (with the server's reason; a refused address does
not stop the others). A row still ``sending`` when sending starts again belongs to a run
that ended between handing over and recording: whether the server took that message is
unknown, so it is reported and sent again only when the user says so (``requeue(…,
uncertain=True)``). Nobody gets a message twice without being asked; the price is that
at most one message per interrupted run waits for a decision.

One commit a message, and no fewer: the transaction that records message N as sent
(with its contact-log entry) also claims row N+1, and only after that commit is N+1
handed to the server. A crash before that commit leaves N »sending« (unknown, asked
about) and N+1 queued (never handed over); after it, N is sent and logged and N+1
»sending«. Recording the »sent« of several messages in one later commit would save no
commit (each claim must be committed before its send) and would leave several rows of
unknown outcome after a crash. What a message costs beyond the plain SMTP loop is that
commit, written by SQL on the rows' ids (``outbox_log``: no ORM flush per message), and
the message is composed with the mailing's common headers parsed once
(``outbox_compose``); ``bench/writing.py`` measures both against smtplib alone.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, update

from .. import models as m
from ..db import Database
from ..enums import ContactChannel
from ..i18n import _
from ..kinds import NOTE_COLUMNS, kind
from . import outbox_log
from .messages import (
    Attachment,
    Recipient,
    check_attachments,
    check_ready,
    personalise,
    sender_address,
)
from .outbox_compose import Composer
from .outbox_log import FAILED, QUEUED, SENDING, SENT
from .server import MailError, ServerSettings, connect, quit_quietly

R = m.MailingRecipient
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class MailingState:
    id: int
    subject: str
    created_at: dt.datetime
    created_by: str | None
    counts: dict[str, int]

    @property
    def queued(self) -> int:
        return self.counts.get(QUEUED, 0)

    @property
    def uncertain(self) -> int:
        return self.counts.get(SENDING, 0)

    @property
    def sent(self) -> int:
        return self.counts.get(SENT, 0)

    @property
    def failed(self) -> int:
        return self.counts.get(FAILED, 0)


@dataclass(frozen=True)
class SendResult:
    sent: int
    failed: list[tuple[str, str]]  # address, the server's reason
    remaining: int  # still queued (cancelled or stopped)
    uncertain: int  # left »sending« by an earlier run, not sent again
    cancelled: bool = False

    def summary(self) -> str:
        text = _("{sent} E-Mails gesendet.", sent=self.sent)
        if self.failed:
            text += (
                " "
                + _("{count} abgelehnt:", count=len(self.failed))
                + " "
                + "; ".join(f"{address} ({reason})" for address, reason in self.failed)
            )
        if self.remaining:
            text += " " + _("{count} warten noch im Postausgang.", count=self.remaining)
        if self.uncertain:
            text += " " + _(
                "Bei {count} ist unklar, ob sie beim letzten Mal ankamen; sie werden nur "
                "auf Wunsch erneut gesendet.",
                count=self.uncertain,
            )
        return text


def queue(
    db: Database,
    subject: str,
    body: str,
    shared: Mapping[str, str],
    sender: str,
    people: Sequence[Recipient],
    attachments: Sequence[Attachment] = (),
) -> int:
    """Put a mailing to ``people`` (each with the ``attachments``) into the outbox;
    returns its number."""
    check_ready(subject, body, people)
    check_attachments(attachments)
    _require(db, people)
    now = m.utcnow()
    with db.session() as session:
        mailing = m.Mailing(
            subject=subject,
            body=body,
            shared=dict(shared),
            sender=sender,
            created_at=now,
            created_by=db.user,
        )
        session.add(mailing)
        session.flush()
        rows = [
            {
                "mailing_id": mailing.id,
                "person_kind": p.kind,
                "person_id": p.id,
                "address": p.address,
                "values": p.values(),
                "status": QUEUED,
                "changed_at": now,
            }
            for p in people
        ]
        session.execute(insert(R.__table__), rows)
        if attachments:  # by SQL: the audit log names the mailing, not the files' bytes
            session.execute(
                insert(m.MailingAttachment.__table__),
                [
                    {
                        "mailing_id": mailing.id,
                        "file_name": a.file_name,
                        "mime_type": a.mime_type,
                        "content": a.content,
                    }
                    for a in attachments
                ],
            )
        return mailing.id


def _require(db: Database, people: Sequence[Recipient]) -> None:
    db.actor.require_write("contact_note", _("Kontaktnotizen"))
    for key in {p.kind for p in people}:
        db.actor.require_read(key, _(kind(key).model.__label__))


def mailings(db: Database, open_only: bool = False) -> list[MailingState]:
    """The mailings, newest first, with how many rows are in which state."""
    with db.read() as session:
        counts: dict[int, dict[str, int]] = {}
        for mailing_id, status, count in session.execute(
            select(R.mailing_id, R.status, func.count()).group_by(R.mailing_id, R.status)
        ):
            counts.setdefault(mailing_id, {})[status] = count
        found = session.scalars(select(m.Mailing).order_by(m.Mailing.id.desc())).all()
    states = [
        MailingState(x.id, x.subject, x.created_at, x.created_by, counts.get(x.id, {}))
        for x in found
    ]
    if open_only:
        states = [s for s in states if s.queued or s.uncertain]
    return states


def state(db: Database, mailing_id: int) -> MailingState:
    for found in mailings(db):
        if found.id == mailing_id:
            return found
    raise MailError(_("Das Rundschreiben Nr. {id} gibt es nicht.", id=mailing_id))


def rows(db: Database, mailing_id: int) -> list[tuple[str, str, str | None]]:
    """Address, state and reason of every recipient of a mailing."""
    with db.read() as session:
        return [
            (a, s, r)
            for a, s, r in session.execute(
                select(R.address, R.status, R.reason)
                .where(R.mailing_id == mailing_id)
                .order_by(R.id)
            )
        ]


def requeue(db: Database, mailing_id: int, failed: bool = True, uncertain: bool = False) -> int:
    """Queue again the refused rows (``failed``) and those of unknown outcome
    (``uncertain``: they may have arrived already); returns how many."""
    which = [s for s, wanted in ((FAILED, failed), (SENDING, uncertain)) if wanted]
    if not which:
        return 0
    with db.session() as session:
        result: Any = session.execute(
            update(R)
            .where(R.mailing_id == mailing_id, R.status.in_(which))
            .values(status=QUEUED, reason=None, changed_at=m.utcnow())
        )
        return int(result.rowcount or 0)


def _claim(db: Database, row_id: int) -> bool:
    """Mark the row »sending« in its own transaction; False if another run took it."""
    with db.session() as session:
        return outbox_log.claim(session.connection(), row_id, m.utcnow())


def _failed(db: Database, row_id: int, reason: str) -> None:
    with db.session() as session:
        session.connection().execute(
            update(R.__table__)
            .where(R.__table__.c.id == row_id)
            .values(status=FAILED, reason=reason[:1000], changed_at=m.utcnow())
        )


def _release(db: Database, row_id: int) -> None:
    """A row claimed for a message that was never handed over: queued again."""
    table = R.__table__
    with db.session() as session:
        session.connection().execute(
            update(table)
            .where(table.c.id == row_id, table.c.status == SENDING)
            .values(status=QUEUED)
        )


def _sent(
    db: Database, row: Any, subject: str, day: dt.date, following: int | None = None
) -> bool:
    """The row is sent and the person's contact log says so, in one transaction; the
    same transaction claims the ``following`` row (one commit a message). True if it
    was claimed. By SQL on the rows' ids (``outbox_log``): the same rows and audit
    entries as through the ORM, without a flush per message."""
    claimed = False
    with db.session() as session:
        now = m.utcnow()
        conn = session.connection()
        outbox_log.mark_sent(conn, row.id, now)
        if following is not None:
            claimed = outbox_log.claim(conn, following, now)
        column = NOTE_COLUMNS.get(row.person_kind)
        if column is not None:
            entry = _("E-Mail: {subject}, {day}", subject=subject, day=day.strftime("%d.%m.%Y"))
            outbox_log.add_note(
                session,
                {
                    column: row.person_id,
                    "noted_on": day,
                    "channel": ContactChannel.EMAIL,
                    "subject": entry[:200],
                    "text": _(
                        "Rundschreiben Nr. {id} an {address}",
                        id=row.mailing_id,
                        address=row.address,
                    ),
                    "staff": db.user,
                },
                now,
            )
    return claimed


def _reason(error: smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        answers = list(error.recipients.values())
        code, text = answers[0] if answers else (0, b"")
    else:
        code, text = error.smtp_code, error.smtp_error
    shown = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {shown}".strip()


def _wait(seconds: float, cancelled: Cancelled, sleep: Callable[[float], None]) -> bool:
    """Wait ``seconds`` in short steps; True if cancelled meanwhile."""
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        if cancelled():
            return True
        sleep(min(left, 0.2))
    return cancelled()


def send(
    db: Database,
    mailing_id: int,
    server: ServerSettings,
    password: str | None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> SendResult:
    """Send the queued rows of the mailing at the server's rate. A connection that
    cannot be made or is lost raises a German ``MailError``; what was not sent stays
    queued."""
    cancelled = cancelled or (lambda: False)
    with db.read() as session:
        mailing = session.get(m.Mailing, mailing_id)
        if mailing is None:
            raise MailError(_("Das Rundschreiben Nr. {id} gibt es nicht.", id=mailing_id))
        todo = session.execute(
            select(R.id, R.mailing_id, R.person_kind, R.person_id, R.address, R.values)
            .where(R.mailing_id == mailing_id, R.status == QUEUED)
            .order_by(R.id)
        ).all()
        uncertain = session.scalar(
            select(func.count()).where(R.mailing_id == mailing_id, R.status == SENDING)
        )
        attachments = [
            Attachment(a.file_name, a.mime_type, a.content)
            for a in session.scalars(
                select(m.MailingAttachment)
                .where(m.MailingAttachment.mailing_id == mailing_id)
                .order_by(m.MailingAttachment.id)
            )
        ]
    db.actor.require_write("contact_note", _("Kontaktnotizen"))
    subject, body, shared = mailing.subject, mailing.body, dict(mailing.shared or {})
    sender = server.sender or mailing.sender
    total = len(todo)
    sent, failed = 0, []
    if not todo:
        return SendResult(0, [], 0, int(uncertain or 0))
    if progress is not None:
        progress(0, total)
    composer = Composer(sender, attachments)  # each header parsed once per mailing
    smtp = connect(server, password)
    delay = 60.0 / server.rate if server.rate else 0.0
    day = dt.date.today()
    stopped = False
    claimed: int | None = None  # the row marked »sending« for the next message
    try:
        for index, row in enumerate(todo):
            if cancelled() or (index and delay and _wait(delay, cancelled, sleep)):
                stopped = True
                break
            own = {k: str(v) for k, v in dict(row.values or {}).items()}
            own_subject, own_body = personalise(subject, body, shared, own)
            name = " ".join(p for p in (own.get("Vorname"), own.get("Nachname")) if p)
            message = composer(name, row.address, own_subject, own_body)
            if claimed != row.id and not _claim(db, row.id):
                claimed = None
                continue
            claimed = row.id
            try:
                smtp.send_message(message, from_addr=sender_address(sender), to_addrs=[row.address])
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError) as error:
                claimed = None
                reason = _reason(error)
                _failed(db, row.id, reason)
                failed.append((row.address, reason))
            except smtplib.SMTPSenderRefused as error:
                claimed = None
                _failed(db, row.id, _reason(error))
                raise MailError(
                    _(
                        "Der Mailserver lehnt den Absender {sender} ab ({reason}). Bitte "
                        "prüfen Sie die Absenderadresse in den Einstellungen.",
                        sender=sender_address(sender),
                        reason=_reason(error),
                    )
                ) from error
            except (OSError, smtplib.SMTPException) as error:
                # lost between handing over and the answer: left »sending« (unknown)
                claimed = None
                raise MailError(
                    _(
                        "Die Verbindung zum Mailserver ist abgebrochen. {sent} E-Mails sind "
                        "gesendet, die übrigen bleiben im Postausgang und können später "
                        "gesendet werden.",
                        sent=sent,
                    )
                ) from error
            else:
                following = todo[index + 1].id if index + 1 < total else None
                claimed = following if _sent(db, row, own_subject, day, following) else None
                sent += 1
            if progress is not None:
                progress(index + 1, total)
    finally:
        if claimed is not None:  # claimed, never handed over (cancel, error before it)
            _release(db, claimed)
        quit_quietly(smtp)
    remaining = state(db, mailing_id).queued
    return SendResult(sent, failed, remaining, int(uncertain or 0), cancelled=stopped)
