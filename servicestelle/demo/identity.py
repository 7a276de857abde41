"""Who someone is and how to reach them: names, e-mail addresses, phone numbers and
postal addresses in and around Schwerin."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from .chance import Weighted, integer, one_of
from .origins import ORIGINS

if TYPE_CHECKING:
    from .run import Run

_POSTCODES = {
    "Innenstadt und Nord": ("19053", "19055"),
    "West": ("19057", "19059"),
    "Süd": ("19061",),
    "Südost": ("19063",),
}
_STREETS = {  # "_" stands for a space within a street's name
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
    ("19075", "Pampow"),
    ("19065", "Raben Steinfeld"),
    ("19067", "Leezen"),
    ("19086", "Plate"),
    ("19073", "Wittenförden"),
    ("19069", "Lübstorf"),
)
_VILLAGE_STREETS = ("Dorfstraße", "Schweriner Straße", "Am Park", "Lindenweg")
_MAIL_DOMAINS = Weighted(
    [
        ("web.de", 5),
        ("gmx.de", 5),
        ("gmail.com", 6),
        ("t-online.de", 3),
        ("posteo.de", 1),
        ("outlook.de", 2),
        ("freenet.de", 1),
        ("icloud.com", 1),
        ("mail.de", 1),
    ]
)
_MOBILE_PREFIXES = [str(n) for n in (151, 152, 157, 159, 160, 162, 163, *range(170, 180))]

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


class Person:
    """A drawn name: its Latin spelling and the spelling shown (maybe native script)."""

    __slots__ = ("origin", "female", "first", "last", "first_shown", "last_shown")

    def __init__(
        self, origin: str, female: bool, first: str, last: str, first_shown: str, last_shown: str
    ) -> None:
        self.origin = origin
        self.female = female
        self.first = first
        self.last = last
        self.first_shown = first_shown
        self.last_shown = last_shown


def person(
    run: Run, origins: Weighted, script_factor: float = 1.0, origin: str | None = None
) -> Person:
    """A person of ``origin`` (else one drawn from ``origins``); ``script_factor``
    scales how often the name is shown in its native script."""
    rng = run.rng
    key = origin or origins.pick(rng)
    o = ORIGINS[key]
    female = rng.random() < 0.55
    first = one_of(rng, o.female if female else o.male)
    last = one_of(rng, o.last)
    first_shown, last_shown = first, last
    if o.script and rng.random() < o.script_share * script_factor:
        first_shown = o.script.get(first, first)
        last_shown = o.script.get(last, last)
    return Person(key, female, first, last, first_shown, last_shown)


def email(run: Run, first: str, last: str, domain: str | None = None) -> str:
    """An e-mail address not given out before in this run; at ``domain`` (a work
    address) or at a common mail provider."""
    rng = run.rng
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
        local = f"{f}.{la}{integer(rng, 1, 99)}"
    domain = domain or _MAIL_DOMAINS.pick(rng)
    address = f"{local}@{domain}"
    while address in run.emails:
        address = f"{local}{integer(rng, 2, 999)}@{domain}"
    run.emails.add(address)
    return address


def mobile(run: Run) -> str:
    """A German mobile number (E.164)."""
    rng = run.rng
    return f"+49{one_of(rng, _MOBILE_PREFIXES)}{integer(rng, 10_000_000, 99_999_999)}"


def landline(run: Run) -> str:
    """A Schwerin landline number (E.164)."""
    return f"+49385{integer(run.rng, 2_000_000, 7_999_999)}"


def address(run: Run, district_id: int | None) -> tuple[str, str, str]:
    """Street and number, postcode and town: in the district's part of the city, or in
    a village nearby when there is no district."""
    rng = run.rng
    if district_id is None:
        postcode, city = one_of(rng, _VILLAGES)
        street = one_of(rng, _VILLAGE_STREETS)
        return f"{street} {integer(rng, 1, 40)}", postcode, city
    area = run.district_area.get(district_id, "")
    streets = _STREETS_BY_AREA.get(area, _ALL_STREETS)
    postcodes = _POSTCODES.get(area, ("19053",))
    number = integer(rng, 1, 120)
    suffix = "a" if rng.random() < 0.05 else ""
    return f"{one_of(rng, streets)} {number}{suffix}", one_of(rng, postcodes), "Schwerin"
