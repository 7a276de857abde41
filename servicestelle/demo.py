"""Beispieldaten: realistic synthetic records for demonstrations, training and load tests.

``generate(db, volunteers=N)`` writes N volunteers and everything else in proportion:
about 0.6 N newcomers (persons and families), max(10, N/100) organisations with
contact persons, consultations and funding applications, 0.4 N pairings, 0.3 N help
requests with asked volunteers, max(4, N/500) events with attendance, hours and a
contact log. Names are German, Ukrainian, Arabic, Afghan, Turkish, Eritrean, Somali
and Vietnamese in their usual Latin spellings; some Ukrainian names are stored in
Cyrillic and some Arabic names in Arabic script. The same seed gives the same people,
texts and relations (dates are relative to ``today``).

Speed: everything is written in one transaction, in chunks of rows per table, with
ids assigned here (after the highest id already in each table, so demo data can be
added to a database that is in use). Each chunk is one ``executemany`` of an INSERT
that SQLAlchemy compiled, with values converted by the columns' own SQLAlchemy types
(see ``_Insert``): what is stored is what ``conn.execute(insert(table), rows)`` would
store, at about half its cost. On SQLite the page cache is enlarged while writing.
100,000 volunteers (about 1.4 million rows) take about half a minute on a small
two-core machine.

Audit log: bulk rows bypass the ORM session and so its per-field audit hook. Instead,
one audit entry per table written summarises the import (action »angelegt«, entity =
table name, entity id 0, new value »Beispieldaten: N Datensätze«); the records carry
``created_by = updated_by = 'Beispieldaten'``. The global search index is filled for
every searchable record from the same parts the search module indexes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from contextlib import suppress
from decimal import Decimal
from itertools import repeat
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Date, DateTime, Table, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from . import models as m
from .availability import pack
from .enums import (
    AuditAction,
    CandidateAnswer,
    ContactChannel,
    EventKind,
    EventStatus,
    FoundingStage,
    FundingStatus,
    LanguageLevel,
    NewcomerKind,
    NewcomerStatus,
    OrganisationKind,
    PairingEndReason,
    PairingStatus,
    RequestStatus,
    VolunteerStatus,
)
from .search import BY_ENTITY, fold_document

if TYPE_CHECKING:
    from .db import Database

AUTHOR = "Beispieldaten"
CHUNK = 5000

# The records whose number the progress callback counts (their link rows come along).
_MAIN_TABLES = ("organisation", "volunteer", "newcomer", "pairing", "help_request", "event")

Row = dict[str, Any]


# -- small helpers -----------------------------------------------------------------


class _Weighted:
    """Fast weighted choice (cumulative weights computed once)."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        pairs = [(item, weight) for item, weight in pairs if weight > 0]
        self.items = [item for item, _ in pairs]
        self.cum = list(itertools.accumulate(weight for _, weight in pairs))
        self.total = self.cum[-1] if self.cum else 0.0

    def __bool__(self) -> bool:
        return bool(self.items)

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def _ri(rng: random.Random, low: int, high: int) -> int:
    """A random integer in [low, high] (like ``randint``, a good deal faster)."""
    return low + int(rng.random() * (high - low + 1))


def _ch(rng: random.Random, items: Sequence[Any]) -> Any:
    """A random element (like ``choice``, a good deal faster)."""
    return items[int(rng.random() * len(items))]


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def _between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A random day in [start, end]; ``start`` when the range is empty."""
    span = (end - start).days
    if span <= 0:
        return start
    return start + dt.timedelta(days=int(rng.random() * (span + 1)))


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


_TRANSLIT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ş": "s", "ç": "c", "ğ": "g"}
)
_ASCII_CACHE: dict[str, str] = {}


def ascii_name(value: str) -> str:
    """A name as it appears in e-mail addresses: lower case, umlauts written out,
    accents removed, other characters replaced by hyphens (»Öztürk« → »oeztuerk«)."""
    cached = _ASCII_CACHE.get(value)
    if cached is None:
        text = unicodedata.normalize("NFKD", value.lower().translate(_TRANSLIT))
        text = text.encode("ascii", "ignore").decode("ascii")
        cached = "".join(ch if ch.isalnum() else "-" for ch in text).strip("-")
        while "--" in cached:
            cached = cached.replace("--", "-")
        _ASCII_CACHE[value] = cached
    return cached


def _slug(name: str) -> str:
    """A short web/e-mail domain label for an organisation's name."""
    words = [w for w in ascii_name(name.replace("e.V.", "")).split("-") if w]
    slug = ""
    for word in words:
        if slug and len(slug) + 1 + len(word) > 36:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug[:40] or "verein"


def _phone_forms(e164: str | None) -> list[str]:
    """The search forms of a German E.164 number exactly as ``search._phone_forms``
    gives them (``49385…`` and the national digits ``0385…``), without parsing each
    generated number again (a test checks that both agree)."""
    if not e164:
        return []
    return [e164[1:], "0" + e164[3:]]


# -- name pools --------------------------------------------------------------------


class _Origin:
    """Where a person comes from: names, languages, countries and native script."""

    def __init__(
        self,
        key: str,
        countries: Sequence[tuple[str, float]],
        female: str,
        male: str,
        last: str,
        script: dict[str, str] | None = None,
        script_share: float = 0.0,
        arrival: tuple[int, int] = (2015, 2025),
    ) -> None:
        self.key = key
        self.countries = _Weighted(countries)
        self.female = female.split()
        self.male = male.split()
        self.last = last.split()
        self.script = script or {}
        self.script_share = script_share
        self.arrival = arrival


# Ukrainian names in Cyrillic, as some people write them in forms.
_UK_SCRIPT = {
    "Olena": "Олена", "Oksana": "Оксана", "Iryna": "Ірина", "Tetiana": "Тетяна",
    "Nataliia": "Наталія", "Yuliia": "Юлія", "Kateryna": "Катерина", "Anastasiia": "Анастасія",
    "Svitlana": "Світлана", "Olha": "Ольга", "Halyna": "Галина", "Mariia": "Марія",
    "Andrii": "Андрій", "Oleksandr": "Олександр", "Serhii": "Сергій", "Dmytro": "Дмитро",
    "Volodymyr": "Володимир", "Mykola": "Микола", "Yurii": "Юрій", "Vasyl": "Василь",
    "Ivan": "Іван", "Taras": "Тарас", "Bohdan": "Богдан", "Maksym": "Максим",
    "Shevchenko": "Шевченко", "Kovalenko": "Коваленко", "Bondarenko": "Бондаренко",
    "Tkachenko": "Ткаченко", "Kravchenko": "Кравченко", "Melnyk": "Мельник", "Boiko": "Бойко",
    "Koval": "Коваль", "Oliinyk": "Олійник", "Lysenko": "Лисенко", "Marchenko": "Марченко",
    "Savchenko": "Савченко", "Rudenko": "Руденко", "Petrenko": "Петренко", "Moroz": "Мороз",
    "Pavlenko": "Павленко", "Kovalchuk": "Ковальчук", "Polishchuk": "Поліщук",
    "Hnatiuk": "Гнатюк", "Ponomarenko": "Пономаренко",
}

# Arabic names in Arabic script.
_AR_SCRIPT = {
    "Fatima": "فاطمة", "Aisha": "عائشة", "Mariam": "مريم", "Lina": "لينا", "Rania": "رانيا",
    "Hiba": "هبة", "Nour": "نور", "Rasha": "رشا", "Amal": "أمل", "Layla": "ليلى",
    "Sara": "سارة", "Huda": "هدى", "Ahmad": "أحمد", "Mohammed": "محمد", "Omar": "عمر",
    "Khaled": "خالد", "Mahmoud": "محمود", "Yousef": "يوسف", "Ali": "علي", "Hassan": "حسن",
    "Samer": "سامر", "Tarek": "طارق", "Ibrahim": "إبراهيم", "Bilal": "بلال",
    "Al-Hassan": "الحسن", "Al-Ahmad": "الأحمد", "Haddad": "حداد", "Khalil": "خليل",
    "Nasser": "ناصر", "Saleh": "صالح", "Othman": "عثمان", "Darwish": "درويش",
    "Al-Khatib": "الخطيب", "Abdullah": "عبدالله", "Al-Masri": "المصري", "Suleiman": "سليمان",
    "Kassem": "قاسم", "Hamdan": "حمدان", "Al-Sayed": "السيد",
}

ORIGINS: dict[str, _Origin] = {
    "de": _Origin(
        "de",
        [("Deutschland", 1)],
        "Anna Maria Katharina Sabine Petra Monika Ursula Renate Karin Birgit Heike Anja "
        "Susanne Claudia Kerstin Sandra Stefanie Julia Lena Laura Sophie Hannah Lea Marie "
        "Charlotte Johanna Franziska Jana Doreen Manuela Ines Antje Silke Gisela Ingrid "
        "Brigitte Helga Dörte Gesine Annegret Bärbel Jördis Maren Wiebke",
        "Peter Michael Thomas Andreas Frank Jürgen Uwe Klaus Hans Wolfgang Dieter Bernd "
        "Ralf Torsten Jens Steffen Sven Matthias Stefan Christian Tobias Jonas Lukas Felix "
        "Paul Max Leon Finn Jörg Björn Günter Horst Dirk Kai Ole Malte Henning Hauke",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
        "Schröder Koch Bauer Richter Klein Wolf Schäfer Neumann Schwarz Zimmermann Braun "
        "Krüger Hartmann Lange Werner Krause Meier Lehmann Schulze Köhler Herrmann König "
        "Walter Fuchs Peters Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Günther "
        "Winkler Lorenz Baumann Franke Albrecht Böhm Winter Krämer Vogt Stein Jäger Otto "
        "Sommer Groß Seidel Brandt Haas Dietrich Kühn Pohl Engel Horn Busch Bergmann Voigt "
        "Sauer Arnold Pfeiffer Wendt Evers Brüggemann Petersen Rieck Behrens Lüdtke Timm "
        "Thiede Stoltenberg Ahrens Jacobs Hinz Rathke Dörge Kröger Lüth",
    ),
    "uk": _Origin(
        "uk",
        [("Ukraine", 1)],
        "Olena Oksana Iryna Tetiana Nataliia Yuliia Kateryna Anastasiia Svitlana Olha "
        "Halyna Mariia",
        "Andrii Oleksandr Serhii Dmytro Volodymyr Mykola Yurii Vasyl Ivan Taras Bohdan Maksym",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boiko Koval Oliinyk "
        "Lysenko Marchenko Savchenko Rudenko Petrenko Moroz Pavlenko Kovalchuk Polishchuk "
        "Hnatiuk Ponomarenko",
        _UK_SCRIPT,
        0.18,
        (2022, 2025),
    ),
    "ar": _Origin(
        "ar",
        [("Syrien", 6), ("Irak", 2), ("Jemen", 0.5), ("Sudan", 0.5), ("Libanon", 0.5)],
        "Fatima Aisha Mariam Lina Rania Hiba Nour Rasha Amal Layla Sara Huda",
        "Ahmad Mohammed Omar Khaled Mahmoud Yousef Ali Hassan Samer Tarek Ibrahim Bilal",
        "Al-Hassan Al-Ahmad Haddad Khalil Ibrahim Mahmoud Al-Sayed Hamdan Nasser Saleh "
        "Yousef Othman Darwish Al-Khatib Abdullah Al-Masri Suleiman Kassem",
        _AR_SCRIPT,
        0.14,
        (2015, 2025),
    ),
    "af": _Origin(
        "af",
        [("Afghanistan", 1)],
        "Zahra Mariam Farzana Shabnam Parwana Sima Nilofar Fereshta Marzia Khadija",
        "Mohammad Farid Jawad Mustafa Hamid Nasir Rahim Sayed Wahid Alireza Habib Najib",
        "Karimi Ahmadzai Rahimi Hashimi Sultani Noori Popal Safi Hakimi Amiri Azizi "
        "Stanikzai Mohammadi Haidari Sadat Jalali",
        arrival=(2016, 2025),
    ),
    "tr": _Origin(
        "tr",
        [("Türkei", 1)],
        "Ayşe Fatma Emine Elif Zeynep Hatice Gül Derya Esra Merve Aylin Selin",
        "Mehmet Mustafa Murat Hüseyin Emre Can Burak Kemal Serkan Yusuf Ömer Tarık",
        "Öztürk Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Özdemir Arslan Doğan Kılıç "
        "Aslan Çetin Koç Kurt",
        arrival=(2016, 2025),
    ),
    "er": _Origin(
        "er",
        [("Eritrea", 1)],
        "Semhar Selam Helen Saba Luwam Senait Feven Mebrat",
        "Yonas Dawit Filmon Robel Mehari Tesfalem Amanuel Kidane",
        "Tesfaye Haile Gebremedhin Tekle Berhane Kidane Woldu Ghebreyesus Habte Mengisteab",
        arrival=(2015, 2024),
    ),
    "so": _Origin(
        "so",
        [("Somalia", 1)],
        "Hodan Amina Fadumo Ifrah Sahra Nimco Hibaaq Faduma",
        "Abdi Mohamed Liban Abdirahman Mahad Guled Bashir Hamza",
        "Hassan Warsame Farah Mohamud Jama Omar Osman Ahmed Nur Yusuf",
        arrival=(2015, 2024),
    ),
    "vi": _Origin(
        "vi",
        [("Vietnam", 1)],
        "Lan Huong Mai Hoa Thu Ngoc Linh Trang",
        "Minh Tuan Duc Hung Nam Long Quang Thanh",
        "Nguyen Tran Le Pham Hoang Vu Dang Do Bui Ngo",
        arrival=(1990, 2020),
    ),
}

