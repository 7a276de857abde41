"""E-mail drafts: one .eml file per recipient, marked as unsent (``X-Unsent: 1``) so
that Outlook and Thunderbird open it ready to send.

Each file appears complete or not at all (written as ``….teil`` and renamed) and is
readable by its owner only.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from ..errors import ServiceError
from ..i18n import _
from ..leftovers import writing
from .messages import Attachment, Recipient, check_attachments, check_ready, compose, personalise

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(number: int, recipient: Recipient) -> str:
    name = _UNSAFE.sub(" ", f"{recipient.last_name} {recipient.first_name}").strip()
    name = re.sub(r"\s+", " ", name)[:60].rstrip(" .") or _("Empfänger")
    return f"{number:04d} {name}.eml"


def write_file(target: Path, data: bytes) -> None:
    """``data`` into ``target``: complete or not at all, readable by the owner only."""
    temporary = target.with_name(f".{target.name}.teil")
    try:
        with writing(temporary):
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_drafts(
    folder: str | os.PathLike[str],
    sender: str,
    subject: str,
    body: str,
    shared: Mapping[str, str],
    people: Sequence[Recipient],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    attachments: Sequence[Attachment] = (),
) -> list[Path]:
    """One personalised draft per person in ``folder``; returns the files written."""
    check_ready(subject, body, people)
    check_attachments(attachments)
    target = Path(folder)
    if not target.is_dir():
        raise ServiceError(_("Den Ordner »{path}« gibt es nicht.", path=target))
    written: list[Path] = []
    total = len(people)
    for number, person in enumerate(people, start=1):
        if cancelled is not None and cancelled():
            break
        own_subject, own_body = personalise(subject, body, shared, person.values())
        message = compose(
            sender, person.display_name, person.address, own_subject, own_body, unsent=True,
            attachments=attachments,
        )
        path = target / file_name(number, person)
        try:
            write_file(path, message.as_bytes())
        except OSError as error:
            raise ServiceError(
                _(
                    "Der Entwurf »{name}« ließ sich nicht speichern ({reason}). "
                    "{count} Entwürfe sind geschrieben.",
                    name=path.name,
                    reason=error.strerror or _("Schreibfehler"),
                    count=len(written),
                )
            ) from error
        written.append(path)
        if progress is not None:
            progress(number, total)
    return written


def save_attachments(
    folder: str | os.PathLike[str], attachments: Sequence[Attachment]
) -> list[Path]:
    """The attachments as files in ``folder`` (for a message written in the user's own
    mail program, which a ``mailto:`` link cannot hand files to); a file of the same
    name is replaced. Returns the files written."""
    target = Path(folder)
    if not target.is_dir():
        raise ServiceError(_("Den Ordner »{path}« gibt es nicht.", path=target))
    written: list[Path] = []
    for attachment in attachments:
        name = _UNSAFE.sub(" ", attachment.file_name).strip(" .") or _("Anhang")
        path, number = target / name, 1
        while path in written:  # two attachments of one name: both kept
            number += 1
            path = target / f"{Path(name).stem} ({number}){Path(name).suffix}"
        try:
            write_file(path, attachment.content)
        except OSError as error:
            raise ServiceError(
                _(
                    "Der Anhang »{name}« ließ sich nicht speichern ({reason}).",
                    name=name,
                    reason=error.strerror or _("Schreibfehler"),
                )
            ) from error
        written.append(path)
    return written
