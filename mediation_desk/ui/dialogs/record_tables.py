"""Small editable tables of text (evidence, statements, terms): rows in and out, and the cell a
validation issue points at (`terms[1].amount` → row 1, the amount column)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from mediation_desk.domain.validation import Issue
from mediation_desk.ui.dialogs.field_issues import ERROR_COLOUR, WARNING_COLOUR

_ROW_FIELD = re.compile(r"^(?P<list>[a-z_]+)\[(?P<row>\d+)\](?:\.(?P<field>[a-z_]+))?")


def set_rows(table: QTableWidget, rows: Iterable[Sequence[str]]) -> None:
    """Replaces the table's rows with `rows` of text."""
    rows = list(rows)
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


def rows_of(table: QTableWidget) -> list[tuple[str, ...]]:
    """Every row's text, rows left completely empty skipped."""
    rows = []
    for row in range(table.rowCount()):
        values = tuple(cell_text(table, row, c) for c in range(table.columnCount()))
        if any(value.strip() for value in values):
            rows.append(values)
    return rows


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def add_row(table: QTableWidget, values: Sequence[str] = ()) -> int:
    """Appends a row (prefilled with `values`), selects it and starts editing its first cell."""
    row = table.rowCount()
    table.insertRow(row)
    for column in range(table.columnCount()):
        table.setItem(row, column, QTableWidgetItem(values[column] if column < len(values) else ""))
    table.setCurrentCell(row, 0)
    first = table.item(row, 0)
    if first is not None:
        table.editItem(first)
    return row


def remove_current_row(table: QTableWidget) -> None:
    row = table.currentRow()
    if row >= 0:
        table.removeRow(row)


def issues_in_table(
    issues: Iterable[Issue], list_name: str, columns: Sequence[str]
) -> tuple[dict[tuple[int, int], list[Issue]], list[Issue]]:
    """Issues placed at (row, column) of the table showing `list_name`, and the others.

    An issue on a row but no known column goes to the row's first cell.
    """
    placed: dict[tuple[int, int], list[Issue]] = {}
    rest: list[Issue] = []
    for issue in issues:
        match = _ROW_FIELD.match(issue.field)
        if match is None or match["list"] != list_name:
            rest.append(issue)
            continue
        field = match["field"] or ""
        column = columns.index(field) if field in columns else 0
        placed.setdefault((int(match["row"]), column), []).append(issue)
    return placed, rest


def mark_cells(
    table: QTableWidget,
    placed: dict[tuple[int, int], list[Issue]],
    text_for: Callable[[Issue], str],
) -> None:
    """Colours the cells with issues (red for errors, orange for warnings) and puts the messages
    in their tooltips; every other cell is reset."""
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None:
                item = QTableWidgetItem("")
                table.setItem(row, column, item)
            issues = placed.get((row, column))
            if issues:
                colour = ERROR_COLOUR if any(i.is_error for i in issues) else WARNING_COLOUR
                item.setBackground(QBrush(QColor(colour).lighter(190)))
                item.setToolTip("\n".join(dict.fromkeys(text_for(i) for i in issues)))
            else:
                item.setBackground(QBrush())
                item.setToolTip("")


def row_messages(
    placed: dict[tuple[int, int], list[Issue]],
    text_for: Callable[[Issue], str],
    row_text: Callable[[int, str], str],
) -> list[str]:
    """One line per problem in the table, in row order: `row_text(row number, message)`."""
    lines: list[str] = []
    for row, _column in sorted(placed):
        for issue in placed[(row, _column)]:
            line = row_text(row + 1, text_for(issue))
            if line not in lines:
                lines.append(line)
    return lines
