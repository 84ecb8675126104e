"""How many A4 pages a document fills when written by docx_writer: an estimate, no rendering.

The case-file index (卷内目录) numbers the pages of every document, and rendering each document
(LibreOffice, ~1 s each) is too slow for that. The writer's layout is regular enough to count:
exact 28.95 pt lines in a 225 mm type area, 28 full-width characters a line, table rows and
signature blocks that never split. The LibreOffice test compares this count with real PDFs.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence

from mediation_desk.documents.model import (
    Block,
    Document,
    FieldLine,
    Heading,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
)
from mediation_desk.documents.page_geometry import (
    CHAR_WIDTH_PT,
    CONDENSE_PT,
    LINE_PITCH_PT,
    TITLE_SIZE_PT,
    TYPE_WIDTH_MM,
)

_MM = 72 / 25.4
PAGE_PT = 225 * _MM  # the type area's height
LINE_PT = LINE_PITCH_PT
LINE_CHARS = 28  # 156 mm of 3号 characters at -0.25 pt spacing
_TITLE_CHARS = int(TYPE_WIDTH_MM * _MM // TITLE_SIZE_PT)
_CELL_PADDING_PT = 2 * 5.4  # LibreOffice/Word default cell margins, left and right
_ROW_BORDER_PT = 0.6


_NARROW = {"\u2006": 1 / 6}  # SIX-PER-EM SPACE (spaced-out labels)


def text_width(text: str) -> float:
    """The width in full-width characters: CJK and full-width forms 1, everything else ½."""
    return sum(
        _NARROW.get(c, 1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5) for c in text
    )


def wrapped_lines(text: str, first: float, rest: float | None = None) -> int:
    """Lines a text fills when the first line holds `first` characters and later ones `rest`."""
    rest = first if rest is None else rest
    total = 0
    for line in text.split("\n") or [""]:
        width = text_width(line)
        total += 1 if width <= first else 1 + math.ceil((width - first) / rest)
    return total


class _Pages:
    """A running page: how high it is filled, in points."""

    def __init__(self) -> None:
        self.count = 1
        self.used = 0.0

    @property
    def room(self) -> float:
        return PAGE_PT - self.used

    def new_page(self) -> None:
        self.count += 1
        self.used = 0.0

    def place(self, height: float) -> None:
        """Puts an unbreakable piece here, or on a new page when it does not fit."""
        if height > self.room + 0.5 and self.used > 0:
            self.new_page()
        self.used += height
        while self.used > PAGE_PT + 0.5:  # taller than a page: it runs on
            self.used -= PAGE_PT
            self.count += 1

    def flow(self, lines: int, pitch: float = LINE_PT) -> None:
        """Puts a paragraph's lines, two at least on each side of a page break (widow control)."""
        fit = int((self.room + 0.5) // pitch)
        if lines <= fit:
            self.used += lines * pitch
            return
        if lines >= 4 and fit >= 2:
            lines -= min(fit, lines - 2)
        self.new_page()
        while lines * pitch > PAGE_PT + 0.5:
            lines -= int(PAGE_PT // pitch)
            self.count += 1
        self.used = lines * pitch


def estimate_pages(document: Document) -> int:
    """The number of A4 pages `write_docx` gives this document."""
    pages = _Pages()
    if document.show_title:
        _title(pages, document.title)
    if document.reference:
        pages.flow(1)
    _blocks(pages, document.blocks)
    return pages.count


def _title(pages: _Pages, text: str) -> None:
    """A 36 pt title line snaps to two 28.95 pt lines of the page's line grid; one line after."""
    lines = wrapped_lines(text, _TITLE_CHARS)
    pages.place((2 * lines + 1) * LINE_PT)


def _blocks(pages: _Pages, blocks: Sequence[Block]) -> None:
    pending = 0.0  # a table kept with the next block: its height joins that block's first line
    for index, block in enumerate(blocks):
        if isinstance(block, PageBreak):
            pages.new_page()
            if index + 1 < len(blocks) and not isinstance(blocks[index + 1], Heading):
                pages.used += LINE_PT  # the rest of the paragraph holding the break
        elif isinstance(block, Heading):
            _title(pages, block.text)
        elif isinstance(block, Paragraph):
            indent = 2 if block.indent_first else 0
            lines = wrapped_lines(block.text, LINE_CHARS - indent, LINE_CHARS)
            if pending:
                pages.place(pending + LINE_PT)
                pending, lines = 0.0, lines - 1
            pages.flow(lines)
        elif isinstance(block, FieldLine):
            pages.flow(_field_line_lines(block))
        elif isinstance(block, Table):
            heights = _row_heights(block)
            if block.keep_with_next:
                pending += sum(heights)
            else:
                for height in heights:
                    pages.place(height)
        elif isinstance(block, SignatureBlock):
            height = sum(
                (line.blank_lines_before + wrapped_lines(line.text, LINE_CHARS - 2)) * LINE_PT
                for line in block.lines
            )
            pages.place(pending + height)
            pending = 0.0
    if pending:
        pages.place(pending)


def _field_line_lines(block: FieldLine) -> int:
    text = block.heading.ljust(block.indent_chars, "\u3000")
    for index, field in enumerate(block.fields):
        value = f" {field.value} " if field.value else "\u3000" * 3
        text += ("\u3000" if index else "") + field.label + value
    return wrapped_lines(text, LINE_CHARS, LINE_CHARS - block.indent_chars)


def _row_heights(table: Table) -> list[float]:
    columns = max(len(row) for row in table.rows)
    weights = table.column_weights or (1,) * columns
    char_pt = CHAR_WIDTH_PT - CONDENSE_PT
    width_pt = TYPE_WIDTH_MM * _MM
    capacity = [
        max(1, int((width_pt * w / sum(weights) - _CELL_PADDING_PT) // char_pt)) for w in weights
    ]
    heights = []
    for index, row in enumerate(table.rows):
        lines = max(wrapped_lines(text, capacity[i]) for i, text in enumerate(row))
        if index < len(table.min_row_lines):
            lines = max(lines, table.min_row_lines[index])
        heights.append(lines * LINE_PT + _ROW_BORDER_PT)
    return heights
