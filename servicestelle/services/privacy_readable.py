"""The readable content of the access letter (Art. 15 DSGVO): what is stored about one
person, section by section, and what Art. 15(1) asks besides (recipients, the source).

``readable_report(db, person, id)`` gathers sections in plain words — labels in German,
values as stored (dates, choices, the names of what a number points at) — without the
bookkeeping columns (numbers, versions, sort keys). The letter
(``printing.access_letter``) words it in German or English. Tables that refer to the
person and are not known here (added later) are shown too, from the data model.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session

from .. import models as m
from ..db import Database
from ..errors import NotFoundError, ServiceError
from ..i18n import N_, _
from .privacy_anon import PEOPLE
from .privacy_erase import _referencing
from .privacy_fields import Entry, Phrase, Readable, Section, _Reader
from .settings import SettingsService


def _t(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def readable_report(db: Database, person: str, person_id: int) -> Readable:
    """What is stored about the person, section by section, in readable form."""
    model = PEOPLE.get(person)
    if model is None:
        raise ServiceError(_("Eine Auskunft gibt es für »{p}« nicht.", p=person))
    table = _t(model)
    settings = SettingsService(db).all()
    with db.read() as session:
        row = session.execute(select(table).where(table.c.id == person_id)).first()
        if row is None:
            raise NotFoundError(model.__label__, person_id)
        reader = _Reader(session)
        data = row._mapping
        name = " ".join(p for p in (data.get("first_name"), data.get("last_name")) if p)
        place = " ".join(p for p in (data.get("postcode"), data.get("city")) if p)
        address = [p for p in (data.get("street"), place) if p]
        sections = [
            Section(
                "person",
                N_("Persönliche Angaben"),
                [Entry(None, reader.fields(table, row))],
                "fields",
            )
        ]
        done = {table.name}
        collect = _Collector(session, reader, person, person_id, sections, done)
        collect.all()
        created = data.get("created_at")
        sources = _sources(session, person, data)
    return Readable(
        person,
        person_id,
        name,
        address,
        [s for s in sections if s.entries],
        sorted(collect.recipients),
        collect.shared,
        sources,
        created.date() if isinstance(created, dt.datetime) else None,
        settings,
    )


class _Collector:
    def __init__(
        self,
        session: Session,
        reader: _Reader,
        person: str,
        person_id: int,
        sections: list[Section],
        done: set[str],
    ) -> None:
        self.session, self.reader = session, reader
        self.person, self.person_id = person, person_id
        self.sections, self.done = sections, done
        self.recipients: set[str] = set()
        self.shared: list[dt.date] = []
        self.pairing_ids: list[int] = []
        self.request_ids: list[int] = []

    def rows(self, model: Any, column: str, order: Any = None) -> list[Any]:
        table = _t(model)
        self.done.add(table.name)
        if column not in table.c:
            return []
        query = select(table).where(table.c[column] == self.person_id)
        query = query.order_by(*(order if order is not None else table.primary_key))
        return list(self.session.execute(query))

    def add(self, key: str, title: str, entries: list[Entry], style: str = "records") -> None:
        self.sections.append(Section(key, title, entries, style))

    def all(self) -> None:
        owner = f"{self.person}_id"
        self.languages(owner)
        self.activity_fields(owner)
        self.pairings(owner)
        self.requests()
        self.candidates(owner)
        self.hours(owner)
        self.attendance(owner)
        self.consultations(owner)
        self.contacts(owner)
        self.consents(owner)
        self.clearances(owner)
        self.others()

    def languages(self, owner: str) -> None:
        model = {"volunteer": m.VolunteerLanguage, "newcomer": m.NewcomerLanguage}.get(self.person)
        if model is None:
            return
        lines = []
        for row in self.rows(model, owner):
            language = self.reader.names.of(_t(m.Language), row.language_id) or ""
            lines.append(Entry(None, [("", language), (N_("Niveau"), _enum(model, row))]))
        self.add("languages", N_("Sprachen"), sorted(lines, key=lambda e: e.fields[0][1]), "lines")

    def activity_fields(self, owner: str) -> None:
        if self.person != "volunteer":
            return
        names = sorted(
            self.reader.names.of(_t(m.ActivityField), r.activity_field_id) or ""
            for r in self.rows(m.VolunteerActivity, owner)
        )
        self.add(
            "activity_fields",
            N_("Tätigkeitsfelder"),
            [Entry(None, [("", n)]) for n in names],
            "lines",
        )

    def pairings(self, owner: str) -> None:
        P = m.Pairing  # noqa: N806
        if owner not in ("volunteer_id", "newcomer_id"):
            return
        other = "newcomer_id" if owner == "volunteer_id" else "volunteer_id"
        entries = []
        for row in self.rows(P, owner, [P.started_on, P.id]):
            self.pairing_ids.append(row.id)
            partner_table = _t(m.Newcomer if other == "newcomer_id" else m.Volunteer)
            partner = _readable_name(self.session, partner_table, row._mapping[other])
            if row.organisation_id:
                self.recipients.add(
                    self.reader.names.of(_t(m.Organisation), row.organisation_id) or ""
                )
            entries.append(
                Entry(
                    Phrase.of(N_("Patenschaft mit {name}"), name=partner),
                    self.reader.fields(_t(P), row, {other, owner}),
                )
            )
        self.add("pairings", N_("Patenschaften"), entries)

    def requests(self) -> None:
        if self.person != "newcomer":
            return
        R = m.HelpRequest  # noqa: N806
        entries = []
        for row in self.rows(R, "newcomer_id", [R.received_on, R.id]):
            self.request_ids.append(row.id)
            if row.organisation_id:
                self.recipients.add(
                    self.reader.names.of(_t(m.Organisation), row.organisation_id) or ""
                )
            fields = self.reader.fields(_t(R), row, {"newcomer_id", "title"})
            languages = [
                self.reader.names.of(_t(m.Language), lang.language_id) or ""
                for lang in self.session.execute(
                    select(_t(m.RequestLanguage)).where(
                        _t(m.RequestLanguage).c.request_id == row.id
                    )
                )
            ]
            if languages:
                fields.append((N_("Sprachen"), ", ".join(sorted(languages))))
            helpers = [
                _readable_name(self.session, _t(m.Volunteer), c.volunteer_id)
                for c in self.session.execute(
                    select(_t(m.RequestCandidate)).where(
                        _t(m.RequestCandidate).c.request_id == row.id,
                        _t(m.RequestCandidate).c.assigned.is_(True),
                    )
                )
            ]
            if helpers:
                fields.append((N_("Übernommen von"), ", ".join(helpers)))
            entries.append(Entry(row.title, fields))
        self.done.update({"request_language", "request_candidate"})
        self.add("requests", N_("Hilfsanfragen"), entries)

    def candidates(self, owner: str) -> None:
        if self.person != "volunteer":
            return
        C, R = m.RequestCandidate, _t(m.HelpRequest)  # noqa: N806
        entries = []
        for row in self.rows(C, owner, [C.asked_on, C.id]):
            request = self.session.execute(select(R).where(R.c.id == row.request_id)).first()
            title = request.title if request is not None else ""
            if request is not None and row.assigned and request.organisation_id:
                self.recipients.add(
                    self.reader.names.of(_t(m.Organisation), request.organisation_id) or ""
                )
            entries.append(
                Entry(
                    Phrase.of(N_("Anfrage »{title}«"), title=title),
                    self.reader.fields(_t(C), row, {owner, "request_id"}),
                )
            )
        self.add("candidates", N_("Anfragen an Sie"), entries)

    def hours(self, owner: str) -> None:
        if self.person != "volunteer":
            return
        H = m.HoursEntry  # noqa: N806
        entries = []
        for row in self.rows(H, owner, [H.worked_on, H.id]):
            field_name = (
                self.reader.names.of(_t(m.ActivityField), row.activity_field_id)
                if row.activity_field_id
                else ""
            )
            entries.append(
                Entry(
                    None,
                    [
                        (N_("Datum"), row.worked_on),
                        (N_("Stunden"), row.hours),
                        (N_("Tätigkeitsfeld"), field_name or ""),
                        (N_("Beschreibung"), row.description or ""),
                    ],
                )
            )
        self.add("hours", N_("Geleistete Stunden"), entries, "rows")

    def attendance(self, owner: str) -> None:
        if self.person != "volunteer":
            return
        A, E = m.Attendance, _t(m.Event)  # noqa: N806
        entries = []
        for row in self.rows(A, owner):
            event = self.session.execute(select(E).where(E.c.id == row.event_id)).first()
            if event is None:
                continue
            entries.append(
                Entry(
                    None,
                    [
                        (N_("Datum"), event.starts_at.date()),
                        (N_("Veranstaltung"), event.title),
                        (N_("Eingeladen am"), row.invited_on or ""),
                        (N_("Angemeldet"), bool(row.registered)),
                        (N_("Teilgenommen"), bool(row.attended)),
                    ],
                )
            )
        entries.sort(key=lambda e: e.fields[0][1])
        self.add("events", N_("Veranstaltungen"), entries, "rows")

    def consultations(self, owner: str) -> None:
        C = m.Consultation  # noqa: N806
        if owner not in C.__table__.c:
            return
        entries = [
            Entry(None, self.reader.fields(_t(C), row, {owner}))
            for row in self.rows(C, owner, [C.held_on, C.id])
        ]
        self.add("consultations", N_("Beratungen"), entries)

    def contacts(self, owner: str) -> None:
        N = _t(m.ContactNote)  # noqa: N806
        conditions = [N.c[owner] == self.person_id] if owner in N.c else []
        if self.pairing_ids:
            conditions.append(N.c.pairing_id.in_(self.pairing_ids))
        if self.request_ids:
            conditions.append(N.c.request_id.in_(self.request_ids))
        self.done.add("contact_note")
        if not conditions:
            return
        rows = self.session.execute(
            select(N).where(or_(*conditions)).order_by(N.c.noted_on, N.c.id)
        )
        entries = []
        for row in rows:
            about = (
                N_("Patenschaft")
                if row.pairing_id
                else N_("Hilfsanfrage")
                if row.request_id
                else ""
            )
            text = "\n".join(p for p in (row.subject, row.text) if p)
            entries.append(
                Entry(
                    None,
                    [
                        (N_("Datum"), row.noted_on),
                        (
                            N_("Weg"),
                            m.ContactNote.__table__.c.channel.type.enum_class(row.channel)  # type: ignore[attr-defined]
                            if row.channel
                            else "",
                        ),
                        (N_("Bezug"), Phrase.of(about) if about else ""),
                        (N_("Inhalt"), text),
                    ],
                )
            )
        self.add("contacts", N_("Kontakte"), entries, "rows")

    def consents(self, owner: str) -> None:
        C = m.Consent  # noqa: N806
        entries = []
        for row in self.rows(C, owner, [C.given_on, C.id]):
            if row.share_with_partners:
                self.shared.append(row.given_on)
            entries.append(
                Entry(
                    Phrase.of(N_("Einwilligung vom {date}"), date=row.given_on),
                    self.reader.fields(
                        _t(C),
                        row,
                        {"given_on", "volunteer_id", "newcomer_id", "contact_person_id"},
                        all_flags=True,
                    ),
                )
            )
        self.add("consents", N_("Einwilligungen"), entries)

    def clearances(self, owner: str) -> None:
        if self.person != "volunteer":
            return
        C = m.PoliceClearance  # noqa: N806
        entries = [
            Entry(
                None,
                [
                    (
                        "",
                        Phrase.of(
                            N_("ausgestellt am {issued}, bei uns eingesehen am {seen}"),
                            issued=row.issued_on,
                            seen=row.seen_on,
                        ),
                    ),
                ],
            )
            for row in self.rows(C, owner, [C.issued_on, C.id])
        ]
        self.add("clearances", N_("Führungszeugnis"), entries, "lines")

    def others(self) -> None:
        """Tables added later (documents, letters sent …): their rows, readable."""
        from ..kinds import KINDS

        for table, column in _referencing(self.person):
            if table.name in self.done or table.name in ("audit_entry", "follow_up_snooze"):
                continue
            rows = list(
                self.session.execute(
                    select(table).where(column == self.person_id).order_by(*table.primary_key)
                )
            )
            kind = KINDS.get(table.name)
            title = kind.plural_text if kind is not None else _label_of(table)
            entries = [Entry(None, self.reader.fields(table, r, {column.name})) for r in rows]
            self.add(table.name, title, [e for e in entries if e.fields])


def _label_of(table: Table) -> str:
    for mapper in m.Base.registry.mappers:
        if mapper.local_table is table:
            return str(getattr(mapper.class_, "__label__", "") or table.name)
    return table.name


def _enum(model: Any, row: Any) -> Any:
    column = _t(model).c.level
    try:
        return column.type.enum_class(row.level)  # type: ignore[attr-defined]
    except (ValueError, AttributeError):
        return row.level


def _readable_name(session: Session, table: Table, record_id: int) -> str:
    row = session.execute(select(table).where(table.c.id == record_id)).first()
    if row is None:
        return ""
    data = row._mapping
    return " ".join(p for p in (data.get("first_name"), data.get("last_name")) if p)


def _sources(session: Session, person: str, data: Any) -> list[Phrase]:
    """Where the data came from (Art. 15(1)(g))."""
    found: list[Phrase] = []
    batch_id = data.get("import_batch_id")
    if batch_id:
        batch = session.get(m.ImportBatch, batch_id)
        if batch is not None:
            found.append(
                Phrase.of(
                    N_("übernommen aus der Liste »{file}« am {date}"),
                    file=batch.file_name,
                    date=batch.started_at.date(),
                )
            )
    referred = data.get("referred_by_id")
    if referred:
        organisation = session.get(m.Organisation, referred)
        if organisation is not None:
            found.append(Phrase.of(N_("vermittelt durch {name}"), name=organisation.name))
    if person == "contact_person" and data.get("organisation_id"):
        organisation = session.get(m.Organisation, data["organisation_id"])
        if organisation is not None:
            found.append(
                Phrase.of(N_("als Ansprechperson von {name} erfasst"), name=organisation.name)
            )
    created = data.get("created_at")
    if not batch_id and isinstance(created, dt.datetime):
        found.append(
            Phrase.of(
                N_(
                    "von Ihnen selbst mitgeteilt (im Gespräch, am Telefon oder schriftlich) "
                    "und von uns erfasst am {date}"
                ),
                date=created.date(),
            )
        )
    return found
