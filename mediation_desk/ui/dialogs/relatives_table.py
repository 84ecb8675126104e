"""The mediator dialog's list of relatives: name, optional ID number and the relation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.models import MediatorRelative
from mediation_desk.domain.validation import Issue, clean_text
from mediation_desk.domain.validation.identity import normalise_id_number
from mediation_desk.ui.generated.ui_mediator_dialog import Ui_MediatorDialog
from mediation_desk.ui.validation_messages import message_for

_ROW = re.compile(r"relatives\[(\d+)\]")
NAME, ID_NUMBER, RELATION = range(3)


def relative_row(field: str) -> int | None:
    """The row of a `relatives[i]…` field path, None for other fields."""
    found = _ROW.match(field)
    return int(found.group(1)) if found else None


class RelativesTable(QObject):
    """Edits the relatives in place in a table; empty rows are dropped when read."""

    def __init__(self, ui: Ui_MediatorDialog, owner: QWidget) -> None:
        super().__init__(owner)
        self._ui = ui
        header = ui.relativesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.addRelativeButton.clicked.connect(self._on_add_relative_button_clicked)
        ui.removeRelativeButton.clicked.connect(self._on_remove_relative_button_clicked)
        ui.relativesTable.itemSelectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()

    def load(self, relatives: Sequence[MediatorRelative]) -> None:
        table = self._ui.relativesTable
        table.setRowCount(0)
        for relative in relatives:
            self._append((relative.name, relative.id_number, relative.relation))

    def relatives(self) -> tuple[MediatorRelative, ...]:
        """The rows as entered, cleaned; rows left completely empty are not relatives."""
        found = []
        for row in range(self._ui.relativesTable.rowCount()):
            name, number, relation = (self._text(row, column) for column in range(3))
            if name or number or relation:
                found.append(MediatorRelative(name, relation, normalise_id_number(number)))
        return tuple(found)

    def message(self, issue: Issue) -> str:
        """The message of a relative's issue, saying which row it is about."""
        row = relative_row(issue.field)
        text = message_for(issue)
        if row is None:
            return text
        return self.tr("Relative {n}: {problem}").format(n=row + 1, problem=text)

    def _text(self, row: int, column: int) -> str:
        item = self._ui.relativesTable.item(row, column)
        return clean_text(item.text()) if item is not None else ""

    def _append(self, values: Sequence[str]) -> int:
        table = self._ui.relativesTable
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
        return row

    def _on_add_relative_button_clicked(self) -> None:
        table = self._ui.relativesTable
        row = self._append(("", "", ""))
        table.setCurrentCell(row, NAME)
        item = table.item(row, NAME)
        if item is not None:
            table.editItem(item)

    def _on_remove_relative_button_clicked(self) -> None:
        rows = self._ui.relativesTable.selectionModel().selectedRows()
        row = rows[0].row() if rows else self._ui.relativesTable.currentRow()
        if row >= 0:
            self._ui.relativesTable.removeRow(row)

    def _on_selection_changed(self) -> None:
        self._ui.removeRelativeButton.setEnabled(self._ui.relativesTable.currentRow() >= 0)
