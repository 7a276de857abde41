"""What an import would do, row by row, before anything is written: the clean values,
errors (row not imported) and warnings (imported, noted), duplicates inside the file
and against the database, and what holds for the whole list (its notices).

``prepare(db, entity, layout, mapping)`` reads the configured lists once and parses
every row (``rows``); the status new people get is decided here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..bulk import collector_paused
from ..db import Database
from ..enums import VolunteerStatus
from ..i18n import N_, _
from .duplicates import find_duplicates
from .header import SheetLayout
from .mapping import SENT_HEADERS, fold_header
from .rows import (  # noqa: F401  (the row's names, as callers have found them here)
    CONSENT_KEYS,
    DATE_KEYS,
    DUPLICATE,
    ERROR,
    OK,
    WARNING,
    RowParser,
    RowResult,
    lists_of,
)
from .values import DateSwap, ListMatcher, date_order, date_swap, forget_texts, text_of

STATUS_LABELS = {  # German; shown through ``status_label``
    OK: N_("in Ordnung"),
    WARNING: N_("mit Hinweis"),
    DUPLICATE: N_("Dublette"),
    ERROR: N_("Fehler"),
}


def status_label(status: str) -> str:
    """A row status as shown, in the current language."""
    return _(STATUS_LABELS.get(status, status))


@dataclass(frozen=True)
class PlanCounts:
    """Rows by status, as counted once for the preview and the summary."""

    rows: int
    ok: int  # imported as they are
    warning: int  # imported, with a warning (not duplicates)
    duplicate: int  # a decision each: skipped, filled, updated or created anyway
    error: int  # not imported
    without_consent: int  # would be "aktiv", but the list shows no consent


@dataclass
class ImportPlan:
    entity: str
    headers: list[str]
    mapping: dict[int, str]
    rows: list[RowResult]
    skipped: list[tuple[int, str]]
    # date columns whose date cells came with day and month swapped → swapped back?
    date_swaps: dict[int, tuple[DateSwap, bool]] = field(default_factory=dict)
    unknown_districts: dict[str, int] = field(default_factory=dict)  # text → rows

    @property
    def notices(self) -> list[str]:
        """What to say about the list as a whole (shown above the rows)."""
        found = [self._swap_notice(c, s, back) for c, (s, back) in self.date_swaps.items()]
        if self.entity == "volunteer" and not any(k in CONSENT_KEYS for k in self.mapping.values()):
            found.append(
                _(
                    "Die Liste hat keine Spalte zur Einwilligung (DSGVO): Es wird keine "
                    "Einwilligung vermerkt, und neue Personen werden »interessiert« statt "
                    "»aktiv« – außer Sie wählen im Schritt »Dubletten und Optionen«, sie "
                    "trotzdem als »aktiv« anzulegen."
                )
            )
        if self.unknown_districts:
            named = sorted(self.unknown_districts.items(), key=lambda kv: (-kv[1], kv[0]))
            names = ", ".join(
                _("»{name}« in 1 Zeile", name=text)
                if rows == 1
                else _("»{name}« in {n} Zeilen", name=text, n=rows)
                for text, rows in named[:5]
            )
            if len(named) > 5:
                names += _(" und {n} weitere", n=len(named) - 5)
            found.append(
                _(
                    "Stadtteile, die nicht in der Liste der Stadtteile stehen: "
                    "{names}. Sie kommen in die Notizen der Personen. Gehören sie zu Ihrer "
                    "Stadt, bitte unter Extras → Einstellungen → Stadtteile ergänzen und "
                    "die Liste dann neu prüfen lassen (»Zurück«, »Weiter«).",
                    names=names,
                )
            )
        undated = sum(1 for r in self.rows if r.consent and not r.consent_on and not r.errors)
        if not undated:
            return found
        return found + [
            _(
                "Einwilligung: {n} Zeilen nennen kein Datum. Die Einwilligung wird vermerkt "
                "als »laut Liste, Datum unbekannt« (eingetragen mit dem Tag des Imports) – "
                "bitte das Datum nachtragen, wo es bekannt ist.",
                n=undated,
            )
            if undated != 1
            else _(
                "Einwilligung: 1 Zeile nennt kein Datum. Die Einwilligung wird vermerkt als "
                "»laut Liste, Datum unbekannt« (eingetragen mit dem Tag des Imports) – bitte "
                "das Datum nachtragen, wo es bekannt ist."
            )
        ]

    def _swap_notice(self, column: int, swap: DateSwap, back: bool) -> str:
        header = self.headers[column] if column < len(self.headers) else str(column + 1)
        if back:
            return _(
                "Spalte »{header}«: Die Liste ging offenbar durch ein englisch eingestelltes "
                "Tabellenprogramm – Texte wie »{example}« lesen sich nur mit dem Tag zuerst, "
                "die Datumszellen haben alle einen Tag bis 12. In {n} Datumszellen werden "
                "Tag und Monat getauscht; diese Zeilen haben einen Hinweis.",
                header=header,
                example=swap.example,
                n=swap.cells,
            )  # (two or more date cells: see ``values.date_swap``)
        return _(
            "Spalte »{header}«: Die Datumszellen werden übernommen, wie sie sind (Tag und "
            "Monat nicht getauscht), obwohl Texte wie »{example}« auf getauschte Datumszellen "
            "deuten.",
            header=header,
            example=swap.example,
        )

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def counts(self) -> PlanCounts:
        """The numbers the preview shows and the summary repeats (one source for both)."""
        found = {OK: 0, WARNING: 0, DUPLICATE: 0, ERROR: 0}
        for row in self.rows:
            found[row.status] += 1
        return PlanCounts(
            len(self.rows),
            found[OK],
            found[WARNING],
            found[DUPLICATE],
            found[ERROR],
            # (a duplicate is skipped unless the user decides otherwise)
            sum(1 for r in self.rows if r.held_back and not r.errors and r.duplicate is None),
        )

    @property
    def importable(self) -> list[RowResult]:
        return [r for r in self.rows if not r.errors]


# -- the status of new people ---------------------------------------------------------------

_LEFT_WORDS = ("ausgeschieden", "ehemalig", "inaktiv", "ausgetreten")
_SIGN_UP_NAMES = ("anmeldung", "registrierung", "sign up", "signup", "formular", "umfrage")
_SIGN_UP_HEADERS = SENT_HEADERS


def suggested_status(names: Sequence[str | None], headers: Sequence[Any] = ()) -> VolunteerStatus:
    """The status new people get by default, from the file's and the sheet's name and
    the headers: a list of people who left ("Ausgeschieden", "ehemalige", "inaktiv") →
    »ausgeschieden«; an online sign-up (a "Zeitstempel"/"Submitted" column, or a name like
    "Anmeldung") → »interessiert«; else »aktiv« (as the import always did)."""
    folded = [fold_header(n) for n in names if n]
    if any(word in name for name in folded for word in _LEFT_WORDS):
        return VolunteerStatus.LEFT
    if any(word in name for name in folded for word in _SIGN_UP_NAMES) or any(
        fold_header(h) in _SIGN_UP_HEADERS for h in headers
    ):
        return VolunteerStatus.INTERESTED
    return VolunteerStatus.ACTIVE


def new_status(
    row: RowResult, chosen: VolunteerStatus | None, active_without_consent: bool = False
) -> Any:
    """The status a new volunteer of ``row`` gets. A status the list gives wins, and so
    does a leaving date; else ``chosen`` (None: »aktiv«, as always). »aktiv« stays
    »interessiert« for a person without consent in the list unless the user says so."""
    current = row.values.get("status")
    named = "status" not in row.defaulted  # the list gives it
    if row.held_back and (named or chosen is None or chosen == VolunteerStatus.ACTIVE):
        return VolunteerStatus.ACTIVE if active_without_consent else current
    if named or row.values.get("left_on"):
        return current
    return current if chosen is None or chosen == VolunteerStatus.ACTIVE else chosen


# -- the plan -----------------------------------------------------------------------------


def prepare(
    db: Database,
    entity: str,
    layout: SheetLayout,
    mapping: Mapping[int, str],
    *,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    swap_dates: Collection[int] | None = None,
) -> ImportPlan:
    """Parse, validate and compare every data row of ``layout`` under ``mapping``.
    ``swap_dates``: the date columns whose date cells get day and month swapped back
    (None: each column ``date_swaps`` finds)."""
    try:
        with collector_paused():
            return _prepare(
                db, entity, layout, mapping, today=today, progress=progress, swap=swap_dates
            )
    finally:
        forget_texts()


def _prepare(
    db: Database,
    entity: str,
    layout: SheetLayout,
    mapping: Mapping[int, str],
    *,
    today: dt.date | None,
    progress: Callable[[int, int], None] | None,
    swap: Collection[int] | None,
) -> ImportPlan:
    today = today or dt.date.today()
    mapping = {int(c): k for c, k in mapping.items() if k}
    orders = {
        column: date_order(values[column] for _n, values in layout.rows if column < len(values))
        for column, key in mapping.items()
        if key in DATE_KEYS
    }
    found = date_swaps(layout, mapping)
    chosen = frozenset(found if swap is None else (int(c) for c in swap if int(c) in found))
    parser = RowParser(
        entity, list(layout.headers), mapping, lists_of(db), orders, today, chosen
    )
    rows = []
    total = len(layout.rows)
    for index, (number, raw) in enumerate(layout.rows):
        rows.append(parser.parse(number, raw))
        if progress is not None and index % 1000 == 999:
            progress(index + 1, total)
    plan = ImportPlan(entity, list(layout.headers), mapping, rows, list(layout.skipped))
    plan.date_swaps = {column: (found[column], column in chosen) for column in found}
    plan.unknown_districts = _unknown_districts(layout, mapping, parser.lists.districts)
    find_duplicates(db, plan)
    return plan


def _unknown_districts(
    layout: SheetLayout, mapping: Mapping[int, str], districts: ListMatcher
) -> dict[str, int]:
    """The district texts of the list that name no district of the office's list,
    with the number of rows each."""
    found: dict[str, int] = {}
    for column, key in mapping.items():
        if key != "district":
            continue
        for _number, values in layout.rows:
            cell = values[column] if column < len(values) else None
            text = text_of(cell) if cell is not None else ""
            if text.strip() and districts.match(text) is None:
                found[text.strip()] = found.get(text.strip(), 0) + 1
    return found


def date_swaps(layout: SheetLayout, mapping: Mapping[int, str]) -> dict[int, DateSwap]:
    """The date columns of ``mapping`` whose date cells came with day and month swapped
    by a spreadsheet program set to another language (see ``values.date_swap``)."""
    found = {}
    for column, key in mapping.items():
        if key in DATE_KEYS or key == "consent":  # (a consent cell may be a bare date)
            swap = date_swap(v[int(column)] for _n, v in layout.rows if int(column) < len(v))
            if swap is not None:
                found[int(column)] = swap
    return found
