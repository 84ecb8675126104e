"""Paragraphs, field lines, the title and signature blocks as lines on the 22-line grid."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter

from mediation_desk.documents import page_geometry as geometry
from mediation_desk.documents.model import (
    Align,
    FieldLine,
    Paragraph,
    SignatureBlock,
)
from mediation_desk.printing.pagination import Flow, Slice
from mediation_desk.printing.text_lines import TextLines, TextSpec
from mediation_desk.printing.typesetting import Typesetting

PITCH = geometry.LINE_PITCH_PT
_GAP = "\u3000"
_BLANK_VALUE = _GAP * 3  # room to fill in by hand, as in the .docx


class LinesBlock:
    """Paragraphs drawn line by line, each line centred in a slot of whole grid lines."""

    def __init__(
        self,
        paragraphs: list[tuple[TextLines, float]],  # lines and the space before them, in points
        typesetting: Typesetting,
        *,
        slot_pt: float = PITCH,
        space_after_pt: float = 0.0,
        keep_together: bool = False,
        min_lines: int = 1,
    ) -> None:
        self._slot = typesetting.px(slot_pt)
        self._lines: list[tuple[TextLines, int] | None] = []
        slices: list[Slice] = []
        for lines, space_before in paragraphs:
            for number in range(max(1, lines.count)):  # an empty paragraph still takes a line
                self._lines.append((lines, number) if number < lines.count else None)
                slices.append(Slice(slot_pt, space_before if number == 0 else 0.0))
        if space_after_pt:
            self._lines.append(None)
            slices.append(Slice(space_after_pt))
        self.flow = Flow(tuple(slices), keep_together=keep_together, min_lines=min_lines)

    def draw(self, painter: QPainter, number: int, top_left: QPointF) -> None:
        entry = self._lines[number]
        if entry is None:
            return
        lines, line = entry
        lines.draw_line(painter, line, top_left, self._slot)


def title_block(title: str, typesetting: Typesetting) -> LinesBlock:
    """22 pt on 36 pt lines: each takes two grid lines, and one grid line follows the title."""
    lines = TextLines(
        TextSpec(title, typesetting.title_font(), None, typesetting.type_width, align=Align.CENTRE),
        typesetting.device,
    )
    slot = math.ceil(geometry.TITLE_LINE_PT / PITCH) * PITCH
    return LinesBlock(
        [(lines, 0.0)], typesetting, slot_pt=slot, space_after_pt=PITCH, keep_together=True
    )


def paragraph_block(block: Paragraph, typesetting: Typesetting) -> LinesBlock:
    """Running text; paragraphs keep two lines together on either side of a page break."""
    indent = 2 * typesetting.char_width if block.indent_first else 0.0
    spec = TextSpec(
        block.text,
        typesetting.body_font(bold=block.bold),
        typesetting.fonts.latin,
        typesetting.type_width,
        wide_symbols=typesetting.fonts.wide_symbols,
        first_indent=indent,
        align=block.align,
    )
    return LinesBlock([(TextLines(spec, typesetting.device), 0.0)], typesetting, min_lines=2)


def field_line_block(block: FieldLine, typesetting: Typesetting) -> LinesBlock:
    """Heading, then label and underlined value pairs; wrapped lines hang under the first field."""
    text = block.heading.ljust(block.indent_chars, _GAP)
    underlined: list[tuple[int, int]] = []
    for index, field in enumerate(block.fields):
        text += (_GAP if index else "") + field.label
        value = f" {field.value} " if field.value else _BLANK_VALUE
        underlined.append((len(text), len(text) + len(value)))
        text += value
    spec = TextSpec(
        text,
        typesetting.body_font(),
        typesetting.fonts.latin,
        typesetting.type_width,
        wide_symbols=typesetting.fonts.wide_symbols,
        indent=block.indent_chars * typesetting.char_width,
        underlined=tuple(underlined),
    )
    return LinesBlock([(TextLines(spec, typesetting.device), 0.0)], typesetting, min_lines=2)


def signature_block(block: SignatureBlock, typesetting: Typesetting) -> LinesBlock:
    """Signature, seal and date lines on one page; right-aligned lines stop two characters in."""
    paragraphs = []
    for line in block.lines:
        right_indent = 2 * typesetting.char_width if line.align is Align.RIGHT else 0.0
        spec = TextSpec(
            line.text,
            typesetting.body_font(),
            typesetting.fonts.latin,
            typesetting.type_width - right_indent,
            wide_symbols=typesetting.fonts.wide_symbols,
            align=line.align,
        )
        paragraphs.append((TextLines(spec, typesetting.device), line.blank_lines_before * PITCH))
    return LinesBlock(paragraphs, typesetting, keep_together=True)


def reference_block(reference: str, typesetting: Typesetting) -> LinesBlock:
    """The case number, right-aligned under the title."""
    return paragraph_block(Paragraph(reference, Align.RIGHT, indent_first=False), typesetting)
