"""List printouts: Patenschaftsliste, Ehrenamtlichenliste, offene Hilfsanfragen,
MSO-Verzeichnis. Each prints what a list page shows: the service's own query (filters,
search text, sort) and the chosen columns, optionally in groups."""

from __future__ import annotations

import dataclasses
import enum
import math
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer
from sqlalchemy import select

from .. import models as m
from ..db import Database
from ..enums import OrganisationKind, RequestStatus
from ..errors import ServiceError
from ..i18n import N_, _
from ..kinds import of_list
from ..services.base import EntityService, ListQuery
from ..services.settings import SettingsService
from .layout import MARGIN_BOTTOM, MARGIN_TOP, Cancel, Page, Progress, Result, build, styles
from .tables import LEADING, Col, Group, list_table, plan_widths
from .text import format_value, integer, visual

# Printed widths by the kind of a column (see services.base.Column.kind).
_BY_KIND = {
    "date": {"wrap": False, "min_width": 19 * mm},
    "datetime": {"wrap": False, "min_width": 26 * mm},
    "localdatetime": {"wrap": False, "min_width": 26 * mm},
    "phone": {"wrap": False, "min_width": 24 * mm},
    "int": {"wrap": False, "align": "RIGHT", "min_width": 12 * mm},
    "decimal": {"wrap": False, "align": "RIGHT", "min_width": 12 * mm},
    "money": {"wrap": False, "align": "RIGHT", "min_width": 22 * mm},
    "bool": {"wrap": False, "min_width": 10 * mm},
    "enum": {"max_width": 34 * mm, "min_width": 24 * mm},
}
NO_GROUP = "–"


@dataclass(frozen=True)
class ListDocument:
    key: str
    text: str  # the German title; ``title`` in the current language
    service: Callable[[Database], EntityService[Any]]
    columns: tuple[str, ...]  # printed by default, in this order
    groups: tuple[str, ...] = ()  # column keys the list can be grouped by
    default_group: str | None = None
    default_filters: Mapping[str, Any] = field(default_factory=dict)
    # Printed titles (German, marked with N_) or widths that differ from the list page's.
    overrides: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    # Columns the service does not have: key → (German title, function of the rows' ids).
    extras: Mapping[str, tuple[str, Callable[[Database, list[int]], dict[int, str]]]] = field(
        default_factory=dict
    )
    # The title when the filters are the given ones (an MSO directory of MSOs only).
    title_for: Callable[[Mapping[str, Any]], str] | None = None
    # How rows are counted in the subtitle ("{n} Patenschaften"), German.
    count_text: str = N_("{n} Einträge")

    @property
    def title(self) -> str:
        return _(self.text)


def _service_of(list_key: str) -> Callable[[Database], EntityService[Any]]:
    """The service of the kind of record whose list is ``list_key`` (the registry's)."""

    def service(db: Database) -> EntityService[Any]:
        return of_list(list_key).service(db)

    return service


def _addresses(db: Database, ids: list[int]) -> dict[int, str]:
    O = m.Organisation  # noqa: E741, N806
    with db.read() as session:
        rows = session.execute(
            select(O.id, O.street, O.postcode, O.city).where(O.id.in_(ids))
        ).all()
    result = {}
    for record_id, street, postcode, city in rows:
        place = " ".join(p for p in (postcode, city) if p)
        result[record_id] = ", ".join(p for p in (street, place) if p)
    return result


def _contact_persons(db: Database, ids: list[int]) -> dict[int, str]:
    C = m.ContactPerson  # noqa: N806
    with db.read() as session:
        rows = session.execute(
            select(C.organisation_id, C.first_name, C.last_name, C.role)
            .where(C.organisation_id.in_(ids), C.archived_at.is_(None))
            .order_by(C.sort_key)
        ).all()
    result: dict[int, list[str]] = {}
    for owner, first, last, role in rows:
        name = " ".join(p for p in (first, last) if p)
        result.setdefault(owner, []).append(f"{name} ({role})" if role else name)
    return {k: "; ".join(v) for k, v in result.items()}


def _organisation_title(filters: Mapping[str, Any]) -> str:
    kinds = filters.get("kind")
    kinds = kinds if isinstance(kinds, list | tuple | set) else [kinds]
    if [str(k) for k in kinds if k] == [OrganisationKind.MSO.value]:
        return _("MSO-Verzeichnis")
    return _("Verzeichnis der Organisationen")


