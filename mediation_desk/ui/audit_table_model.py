"""Audit log entries as a table: when, who, what was done, the fields old → new, the reason."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from mediation_desk.services.audit import AuditEntry
from mediation_desk.ui.audit_labels import action_text, changes_text
from mediation_desk.ui.read_only_table_model import ReadOnlyTableModel

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


class AuditTableModel(ReadOnlyTableModel[AuditEntry]):
    """Read-only rows over AuditEntry read-models, in the order given (newest first)."""

    context = CONTEXT
    columns = COLUMNS

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.set_rows(entries)

    def entry(self, row: int) -> AuditEntry | None:
        return self.row_item(row)

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
