"""A run of text laid out in lines by `line_breaking`, shaped and drawn by Qt one line at a time."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from mediation_desk.documents.model import Align
from mediation_desk.printing.line_breaking import break_lines

_ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft,
    Align.CENTRE: Qt.AlignmentFlag.AlignHCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight,
    Align.JUSTIFY: Qt.AlignmentFlag.AlignJustify,
}
_UNLIMITED = 1e9


@dataclass(frozen=True)
class TextSpec:
    """What to lay out: the text, its font and where its lines go, in device pixels."""

    text: str
    font: QFont
    latin: str | None  # family for ASCII letters and digits, as the .docx names a Latin font
    width: float
    first_indent: float = 0.0  # x of the first line
    indent: float = 0.0  # x of the other lines
    align: Align = Align.LEFT
    underlined: tuple[tuple[int, int], ...] = ()  # (start, end) character ranges
    wide_symbols: tuple[str, ...] = ()  # families for □, “ … : full width, as in CJK fonts


class TextLines:
    """Lines of one paragraph; `draw_line` draws line i with its top-left at a given point."""

    def __init__(self, spec: TextSpec, device: QPaintDevice) -> None:
        self._utf16 = _utf16_offsets(spec.text)
        metrics = QFontMetricsF(spec.font, device)
        self._ascent, self._descent = metrics.ascent(), metrics.descent()
        formats = self._formats(spec)
        edges = self._edges(spec, formats, device)
        lines = break_lines(
            spec.text, edges, spec.width - spec.first_indent, spec.width - spec.indent
        )
        self._layout = QTextLayout(spec.text, spec.font, device)
        self._layout.setFormats(formats)
        # Not NoWrap: with it, setNumColumns takes the whole text (and Qt crashes on the next line).
        self._layout.setTextOption(QTextOption(_ALIGN[spec.align]))
        self._layout.beginLayout()
        for number, line in enumerate(lines):
            indent = spec.first_indent if number == 0 else spec.indent
            # Qt still wraps at the width it aligns to: never less than the line's own width, so
            # a hanging comma goes past the margin while the rest of the line fills it.
            visible = len(spec.text[line.start : line.end].rstrip(" "))  # trailing spaces hang
            width = max(spec.width - indent, edges[line.start + visible] - edges[line.start] + 1.0)
            qt_line = self._layout.createLine()
            qt_line.setNumColumns(self._utf16[line.end] - self._utf16[line.start], width)
            qt_line.setPosition(QPointF(indent, 0.0))
        self._layout.endLayout()

    @property
    def count(self) -> int:
        return self._layout.lineCount()

    def draw_line(self, painter: QPainter, number: int, top_left: QPointF, height: float) -> None:
        """Line `number` centred in a slot `height` high (centred by the main font's metrics,
        so that a taller fallback font, e.g. for Mongolian, does not move the baseline)."""
        line = self._layout.lineAt(number)
        baseline = top_left.y() + (height - self._ascent - self._descent) / 2 + self._ascent
        line.draw(painter, QPointF(top_left.x(), baseline - line.ascent() - line.y()))

    def _formats(self, spec: TextSpec) -> list[QTextLayout.FormatRange]:
        ranges = []
        if spec.latin is not None:
            latin = _latin_format(spec.latin, spec.font)
            ranges = [(start, end, latin) for start, end in _ascii_runs(spec.text)]
        if spec.wide_symbols:
            wide = QTextCharFormat()
            wide.setFontFamilies([*spec.wide_symbols, spec.font.family()])
            ranges += [(index, index + 1, wide) for index in _ambiguous_width(spec.text)]
        underline = QTextCharFormat()
        underline.setFontUnderline(True)
        ranges += [(start, end, underline) for start, end in spec.underlined]
        formats = []
        for start, end, char_format in ranges:
            item = QTextLayout.FormatRange()
            item.start = self._utf16[start]
            item.length = self._utf16[end] - self._utf16[start]
            item.format = char_format
            formats.append(item)
        return formats

    def _edges(
        self, spec: TextSpec, formats: list[QTextLayout.FormatRange], device: QPaintDevice
    ) -> list[float]:
        """x of every character boundary on one unbroken line."""
        layout = QTextLayout(spec.text, spec.font, device)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(_UNLIMITED)
        layout.endLayout()
        # PySide6 returns (x, cursor position); its stubs say `object`
        return [float(cast(tuple[float, int], line.cursorToX(offset))[0]) for offset in self._utf16]


def _latin_format(latin: str, font: QFont) -> QTextCharFormat:
    char_format = QTextCharFormat()
    char_format.setFontFamilies([latin, font.family()])
    return char_format


def _ascii_runs(text: str) -> list[tuple[int, int]]:
    """Ranges of ASCII characters: the .docx sets them in its Latin font."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for index, char in enumerate(text):
        if char.isascii() and start is None:
            start = index
        elif not char.isascii() and start is not None:
            runs.append((start, index))
            start = None
    if start is not None:
        runs.append((start, len(text)))
    return runs


def _ambiguous_width(text: str) -> list[int]:
    """Symbols that CJK fonts set full width and Latin fonts narrow (□ ○ “ ” —)."""
    return [
        index
        for index, char in enumerate(text)
        if not char.isascii()
        and unicodedata.east_asian_width(char) == "A"
        and unicodedata.category(char)[0] in "SP"
    ]


def _utf16_offsets(text: str) -> list[int]:
    """Qt counts UTF-16 code units: 王𠈌 is three of them. Offset of each character boundary."""
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets
