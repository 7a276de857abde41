"""The audit view (»Protokoll«): who changed what and when, filtered by kind of record
and number, user and dates, loaded a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.services.audit_log import AuditLogService, AuditQuery, AuditRow

from ..formatting import format_count, format_value
from ..pages.filter_bar import OptionalDateEdit
from .texts import translated

Index = QModelIndex | QPersistentModelIndex


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
            return translated(COLUMNS[section])
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
            self.entity.addItem(translated(label), key)
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


def open_audit(window: Any) -> AuditDialog:
    dialog = AuditDialog(window.database, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
