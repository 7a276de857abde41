"""Matching: which active volunteers fit a help request or a newcomer's pairing, ranked
with the reasons for and against each (the rules and points are in ``match_rules``).

Only volunteers with status »aktiv« (and not archived) are considered. The hard filters
(a valid consent to storing the data; a valid extended police clearance when children
are involved; a requested language when the request says »Sprache zwingend«) exclude; how
many each excluded is reported with the result, so that nothing is hidden silently.

The attributes of all candidates come from a handful of bulk queries; the scoring runs
in Python. Equal scores are ordered by name (German alphabetical order), then by number.

Neighbouring districts: the setting ``matching.neighbours`` holds a JSON object
``{"Stadtteil": ["Nachbar", …], …}`` by district name. Neighbourhood is symmetric (it is
enough to name it on one side). Without the setting, Stadtteile of the same »Bereich«
in the shipped list of Schwerin's districts (``resources/lists/districts_schwerin.csv``)
count as neighbours; ``save_neighbours`` stores an edited map.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import heapq
import operator
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, lazyload

from .. import models as m
from ..availability import describe
from ..bulk import collector_paused
from ..db import Database
from ..enums import (
    CandidateAnswer,
    ClearanceKind,
    LanguageLevel,
    NewcomerKind,
    PairingStatus,
    VolunteerStatus,
)
from ..errors import NotFoundError, ValidationError
from ..i18n import _
from ..paths import resource_path
from .match_rules import (
    Candidate,
    Need,
    NeedLanguage,
    Verdict,
    exclusion,
    judge,
    need_words,
    word,
)

NEIGHBOURS_KEY = "matching.neighbours"
_LEVELS = {level.value: level for level in LanguageLevel}  # stored text → level
BUSY = (PairingStatus.PROPOSED, PairingStatus.ACTIVE, PairingStatus.PAUSED)
RECENT_DAYS = 90
V = m.Volunteer


@dataclass(slots=True)
class Match:
    """One ranked volunteer: score and the reasons, readable by staff. The reasons are
    worded when read (a list of thousands is ranked, a few dozen are read)."""

    candidate: Candidate
    verdict: Verdict

    @property
    def volunteer_id(self) -> int:
        return self.candidate.id

    @property
    def name(self) -> str:  # "Nachname, Vorname"
        return self.candidate.name

    @property
    def score(self) -> float:
        return self.verdict.score

    @property
    def reasons_for(self) -> tuple[str, ...]:
        return tuple(word(r) for r in self.verdict.reasons_for)

    @property
    def reasons_against(self) -> tuple[str, ...]:
        return tuple(word(r) for r in self.verdict.reasons_against)

    @property
    def email(self) -> str | None:
        return self.candidate.email

    @property
    def phone(self) -> str | None:
        return self.candidate.phone

    @property
    def email_allowed(self) -> bool:
        """Has an e-mail address and consented to contact by e-mail."""
        return bool(self.candidate.email) and self.candidate.email_consent

    def as_dict(self) -> dict[str, Any]:
        return {
            "volunteer_id": self.volunteer_id,
            "name": self.name,
            "score": self.score,
            "reasons_for": list(self.reasons_for),
            "reasons_against": list(self.reasons_against),
        }


@dataclass
class MatchResult:
    need: Need
    matches: list[Match]
    considered: int  # active volunteers looked at
    excluded: dict[str, int] = field(default_factory=dict)  # reason → how many
    suitable: int = 0  # not excluded (``matches`` may hold only the best of them)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.need.kind,
            "id": self.need.record_id,
            "title": self.need.title,
            "considered": self.considered,
            "excluded": self.excluded,
            "suitable": self.suitable,
            "matches": [match.as_dict() for match in self.matches],
        }


# -- neighbouring districts -----------------------------------------------------------


@functools.cache
def default_neighbour_names() -> dict[str, list[str]]:
    """Schwerin's Stadtteile of the same Bereich, from the shipped list."""
    with resource_path("lists", "districts_schwerin.csv").open(
        encoding="utf-8-sig", newline=""
    ) as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    by_area: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_area[row["bereich"]].append(row["stadtteil"])
    return {
        row["stadtteil"]: [n for n in by_area[row["bereich"]] if n != row["stadtteil"]]
        for row in rows
    }


