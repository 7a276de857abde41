"""Which column of a spreadsheet holds which field: suggested from the header texts,
corrected by the user, saved under a name for the next file from the same source.

A mapping is a plain dict ``{column index: target key}`` (columns not in it are left
out, or go into the notes with the target ``NOTES``). Targets are listed per kind of
record in ``TARGETS``; each has the German and English header words people use.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..collation import sort_key
from ..i18n import N_, _

NOTES = "notes"
FULL_NAME = "full_name"
CONSENT_ON = "consent_on"  # the day the consent was signed, in a column of its own
LEFT_REASON = "left_reason"  # why a volunteer left (a field of its own since 0015)

# How sure a suggestion must be (0–100) to be made without asking.
SURE = 82


@dataclass(frozen=True)
class Target:
    """A field a column can be imported into."""

    key: str
    text: str  # the German label; ``label`` is what is shown in the current language
    names: tuple[str, ...]  # whole header texts (folded: lower case, umlauts spelt out)
    words: tuple[str, ...] = ()  # words that give it away inside a long question
    many: bool = False  # more than one column may go here (their texts are joined)

    @property
    def label(self) -> str:
        return _(self.text)


def fold_header(text: object) -> str:
    """A header as compared: lower case, umlauts spelt out, punctuation as spaces."""
    folded = sort_key(str(text or ""))
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


def _t(key: str, text: str, names: str, words: str = "", many: bool = False) -> Target:
    return Target(
        key,
        text,
        tuple(fold_header(n) for n in names.split("|")),
        tuple(fold_header(w) for w in words.split("|") if w),
        many,
    )


_PERSON = (
    _t(
        "last_name",
        N_("Nachname"),
        "Nachname|Name|Familienname|Zuname|Surname|Last name|Family name|Lastname|Nachnamen",
        "nachname|familienname|surname",
    ),
    _t(
        "first_name",
        N_("Vorname"),
        "Vorname|Vornamen|Rufname|First name|Given name|Firstname|Forename",
        "vorname|vornamen|firstname",
    ),
    _t(
        FULL_NAME,
        N_("Name (Vor- und Nachname zusammen)"),
        "Vor und Nachname|Nachname Vorname|Name Vorname|Vorname Name|Vorname Nachname|"
        "Vollständiger Name|Full name|Name und Vorname|Teilnehmer|Teilnehmerin|Person",
        "vollstaendiger name|full name|ihr name",
    ),
    _t(
        "birth_date",
        N_("Geburtsdatum"),
        "Geburtsdatum|geb|geb am|Geb Datum|Geburtstag|Date of birth|Birth date|Birthday|DOB|"
        "Geboren|Geboren am",
        "geburtsdatum|geboren|birth",
    ),
    _t(
        "email",
        N_("E-Mail"),
        "E Mail|E Mail Adresse|Email|Email address|Mail|EMail|E Mailadresse|Mailadresse",
        "mail|e mail|email",
    ),
    _t(
        "phone",
        N_("Telefon"),
        "Tel|Telefon|Telefonnummer|Tel Nr|Telefon Nr|Handy|Mobil|Mobile|Phone|Phone number|"
        "Mobilnummer|Handynummer|Rufnummer|Festnetz|Kontakt Telefon|Mobiltelefon",
        "telefon|handy|mobil|phone|telefonnummer|rufnummer",
    ),
    _t(
        "street",
        N_("Straße und Hausnummer"),
        "Straße|Strasse|Str|Adresse|Anschrift|Street|Address|Straße Hausnummer|Straße und Nr",
        "strasse|anschrift|adresse|address",
    ),
    _t("postcode", N_("PLZ"), "PLZ|Postleitzahl|Postcode|Zip|Zip code|Postal code", "postleitzahl"),
    _t("city", N_("Ort"), "Ort|Stadt|Wohnort Stadt|City|Town|Gemeinde", ""),
    _t(
        "district",
        N_("Stadtteil"),
        "Stadtteil|Ortsteil|Wohnort|Wohngebiet|Neighbourhood|Neighborhood|District|Quartier|"
        "Viertel|Sozialraum",
        "stadtteil|ortsteil|neighbourhood|neighborhood|district|wohngebiet",
    ),
    _t(
        "languages",
        N_("Sprachen"),
        "Sprachen|Sprache|Sprachkenntnisse|Languages|Language|Languages spoken|Spricht|"
        "Fremdsprachen|Muttersprache",
        "sprachen|sprache|languages|language|sprachkenntnisse",
    ),
    _t(
        "consent",
        N_("Einverständnis (DSGVO)"),
        "Einverständnis|Einverstaendnis|DSGVO|Datenschutz|Einwilligung|Consent|"
        "Datenschutzerklärung|DSGVO unterschrieben|Einverständniserklärung",
        "einverstanden|einverstaendnis|einwilligung|dsgvo|datenschutz|consent|gespeichert|"
        "datenverarbeitung|zustimmung|ich stimme|i agree",
    ),
    _t(
        CONSENT_ON,
        N_("Einwilligung erteilt am"),
        "Einwilligung am|Einwilligung vom|Einwilligung erteilt am|Datum Einwilligung|"
        "DSGVO unterschrieben am|DSGVO am|DSGVO vom|DSGVO Datum|Datum DSGVO|"
        "Einverständnis am|Einverständnis vom|Datenschutz unterschrieben am|Consent date|"
        "Date of consent|Unterschrieben am",
        "unterschrieben",
    ),
    _t(
        NOTES,
        N_("Notizen"),
        "Bemerkungen|Bemerkung|Notizen|Notiz|Anmerkungen|Anmerkung|Kommentar|Hinweise|"
        "Sonstiges|Notes|Comments|Remarks|Info",
        "bemerkung|anmerkung|notiz|kommentar|comments|notes",
        many=True,
    ),
)

_VOLUNTEER = (
    *_PERSON,
    _t(
        "activity_fields",
        N_("Tätigkeitsfelder"),
        "Tätigkeit|Tätigkeiten|Tätigkeitsfeld|Tätigkeitsfelder|Einsatzbereich|"
        "Einsatzbereiche|Engagement|Interessen|Aktivitäten|Activities|Areas|Hilfe bei",
        "taetigkeit|taetigkeiten|helfen|einsatz|engagieren|unterstuetzen|activities",
    ),
    _t(
        "skills",
        N_("Beruf / Kenntnisse"),
        "Beruf|Berufe|Beruf Kenntnisse|Kenntnisse|Fähigkeiten|Qualifikation|Qualifikationen|"
        "Erlernter Beruf|Ausgeübter Beruf|Beruf Tätigkeit|Profession|Occupation|Job|Skills",
        "beruf|faehigkeiten|qualifikation|occupation|profession",
    ),
    _t(
        "availability_note",
        N_("Zeiten"),
        "Zeit|Zeiten|Verfügbarkeit|Verfuegbarkeit|Wann|Availability|Zeitfenster|Erreichbarkeit",
        "zeit|verfuegbar|wann|availability",
    ),
    _t(
        "since",
        N_("Aktiv seit"),
        "seit|Aktiv seit|Dabei seit|Beginn|Eintritt|Start|Since|Registriert|Anmeldedatum|"
        "Zeitstempel|Timestamp|Eingang",
        "seit|zeitstempel|timestamp",
    ),
    _t(
        "left_on",
        N_("Ausgeschieden am"),
        "ausgeschieden am|ausgeschieden|Austritt|Ende|Left|Left on|beendet",
        "ausgeschieden|austritt",
    ),
    _t(
        LEFT_REASON,
        N_("Grund des Ausscheidens"),
        "Grund|Grund des Ausscheidens|Austrittsgrund|Ausscheidungsgrund|Reason|Reason for leaving",
        "austrittsgrund",
    ),
    _t(
        "clearance_seen_on",
        N_("Führungszeugnis vorgelegt am"),
        "FZ|FZ vorgelegt|FZ vorgelegt am|Führungszeugnis|Erweitertes Führungszeugnis|eFZ|"
        "Führungszeugnis vorgelegt am|Police clearance",
        "fuehrungszeugnis|fz",
    ),
    _t(
        "status",
        N_("Status"),
        "Status|Aktiv|Stand",
        "",
    ),
)

_NEWCOMER = (
    *_PERSON,
    _t(
        "arrived_on",
        N_("Angekommen am"),
        "Angekommen|Angekommen am|Ankunft|Einreise|Zuzug|Arrived|Arrival|In Schwerin seit",
        "ankunft|einreise|zuzug|arrival",
    ),
    _t(
        "country_of_origin",
        N_("Herkunftsland"),
        "Herkunft|Herkunftsland|Land|Nationalität|Staatsangehörigkeit|Country|Origin|"
        "Country of origin",
        "herkunft|staatsangehoerigkeit|nationalitaet|origin",
    ),
    _t(
        "household_size",
        N_("Personen im Haushalt"),
        "Personen|Haushalt|Personen im Haushalt|Haushaltsgröße|Anzahl Personen|Household",
        "haushalt|personen|household",
    ),
    _t("children_count", N_("Kinder"), "Kinder|Anzahl Kinder|Children", "kinder|children"),
    _t(
        "contact_name",
        N_("Ansprechperson"),
        "Ansprechperson|Kontaktperson|Betreuer|Betreuerin|Contact",
        "ansprechperson|kontaktperson",
    ),
)

_ORGANISATION = (
    _t(
        "name",
        N_("Name"),
        "Name|Organisation|Verein|Träger|Einrichtung|Organisation Name|Organization|"
        "Name des Vereins",
        "verein|organisation|organization|traeger",
    ),
    _t("short_name", N_("Kurzname"), "Kurzname|Kürzel|Abkürzung|Short name", ""),
    _t("kind", N_("Art"), "Art|Typ|Kategorie|Organisationsart|Rechtsform|Type", ""),
    *(t for t in _PERSON if t.key in ("email", "phone", "street", "postcode", "city", "district")),
    _t("website", N_("Internetseite"), "Internetseite|Website|Homepage|Web|Internet|URL", "www"),
    _t("contact", N_("Ansprechperson"), "Ansprechperson|Ansprechpartner|Kontaktperson|Contact", ""),
    _t(
        "register_number",
        N_("Vereinsregister-Nr."),
        "Vereinsregister|VR|VR Nr|Registernummer|Vereinsregisternummer",
        "vereinsregister",
    ),
    _t("members_count", N_("Mitglieder"), "Mitglieder|Anzahl Mitglieder|Members", "mitglieder"),
    _t("countries", N_("Herkunftsländer"), "Herkunftsländer|Herkunft|Communities", ""),
    next(t for t in _PERSON if t.key == NOTES),
)

TARGETS: dict[str, tuple[Target, ...]] = {
    "volunteer": _VOLUNTEER,
    "newcomer": _NEWCOMER,
    "organisation": _ORGANISATION,
}


def targets(entity: str) -> dict[str, Target]:
    if entity not in TARGETS:
        raise ValueError(f"kein Import für {entity!r}")
    return {t.key: t for t in TARGETS[entity]}


def _score(header: str, target: Target) -> int:
    """How well a folded header names a target (0–100)."""
    from rapidfuzz import fuzz

    if not header:
        return 0
    if header in target.names:
        return 100
    best = max(int(fuzz.ratio(header, name)) for name in target.names)
    words = header.split()
    if len(words) >= 3 and target.words:  # a question: "Welche Sprachen sprechen Sie?"
        if any(w in words or (len(w) > 4 and w in header) for w in target.words):
            best = max(best, 90)
    elif len(words) <= 2 and any(w in words for w in target.words):
        best = max(best, 88)
    return best


def is_known_header(text: str, entity: str = "volunteer") -> bool:
    """True when a cell's text is a header some target knows (header detection)."""
    folded = fold_header(text)
    return any(_score(folded, t) >= SURE for t in TARGETS[entity])


