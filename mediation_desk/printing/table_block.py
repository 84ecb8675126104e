"""A bordered table; rows stay whole and take whole grid lines, as in the .docx."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QPainter, QPen

from mediation_desk.documents import page_geometry as geometry
from mediation_desk.documents.model import Align, Table
from mediation_desk.printing.pagination import Flow, Slice
from mediation_desk.printing.text_lines import TextLines, TextSpec
from mediation_desk.printing.typesetting import Typesetting

PITCH = geometry.LINE_PITCH_PT
PAGE_HEIGHT_PT = geometry.LINES_PER_PAGE * PITCH
BORDER_PT = 0.5  # Word's "Table Grid": single 1/2 pt lines
CELL_PADDING_PT = 5.4  # Word's default left and right cell margins (0.19 cm)


class TableBlock:
    """Each row is one slice: a page break may fall between rows, never inside one."""

    def __init__(self, block: Table, typesetting: Typesetting) -> None:
        self._typesetting = typesetting
        columns = max(len(row) for row in block.rows)
        weights = block.column_weights or (1,) * columns
        self._edges = [0.0]
        for weight in weights:
            self._edges.append(self._edges[-1] + typesetting.type_width * weight / sum(weights))
        padding = typesetting.px(CELL_PADDING_PT)
        self._cells: list[list[TextLines]] = []
        self._row_lines: list[int] = []
        for index, row in enumerate(block.rows):
            cells = []
            for column, text in enumerate(row):
                is_label = block.label_column and column == 0
                spec = TextSpec(
                    text,
                    typesetting.body_font(),
                    typesetting.fonts.latin,
                    self._edges[column + 1] - self._edges[column] - 2 * padding,
                    wide_symbols=typesetting.fonts.wide_symbols,
                    align=Align.CENTRE if is_label else Align.LEFT,
                )
                cells.append(TextLines(spec, typesetting.device))
            least = block.min_row_lines[index] if index < len(block.min_row_lines) else 1
            self._cells.append(cells)
            self._row_lines.append(max([least, *(cell.count for cell in cells)]))
        # A slice is a whole row, or one line of a row taller than a page: LibreOffice parts such
        # a row even though the .docx asks it not to, starting it on the current page.
        self._slices: list[tuple[int, int, int]] = []  # row, first line, lines
        slices: list[Slice] = []
        for index, lines in enumerate(self._row_lines):
            top_border = BORDER_PT if index == 0 else 0.0
            if lines * PITCH <= PAGE_HEIGHT_PT:
                self._slices.append((index, 0, lines))
                slices.append(Slice(lines * PITCH + BORDER_PT + top_border))
            else:
                self._slices.extend((index, line, 1) for line in range(lines))
                slices.extend(Slice(PITCH) for _ in range(lines - 1))
                slices.append(Slice(PITCH + BORDER_PT))
                slices[-lines] = Slice(PITCH + top_border)
        # rows kept together with what follows (the agreement's signature boxes and seal)
        keep = block.keep_with_next
        self.flow = Flow(tuple(slices), keep_together=keep, keep_with_next=keep)

    def draw(self, painter: QPainter, number: int, top_left: QPointF) -> None:
        """A row (or a line of a long row) with its borders; its top border too, as it may open
        a page."""
        row, first_line, lines = self._slices[number]
        px = self._typesetting.px
        pitch = px(PITCH)
        top = top_left.y() + (px(BORDER_PT) if row == 0 and first_line == 0 else 0.0)
        height = lines * pitch
        whole = first_line == 0 and lines == self._row_lines[row]
        self._draw_borders(
            painter,
            top_left.x(),
            top,
            height,
            first_line == 0,
            whole or (first_line + lines == self._row_lines[row]),
        )
        padding = px(CELL_PADDING_PT)
        for column, cell in enumerate(self._cells[row]):
            x = top_left.x() + self._edges[column] + padding
            if whole:  # centred vertically
                shown = range(cell.count)
                first = top + (lines - cell.count) * pitch / 2
            else:  # a parted row runs from its top
                shown = range(first_line, min(first_line + lines, cell.count))
                first = top - first_line * pitch
            for line in shown:
                cell.draw_line(painter, line, QPointF(x, first + line * pitch), pitch)

    def _draw_borders(
        self, painter: QPainter, left: float, top: float, height: float, opens: bool, closes: bool
    ) -> None:
        width = self._edges[-1]
        painter.save()
        painter.setPen(QPen(painter.pen().color(), self._typesetting.px(BORDER_PT)))
        if opens:
            painter.drawLine(QLineF(left, top, left + width, top))
        if closes:
            painter.drawLine(QLineF(left, top + height, left + width, top + height))
        for edge in self._edges:
            painter.drawLine(QLineF(left + edge, top, left + edge, top + height))
        painter.restore()
