"""Data protection screens: "Löschfristen prüfen", the audit view ("Protokoll"), the
records of processing, and a record window's "Auskunft (Art. 15)" and "Löschen auf
Antrag (Art. 17)". The work itself is done by ``servicestelle.services.privacy*``; long
steps run in the background (``Task``)."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.services.audit_log import AuditLogService, AuditQuery, AuditRow

from .background import Task, run_in_background
from .formatting import format_count, format_value
from .pages.filter_bar import OptionalDateEdit

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyDialogs", text)


def refresh_lists(window: Any) -> None:
    """Reload every opened list page of the main window and the follow-up count."""
    for page in getattr(window, "pages", {}).values():
        if hasattr(page, "refresh") and hasattr(page, "filter_bar"):
            page.refresh()
    if hasattr(window, "count_followups"):
        window.count_followups()


def show_pdf(parent: QWidget, path: Path, title: str, file_name: str) -> QWidget | None:
    """The print preview of a written PDF (None where no preview is available)."""
    try:
        from .print_preview import PrintPreview
    except ImportError:  # pragma: no cover - QtPdf missing
        return None
    preview = PrintPreview(path, title, file_name, parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    return preview


# -- Löschfristen ----------------------------------------------------------------------


PERIODS = (
    (
        "retention.newcomer_years",
        QT_TRANSLATE_NOOP("PrivacyDialogs", "Neuzugewanderte anonymisieren nach"),
        QT_TRANSLATE_NOOP("PrivacyDialogs", "Jahren"),
        1,
        30,
    ),
    (
        "retention.volunteer_years",
        QT_TRANSLATE_NOOP("PrivacyDialogs", "Ausgeschiedene Ehrenamtliche anonymisieren nach"),
        QT_TRANSLATE_NOOP("PrivacyDialogs", "Jahren"),
        1,
        30,
    ),
    (
        "retention.clearance_months",
        QT_TRANSLATE_NOOP("PrivacyDialogs", "Führungszeugnisse löschen nach"),
        QT_TRANSLATE_NOOP("PrivacyDialogs", "Monaten"),
        0,
        120,
    ),
)


class RetentionDialog(QDialog):
    """The retention rules with what is due today; applies them after asking."""

    applied = Signal(object)  # the list of RuleResult

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from servicestelle.services.privacy import PrivacyService
        from servicestelle.services.settings import SettingsService

        self.db = db
        self.service = PrivacyService(db)
        self.settings = SettingsService(db)
        self.rules: list[Any] = []
        self.task: Task | None = None
        self.setWindowTitle(QCoreApplication.translate("PrivacyDialogs", "Löschfristen prüfen"))
        intro = QLabel(
            QCoreApplication.translate(
                "PrivacyDialogs",
                "Fällige Einträge werden anonymisiert (Statistik bleibt erhalten) oder gelöscht. "
                "Vor dem Anwenden bitte eine Datensicherung machen.",
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.periods: dict[str, QSpinBox] = {}
        for key, label, unit, low, high in PERIODS:
            box = QSpinBox()
            box.setRange(low, high)
            box.setSuffix(" " + _tr(unit))
            box.setValue(int(self.settings.get(key)))
            box.valueChanged.connect(lambda value, k=key: self._period_changed(k, value))
            self.periods[key] = box
            form.addRow(_tr(label), box)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PrivacyDialogs", "Regel"),
                QCoreApplication.translate("PrivacyDialogs", "Fällig"),
                QCoreApplication.translate("PrivacyDialogs", "Was geschieht"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.apply_button = QPushButton(
            QCoreApplication.translate("PrivacyDialogs", "Jetzt anwenden …")
        )
        self.apply_button.clicked.connect(self.ask_and_apply)
        close = QPushButton(QCoreApplication.translate("PrivacyDialogs", "Schließen"))
        close.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.review()

    def _period_changed(self, key: str, value: int) -> None:
        self.settings.set(key, value)
        self.review()

    def review(self) -> None:
        self.rules = self.service.review()
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            count = QTableWidgetItem(format_count(rule.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, QTableWidgetItem(_tr(rule.title)))
            self.table.setItem(row, 1, count)
            self.table.setItem(row, 2, QTableWidgetItem(rule.description))
        self.table.resizeColumnToContents(0)
        self.table.resizeRowsToContents()
        total = sum(r.count for r in self.rules)
        self.apply_button.setEnabled(total > 0 and self.task is None)
        self.summary.setText(
            QCoreApplication.translate("PrivacyDialogs", "Heute ist nichts fällig.")
            if total == 0
            else QCoreApplication.translate("PrivacyDialogs", "Fällig: {n} Einträge.").format(
                n=format_count(total)
            )
        )

    def confirm(self) -> bool:
        lines = "\n".join(f"– {r.title}: {format_count(r.count)}" for r in self.rules if r.count)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("PrivacyDialogs", "Löschfristen anwenden"),
            QCoreApplication.translate(
                "PrivacyDialogs",
                "Jetzt anwenden? Das lässt sich nicht rückgängig machen.\n\n{lines}",
            ).format(lines=lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_and_apply(self) -> Task | None:
        if not self.confirm():
            return None
        self.apply_button.setEnabled(False)
        service = self.service

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return service.apply(progress=progress, cancel=cancelled)

        def done(results: Any) -> None:
            self.task = None
            text = "\n".join(
                QCoreApplication.translate("PrivacyDialogs", "{title}: {n} erledigt").format(
                    title=r.title, n=format_count(r.count)
                )
                for r in results
            )
            self.review()
            self.summary.setText(text)
            self.applied.emit(results)

        self.task = run_in_background(
            self,
            QCoreApplication.translate("PrivacyDialogs", "Löschfristen anwenden"),
            QCoreApplication.translate("PrivacyDialogs", "Fällige Einträge werden bearbeitet …"),
            work,
            done,
        )
        self.task.failed.connect(lambda _e: self._failed())
        return self.task

    def _failed(self) -> None:
        self.task = None
        self.review()


# -- Protokoll -------------------------------------------------------------------------


COLUMNS = (
    QT_TRANSLATE_NOOP("PrivacyDialogs", "Zeitpunkt"),
    QT_TRANSLATE_NOOP("PrivacyDialogs", "Benutzer*in"),
    QT_TRANSLATE_NOOP("PrivacyDialogs", "Datensatz"),
    QT_TRANSLATE_NOOP("PrivacyDialogs", "Nr."),
    QT_TRANSLATE_NOOP("PrivacyDialogs", "Aktion"),
    QT_TRANSLATE_NOOP("PrivacyDialogs", "Feld"),
    QT_TRANSLATE_NOOP("PrivacyDialogs", "Alt"),
    QT_TRANSLATE_NOOP("PrivacyDialogs", "Neu"),
)


class AuditModel(QAbstractTableModel):
    """The audit entries of a query, loaded a page at a time as the view scrolls."""

    PAGE = 200

    def __init__(self, service: AuditLogService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.query = AuditQuery()
        self.rows: list[AuditRow] = []
        self.total = 0

    def set_query(self, query: AuditQuery) -> None:
        self.beginResetModel()
        self.query = query
        self.total = self.service.count(query)
        self.rows = self.service.page(query, 0, self.PAGE)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        more = self.service.page(self.query, len(self.rows), self.PAGE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        values = (
            format_value(row.at, "datetime"),
            row.user,
            row.entity_label,
            str(row.entity_id),
            row.action,
            row.field or "",
            row.old_value or "",
            row.new_value or "",
        )
        return values[index.column()]


class AuditDialog(QDialog):
    """Who changed what and when: filter by kind of record and number, user, dates."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        entity: str | None = None,
        entity_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PrivacyDialogs", "Protokoll (Änderungen)"))
        self.service = AuditLogService(db)
        self.entity = QComboBox()
        self.entity.addItem(QCoreApplication.translate("PrivacyDialogs", "Alle Datensätze"), None)
        for key, label in self.service.entities():
            self.entity.addItem(_tr(label), key)
        self.entity_id = QSpinBox()
        self.entity_id.setRange(0, 2_000_000_000)
        self.entity_id.setSpecialValueText(QCoreApplication.translate("PrivacyDialogs", "alle"))
        self.user = QComboBox()
        self.user.addItem(QCoreApplication.translate("PrivacyDialogs", "Alle Benutzer*innen"), None)
        for name in self.service.users():
            self.user.addItem(name, name)
        self.date_from = OptionalDateEdit()
        self.date_to = OptionalDateEdit()
        self.count = QLabel()
        filters = QHBoxLayout()
        for label, widget in (
            (QCoreApplication.translate("PrivacyDialogs", "Datensatz"), self.entity),
            (QCoreApplication.translate("PrivacyDialogs", "Nr."), self.entity_id),
            (QCoreApplication.translate("PrivacyDialogs", "Benutzer*in"), self.user),
            (QCoreApplication.translate("PrivacyDialogs", "von"), self.date_from),
            (QCoreApplication.translate("PrivacyDialogs", "bis"), self.date_to),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        self.model = AuditModel(self.service, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        note = QLabel(
            QCoreApplication.translate(
                "PrivacyDialogs",
                "Das Protokoll kann im Programm nicht geändert werden. Zeiten in "
                "Ortszeit; Datumsfilter nach dem gespeicherten Tag (UTC).",
            )
        )
        note.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(note)
        layout.addWidget(close)
        if entity is not None:
            index = self.entity.findData(entity)
            if index < 0:
                self.entity.addItem(entity, entity)
                index = self.entity.count() - 1
            self.entity.setCurrentIndex(index)
        if entity_id is not None:
            self.entity_id.setValue(entity_id)
        for box in (self.entity, self.user):
            box.currentIndexChanged.connect(self.reload)
        self.entity_id.valueChanged.connect(self.reload)
        self.date_from.dateChanged.connect(self.reload)
        self.date_to.dateChanged.connect(self.reload)
        self.resize(1000, 600)
        self.reload()

    def query(self) -> AuditQuery:
        return AuditQuery(
            entity=self.entity.currentData(),
            entity_id=self.entity_id.value() or None,
            user=self.user.currentData(),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
        )

    def reload(self) -> None:
        self.model.set_query(self.query())
        self.count.setText(
            QCoreApplication.translate("PrivacyDialogs", "{n} Einträge").format(
                n=format_count(self.model.total)
            )
        )


# -- Verzeichnis, Auskunft, Löschen ------------------------------------------------------


def show_records_of_processing(parent: QWidget, db: Database) -> Task:
    """Write the records of processing (Art. 30) in the background, then preview it."""
    from servicestelle.printing.privacy import write_records_of_processing

    folder = tempfile.TemporaryDirectory(prefix="servicestelle-vvt-")
    name = f"Verarbeitungsverzeichnis_{dt.date.today().isoformat()}.pdf"
    path = Path(folder.name) / name
    title = QCoreApplication.translate("PrivacyDialogs", "Verzeichnis der Verarbeitungstätigkeiten")

    def done(_result: Any) -> None:
        preview = show_pdf(parent, path, title, name)
        if preview is not None:
            preview.finished.connect(lambda _code: folder.cleanup())  # type: ignore[attr-defined]
            preview._folder = folder  # type: ignore[attr-defined]  # lives as long as it
        else:
            folder.cleanup()

    return run_in_background(
        parent,
        title,
        QCoreApplication.translate("PrivacyDialogs", "Das Verzeichnis wird erstellt …"),
        lambda _p, _c: write_records_of_processing(db, path),
        done,
        cancellable=False,
    )


def save_access_report(
    parent: QWidget, db: Database, person: str, person_id: int, target: str | None = None
) -> Task | None:
    """Ask where to save the access report (PDF, JSON next to it), write both in the
    background and show the PDF."""
    from servicestelle.printing.privacy import write_access_report

    if target is None:
        from .export_action import documents_folder

        folder = documents_folder()
        suggested = str(Path(folder) / f"Auskunft_{person}_{person_id}_{dt.date.today()}.pdf")
        target, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PrivacyDialogs", "Auskunft speichern"),
            suggested,
            QCoreApplication.translate("PrivacyDialogs", "PDF-Dateien (*.pdf)"),
        )
        if not target:
            return None
    pdf = Path(target).with_suffix(".pdf")
    json_path = pdf.with_suffix(".json")
    title = QCoreApplication.translate("PrivacyDialogs", "Auskunft (Art. 15 DSGVO)")

    def done(_report: Any) -> None:
        show_pdf(parent, pdf, title, pdf.name)
        if hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(
                QCoreApplication.translate(
                    "PrivacyDialogs", "Auskunft gespeichert: {pdf} und {json}"
                ).format(pdf=pdf, json=json_path),
                10000,
            )

    return run_in_background(
        parent,
        title,
        QCoreApplication.translate("PrivacyDialogs", "Die Auskunft wird erstellt …"),
        lambda _p, _c: write_access_report(db, person, person_id, pdf, json_path),
        done,
        cancellable=False,
    )


def confirm_erasure(parent: QWidget, plan: Any) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("PrivacyDialogs", "Löschen auf Antrag (Art. 17 DSGVO)")
    )
    box.setText(
        QCoreApplication.translate(
            "PrivacyDialogs", "Alle Daten dieser Person unwiderruflich löschen?"
        )
    )
    box.setInformativeText(
        plan.describe()
        + "\n\n"
        + QCoreApplication.translate(
            "PrivacyDialogs",
            "Ältere Datensicherungen enthalten die Person noch, bis sie ersetzt werden.",
        )
    )
    erase = box.addButton(
        QCoreApplication.translate("PrivacyDialogs", "Endgültig löschen"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("PrivacyDialogs", "Abbrechen"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is erase


def erase_person(
    parent: QWidget,
    db: Database,
    person: str,
    person_id: int,
    done: Callable[[Any], None] | None = None,
) -> Task | None:
    """Ask (naming what will go), then erase the person in the background."""
    from servicestelle.services.privacy_erase import erase, plan_erasure

    try:
        plan = plan_erasure(db, person, person_id)
    except ServiceError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PrivacyDialogs", "Löschen auf Antrag"),
            error.message,
        )
        return None
    if not confirm_erasure(parent, plan):
        return None

    def finished(result: Any) -> None:
        if not result.compacted:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("PrivacyDialogs", "Löschen auf Antrag"),
                QCoreApplication.translate(
                    "PrivacyDialogs",
                    "Gelöscht. Die Datenbankdatei konnte nicht vollständig verdichtet werden, "
                    "weil ein anderes Programm sie geöffnet hat.",
                ),
            )
        if done is not None:
            done(result)

    return run_in_background(
        parent,
        QCoreApplication.translate("PrivacyDialogs", "Löschen auf Antrag"),
        QCoreApplication.translate("PrivacyDialogs", "Die Daten werden gelöscht …"),
        lambda _p, _c: erase(db, person, person_id),
        finished,
        cancellable=False,
    )


# -- record windows ----------------------------------------------------------------------

PERSON_ENTITIES = ("volunteer", "newcomer", "contact_person")


def privacy_buttons(dialog: Any) -> list[QPushButton]:
    """ "Auskunft (Art. 15) …" and "Löschen auf Antrag (Art. 17) …" for a person's window."""
    if dialog.entity not in PERSON_ENTITIES:
        return []
    report = QPushButton(
        QCoreApplication.translate("PrivacyDialogs", "Auskunft (Art. 15) …"), dialog
    )
    report.setAutoDefault(False)
    report.setToolTip(
        QCoreApplication.translate(
            "PrivacyDialogs", "Alles, was zu dieser Person gespeichert ist, als PDF und JSON"
        )
    )
    erase = QPushButton(
        QCoreApplication.translate("PrivacyDialogs", "Löschen auf Antrag (Art. 17) …"), dialog
    )
    erase.setAutoDefault(False)
    erase.setToolTip(
        QCoreApplication.translate(
            "PrivacyDialogs", "Alle Spuren dieser Person aus der Datenbank entfernen"
        )
    )
    report.clicked.connect(lambda: _report_from(dialog))
    erase.clicked.connect(lambda: _erase_from(dialog))
    dialog.privacy_report_button = report
    dialog.privacy_erase_button = erase
    return [report, erase]


def _stored(dialog: Any) -> int | None:
    if dialog.record_id is None:
        QMessageBox.information(
            dialog,
            QCoreApplication.translate("PrivacyDialogs", "Datenschutz"),
            QCoreApplication.translate("PrivacyDialogs", "Der Eintrag ist noch nicht gespeichert."),
        )
        return None
    return int(dialog.record_id)


def _report_from(dialog: Any) -> Task | None:
    record_id = _stored(dialog)
    if record_id is None or (dialog.form.is_dirty() and not dialog.save()):
        return None
    return save_access_report(dialog, dialog.service.db, dialog.entity, record_id)


def _erase_from(dialog: Any) -> Task | None:
    record_id = _stored(dialog)
    if record_id is None:
        return None
    entity = dialog.entity

    def done(_result: Any) -> None:
        dialog.saved.emit(entity, record_id)  # the lists show the change
        QDialog.done(dialog, QDialog.DialogCode.Rejected)  # closes without asking

    return erase_person(dialog, dialog.service.db, entity, record_id, done)


# -- main window -----------------------------------------------------------------------


def open_retention(window: Any) -> RetentionDialog:
    dialog = RetentionDialog(window.database, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.applied.connect(lambda _results: refresh_lists(window))
    dialog.show()
    return dialog


def open_audit(window: Any) -> AuditDialog:
    dialog = AuditDialog(window.database, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_records_of_processing(window: Any) -> Task:
    return show_records_of_processing(window, window.database)
