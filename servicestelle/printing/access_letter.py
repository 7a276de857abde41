"""The access letter (Auskunft, Art. 15 DSGVO) to the person, on the letterhead, in
German or English: what is stored about them in plain sections (part 1), what Art. 15(1)
a–h asks besides — purposes, categories, recipients, storage period, source, automated
decisions (part 2) — and their rights with the supervisory authority (part 3).

``write_access_report`` writes the letter as PDF and, for Art. 20, the machine-readable
copy as JSON beside it (each file complete or absent, readable by its owner only), and
notes in the audit log that the report was issued. ``file_names`` suggests German names
such as ``Auskunft_Tavakoli_Reza_2026-12-07.pdf``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from ..db import Database
from ..services.privacy import Periods
from ..services.privacy_readable import Entry, Readable, Section, readable_report
from ..services.privacy_report import access_report, log_access_report
from ..services.settings import address_lines
from .access_texts import LANGUAGES, Words
from .certificate import _letterhead, _right
from .layout import MUTED, Page, build, styles
from .records import _esc
from .tables import Col, key_value_table, list_table, plan_widths
from .text import FONT_BOLD

PURPOSES = {
    "volunteer": (
        "Gewinnung, Begleitung und Vermittlung von Ehrenamtlichen; Einladungen; Nachweise über "
        "ehrenamtliche Tätigkeit; Prüfung der Führungszeugnisse (§72a SGB VIII)."
    ),
    "newcomer": (
        "Vermittlung von Patenschaften und Hilfsangeboten für Neuzugewanderte; Dokumentation "
        "der Begleitung."
    ),
    "contact_person": (
        "Zusammenarbeit mit Migrantenselbstorganisationen und Partnern; Beratung und Förderung."
    ),
}

RIGHTS = (
    "Berichtigung unrichtiger oder unvollständiger Angaben (Art. 16 DSGVO),",
    "Löschung Ihrer Daten (Art. 17 DSGVO),",
    "Einschränkung der Verarbeitung: wir speichern die Daten dann nur noch (Art. 18 DSGVO),",
    "Widerspruch gegen die Verarbeitung (Art. 21 DSGVO) und Widerruf Ihrer Einwilligung "
    "mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO),",
    "Erhalt Ihrer Daten in einem maschinenlesbaren Format (Art. 20 DSGVO).",
)


def file_names(name: str, day: dt.date | None = None) -> tuple[str, str]:
    """``Auskunft_Nachname_Vorname_2026-12-07.pdf`` and ``….json`` for ``name``
    ("Nachname_Vorname"): letters (umlauts too), digits and hyphens kept, everything
    else an underscore."""
    safe = "".join(ch if ch.isalnum() or ch == "-" else "_" for ch in name)
    safe = "_".join(part for part in safe.split("_") if part) or "Person"
    stem = f"Auskunft_{safe}_{(day or dt.date.today()).isoformat()}"
    return f"{stem}.pdf", f"{stem}.json"


def suggested_names(
    db: Database, person: str, person_id: int, day: dt.date | None = None
) -> tuple[str, str]:
    """The file names for this person's report (see ``file_names``)."""
    from ..errors import NotFoundError
    from ..services.privacy_anon import PEOPLE

    model = PEOPLE[person]
    with db.read() as session:
        record = session.get(model, person_id)
        if record is None:
            raise NotFoundError(model.__label__, person_id)
        name = "_".join(p for p in (record.last_name, record.first_name) if p)
    return file_names(name, day)