def suggest(entity: str, headers: Sequence[str]) -> dict[int, str]:
    """The suggested mapping of the columns ``headers``: best matches first, each
    target once (the notes may take several columns)."""
    folded = [fold_header(h) for h in headers]
    candidates: list[tuple[int, int, str]] = []
    for column, header in enumerate(folded):
        for target in TARGETS[entity]:
            score = _score(header, target)
            if score >= SURE:
                candidates.append((score, column, target.key))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    many = {t.key for t in TARGETS[entity] if t.many}
    for _points, column, key in candidates:
        if column in mapping or (key in taken and key not in many):
            continue
        mapping[column] = key
        taken.add(key)
    # "Name" next to "Vorname" is the surname; a lone "Name" column holds both.
    name_columns = [c for c, k in mapping.items() if k == "last_name"]
    if name_columns and "first_name" not in taken and entity != "organisation":
        column = name_columns[0]
        if folded[column] in ("name", "namen", "name vorname", "nachname vorname"):
            mapping[column] = FULL_NAME
    if FULL_NAME in mapping.values() and "first_name" in taken and "last_name" not in taken:
        column = next(c for c, k in mapping.items() if k == FULL_NAME)
        mapping[column] = "last_name"
    # An online form's time of sending is the day its consent box was ticked, not the
    # day someone became active: with a consent column it dates the consent.
    if "consent" in taken and CONSENT_ON not in taken:
        for column, key in mapping.items():
            if key == "since" and folded[column] in SENT_HEADERS:
                mapping[column] = CONSENT_ON
                break
    return dict(sorted(mapping.items()))


