"""The printable data protection documents, on the page template of all printouts
(``printing.layout``): the access report (Auskunft, Art. 15 DSGVO) and the records of
processing activities (Verzeichnis von Verarbeitungstätigkeiten, Art. 30 DSGVO), the
latter generated from the data model, the configured lists and the retention settings.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from .. import models as m
from ..db import Database
from ..i18n import N_, _
from ..services.audit_log import entity_labels
from ..services.privacy import Periods
from ..services.privacy_anon import PEOPLE
from ..services.privacy_report import access_report
from ..services.settings import SettingsService

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


def _text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        from .text import short_date, short_datetime

        try:
            if len(value) == 10:
                return short_date(dt.date.fromisoformat(value))
            return short_datetime(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _pairs(
    table: str, row: dict[str, Any], labels: dict[str, dict[str, str]]
) -> list[tuple[str, str]]:
    return [
        (_label(labels, table, k), _choice(table, k, v) or _text(v))
        for k, v in row.items()
        if _text(v)
    ]


def _choice(table: str, column: str, value: Any) -> str | None:
    """The label of a stored choice (a status, a level), in the current language."""
    from ..enums import LabeledEnum

    found = m.Base.metadata.tables.get(table)
    stored = found.c.get(column) if found is not None else None  # not the added "…_name"
    kind = getattr(stored.type, "enum_class", None) if stored is not None else None
    if not isinstance(value, str) or kind is None or not issubclass(kind, LabeledEnum):
        return None
    try:
        return kind(value).label
    except ValueError:
        return None


def write_access_report(
    db: Database,
    person: str,
    person_id: int,
    pdf_path: str | os.PathLike[str],
    json_path: str | os.PathLike[str] | None = None,
) -> dict[str, Any]:
    """Write the access report as PDF (and as JSON when ``json_path`` is given);
    returns the report's data."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from .layout import Page, build, styles
    from .records import _esc
    from .tables import key_value_table

    report = access_report(db, person, person_id)
    labels = column_labels()
    tables = entity_labels()
    style = styles()
    page = Page(_("Auskunft nach Art. 15 DSGVO"), str(report["meta"]["office"] or ""))
    data = report["person"]
    name = ", ".join(p for p in (data.get("last_name"), data.get("first_name")) if p)
    story: list[Any] = [
        Paragraph(
            _esc(f"{_(report['meta']['person_label'])}: {name} ({_('Nr. {id}', id=person_id)})"),
            style["h1"],
        ),
        Paragraph(
            _esc(
                _(
                    "Alle Daten, die zu dieser Person gespeichert sind, Stand {when}. "
                    "Dieselben Angaben liegen maschinenlesbar als JSON-Datei vor.",
                    when=_text(report["meta"]["created_at"]),
                )
            ),
            style["muted"],
        ),
        Paragraph(_esc(_("Stammdaten")), style["h2"]),
        key_value_table(_pairs(person, data, labels), page.width),
    ]

    def section(title: str, table: str, rows: list[dict[str, Any]]) -> None:
        story.append(Paragraph(_esc(f"{title} ({len(rows)})"), style["h2"]))
        for row in rows:
            story.append(
                KeepTogether(
                    [key_value_table(_pairs(table, row, labels), page.width), Spacer(1, 6)]
                )
            )

    for table, rows in report["records"].items():
        section(_(tables.get(table, table)), table, rows)
    if report["related_contact_notes"]:
        section(
            _("Kontaktnotizen zu Patenschaften und Anfragen"),
            "contact_note",
            report["related_contact_notes"],
        )
    if report["import_batch"]:
        section(_("Herkunft: Import"), "import_batch", [report["import_batch"]])
    if report["follow_ups"]:
        section(_("Wiedervorlage-Vermerke"), "follow_up_snooze", report["follow_ups"])
    story.append(
        Paragraph(_esc(_("Änderungsprotokoll ({n})", n=len(report["audit_log"]))), style["h2"])
    )
    for entry in report["audit_log"]:
        what = (
            f"{_(tables.get(entry['entity'], entry['entity']))} "
            f"{_('Nr. {id}', id=entry['entity_id'])}"
        )
        change = " → ".join(v for v in (entry["old_value"], entry["new_value"]) if v)
        line = (
            f"{_text(entry['at'])} · {entry['user']} · {what} · "
            f"{_label(labels, entry['entity'], entry['field']) if entry['field'] else ''}"
            f"{'' if entry['field'] else _action(entry['action'])}"
            + (f": {change}" if change else "")
        )
        story.append(Paragraph(_esc(line), style["small"]))
    build(pdf_path, page, story)
    if json_path is not None:  # after the PDF, complete or not at all
        _write_json(Path(json_path), report)
    return report


def _write_json(target: Path, data: Any) -> None:
    from ..leftovers import writing

    temporary = target.with_name(f".{target.name}.teil")
    try:
        with writing(temporary):
            temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
            os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _action(value: Any) -> str:
    """An audit entry's action (stored as ``AuditAction``'s value) in words."""
    from ..enums import AuditAction

    try:
        return AuditAction(value).label
    except ValueError:
        return str(value or "")


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
                (_("Anschrift"), str(settings.get("office.address") or "")),
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