def write_access_report(
    db: Database,
    person: str,
    person_id: int,
    pdf_path: str | os.PathLike[str],
    json_path: str | os.PathLike[str] | None = None,
    *,
    language: str | None = None,
) -> dict[str, Any]:
    """Write the letter as PDF (and the data as JSON when ``json_path`` is given), log
    the issue; returns the report's data. ``language``: "de" or "en" (default: the
    program's)."""
    from .. import i18n

    language = language or i18n.language()
    words = Words(language)
    readable = readable_report(db, person, person_id)
    report = access_report(db, person, person_id)
    report["meta"]["language"] = language
    build_letter(db, readable, words, pdf_path)
    if json_path is not None:  # after the PDF, complete or not at all
        write_json(Path(json_path), report)
    what = "PDF und JSON" if json_path is not None else "PDF"
    log_access_report(db, person, person_id, f"{what}, {LANGUAGES[language]}")
    return report


def write_json(target: Path, data: Any) -> None:
    """``data`` as JSON at ``target``: written beside it and renamed, owner-only."""
    from ..leftovers import writing

    temporary = target.with_name(f".{target.name}.teil")
    try:
        with writing(temporary):
            with open(os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600), "w",
                      encoding="utf-8") as handle:  # fmt: skip
                json.dump(data, handle, ensure_ascii=False, indent=2)
            os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# -- the letter ----------------------------------------------------------------------------


def build_letter(
    db: Database, readable: Readable, words: Words, path: str | os.PathLike[str]
) -> Any:
    settings = readable.settings
    office = str(settings.get("office.name") or "")
    title = words.t("Auskunft nach Art. 15 DSGVO")
    page = Page(title, office, header=False, words=words)
    style = styles()
    width = page.width
    t = words.t
    today = dt.date.today()

    def para(text: str, kind: str = "letter") -> None:
        story.append(Paragraph(_esc(text), style[kind]))

    style["letter"] = _spaced(style)

    story: list[Any] = _letterhead(db, width, style)
    story.append(Spacer(1, 8 * mm))
    recipient = [Paragraph(_esc(readable.name), style["body"])]
    recipient += [Paragraph(_esc(line), style["body"]) for line in readable.address]
    story += recipient
    story += [
        Spacer(1, 4 * mm),
        Paragraph(_esc(words.long_date(today)), _right(style["text"])),
        Spacer(1, 6 * mm),
    ]
    para(t("Auskunft nach Art. 15 DSGVO über Ihre gespeicherten Daten"), "h1")
    story.append(Spacer(1, 2 * mm))
    para(t("Guten Tag {name},", name=readable.name) if readable.name else t("Guten Tag,"))
    para(
        t(
            "Sie möchten wissen, welche Daten wir über Sie gespeichert haben. Mit diesem "
            "Schreiben erhalten Sie die Auskunft nach Art. 15 der Datenschutz-Grundverordnung "
            "(DSGVO), Stand {date}. Teil 1 zeigt alle Angaben, die wir über Sie gespeichert "
            "haben; Teil 2 erklärt, wozu wir sie verwenden, wer sie erhält, wie lange wir sie "
            "aufbewahren und woher sie stammen; Teil 3 nennt Ihre Rechte.",
            date=words.date(today),
        )
    )
    para(
        t(
            "Eine Kopie Ihrer Daten in einem maschinenlesbaren Format (JSON-Datei, Art. 20 "
            "DSGVO) erhalten Sie zusätzlich als Datei."
        )
    )

    # Part 1: the data.
    story.append(Paragraph(_esc(t("1. Diese Daten haben wir über Sie gespeichert")), _part(style)))
    for section in readable.sections:
        story += _section(section, words, style, width)

    # Part 2: Art. 15(1) a–h.
    story.append(
        KeepTogether(
            [
                Paragraph(_esc(t("2. Wozu wir Ihre Daten verarbeiten")), _part(style)),
                key_value_table(_information(readable, words, office, Periods.of(db)), width),
            ]
        )
    )

    # Part 3: the rights.
    part3: list[Any] = [Paragraph(_esc(t("3. Ihre Rechte")), _part(style))]
    part3.append(Paragraph(_esc(t("Sie haben das Recht auf")), style["letter"]))
    for line in RIGHTS:
        part3.append(Paragraph(_esc(t(line)), _bullet(style), bulletText="•"))
    part3.append(
        Paragraph(
            _esc(t("Dafür genügt eine Nachricht an uns, formlos und kostenfrei.")), style["body"]
        )
    )
    story.append(KeepTogether(part3))
    dpo = str(settings.get("privacy.dpo_contact") or "").strip()
    if dpo:
        para(
            t(
                "Ansprechperson für den Datenschutz: {contact}",
                contact=" · ".join(address_lines(dpo)),
            )
        )
    authority = [
        str(settings.get(key) or "").strip()
        for key in ("privacy.authority_name", "privacy.authority_address", "privacy.authority_web")
    ]
    complaint = [
        Spacer(1, 2 * mm),
        Paragraph(
            _esc(
                t(
                    "Sie haben außerdem das Recht, sich bei einer Datenschutz-Aufsichtsbehörde "
                    "zu beschweren (Art. 77 DSGVO). Für uns zuständig ist:"
                )
            ),
            style["letter"],
        ),
    ]
    complaint += [
        Paragraph(_esc(line), _indent(style)) for part in authority for line in address_lines(part)
    ]
    story.append(KeepTogether(complaint))
    story.append(
        KeepTogether(
            [
                Spacer(1, 8 * mm),
                Paragraph(_esc(t("Mit freundlichen Grüßen")), style["body"]),
                Spacer(1, 14 * mm),
                Paragraph(_esc(office), style["body"]),
            ]
        )
    )
    return build(path, page, story, expected_pages=3)