_VOLUNTEER_ORIGINS = _Weighted(
    [("de", 66), ("uk", 10), ("ar", 8), ("tr", 7), ("af", 5), ("vi", 2), ("er", 1), ("so", 1)]
)
_NEWCOMER_ORIGINS = _Weighted(
    [("uk", 34), ("ar", 25), ("af", 20), ("tr", 6), ("er", 6), ("so", 5), ("vi", 2)]
)

L = LanguageLevel


def _origin_languages(rng: random.Random, origin: str, *, age: int, volunteer: bool
                      ) -> list[tuple[str, LanguageLevel]]:
    """Languages (ISO code, level) a person of this origin typically speaks."""
    r = rng.random
    result: list[tuple[str, LanguageLevel]] = []
    if origin == "de":
        result.append(("de", L.NATIVE))
        if r() < 0.65:
            result.append(("en", (L.FLUENT, L.GOOD, L.GOOD, L.BASIC)[int(r() * 4)]))
        if age > 45 and r() < 0.35:
            result.append(("ru", (L.GOOD, L.BASIC, L.BASIC)[int(r() * 3)]))
        if r() < 0.10:
            result.append(("fr", (L.GOOD, L.BASIC)[int(r() * 2)]))
        if r() < 0.06:
            result.append(("es", (L.FLUENT, L.GOOD, L.BASIC)[int(r() * 3)]))
        for code, share in (("ar", 0.02), ("uk", 0.02), ("pl", 0.02), ("tr", 0.01)):
            if r() < share:
                result.append((code, L.BASIC))
        return result
    if origin == "uk":
        result.append(("uk", L.NATIVE))
        if r() < 0.8:
            result.append(("ru", L.FLUENT))
        if r() < 0.4:
            result.append(("en", (L.GOOD, L.BASIC)[int(r() * 2)]))
    elif origin == "ar":
        result.append(("ar", L.NATIVE))
        if r() < 0.15:
            result.append(("kmr", L.NATIVE))
        if r() < 0.35:
            result.append(("en", (L.FLUENT, L.GOOD, L.BASIC)[int(r() * 3)]))
    elif origin == "af":
        first = ("prs", "prs", "fa", "ps")[int(r() * 4)]
        result.append((first, L.NATIVE))
        if r() < 0.4:
            result.append(("fa" if first != "fa" else "prs", L.FLUENT))
        if r() < 0.25:
            result.append(("en", (L.GOOD, L.BASIC)[int(r() * 2)]))
        if r() < 0.05:
            result.append(("ur", L.GOOD))
    elif origin == "tr":
        result.append(("tr", L.NATIVE))
        if r() < 0.15:
            result.append(("kmr", (L.NATIVE, L.FLUENT)[int(r() * 2)]))
        if r() < 0.35:
            result.append(("en", (L.GOOD, L.BASIC)[int(r() * 2)]))
    elif origin == "er":
        result.append(("ti", L.NATIVE))
        if r() < 0.25:
            result.append(("ar", L.GOOD))
        if r() < 0.4:
            result.append(("en", (L.GOOD, L.BASIC)[int(r() * 2)]))
    elif origin == "so":
        result.append(("so", L.NATIVE))
        if r() < 0.3:
            result.append(("ar", L.GOOD))
        if r() < 0.45:
            result.append(("en", (L.GOOD, L.BASIC)[int(r() * 2)]))
    elif origin == "vi":
        result.append(("vi", L.NATIVE))
    if volunteer:
        if origin in ("tr", "vi") and r() < 0.4:
            result.append(("de", L.NATIVE))
        else:
            result.append(("de", (L.FLUENT, L.FLUENT, L.GOOD)[int(r() * 3)]))
    elif r() < 0.7:
        result.append(("de", (L.GOOD, L.BASIC, L.BASIC, L.BASIC)[int(r() * 4)]))
    return result


# -- places ------------------------------------------------------------------------

_POSTCODES = {
    "Innenstadt und Nord": ("19053", "19055"),
    "West": ("19057", "19059"),
    "Süd": ("19061",),
    "Südost": ("19063",),
}
_STREETS = {
    "Innenstadt und Nord": (
        "Puschkinstraße Schloßstraße Mecklenburgstraße Friedrichstraße Werderstraße "
        "Knaudtstraße Bergstraße Münzstraße Apothekerstraße Goethestraße Schelfstraße "
        "Amtstraße Bischofstraße Wismarsche_Straße Lübecker_Straße Arsenalstraße "
        "Gaußstraße Lindenstraße"
    ),
    "West": (
        "Lankower_Straße Kieler_Straße Rostocker_Straße Gadebuscher_Straße "
        "Ratzeburger_Straße Grevesmühlener_Straße Rahlstedter_Straße Kantstraße "
        "Friesenstraße Hamburger_Straße Eutiner_Straße Sandstraße"
    ),
    "Süd": (
        "Ludwigsluster_Chaussee Crivitzer_Chaussee Hagenower_Straße Wuppertaler_Straße "
        "Ostorfer_Ufer Gartenstraße Robert-Koch-Straße Am_Krebsbach"
    ),
    "Südost": (
        "Hamburger_Allee Ziolkowskistraße Keplerstraße Tallinner_Straße Vidiner_Straße "
        "Pankower_Straße Dreescher_Markt Plater_Straße Perleberger_Straße "
        "Egon-Erwin-Kisch-Straße Berliner_Platz Hegelstraße Lomonossowstraße "
        "Galileo-Galilei-Straße Kopernikusstraße Osloer_Straße"
    ),
}
_STREETS_BY_AREA = {
    area: [s.replace("_", " ") for s in names.split()] for area, names in _STREETS.items()
}
_ALL_STREETS = [s for names in _STREETS_BY_AREA.values() for s in names]
_VILLAGES = (
    ("19075", "Pampow"), ("19065", "Raben Steinfeld"), ("19067", "Leezen"),
    ("19086", "Plate"), ("19073", "Wittenförden"), ("19069", "Lübstorf"),
)
_VOLUNTEER_DISTRICT_WEIGHT = {
    "Altstadt": 3, "Feldstadt": 3, "Paulsstadt": 3, "Schelfstadt": 3, "Werdervorstadt": 3,
    "Weststadt": 3, "Lankow": 3, "Großer Dreesch": 3, "Neu Zippendorf": 2,
    "Mueßer Holz": 2, "Krebsförden": 2, "Zippendorf": 1.5, "Ostorf": 1.5, "Gartenstadt": 1.5,
}
_NEWCOMER_DISTRICT_WEIGHT = {
    "Großer Dreesch": 8, "Neu Zippendorf": 8, "Mueßer Holz": 9, "Lankow": 4, "Weststadt": 3,
    "Krebsförden": 2, "Altstadt": 1.5, "Feldstadt": 1.5, "Paulsstadt": 1.5, "Schelfstadt": 1,
}
_MAIL_DOMAINS = _Weighted(
    [("web.de", 5), ("gmx.de", 5), ("gmail.com", 6), ("t-online.de", 3), ("posteo.de", 1),
     ("outlook.de", 2), ("freenet.de", 1), ("icloud.com", 1), ("mail.de", 1)]
)
_MOBILE_PREFIXES = (
    "151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174",
    "175", "176", "177", "178", "179",
)
_STAFF = ("Frau Krüger", "Herr Petersen", "Frau Haddad", "Frau Winkler", "Herr Brandt")

# -- texts -------------------------------------------------------------------------

_VOLUNTEER_NOTES = (
    "hat ein Auto, kann fahren", "möchte gern mit Kindern arbeiten", "bitte vorher anrufen",
    "über die Freiwilligenagentur", "kam über das Ehrenamtsforum", "kann auch kurzfristig",
    "Sprachcafé in der Stadtbibliothek", "hat selbst Fluchterfahrung",
    "Empfehlung von Caritas", "möchte zunächst nur einzelne Begleitungen",
)
# (female, male) notes that fit an age group: students, working age, retired.
_NOTES_YOUNG = (("Studentin, Lehramt Deutsch", "Student, Lehramt Deutsch"),
                ("Studentin der Sozialen Arbeit", "Student der Sozialen Arbeit"),
                ("macht ein Freiwilliges Soziales Jahr", "macht ein Freiwilliges Soziales Jahr"))
_NOTES_WORKING = (("arbeitet im Schichtdienst", "arbeitet im Schichtdienst"),
                  ("Erzieherin, kennt sich mit Kitas aus", "Erzieher, kennt sich mit Kitas aus"),
                  ("arbeitet in der Verwaltung", "arbeitet in der Verwaltung"))
_NOTES_RETIRED = (("Rentnerin, früher Krankenschwester", "Rentner, früher Arzt"),
                  ("Rentnerin, früher Lehrerin", "Rentner, früher Lehrer"),
                  ("im Ruhestand, viel Zeit am Vormittag", "im Ruhestand, viel Zeit am Vormittag"))
