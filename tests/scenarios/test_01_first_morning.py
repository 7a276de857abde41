"""Scenario 1, the first morning: Frau R. imports last year's volunteer list (an Excel
sheet with a title block above the header, three duplicates and four rows with
problems) through the import wizard: she chooses the file, corrects the mapping of the
column the program did not recognise, saves the mapping, looks at the problems in the
preview, skips the duplicates, imports and opens the error report. Later she imports the
partner's Lankow list — a German Excel CSV (semicolon, Windows-1252) — with the saved
mapping."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import shiboken6
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QTableView,
    QTableWidget,
    QWidget,
    QWizard,
)

from servicestelle.db import Database
from servicestelle.importing.service import ImportService
from servicestelle.services.base import ListQuery
from servicestelle.services.lists import DistrictService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import ModalAnswer, record_warnings, see, shown_texts
from ui.import_wizard import ImportWizard

# -- the files (written here, as the office would have them) -------------------------------

HEADERS = [
    "Nr.",
    "Name",
    "Vorname",
    "Straße",
    "PLZ",
    "Stadtteil",
    "Tel.",
    "E-Mail",
    "Geburtsdatum",
    "Sprachen",
    "Tätigkeit",
    "Einsatzzeiten",  # the column the program does not recognise: Frau R. maps it
    "FZ vorgelegt am",
    "DSGVO",
    "Bemerkungen",
]

# (row as in the sheet); comments say what the row is for
OFFICE_ROWS: list[list[object]] = [
    [
        1,
        "Weiß",
        "Matthias",
        "Mecklenburgstraße 32",
        19061,
        "Schelfstadt",
        3858433822,
        "matthias.weiss@gmx.de",
        dt.datetime(1961, 4, 20),
        "Russisch, Deutsch",
        "Sprachcafé, Hausaufgabenhilfe",
        "Mo-Fr nachmittags",
        dt.datetime(2023, 9, 6),
        "ja",
        "Lehrer i.R.",
    ],
    [
        2,
        "Bondarenko",
        "Olena",
        "Berliner Platz 38",
        19061,
        "Neu Zippendorf",
        "0385 6241600",
        "olena.bondarenko@t-online.de",
        dt.datetime(1975, 7, 9),
        "Ukrainisch, Russisch",
        "Dolmetschen",
        "Mi 14-18 Uhr",
        None,
        "x",
        "hat Auto",
    ],
    [
        3,
        "Schulz",
        "Anna",
        "Obotritenring 28",
        19057,
        "Weststadt",
        "+49 176 06179185",
        "anna.schulz@t-online.de",
        "23.8.1959",
        "arab., engl.",
        "Behördengänge",
        "Di vormittags",
        dt.datetime(2024, 3, 9),
        "x",
        None,
    ],
    [
        4,
        "Al-Hassan",
        "Fatemeh",
        "Obotritenring 44",
        19053,
        "Krebsförden",
        "0385 6522995",
        "fatemeh.al-hassan@posteo.de",
        dt.datetime(1985, 6, 18),
        "Farsi, Deutsch",
        "Dolmetschen",
        "flexibel",
        None,
        "ja",
        None,
    ],
    [
        5,
        "Krüger",
        "Birgit",
        "Lübecker Straße 34",
        19055,
        "Lankow",
        "+49 176 08118136",
        "birgit.krueger@gmx.de",
        dt.datetime(1980, 5, 22),
        "Deutsch, Englisch",
        "Hausaufgabenhilfe",
        "Do abends",
        None,
        "x",
        None,
    ],
    [
        6,
        "Nowak",
        "Heike",
        "Ziolkowskistraße 3",
        19063,
        "Großer Dreesch",
        "0385 5724255",
        "heike.nowak@posteo.de",
        dt.datetime(1970, 1, 2),
        "Polnisch, Deutsch",
        "Freizeit/Sport",
        "Sa",
        None,
        "ja",
        None,
    ],
    [
        7,
        "Haddad",
        "Samir",
        "Hamburger Allee 90",
        19063,
        "Mueßer Holz",
        "0385 3133701",
        "samir.haddad@web.de",
        dt.datetime(1990, 11, 30),
        "Arabisch, Deutsch",
        "Begleitung Arzt",
        "abends",
        None,
        "ja",
        None,
    ],
    # problems: no surname (an error: not imported) — twice
    [
        8,
        None,
        "Leyla",
        "Wismarsche Straße 46",
        19059,
        "Paulsstadt",
        "0385 1375460",
        "leyla@web.de",
        dt.datetime(1999, 5, 15),
        "Türkisch",
        "Sprachcafé",
        "abends",
        None,
        "ja",
        None,
    ],
    [
        9,
        None,
        None,
        None,
        None,
        None,
        None,
        "nur-eine-adresse@gmx.de",
        None,
        None,
        None,
        None,
        None,
        None,
        "Rest einer Zeile",
    ],
    # problems: imported with a note — a district that does not exist, a date in the future
    [
        10,
        "Meißner",
        "Sören",
        "Neumühler Straße 5",
        19057,
        "Schwerin-Süd",
        "0385 5451249",
        "soeren.meissner@gmail.com",
        dt.datetime(1988, 2, 6),
        "Deutsch",
        "Wohnungssuche",
        "flexibel",
        None,
        "ja",
        None,
    ],
    [
        11,
        "Lange",
        "Ayse",
        "Am Packhof 2",
        19053,
        "Feldstadt",
        "0385 5629000",
        "ayse.lange@web.de",
        dt.datetime(2031, 1, 13),
        "Türkisch, Deutsch",
        "Bewerbungen",
        "Mo vormittags",
        None,
        "ja",
        None,
    ],
    # duplicates: the same e-mail as row 1, the same name and birthday as row 2, and the
    # e-mail of a volunteer a colleague entered last week
    [
        12,
        "Weiss",
        "Matthias",
        "Mecklenburgstr. 32",
        19061,
        "Schelfstadt",
        None,
        "Matthias.Weiss@gmx.de",
        None,
        "Russisch",
        None,
        None,
        None,
        "ja",
        "doppelt?",
    ],
    [
        13,
        "Bondarenko",
        "Olena",
        None,
        None,
        "Neu Zippendorf",
        None,
        None,
        dt.datetime(1975, 7, 9),
        None,
        None,
        None,
        None,
        "ja",
        None,
    ],
    [
        14,
        "Rahimi",
        "Björn",
        "Friesenstraße 1",
        19059,
        "Lankow",
        "0385 5066831",
        "bjoern.rahimi@gmx.de",
        dt.datetime(1979, 12, 5),
        "Dari, Paschtu",
        "Kita-Begleitung",
        "Di nachmittags",
        None,
        "ja",
        None,
    ],
]


def office_list(folder: Path) -> Path:
    """Last year's list: a title block, the header in row 4, a totals row at the end."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Aktive"
    sheet.append(["Ehrenamtliche – Servicestelle Integration Schwerin"])
    sheet.append(["Stand: 14.03.2024"])
    sheet.append([])
    sheet.append(HEADERS)
    for row in OFFICE_ROWS:
        sheet.append(row)
    sheet.append([])
    sheet.append(["Gesamt: 14"])
    left = book.create_sheet("Ausgeschieden")  # a second sheet: not the one imported
    left.append(["Name", "Vorname", "ausgeschieden am", "Grund"])
    left.append(["Brandt", "Jürgen", dt.datetime(2023, 3, 1), "Umzug"])
    path = folder / "Ehrenamtliche_Stand_2024-03.xlsx"
    book.save(path)
    return path