def _section(section: Section, words: Words, style: dict[str, Any], width: float) -> list[Any]:
    """The section's heading and content; the heading kept with what follows it."""
    t, value = words.t, words.value
    blocks: list[list[Any]] = []
    if section.style == "fields":
        pairs = [(t(label), value(v)) for entry in section.entries for label, v in entry.fields]
        blocks.append([key_value_table([p for p in pairs if p[1]], width)])
    elif section.style == "lines":
        for entry in section.entries:
            line = " – ".join(value(v) for _label, v in entry.fields if value(v))
            blocks.append([Paragraph(_esc(line), _bullet(style), bulletText="•")])
    elif section.style == "rows":
        blocks.append([_rows_table(section.entries, words, width)])
    else:
        for entry in section.entries:
            block: list[Any] = []
            if entry.title:
                block.append(Paragraph(_esc(value(entry.title)), _entry_title(style)))
            pairs = [(t(label), value(v)) for label, v in entry.fields]
            pairs = [p for p in pairs if p[1]]
            if pairs:
                block.append(key_value_table(pairs, width))
            block.append(Spacer(1, 3 * mm))
            blocks.append(block)
    heading = Paragraph(_esc(t(section.title)), style["h2"])
    if not blocks:
        return [heading]
    first, *rest = blocks
    return [KeepTogether([heading, *first]), *(KeepTogether(b) for b in rest)]


def _rows_table(entries: list[Entry], words: Words, width: float) -> Table:
    labels = [label for label, _v in entries[0].fields]
    rows = [[words.value(v) for _label, v in entry.fields] for entry in entries]
    keep = [i for i in range(len(labels)) if any(row[i] for row in rows)]
    columns = []
    for i in keep:
        title = words.t(labels[i])
        wraps = labels[i] in _TEXT_COLUMNS
        # (a point to spare: a title exactly as wide as its column would wrap)
        least = stringWidth(title, FONT_BOLD, 8.5) + 10
        columns.append(Col(title, max_width=120 * mm, wrap=wraps, min_width=least))
    rows = [[row[i] for i in keep] for row in rows]
    _wide, widths = plan_widths(columns, rows, wide=False)
    scale = width / sum(widths)
    return list_table(columns, rows, [w * scale for w in widths])


_TEXT_COLUMNS = {"Inhalt", "Beschreibung", "Veranstaltung", "Tätigkeitsfeld", "Bezug"}