LISTS: dict[str, ListDocument] = {
    "pairings": ListDocument(
        "pairings",
        N_("Patenschaftsliste"),
        _service_of("pairings"),
        ("volunteer", "newcomer", "started_on", "focus", "volunteer_phone", "next_checkin_on"),
        groups=("status", "district"),
        default_group="status",
        overrides={
            "volunteer_phone": {"title": N_("Telefon Ehrenamt")},
            "started_on": {"title": N_("Seit")},
            "next_checkin_on": {"title": N_("Nächstes Nachfragen")},
        },
        count_text=N_("{n} Patenschaften"),
    ),
    "volunteers": ListDocument(
        "volunteers",
        N_("Ehrenamtlichenliste"),
        _service_of("volunteers"),
        ("last_name", "first_name", "status", "district", "languages", "phone", "email"),
        groups=("district", "status"),
        count_text=N_("{n} Ehrenamtliche"),
    ),
    "requests": ListDocument(
        "requests",
        N_("Offene Hilfsanfragen"),
        _service_of("requests"),
        (
            "received_on",
            "title",
            "status",
            "activity_field",
            "district",
            "languages",
            "organisation",
            "needed_on",
        ),
        groups=("status", "district", "activity_field"),
        default_filters={"status": [RequestStatus.OPEN.value, RequestStatus.MEDIATING.value]},
        overrides={"title": {"max_width": 80 * mm}},
        title_for=lambda f: (
            _("Offene Hilfsanfragen")
            if set(map(str, _as_list(f.get("status"))))
            <= {RequestStatus.OPEN.value, RequestStatus.MEDIATING.value}
            and f.get("status")
            else _("Hilfsanfragen")
        ),
        count_text=N_("{n} Hilfsanfragen"),
    ),
    "organisations": ListDocument(
        "organisations",
        N_("MSO-Verzeichnis"),
        _service_of("organisations"),
        ("name", "founding_stage", "district", "address", "contact_persons", "phone", "email"),
        groups=("kind", "district", "founding_stage"),
        default_filters={"kind": OrganisationKind.MSO.value},
        overrides={"name": {"max_width": 55 * mm}, "founding_stage": {"title": N_("Phase")}},
        extras={
            "address": (N_("Anschrift"), _addresses),
            "contact_persons": (N_("Ansprechpersonen"), _contact_persons),
        },
        title_for=_organisation_title,
        count_text=N_("{n} Organisationen"),
    ),
}


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, list | tuple | set) else [value]


def column_choices(document: str) -> list[tuple[str, str]]:
    """(key, title) of every column a list document can print."""
    spec = LISTS[document]
    service_cls = type(spec.service(None))  # type: ignore[arg-type]
    keys = list(spec.columns) + [k for k in service_cls.columns if k not in spec.columns]
    titles = {k: c.title for k, c in service_cls.columns.items()}
    titles.update({k: _(t) for k, (t, _f) in spec.extras.items()})
    return [(k, _override_title(spec, k) or titles[k]) for k in keys]


def _override_title(spec: ListDocument, key: str) -> str | None:
    """The printed title a list document gives a column instead of the page's, if any."""
    text = spec.overrides.get(key, {}).get("title")
    return _(text) if text else None


def _describe_filters(service: EntityService[Any], query: ListQuery) -> str:
    parts = []
    for key, value in query.filters.items():
        values = _as_list(value)
        spec = service.filters.get(key)
        if not values or spec is None:
            continue
        names: dict[str, str] = {}
        try:
            names = {str(getattr(v, "value", v)): n for v, n in service.filter_choices(key)}
        except Exception:  # noqa: BLE001 - a filter without choices shows its values
            names = {}
        shown = [names.get(str(getattr(v, "value", v)), format_value(v)) for v in values]
        parts.append(f"{spec.label}: {', '.join(shown)}")
    if query.text.strip():
        parts.append(_("Suche: »{text}«", text=query.text.strip()))
    if query.include_archived:
        parts.append(_("mit archivierten"))
    return "; ".join(parts)


def _group_label(value: Any) -> str:
    if value is None or value == "":
        return NO_GROUP
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    return str(value)


