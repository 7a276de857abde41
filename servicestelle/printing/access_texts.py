"""The access letter's words in its own language, German or English, whatever language
the program runs in (a letter in English may be written from a German screen).

``Words("en").t("Sprachen")`` looks a German text up in the letter's English table
below, then in the core's English catalogue (field labels, choices), and falls back to
the German text. Dates and numbers are written as in the rest of the program's
printouts: 22.11.2026 and 1,5 in German, 22/11/2026 and 1.5 in English.
"""

from __future__ import annotations

import datetime as dt
import gettext
import struct
from decimal import Decimal
from functools import lru_cache
from typing import Any

from .. import i18n

LANGUAGES = {"de": "Deutsch", "en": "English"}

# German → English: the letter's own sentences (the labels of fields and choices come
# from the core catalogue).
ENGLISH: dict[str, str] = {
    # heading, opening, closing
    "Auskunft nach Art. 15 DSGVO": "Information under Art. 15 GDPR",
    "Auskunft nach Art. 15 DSGVO über Ihre gespeicherten Daten": (
        "Information under Art. 15 GDPR about the data we store about you"
    ),
    "Guten Tag {name},": "Dear {name},",
    "Guten Tag,": "Dear Sir or Madam,",
    "Sie möchten wissen, welche Daten wir über Sie gespeichert haben. Mit diesem Schreiben "
    "erhalten Sie die Auskunft nach Art. 15 der Datenschutz-Grundverordnung (DSGVO), "
    "Stand {date}. Teil 1 zeigt alle Angaben, die wir über Sie gespeichert haben; Teil 2 "
    "erklärt, wozu wir sie verwenden, wer sie erhält, wie lange wir sie aufbewahren und "
    "woher sie stammen; Teil 3 nennt Ihre Rechte.": (
        "You asked which data we store about you. With this letter you receive the "
        "information under Art. 15 of the General Data Protection Regulation (GDPR), as "
        "of {date}. Part 1 shows everything we store about you; part 2 explains what we "
        "use it for, who receives it, how long we keep it and where it comes from; part 3 "
        "sets out your rights."
    ),
    "Eine Kopie Ihrer Daten in einem maschinenlesbaren Format (JSON-Datei, Art. 20 DSGVO) "
    "erhalten Sie zusätzlich als Datei.": (
        "In addition, you receive a copy of your data in a machine-readable format "
        "(a JSON file, Art. 20 GDPR)."
    ),
    "Mit freundlichen Grüßen": "Yours sincerely",
    "Seite {n} von {total}": "Page {n} of {total}",
    "Gedruckt am {date} um {time} Uhr": "Printed on {date} at {time}",
    "Vertraulich – enthält personenbezogene Daten": "Confidential – contains personal data",
    "ja": "yes",
    "nein": "no",
    # part 1
    "1. Diese Daten haben wir über Sie gespeichert": "1. The data we store about you",
    "Persönliche Angaben": "Personal details",
    "Sprachen": "Languages",
    "Tätigkeitsfelder": "Fields of activity",
    "Patenschaften": "Mentoring pairings",
    "Hilfsanfragen": "Requests for help",
    "Anfragen an Sie": "Requests we asked you to take on",
    "Geleistete Stunden": "Hours of volunteering",
    "Veranstaltungen": "Events",
    "Beratungen": "Consultations",
    "Kontakte": "Contacts",
    "Einwilligungen": "Consents",
    "Erweitertes Führungszeugnis": "Extended police clearance certificate",
    "Patenschaft mit {name}": "Mentoring pairing with {name}",
    "Anfrage »{title}«": "Request “{title}”",
    "Einwilligung vom {date}": "Consent of {date}",
    "ausgestellt am {issued}, bei uns eingesehen am {seen}": (
        "issued on {issued}, seen by us on {seen}"
    ),
    "Pausiert seit": "Paused since",
    "Grund des Endes": "Reason for ending",
    "Anmerkung zum Ende": "Note on the ending",
    "Abgeschlossen am": "Closed on",
    "Niveau": "Level",
    "Mindestens": "At least",
    "Erteilt am": "Given on",
    "Speicherung": "Storage",
    "Kontakt per E-Mail": "Contact by email",
    "Kontakt per Telefon": "Contact by phone",
    "Kontakt per Post": "Contact by post",
    "Weitergabe an Partner": "Passing on to partners",
    "Fotos": "Photos",
    "Widerrufen am": "Withdrawn on",
    "Anmerkung": "Note",
    "Angefragt am": "Asked on",
    "Weg": "Channel",
    "Antwort": "Answer",
    "Antwort am": "Answered on",
    "Übernommen": "Taken on",
    "Übernommen am": "Taken on (date)",
    "Übernommen von": "Taken on by",
    "Datum": "Date",
    "Stunden": "Hours",
    "Beschreibung": "Description",
    "Betreff": "Subject",
    "Inhalt": "Content",
    "Bezug": "Concerning",
    "Wiedervorlage am": "Follow-up on",
    "Erledigt am": "Done on",
    "Thema": "Topic",
    "Dauer (Minuten)": "Duration (minutes)",
    "Eingeladen am": "Invited on",
    "Angemeldet": "Registered",
    "Teilgenommen": "Attended",
    "Ausgestellt am": "Issued on",
    "Eingesehen am": "Seen on",
    "Zeiten": "Times",
    "Hinweis zu den Zeiten": "Note on the times",
    "Funktion": "Role",
    "Veranstaltung": "Event",
    "Patenschaft": "Mentoring pairing",
    "Hilfsanfrage": "Request for help",
    # part 2
    "2. Wozu wir Ihre Daten verarbeiten": "2. How we process your data",
    "Zwecke und Rechtsgrundlage": "Purposes and legal basis",
    "Kategorien von Daten": "Categories of data",
    "Empfänger": "Recipients",
    "Speicherdauer": "Storage period",
    "Herkunft der Daten": "Source of the data",
    "Automatisierte Entscheidungen": "Automated decisions",
    "Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).": (
        "The legal basis is your consent (Art. 6(1)(a) GDPR)."
    ),
    "Gewinnung, Begleitung und Vermittlung von Ehrenamtlichen; Einladungen; Nachweise über "
    "ehrenamtliche Tätigkeit; Prüfung der Führungszeugnisse (§72a SGB VIII).": (
        "Recruiting, supporting and placing volunteers; invitations; certificates of "
        "volunteering; checking police clearance certificates (§72a SGB VIII)."
    ),
    "Vermittlung von Patenschaften und Hilfsangeboten für Neuzugewanderte; Dokumentation "
    "der Begleitung.": (
        "Arranging mentoring pairings and help for newly arrived people; keeping a record "
        "of the support."
    ),
    "Zusammenarbeit mit Migrantenselbstorganisationen und Partnern; Beratung und Förderung.": (
        "Working with migrant organisations and partners; advice and funding."
    ),
    "Mitarbeitende der Stelle »{office}«, soweit sie die Angaben für ihre Arbeit brauchen.": (
        "Staff of “{office}”, as far as they need the data for their work."
    ),
    "Mit Ihren Patenschaften und Anfragen sind diese Partnerorganisationen verbunden; sie "
    "können dafür nötige Angaben zu Ihrer Person erhalten haben: {names}.": (
        "These partner organisations are connected with your pairings and requests; they "
        "may have received the details about you needed for them: {names}."
    ),
    "Mit Ihren Patenschaften und Anfragen ist keine Partnerorganisation verbunden.": (
        "No partner organisation is connected with your pairings and requests."
    ),
    "Ihre Einwilligung in die Weitergabe an Partnerorganisationen: vom {dates}.": (
        "Your consent to passing data on to partner organisations: of {dates}."
    ),
    "In eine Weitergabe an Partnerorganisationen haben Sie nicht eingewilligt.": (
        "You have not consented to passing data on to partner organisations."
    ),
    "Einzelne Weitergaben werden im Programm nicht eigens verzeichnet. Eine Übermittlung in "
    "Länder außerhalb der EU findet nicht statt.": (
        "Individual transfers are not recorded separately in our program. No data is "
        "transferred to countries outside the EU."
    ),
    "Wir anonymisieren Ihre Daten {n} Jahre nach dem Ende Ihrer letzten Patenschaft oder "
    "Hilfsanfrage (ohne Patenschaft und Anfrage: {n} Jahre nach der Erfassung).": (
        "We anonymise your data {n} years after your last pairing or request for help "
        "ended (without a pairing or request: {n} years after it was entered)."
    ),
    "Wir anonymisieren Ihre Daten {n} Jahre nach Ihrem Ausscheiden. Angaben zum "
    "Führungszeugnis löschen wir {m} Monate nach dem Ende Ihrer Tätigkeit.": (
        "We anonymise your data {n} years after you leave. Details of the police clearance "
        "certificate are deleted {m} months after your activity ends."
    ),
    "Solange die Zusammenarbeit mit Ihrer Organisation besteht; auf Ihren Wunsch löschen "
    "wir die Angaben früher.": (
        "As long as we work with your organisation; on your request we delete the data earlier."
    ),
    "übernommen aus der Liste »{file}« am {date}": "taken over from the list “{file}” on {date}",
    "vermittelt durch {name}": "referred by {name}",
    "als Ansprechperson von {name} erfasst": "entered as a contact person of {name}",
    "von Ihnen selbst mitgeteilt (im Gespräch, am Telefon oder schriftlich) und von uns "
    "erfasst am {date}": (
        "given by you (in person, by phone or in writing) and entered by us on {date}"
    ),
    "Keine. Das Programm schlägt Mitarbeitenden passende Ehrenamtliche vor; die Entscheidung "
    "trifft immer ein Mensch (Art. 22 DSGVO).": (
        "None. Our program suggests suitable volunteers to staff; a person always makes the "
        "decision (Art. 22 GDPR)."
    ),
    "Ihre Rechte": "Your rights",
    "siehe Teil 3": "see part 3",
    # part 3
    "3. Ihre Rechte": "3. Your rights",
    "Sie haben das Recht auf": "You have the right to",
    "Berichtigung unrichtiger oder unvollständiger Angaben (Art. 16 DSGVO),": (
        "rectification of inaccurate or incomplete data (Art. 16 GDPR),"
    ),
    "Löschung Ihrer Daten (Art. 17 DSGVO),": "erasure of your data (Art. 17 GDPR),",
    "Einschränkung der Verarbeitung: wir speichern die Daten dann nur noch (Art. 18 DSGVO),": (
        "restriction of processing: we then only store the data (Art. 18 GDPR),"
    ),
    "Widerspruch gegen die Verarbeitung (Art. 21 DSGVO) und Widerruf Ihrer Einwilligung "
    "mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO),": (
        "object to the processing (Art. 21 GDPR) and withdraw your consent with effect for "
        "the future (Art. 7(3) GDPR),"
    ),
    "Erhalt Ihrer Daten in einem maschinenlesbaren Format (Art. 20 DSGVO).": (
        "receive your data in a machine-readable format (Art. 20 GDPR)."
    ),
    "Dafür genügt eine Nachricht an uns, formlos und kostenfrei.": (
        "A message to us is enough, informally and free of charge."
    ),
    "Ansprechperson für den Datenschutz: {contact}": "Data protection officer: {contact}",
    "Sie haben außerdem das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren "
    "(Art. 77 DSGVO). Für uns zuständig ist:": (
        "You also have the right to lodge a complaint with a data protection supervisory "
        "authority (Art. 77 GDPR). The authority responsible for us is:"
    ),
}