# The headers of the column in which an online form notes when it was sent.
SENT_HEADERS = frozenset(
    {"zeitstempel", "timestamp", "eingereicht am", "eingereicht", "submitted", "submitted at"}
)


def check(entity: str, mapping: Mapping[int, str]) -> list[str]:
    """What is wrong with a mapping, in German (empty: it can be imported)."""
    known = targets(entity)
    problems = []
    unknown = sorted({k for k in mapping.values() if k not in known})
    if unknown:
        problems.append(_("Unbekannte Zielfelder: {keys}.", keys=", ".join(unknown)))
    counts: dict[str, int] = {}
    for key in mapping.values():
        counts[key] = counts.get(key, 0) + 1
    twice = [
        known[k].label for k, n in counts.items() if n > 1 and k in known and not known[k].many
    ]
    if twice:
        problems.append(_("Mehrfach zugeordnet: {fields}.", fields=", ".join(sorted(twice))))
    names = set(mapping.values())
    needed = "name" if entity == "organisation" else "last_name"
    if needed not in names and FULL_NAME not in names:
        problems.append(
            _("Keine Spalte für den Namen gewählt.")
            if entity == "organisation"
            else _("Keine Spalte für den Nachnamen (oder den ganzen Namen) gewählt.")
        )
    return problems


