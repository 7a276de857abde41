"""The settings dialog: the user's own name, the office's letterhead and periods, and
the lists (districts, languages, activity fields) that forms offer.

Letterhead and periods are office-wide and live in the database (``SettingsService``);
OK saves them. The user's name is per computer and lives in QSettings. The lists are
saved entry by entry as soon as an entry is added, changed or removed: each change is
one unit of work, so a refused change (a duplicate name, an entry in use) leaves the
list as it was and says why in German.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.paths import data_dir
from servicestelle.services.base import ListQuery
from servicestelle.services.lists import ActivityFieldService, DistrictService, LanguageService
from servicestelle.services.settings import SettingsService, StaffService

from .settings import STAFF_NAME_KEY, window_settings
from .translation import LANGUAGES, save_language, saved_language

ADDRESS_PARTS = ("street", "postcode", "city", "phone", "email", "website")
PERIODS = ("pairing.checkin_days", "request.open_too_long_days", "clearance.warn_days")
ID_ROLE = Qt.ItemDataRole.UserRole
VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ListColumn:
    key: str  # the service's field
    title: str
    kind: str = "text"  # text, int, bool


def _open_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _show_error(parent: QWidget, title: str, error: ServiceError) -> None:
    QMessageBox.warning(parent, title, error.message)


class ListEditor(QWidget):
    """One configurable list: a table edited in place, with add and remove.

    ``new_fields`` are the fields asked for above the table when adding an entry
    (the name; for languages also the code); the other columns are edited in the table.
    """

    def __init__(
        self,
        service: Any,
        columns: list[ListColumn],
        new_fields: list[tuple[str, str, str]],  # (field, label, placeholder)
        hint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.columns = columns
        self._loading = False

        hint_label = QLabel(hint, self)
        hint_label.setWordWrap(True)

        add_row = QHBoxLayout()
        self.new_edits: dict[str, QLineEdit] = {}
        for key, label, placeholder in new_fields:
            edit = QLineEdit(self)
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(label)
            edit.returnPressed.connect(self.add_entry)
            caption = QLabel(label, self)
            caption.setBuddy(edit)
            add_row.addWidget(caption)
            add_row.addWidget(edit, 0 if key == "code" else 1)
            if key == "code":
                edit.setMaximumWidth(80)
            self.new_edits[key] = edit
        self.add_button = QPushButton(self.tr("Hinzufügen"), self)
        self.add_button.clicked.connect(self.add_entry)
        add_row.addWidget(self.add_button)

        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if len(columns) > 2 and columns[1].kind == "text" and columns[1].key != "code":
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)

        self.rename_button = QPushButton(self.tr("Umbenennen"), self)
        self.rename_button.setToolTip(
            self.tr("Den markierten Eintrag umbenennen (auch mit Doppelklick oder F2)")
        )
        self.rename_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        self.remove_button.setToolTip(
            self.tr("Nur möglich, solange der Eintrag nirgends verwendet wird")
        )
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.addWidget(hint_label)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    # -- reading -------------------------------------------------------------------

    def reload(self) -> None:
        """Show the list as stored (after every change, and after a refused one)."""
        ids = [row[0] for row in self.service.page(ListQuery(), 0, 1000)]
        records = [self.service.get(i) for i in ids]
        self._loading = True
        try:
            self.table.setRowCount(len(records))
            for row, record in enumerate(records):
                self._fill_row(row, record)
        finally:
            self._loading = False
        self._update_buttons()

    def _fill_row(self, row: int, record: Any) -> None:
        for column, spec in enumerate(self.columns):
            value = getattr(record, spec.key)
            item = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if spec.kind == "bool":
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
                item.setText("" if value is None else str(value))
            if spec.kind == "int":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setFlags(flags)
            item.setData(ID_ROLE, record.id)
            item.setData(VERSION_ROLE, record.version)
            self.table.setItem(row, column, item)

    def names(self) -> list[str]:
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else int(item.data(ID_ROLE))

    def select_name(self, name: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == name:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                return

    def _update_buttons(self) -> None:
        selected = self.current_id() is not None and bool(self.table.selectedItems())
        self.rename_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    # -- writing -------------------------------------------------------------------

    def add_entry(self) -> None:
        values = {key: edit.text().strip() for key, edit in self.new_edits.items()}
        if not values.get("name"):
            self.new_edits["name"].setFocus()
            return
        values["sort_order"] = self._next_sort_order()
        try:
            self.service.create(**values)
        except ServiceError as error:
            _show_error(self, self.tr("Nicht hinzugefügt"), error)
            return
        for edit in self.new_edits.values():
            edit.clear()
        self.reload()
        self.select_name(values["name"])
        next(iter(self.new_edits.values())).setFocus()

    def _next_sort_order(self) -> int:
        ids = [self.table.item(r, 0).data(ID_ROLE) for r in range(self.table.rowCount())]
        orders = [self.service.get(i).sort_order or 0 for i in ids[-50:]]
        return max(orders, default=0) + 1

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        spec = self.columns[item.column()]
        if spec.kind == "bool":
            value: Any = item.checkState() == Qt.CheckState.Checked
        else:
            value = item.text().strip() or None
        record_id = int(item.data(ID_ROLE))
        try:
            self.service.update(record_id, int(item.data(VERSION_ROLE)), **{spec.key: value})
        except ServiceError as error:
            _show_error(self, self.tr("Nicht gespeichert"), error)
        # Show what is stored now (the old value after a refused change), in place:
        # the items must not be replaced while their own signal is delivered.
        self._refresh_row(item.row(), self.service.get(record_id))

    def _refresh_row(self, row: int, record: Any) -> None:
        self._loading = True
        try:
            for column, spec in enumerate(self.columns):
                item = self.table.item(row, column)
                value = getattr(record, spec.key)
                if spec.kind == "bool":
                    item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                else:
                    item.setText("" if value is None else str(value))
                item.setData(VERSION_ROLE, record.version)
        finally:
            self._loading = False

    def edit_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        record_id = self.current_id()
        if record_id is None:
            return
        name = self.table.item(row, 0).text()
        answer = QMessageBox.question(
            self,
            self.tr("Entfernen"),
            self.tr("»{name}« aus der Liste entfernen?").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            version = self.service.get(record_id).version
            self.service.delete(record_id, version)
        except ServiceError as error:
            _show_error(self, self.tr("Nicht entfernt"), error)
        self.reload()


class SettingsDialog(QDialog):
    """Settings of the user, the office and its lists. OK saves the first three tabs."""

    def __init__(
        self, database: Database, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings if settings is not None else window_settings()
        self.office = SettingsService(database)
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setObjectName("SettingsDialog")

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("Allgemein"))
        self.tabs.addTab(self._letterhead_tab(), self.tr("Briefkopf"))
        self.tabs.addTab(self._privacy_tab(), self.tr("Datenschutz"))
        self.tabs.addTab(self._periods_tab(), self.tr("Fristen"))
        from .mail_settings import MailSettingsTab

        self.mail = MailSettingsTab(self.office, self)
        self.tabs.addTab(self.mail, self.tr("E-Mail"))
        self.districts = ListEditor(
            DistrictService(database),
            [
                ListColumn("name", self.tr("Stadtteil")),
                ListColumn("area", self.tr("Bereich")),
                ListColumn("ortsteil", self.tr("Ortsteil"), "int"),
                ListColumn("active", self.tr("aktiv"), "bool"),
            ],
            [("name", self.tr("Neuer Stadtteil:"), self.tr("z. B. Neumühle"))],
            self.tr(
                "Die Stadtteile, die in Formularen und Filtern angeboten werden. "
                "Doppelklick auf ein Feld ändert es; ohne Haken bei »aktiv« wird ein "
                "Stadtteil nicht mehr angeboten, bleibt aber an bestehenden Einträgen."
            ),
            self,
        )
        self.languages = ListEditor(
            LanguageService(database),
            [
                ListColumn("name", self.tr("Sprache")),
                ListColumn("code", self.tr("ISO-Code")),
                ListColumn("common", self.tr("häufig"), "bool"),
                ListColumn("active", self.tr("aktiv"), "bool"),
            ],
            [
                ("code", self.tr("Code:"), self.tr("z. B. tig")),
                ("name", self.tr("Neue Sprache:"), self.tr("z. B. Tigre")),
            ],
            self.tr(
                "Häufig gebrauchte Sprachen stehen in Auswahllisten oben. "
                "Der Code ist der ISO-639-Code der Sprache."
            ),
            self,
        )
        self.activity_fields = ListEditor(
            ActivityFieldService(database),
            [
                ListColumn("name", self.tr("Tätigkeitsfeld")),
                ListColumn("description", self.tr("Beschreibung")),
                ListColumn("active", self.tr("aktiv"), "bool"),
            ],
            [("name", self.tr("Neues Tätigkeitsfeld:"), self.tr("z. B. Fahrdienst"))],
            self.tr(
                "Wobei Ehrenamtliche helfen möchten und wofür Hilfe angefragt wird. "
                "Änderungen an den Listen werden sofort gespeichert."
            ),
            self,
        )
        self.tabs.addTab(self.districts, self.tr("Stadtteile"))
        self.tabs.addTab(self.languages, self.tr("Sprachen"))
        self.tabs.addTab(self.activity_fields, self.tr("Tätigkeitsfelder"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self._load()

    # -- tabs ----------------------------------------------------------------------

    @staticmethod
    def _form(page: QWidget) -> QFormLayout:
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(10)
        form.setContentsMargins(16, 16, 16, 16)
        return form

    def _read_only_path(self, text: str, folder: Path, page: QWidget) -> QWidget:
        box = QWidget(page)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(text, box)
        edit.setReadOnly(True)
        edit.setCursorPosition(0)
        edit.setToolTip(text)
        button = QPushButton(self.tr("Ordner öffnen"), box)
        button.setToolTip(self.tr("Den Ordner im Explorer zeigen"))
        button.clicked.connect(lambda: _open_folder(folder))
        row.addWidget(edit, 1)
        row.addWidget(button)
        return box

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        form = self._form(page)
        self.staff_name = QLineEdit(page)
        self.staff_name.setPlaceholderText(self.tr("z. B. Maria Schulz"))
        form.addRow(self.tr("Ihr Name (für das Änderungsprotokoll):"), self.staff_name)
        note = QLabel(
            self.tr(
                "Unter diesem Namen werden Ihre Änderungen protokolliert. "
                "Ein neuer Name gilt ab dem nächsten Programmstart."
            ),
            page,
        )
        note.setWordWrap(True)
        note.setEnabled(False)  # shown in the calmer colour of secondary text
        form.addRow("", note)
        self.language = QComboBox(page)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Sprache der Oberfläche"))
        self.language.setMinimumWidth(160)
        self.language_note = QLabel(
            self.tr("Die Sprache wird beim nächsten Start umgestellt."), page
        )
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        language_row = QWidget(page)
        line = QHBoxLayout(language_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.language, 0, Qt.AlignmentFlag.AlignLeft)
        line.addWidget(self.language_note, 1)
        form.addRow(self.tr("Sprache der Oberfläche:"), language_row)
        folder = data_dir()
        form.addRow(self.tr("Datenordner:"), self._read_only_path(str(folder), folder, page))
        location = self.database.location
        if self.database.is_sqlite:
            db_folder = Path(location).parent
            form.addRow(self.tr("Datenbank:"), self._read_only_path(location, db_folder, page))
        else:
            server = QLineEdit(location, page)
            server.setReadOnly(True)
            form.addRow(self.tr("Datenbank:"), server)
        return page

    def _letterhead_tab(self) -> QWidget:
        page = QWidget(self)
        form = self._form(page)
        intro = QLabel(self.tr("Diese Angaben stehen im Briefkopf von Ausdrucken."), page)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.office_name = QLineEdit(page)
        form.addRow(self.tr("Name der Stelle:"), self.office_name)
        labels = {
            "street": self.tr("Straße und Hausnummer:"),
            "postcode": self.tr("Postleitzahl:"),
            "city": self.tr("Ort:"),
            "phone": self.tr("Telefon:"),
            "email": self.tr("E-Mail:"),
            "website": self.tr("Internetseite:"),
        }
        self.address: dict[str, QLineEdit] = {}
        for key in ADDRESS_PARTS:
            edit = QLineEdit(page)
            if key == "postcode":
                edit.setMaxLength(10)
                edit.setMaximumWidth(100)
            self.address[key] = edit
            form.addRow(labels[key], edit)
        return page

    def _privacy_tab(self) -> QWidget:
        """Who is named in the access report (Art. 15): the supervisory authority a
        person may complain to, and the office's data protection contact."""
        page = QWidget(self)
        form = self._form(page)
        intro = QLabel(
            self.tr(
                "Diese Angaben stehen in der Auskunft nach Art. 15 DSGVO: wo sich eine "
                "Person beschweren kann und wen sie zum Datenschutz fragen kann."
            ),
            page,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        labels = {
            "privacy.authority_name": self.tr("Aufsichtsbehörde:"),
            "privacy.authority_address": self.tr("Anschrift der Aufsichtsbehörde:"),
            "privacy.authority_web": self.tr("Internetseite der Aufsichtsbehörde:"),
            "privacy.dpo_contact": self.tr("Datenschutzbeauftragte*r (Kontakt):"),
        }
        self.privacy: dict[str, QLineEdit] = {}
        for key, label in labels.items():
            edit = QLineEdit(page)
            self.privacy[key] = edit
            form.addRow(label, edit)
        self.privacy["privacy.dpo_contact"].setPlaceholderText(
            self.tr("z. B. Datenschutzbeauftragte der Stadt, datenschutz@example.de")
        )
        return page

    def _periods_tab(self) -> QWidget:
        page = QWidget(self)
        form = self._form(page)
        labels = {
            "pairing.checkin_days": self.tr("Patenschaften: nachfragen alle"),
            "request.open_too_long_days": self.tr("Hilfsanfragen gelten als lange offen nach"),
            "clearance.warn_days": self.tr("Führungszeugnis: warnen vor Ablauf"),
        }
        tips = {
            "pairing.checkin_days": self.tr(
                "Nach so vielen Tagen wird eine laufende Patenschaft zur Nachfrage vorgelegt."
            ),
            "request.open_too_long_days": self.tr(
                "Offene Hilfsanfragen, die älter sind, werden in der Übersicht hervorgehoben."
            ),
            "clearance.warn_days": self.tr(
                "So viele Tage vor Ablauf eines erweiterten Führungszeugnisses wird erinnert."
            ),
        }
        intro = QLabel(
            self.tr(
                "Diese Fristen gelten für alle in der Servicestelle. "
                "Zeigen Sie mit der Maus auf ein Feld, um mehr zu erfahren."
            ),
            page,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.periods: dict[str, QSpinBox] = {}
        for key in PERIODS:
            spin = QSpinBox(page)
            spin.setRange(1, 730)
            spin.setSuffix(self.tr(" Tage"))
            spin.setMinimumWidth(110)
            spin.setToolTip(tips[key])
            self.periods[key] = spin
            row = QWidget(page)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(spin)
            line.addStretch(1)
            form.addRow(labels[key] + ":", row)
        # Saved and loaded with the periods above; counted in years, not days.
        years = QSpinBox(page)
        years.setRange(1, 10)
        years.setSuffix(self.tr(" Jahre"))
        years.setMinimumWidth(110)
        years.setToolTip(
            self.tr(
                "So lange gilt ein neu eingetragenes Führungszeugnis nach seiner Ausstellung; "
                "beim Eintragen lässt sich das Datum ändern."
            )
        )
        self.periods["clearance.valid_years"] = years
        row = QWidget(page)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(years)
        line.addStretch(1)
        form.addRow(self.tr("Führungszeugnis gilt nach Ausstellung") + ":", row)
        return page

    # -- loading and saving ----------------------------------------------------------

    def _load(self) -> None:
        self.staff_name.setText(str(self.settings.value(STAFF_NAME_KEY, "") or ""))
        self._stored_language = saved_language(self.settings)
        self.language.setCurrentIndex(max(self.language.findData(self._stored_language), 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        values = self.office.all()
        self.office_name.setText(str(values.get("office.name") or ""))
        address = values.get("office.address")
        if not isinstance(address, dict):
            address = {"street": str(address)} if address else {}
        for key, edit in self.address.items():
            edit.setText(str(address.get(key) or ""))
        for key, edit in self.privacy.items():
            edit.setText(str(values.get(key) or ""))
            edit.setCursorPosition(0)
        for key, spin in self.periods.items():
            try:
                spin.setValue(int(values.get(key) or 0))
            except (TypeError, ValueError):
                spin.setValue(spin.minimum())

    def save(self) -> bool:
        """Save the user's name, the letterhead and the periods (False after an error)."""
        try:
            self.office.set("office.name", self.office_name.text().strip())
            self.office.set(
                "office.address", {k: e.text().strip() for k, e in self.address.items()}
            )
            for key, edit in self.privacy.items():
                self.office.set(key, edit.text().strip())
            for key, spin in self.periods.items():
                self.office.set(key, spin.value())
            self.mail.save()
            name = self.staff_name.text().strip()
            if name and name != self.settings.value(STAFF_NAME_KEY, ""):
                StaffService(self.database).register(name, name)
        except ServiceError as error:
            _show_error(self, self.tr("Nicht gespeichert"), error)
            return False
        self.settings.setValue(STAFF_NAME_KEY, name)
        save_language(self.settings, self.language.currentData())
        self.settings.sync()
        return True

    def _language_changed(self) -> None:
        """Texts are translated as windows are built, so a new language needs a restart."""
        self.language_note.setVisible(self.language.currentData() != self._stored_language)

    def accept(self) -> None:
        if self.save():
            super().accept()
