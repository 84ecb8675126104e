"""The audit log dialog: a case's history of changes (修改记录), or the director's whole log
with a filter by case number. It shows what it is given; the owner reads the log."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from mediation_desk.services.audit import AuditEntry, ChainReport
from mediation_desk.ui.audit_labels import action_text, changes_text
from mediation_desk.ui.audit_table_model import AuditTableModel, when_text
from mediation_desk.ui.generated.ui_audit_log_dialog import Ui_AuditLogDialog


class AuditLogDialog(QDialog):
    """Entries newest first; the selected one's changes in full below the table."""

    filter_requested = Signal(str)  # a case number ("" for every case)

    def __init__(self, *, case_no: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditLogDialog()
        self.ui.setupUi(self)
        self.case_no = case_no
        self.model = AuditTableModel(self)
        self.ui.entriesTable.setModel(self.model)
        header = self.ui.entriesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((140, 90, 190, 420)):
            header.resizeSection(column, width)
        for widget in (self.ui.caseNoFilterLabel, self.ui.caseNoFilterEdit, self.ui.filterButton):
            widget.setVisible(case_no is None)  # one case's history has no filter
        if case_no is not None:
            self.setWindowTitle(self.tr("Change history of %1").replace("%1", case_no))
            self.ui.introLabel.setText(
                self.tr(
                    "Every change to this case, newest first: who made it, when, and the "
                    "values before and after."
                )
            )
        else:
            self.ui.introLabel.setText(
                self.tr("Every change and every viewing of a full ID number, newest first.")
            )
        self.ui.entriesTable.selectionModel().selectionChanged.connect(
            self._on_entries_table_selection_changed
        )
        self.ui.filterButton.clicked.connect(self._on_filter_button_clicked)
        self.ui.caseNoFilterEdit.returnPressed.connect(self._on_filter_button_clicked)
        self.ui.closeButton.clicked.connect(self.accept)

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.model.set_entries(entries)
        self.ui.detailsLabel.clear()
        if entries:
            self.ui.entriesTable.selectRow(0)
        else:
            self.ui.detailsLabel.setText(self.tr("No entries."))

    def set_chain_report(self, report: ChainReport) -> None:
        """Says whether the log is intact (hash chain verified) or where it was tampered with."""
        if report.problem is None:
            self.ui.chainLabel.setText(
                self.tr("Log checked: %1 entries, none changed or removed.").replace(
                    "%1", str(report.entries)
                )
            )
            self.ui.chainLabel.setStyleSheet("")
        else:
            self.ui.chainLabel.setText(
                self.tr("The log was tampered with at entry %1.").replace(
                    "%1", str(report.problem.entry_id)
                )
            )
            self.ui.chainLabel.setStyleSheet("color: #b00020; font-weight: bold")

    def show_no_such_case(self, case_no: str) -> None:
        self.set_entries([])
        self.show_message(
            self.tr("No case numbered %1 is in the database or the log.").replace("%1", case_no)
        )

    def show_message(self, text: str) -> None:
        self.ui.detailsLabel.setText(text)

    def _on_entries_table_selection_changed(
        self, _new: QItemSelection, _old: QItemSelection
    ) -> None:
        entry = self.model.entry(self.ui.entriesTable.currentIndex().row())
        if entry is None:
            return
        lines = [f"{when_text(entry)} · {entry.actor} · {action_text(entry)}"]
        if entry.reason:
            lines.append(self.tr("Reason: %1").replace("%1", entry.reason))
        lines.append(changes_text(entry, short=False))
        self.ui.detailsLabel.setText("\n".join(line for line in lines if line))

    def _on_filter_button_clicked(self) -> None:
        self.filter_requested.emit(self.ui.caseNoFilterEdit.text().strip())