def _group_order(service: EntityService[Any], key: str) -> Callable[[Any], tuple[int, str]]:
    """Groups of an enum column in the enum's order; others alphabetically, empty last."""
    members: dict[Any, int] = {}
    enum_class = getattr(getattr(service.columns[key].expr, "type", None), "enum_class", None)
    if enum_class is not None:
        members = {member: i for i, member in enumerate(enum_class)}

    def order(value: Any) -> tuple[int, str]:
        if value is None or value == "":
            return (10**6, "")
        if value in members:
            return (members[value], "")
        return (0, str(value).casefold())

    return order


def render_list(
    db: Database,
    document: str,
    path: Any,
    *,
    query: ListQuery | None = None,
    filters: Mapping[str, Any] | None = None,
    columns: Sequence[str] | None = None,
    group_by: str | None = "",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Result:
    """Print a list. ``query`` (a list page's) or ``filters`` choose the rows (none given:
    the document's default filters); ``columns`` the columns; ``group_by`` a column to
    group by ("" = the document's default, None = no groups)."""
    spec = LISTS[document]
    service = spec.service(db)
    if query is None:
        query = ListQuery(filters=dict(spec.default_filters if filters is None else filters))
    elif filters is not None:
        query = dataclasses.replace(query, filters={**query.filters, **filters})
    keys = list(columns or spec.columns)
    unknown = [k for k in keys if k not in service.columns and k not in spec.extras]
    if unknown:
        raise ServiceError(_("Unbekannte Spalte »{key}«.", key=", ".join(unknown)))
    group = spec.default_group if group_by == "" else group_by
    if group is not None and group not in service.columns:
        raise ServiceError(_("Nach »{key}« lässt sich nicht gruppieren.", key=group))
    if group in keys:
        keys.remove(group)  # the group heading says it already

    with db.read() as session:
        records = session.execute(service.list_select(query)).all()
    if cancel is not None and cancel():
        from .layout import PrintCancelled

        raise PrintCancelled()
    ids = [r.id for r in records]
    extra_values = {k: f(db, ids) if ids else {} for k, (_t, f) in spec.extras.items()}

    printed: list[Col] = []
    for key in keys:
        if key in spec.extras:
            settings: dict[str, Any] = {"title": _(spec.extras[key][0]), "max_width": 60 * mm}
        else:
            column = service.columns[key]
            settings = {"title": column.title, **_BY_KIND.get(column.kind, {})}
        settings.update(spec.overrides.get(key, {}))
        settings["title"] = _override_title(spec, key) or settings["title"]
        printed.append(Col(**settings))
    kinds = [service.columns[k].kind if k in service.columns else "text" for k in keys]

    def cells(record: Any) -> list[str]:
        mapping = record._mapping
        return [
            extra_values[k].get(record.id, "") if k in spec.extras else format_value(mapping[k], kd)
            for k, kd in zip(keys, kinds, strict=True)
        ]

    rows: list[Any]
    if group is None:
        rows = [cells(r) for r in records]
    else:
        order = _group_order(service, group)
        by_group: dict[Any, list[Any]] = {}
        for record in records:
            by_group.setdefault(record._mapping[group], []).append(record)
        rows = []
        title = service.columns[group].title
        for value in sorted(by_group, key=order):
            members = by_group[value]
            rows.append(Group(f"{title}: {_group_label(value)} ({len(members)})"))
            rows.extend(cells(r) for r in members)

    wide, widths = plan_widths(printed, rows)
    title = spec.title_for(query.filters) if spec.title_for else spec.title
    page = Page(title, str(SettingsService(db).get("office.name") or ""), wide=wide)
    style = styles()
    summary = _(spec.count_text, n=integer(len(records)))
    described = _describe_filters(service, query)
    if described:
        summary += " · " + described
    story: list[Any] = [Paragraph(_escape(visual(summary)), style["muted"]), Spacer(1, 3 * mm)]
    if records:
        story.append(list_table(printed, rows, widths))
    else:
        story.append(Paragraph(_("Keine Einträge passen zu dieser Auswahl."), style["text"]))
    usable = page.size[1] - MARGIN_TOP - MARGIN_BOTTOM
    expected = math.ceil(len(rows) * (LEADING + 5.5) / usable) or 1
    result = build(path, page, story, progress=progress, cancel=cancel, expected_pages=expected)
    from ..services.audit_log import describe_query, log_export

    log_export(
        db,
        service.entity,
        _(
            "Ausdruck »{title}« ({filters}), Zeilen: {rows}, Datei: {file}",
            title=page.title,
            rows=len(records),
            filters=describe_query(service, query),
            file=os.path.basename(os.fspath(path)),
        ),
    )
    return result


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
