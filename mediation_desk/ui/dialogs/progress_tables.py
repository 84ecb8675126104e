"""The read-only parts of the case-progress dialog: risk badge, history and deadline tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem

from mediation_desk.domain.lifecycle.clocks import Deadline, DeadlineStatus, status_of
from mediation_desk.domain.lifecycle.history import HistoryEntry
from mediation_desk.domain.lifecycle.risk import RiskScale
from mediation_desk.ui.dialogs.field_issues import ERROR_COLOUR, WARNING_COLOUR
from mediation_desk.ui.labels import label
from mediation_desk.ui.lifecycle_labels import lifecycle_label, reference_name


def show_risk(target: QLabel, scale: RiskScale, code: str) -> None:
    """The risk level's name after a dot in its colour, or "not assessed"."""
    level = scale.get(code)
    if level is None:
        target.setText(QCoreApplication.translate("CaseProgressDialog", "Risk: not assessed"))
        return
    text = QCoreApplication.translate("CaseProgressDialog", "Risk: {level}").format(
        level=reference_name(level)
    )
    target.setText(f'<span style="color: {level.colour};">●</span> {text}')


def fill_history(table: QTableWidget, history: Sequence[HistoryEntry]) -> None:
    """One row per recorded move: the date entered for the step (else when it was recorded, in
    local time), from → to, by whom, why, and when it was recorded if that was another day."""
    rows = []
    for entry in history:
        t = entry.transition
        local = t.at.astimezone()
        recorded = local.strftime("%Y-%m-%d %H:%M")
        decided = entry.decided_on
        late = decided is not None and decided != local.date()
        rows.append(
            (
                decided.isoformat() if decided is not None else recorded,
                f"{label(t.from_status)} → {label(t.to_status)}",
                t.by,
                t.reason,
                recorded if late else "",
            )
        )
    _fill(table, rows)


def fill_deadlines(table: QTableWidget, deadlines: Sequence[Deadline], today: date) -> None:
    """One row per running deadline; overdue in red, due soon in orange."""
    statuses = [status_of(deadline, today) for deadline in deadlines]
    rows = [
        (lifecycle_label(d.kind), d.due.isoformat(), lifecycle_label(status))
        for d, status in zip(deadlines, statuses, strict=True)
    ]
    _fill(table, rows)
    for row, status in enumerate(statuses):
        if status is DeadlineStatus.OK:
            continue
        colour = ERROR_COLOUR if status is DeadlineStatus.OVERDUE else WARNING_COLOUR
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None:
                item.setForeground(QBrush(QColor(colour)))


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()