LANKOW_HEADERS = [
    "Name",
    "Vorname",
    "Tel.",
    "E-Mail",
    "Stadtteil",
    "Sprachen",
    "Tätigkeit",
    "Einsatzzeiten",
    "Bemerkungen",
]
LANKOW_ROWS = [
    [
        "Jäger",
        "Jürgen",
        "0385 3008227",
        "juergen.jaeger@t-online.de",
        "Lankow",
        "Deutsch, Russisch",
        "Hausaufgabenhilfe",
        "Di + Do nachmittags",
        "Rentner",
    ],
    [
        "Größer",
        "Käthe",
        "0385 4034853",
        "kaethe.groesser@web.de",
        "Lankow",
        "Deutsch, Englisch",
        "Sprachcafé",
        "Mi vormittags",
        None,
    ],
    [
        "Shevchenko",
        "Olena",
        "0385 4496106",
        "olena.shevchenko@posteo.de",
        "Lankow",
        "Ukrainisch, Deutsch",
        "Dolmetschen",
        "abends",
        "über Frau Brandt",
    ],
    # already in the office's list (same e-mail): a duplicate
    [
        "Krüger",
        "Birgit",
        "+49 176 08118136",
        "birgit.krueger@gmx.de",
        "Lankow",
        "Deutsch",
        "Hausaufgabenhilfe",
        "Do abends",
        None,
    ],
]


