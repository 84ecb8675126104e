"""The device a document is laid out for: its pixels per point, the type area and the fonts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QPaintDevice

from mediation_desk.documents import page_geometry as geometry
from mediation_desk.documents.page_geometry import mm_to_pt
from mediation_desk.printing.fonts import DocumentFonts


@dataclass(frozen=True)
class Typesetting:
    """Everything blocks need to lay themselves out; lengths it returns are device pixels."""

    device: QPaintDevice
    fonts: DocumentFonts

    @property
    def px_per_pt(self) -> float:
        return self.device.logicalDpiY() / 72.0

    def px(self, points: float) -> float:
        return points * self.px_per_pt

    def mm(self, millimetres: float) -> float:
        return self.px(mm_to_pt(millimetres))

    @property
    def type_width(self) -> float:
        return self.mm(geometry.TYPE_WIDTH_MM)

    @property
    def char_width(self) -> float:
        """One body character for indents (two of them start a paragraph)."""
        return self.px(geometry.CHAR_WIDTH_PT)

    def body_font(self, *, bold: bool = False) -> QFont:
        return self.condensed(self.fonts.body, bold=bold)

    def title_font(self) -> QFont:
        return self.condensed(self.fonts.title, bold=True)

    def condensed(self, font: QFont, *, bold: bool = False) -> QFont:
        """The .docx condenses every character by 0.25 pt so that 28 fit a line."""
        copy = QFont(font)
        # A percentage, not an absolute spacing: Qt scales absolute spacing by the device's dpi
        # once more on a PDF writer. A CJK character is one body size wide.
        percent = 100.0 * (1.0 - geometry.CONDENSE_PT / geometry.BODY_SIZE_PT)
        copy.setLetterSpacing(QFont.SpacingType.PercentageSpacing, percent)
        if bold:
            copy.setBold(True)
        return copy
