"""Expired archived cases as a table: number, parties, archived on, retention over since."""

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

from mediation_desk.services.retention import ExpiredCase

CONTEXT = "ExpiredCaseModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("ExpiredCaseModel", "Case number"),
    QT_TRANSLATE_NOOP("ExpiredCaseModel", "Parties"),
    QT_TRANSLATE_NOOP("ExpiredCaseModel", "Archived on"),
    QT_TRANSLATE_NOOP("ExpiredCaseModel", "Retention over since"),
)


class ExpiredCaseModel(QAbstractTableModel):
    """Read-only rows over ExpiredCase read-models, oldest archive first as given."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cases: list[ExpiredCase] = []

    def set_cases(self, cases: Sequence[ExpiredCase]) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self.endResetModel()

    def case(self, row: int) -> ExpiredCase | None:
        return self._cases[row] if 0 <= row < len(self._cases) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cases)

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
        case = self.case(index.row()) if index.isValid() else None
        if case is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            case.case_no,
            case.parties,
            case.archived_on.isoformat(),
            case.expired_on.isoformat(),
        )
        column = index.column()
        return values[column] if 0 <= column < len(values) else None