_AVAILABILITY_NOTES = (
    "am liebsten vormittags", "nicht in den Schulferien", "bitte vorher anrufen",
    "nach Absprache auch am Wochenende", "nur jede zweite Woche", "ab 16 Uhr",
)
_NEWCOMER_NOTES = (
    "Termin bei der Ausländerbehörde steht an", "Kinder besuchen die Grundschule",
    "Integrationskurs B1 abgeschlossen", "sucht eine größere Wohnung",
    "wünscht Kontakt zu einer deutschen Familie", "Vater arbeitet im Schichtdienst",
    "möchte eine Ausbildung in der Pflege beginnen", "Integrationskurs läuft",
    "über Migrationsberatung vermittelt", "Sohn sucht einen Sportverein",
)
_VOLUNTEER_CONTACT = (
    ("Erstgespräch", "Erstgespräch geführt, Interessen und Zeiten aufgenommen."),
    ("Rückfrage", "Nachgefragt, ob weiterhin Zeit für Begleitungen ist."),
    ("Führungszeugnis", "An das erweiterte Führungszeugnis erinnert."),
    ("Einladung", "Zum Ehrenamtsforum eingeladen."),
    ("Dank", "Für den Einsatz bedankt, Ehrenamtsnachweis angeboten."),
    ("Rückmeldung", "Berichtet von einer gelungenen Begleitung."),
)
_PAIRING_CONTACT = (
    ("Nachfrage", "Treffen finden regelmäßig statt, beide sind zufrieden."),
    ("Nachfrage", "Treffen seltener wegen Prüfungszeit, läuft aber weiter."),
    ("Erstgespräch", "Erstes Kennenlernen in der Servicestelle, Termine vereinbart."),
    ("Rückmeldung", "Familie wünscht zusätzlich Hilfe bei der Wohnungssuche."),
    ("Nachfrage", "Kontakt schwierig, Nachfrage in zwei Wochen."),
    ("Abschluss", "Abschlussgespräch geführt."),
)
_REQUEST_CONTACT = (
    ("Anfrage aufgenommen", "Anfrage telefonisch aufgenommen."),
    ("Rückfrage", "Termin und Sprache mit der anfragenden Stelle geklärt."),
    ("Vermittlung", "Kontakt zwischen Ehrenamtlicher*m und Familie hergestellt."),
    ("Rückmeldung", "Begleitung hat stattgefunden."),
)
_ORGANISATION_CONTACT = (
    ("Austausch", "Austausch über aktuelle Bedarfe."),
    ("Kooperation", "Gemeinsames Angebot für den Herbst besprochen."),
    ("Einladung", "Zum Ehrenamtsforum eingeladen."),
    ("Beratung", "Beratungstermin vereinbart."),
    ("Rückmeldung", "Neue Ansprechperson mitgeteilt."),
)
_NEWCOMER_CONTACT = (
    ("Erstgespräch", "Erstgespräch mit Sprachmittlung geführt."),
    ("Nachfrage", "Nachgefragt, ob die Unterstützung passt."),
    ("Rückmeldung", "Familie bedankt sich für die Begleitung."),
)
_EVENT_CONTACT = (
    ("Raum", "Raum reserviert und Technik angefragt."),
    ("Auswertung", "Rückmeldungen der Teilnehmenden ausgewertet."),
    ("Referentin", "Referentin hat zugesagt."),
)
_FOCUS = (
    "Deutsch üben und Alltag", "Begleitung bei Behördengängen", "Hausaufgaben und Schule",
    "Wohnungssuche", "Freizeit und Stadt kennenlernen", "Bewerbungen und Ausbildung",
    "Familie im Alltag begleiten", "Gespräche auf Deutsch",
)
_END_NOTES = {
    PairingEndReason.GOAL_REACHED: "Familie kommt gut allein zurecht.",
    PairingEndReason.MOVED: "Umzug in eine andere Stadt.",
    PairingEndReason.NO_TIME: "Neue Arbeitsstelle, keine Zeit mehr.",
    PairingEndReason.CONTACT_LOST: "Kein Kontakt mehr trotz mehrerer Versuche.",
    PairingEndReason.NOT_A_MATCH: "Erwartungen passten nicht zusammen.",
    PairingEndReason.OTHER: "Einvernehmlich beendet.",
}
_HOURS_TEXT = (
    "Treffen", "Begleitung zum Termin", "Deutsch geübt", "Hausaufgaben", "Ausflug",
    "Formulare ausgefüllt", "Telefonat und Absprachen", "Wohnungsbesichtigung",
)
_REQUEST_TITLES = {
    "Begleitung zu Ämtern und Behörden": (
        "Begleitung zur Ausländerbehörde", "Begleitung zum Jobcenter",
        "Termin im Bürgerbüro (Ummeldung)", "Begleitung zur Familienkasse",
        "Kontoeröffnung bei der Sparkasse",
    ),
    "Arztbegleitung und Gesundheit": (
        "Begleitung zum Kinderarzt", "Facharzttermin – Begleitung gesucht",
        "Zahnarzttermin – Begleitung gesucht", "Hilfe bei der Krankenkasse",
    ),
    "Post und Formulare verstehen": (
        "Hilfe beim Kindergeldantrag", "Briefe vom Jobcenter verstehen",
        "Weiterbewilligungsantrag ausfüllen", "Hilfe bei der Nebenkostenabrechnung",
    ),
    "Wohnungssuche und Umzug": (
        "Wohnungssuche für Familie mit {kinder} Kindern", "Umzugshilfe am Wochenende",
        "Wohnungsbesichtigung in {stadtteil}",
    ),
    "Deutsch üben": (
        "Gesprächspartner*in zum Deutschüben gesucht", "Sprachpatenschaft (Niveau A2)",
        "Vorbereitung auf die B1-Prüfung",
    ),
    "Hausaufgabenhilfe und Lernpatenschaft": (
        "Hausaufgabenhilfe für zwei Kinder (Klasse 3 und 5)",
        "Lernpatenschaft Mathematik, Klasse 8",
        "Unterstützung beim Lesen, Klasse 2",
    ),
    "Kita und Schule": (
        "Begleitung zum Elternabend", "Hilfe bei der Kita-Anmeldung",
        "Elterngespräch in der Schule ({sprache})",
    ),
    "Ausbildung, Arbeit und Bewerbung": (
        "Bewerbungsunterlagen erstellen", "Praktikumsplatz im Handwerk gesucht",
        "Anerkennung des Berufsabschlusses",
    ),
    "Dolmetschen und Übersetzen": (
        "Dolmetschen beim Arzttermin ({sprache})", "Telefonisches Dolmetschen ({sprache})",
        "Übersetzung eines Schulbriefes ({sprache})",
    ),
    "Familienpatenschaft": (
        "Familienpatenschaft für Familie aus {land}", "Patin für alleinerziehende Mutter gesucht",
    ),
    "Freizeit, Sport und Kultur": (
        "Begleitung zum Sportverein", "Ausflug zum Schweriner Schloss", "Schwimmkurs für Kinder",
    ),
    "Sachspenden": (
        "Kinderfahrrad gesucht", "Möbel für die erste Wohnung", "Winterkleidung für Kinder",
        "Waschmaschine gesucht",
    ),
    "Mobilität": (
        "Fahrradfahren lernen", "Begleitung: Busfahren und Fahrkarten",
        "Fahrdienst zum Krankenhaus",
    ),
    "Frauen- und Müttertreff": (
        "Kontakt zu einem Frauentreff gesucht", "Begleitung zum Müttercafé",
    ),
}
_CHILD_FIELDS = ("Hausaufgaben", "Kita", "Familienpatenschaft", "Müttertreff")
_REQUESTERS = (
    "Nachbarin der Familie", "Anruf aus dem Bürgerbüro", "Hausverwaltung im Mueßer Holz",
    "Schulsozialarbeit", "Integrationskursträger", "Migrationsberatung", "Kinderarztpraxis",
)
_OUTCOME_DONE = (
    "Begleitung hat stattgefunden.", "Termin erfolgreich wahrgenommen.",
    "Familie kommt jetzt allein zurecht.", "Spende übergeben.", "Antrag ist abgegeben.",
)
_OUTCOME_FAILED = (
    "Keine passende Person mit den nötigen Sprachkenntnissen gefunden.",
    "Termin lag zu kurzfristig.", "Anfrage hat sich erledigt, Familie ist verzogen.",
    "Niemand zum gewünschten Zeitpunkt verfügbar.",
)
_LANGUAGE_NAMES_DE = {
    "uk": "Ukrainisch", "ar": "Arabisch", "prs": "Dari", "fa": "Farsi", "ps": "Paschtu",
    "tr": "Türkisch", "ti": "Tigrinya", "so": "Somali", "vi": "Vietnamesisch",
    "ru": "Russisch", "kmr": "Kurdisch", "en": "Englisch",
}

# Organisations
_MSO_ADJECTIVES = {
    "uk": "Ukrainischer", "ar": "Syrischer", "af": "Afghanischer", "tr": "Deutsch-Türkischer",
    "er": "Eritreischer", "so": "Somalischer", "vi": "Vietnamesischer",
}
_MSO_EXTRA = ("Arabischer", "Kurdischer", "Internationaler", "Interkultureller")
_MSO_NOUNS = (
    "Kulturverein", "Frauenverein", "Elternverein", "Jugendverein", "Sportverein",
    "Bildungsverein", "Begegnungsverein", "Nachbarschaftsverein",
)
_PROVIDERS = (  # (name, short name)
    ("Caritas Mecklenburg e.V.", "Caritas"), ("Internationaler Bund", "IB"),
    ("AWO Kreisverband Schwerin", "AWO"), ("Diakonie Westmecklenburg", "Diakonie"),
    ("DRK-Kreisverband Schwerin e.V.", "DRK"), ("Volkssolidarität Schwerin", "Volkssolidarität"),
    ("Evangelische Jugend Schwerin", "EJ Schwerin"), ("Arbeit und Leben MV", "Arbeit und Leben"),
)
_PROVIDER_OFFERS = (
    "Migrationsberatung", "Jugendmigrationsdienst", "Stadtteilbüro", "Begegnungsstätte",
    "Familienzentrum", "Sprachcafé", "Ehrenamtskoordination",
)
_AUTHORITIES = (
    "Jobcenter Schwerin", "Ausländerbehörde Schwerin", "Bürgerbüro Schwerin", "Jugendamt Schwerin",
    "Sozialamt Schwerin", "Gesundheitsamt Schwerin", "Agentur für Arbeit Schwerin",
    "Familienkasse",
)
_SCHOOL_KINDS = ("Grundschule", "Regionale Schule", "Gesamtschule", "Förderschule")
_KITA_NAMES = (
    "Sonnenschein", "Regenbogen", "Pusteblume", "Zwergenland", "Kinderland", "Spatzennest",
    "Wirbelwind", "Sternschnuppe", "Pünktchen", "Kleine Strolche",
)
_ASSOCIATIONS = (
    "Sportverein", "Heimatverein", "Fahrradwerkstatt", "Kleiderkammer", "Tafel",
    "Bürgerverein", "Kirchengemeinde", "Seniorentreff", "Nachbarschaftshilfe", "Chor",
    "Schachklub", "Kleingartenverein",
)
_ROLES = {
    OrganisationKind.MSO: ("Vorsitzende*r", "stellv. Vorsitzende*r", "Kassenwart*in"),
    OrganisationKind.PROVIDER: ("Koordination Ehrenamt", "Migrationsberatung", "Leitung"),
    OrganisationKind.AUTHORITY: ("Sachbearbeitung", "Integrationsbeauftragte*r", "Teamleitung"),
    OrganisationKind.SCHOOL: ("Schulleitung", "Schulsozialarbeit", "Kitaleitung", "Erzieher*in"),
    OrganisationKind.ASSOCIATION: ("Vorstand", "Ansprechperson Geflüchtete", "Jugendwart*in"),
}
_FUNDING_PROGRAMMES = (
    ("Integrationsfonds der Landeshauptstadt Schwerin", 4),
    ("100-€-Pauschalförderung", 3),
    ("Ehrenamtsstiftung MV", 2),
    ("Partnerschaft für Demokratie Schwerin", 1),
)
_MSO_TOPICS = {
    FoundingStage.IDEA: ("Idee eines Vereins besprechen", "Erstberatung Vereinsgründung"),
    FoundingStage.FOUNDING: ("Satzungsentwurf durchgesehen", "Gründungsversammlung vorbereiten",
                             "Eintragung ins Vereinsregister"),
    FoundingStage.REGISTERED: ("Gemeinnützigkeit beantragen", "Förderantrag Integrationsfonds",
                               "Kassenführung und Buchhaltung",
                               "Mitgliederversammlung vorbereiten"),
    FoundingStage.ESTABLISHED: ("Förderantrag Integrationsfonds", "Kooperation mit Schulen",
                                "Öffentlichkeitsarbeit", "Projektidee für Jugendliche"),
}
_VOLUNTEER_TOPICS = (
    "Erstgespräch", "Einsatzmöglichkeiten", "Versicherungsschutz im Ehrenamt",
    "Belastung in der Patenschaft", "Ehrenamtspauschale",
)

