"""How matching scores one volunteer for one need: hard filters, points and reasons.

Pure functions over plain data (no database), so that every criterion can be tested
on its own. ``matching.py`` loads the data in bulk and calls ``judge`` per volunteer.

Points (the score is their sum; the best possible is about 100):

==================  ==========================================================
languages           up to 30 for the best requested language the volunteer
                    speaks, by level (Muttersprache 30, fließend 27, gut 21,
                    Grundkenntnisse 10.5); half of that when below the wanted level.
                    A hard filter when the request says »Sprache zwingend«.
district            20 same Stadtteil, 10 neighbouring Stadtteil, 0 elsewhere
activity field      15 when the volunteer named the request's field
skills              5 when a word of the volunteer's »Beruf / Kenntnisse« fits a word
                    of the request (its title, description or activity field)
times               up to 15 by the share of the needed times the volunteer has
load                up to 10 by the share of free pairings; a pairing need with no
                    free pairing left costs 20
fairness            +10 never asked, up to +10 the longer nobody asked (2 a month
                    from two months on), up to −10 when asked in the last 30 days,
                    −2 per further request beyond two in the last 90 days (at most −6)
this need           −30 when the volunteer declined this request or already
                    accompanies this newcomer
police clearance    a hard filter when children are involved: an extended one,
                    valid on the day (a simple one is not enough)
==================  ==========================================================
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import i18n
from ..availability import describe
from ..enums import CandidateAnswer, LanguageLevel
from ..i18n import N_, _

# A volunteer is a candidate only when active; these are the other exclusions.
NO_CONSENT = N_("keine gültige Einwilligung zur Datenspeicherung")
NO_CLEARANCE = N_("kein gültiges Führungszeugnis (Kinder beteiligt)")
NO_EXTENDED_CLEARANCE = N_(
    "nur ein einfaches Führungszeugnis (Kinder beteiligt: ein erweitertes ist nötig)"
)
NO_LANGUAGE = N_("spricht keine der verlangten Sprachen")

LANGUAGE_POINTS = 30.0
LEVEL_SHARE = {
    LanguageLevel.NATIVE: 1.0,
    LanguageLevel.FLUENT: 0.9,
    LanguageLevel.GOOD: 0.7,
    LanguageLevel.BASIC: 0.35,
}
LEVEL_RANK = {
    LanguageLevel.BASIC: 1,
    LanguageLevel.GOOD: 2,
    LanguageLevel.FLUENT: 3,
    LanguageLevel.NATIVE: 4,
}
SAME_DISTRICT = 20.0
NEIGHBOUR_DISTRICT = 10.0
FIELD_POINTS = 15.0
SKILL_POINTS = 5.0
TIME_POINTS = 15.0
LOAD_POINTS = 10.0
NO_FREE_PAIRING = -20.0
FAIRNESS_POINTS = 10.0
DECLINED = -30.0
CLEARANCE_WARN_DAYS = 60


@dataclass(frozen=True)
class NeedLanguage:
    language_id: int
    name: str
    min_level: LanguageLevel


@dataclass(frozen=True)
class Need:
    """What a volunteer is sought for: a help request or a newcomer's pairing."""

    kind: str  # "request" or "newcomer"
    record_id: int
    title: str
    languages: tuple[NeedLanguage, ...] = ()
    languages_required: bool = False
    district_id: int | None = None
    district: str | None = None
    activity_field_id: int | None = None
    activity_field: str | None = None
    slots: int = 0
    needed_on: dt.date | None = None
    children: bool = False
    newcomer_id: int | None = None
    # Folded words of the request's title, description and activity field, to find in
    # the volunteers' »Beruf / Kenntnisse« (see ``need_words``).
    words: tuple[str, ...] = ()

    @property
    def pairing(self) -> bool:
        return self.kind == "newcomer"


