"""The printable data protection documents, on the page template of all printouts
(``printing.layout``): the records of processing activities (Verzeichnis von
Verarbeitungstätigkeiten, Art. 30 DSGVO), generated from the data model, the configured
lists and the retention settings; and the entry point of the access report (Auskunft,
Art. 15 DSGVO), a letter to the person written by ``access_letter``.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from .. import models as m
from ..db import Database
from ..i18n import N_, _
from ..services.privacy import Periods
from ..services.privacy_anon import PEOPLE
from ..services.settings import SettingsService, address_lines

# Columns that are bookkeeping, shown in the report under these names (translated).
_COMMON = {
    "id": N_("Nr."),
    "created_at": N_("angelegt am (UTC)"),
    "created_by": N_("angelegt von"),
    "updated_at": N_("geändert am (UTC)"),
    "updated_by": N_("geändert von"),
    "version": N_("Version"),
    "archived_at": N_("archiviert am (UTC)"),
    "sort_key": N_("Sortierschlüssel"),
    "import_batch_id": N_("aus Import Nr."),
    "at": N_("Zeitpunkt (UTC)"),
    "user": N_("Benutzer*in"),
    "action": N_("Aktion"),
    "entity": N_("Art des Datensatzes"),
    "entity_id": N_("Datensatz-Nr."),
    "field": N_("Feld"),
    "old_value": N_("alter Wert"),
    "new_value": N_("neuer Wert"),
    "key": N_("Wiedervorlage"),
    "until": N_("bis"),
    "set_by": N_("gesetzt von"),
    "set_at": N_("gesetzt am"),
    "file_name": N_("Datei"),
    "started_at": N_("begonnen"),
    "finished_at": N_("beendet"),
}


def column_labels() -> dict[str, dict[str, str]]:
    """Table → column → label, from the services' field and column titles (in the
    current language)."""
    from ..services import (  # noqa: F401 - importing registers the services
        consents,
        events,
        hours,
        newcomers,
        notes,
        organisations,
        pairings,
        requests,
        volunteers,
    )
    from ..services.base import EntityService

    labels: dict[str, dict[str, str]] = {}
    pending = list(EntityService.__subclasses__())
    while pending:
        service = pending.pop()
        pending += service.__subclasses__()
        model = getattr(service, "model", None)
        if model is None or not hasattr(model, "__tablename__"):
            continue
        table = labels.setdefault(model.__tablename__, {})
        for key, column in getattr(service, "columns", {}).items():
            table.setdefault(key, column.title)
        for key, spec in getattr(service, "fields", {}).items():
            table[key] = spec.label
    return labels


def _label(labels: dict[str, dict[str, str]], table: str, column: str) -> str:
    """A column's label: the services' (already translated), else a bookkeeping
    column's, else the column's name in words."""
    name = labels.get(table, {}).get(column)
    if name is None and column in _COMMON:
        name = _(_COMMON[column])
    if name is None and column.endswith("_name"):
        base = column.removesuffix("_name")
        name = labels.get(table, {}).get(base + "_id") or base.replace("_", " ")
    return name or column.replace("_", " ")


def write_access_report(
    db: Database,
    person: str,
    person_id: int,
    pdf_path: str | os.PathLike[str],
    json_path: str | os.PathLike[str] | None = None,
    *,
    language: str | None = None,
) -> dict[str, Any]:
    """The access letter (Art. 15) as PDF, the data as JSON: see ``access_letter``."""
    from .access_letter import write_access_report as write

    return write(db, person, person_id, pdf_path, json_path, language=language)


# -- records of processing -------------------------------------------------------------

_PURPOSES = (
    (
        "volunteer",
        N_(
            "Gewinnung, Begleitung und Vermittlung von Ehrenamtlichen; Einladungen; "
            "Nachweise über ehrenamtliche Tätigkeit; Prüfung der Führungszeugnisse "
            "(§72a SGB VIII)."
        ),
    ),
    (
        "newcomer",
        N_(
            "Vermittlung von Patenschaften und Hilfsangeboten für Neuzugewanderte; "
            "Dokumentation der Begleitung."
        ),
    ),
    (
        "contact_person",
        N_(
            "Zusammenarbeit mit Migrantenselbstorganisationen und Partnern; Beratung und Förderung."
        ),
    ),
)


def write_records_of_processing(db: Database, pdf_path: str | os.PathLike[str]) -> Any:
    """Write the records of processing activities (Art. 30) as a PDF."""
    from reportlab.platypus import Paragraph

    from .layout import Page, build, styles
    from .records import _esc
    from .tables import key_value_table
    from .text import short_date

    settings = SettingsService(db)
    periods = Periods.of(db)
    labels = column_labels()
    style = styles()
    office = str(settings.get("office.name") or "")
    page = Page(_("Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)"), office)

    def para(text: str, kind: str = "text") -> None:
        story.append(Paragraph(_esc(text), style[kind]))

    story: list[Any] = []
    para(_("Verzeichnis von Verarbeitungstätigkeiten"), "h1")
    para(
        _(
            "Erstellt am {day} aus den Einstellungen und dem Datenmodell des Programms.",
            day=short_date(dt.date.today()),
        ),
        "muted",
    )
    para(_("Verantwortliche Stelle"), "h2")
    story.append(
        key_value_table(
            [
                (_("Stelle"), office),
                (_("Anschrift"), ", ".join(address_lines(settings.get("office.address")))),
                (
                    _("Verarbeitung"),
                    _(
                        "Servicestelle (Programm), Datenbank: {where}",
                        where=_("PostgreSQL-Server")
                        if not db.is_sqlite
                        else _("SQLite-Datei auf diesem Rechner"),
                    ),
                ),
            ],
            page.width,
        )
    )
    para(_("Zwecke und betroffene Personen"), "h2")
    for person, purpose in _PURPOSES:
        model = PEOPLE[person]
        fields = [
            _label(labels, person, c.name)
            for c in model.__table__.columns  # type: ignore[attr-defined]
            if c.name not in _COMMON and not c.name.endswith("_id")
        ]
        story.append(
            key_value_table(
                [
                    (_("Betroffene"), _(model.__label__)),
                    (_("Zweck"), _(purpose)),
                    (_("Datenkategorien"), ", ".join(fields)),
                    (
                        _("Rechtsgrundlage"),
                        _(
                            "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), erfasst mit "
                            "Datum und Umfang; Widerruf jederzeit."
                        ),
                    ),
                ],
                page.width,
            )
        )
        para(" ")
    para(_("Weitere gespeicherte Daten"), "h2")
    others = sorted(
        {
            _(mapper.class_.__label__)
            for mapper in m.Base.registry.mappers
            if getattr(mapper.class_, "__label__", "") and mapper.class_ not in PEOPLE.values()
        }
    )
    para(", ".join(others))
    para(_("Empfänger"), "h2")
    para(
        _(
            "Mitarbeitende der Servicestelle. Partnerorganisationen nur, wenn die Person in "
            "die Weitergabe eingewilligt hat. Keine Übermittlung in Drittländer."
        )
    )
    para(_("Löschfristen"), "h2")
    story.append(
        key_value_table(
            [
                (
                    _("Neuzugewanderte"),
                    _(
                        "anonymisiert {n} Jahre nach Ende der letzten Patenschaft "
                        "oder Hilfsanfrage",
                        n=periods.newcomer_years,
                    ),
                ),
                (
                    _("Ehrenamtliche"),
                    _("anonymisiert {n} Jahre nach dem Ausscheiden", n=periods.volunteer_years),
                ),
                (
                    _("Führungszeugnisse"),
                    _(
                        "nur Einsichtnahme und Ausstellungsdatum; gelöscht {n} "
                        "Monate nach Ende der Tätigkeit",
                        n=periods.clearance_months,
                    ),
                ),
                (
                    _("Auf Antrag"),
                    _(
                        "Löschung aller Spuren (Art. 17 DSGVO) jederzeit; Auskunft "
                        "(Art. 15 DSGVO) als PDF und JSON"
                    ),
                ),
            ],
            page.width,
        )
    )
    para(_("Konfigurierte Listen"), "h2")
    with db.read() as session:
        from sqlalchemy import select

        lists = []
        for model, title in (
            (m.District, _("Stadtteile")),
            (m.Language, _("Sprachen")),
            (m.ActivityField, _("Tätigkeitsfelder")),
        ):
            names = list(
                session.scalars(
                    select(model.name).where(model.active.is_(True)).order_by(model.name)
                )
            )
            lists.append((f"{title} ({len(names)})", ", ".join(names)))
    story.append(key_value_table(lists, page.width))
    para(_("Technische und organisatorische Maßnahmen"), "h2")
    for line in (
        _("Änderungsprotokoll: wer hat wann welches Feld geändert; im Programm nicht änderbar."),
        _("Gleichzeitiges Bearbeiten wird erkannt (Versionsnummer je Datensatz)."),
        _("Datensicherungen der Datenbank; Zugriff nur über die Benutzerkonten der Stelle."),
        _(
            "Ausdrucke tragen den Vermerk »vertraulich«; Protokolldateien enthalten keine "
            "personenbezogenen Daten."
        ),
        _("Löschfristen werden im Programm geprüft und nach Bestätigung angewendet."),
    ):
        para("• " + line)
    return build(pdf_path, page, story)
