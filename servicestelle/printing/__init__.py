"""Printable PDF documents (reportlab): lists, a volunteer's profile sheet and
certificate, an event's attendance list and the key figures report.

``render(db, "pairings", "out.pdf", filters={...})`` writes one document;
``DOCUMENTS`` names every document with its title and what it needs.
Nothing here knows about Qt: the screens preview and print the PDF files.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import ServiceError
from ..i18n import N_, _

if TYPE_CHECKING:
    from ..db import Database
    from .layout import Cancel, PrintCancelled, Progress, Result

__all__ = [
    "DOCUMENTS",
    "Document",
    "documents_for",
    "PrintCancelled",
    "Result",
    "render",
    "suggested_name",
]


@dataclass(frozen=True)
class Document:
    key: str
    text: str  # the German title; ``title`` in the current language
    # The kind of record the document is about (its id is the ``record_id`` parameter);
    # None for lists and the report.
    entity: str | None
    run: Callable[..., Result]

    @property
    def title(self) -> str:
        return _(self.text)


def _list(key: str) -> Callable[..., Result]:
    def run(db: Database, path: Any, **params: Any) -> Result:
        from .lists import render_list

        return render_list(db, key, path, **params)

    return run


def _profile(db: Database, path: Any, **params: Any) -> Result:
    from .records import render_profile

    return render_profile(db, path, **params)


def _certificate(db: Database, path: Any, **params: Any) -> Result:
    from .certificate import render_certificate

    return render_certificate(db, path, **params)


def _attendance(db: Database, path: Any, **params: Any) -> Result:
    from .records import render_attendance

    return render_attendance(db, path, **params)


def _followups(db: Database, path: Any, **params: Any) -> Result:
    from .followups import render_followups

    return render_followups(db, path, **params)


def _consent_form(entity: str) -> Callable[..., Result]:
    def run(db: Database, path: Any, **params: Any) -> Result:
        from .consent_form import render_consent_form

        return render_consent_form(db, path, entity=entity, **params)

    return run


def _report(db: Database, path: Any, **params: Any) -> Result:
    from .report import render_report

    return render_report(db, path, **params)


DOCUMENTS: dict[str, Document] = {
    d.key: d
    for d in (
        Document("pairings", N_("Patenschaftsliste"), None, _list("pairings")),
        Document("volunteers", N_("Ehrenamtlichenliste"), None, _list("volunteers")),
        Document("requests", N_("Offene Hilfsanfragen"), None, _list("requests")),
        Document("organisations", N_("MSO-Verzeichnis"), None, _list("organisations")),
        Document("profile", N_("Profilblatt"), "volunteer", _profile),
        Document("certificate", N_("Ehrenamtsnachweis"), "volunteer", _certificate),
        Document(
            "attendance",
            N_("Einladungs- und Teilnahmeliste"),
            "event",
            _attendance,
        ),
        Document(
            "consent_form", N_("Einwilligungserklärung"), "volunteer", _consent_form("volunteer")
        ),
        Document(
            "consent_form_newcomer",
            N_("Einwilligungserklärung"),
            "newcomer",
            _consent_form("newcomer"),
        ),
        Document("report", N_("Kennzahlenbericht"), None, _report),
        Document("followups", N_("Wiedervorlage"), None, _followups),
    )
}


def documents_for(entity: str) -> list[str]:
    """The printouts of one record of the kind ``entity`` (keys of DOCUMENTS)."""
    return [d.key for d in DOCUMENTS.values() if d.entity == entity]


def render(
    db: Database,
    document: str,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    **params: Any,
) -> Result:
    """Write ``document`` as a PDF to ``path``. Lists take ``query`` or ``filters``,
    ``columns`` and ``group_by``; record documents ``record_id``; the certificate and
    the report also ``start`` and ``end``; the certificate its ``text`` as edited (see
    ``certificate.render_certificate``). Raises ServiceError with a readable message."""
    spec = DOCUMENTS.get(document)
    if spec is None:
        raise ServiceError(_("Unbekanntes Dokument »{key}«.", key=document))
    if spec.entity is not None and params.get("record_id") is None:
        raise ServiceError(_("{title}: bitte einen Datensatz angeben.", title=spec.title))
    from .text import register_fonts

    register_fonts()
    try:
        return spec.run(db, path, progress=progress, cancel=cancel, **params)
    except PermissionError as exc:
        raise ServiceError(
            _(
                "Die Datei »{path}« kann nicht geschrieben werden – ist sie noch in einem "
                "anderen Programm geöffnet?",
                path=os.fspath(path),
            )
        ) from exc
    except OSError as exc:
        raise ServiceError(
            _("Die PDF-Datei konnte nicht geschrieben werden: {reason}", reason=exc.strerror)
        ) from exc


def __getattr__(name: str) -> Any:
    # reportlab is imported on first use, not with the command line's parser.
    if name in ("PrintCancelled", "Result"):
        from . import layout

        return getattr(layout, name)
    raise AttributeError(name)


def suggested_name(document: str, day: Any = None) -> str:
    """A file name such as ``Patenschaftsliste_2026-11-22.pdf``."""
    import datetime as dt

    day = day or dt.date.today()
    title = DOCUMENTS[document].title
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in title).strip("_")
    return f"{safe}_{day.isoformat()}.pdf"