def neighbour_names(db: Database) -> dict[str, list[str]]:
    """The map of neighbouring districts by name: the stored setting or the default."""
    from .settings import SettingsService

    stored = SettingsService(db).get(NEIGHBOURS_KEY)
    return dict(stored) if isinstance(stored, dict) else default_neighbour_names()


def save_neighbours(db: Database, names: Mapping[str, Sequence[str]]) -> None:
    """Store an edited map of neighbouring districts (names must be known districts)."""
    from .settings import SettingsService

    with db.read() as session:
        known = set(session.scalars(select(m.District.name)))
    unknown = sorted({n for k, vs in names.items() for n in (k, *vs)} - known)
    if unknown:
        raise ValidationError(
            {NEIGHBOURS_KEY: _("Stadtteile unbekannt: {names}", names=", ".join(unknown))}
        )
    SettingsService(db).set(NEIGHBOURS_KEY, {k: sorted(set(vs)) for k, vs in names.items()})


def neighbours(db: Database, session: Session) -> dict[int, frozenset[int]]:
    """Neighbouring districts by id, symmetric."""
    ids = {name: i for name, i in session.execute(select(m.District.name, m.District.id))}
    pairs: dict[int, set[int]] = defaultdict(set)
    for name, others in neighbour_names(db).items():
        for other in others:
            a, b = ids.get(name), ids.get(other)
            if a is not None and b is not None and a != b:
                pairs[a].add(b)
                pairs[b].add(a)
    return {k: frozenset(v) for k, v in pairs.items()}


# -- what is sought ------------------------------------------------------------------


def request_need(session: Session, request_id: int) -> Need:
    # Not the candidates: they would load every asked volunteer with all collections.
    request = session.get(m.HelpRequest, request_id, options=[lazyload(m.HelpRequest.candidates)])
    if request is None:
        raise NotFoundError(m.HelpRequest.__label__, request_id)
    field_name = request.activity_field.name if request.activity_field else None
    return Need(
        kind="request",
        record_id=request.id,
        title=request.title,
        languages=tuple(
            NeedLanguage(link.language_id, link.language.name, link.min_level)
            for link in sorted(request.languages, key=lambda link: link.language.name)
        ),
        languages_required=bool(request.languages_required),
        district_id=request.district_id,
        district=request.district.name if request.district else None,
        activity_field_id=request.activity_field_id,
        activity_field=field_name,
        slots=request.needed_slots or 0,
        needed_on=request.needed_on,
        children=bool(request.children_involved),
        newcomer_id=request.newcomer_id,
        words=need_words(request.title, request.description, field_name),
    )


def newcomer_need(session: Session, newcomer_id: int) -> Need:
    """A pairing for a newcomer: their languages (German only when it is the only one:
    volunteers all speak it), their district, a clearance when children are involved."""
    newcomer = session.get(m.Newcomer, newcomer_id)
    if newcomer is None:
        raise NotFoundError(m.Newcomer.__label__, newcomer_id)
    links = sorted(newcomer.languages, key=lambda link: link.language.name)
    own = [link for link in links if link.language.code != "de"] or links
    children = (newcomer.children_count or 0) > 0
    title = newcomer.full_name or newcomer.last_name
    if newcomer.kind == NewcomerKind.HOUSEHOLD:
        title = _("Familie {name}", name=newcomer.last_name)
    return Need(
        kind="newcomer",
        record_id=newcomer.id,
        title=title,
        languages=tuple(
            NeedLanguage(link.language_id, link.language.name, LanguageLevel.GOOD) for link in own
        ),
        district_id=newcomer.district_id,
        district=newcomer.district.name if newcomer.district else None,
        children=children,
        newcomer_id=newcomer.id,
    )