@dataclass(slots=True)
class Candidate:
    """What matching knows of one active volunteer (loaded in bulk)."""

    id: int
    sort_key: str  # German alphabetical order of the name
    district_id: int | None = None
    availability: int = 0
    max_pairings: int = 1
    languages: dict[int, LanguageLevel] = field(default_factory=dict)  # requested ones only
    # Name and contact: loaded only for the volunteers in the result.
    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    phone: str | None = None
    district_name: str = ""  # shown beside the name
    language_names: str = ""  # every language with its level, shown beside the name
    has_field: bool = False
    skills: str = ""  # »Beruf / Kenntnisse« (loaded when the need has words)
    # The end of the longest-running extended clearance issued by the day, and of a
    # simple one (which is not enough where children are involved).
    clearance_until: dt.date | None = None
    simple_clearance_until: dt.date | None = None
    consent: bool = False  # a valid consent to storing the data
    email_consent: bool = False
    busy_pairings: int = 0  # proposed, active or paused
    last_asked: dt.date | None = None  # other requests
    last_assigned: dt.date | None = None  # requests or pairings
    recent_asks: int = 0  # other requests in the last 90 days
    # This need: (asked on, answer, assigned) for a request; True for a newcomer already
    # accompanied.
    this_request: tuple[dt.date, CandidateAnswer, bool] | None = None
    pairs_this_newcomer: bool = False

    @property
    def name(self) -> str:
        return ", ".join(p for p in (self.last_name, self.first_name) if p)


# A reason before it is worded: a German message with its placeholders' values. Only
# the reasons of the volunteers shown are worded (and translated).
Reason = tuple[str, dict[str, Any] | None]


def word(reason: Reason) -> str:
    message, values = reason
    return _(message, **values) if values else _(message)


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float
    reasons_for: tuple[Reason, ...]
    reasons_against: tuple[Reason, ...]


def _describe(mask: int) -> str:
    return _describe_in(mask, i18n.language())


@functools.lru_cache(maxsize=4096)
def _describe_in(mask: int, language: str) -> str:
    return describe(mask)  # the language is part of the cache key