# Events
_TRAININGS = (
    "Interkulturelle Kompetenz", "Asyl- und Aufenthaltsrecht kompakt", "Grenzen setzen im Ehrenamt",
    "Kinderschutz im Ehrenamt", "Erste Hilfe", "Deutsch als Zweitsprache vermitteln",
    "Traumasensibler Umgang", "Sozialleistungen verstehen", "Kommunikation mit Sprachmittlung",
)
_MEETINGS = (
    "Treffen der Lernpat*innen", "Austausch Familienpatenschaften", "Sprachcafé-Team",
    "Stammtisch der Ehrenamtlichen", "Treffen der Dolmetscher*innen",
)
_OTHER_EVENTS = ("Sommerfest der Begegnung", "Interkulturelle Woche: Stadtspaziergang",
                 "Dankeschön-Abend für Ehrenamtliche")
_LOCATIONS = (
    "Servicestelle Integration, Am Packhof 2-6", "Stadthaus Schwerin, Am Packhof 2-6",
    "Stadtbibliothek, Wismarsche Straße 144", "Volkshochschule, Puschkinstraße 13",
    "Stadtteilzentrum Mueßer Holz", "Rathaus, Am Markt 14", "Begegnungsstätte Lankow",
)
_ROMAN = ("I", "II", "III", "IV")

_FUNDING_STATUS = _Weighted([(FundingStatus.PLANNED, 1), (FundingStatus.APPLIED, 2),
                             (FundingStatus.GRANTED, 5), (FundingStatus.REJECTED, 1.5)])
_END_REASONS = _Weighted([
    (PairingEndReason.GOAL_REACHED, 40), (PairingEndReason.MOVED, 15),
    (PairingEndReason.NO_TIME, 15), (PairingEndReason.CONTACT_LOST, 12),
    (PairingEndReason.NOT_A_MATCH, 8), (PairingEndReason.OTHER, 10),
])
_NEWCOMER_AFTER_PAIRING = _Weighted([(NewcomerStatus.CLOSED, 6), (NewcomerStatus.OPEN, 2),
                                     (NewcomerStatus.SUPPORTED, 2)])
_NEWCOMER_UNPAIRED = _Weighted([(NewcomerStatus.OPEN, 55), (NewcomerStatus.SUPPORTED, 15),
                                (NewcomerStatus.CLOSED, 30)])


# -- writing -----------------------------------------------------------------------


class _Memo(dict[Any, Any]):
    """A column type's bind processor, computed once per distinct value."""

    def __init__(self, process: Callable[[Any], Any]) -> None:
        super().__init__()
        self.process = process
        self[None] = None

    def __missing__(self, value: Any) -> Any:
        result = self[value] = self.process(value)
        return result


class _Insert:
    """A bulk INSERT of one table, prepared once.

    SQLAlchemy compiles the statement for the connection's dialect, and each column's
    own bind processor (the conversion ``conn.execute(insert(table), rows)`` applies)
    converts the values, once per distinct value (dates and enum values repeat a lot).
    The rows then go to the driver's ``executemany`` in one call: the stored values are
    exactly those of a Core insert, without SQLAlchemy's per-row parameter handling,
    which would cost about as much as the database's own work. Keys a row leaves out
    are NULL; ``constants`` gives columns that are the same in every row.
    """

    def __init__(self, conn: Connection, table: Table, constants: Row,
                 shared: dict[type, _Memo]) -> None:
        dialect = conn.dialect
        keys = list(table.c.keys())
        compiled = insert(table).compile(dialect=dialect, column_keys=keys)
        self.name = table.name
        self.known = frozenset(keys)
        self.sql = compiled.string
        self.positional = bool(compiled.positional)
        self.keys = list(compiled.positiontup or []) if self.positional else keys
        self.columns: list[tuple[str, Any, _Memo | None]] = []
        for key in self.keys:
            impl = table.c[key].type.dialect_impl(dialect)
            process = impl.bind_processor(dialect)
            memo = None
            if process is not None:
                if isinstance(impl, Date | DateTime):  # the same conversion in every table
                    memo = shared.get(type(impl)) or shared.setdefault(type(impl), _Memo(process))
                else:
                    memo = _Memo(process)
            constant = constants.get(key, _VARIES)
            if constant is not _VARIES and memo is not None:
                constant = memo[constant]
            self.columns.append((key, constant, memo))

    def execute(self, conn: Connection, rows: list[Row]) -> None:
        unknown = set().union(*rows) - self.known
        if unknown:
            raise ValueError(f"{self.name}: unbekannte Spalten {sorted(unknown)}")
        count = len(rows)
        get = dict.get
        values = []
        for key, constant, memo in self.columns:
            if constant is not _VARIES:
                values.append(repeat(constant, count))
            elif memo is None:
                values.append(map(get, rows, repeat(key)))
            else:
                values.append(map(memo.__getitem__, map(get, rows, repeat(key))))
        params: list[Any] = list(zip(*values, strict=True))
        if not self.positional:
            keys = self.keys
            params = [dict(zip(keys, row, strict=True)) for row in params]
        conn.exec_driver_sql(self.sql, params)


_VARIES = object()
_TRACKED: Row = {"created_by": AUTHOR, "updated_by": AUTHOR, "version": 1}