# -- ranking -------------------------------------------------------------------------


class MatchingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def for_request(
        self, request_id: int, top: int | None = None, day: dt.date | None = None
    ) -> MatchResult:
        with self.db.read() as session:
            need = request_need(session, request_id)
            return self._rank(session, need, top, day or dt.date.today())

    def for_newcomer(
        self, newcomer_id: int, top: int | None = None, day: dt.date | None = None
    ) -> MatchResult:
        with self.db.read() as session:
            need = newcomer_need(session, newcomer_id)
            return self._rank(session, need, top, day or dt.date.today())

    def rank(self, need: Need, top: int | None = None, day: dt.date | None = None) -> MatchResult:
        with self.db.read() as session:
            return self._rank(session, need, top, day or dt.date.today())

    def _rank(self, session: Session, need: Need, top: int | None, day: dt.date) -> MatchResult:
        with collector_paused():
            candidates = load_candidates(session, need, day)
            result = rank_candidates(need, candidates, day, neighbours(self.db, session), top)
        add_contacts(session, [match.candidate for match in result.matches])
        return result


def rank_candidates(
    need: Need,
    candidates: Sequence[Candidate],
    day: dt.date,
    near: Mapping[int, frozenset[int]],
    top: int | None = None,
) -> MatchResult:
    """Filter and score loaded candidates; the best first, equal scores by name, then
    number; only the ``top`` ones when given."""
    excluded: dict[str, int] = {}
    scored: list[tuple[float, str, int, Match]] = []
    for c in candidates:
        reason = exclusion(need, c, day)
        if reason is not None:
            excluded[reason] = excluded.get(reason, 0) + 1
            continue
        verdict = judge(need, c, day, near)
        scored.append((-verdict.score, c.sort_key, c.id, Match(c, verdict)))
    suitable = len(scored)
    if top is None:
        scored.sort(key=_ORDER)
    else:
        scored = heapq.nsmallest(max(top, 0), scored, key=_ORDER)
    matches = [row[3] for row in scored]
    excluded = {_(k): n for k, n in excluded.items()}
    return MatchResult(need, matches, len(candidates), excluded, suitable)


_ORDER = operator.itemgetter(0, 1, 2)  # score (descending), name, number
_LEVEL_ORDER = {level: rank for rank, level in enumerate(LanguageLevel)}  # best first


def add_contacts(session: Session, candidates: Sequence[Candidate]) -> None:
    """Names, e-mail addresses, phone numbers, districts and every language (with its
    level) of the volunteers to show."""
    by_id = {c.id: c for c in candidates}
    ids = list(by_id)
    D, VL, L = m.District, m.VolunteerLanguage, m.Language  # noqa: N806
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for vid, first, last, email, phone, district in session.execute(
            select(V.id, V.first_name, V.last_name, V.email, V.phone, D.name)
            .outerjoin(D, D.id == V.district_id)
            .where(V.id.in_(chunk))
        ):
            c = by_id[vid]
            c.first_name, c.last_name, c.email, c.phone = first or "", last or "", email, phone
            c.district_name = district or ""
        spoken: dict[int, list[tuple[int, str, LanguageLevel]]] = defaultdict(list)
        for vid, name, level in session.execute(
            select(VL.volunteer_id, L.name, VL.level)
            .join(L, L.id == VL.language_id)
            .where(VL.volunteer_id.in_(chunk))
        ):
            level = LanguageLevel(level)
            spoken[vid].append((_LEVEL_ORDER[level], name, level))
        for vid, entries in spoken.items():
            by_id[vid].language_names = ", ".join(
                f"{name} ({level.label})" for _rank, name, level in sorted(entries)
            )


