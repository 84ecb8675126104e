"""The backups as a table: when each was made, why, how many cases it holds, its size."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mediation_desk.services.backup import BackupInfo, BackupKind
from mediation_desk.ui.read_only_table_model import ReadOnlyTableModel

CONTEXT = "BackupTableModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("BackupTableModel", "Made on"),
    QT_TRANSLATE_NOOP("BackupTableModel", "Why it was made"),
    QT_TRANSLATE_NOOP("BackupTableModel", "Cases"),
    QT_TRANSLATE_NOOP("BackupTableModel", "Size"),
    QT_TRANSLATE_NOOP("BackupTableModel", "File"),
)
KIND_LABELS: dict[BackupKind | None, object] = {
    BackupKind.DAILY: QT_TRANSLATE_NOOP("BackupTableModel", "Daily, at start-up"),
    BackupKind.MANUAL: QT_TRANSLATE_NOOP("BackupTableModel", "Made by hand"),
    BackupKind.BEFORE_UPGRADE: QT_TRANSLATE_NOOP("BackupTableModel", "Before an app update"),
    BackupKind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("BackupTableModel", "Before a restore"),
    BackupKind.BEFORE_IMPORT: QT_TRANSLATE_NOOP("BackupTableModel", "Before an import"),
    None: QT_TRANSLATE_NOOP("BackupTableModel", "Copied in (no description)"),
}


def kind_label(kind: BackupKind | None) -> str:
    return QCoreApplication.translate(CONTEXT, str(KIND_LABELS[kind]))


def size_text(size: int) -> str:
    """`3.2 MB` / `840 KB`: enough to tell a full backup from an empty one."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(size // 1000, 1)} KB"


def taken_text(info: BackupInfo) -> str:
    return info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")


class BackupTableModel(ReadOnlyTableModel[BackupInfo]):
    """Read-only rows over BackupInfo read-models, newest first as given."""

    context = CONTEXT
    columns = COLUMNS

    def set_backups(self, backups: Sequence[BackupInfo]) -> None:
        self.set_rows(backups)

    def backup(self, row: int) -> BackupInfo | None:
        return self.row_item(row)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        info = self.backup(index.row()) if index.isValid() else None
        if info is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                taken_text(info),
                kind_label(info.kind),
                str(info.cases),
                size_text(info.size),
                info.path.name,
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        return None
