"""Small helpers for the choice widgets of the lifecycle forms: coded combos and tick lists."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

CODE_ROLE = Qt.ItemDataRole.UserRole


def to_date(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def q_date(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, str]]) -> None:
    combo.clear()
    for code, text in items:
        combo.addItem(text, code)


def select(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


def fill_checks(
    widget: QListWidget, items: Iterable[tuple[str, str]], checked: bool = False
) -> None:
    widget.clear()
    for code, text in items:
        item = QListWidgetItem(text, widget)
        item.setData(CODE_ROLE, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def items(widget: QListWidget) -> list[QListWidgetItem]:
    return [item for row in range(widget.count()) if (item := widget.item(row)) is not None]


def checked(widget: QListWidget) -> list[str]:
    return [
        str(item.data(CODE_ROLE))
        for item in items(widget)
        if item.checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, codes: Iterable[str]) -> None:
    wanted = set(codes)
    for item in items(widget):
        on = item.data(CODE_ROLE) in wanted
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