@lru_cache(maxsize=2)
def _catalogue(language: str) -> dict[str, str]:
    """The core's catalogue of ``language`` (read once; not installed for the program)."""
    try:
        with open(i18n.catalogue_path(language), "rb") as handle:
            translations = gettext.GNUTranslations(handle)
    except (OSError, ValueError, IndexError, struct.error):
        return {}
    return {
        str(k): str(v)
        for k, v in translations._catalog.items()  # type: ignore[attr-defined]
        if k and v
    }


class Words:
    """Texts, dates and numbers in the letter's language."""

    def __init__(self, language: str = "de") -> None:
        if language not in LANGUAGES:
            from ..errors import ServiceError

            known = ", ".join(LANGUAGES)
            raise ServiceError(f"Sprache »{language}« gibt es nicht (möglich: {known}).")
        self.language = language
        self.table = ENGLISH if language == "en" else {}
        self.catalogue = _catalogue(language) if language != "de" else {}

    @property
    def english(self) -> bool:
        return self.language == "en"

    def t(self, german: str, /, **values: Any) -> str:
        if not german:
            return ""
        text = self.table.get(german) or self.catalogue.get(german) or german
        return text.format(**values) if values else text

    def date(self, day: dt.date | None) -> str:
        if day is None:
            return ""
        if isinstance(day, dt.datetime):
            day = day.date()
        return day.strftime("%d/%m/%Y" if self.english else "%d.%m.%Y")

    def long_date(self, day: dt.date) -> str:
        from babel.dates import format_date

        return str(format_date(day, "long", locale="en_GB" if self.english else "de_DE"))

    def number(self, value: Any) -> str:
        from ..formats import german_number

        text = german_number(value)
        if self.english:  # 1.234,5 → 1,234.5
            text = text.replace(".", "\0").replace(",", ".").replace("\0", ",")
        return text

    def value(self, value: Any) -> str:
        """A stored value as the letter writes it."""
        from ..enums import SLOT_LABELS, WEEKDAY_LABELS, LabeledEnum
        from ..services.privacy_fields import Phrase, Slots

        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return self.t("ja") if value else self.t("nein")
        if isinstance(value, LabeledEnum):
            return self.t(value.german)
        if isinstance(value, Phrase):
            return self.t(value.text, **{k: self.value(v) for k, v in value.values})
        if isinstance(value, Slots):
            from ..availability import unpack

            return ", ".join(
                f"{self.t(WEEKDAY_LABELS[d])} {self.t(SLOT_LABELS[s])}"
                for d, s in unpack(value.mask)
            )
        if isinstance(value, dt.datetime):
            return f"{self.date(value)} {value:%H:%M}"
        if isinstance(value, dt.date):
            return self.date(value)
        if isinstance(value, Decimal | float):
            return self.number(value)
        return str(value)