class _Writer:
    """Buffers rows per table and inserts them in chunks, parent tables first."""

    def __init__(
        self,
        db: Database,
        conn: Connection,
        now: dt.datetime,
        total: int,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self.conn = conn
        self.search = db.search
        self.now = now
        self.total = max(total, 1)
        self.progress = progress
        self.tables = {t.name: t for t in m.Base.metadata.sorted_tables}
        self.order = list(self.tables)  # dependency order: parents before children
        self.buffers: dict[str, list[Row]] = {name: [] for name in self.order}
        self.counts: dict[str, int] = dict.fromkeys(self.order, 0)
        self.search_rows: list[tuple[str, int, str]] = []
        self.last_id: dict[str, int] = {}
        for name, table in self.tables.items():
            if "id" in table.c:
                self.last_id[name] = int(
                    conn.execute(select(func.max(table.c.id))).scalar() or 0
                )
        self._times = [dt.time(h, mi) for h in range(8, 17) for mi in (5, 20, 35, 50)]
        self._stamps: dict[dt.date, list[dt.datetime]] = {}
        self._tick = 0
        self._folded: dict[str, list[str]] = {}
        self._inserts: dict[str, _Insert] = {}
        self._shared_memos: dict[type, _Memo] = {}

    def new_id(self, table: str) -> int:
        self.last_id[table] += 1
        return self.last_id[table]

    def stamp(self, day: dt.date) -> dt.datetime:
        """A plausible office time on ``day`` (one of four per day), never in the future."""
        stamps = self._stamps.get(day)
        if stamps is None:
            times = self._times
            first = day.toordinal() * 7
            stamps = self._stamps[day] = [
                min(dt.datetime.combine(day, times[(first + k) % len(times)]), self.now)
                for k in range(4)
            ]
        self._tick += 1
        return stamps[self._tick & 3]

    def add(self, table: str, day: dt.date, row: Row) -> None:
        """Queue a row; keys left out are NULL, the tracking columns are filled here."""
        row["created_at"] = row["updated_at"] = self.stamp(day)
        buffer = self.buffers[table]
        buffer.append(row)
        if len(buffer) >= CHUNK:
            self.flush()

    def index(self, entity: str, record_id: int, phone: str | None, **attrs: Any) -> None:
        """Queue the folded search text of a record, built from the search module's own
        parts (``phone`` is turned into its search forms here, see ``_phone_forms``)."""
        spec = BY_ENTITY[entity]
        parts = spec.parts(SimpleNamespace(phone=None, **attrs))
        parts.extend(_phone_forms(phone))
        self.search_rows.append((entity, record_id, self._fold(parts)))
        if len(self.search_rows) >= CHUNK:
            self.flush()

    def _fold(self, parts: list[str | None]) -> str:
        """``fold_document(parts)``, computed part by part: the tokens of space-joined
        parts are the union of each part's tokens, so the many repeated names and
        notes are folded once. Plain ASCII folds to its lower-case word tokens."""
        tokens: set[str] = set()
        cache = self._folded
        for part in parts:
            if not part:
                continue
            if part.isascii():
                tokens.update(_WORD.findall(part.lower()))
                continue
            folded = cache.get(part)
            if folded is None:
                folded = fold_document([part]).split()
                if len(cache) < 100_000:
                    cache[part] = folded
            tokens.update(folded)
        return " ".join(sorted(tokens))

    def flush(self) -> None:
        """Insert every buffered row, parent tables first, then the search texts."""
        for name in self.order:
            buffer = self.buffers[name]
            if buffer:
                self.buffers[name] = []
                statement = self._inserts.get(name)
                if statement is None:
                    table = self.tables[name]
                    constants = _TRACKED if "version" in table.c else {}
                    statement = self._inserts[name] = _Insert(
                        self.conn, table, constants, self._shared_memos)
                statement.execute(self.conn, buffer)
                self.counts[name] += len(buffer)
        if self.search_rows:
            rows, self.search_rows = self.search_rows, []
            self.search.put_many(self.conn, rows)
        if self.progress is not None:
            done = sum(self.counts[t] for t in _MAIN_TABLES)
            self.progress(min(done, self.total), self.total)

    def write_audit(self, user: str) -> None:
        rows = [
            {
                "id": self.new_id("audit_entry"),
                "at": self.now,
                "user": user,
                "action": AuditAction.CREATE,
                "entity": name,
                "entity_id": 0,
                "field": None,
                "old_value": None,
                "new_value": f"Beispieldaten: {count} Datensätze",
            }
            for name, count in self.counts.items()
            if count and name != "audit_entry"
        ]
        if rows:
            self.conn.execute(insert(self.tables["audit_entry"]), rows)
            self.counts["audit_entry"] += len(rows)


_WORD = re.compile(r"\w+")


# -- the generator -----------------------------------------------------------------


class _Person:
    __slots__ = ("origin", "female", "first", "last", "first_shown", "last_shown")

    def __init__(self, origin: str, female: bool, first: str, last: str,
                 first_shown: str, last_shown: str) -> None:
        self.origin = origin
        self.female = female
        self.first = first
        self.last = last
        self.first_shown = first_shown
        self.last_shown = last_shown


class _Generator:
    def __init__(self, db: Database, conn: Connection, n: int, seed: int,
                 today: dt.date, progress: Callable[[int, int], None] | None) -> None:
        self.db = db
        self.rng = random.Random(seed)
        self.today = today
        self.now = min(m.utcnow(), dt.datetime.combine(today, dt.time(23, 59)))
        self.n_vol = n
        self.n_new = round(0.6 * n)
        self.n_pair = min(round(0.4 * n), self.n_new)
        self.n_req = round(0.3 * n)
        self.n_org = max(10, n // 100)
        self.n_event = max(4, n // 500)
        total = self.n_org + self.n_vol + self.n_new + self.n_pair + self.n_req + self.n_event
        self.w = _Writer(db, conn, self.now, total, progress)
        self.emails: set[str] = set()
        self._load_lists(conn)

    # -- lists ----------------------------------------------------------------------

    def _load_lists(self, conn: Connection) -> None:
        districts = conn.execute(
            select(m.District.id, m.District.name, m.District.area).where(
                m.District.active.is_(True)
            ).order_by(m.District.sort_order, m.District.id)
        ).all()
        self.district_area = {d.id: d.area or "" for d in districts}
        self.district_name = {d.id: d.name for d in districts}
        self.vol_districts = _Weighted(
            [(d.id, _VOLUNTEER_DISTRICT_WEIGHT.get(d.name, 0.7)) for d in districts]
        )
        self.new_districts = _Weighted(
            [(d.id, _NEWCOMER_DISTRICT_WEIGHT.get(d.name, 0.3)) for d in districts]
        )
        langs = conn.execute(select(m.Language.code, m.Language.id)).all()
        self.lang = {code: lid for code, lid in langs}
        self.lang_code = {lid: code for code, lid in langs}
        fields = conn.execute(
            select(m.ActivityField.id, m.ActivityField.name).where(
                m.ActivityField.active.is_(True)
            ).order_by(m.ActivityField.sort_order, m.ActivityField.id)
        ).all()
        self.field_name = {f.id: f.name for f in fields}

        def weight(name: str, interpreter: bool) -> float:
            if "Dolmetsch" in name:
                return 5.0 if interpreter else 0.4
            for key, w in (("Deutsch", 3), ("Begleitung", 3), ("Hausaufgaben", 3),
                           ("Arzt", 2), ("Freizeit", 2), ("Familienpatenschaft", 1.5),
                           ("Sachspenden", 1.5), ("Post", 2)):
                if key in name:
                    return float(w)
            return 1.0

        self.vol_fields_de = _Weighted([(f.id, weight(f.name, False)) for f in fields])
        self.vol_fields_other = _Weighted([(f.id, weight(f.name, True)) for f in fields])
        self.req_fields = _Weighted([(f.id, weight(f.name, True)) for f in fields])

    # -- people -----------------------------------------------------------------------

    def person(self, origins: _Weighted, script_factor: float = 1.0,
               origin: str | None = None) -> _Person:
        rng = self.rng
        key = origin or origins.pick(rng)
        o = ORIGINS[key]
        female = rng.random() < 0.55
        first = _ch(rng, o.female if female else o.male)
        last = _ch(rng, o.last)
        first_shown, last_shown = first, last
        if o.script and rng.random() < o.script_share * script_factor:
            first_shown = o.script.get(first, first)
            last_shown = o.script.get(last, last)
        return _Person(key, female, first, last, first_shown, last_shown)

    def email(self, first: str, last: str, domain: str | None = None) -> str:
        rng = self.rng
        f, la = ascii_name(first), ascii_name(last)
        pattern = int(rng.random() * 6)
        if domain:
            local = f"{f}.{la}" if pattern < 4 else f"{f[:1]}.{la}"
        elif pattern == 0:
            local = f"{f}.{la}"
        elif pattern == 1:
            local = f"{f[:1]}.{la}"
        elif pattern == 2:
            local = f"{f}{la}"
        elif pattern == 3:
            local = f"{la}.{f}"
        else:
            local = f"{f}.{la}{_ri(rng, 1, 99)}"
        domain = domain or _MAIL_DOMAINS.pick(rng)
        address = f"{local}@{domain}"
        while address in self.emails:
            address = f"{local}{_ri(rng, 2, 999)}@{domain}"
        self.emails.add(address)
        return address

    def mobile(self) -> str:
        rng = self.rng
        return f"+49{_ch(rng, _MOBILE_PREFIXES)}{_ri(rng, 10_000_000, 99_999_999)}"

    def landline(self) -> str:
        return f"+49385{_ri(self.rng, 2_000_000, 7_999_999)}"

    def address(self, district_id: int | None) -> tuple[str, str, str]:
        rng = self.rng
        if district_id is None:
            postcode, city = _ch(rng, _VILLAGES)
            street = _ch(rng, ("Dorfstraße", "Schweriner Straße", "Am Park", "Lindenweg"))
            return f"{street} {_ri(rng, 1, 40)}", postcode, city
        area = self.district_area.get(district_id, "")
        streets = _STREETS_BY_AREA.get(area, _ALL_STREETS)
        postcodes = _POSTCODES.get(area, ("19053",))
        number = _ri(rng, 1, 120)
        suffix = "a" if rng.random() < 0.05 else ""
        return f"{_ch(rng, streets)} {number}{suffix}", _ch(rng, postcodes), "Schwerin"

    def slots(self, age: int) -> int:
        """Weekly availability that fits a person's stage of life."""
        rng = self.rng
        if rng.random() < 0.05:
            return 0
        if age >= 63:
            pool = [(d, s) for d in range(5) for s in (0, 1)]
            k = _ri(rng, 2, 6)
        elif age <= 27:
            pool = [(d, s) for d in range(7) for s in (1, 2)]
            k = _ri(rng, 2, 5)
        else:
            pool = [(d, 2) for d in range(5)] + [(d, s) for d in (5, 6) for s in range(3)]
            k = _ri(rng, 1, 4)
        return pack(rng.sample(pool, k))

    def note(self, owner: str, owner_id: int, day: dt.date,
             texts: Sequence[tuple[str, str]], follow_up: float = 0.1,
             follow_up_on: dt.date | None = None) -> None:
        rng = self.rng
        subject, text = _ch(rng, texts)
        row: Row = {
            "id": self.w.new_id("contact_note"),
            owner: owner_id,
            "noted_on": day,
            "channel": (ContactChannel.PHONE, ContactChannel.PHONE, ContactChannel.EMAIL,
                        ContactChannel.IN_PERSON, ContactChannel.MESSENGER)[int(rng.random() * 5)],
            "subject": subject,
            "text": text,
            "staff": _ch(rng, _STAFF),
        }
        if follow_up_on is None and rng.random() < follow_up:
            follow_up_on = day + _days(_ri(rng, 14, 60))
        if follow_up_on is not None:
            row["follow_up_on"] = follow_up_on
            if follow_up_on < self.today and rng.random() < 0.7:
                row["follow_up_done_on"] = min(follow_up_on + _days(_ri(rng, 0, 10)),
                                               self.today)
        self.w.add("contact_note", day, row)

    def consent(self, owner: str, owner_id: int, given_on: dt.date,
                withdrawn_on: dt.date | None = None) -> None:
        rng = self.rng
        self.w.add("consent", given_on, {
            "id": self.w.new_id("consent"),
            owner: owner_id,
            "given_on": given_on,
            "storage": True,
            "contact_email": rng.random() < 0.8,
            "contact_phone": rng.random() < 0.85,
            "share_with_partners": rng.random() < 0.5,
            "photos": rng.random() < 0.3,
            "withdrawn_on": withdrawn_on,
            "note": "schriftlich" if rng.random() < 0.5 else None,
        })

    # -- organisations -------------------------------------------------------------

    def organisations(self) -> None:
        rng, w, today = self.rng, self.w, self.today
        kinds = _Weighted([
            (OrganisationKind.MSO, 35), (OrganisationKind.PROVIDER, 15),
            (OrganisationKind.AUTHORITY, 10), (OrganisationKind.SCHOOL, 25),
            (OrganisationKind.ASSOCIATION, 15),
        ])
        # Every kind at least once, even for small numbers.
        plan = list(OrganisationKind) + [kinds.pick(rng) for _ in range(self.n_org - 5)]
        plan = plan[: self.n_org]
        stages = _Weighted([(FoundingStage.IDEA, 20), (FoundingStage.FOUNDING, 25),
                            (FoundingStage.REGISTERED, 35), (FoundingStage.ESTABLISHED, 20)])
        programmes = _Weighted(_FUNDING_PROGRAMMES)
        names: set[str] = set()
        slugs: set[str] = set()
        registers: set[str] = set()
        self.org_ids: dict[OrganisationKind, list[int]] = {k: [] for k in OrganisationKind}
        self.org_districts: dict[int, int | None] = {}
        for kind in plan:
            oid = w.new_id("organisation")
            district = self.vol_districts.pick(rng) if self.vol_districts else None
            district_name = self.district_name.get(district, "Schwerin")
            created = _between(rng, _years_before(today, 6), today - _days(30))
            origin = _NEWCOMER_ORIGINS.pick(rng)
            name, short = self._org_name(kind, origin, district_name, names)
            row: Row = {
                "id": oid, "name": name, "short_name": short, "kind": kind,
                "district_id": district, "city": "Schwerin",
            }
            row["street"], row["postcode"], _ = self.address(district)
            row["phone"] = self.landline()
            slug = _slug(name)
            number = 2
            while slug in slugs:  # one address per organisation
                slug = f"{_slug(name)}-{number}"
                number += 1
            slugs.add(slug)
            domain = "schwerin.de" if kind is OrganisationKind.AUTHORITY else f"{slug}.de"
            row["email"] = f"info@{domain}" if kind is not OrganisationKind.AUTHORITY \
                else f"{slug}@schwerin.de"
            if rng.random() < 0.6:
                row["website"] = f"https://www.{domain}"
            stage = None
            if kind is OrganisationKind.MSO:
                stage = stages.pick(rng)
                self._mso_fields(row, stage, registers)
                row["countries"] = ", ".join(
                    sorted({ORIGINS[origin].countries.pick(rng) for _ in range(2)})
                )
                row["notes"] = _ch(rng, (
                    "trifft sich monatlich im Stadtteilzentrum", "sucht Räume für Angebote",
                    "bietet muttersprachlichen Unterricht an", "organisiert Sommerfest",
                    None, None,
                ))
                if stage is FoundingStage.IDEA:
                    created = _between(rng, today - _days(365), today - _days(7))
                else:
                    created = min(created, row.get("statutes_on") or created)
            elif rng.random() < 0.3:
                row["notes"] = _ch(rng, ("Kooperationsvereinbarung vorhanden",
                                           "verteilt unsere Flyer", "Räume für Treffen nutzbar"))
            if rng.random() < 0.02:
                row["archived_at"] = self.w.stamp(_between(rng, created, today))
            w.add("organisation", created, row)
            self.org_ids[kind].append(oid)
            self.org_districts[oid] = district
            w.index("organisation", oid, row["phone"], name=name, short_name=short,
                    email=row["email"], notes=row.get("notes"))
            if kind is OrganisationKind.MSO:
                for code in {code for code, _lvl in _origin_languages(
                        rng, origin, age=40, volunteer=False) if code != "de"}:
                    if code in self.lang:
                        w.add("organisation_language", created, {
                            "id": w.new_id("organisation_language"),
                            "organisation_id": oid, "language_id": self.lang[code],
                        })
                self._funding(oid, stage, row, programmes)
                for _ in range(_ri(rng, 1, 5)):
                    held = _between(rng, created, today)
                    w.add("consultation", held, {
                        "id": w.new_id("consultation"), "organisation_id": oid,
                        "held_on": held, "topic": _ch(rng, _MSO_TOPICS[stage]),
                        "minutes": _ch(rng, (30, 45, 60, 60, 90, 120)),
                        "staff": _ch(rng, _STAFF),
                        "notes": _ch(rng, (None, "Unterlagen mitgegeben",
                                             "Folgetermin vereinbart")),
                    })
            elif rng.random() < 0.2:
                held = _between(rng, created, today)
                w.add("consultation", held, {
                    "id": w.new_id("consultation"), "organisation_id": oid, "held_on": held,
                    "topic": "Kooperation und Vermittlung", "minutes": 60,
                    "staff": _ch(rng, _STAFF),
                })
            self._contacts(oid, kind, origin, created, domain)
            for _ in range(_ri(rng, 1, 3)):
                self.note("organisation_id", oid, _between(rng, created, today),
                          _ORGANISATION_CONTACT, follow_up=0.2)

    def _org_name(self, kind: OrganisationKind, origin: str, district: str,
                  used: set[str]) -> tuple[str, str | None]:
        rng = self.rng
        short = None
        if kind is OrganisationKind.MSO:
            adjective = _MSO_ADJECTIVES.get(origin, "Internationaler")
            if rng.random() < 0.15:
                adjective = _ch(rng, _MSO_EXTRA)
            base = f"{adjective} {_ch(rng, _MSO_NOUNS)}"
            candidates = [f"{base} Schwerin e.V.", f"{base} {district} e.V."]
        elif kind is OrganisationKind.PROVIDER:
            provider, short = _ch(rng, _PROVIDERS)
            candidates = [provider, f"{provider} – {_ch(rng, _PROVIDER_OFFERS)} {district}"]
        elif kind is OrganisationKind.AUTHORITY:
            authority = _ch(rng, _AUTHORITIES)
            candidates = [authority, f"{authority} – Außenstelle {district}"]
        elif kind is OrganisationKind.SCHOOL:
            if rng.random() < 0.5:
                candidates = [f"{_ch(rng, _SCHOOL_KINDS)} {district}"]
            else:
                candidates = [f"Kita „{_ch(rng, _KITA_NAMES)}“ {district}"]
        else:
            candidates = [f"{_ch(rng, _ASSOCIATIONS)} {district} e.V."]
        for name in candidates:
            if name not in used:
                break
        number = 2
        while name in used:
            name = f"{candidates[-1]} ({number})"
            number += 1
        used.add(name)
        return name, short

    def _mso_fields(self, row: Row, stage: FoundingStage, registers: set[str]) -> None:
        rng, today = self.rng, self.today
        row["founding_stage"] = stage
        row["members_count"] = _ri(rng, 7, 25) if stage in (
            FoundingStage.IDEA, FoundingStage.FOUNDING) else _ri(rng, 10, 150)
        if stage is FoundingStage.FOUNDING and rng.random() < 0.6:
            row["statutes_on"] = _between(rng, today - _days(365), today - _days(7))
        if stage in (FoundingStage.REGISTERED, FoundingStage.ESTABLISHED):
            if stage is FoundingStage.ESTABLISHED:
                registered = _between(rng, _years_before(today, 15), _years_before(today, 3))
            else:
                registered = _between(rng, _years_before(today, 3), today - _days(30))
            row["registered_on"] = registered
            row["statutes_on"] = registered - _days(_ri(rng, 40, 200))
            number = f"VR {_ri(rng, 100, 9999)}"
            while number in registers:
                number = f"VR {_ri(rng, 100, 9999)}"
            registers.add(number)
            row["register_number"] = number
            if rng.random() < 0.7:
                notice = _between(rng, registered + _days(30), today)
                row["charity_notice_on"] = notice
                until = _years_before(notice, -5)
                row["charity_notice_until"] = until

    def _funding(self, oid: int, stage: FoundingStage | None, org: Row,
                 programmes: _Weighted) -> None:
        rng, today = self.rng, self.today
        if stage in (FoundingStage.REGISTERED, FoundingStage.ESTABLISHED):
            count = _ri(rng, 0, 3)
            earliest = org["registered_on"]
        elif stage is FoundingStage.FOUNDING:
            count = 1 if rng.random() < 0.3 else 0
            earliest = today - _days(365)
        else:
            return
        for _ in range(count):
            programme = programmes.pick(rng)
            status = _FUNDING_STATUS.pick(rng)
            applied = None if status is FundingStatus.PLANNED else _between(
                rng, max(earliest, today - _days(4 * 365)), today - _days(3))
            decided = None
            if status in (FundingStatus.GRANTED, FundingStatus.REJECTED) and applied:
                decided = min(applied + _days(_ri(rng, 14, 90)), today)
            amount = Decimal("100.00") if programme.startswith("100") else \
                Decimal(_ri(rng, 6, 50) * 50)
            entered = applied or _between(rng, today - _days(60), today)
            self.w.add("funding_application", entered, {
                "id": self.w.new_id("funding_application"), "organisation_id": oid,
                "programme": programme, "applied_on": applied, "amount": amount,
                "status": status, "decided_on": decided,
                "note": _ch(rng, (None, None, "Sachkosten für Sprachkurs",
                                    "Fest der Kulturen", "Hausaufgabenhilfe im Verein")),
            })

    def _contacts(self, oid: int, kind: OrganisationKind, origin: str, created: dt.date,
                  domain: str) -> None:
        rng, w = self.rng, self.w
        roles = _ROLES[kind]
        if kind is OrganisationKind.SCHOOL:
            roles = roles[2:] if domain.startswith("kita") else roles[:2]
        for index in range(_ri(rng, 1, 2 if kind is OrganisationKind.MSO else 3)):
            p = self.person(_NEWCOMER_ORIGINS, 0.5, origin) if kind is OrganisationKind.MSO \
                else self.person(_VOLUNTEER_ORIGINS, 0.3)
            cid = w.new_id("contact_person")
            phone = self.landline() if kind is not OrganisationKind.MSO else self.mobile()
            row = {
                "id": cid, "organisation_id": oid, "first_name": p.first_shown,
                "last_name": p.last_shown, "email": self.email(p.first, p.last,
                                                              None if kind is OrganisationKind.MSO
                                                              else domain),
                "phone": phone, "role": roles[index % len(roles)],
                "notes": "bevorzugt E-Mail" if rng.random() < 0.1 else None,
            }
            w.add("contact_person", created, row)
            w.index("contact_person", cid, phone, first_name=row["first_name"],
                    last_name=row["last_name"], email=row["email"], notes=row["notes"],
                    role=row["role"])
            if rng.random() < 0.5:
                self.consent("contact_person_id", cid, created)
            if rng.random() < 0.1:
                self.note("contact_person_id", cid, _between(rng, created, self.today),
                          _ORGANISATION_CONTACT)

    # -- volunteers ----------------------------------------------------------------

    def volunteers(self) -> None:
        rng, w, today = self.rng, self.w, self.today
        statuses = _Weighted([(VolunteerStatus.ACTIVE, 70), (VolunteerStatus.INTERESTED, 12),
                              (VolunteerStatus.PAUSED, 8), (VolunteerStatus.LEFT, 10)])
        ages = _Weighted([((18, 29), 25), ((30, 49), 25), ((50, 64), 20), ((65, 80), 30)])
        max_pairings = _Weighted([(1, 60), (2, 30), (3, 10)])
        linked_orgs = (self.org_ids[OrganisationKind.PROVIDER]
                       + self.org_ids[OrganisationKind.ASSOCIATION]
                       + self.org_ids[OrganisationKind.MSO])
        child_fields = {fid for fid, name in self.field_name.items()
                        if any(key in name for key in _CHILD_FIELDS)}
        ukraine_from = dt.date(2022, 3, 1)
        ukraine_to = min(dt.date(2022, 12, 31), today)
        n = self.n_vol
        self.vol_first_id = w.last_id["volunteer"] + 1
        self.vol_status: list[VolunteerStatus] = []
        self.vol_since: list[dt.date] = []
        self.vol_left: list[dt.date | None] = []
        self.vol_max: list[int] = []
        self.vol_fields: list[list[int]] = []
        self.vol_names: list[str] = []
        for _ in range(n):
            vid = w.new_id("volunteer")
            p = self.person(_VOLUNTEER_ORIGINS, 0.35)
            low, high = ages.pick(rng)
            age = _ri(rng, low, high)
            birth = _years_before(today, age) - _days(int(rng.random() * 365))
            adult = _years_before(birth, -18)
            status = statuses.pick(rng)
            left = None
            if status is VolunteerStatus.INTERESTED:
                since = _between(rng, today - _days(180), today)
            elif status is VolunteerStatus.LEFT:
                since = _between(rng, _years_before(today, 10), today - _days(90))
            elif rng.random() < 0.25 and ukraine_to > ukraine_from:
                since = _between(rng, ukraine_from, ukraine_to)
            else:
                since = _between(rng, _years_before(today, 8), today - _days(14))
            since = max(since, adult)
            if status is VolunteerStatus.LEFT:
                left = _between(rng, min(since + _days(60), today), today)
            district = self.vol_districts.pick(rng) if (
                self.vol_districts and rng.random() < 0.94) else None
            street, postcode, city = self.address(district)
            r = rng.random()
            phone = self.mobile() if r < 0.75 else (self.landline() if r < 0.95 else None)
            email = self.email(p.first, p.last) if rng.random() < (0.97 if age < 65 else 0.8) \
                else None
            notes = None
            if rng.random() < 0.3:
                if rng.random() < 0.5:
                    notes = _ch(rng, _VOLUNTEER_NOTES)
                else:
                    pool = _NOTES_YOUNG if age < 27 else (
                        _NOTES_RETIRED if age >= 65 else _NOTES_WORKING)
                    notes = _ch(rng, pool)[0 if p.female else 1]
            row: Row = {
                "id": vid, "first_name": p.first_shown, "last_name": p.last_shown,
                "email": email, "phone": phone, "notes": notes, "birth_date": birth,
                "street": street, "postcode": postcode, "city": city, "district_id": district,
                "status": status, "since": since, "left_on": left,
                "max_pairings": max_pairings.pick(rng), "availability": self.slots(age),
                "availability_note": _ch(rng, _AVAILABILITY_NOTES)
                if rng.random() < 0.15 else None,
                "organisation_id": _ch(rng, linked_orgs)
                if linked_orgs and rng.random() < 0.08 else None,
            }
            if left is not None and left < today - _days(365) and rng.random() < 0.4:
                row["archived_at"] = w.stamp(min(left + _days(_ri(rng, 180, 365)), today))
            w.add("volunteer", since, row)
            w.index("volunteer", vid, phone, first_name=row["first_name"],
                    last_name=row["last_name"], email=email, notes=notes)
            self.vol_status.append(status)
            self.vol_since.append(since)
            self.vol_left.append(left)
            self.vol_max.append(row["max_pairings"])
            self.vol_names.append(f"{row['first_name']} {row['last_name']}")

            seen: set[int] = set()
            for code, level in _origin_languages(rng, p.origin, age=age, volunteer=True):
                lid = self.lang.get(code)
                if lid is not None and lid not in seen:
                    seen.add(lid)
                    w.add("volunteer_language", since, {
                        "id": w.new_id("volunteer_language"), "volunteer_id": vid,
                        "language_id": lid, "level": level,
                    })
            pool = self.vol_fields_de if p.origin == "de" else self.vol_fields_other
            fields: list[int] = []
            if pool:
                for _k in range(_ri(rng, 1, 4)):
                    fid = pool.pick(rng)
                    if fid not in fields:
                        fields.append(fid)
                for fid in fields:
                    w.add("volunteer_activity", since, {
                        "id": w.new_id("volunteer_activity"), "volunteer_id": vid,
                        "activity_field_id": fid,
                    })
            self.vol_fields.append(fields)
            if rng.random() < 0.95:
                withdrawn = left if left is not None and rng.random() < 0.3 else None
                self.consent("volunteer_id", vid, since, withdrawn)
            if status is not VolunteerStatus.INTERESTED:
                share = 0.6 if child_fields.intersection(fields) else 0.25
                if rng.random() < share:
                    self._clearances(vid, since, left)
            if rng.random() < 0.2:
                end = left or today
                for _k in range(_ri(rng, 1, 2)):
                    self.note("volunteer_id", vid, _between(rng, since, end), _VOLUNTEER_CONTACT)
            if rng.random() < 0.02:
                held = _between(rng, since, left or today)
                w.add("consultation", held, {
                    "id": w.new_id("consultation"), "volunteer_id": vid, "held_on": held,
                    "topic": _ch(rng, _VOLUNTEER_TOPICS), "minutes": _ch(rng, (30, 45, 60)),
                    "staff": _ch(rng, _STAFF),
                })

    def _clearances(self, vid: int, since: dt.date, left: dt.date | None) -> None:
        rng, today = self.rng, self.today
        end = left or today
        issued = _between(rng, since - _days(60), end - _days(3))
        issued = min(issued, today - _days(3))
        dates = [issued]
        if issued < _years_before(today, 4) and left is None and rng.random() < 0.5:
            dates.append(_between(rng, _years_before(issued, -4), today - _days(3)))
        for day in dates:
            seen = min(day + _days(_ri(rng, 5, 45)), today)
            self.w.add("police_clearance", seen, {
                "id": self.w.new_id("police_clearance"), "volunteer_id": vid,
                "issued_on": day, "seen_on": seen, "seen_by": _ch(rng, _STAFF),
            })

    # -- pairings plan, newcomers, pairings ------------------------------------------

    def plan_pairings(self) -> None:
        """Decide who is paired with whom, and when, before newcomers are written:
        a newcomer's status and arrival date follow from their pairing."""
        rng, today = self.rng, self.today
        statuses = _Weighted([(PairingStatus.PROPOSED, 8), (PairingStatus.ACTIVE, 45),
                              (PairingStatus.PAUSED, 7), (PairingStatus.ENDED, 40)])
        capacity: list[int] = []
        paused_pool: list[int] = []
        ended_pool: list[int] = []
        for i, status in enumerate(self.vol_status):
            if status is VolunteerStatus.ACTIVE:
                capacity.extend([i] * self.vol_max[i])
            elif status is VolunteerStatus.PAUSED:
                paused_pool.append(i)
            if status is not VolunteerStatus.INTERESTED:
                ended_pool.append(i)
        rng.shuffle(capacity)
        rng.shuffle(paused_pool)
        newcomers = rng.sample(range(self.n_new), self.n_pair) if self.n_pair else []
        self.pairings: list[tuple[Any, ...]] = []
        self.newcomer_pairing: dict[int, PairingStatus] = {}
        self.newcomer_latest: dict[int, dt.date] = {}
        for nc in newcomers:
            status = statuses.pick(rng)
            if status in (PairingStatus.ACTIVE, PairingStatus.PROPOSED) and not capacity:
                status = PairingStatus.ENDED
            if status is PairingStatus.PAUSED and not (paused_pool or capacity):
                status = PairingStatus.ENDED
            if status is PairingStatus.ENDED and not ended_pool:
                continue
            if status is PairingStatus.PAUSED:
                vol = paused_pool.pop() if paused_pool and rng.random() < 0.7 else (
                    capacity.pop() if capacity else paused_pool.pop())
            elif status is PairingStatus.ENDED:
                vol = _ch(rng, ended_pool)
            else:
                vol = capacity.pop()
            since = self.vol_since[vol]
            end = self.vol_left[vol] or today
            # Pairings lie within the volunteer's time with the office (at most six years back).
            start = max(since, min(_years_before(today, 6), end - _days(30)))
            proposed = started = paused = ended = checkin = None
            reason = None
            if status is PairingStatus.PROPOSED:
                proposed = max(today - _days(_ri(rng, 0, 45)), since)
            elif status is PairingStatus.ACTIVE:
                started = _between(rng, max(start, _years_before(today, 3)), today - _days(7))
                started = max(started, since)
                checkin = today + _days(_ri(rng, -30, 75))
            elif status is PairingStatus.PAUSED:
                started = max(_between(rng, start, today - _days(60)), since)
                paused = _between(rng, min(started + _days(30), today), today)
                checkin = paused + _days(_ri(rng, 60, 120))
            else:
                started = _between(rng, start, end - _days(30))
                ended = _between(rng, min(started + _days(14), end), end)
                reason = _END_REASONS.pick(rng)
            if started is not None:
                proposed = max(started - _days(_ri(rng, 3, 28)), since)
            self.pairings.append(
                (nc, vol, status, proposed, started, paused, ended, reason, checkin)
            )
            self.newcomer_pairing[nc] = status
            self.newcomer_latest[nc] = proposed or today

    def newcomers(self) -> None:
        rng, w, today = self.rng, self.w, self.today
        referrers = (self.org_ids[OrganisationKind.PROVIDER]
                     + self.org_ids[OrganisationKind.AUTHORITY]
                     + self.org_ids[OrganisationKind.SCHOOL])
        self.new_first_id = w.last_id["newcomer"] + 1
        self.new_district: list[int | None] = []
        self.new_language: list[int | None] = []
        self.new_country: list[str] = []
        self.new_children: list[int] = []
        self.new_arrived: list[dt.date] = []
        self.new_names: list[str] = []
        for i in range(self.n_new):
            nid = w.new_id("newcomer")
            p = self.person(_NEWCOMER_ORIGINS)
            origin = ORIGINS[p.origin]
            latest = self.newcomer_latest.get(i, today)
            first_year, last_year = origin.arrival
            arrived = _between(rng, dt.date(first_year, 1, 15),
                               min(dt.date(last_year, 12, 31), today))
            arrived = min(arrived, latest - _days(_ri(rng, 14, 120)))
            registered = min(_between(rng, arrived, min(arrived + _days(180), today)), latest)
            household = rng.random() < 0.45
            district = self.new_districts.pick(rng) if self.new_districts else None
            street, postcode, _city = self.address(district)
            phone = self.mobile() if rng.random() < 0.7 else None
            email = self.email(p.first, p.last) if rng.random() < 0.3 else None
            pairing = self.newcomer_pairing.get(i)
            if pairing in (PairingStatus.ACTIVE, PairingStatus.PAUSED):
                status = NewcomerStatus.SUPPORTED
            elif pairing is PairingStatus.PROPOSED:
                status = NewcomerStatus.OPEN
            elif pairing is PairingStatus.ENDED:
                status = _NEWCOMER_AFTER_PAIRING.pick(rng)
            else:
                status = _NEWCOMER_UNPAIRED.pick(rng)
            if household:
                size = _ri(rng, 2, 7)
                children = _ri(rng, 0 if size == 2 else 1, size - 1)
                row: Row = {
                    "kind": NewcomerKind.HOUSEHOLD, "first_name": "", "last_name": p.last_shown,
                    "contact_name": f"{p.first_shown} {p.last_shown}",
                    "household_size": size, "children_count": children, "birth_date": None,
                }
            else:
                age = _ri(rng, 18, 65)
                children = 0
                row = {
                    "kind": NewcomerKind.PERSON, "first_name": p.first_shown,
                    "last_name": p.last_shown, "contact_name": None, "household_size": 1,
                    "children_count": 0,
                    "birth_date": _years_before(today, age) - _days(int(rng.random() * 365)),
                }
            country = origin.countries.pick(rng)
            notes = _ch(rng, _NEWCOMER_NOTES) if rng.random() < 0.25 else None
            row.update({
                "id": nid, "email": email, "phone": phone, "notes": notes, "status": status,
                "country_of_origin": country, "arrived_on": arrived, "street": street,
                "postcode": postcode, "district_id": district,
                "referred_by_id": _ch(rng, referrers)
                if referrers and rng.random() < 0.3 else None,
            })
            if status is NewcomerStatus.CLOSED and registered < today - _days(730) \
                    and rng.random() < 0.2:
                row["archived_at"] = w.stamp(_between(rng, registered + _days(730), today))
            w.add("newcomer", registered, row)
            w.index("newcomer", nid, phone, first_name=row["first_name"],
                    last_name=row["last_name"], email=email, notes=notes,
                    contact_name=row["contact_name"])
            native = None
            seen: set[int] = set()
            for code, level in _origin_languages(rng, p.origin, age=35, volunteer=False):
                lid = self.lang.get(code)
                if lid is not None and lid not in seen:
                    seen.add(lid)
                    if native is None and level is LanguageLevel.NATIVE:
                        native = lid
                    w.add("newcomer_language", registered, {
                        "id": w.new_id("newcomer_language"), "newcomer_id": nid,
                        "language_id": lid, "level": level,
                    })
            self.new_district.append(district)
            self.new_language.append(native)
            self.new_country.append(country)
            self.new_children.append(children)
            self.new_arrived.append(arrived)
            self.new_names.append(f"{row['first_name']} {row['last_name']}".strip())
            if rng.random() < 0.85:
                self.consent("newcomer_id", nid, registered)
            if rng.random() < 0.1:
                self.note("newcomer_id", nid, _between(rng, registered, today), _NEWCOMER_CONTACT)

    def write_pairings(self) -> None:
        rng, w, today = self.rng, self.w, self.today
        providers = self.org_ids[OrganisationKind.PROVIDER]
        family_field = next((fid for fid, name in self.field_name.items()
                             if "Familienpatenschaft" in name), None)
        for nc, vol, status, proposed, started, paused, ended, reason, checkin in self.pairings:
            pid = w.new_id("pairing")
            fields = self.vol_fields[vol]
            field = _ch(rng, fields) if fields and rng.random() < 0.7 else family_field
            row: Row = {
                "id": pid, "volunteer_id": self.vol_first_id + vol,
                "newcomer_id": self.new_first_id + nc, "status": status,
                "activity_field_id": field, "focus": _ch(rng, _FOCUS),
                "proposed_on": proposed, "started_on": started, "paused_on": paused,
                "ended_on": ended, "end_reason": reason, "next_checkin_on": checkin,
                "organisation_id": _ch(rng, providers)
                if providers and rng.random() < 0.1 else None,
                "notes": "Treffen meist in der Stadtbibliothek" if rng.random() < 0.05 else None,
            }
            if reason is not None:
                row["end_note"] = _END_NOTES[reason] if rng.random() < 0.6 else None
                if ended < today - _days(730) and rng.random() < 0.5:
                    row["archived_at"] = w.stamp(_between(rng, ended + _days(365), today))
            w.add("pairing", proposed or today, row)
            if started is None:
                continue
            until = ended or paused or today
            for _k in range(_ri(rng, 0, 4)):
                day = _between(rng, started, until)
                w.add("hours_entry", day, {
                    "id": w.new_id("hours_entry"), "volunteer_id": self.vol_first_id + vol,
                    "worked_on": day, "hours": _ch(rng, _HOURS),
                    "pairing_id": pid, "activity_field_id": field,
                    "description": _ch(rng, _HOURS_TEXT),
                })
            days = sorted(_between(rng, started, until) for _k in range(_ri(rng, 0, 3)))
            for k, day in enumerate(days):
                # The latest note of a running pairing sets the next check-in as follow-up.
                follow = checkin if (k == len(days) - 1 and checkin and checkin >= day) else None
                self.note("pairing_id", pid, day, _PAIRING_CONTACT, follow_up=0.05,
                          follow_up_on=follow)

    # -- help requests -----------------------------------------------------------------

    def help_requests(self) -> None:
        rng, w, today = self.rng, self.w, self.today
        statuses = _Weighted([(RequestStatus.OPEN, 12), (RequestStatus.MEDIATING, 13),
                              (RequestStatus.MATCHED, 20), (RequestStatus.DONE, 45),
                              (RequestStatus.UNMATCHABLE, 10)])
        askable = [i for i, s in enumerate(self.vol_status)
                   if s in (VolunteerStatus.ACTIVE, VolunteerStatus.LEFT)]
        partner_orgs = (self.org_ids[OrganisationKind.PROVIDER]
                        + self.org_ids[OrganisationKind.AUTHORITY]
                        + self.org_ids[OrganisationKind.SCHOOL])
        other_langs = [self.lang[c] for c in ("uk", "ar", "prs", "fa", "ps", "tr", "ti", "ru")
                       if c in self.lang]
        channels = (ContactChannel.PHONE, ContactChannel.PHONE, ContactChannel.EMAIL,
                    ContactChannel.MESSENGER)
        for _ in range(self.n_req):
            rid = w.new_id("help_request")
            status = statuses.pick(rng)
            if status is RequestStatus.OPEN:
                received = today - _days(_ri(rng, 0, 30) if rng.random() < 0.75
                                         else _ri(rng, 31, 120))
            elif status is RequestStatus.MEDIATING:
                received = today - _days(_ri(rng, 1, 60))
            elif status is RequestStatus.MATCHED:
                received = today - _days(_ri(rng, 3, 120))
            else:
                received = _between(rng, _years_before(today, 3), today - _days(14))
            field = self.req_fields.pick(rng) if self.req_fields else None
            field_name = self.field_name.get(field, "")
            source = rng.random()
            newcomer = organisation = requester = None
            district = self.new_districts.pick(rng) if self.new_districts else None
            language = _ch(rng, other_langs) if other_langs else None
            country = ORIGINS[_NEWCOMER_ORIGINS.pick(rng)].countries.pick(rng)
            children = _ri(rng, 1, 4)
            if source < 0.6 and self.n_new:
                nc = int(rng.random() * self.n_new)
                if self.new_arrived[nc] <= received:
                    newcomer = self.new_first_id + nc
                    district = self.new_district[nc]
                    language = self.new_language[nc] or language
                    country = self.new_country[nc]
                    children = self.new_children[nc] or children
                else:
                    requester = _ch(rng, _REQUESTERS)
            elif source < 0.9 and partner_orgs:
                organisation = _ch(rng, partner_orgs)
            else:
                requester = _ch(rng, _REQUESTERS)
            language_name = _LANGUAGE_NAMES_DE.get(self.lang_code.get(language, ""), "Arabisch")
            titles = _REQUEST_TITLES.get(field_name, (f"Unterstützung: {field_name}",))
            title = _ch(rng, titles).format(
                kinder=children, stadtteil=self.district_name.get(district, "Schwerin"),
                sprache=language_name, land=country,
            )
            interpreting = "Dolmetsch" in field_name
            needs_language = interpreting or rng.random() < 0.25
            with_children = any(k in field_name for k in _CHILD_FIELDS) or (
                "Freizeit" in field_name and rng.random() < 0.5)
            row: Row = {
                "id": rid, "title": title,
                "description": _ch(rng, (
                    None, f"Sprache: {language_name}.", "Termin steht schon fest.",
                    "Familie ist telefonisch gut erreichbar.", "Bitte möglichst bald melden.",
                )),
                "status": status, "activity_field_id": field, "newcomer_id": newcomer,
                "organisation_id": organisation, "requester": requester,
                "district_id": district, "received_on": received,
                "needed_on": received + _days(_ri(rng, 3, 30)) if rng.random() < 0.5
                else None,
                "needed_slots": pack(rng.sample([(d, s) for d in range(7) for s in range(3)],
                                                _ri(rng, 1, 4)))
                if rng.random() < 0.6 else 0,
                "languages_required": needs_language, "children_involved": with_children,
            }
            asked_from = received + _days(_ri(rng, 0, 7))
            asked_from = min(asked_from, today)
            needs_assignment = status in (RequestStatus.MATCHED, RequestStatus.DONE)
            count = {RequestStatus.OPEN: 0, RequestStatus.MEDIATING: _ri(rng, 1, 4),
                     RequestStatus.UNMATCHABLE: _ri(rng, 0, 5)}.get(status, _ri(rng, 1, 4))
            chosen: list[int] = []
            if count and askable:
                for vol in rng.sample(askable, min(len(askable), count + 8)):
                    left = self.vol_left[vol]
                    if self.vol_since[vol] <= asked_from and (left is None or left >= asked_from):
                        chosen.append(vol)
                        if len(chosen) == count:
                            break
            if needs_assignment and not chosen:
                status = RequestStatus.UNMATCHABLE
                needs_assignment = False
                row["status"] = status
            closed = assigned_on = None
            assigned_vol = None
            if needs_assignment:
                assigned_vol = chosen[-1]
                assigned_on = min(asked_from + _days(_ri(rng, 0, 5)), today)
                if status is RequestStatus.DONE:
                    closed = min(assigned_on + _days(_ri(rng, 1, 60)), today)
            elif status is RequestStatus.UNMATCHABLE:
                closed = min(received + _days(_ri(rng, 14, 90)), today)
                if chosen:
                    closed = max(closed, asked_from)
            row["closed_on"] = closed
            if status is RequestStatus.DONE:
                row["outcome"] = _ch(rng, _OUTCOME_DONE)
            elif status is RequestStatus.UNMATCHABLE:
                row["outcome"] = _ch(rng, _OUTCOME_FAILED)
            if closed is not None and closed < today - _days(365) and rng.random() < 0.5:
                row["archived_at"] = w.stamp(_between(rng, closed + _days(365), today))
            w.add("help_request", received, row)
            w.index("help_request", rid, None, title=title, description=row["description"],
                    requester=requester)
            if needs_language and language is not None:
                w.add("request_language", received, {
                    "id": w.new_id("request_language"), "request_id": rid,
                    "language_id": language,
                    "min_level": LanguageLevel.FLUENT if interpreting else LanguageLevel.GOOD,
                })
            for vol in chosen:
                vid = self.vol_first_id + vol
                asked = asked_from
                cand: Row = {"id": w.new_id("request_candidate"), "request_id": rid,
                             "volunteer_id": vid, "asked_on": asked,
                             "channel": _ch(rng, channels), "assigned": False}
                if vol == assigned_vol:
                    cand.update(answer=CandidateAnswer.YES,
                                answered_on=min(asked + _days(_ri(rng, 0, 3)), assigned_on),
                                assigned=True, assigned_on=assigned_on)
                elif status is RequestStatus.MEDIATING and rng.random() < 0.5:
                    cand["answer"] = CandidateAnswer.PENDING
                else:
                    cand.update(answer=CandidateAnswer.NO if rng.random() < 0.8
                                else CandidateAnswer.PENDING)
                    if cand["answer"] is CandidateAnswer.NO:
                        cand["answered_on"] = min(asked + _days(_ri(rng, 0, 4)), today)
                w.add("request_candidate", asked, cand)
            if assigned_vol is not None:
                until = closed or today
                for _k in range(_ri(rng, 1, 2)):
                    day = _between(rng, assigned_on, until)
                    w.add("hours_entry", day, {
                        "id": w.new_id("hours_entry"),
                        "volunteer_id": self.vol_first_id + assigned_vol, "worked_on": day,
                        "hours": _ch(rng, _HOURS), "request_id": rid,
                        "activity_field_id": field, "description": title[:300],
                    })
            if rng.random() < 0.4:
                follow = None
                if status in (RequestStatus.OPEN, RequestStatus.MEDIATING):
                    follow = received + _days(_ri(rng, 7, 21))
                self.note("request_id", rid, received, _REQUEST_CONTACT, follow_up=0.0,
                          follow_up_on=follow)

    # -- events --------------------------------------------------------------------

    def events(self) -> None:
        rng, w, today = self.rng, self.w, self.today
        n_forum = min(13, max(2, self.n_event // 4))
        plan: list[tuple[EventKind, dt.datetime, str]] = []
        # Ehrenamtsforum on the first Thursday of a quarter's middle month, from the next
        # one backwards.
        def forum_day(year: int, quarter: int) -> dt.date:
            day = dt.date(year, quarter * 3 + 2, 1)
            return day + _days((3 - day.weekday()) % 7)

        year, quarter = today.year, (today.month - 1) // 3
        if forum_day(year, quarter) < today:
            year, quarter = (year, quarter + 1) if quarter < 3 else (year + 1, 0)
        for _k in range(n_forum):
            day = forum_day(year, quarter)
            plan.append((EventKind.FORUM, dt.datetime.combine(day, dt.time(17, 30)),
                         f"Ehrenamtsforum {_ROMAN[quarter]}/{year}"))
            year, quarter = (year, quarter - 1) if quarter > 0 else (year - 1, 3)
        kinds = _Weighted([(EventKind.TRAINING, 60), (EventKind.MEETING, 30),
                           (EventKind.OTHER, 10)])
        for k in range(self.n_event - n_forum):
            kind = EventKind.TRAINING if k == 0 else kinds.pick(rng)
            day = _between(rng, _years_before(today, 3), today + _days(90))
            if kind is EventKind.TRAINING:
                while day.weekday() != 5:
                    day += _days(1)
                start = dt.datetime.combine(day, dt.time(10, 0))
                title = f"Schulung: {_ch(rng, _TRAININGS)}"
            elif kind is EventKind.MEETING:
                start = dt.datetime.combine(day, dt.time(18, 0))
                title = _ch(rng, _MEETINGS)
            else:
                start = dt.datetime.combine(day, dt.time(15, 0))
                title = _ch(rng, _OTHER_EVENTS)
            plan.append((kind, start, title))
        plan.sort(key=lambda item: item[1])
        per_event = max(10, round(0.6 * self.n_vol / max(self.n_event, 1)))
        population = range(self.n_vol)
        for kind, start, title in plan:
            eid = w.new_id("event")
            day = start.date()
            past = day < today
            status = EventStatus.PLANNED if not past else (
                EventStatus.CANCELLED if rng.random() < 0.05 else EventStatus.HELD)
            duration = {EventKind.TRAINING: 5, EventKind.FORUM: 2}.get(kind, 2)
            created = max(day - _days(_ri(rng, 30, 90)), _years_before(today, 4))
            created = min(created, today)
            w.add("event", created, {
                "id": eid, "title": title, "kind": kind, "status": status, "starts_at": start,
                "ends_at": start + dt.timedelta(hours=duration),
                "location": _ch(rng, _LOCATIONS),
                "description": "Austausch, Informationen und Kennenlernen"
                if kind is EventKind.FORUM else None,
            })
            if rng.random() < 0.3:
                self.note("event_id", eid, min(created + _days(_ri(rng, 0, 20)), today),
                          _EVENT_CONTACT)
            invited_on = min(day - _days(21), today)
            size = per_event * (2 if kind is EventKind.FORUM else 1)
            picks = rng.sample(population, min(self.n_vol, size + size // 2))
            taken = 0
            for vol in picks:
                if taken >= size:
                    break
                status_v = self.vol_status[vol]
                left = self.vol_left[vol]
                if self.vol_since[vol] > invited_on or (left is not None and left < day):
                    continue
                if not past and status_v is VolunteerStatus.LEFT:
                    continue
                taken += 1
                registered = rng.random() < 0.6
                attended = past and status is EventStatus.HELD and (
                    rng.random() < (0.85 if registered else 0.1))
                vid = self.vol_first_id + vol
                w.add("attendance", invited_on, {
                    "id": w.new_id("attendance"), "event_id": eid, "volunteer_id": vid,
                    "invited_on": invited_on, "registered": registered, "attended": attended,
                })
                if attended and kind is EventKind.TRAINING:
                    w.add("hours_entry", day, {
                        "id": w.new_id("hours_entry"), "volunteer_id": vid, "worked_on": day,
                        "hours": Decimal(duration), "event_id": eid,
                        "description": title[:300],
                    })


_HOURS = tuple(Decimal(v) for v in ("1", "1.5", "2", "2", "2.5", "3", "4"))


def generate(
    db: Database,
    volunteers: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    *,
    today: dt.date | None = None,
) -> dict[str, int]:
    """Write demo data for ``volunteers`` volunteers (and everything else in proportion)
    in one transaction; returns the number of rows written per table.

    ``progress(done, total)`` is called after every chunk with the number of main
    records (organisations, volunteers, newcomers, pairings, requests, events) written.
    The same ``seed`` and ``today`` give the same data.
    """
    if volunteers < 0:
        raise ValueError("volunteers must not be negative")
    today = today or dt.date.today()
    with db.engine.begin() as conn:
        restore = _enlarge_sqlite_cache(conn, volunteers)
        try:
            gen = _Generator(db, conn, volunteers, seed, today, progress)
            gen.organisations()
            gen.volunteers()
            gen.plan_pairings()
            gen.newcomers()
            gen.write_pairings()
            gen.help_requests()
            gen.events()
            gen.w.flush()
            gen.w.write_audit(db.user)
        finally:
            if restore is not None:
                with suppress(SQLAlchemyError):  # never hide the error that got us here
                    conn.exec_driver_sql(f"PRAGMA cache_size = {restore}")
    return {name: count for name, count in gen.w.counts.items() if count}


def _enlarge_sqlite_cache(conn: Connection, volunteers: int) -> int | None:
    """SQLite's default page cache (2 MB) makes a big insert rewrite the same index
    pages over and over; give it about 3 KB per volunteer (8–512 MB) while writing.
    Returns the previous setting."""
    if conn.dialect.name != "sqlite":
        return None
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    kib = min(512 * 1024, max(8 * 1024, volunteers * 3))
    conn.exec_driver_sql(f"PRAGMA cache_size = -{kib}")
    return int(previous) if previous is not None else None