def lankow_list(folder: Path) -> Path:
    """The partner's list as German Excel saves "CSV (Trennzeichen-getrennt)": semicolons,
    Windows-1252, CRLF, the title line exported as a row of its own."""
    path = folder / "Helferliste_Lankow.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(["Helferliste Lankow – Stand April 2024", *[""] * 8])
        writer.writerow(LANKOW_HEADERS)
        writer.writerows(LANKOW_ROWS)
    return path


# -- helpers that belong in driver.py ------------------------------------------------------


def beside(parent: QWidget, label: str) -> QWidget:
    """The widget right of the visible label ``label`` in the same layout row — for
    fields whose label is not linked to them (no buddy, no accessible name)."""
    for candidate in parent.findChildren(QLabel):
        if candidate.text().removesuffix(":") != label or not d.visible(candidate):
            continue
        layout = candidate.parentWidget().layout()
        found = _next_in_layout(layout, candidate)
        if found is not None:
            return found
    raise AssertionError(f"kein Feld neben »{label}«")


def _next_in_layout(layout, widget: QWidget) -> QWidget | None:
    """The first widget after ``widget`` in ``layout`` (looking into a nested layout that
    follows it, as a form row of a field and a button is)."""
    if layout is None:
        return None
    items = [layout.itemAt(i) for i in range(layout.count())]
    for index, item in enumerate(items):
        if item.widget() is widget:
            for following in items[index + 1 :]:
                found = following.widget() or _first_widget(following.layout())
                if found is not None:
                    return found
            return None
        found = _next_in_layout(item.layout(), widget)
        if found is not None:
            return found
    return None


def _first_widget(layout) -> QWidget | None:
    if layout is None:
        return None
    for i in range(layout.count()):
        item = layout.itemAt(i)
        found = item.widget() or _first_widget(item.layout())
        if found is not None:
            return found
    return None


def menu_entry(window: QMainWindow, menu: str, entry: str) -> None:
    """Choose ``entry`` in the menu ``menu`` of the window's menu bar."""
    menus = [
        a.menu() for a in window.menuBar().actions() if a.menu() and d.plain(a.text()) == menu
    ]
    assert menus, f"kein Menü »{menu}«"
    entries = [a for a in menus[0].actions() if d.plain(a.text()) == entry]
    assert entries, f"kein Eintrag »{entry}« im Menü »{menu}«"
    assert entries[0].isEnabled(), f"»{menu} → {entry}« ist nicht verfügbar"
    entries[0].trigger()


def visible_view(parent: QWidget) -> QTableView:
    views = [v for v in parent.findChildren(QTableView) if d.visible(v)]
    assert len(views) == 1, f"{len(views)} Tabellen zu sehen"
    return views[0]


def wizard_button(wizard: QWizard, which: QWizard.WizardButton) -> str:
    """The text of one of the wizard's own buttons as shown (»Weiter >« in German Qt,
    »Next >« without Qt's translations)."""
    return wizard.buttonText(which).replace("&", "")


def next_page(wizard: QWizard) -> None:
    d.click(wizard, wizard_button(wizard, QWizard.WizardButton.NextButton))


def mapping_combo(wizard: QWizard, column: str) -> QComboBox:
    """The »Übernehmen als« box of a column of the file, scrolled into view first as a
    person would scroll the table to the column's row."""
    for table in wizard.findChildren(QTableWidget):
        if not d.visible(table) or table.horizontalHeaderItem(0).text() != "Spalte in der Datei":
            continue
        rows = [r for r in range(table.rowCount()) if table.item(r, 0).text() == column]
        assert rows, f"keine Spalte »{column}« in {d.table_texts(table)}"
        table.scrollTo(table.model().index(rows[0], 2))
        combo = d.field(wizard, f"Übernehmen als für Spalte {column}")
        assert isinstance(combo, QComboBox)
        return combo
    raise AssertionError("keine Tabelle der Spalten zu sehen")


