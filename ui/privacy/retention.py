"""»Löschfristen prüfen«: the retention periods, what is due today under them, and
applying them after asking (in the background)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database

from ..background import Task, run_in_background
from ..formatting import format_count
from .texts import translated

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
            box.setSuffix(" " + translated(unit))
            box.setValue(int(self.settings.get(key)))
            box.valueChanged.connect(lambda value, k=key: self._period_changed(k, value))
            self.periods[key] = box
            form.addRow(translated(label), box)
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
            self.table.setItem(row, 0, QTableWidgetItem(translated(rule.title)))
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


# -- main window -----------------------------------------------------------------------


def refresh_lists(window: Any) -> None:
    """Reload every opened list page of the main window and the follow-up count."""
    for page in getattr(window, "pages", {}).values():
        if hasattr(page, "refresh") and hasattr(page, "filter_bar"):
            page.refresh()
    if hasattr(window, "count_followups"):
        window.count_followups()


def open_retention(window: Any) -> RetentionDialog:
    dialog = RetentionDialog(window.database, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.applied.connect(lambda _results: refresh_lists(window))
    dialog.show()
    return dialog
