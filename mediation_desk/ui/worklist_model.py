"""The "today" worklist as a table: what is due or overdue in which case, and its risk level."""

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
from PySide6.QtGui import QColor, QFont

from mediation_desk.domain.lifecycle.risk import RiskLevel, RiskScale
from mediation_desk.domain.lifecycle.worklist import WorkItem, WorkKind
from mediation_desk.ui.labels import resolve_plural, risk_level_name

CONTEXT = "WorklistModel"
OVERDUE_COLOUR = "#C62828"

COLUMNS = (
    QT_TRANSLATE_NOOP("WorklistModel", "Case number"),
    QT_TRANSLATE_NOOP("WorklistModel", "What"),
    QT_TRANSLATE_NOOP("WorklistModel", "Due"),
    QT_TRANSLATE_NOOP("WorklistModel", "Days left"),
    QT_TRANSLATE_NOOP("WorklistModel", "Risk level"),
)
RISK_COLUMN = 4

# One English source string per key of domain.lifecycle.worklist.MESSAGE_KEYS (a test checks it).
MESSAGES: dict[str, object] = {
    "worklist.overdue.mediation_period": QT_TRANSLATE_NOOP(
        "WorklistModel", "Mediation period (one month) has run out"
    ),
    "worklist.due_soon.mediation_period": QT_TRANSLATE_NOOP(
        "WorklistModel", "Mediation period (one month) ends soon"
    ),
    "worklist.overdue.medical_mediation": QT_TRANSLATE_NOOP(
        "WorklistModel", "Medical dispute: 30 working days have run out"
    ),
    "worklist.due_soon.medical_mediation": QT_TRANSLATE_NOOP(
        "WorklistModel", "Medical dispute: 30 working days end soon"
    ),
    "worklist.overdue.labour_mediation": QT_TRANSLATE_NOOP(
        "WorklistModel", "Labour dispute: 15 days passed, arbitration is now open to the parties"
    ),
    "worklist.due_soon.labour_mediation": QT_TRANSLATE_NOOP(
        "WorklistModel", "Labour dispute: the 15 days of mediation end soon"
    ),
    "worklist.overdue.court_delegation": QT_TRANSLATE_NOOP(
        "WorklistModel", "Court-delegated mediation: 30 days have run out, report to the court"
    ),
    "worklist.due_soon.court_delegation": QT_TRANSLATE_NOOP(
        "WorklistModel", "Court-delegated mediation: the 30 days end soon"
    ),
    "worklist.overdue.performance": QT_TRANSLATE_NOOP(
        "WorklistModel", "Agreement not performed by the agreed date"
    ),
    "worklist.due_soon.performance": QT_TRANSLATE_NOOP(
        "WorklistModel", "Agreement performance date approaching"
    ),
    "worklist.overdue.follow_up_visit": QT_TRANSLATE_NOOP(
        "WorklistModel", "Follow-up visit overdue"
    ),
    "worklist.due_soon.follow_up_visit": QT_TRANSLATE_NOOP("WorklistModel", "Follow-up visit due"),
    "worklist.overdue.judicial_confirmation": QT_TRANSLATE_NOOP(
        "WorklistModel", "Window for judicial confirmation has closed"
    ),
    "worklist.due_soon.judicial_confirmation": QT_TRANSLATE_NOOP(
        "WorklistModel", "Window for judicial confirmation closing"
    ),
    "worklist.overdue.referral_feedback": QT_TRANSLATE_NOOP(
        "WorklistModel", "Referral: no feedback from the receiving body yet"
    ),
    "worklist.due_soon.referral_feedback": QT_TRANSLATE_NOOP(
        "WorklistModel", "Referral: feedback from the receiving body expected"
    ),
    "worklist.high_risk": QT_TRANSLATE_NOOP("WorklistModel", "High-risk case: keep watching it"),
    "worklist.escalation_missing": QT_TRANSLATE_NOOP(
        "WorklistModel", "Top risk level: escalation report not yet made"
    ),
}

_Index = QModelIndex | QPersistentModelIndex


def message_text(key: str) -> str:
    """The translated text of a worklist message key (the key itself if it is unknown)."""
    source = MESSAGES.get(key)
    return QCoreApplication.translate(CONTEXT, str(source)) if source is not None else key


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on the background (relative luminance)."""
    luminance = 0.2126 * background.redF() + 0.7152 * background.greenF()
    luminance += 0.0722 * background.blueF()
    return QColor("#000000") if luminance > 0.5 else QColor("#FFFFFF")


class WorklistModel(QAbstractTableModel):
    """Rows are the work items in the order given (most urgent first); read-only."""

    def __init__(self, risk_scale: RiskScale | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._scale = risk_scale
        self._items: list[WorkItem] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue = QColor(OVERDUE_COLOUR)

    def set_items(self, items: Sequence[WorkItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> WorkItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def counts(self) -> tuple[int, int, int]:
        """All items, overdue items, due-soon items."""
        kinds = [item.kind for item in self._items]
        return len(kinds), kinds.count(WorkKind.OVERDUE), kinds.count(WorkKind.DUE_SOON)

    def days_left_text(self, days_left: int | None) -> str:
        """'3 days overdue', 'due today', 'in 2 days'; empty for items without a date."""
        # self.tr with a count: the only form pyside6-lupdate marks as a plural (numerus) message
        if days_left is None:
            return ""
        if days_left < 0:
            late = -days_left
            return resolve_plural(self.tr("%n day(s) overdue", "", late), late)
        if days_left == 0:
            return self.tr("due today")
        return resolve_plural(self.tr("in %n day(s)", "", days_left), days_left)

    def _level(self, item: WorkItem) -> RiskLevel | None:
        return self._scale.get(item.risk_level) if self._scale and item.risk_level else None

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate(CONTEXT, str(COLUMNS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.UserRole:
            return item.case_uuid
        if column == RISK_COLUMN:
            return self._risk_decoration(item, role)
        if item.kind is WorkKind.OVERDUE:  # overdue rows stand out: bold and red
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._overdue
        return None

    def _text(self, item: WorkItem, column: int) -> str | None:
        if column == 0:
            return item.case_no
        if column == 1:
            return message_text(item.message_key)
        if column == 2:
            return item.due.isoformat() if item.due else ""
        if column == 3:
            return self.days_left_text(item.days_left)
        if column == RISK_COLUMN:
            level = self._level(item)
            return risk_level_name(level) if level else ""
        return None

    def _risk_decoration(self, item: WorkItem, role: int) -> Any:
        level = self._level(item)
        if level is None:
            return None
        if not level.on_worklist:  # the everyday level: colour would only be noise on every row
            return (
                self._bold
                if role == Qt.ItemDataRole.FontRole and item.kind is WorkKind.OVERDUE
                else None
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(level.colour)
        if role == Qt.ItemDataRole.ForegroundRole:
            return readable_on(QColor(level.colour))
        if role == Qt.ItemDataRole.FontRole and item.kind is WorkKind.OVERDUE:
            return self._bold
        return None
