"""Lays a `Document` out for one paint device and paints its pages (PDF, printer, preview)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPagedPaintDevice, QPaintDevice, QPainter

from mediation_desk.documents import page_geometry as geometry
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
from mediation_desk.printing.fonts import DocumentFonts, document_fonts
from mediation_desk.printing.page_number import draw_page_number
from mediation_desk.printing.pagination import Flow, Placement, Slice, paginate
from mediation_desk.printing.table_block import TableBlock
from mediation_desk.printing.text_blocks import (
    PITCH,
    field_line_block,
    paragraph_block,
    reference_block,
    signature_block,
    title_block,
)
from mediation_desk.printing.typesetting import Typesetting

PAGE_HEIGHT_PT = geometry.LINES_PER_PAGE * PITCH  # the type area: 22 grid lines


class LaidBlock(Protocol):
    """A block measured for the device: its slices, and how to draw one of them."""

    @property
    def flow(self) -> Flow: ...

    def draw(self, painter: QPainter, number: int, top_left: QPointF) -> None: ...


class DocumentRenderer:
    """The document's pages for `device`; paint them with `paint_page` or `print_pages`."""

    def __init__(
        self, document: Document, device: QPaintDevice, fonts: DocumentFonts | None = None
    ) -> None:
        self._typesetting = Typesetting(device, fonts or document_fonts())
        self._page_numbers = document.page_numbers
        self._blocks = self._lay_out(document)
        self._placements, self.page_count = paginate(
            tuple(block.flow for block in self._blocks), PAGE_HEIGHT_PT
        )

    def print_pages(self, device: QPagedPaintDevice) -> None:
        """Paints every page on a PDF writer or printer set up by `printing.page_setup`."""
        painter = QPainter(device)
        try:
            for page in range(self.page_count):
                if page:
                    device.newPage()
                self.paint_page(painter, page)
        finally:
            painter.end()

    def paint_page(self, painter: QPainter, page: int) -> None:
        """Page `page` (from 0) with the painter's origin at the paper's top-left corner."""
        typesetting = self._typesetting
        left = typesetting.mm(geometry.MARGIN_LEFT_MM)
        top = typesetting.mm(geometry.MARGIN_TOP_MM)
        for placement in self._on_page(page):
            origin = QPointF(left, top + typesetting.px(placement.y))
            self._blocks[placement.flow].draw(painter, placement.slice, origin)
        if self._page_numbers:
            draw_page_number(painter, page + 1, typesetting)

    def _on_page(self, page: int) -> list[Placement]:
        return [placement for placement in self._placements if placement.page == page]

    def _lay_out(self, document: Document) -> list[LaidBlock]:
        typesetting = self._typesetting
        blocks: list[LaidBlock] = []
        if document.show_title:  # the case-file cover sets its own headings
            blocks.append(title_block(document.title, typesetting))
        if document.reference:
            blocks.append(reference_block(document.reference, typesetting))
        blocks.extend(self._lay_out_block(block) for block in document.blocks)
        return blocks

    def _lay_out_block(self, block: Block) -> LaidBlock:
        typesetting = self._typesetting
        if isinstance(block, Paragraph):
            return paragraph_block(block, typesetting)
        if isinstance(block, Heading):  # set in the title style, as the .docx does
            return title_block(block.text, typesetting)
        if isinstance(block, FieldLine):
            return field_line_block(block, typesetting)
        if isinstance(block, Table):
            return TableBlock(block, typesetting)
        if isinstance(block, SignatureBlock):
            return signature_block(block, typesetting)
        if isinstance(block, PageBreak):
            return _PageBreak()
        raise TypeError(f"unknown block {type(block).__name__}")


class _PageBreak:
    """The .docx writes a page break as an empty paragraph: one empty line on the next page."""

    flow = Flow((Slice(PITCH),), new_page=True)

    def draw(self, painter: QPainter, number: int, top_left: QPointF) -> None:
        """Nothing to draw."""