class FileChoices:
    """Stands in for the system's file dialog: the path Frau R. picks each time."""

    def __init__(self, monkeypatch) -> None:
        self.paths: list[Path] = []
        self.titles: list[str] = []
        monkeypatch.setattr(
            "ui.file_dialogs.QFileDialog.getOpenFileName", staticmethod(self._open)
        )

    def _open(self, _parent, title="", _folder="", _filter="", *_args, **_kwargs):
        self.titles.append(title)
        return (str(self.paths.pop(0)), "") if self.paths else ("", "")


# -- what the office had before ------------------------------------------------------------


def colleagues_volunteer(db: Database) -> None:
    """Entered by a colleague last week; he is in last year's list as well."""
    VolunteerService(db).create(
        last_name="Rahimi", first_name="Björn", email="bjoern.rahimi@gmx.de", status="aktiv"
    )


# -- the scenario ---------------------------------------------------------------------------


def open_wizard(qtbot, window, by_key: bool = False) -> ImportWizard:
    """Datei → Importieren … (or Ctrl+I): the import wizard for the list shown."""
    before = {shiboken6.getCppPointer(w)[0] for w in d.windows()}
    if by_key:  # back in the main window (the wizard closed), Ctrl+I
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    else:
        menu_entry(window, "Datei", "Importieren …")
    wizards = [
        w
        for w in d.windows()
        if isinstance(w, ImportWizard) and shiboken6.getCppPointer(w)[0] not in before
    ]
    assert len(wizards) == 1, "kein Import-Assistent geöffnet"
    return wizards[0]