def _information(readable: Readable, words: Words, office: str, periods: Periods) -> list:
    t = words.t
    purpose = PURPOSES.get(readable.person, "")
    purposes = " ".join(
        p
        for p in (
            t(purpose),
            t("Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)."),
        )
        if p
    )
    categories = ", ".join(t(s.title) for s in readable.sections)
    recipients = [
        t(
            "Mitarbeitende der Stelle »{office}«, soweit sie die Angaben für ihre Arbeit brauchen.",
            office=office,
        )
    ]
    if readable.recipients:
        recipients.append(
            t(
                "Mit Ihren Patenschaften und Anfragen sind diese Partnerorganisationen "
                "verbunden; sie können dafür nötige Angaben zu Ihrer Person erhalten haben: "
                "{names}.",
                names=", ".join(readable.recipients),
            )
        )
    elif readable.person != "contact_person":
        recipients.append(
            t("Mit Ihren Patenschaften und Anfragen ist keine Partnerorganisation verbunden.")
        )
    if readable.shared_with_partners:
        dates = ", ".join(words.date(d) for d in readable.shared_with_partners)
        recipients.append(
            t(
                "Ihre Einwilligung in die Weitergabe an Partnerorganisationen: vom {dates}.",
                dates=dates,
            )
        )
    else:
        recipients.append(
            t("In eine Weitergabe an Partnerorganisationen haben Sie nicht eingewilligt.")
        )
    recipients.append(
        t(
            "Einzelne Weitergaben werden im Programm nicht eigens verzeichnet. Eine "
            "Übermittlung in Länder außerhalb der EU findet nicht statt."
        )
    )
    if readable.person == "newcomer":
        storage = t(
            "Wir anonymisieren Ihre Daten {n} Jahre nach dem Ende Ihrer letzten Patenschaft "
            "oder Hilfsanfrage (ohne Patenschaft und Anfrage: {n} Jahre nach der Erfassung).",
            n=periods.newcomer_years,
        )
    elif readable.person == "volunteer":
        storage = t(
            "Wir anonymisieren Ihre Daten {n} Jahre nach Ihrem Ausscheiden. Angaben zum "
            "Führungszeugnis löschen wir {m} Monate nach dem Ende Ihrer Tätigkeit.",
            n=periods.volunteer_years,
            m=periods.clearance_months,
        )
    else:
        storage = t(
            "Solange die Zusammenarbeit mit Ihrer Organisation besteht; auf Ihren Wunsch "
            "löschen wir die Angaben früher."
        )
    sources = "; ".join(words.value(s) for s in readable.sources)
    return [
        ("a) " + t("Zwecke und Rechtsgrundlage"), purposes),
        ("b) " + t("Kategorien von Daten"), categories),
        ("c) " + t("Empfänger"), "\n".join(recipients)),
        ("d) " + t("Speicherdauer"), storage),
        ("e, f) " + t("Ihre Rechte"), t("siehe Teil 3")),
        ("g) " + t("Herkunft der Daten"), sources[:1].upper() + sources[1:]),
        (
            "h) " + t("Automatisierte Entscheidungen"),
            t(
                "Keine. Das Programm schlägt Mitarbeitenden passende Ehrenamtliche vor; die "
                "Entscheidung trifft immer ein Mensch (Art. 22 DSGVO)."
            ),
        ),
    ]


def _spaced(style: dict[str, Any]) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("letter", parent=style["body"], spaceAfter=5)


def _part(style: dict[str, Any]) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        "part", parent=style["h1"], fontSize=12.5, leading=16, spaceBefore=14, spaceAfter=2
    )


def _entry_title(style: dict[str, Any]) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("entry", parent=style["text"], fontName="DejaVuSans-Bold", spaceAfter=2)


def _bullet(style: dict[str, Any]) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("bullet", parent=style["body"], leftIndent=12, bulletIndent=1)


def _indent(style: dict[str, Any]) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("indent", parent=style["body"], leftIndent=12, textColor=MUTED)