# -- saving a mapping under a name ------------------------------------------------------


def to_json(entity: str, headers: Sequence[str], mapping: Mapping[int, str]) -> str:
    """A mapping as stored: by header text, so that it fits the next file whose
    columns have the same names in another order."""
    return json.dumps(
        {
            "entity": entity,
            # every column: the ones left out as "" (so a later file does not map them)
            "columns": {header: mapping.get(c, "") for c, header in enumerate(headers) if header},
        },
        ensure_ascii=False,
    )


def from_json(
    text: str, headers: Sequence[str], *, suggest_others: bool = False
) -> tuple[str | None, dict[int, str]]:
    """A stored mapping applied to ``headers`` (matched by folded header text). With
    ``suggest_others``, columns the mapping does not know get the suggested target (a
    partner's list that calls »Name« »Nachname«), if that target is still free."""
    try:
        data = json.loads(text)
        columns = data["columns"]
        if not isinstance(columns, dict):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise ValueError(_("Die gespeicherte Zuordnung ist unlesbar.")) from None
    by_header = {fold_header(h): key for h, key in columns.items()}
    mapping = {}
    for column, header in enumerate(headers):
        key = by_header.get(fold_header(header))
        if key:
            mapping[column] = str(key)
    entity = data.get("entity")
    if suggest_others and entity in TARGETS:
        taken = set(mapping.values())
        many = {t.key for t in TARGETS[entity] if t.many}
        for column, key in suggest(entity, headers).items():
            known = fold_header(headers[column]) in by_header
            if not known and column not in mapping and (key not in taken or key in many):
                mapping[column] = key
                taken.add(key)
    return entity, dict(sorted(mapping.items()))