def test_first_morning_two_lists_imported_with_a_corrected_and_saved_mapping(
    qtbot, office_window, sqlite_db: Database, monkeypatch, tmp_path: Path
):
    warnings = record_warnings(monkeypatch)
    files = FileChoices(monkeypatch)
    opened: list[QUrl] = []
    monkeypatch.setattr(
        "ui.import_run.QDesktopServices.openUrl", staticmethod(lambda url: opened.append(url))
    )
    colleagues_volunteer(sqlite_db)
    folder = tmp_path / "Downloads"
    folder.mkdir()
    window = office_window
    d.go_to(window, "Ehrenamtliche")

    # -- the office's list ------------------------------------------------------------------
    wizard = open_wizard(qtbot, window)
    assert d.field(wizard, "Importieren als").currentText() == "Ehrenamtliche"
    files.paths.append(office_list(folder))
    d.click(wizard, "Durchsuchen …")
    see(qtbot, wizard, "Kopfzeile in Zeile 4, 14 Datenzeilen, 15 Spalten.")
    see(qtbot, wizard, "Übersprungen: 1")  # the totals row
    assert beside(wizard, "Datei").text().endswith("Ehrenamtliche_Stand_2024-03.xlsx")
    sheets = d.field(wizard, "Tabellenblatt")
    assert sheets.currentText() == "Aktive" and d.items(sheets) == ["Aktive", "Ausgeschieden"]
    next_page(wizard)

    # The mapping as proposed; the column »Einsatzzeiten« was not recognised.
    assert mapping_combo(wizard, "Name").currentText() == "Nachname"
    assert mapping_combo(wizard, "Tel.").currentText() == "Telefon"
    assert mapping_combo(wizard, "FZ vorgelegt am").currentText() == (
        "Führungszeugnis vorgelegt am"
    )
    assert mapping_combo(wizard, "Nr.").currentText() == "– nicht übernehmen –"
    times = mapping_combo(wizard, "Einsatzzeiten")
    assert times.currentText() == "– nicht übernehmen –"
    d.choose(times, "Zeiten")

    def name_it(box: QDialog) -> None:
        d.fill(box, "Name (z. B. die Stelle, von der solche Listen kommen)", "Servicestelle-Liste")

    answer = ModalAnswer("OK", name_it)
    d.click(wizard, "Zuordnung speichern …")
    answer.check()
    assert not warnings, warnings
    next_page(wizard)

    # The preview: every row checked, the problems shown with their reasons.
    see(qtbot, wizard, "14 Zeilen: 7 in Ordnung, 2 mit Hinweis, 3 Dubletten, 2 mit Fehlern.")
    d.click(wizard, "Nur Zeilen mit Fehlern, Hinweisen oder Dubletten")
    preview = visible_view(wizard)
    assert d.table_texts(preview, 0) == ["12", "13", "14", "15", "16", "17", "18"]
    assert d.table_texts(preview, 1) == [
        "Fehler",
        "Fehler",
        "mit Hinweis",
        "mit Hinweis",
        "Dublette",
        "Dublette",
        "Dublette",
    ]
    reasons = d.table_texts(preview, 2)
    assert reasons[0] == "Nachname: bitte ausfüllen."
    assert "»Schwerin-Süd« ist kein bekannter Stadtteil" in reasons[2]
    assert reasons[6] == (
        "Gleicher Name und gleiche E-Mail-Adresse wie ein vorhandener Eintrag (Nr. 1)."
    )
    next_page(wizard)

    # Duplicates: skipped, as recommended.
    see(qtbot, wizard, "3 Zeilen gleichen einem vorhandenen Eintrag")
    assert d.field(wizard, "Was geschieht mit Zeile 18").currentText() == "Überspringen"
    d.click(wizard, "Importieren")

    see(qtbot, wizard, "Import Nr. 1 abgeschlossen.")
    summary = shown_texts(wizard)
    for line in (
        "Neu angelegt: 9",
        "Dubletten übersprungen: 3",
        "Mit Hinweisen übernommen: 2",
        "Wegen Fehlern nicht importiert: 2",
    ):
        assert line in summary, summary

    # The error report, opened in Excel: the two rows as they were, with the reason.
    d.click(wizard, "Fehlerbericht öffnen")
    assert len(opened) == 1
    report = load_workbook(opened[0].toLocalFile()).active
    rows = list(report.iter_rows(values_only=True))
    assert rows[0][:4] == ("Zeile", "Grund der Ablehnung", "Nr.", "Name")
    assert [(r[0], r[1]) for r in rows[1:]] == [
        (12, "Nachname: bitte ausfüllen."),
        (13, "Nachname: bitte ausfüllen."),
    ]
    assert rows[1][4] == "Leyla"
    d.click(wizard, wizard_button(wizard, QWizard.WizardButton.FinishButton))
    assert not wizard.isVisible()
    volunteers_page = window.current_list()
    qtbot.waitUntil(lambda: volunteers_page.row_count() == 10)

    # -- ten minutes later: the partner's Lankow list, with the saved mapping --------------
    wizard = open_wizard(qtbot, window, by_key=True)
    files.paths.append(lankow_list(folder))
    d.click(wizard, "Durchsuchen …")
    see(qtbot, wizard, "Kopfzeile in Zeile 2, 4 Datenzeilen, 9 Spalten.")
    next_page(wizard)
    assert mapping_combo(wizard, "Einsatzzeiten").currentText() == "– nicht übernehmen –"
    d.choose(beside(wizard, "Gespeicherte Zuordnung"), "Servicestelle-Liste")
    assert mapping_combo(wizard, "Einsatzzeiten").currentText() == "Zeiten"
    assert mapping_combo(wizard, "Name").currentText() == "Nachname"
    assert mapping_combo(wizard, "Bemerkungen").currentText() == "Notizen"
    assert not warnings, warnings
    next_page(wizard)
    see(qtbot, wizard, "4 Zeilen: 3 in Ordnung, 0 mit Hinweis, 1 Dublette, 0 mit Fehlern.")
    next_page(wizard)
    see(qtbot, wizard, "1 Zeile gleicht einem vorhandenen Eintrag")
    d.click(wizard, "Importieren")
    see(qtbot, wizard, "Import Nr. 2 abgeschlossen.")
    summary = shown_texts(wizard)
    assert "Neu angelegt: 3" in summary and "Dubletten übersprungen: 1" in summary, summary
    d.click(wizard, wizard_button(wizard, QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: volunteers_page.row_count() == 13)
    assert files.titles == ["Liste zum Importieren wählen"] * 2
    assert not warnings, warnings

    # -- what is stored ------------------------------------------------------------------
    volunteers = VolunteerService(sqlite_db)
    districts = DistrictService(sqlite_db).by_name()
    everyone = {
        (v.last_name, v.first_name): v
        for v in (volunteers.get(row[0]) for row in volunteers.page(ListQuery(), 0, 100))
    }
    assert len(everyone) == 13
    weiss = everyone[("Weiß", "Matthias")]
    assert weiss.availability_note == "Mo-Fr nachmittags"  # the corrected column
    assert weiss.district_id == districts["Schelfstadt"]
    assert {link.language.code for link in weiss.languages} == {"ru", "de"}
    assert [c.issued_on for c in volunteers.clearances(weiss.id)] == [dt.date(2023, 9, 6)]
    assert "Schwerin-Süd" in (everyone[("Meißner", "Sören")].notes or "")
    assert ("Rahimi", "Björn") in everyone  # the colleague's record, not doubled
    jaeger = everyone[("Jäger", "Jürgen")]  # Windows-1252 read right
    assert jaeger.availability_note == "Di + Do nachmittags"  # the saved mapping
    assert jaeger.district_id == districts["Lankow"]
    assert ("Größer", "Käthe") in everyone
    assert [v for v in everyone if v[0] == "Krüger"] == [("Krüger", "Birgit")]


PARTNER_HEADERS = [
    "Nachname",
    "Vorname",
    "Telefon",
    "E-Mail",
    "Stadtteil",
    "Sprachen",
    "Einsatzzeiten",
    "seit",
]


def partner_list_with_own_headers(folder: Path) -> Path:
    """The partner's list as it really comes: their own words for some columns
    (»Nachname«, »Telefon«, »seit«), UTF-8 with BOM as newer Excel saves it."""
    path = folder / "Helferliste_Lankow_Partner.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(PARTNER_HEADERS)
        writer.writerow(
            [
                "Jäger",
                "Jürgen",
                "0385 3008227",
                "juergen.jaeger@t-online.de",
                "Lankow",
                "Deutsch, Russisch",
                "Di + Do nachmittags",
                "06.06.2021",
            ]
        )
        writer.writerow(
            [
                "Größer",
                "Käthe",
                "0385 4034853",
                "kaethe.groesser@web.de",
                "Lankow",
                "Deutsch",
                "Mi vormittags",
                "01.04.2023",
            ]
        )
    return path


def saved_office_mapping(db: Database) -> None:
    """Saved this morning with the office's list (see the test above)."""
    from servicestelle.importing import mapping

    chosen = mapping.suggest("volunteer", HEADERS)
    chosen[HEADERS.index("Einsatzzeiten")] = "availability_note"
    ImportService(db).save_mapping("volunteer", "Servicestelle-Liste", HEADERS, chosen)


def test_the_saved_mapping_fits_a_partner_list_with_its_own_column_names(
    qtbot, office_window, sqlite_db: Database, monkeypatch, tmp_path: Path
):
    warnings = record_warnings(monkeypatch)
    files = FileChoices(monkeypatch)
    saved_office_mapping(sqlite_db)
    d.go_to(office_window, "Ehrenamtliche")
    wizard = open_wizard(qtbot, office_window)
    files.paths.append(partner_list_with_own_headers(tmp_path))
    d.click(wizard, "Durchsuchen …")
    see(qtbot, wizard, "Kopfzeile in Zeile 1, 2 Datenzeilen, 8 Spalten.")
    next_page(wizard)
    assert mapping_combo(wizard, "Nachname").currentText() == "Nachname"  # proposed

    d.choose(beside(wizard, "Gespeicherte Zuordnung"), "Servicestelle-Liste")

    assert not warnings, warnings
    assert mapping_combo(wizard, "Einsatzzeiten").currentText() == "Zeiten"  # saved
    assert mapping_combo(wizard, "Nachname").currentText() == "Nachname"  # still proposed
    assert mapping_combo(wizard, "Telefon").currentText() == "Telefon"
    assert mapping_combo(wizard, "seit").currentText() == "Aktiv seit"
