"""The list of archived cases past their retention period, for the director to delete."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from mediation_desk.services.retention import ExpiredCase
from mediation_desk.ui.expired_case_model import ExpiredCaseModel
from mediation_desk.ui.generated.ui_retention_dialog import Ui_RetentionDialog


class RetentionDialog(QDialog):
    """Shows the expired cases; `delete_requested` carries the chosen ones (the owner asks)."""

    delete_requested = Signal(list)  # list[ExpiredCase]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RetentionDialog()
        self.ui.setupUi(self)
        self.model = ExpiredCaseModel(self)
        self.ui.casesTable.setModel(self.model)
        header = self.ui.casesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((240, 220, 110)):
            header.resizeSection(column, width)
        self.ui.casesTable.selectionModel().selectionChanged.connect(
            self._on_cases_table_selection_changed
        )
        self.ui.selectAllButton.clicked.connect(self.ui.casesTable.selectAll)
        self.ui.deleteButton.clicked.connect(self._on_delete_button_clicked)
        self.ui.closeButton.clicked.connect(self.accept)
        self._update_buttons()

    def set_cases(self, cases: Sequence[ExpiredCase], years: int) -> None:
        self.model.set_cases(cases)
        self.ui.introLabel.setText(
            self.tr(
                "Archived cases are kept for %1 years (a setting of the committee). These cases "
                "were archived longer ago. Deleting them removes the case with all its records "
                "for good; the audit log keeps only the case number, the number of parties and "
                "the archive date. Backups made earlier still hold them until they are rotated."
            ).replace("%1", str(years))
        )
        self.ui.detailsLabel.setText(
            self.tr("No archived case is past its retention period.") if not cases else ""
        )
        self._update_buttons()

    def selected_cases(self) -> list[ExpiredCase]:
        rows = sorted({index.row() for index in self.ui.casesTable.selectionModel().selectedRows()})
        return [case for row in rows if (case := self.model.case(row)) is not None]

    def show_message(self, text: str) -> None:
        self.ui.detailsLabel.setText(text)

    def _update_buttons(self) -> None:
        self.ui.deleteButton.setEnabled(bool(self.selected_cases()))
        self.ui.selectAllButton.setEnabled(self.model.rowCount() > 0)

    def _on_cases_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update_buttons()

    def _on_delete_button_clicked(self) -> None:
        chosen = self.selected_cases()
        if chosen:
            self.delete_requested.emit(chosen)
