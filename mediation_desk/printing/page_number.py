"""Page numbers as GB/T 9704 sets them: "— 1 —", 4号 宋体, odd pages right, even pages left."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF, QPainter

from mediation_desk.documents import page_geometry as geometry
from mediation_desk.printing.typesetting import Typesetting


def page_number_text(number: int) -> str:
    return f"— {number} —"


def draw_page_number(painter: QPainter, number: int, typesetting: Typesetting) -> None:
    """7 mm below the type area, one character in from its right (odd) or left (even) edge."""
    font = typesetting.fonts.page_number
    metrics = QFontMetricsF(font, typesetting.device)
    text = page_number_text(number)
    inset = typesetting.px(geometry.PAGE_NUMBER_SIZE_PT)
    left = typesetting.mm(geometry.MARGIN_LEFT_MM)
    if number % 2:
        x = left + typesetting.type_width - inset - metrics.horizontalAdvance(text)
    else:
        x = left + inset
    type_bottom = typesetting.mm(geometry.MARGIN_TOP_MM) + typesetting.px(
        geometry.LINES_PER_PAGE * geometry.LINE_PITCH_PT
    )
    baseline = type_bottom + typesetting.mm(geometry.PAGE_NUMBER_GAP_MM) + metrics.ascent()
    painter.save()
    painter.setFont(font)
    painter.drawText(QPointF(x, baseline), text)
    painter.restore()
