"""Expired archived cases as a table: number, parties, archived on, retention over since."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from mediation_desk.services.retention import ExpiredCase
from mediation_desk.ui.read_only_table_model import ReadOnlyTableModel

CONTEXT = "ExpiredCaseModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("ExpiredCaseModel", "Case number"),
    QT_TRANSLATE_NOOP("ExpiredCaseModel", "Parties"),
    QT_TRANSLATE_NOOP("ExpiredCaseModel", "Archived on"),
    QT_TRANSLATE_NOOP("ExpiredCaseModel", "Retention over since"),
)


class ExpiredCaseModel(ReadOnlyTableModel[ExpiredCase]):
    """Read-only rows over ExpiredCase read-models, oldest archive first as given."""

    context = CONTEXT
    columns = COLUMNS

    def set_cases(self, cases: Sequence[ExpiredCase]) -> None:
        self.set_rows(cases)

    def case(self, row: int) -> ExpiredCase | None:
        return self.row_item(row)

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
