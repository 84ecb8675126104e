"""Audit log entries as a table: when, who, what was done, the fields old → new, the reason."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mediation_desk.services.audit import AuditEntry
from mediation_desk.ui.audit_labels import action_text, changes_text

CONTEXT = "AuditTableModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditTableModel", "When"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Who"),
    QT_TRANSLATE_NOOP("AuditTableModel", "What"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Changes (before → after)"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Reason"),
)


def when_text(entry: AuditEntry) -> str:
    return entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class AuditTableModel(QAbstractTableModel):
    """Read-only rows over AuditEntry read-models, in the order given (newest first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate(CONTEXT, str(COLUMNS[section]))
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                when_text(entry),
                entry.actor,
                action_text(entry),
                changes_text(entry),
                entry.reason,
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return changes_text(entry, short=False)
        return None
