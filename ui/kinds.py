"""The screens' side of the registry of record kinds (``servicestelle.kinds``).

For each kind of record: the texts of its list page, the title of a new record's
window, the window's first width and what a record window shows besides its fields.
The main window builds its list pages from here, ``open_record_dialog`` its windows;
nothing else keeps a table of kinds. A kind registered in the core without an entry
here has no screens (``tests/ui/test_every_kind.py`` checks that every kind with a
list page has one).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from servicestelle.kinds import KINDS, EntityKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("Kinds", text)


@dataclass(frozen=True)
class ScreenKind:
    key: str
    new_title: str  # the window title of a new record (German, translated when shown)
    width: int = 640  # a record window's first width
    # The list page (kinds with a list only): the status bar's count for one and for
    # many (with {count}), the text of an empty list, the search field's hint.
    count_one: str = ""
    count_many: str = ""
    empty: str = ""
    search_hint: str = ""
    contact_log: bool = False  # the record window has »Kontakte«
    workflow: bool = False  # the record window has the workflow bar
    hours: bool = False  # the record window has »Stunden«
    # Kinds without a list of their own: the list where their records are found.
    found_on: str | None = None
    # Other kinds whose changes the list page shows too (names in a pairing's row …).
    shows: tuple[str, ...] = ()

    @property
    def core(self) -> EntityKind:
        return KINDS[self.key]

    def new_window_title(self) -> str:
        return _tr(self.new_title)

    def count_text(self, count: int) -> str:
        from .formatting import format_count

        return (
            _tr(self.count_one)
            if count == 1
            else _tr(self.count_many).format(count=format_count(count))
        )

    def empty_text(self) -> str:
        return _tr(self.empty)

    def search_hint_text(self) -> str:
        return _tr(self.search_hint) if self.search_hint else ""


SCREENS: dict[str, ScreenKind] = {
    s.key: s
    for s in (
        ScreenKind(
            "volunteer",
            QT_TRANSLATE_NOOP("Kinds", "Neue*r Ehrenamtliche*r"),
            980,
            QT_TRANSLATE_NOOP("Kinds", "1 Ehrenamtliche*r"),
            QT_TRANSLATE_NOOP("Kinds", "{count} Ehrenamtliche"),
            QT_TRANSLATE_NOOP(
                "Kinds",
                "Noch keine Ehrenamtlichen erfasst. Mit »Neu« oder »Importieren« geht es los.",
            ),
            QT_TRANSLATE_NOOP("Kinds", "In dieser Liste suchen: Name, E-Mail, Telefon …"),
            contact_log=True,
            hours=True,
            shows=("police_clearance", "consent", "pairing"),
        ),
        ScreenKind(
            "newcomer",
            QT_TRANSLATE_NOOP("Kinds", "Neue*r Neuzugewanderte*r"),
            760,
            QT_TRANSLATE_NOOP("Kinds", "1 Neuzugewanderte*r"),
            QT_TRANSLATE_NOOP("Kinds", "{count} Neuzugewanderte"),
            QT_TRANSLATE_NOOP(
                "Kinds",
                "Noch keine Neuzugewanderten erfasst. Mit »Neu« oder »Importieren« geht es los.",
            ),
            QT_TRANSLATE_NOOP("Kinds", "In dieser Liste suchen: Name, Telefon …"),
            contact_log=True,
        ),
        ScreenKind(
            "pairing",
            QT_TRANSLATE_NOOP("Kinds", "Neue Patenschaft"),
            640,
            QT_TRANSLATE_NOOP("Kinds", "1 Patenschaft"),
            QT_TRANSLATE_NOOP("Kinds", "{count} Patenschaften"),
            QT_TRANSLATE_NOOP(
                "Kinds",
                "Noch keine Patenschaften. Mit »Neu« schlagen Sie die erste Patenschaft vor.",
            ),
            contact_log=True,
            workflow=True,
            shows=("volunteer", "newcomer"),
        ),
        ScreenKind(
            "help_request",
            QT_TRANSLATE_NOOP("Kinds", "Neue Hilfsanfrage"),
            640,
            QT_TRANSLATE_NOOP("Kinds", "1 Hilfsanfrage"),
            QT_TRANSLATE_NOOP("Kinds", "{count} Hilfsanfragen"),
            QT_TRANSLATE_NOOP(
                "Kinds", "Noch keine Hilfsanfragen. Mit »Neu« erfassen Sie die erste."
            ),
            QT_TRANSLATE_NOOP("Kinds", "In dieser Liste suchen: Anliegen, Beschreibung …"),
            contact_log=True,
            workflow=True,
            shows=("organisation", "newcomer", "volunteer"),
        ),
        ScreenKind(
            "organisation",
            QT_TRANSLATE_NOOP("Kinds", "Neue Organisation"),
            820,
            QT_TRANSLATE_NOOP("Kinds", "1 Organisation"),
            QT_TRANSLATE_NOOP("Kinds", "{count} Organisationen"),
            QT_TRANSLATE_NOOP(
                "Kinds",
                "Noch keine Organisationen erfasst. Mit »Neu« oder »Importieren« geht es los.",
            ),
            QT_TRANSLATE_NOOP("Kinds", "In dieser Liste suchen: Name, E-Mail …"),
            contact_log=True,
            shows=("contact_person",),
        ),
        ScreenKind(
            "event",
            QT_TRANSLATE_NOOP("Kinds", "Neue Veranstaltung"),
            760,
            QT_TRANSLATE_NOOP("Kinds", "1 Veranstaltung"),
            QT_TRANSLATE_NOOP("Kinds", "{count} Veranstaltungen"),
            QT_TRANSLATE_NOOP(
                "Kinds",
                "Noch keine Veranstaltungen. Mit »Neu« legen Sie die erste Veranstaltung an.",
            ),
            contact_log=True,
        ),
        ScreenKind(
            "contact_person",
            QT_TRANSLATE_NOOP("Kinds", "Neue Ansprechperson"),
            found_on="organisations",
        ),
        ScreenKind("consultation", QT_TRANSLATE_NOOP("Kinds", "Neue Beratung")),
        ScreenKind("funding_application", QT_TRANSLATE_NOOP("Kinds", "Neuer Förderantrag")),
    )
}


def screen(key: str) -> ScreenKind:
    """The screens of the kind ``key`` (a ValueError for a kind without any)."""
    try:
        return SCREENS[key]
    except KeyError:
        raise ValueError(f"kein Formular für {key!r}") from None
