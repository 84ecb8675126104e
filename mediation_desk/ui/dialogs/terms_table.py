"""The numbered terms of an agreement in a table: text cells, and date and performance pickers
in the cells that need them (so a date can never be unreadable)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from mediation_desk.domain.records.models import AgreementTerm, TermPerformance
from mediation_desk.ui.dialogs.form_values import (
    format_amount,
    optional_date,
    parse_amount,
    set_optional_date,
    to_qdate,
)
from mediation_desk.ui.dialogs.record_tables import cell_text
from mediation_desk.ui.records_labels import records_label

COLUMNS = (
    "obligor",
    "content",
    "amount",
    "method",
    "place",
    "due_on",
    "performance",
    "performed_on",
)
_TEXT_COLUMNS = (0, 1, 2, 3, 4)
_DUE, _PERFORMANCE, _PERFORMED_ON = 5, 6, 7


class TermsTable:
    """Reads and writes AgreementTerms through a QTableWidget with the COLUMNS above."""

    def __init__(self, table: QTableWidget, today: date) -> None:
        self.table = table
        self._today = today
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((150, 240, 100, 90, 90, 120, 130, 120)):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # what is to be done

    def set_terms(self, terms: Sequence[AgreementTerm]) -> None:
        self.table.setRowCount(0)
        for term in terms:
            self.add(term)

    def add(self, term: AgreementTerm | None = None) -> int:
        term = term or AgreementTerm("", "")
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        texts = (term.obligor, term.content, format_amount(term.amount), term.method, term.place)
        for column, text in zip(_TEXT_COLUMNS, texts, strict=True):
            table.setItem(row, column, QTableWidgetItem(text))
        table.setCellWidget(row, _DUE, self._date_edit(term.due_on))
        performance = QComboBox(table)
        for value in TermPerformance:
            performance.addItem(records_label(value), value.value)
        performance.setCurrentIndex(performance.findData(term.performance.value))
        table.setCellWidget(row, _PERFORMANCE, performance)
        table.setCellWidget(row, _PERFORMED_ON, self._date_edit(term.performed_on))
        return row

    def _date_edit(self, value: date | None) -> QDateEdit:
        edit = QDateEdit(self.table)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setSpecialValueText(QCoreApplication.translate("TermsTable", "Not given"))
        edit.setMaximumDate(to_qdate(self._today).addYears(30))
        set_optional_date(edit, value)
        return edit

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_performance_editable(self, editable: bool) -> None:
        """Performance is tracked once the agreement is recorded; a draft has none yet."""
        for column in (_PERFORMANCE, _PERFORMED_ON):
            self.table.setColumnHidden(column, not editable)

    def terms(self) -> tuple[AgreementTerm, ...]:
        """The terms entered, one per row (a blank row is reported at its cells, so the row
        numbers of problems are the table's)."""
        terms = []
        table = self.table
        for row in range(table.rowCount()):
            texts = [cell_text(table, row, column).strip() for column in _TEXT_COLUMNS]
            combo = table.cellWidget(row, _PERFORMANCE)
            assert isinstance(combo, QComboBox)
            terms.append(
                AgreementTerm(
                    obligor=texts[0],
                    content=texts[1],
                    amount=parse_amount(texts[2]),
                    method=texts[3],
                    place=texts[4],
                    due_on=self._date_at(row, _DUE),
                    performance=TermPerformance(combo.currentData()),
                    performed_on=self._date_at(row, _PERFORMED_ON),
                )
            )
        return tuple(terms)

    def _date_at(self, row: int, column: int) -> date | None:
        edit = self.table.cellWidget(row, column)
        assert isinstance(edit, QDateEdit)
        return optional_date(edit)