def _day(value: Any) -> Any:
    """A date from the driver: SQLite gives ISO text, PostgreSQL a date."""
    if value is None or isinstance(value, dt.date):
        return value
    return _iso_day(str(value))


@functools.lru_cache(maxsize=8192)  # the same few hundred days come back thousands of times
def _iso_day(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def load_candidates(session: Session, need: Need, day: dt.date) -> list[Candidate]:
    """Every active volunteer with what scoring needs, in a few bulk queries. Rows come
    straight from the database driver (no ORM objects, no result processing: thousands of
    rows); dates may then be text (SQLite) or dates (PostgreSQL), see ``_day``."""
    connection = session.connection()

    def fetch(stmt: Any) -> list[Any]:
        result = connection.execute(stmt)
        try:
            return list(result.cursor.fetchall())
        finally:
            result.close()

    active = and_(V.status == VolunteerStatus.ACTIVE, V.archived_at.is_(None))
    people: dict[int, Candidate] = {}
    for vid, key, district, times, most in fetch(
        select(V.id, V.sort_key, V.district_id, V.availability, V.max_pairings).where(active)
    ):
        people[vid] = Candidate(
            vid, key or "", district, times or 0, most if most is not None else 1, {}
        )

    def rows(*columns: Any, where: Any, group: Any = None) -> Any:
        """Rows whose first column is the volunteer_id of an active volunteer. Not joined
        in SQL: skipping the rows of the others here is cheaper."""
        stmt = select(*columns).where(*where)
        if group is not None:
            stmt = stmt.group_by(*(group if isinstance(group, tuple) else (group,)))
        rows = fetch(stmt)
        return [row for row in rows if row[0] in people]

    # Consent: the latest consent valid today decides (as people.current_consent): rows
    # come oldest first, so the last one of a volunteer wins.
    C = m.Consent
    for owner, storage, mail in fetch(
        select(C.volunteer_id, C.storage, C.contact_email)
        .join(V, C.volunteer_id == V.id)
        .where(active, C.given_on <= day, or_(C.withdrawn_on.is_(None), C.withdrawn_on > day))
        .order_by(C.given_on, C.id)
    ):
        c = people[owner]  # type: ignore[index]  # joined on the volunteer: never NULL
        c.consent = bool(storage)
        c.email_consent = bool(mail)

    if need.languages:
        L = m.VolunteerLanguage
        wanted = [lang.language_id for lang in need.languages]
        for vid, language_id, level in fetch(
            select(L.volunteer_id, L.language_id, L.level).where(L.language_id.in_(wanted))
        ):
            speaker = people.get(vid)
            if speaker is not None:
                speaker.languages[language_id] = _LEVELS[level]

    if need.activity_field_id is not None:
        A = m.VolunteerActivity
        for (vid,) in fetch(
            select(A.volunteer_id).where(A.activity_field_id == need.activity_field_id)
        ):
            willing = people.get(vid)
            if willing is not None:
                willing.has_field = True

    if need.words:
        for vid, skills in rows(V.id, V.skills, where=(active, V.skills.is_not(None))):
            people[vid].skills = skills or ""

    if need.children:
        # Per kind, the end of the longest-running clearance issued by the day.
        P = m.PoliceClearance
        for vid, kind, until in rows(
            P.volunteer_id,
            P.kind,
            func.max(P.valid_until),
            where=(P.issued_on <= day,),
            group=(P.volunteer_id, P.kind),
        ):
            if ClearanceKind(kind) == ClearanceKind.EXTENDED:
                people[vid].clearance_until = _day(until)
            else:
                people[vid].simple_clearance_until = _day(until)

    # Load: pairings proposed, active or paused; the latest begun counts as assigned.
    Pa = m.Pairing
    for vid, busy, begun in rows(
        Pa.volunteer_id,
        func.sum(case((Pa.status.in_(BUSY), 1), else_=0)),
        func.max(func.coalesce(Pa.started_on, Pa.proposed_on)),
        where=(Pa.archived_at.is_(None),),
        group=Pa.volunteer_id,
    ):
        c = people[vid]
        c.busy_pairings = int(busy or 0)
        begun = _day(begun)
        c.last_assigned = begun if begun is not None and begun <= day else None
    if need.pairing:
        for (vid,) in fetch(
            select(Pa.volunteer_id).where(
                Pa.newcomer_id == need.record_id, Pa.status.in_(BUSY), Pa.archived_at.is_(None)
            )
        ):
            if vid in people:
                people[vid].pairs_this_newcomer = True

    # Fairness: when last asked or assigned for another request, how often lately.
    R = m.RequestCandidate
    this = need.record_id if need.kind == "request" else -1
    since = day - dt.timedelta(days=RECENT_DAYS)
    for vid, last_asked, last_assigned, recent in rows(
        R.volunteer_id,
        func.max(case((R.asked_on <= day, R.asked_on))),
        func.max(case((and_(R.assigned.is_(True), R.assigned_on <= day), R.assigned_on))),
        func.sum(case((and_(R.asked_on >= since, R.asked_on <= day), 1), else_=0)),
        where=(R.request_id != this,),
        group=R.volunteer_id,
    ):
        c = people[vid]
        c.last_asked = _day(last_asked)
        c.recent_asks = int(recent or 0)
        last_assigned = _day(last_assigned)
        if last_assigned is not None and (
            c.last_assigned is None or last_assigned > c.last_assigned
        ):
            c.last_assigned = last_assigned
    if need.kind == "request":
        for vid, asked, answer, assigned in fetch(
            select(R.volunteer_id, R.asked_on, R.answer, R.assigned).where(R.request_id == this)
        ):
            if vid in people:
                people[vid].this_request = (_day(asked), CandidateAnswer(answer), bool(assigned))
    return list(people.values())


# -- asking by e-mail ------------------------------------------------------------------


def mail_text(need: Need, match: Match, office: str) -> tuple[str, str]:
    """Subject and body of a German e-mail asking the volunteer to help. It names what
    is needed, not who needs it (the newcomer's name stays in the office)."""
    first, _sep, last = match.name.partition(", ")
    greeting = _("Guten Tag {name},", name=f"{last} {first}".strip())
    if need.kind == "request":
        subject = _("Anfrage: {title} – können Sie helfen?", title=need.title)
        lines = [greeting, "", _("wir suchen Unterstützung für folgende Anfrage:"), ""]
        lines.append(f"  {need.title}")
    else:
        subject = _("Anfrage: Patenschaft – können Sie helfen?")
        lines = [greeting, "", _("wir suchen eine Patin oder einen Paten:"), ""]
    details = [
        (_("Tätigkeitsfeld"), need.activity_field),
        (_("Stadtteil"), need.district),
        (_("Gebraucht am"), f"{need.needed_on:%d.%m.%Y}" if need.needed_on else None),
        (_("Zeiten"), describe(need.slots) if need.slots else None),
        (_("Sprachen"), ", ".join(lang.name for lang in need.languages) or None),
        (_("Kinder beteiligt"), _("ja") if need.children else None),
    ]
    lines += [f"  {label}: {value}" for label, value in details if value]
    lines += [
        "",
        _("Hätten Sie Zeit und Lust? Bitte antworten Sie kurz auf diese E-Mail "),
        _("oder rufen Sie uns an – auch ein »Diesmal nicht« hilft uns weiter."),
        "",
        _("Vielen Dank und freundliche Grüße"),
        office,
    ]
    return subject, "\r\n".join(lines)


def mailto_url(address: str, subject: str, body: str) -> str:
    """A mailto: link (RFC 6068) with subject and body percent-encoded as UTF-8."""
    return f"mailto:{quote(address, safe='@')}?subject={quote(subject)}&body={quote(body)}"
