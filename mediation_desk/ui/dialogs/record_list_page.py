"""A page with a list of records of one kind on the left and the selected one's form beside it:
New, Save, Delete; problems shown at the field; unsaved edits noticed before they are lost."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)

from mediation_desk.domain.models import new_uuid
from mediation_desk.domain.validation import Issue
from mediation_desk.ui.dialogs.field_issues import FieldIssues, messages_by_widget
from mediation_desk.ui.dialogs.record_tables import issues_in_table, mark_cells, row_messages
from mediation_desk.ui.records_messages import message_for


class _Record(Protocol):
    @property
    def uuid(self) -> str: ...


R = TypeVar("R", bound=_Record)


class _ListUi(Protocol):
    recordList: QListWidget
    newButton: QPushButton
    deleteButton: QPushButton
    saveButton: QPushButton


class RecordListPage(QWidget, Generic[R]):
    """Subclasses fill and read their form; this class keeps the list, the buttons and problems."""

    save_requested = Signal(object)  # a record; the owner saves it
    delete_requested = Signal(str)  # a record's uuid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []
        self._shown: R | None = None  # the record in the form; None for a new one
        self._shown_value: R | None = None  # what the form held when it was filled
        self._editable = True
        self._new_uuid = new_uuid()
        self.field_issues = FieldIssues()

    def attach_list(self, ui: _ListUi) -> None:
        """Connects the list and buttons of the subclass's form (after its setupUi)."""
        self._list_ui = ui
        ui.recordList.currentRowChanged.connect(self._on_row_changed)
        ui.newButton.clicked.connect(self._on_new_clicked)
        ui.deleteButton.clicked.connect(self._on_delete_clicked)
        ui.saveButton.clicked.connect(self._on_save_clicked)

    # -- what subclasses provide ------------------------------------------------------------

    def fill(self, record: R | None) -> None:
        """Shows `record` in the form, or a new record's defaults for None."""
        raise NotImplementedError

    def value(self) -> R:
        """The record as the form holds it now (with the shown record's uuid, or a new one)."""
        raise NotImplementedError

    def title(self, record: R) -> str:
        """The record's line in the list."""
        raise NotImplementedError

    def widget_for(self, field: str) -> QWidget | None:
        raise NotImplementedError

    def tables(self) -> dict[str, tuple[QTableWidget, Sequence[str]]]:
        """Tables of the form by the list name issues use (`evidence[0].source`) and columns."""
        return {}

    # -- the API the dialog uses ------------------------------------------------------------

    @property
    def record_uuid(self) -> str:
        """The uuid of the record in the form: the shown one's, or a new one's (kept until it
        is saved, so saving twice does not make two records)."""
        return self._shown.uuid if self._shown is not None else self._new_uuid

    def set_records(self, records: Sequence[R], editable: bool, keep: str | None = None) -> None:
        """Refills the list; shows the record `keep` (a uuid) or the newest, or a new one."""
        self._records = list(records)
        self._editable = editable
        listing = self._list_ui.recordList
        listing.blockSignals(True)
        listing.clear()
        for record in self._records:
            listing.addItem(QListWidgetItem(self.title(record)))
        listing.blockSignals(False)
        uuids = [record.uuid for record in self._records]
        row = uuids.index(keep) if keep in uuids else len(uuids) - 1
        self._show_row(row)
        for button in (self._list_ui.newButton, self._list_ui.saveButton):
            button.setEnabled(editable)
        self._list_ui.deleteButton.setEnabled(editable and self._shown is not None)

    def has_unsaved_changes(self) -> bool:
        return (
            self._editable and self._shown_value is not None and self.value() != (self._shown_value)
        )

    def show_problems(self, issues: Sequence[Issue]) -> list[str]:
        """Shows each issue at its field or table cell; returns the messages with no place."""
        self.field_issues.clear()
        rest: list[Issue] = list(issues)
        lines: list[str] = []
        row_text = self.tr("Row %1: %2")
        for name, (table, columns) in self.tables().items():
            placed, rest = issues_in_table(rest, name, columns)
            mark_cells(table, placed, message_for)
            lines += row_messages(
                placed, message_for, lambda n, t: row_text.replace("%1", str(n)).replace("%2", t)
            )
        by_widget, unplaced = messages_by_widget(rest, self.widget_for, message_for)
        for widget, messages in by_widget.items():
            self.field_issues.show(widget, messages)
        return [message.text for message in unplaced] + lines

    def clear_problems(self) -> None:
        self.field_issues.clear()
        for table, _columns in self.tables().values():
            mark_cells(table, {}, message_for)

    # -- internals ---------------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        listing = self._list_ui.recordList
        self._shown = self._records[row] if 0 <= row < len(self._records) else None
        if self._shown is None:
            self._new_uuid = new_uuid()
        listing.blockSignals(True)
        listing.setCurrentRow(row if self._shown is not None else -1)
        listing.blockSignals(False)
        self.clear_problems()
        self.fill(self._shown)
        self._shown_value = self.value()
        self._list_ui.deleteButton.setEnabled(self._editable and self._shown is not None)

    def _may_discard(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The record shown has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _on_row_changed(self, row: int) -> None:
        if row == self._current_row():
            return
        if self._may_discard():
            self._show_row(row)
        else:
            listing = self._list_ui.recordList
            listing.blockSignals(True)
            listing.setCurrentRow(self._current_row())
            listing.blockSignals(False)

    def _current_row(self) -> int:
        if self._shown is None:
            return -1
        return next(i for i, r in enumerate(self._records) if r.uuid == self._shown.uuid)

    def _on_new_clicked(self) -> None:
        if self._may_discard():
            self._show_row(-1)

    def _on_delete_clicked(self) -> None:
        if self._shown is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete record"),
            self.tr("Delete this record? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(self._shown.uuid)

    def _on_save_clicked(self) -> None:
        self.clear_problems()
        self.save_requested.emit(self.value())