def _date(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def exclusion(need: Need, c: Candidate, day: dt.date) -> str | None:
    """Why the volunteer cannot be proposed at all (a hard filter), or None."""
    if not c.consent:
        return NO_CONSENT
    if need.children and (c.clearance_until is None or c.clearance_until <= day):
        simple = c.simple_clearance_until
        return NO_EXTENDED_CLEARANCE if simple is not None and simple > day else NO_CLEARANCE
    if (
        need.languages_required
        and need.languages
        and not any(
            LEVEL_RANK[c.languages[lang.language_id]] >= LEVEL_RANK[lang.min_level]
            for lang in need.languages
            if lang.language_id in c.languages
        )
    ):
        return NO_LANGUAGE
    return None


def judge(
    need: Need, c: Candidate, day: dt.date, neighbours: Mapping[int, frozenset[int]]
) -> Verdict:
    """The score of a volunteer who passed the hard filters, with the reasons."""
    pro: list[Reason] = []
    con: list[Reason] = []
    score = (
        _languages(need, c, pro, con)
        + _district(need, c, neighbours, pro, con)
        + _field(need, c, pro, con)
        + _skills(need, c, pro)
        + _times(need, c, pro, con)
        + _load(need, c, pro, con)
        + _clearance(need, c, day, pro, con)
        + _fairness(c, day, pro, con)
        + _this_need(need, c, pro, con)
    )
    return Verdict(round(score, 1), tuple(pro), tuple(con))


def _languages(need: Need, c: Candidate, pro: list[Reason], con: list[Reason]) -> float:
    if not need.languages:
        return 0.0
    best = 0.0
    best_text: Reason = ("", None)
    best_below = False
    for lang in need.languages:
        level = c.languages.get(lang.language_id)
        if level is None:
            continue
        points = LANGUAGE_POINTS * LEVEL_SHARE[level]
        below = False
        text = (N_("spricht {language} ({level})"), {"language": lang.name, "level": level.label})
        if LEVEL_RANK[level] < LEVEL_RANK[lang.min_level]:
            points /= 2
            text = (
                N_("spricht {language} nur: {level} (gewünscht: {wanted})"),
                {"language": lang.name, "level": level.label, "wanted": lang.min_level.label},
            )
            below = True
        if points > best:
            best, best_text, best_below = points, text, below
    if not best:
        con.append(_no_language(need.languages))
        return 0.0
    (con if best_below else pro).append(best_text)
    return best


@functools.lru_cache(maxsize=64)
def _no_language(languages: tuple[NeedLanguage, ...]) -> Reason:
    names = ", ".join(lang.name for lang in languages)
    if len(languages) == 1:
        return (N_("spricht kein {language}"), {"language": names})
    return (N_("spricht keine der gewünschten Sprachen ({names})"), {"names": names})


def _district(
    need: Need,
    c: Candidate,
    neighbours: Mapping[int, frozenset[int]],
    pro: list[Reason],
    con: list[Reason],
) -> float:
    if need.district_id is None:
        return 0.0
    if c.district_id is None:
        con.append((N_("Stadtteil unbekannt"), None))
        return 0.0
    if c.district_id == need.district_id:
        pro.append((N_("wohnt im selben Stadtteil"), None))
        return SAME_DISTRICT
    if c.district_id in neighbours.get(need.district_id, ()):
        pro.append((N_("wohnt im Nachbarstadtteil"), None))
        return NEIGHBOUR_DISTRICT
    con.append((N_("wohnt in einem anderen Stadtteil"), None))
    return 0.0


def _field(need: Need, c: Candidate, pro: list[Reason], con: list[Reason]) -> float:
    if need.activity_field_id is None:
        return 0.0
    if c.has_field:
        pro.append((N_("möchte »{field}« übernehmen"), {"field": need.activity_field}))
        return FIELD_POINTS
    con.append(
        (N_("hat »{field}« nicht als Tätigkeitsfeld angegeben"), {"field": need.activity_field})
    )
    return 0.0


# Words too common to say anything about a person's trade (folded, four letters or more).
_COMMON_TEXT = """
aber alle auch beim bitte dass dann denn diese dieser eine einem einen einer eines etwa
fuer gern gerne haben hilfe helfen ihre ihrem ihren jemand jemanden kann kein keine
koennen mehr muss nach nicht noch oder ohne sehr sein seine sich sind soll suchen sucht
gesucht ueber unter viel wird werden wenn wegen weil welche woche braucht brauchen
benoetigt unterstuetzung familie frau herr kinder kind termin bereich erfahrung
kenntnisse beruf fruehere frueher rente ruhestand
"""
_COMMON_WORDS = frozenset(_COMMON_TEXT.split())
_WORD = re.compile(r"\w+", re.UNICODE)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _fold(word: str) -> str:
    """A word as compared: lower case, umlauts spelt out, other marks dropped."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_UMLAUTS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _telling(text: str | None) -> list[tuple[str, str]]:
    """(folded, as written) of the words of ``text`` that can tell a trade: four
    letters or more, no digits, not a common word."""
    found = []
    for word in _WORD.findall(text or ""):
        folded = _fold(word)
        if len(folded) >= 4 and folded.isalpha() and folded not in _COMMON_WORDS:
            found.append((folded, word))
    return found


def need_words(*texts: str | None) -> tuple[str, ...]:
    """The folded words of a request's texts that a volunteer's skills may name."""
    return tuple(dict.fromkeys(folded for text in texts for folded, _w in _telling(text)))


def _related(a: str, b: str) -> bool:
    """The same word, one the start of the other (»Mathe«, »Mathematik«; »Schreiner«,
    »Schreinerei«), or the same long stem (»Fahrradmechaniker«, »Fahrradreparatur«)."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 5 and long_.startswith(short):
        return True
    return len(short) >= 7 and short[:7] == long_[:7]


@functools.lru_cache(maxsize=4096)
def fitting_skills(skills: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of ``skills`` (as written) that fit one of the need's ``words``."""
    found = [word for folded, word in _telling(skills) if any(_related(folded, w) for w in words)]
    return tuple(dict.fromkeys(found))


def _skills(need: Need, c: Candidate, pro: list[Reason]) -> float:
    if not need.words or not c.skills:
        return 0.0
    fitting = fitting_skills(c.skills, need.words)
    if not fitting:
        return 0.0
    pro.append((N_("Beruf / Kenntnisse passen: {words}"), {"words": ", ".join(fitting)}))
    return SKILL_POINTS


def _times(need: Need, c: Candidate, pro: list[Reason], con: list[Reason]) -> float:
    if not need.slots:
        return 0.0
    if not c.availability:
        con.append((N_("keine Zeiten angegeben"), None))
        return 0.0
    common = need.slots & c.availability
    if not common:
        con.append(
            (
                N_("hat zu den gewünschten Zeiten keine Zeit ({times})"),
                {"times": _describe(need.slots)},
            )
        )
        return 0.0
    wanted = need.slots.bit_count()
    shared = common.bit_count()
    if shared < wanted:
        pro.append(
            (
                N_("hat {times} Zeit ({shared} von {wanted} gewünschten Zeiten)"),
                {"times": _describe(common), "shared": shared, "wanted": wanted},
            )
        )
    else:
        pro.append((N_("hat {times} Zeit"), {"times": _describe(common)}))
    return TIME_POINTS * shared / wanted


def _load(need: Need, c: Candidate, pro: list[Reason], con: list[Reason]) -> float:
    busy, most = c.busy_pairings, c.max_pairings
    if most <= 0:
        if need.pairing:
            con.append((N_("möchte keine Patenschaft übernehmen"), None))
            return NO_FREE_PAIRING
        if busy == 0:
            pro.append((N_("hat keine laufende Patenschaft"), None))
            return LOAD_POINTS
        return 0.0
    free = max(most - busy, 0)
    if free == 0:
        con.append((N_("hat schon {busy} von {most} Patenschaften"), {"busy": busy, "most": most}))
        return NO_FREE_PAIRING if need.pairing else 0.0
    pro.append(
        (N_("hat noch 1 von 1 Patenschaft frei"), None)
        if most == 1
        else (N_("hat noch {free} von {most} Patenschaften frei"), {"free": free, "most": most})
    )
    return LOAD_POINTS * free / most


def _clearance(
    need: Need, c: Candidate, day: dt.date, pro: list[Reason], con: list[Reason]
) -> float:
    if not need.children or c.clearance_until is None:
        return 0.0
    pro.append((N_("Führungszeugnis gültig bis {day}"), {"day": _date(c.clearance_until)}))
    if (c.clearance_until - day).days <= CLEARANCE_WARN_DAYS:
        con.append((N_("Führungszeugnis läuft am {day} ab"), {"day": _date(c.clearance_until)}))
    return 0.0


def _ago(days: int) -> str:
    if days <= 0:
        return _("heute")
    if days == 1:
        return _("gestern")
    if days < 14:
        return _("vor {n} Tagen", n=days)
    return _("vor {n} Wochen", n=days // 7)


def _fairness(c: Candidate, day: dt.date, pro: list[Reason], con: list[Reason]) -> float:
    last = c.last_asked
    assigned = c.last_assigned
    if assigned is not None and (last is None or assigned >= last):
        last = assigned
    points = 0.0
    if last is None:
        pro.append((N_("bisher noch nie angefragt"), None))
        points = FAIRNESS_POINTS
    else:
        days = (day - last).days
        if days >= 60:
            months = days // 30
            pro.append(
                (N_("seit {n} Monaten nicht angefragt"), {"n": months})
                if months < 24
                else (N_("seit {n} Jahren nicht angefragt"), {"n": months // 12})
            )
            points = min(FAIRNESS_POINTS, 2.0 * months)
        elif days < 30:
            if last == assigned:
                con.append((N_("{when} schon eine Anfrage übernommen"), {"when": _ago(days)}))
            else:
                con.append((N_("{when} schon angefragt"), {"when": _ago(days)}))
            points = -FAIRNESS_POINTS * (30 - max(days, 0)) / 30
    if c.recent_asks > 2:
        con.append((N_("in den letzten 3 Monaten {n}-mal angefragt"), {"n": c.recent_asks}))
        points -= min(2.0 * (c.recent_asks - 2), 6.0)
    return points


def _this_need(need: Need, c: Candidate, pro: list[Reason], con: list[Reason]) -> float:
    if c.pairs_this_newcomer:
        con.append((N_("begleitet diese*n Neuzugewanderte*n schon"), None))
        return DECLINED
    if c.this_request is None:
        return 0.0
    asked_on, answer, assigned = c.this_request
    if assigned:
        pro.append((N_("ist dieser Anfrage schon zugeordnet"), None))
    elif answer == CandidateAnswer.YES:
        pro.append(
            (N_("hat für diese Anfrage zugesagt (angefragt am {day})"), {"day": _date(asked_on)})
        )
    elif answer == CandidateAnswer.NO:
        con.append(
            (N_("hat für diese Anfrage abgesagt (angefragt am {day})"), {"day": _date(asked_on)})
        )
        return DECLINED
    else:
        con.append(
            (
                N_("für diese Anfrage am {day} angefragt, noch keine Antwort"),
                {"day": _date(asked_on)},
            )
        )
    return 0.0
