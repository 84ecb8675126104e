"""Writes a `Document` as a .docx file laid out after GB/T 9704 (see docx_layout)."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt

from mediation_desk.documents.docx_layout import (
    LINE_PITCH,
    TITLE_STYLE,
    add_page_numbers,
    new_document,
    set_up_page,
    set_up_styles,
)
from mediation_desk.documents.model import (
    Align,
    Block,
    Document,
    FieldLine,
    Heading,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
)
from mediation_desk.documents.page_geometry import CHAR_WIDTH_PT, TYPE_WIDTH_MM

_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTRE: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_BLANK_VALUE = "\u3000" * 3  # room to fill in by hand
_GAP = "\u3000"
_LANGUAGE_TAGS = {"zh_CN": "zh-CN"}


def write_docx(document: Document, target: Path | IO[bytes]) -> None:
    """Writes the document to a path or a binary stream."""
    out = new_document()
    set_up_page(out)
    set_up_styles(out)
    if document.page_numbers:
        add_page_numbers(out)
    out.core_properties.title = document.title
    out.core_properties.language = _LANGUAGE_TAGS.get(document.language, document.language)
    body = out.paragraphs[0] if out.paragraphs else None  # the template's empty first paragraph
    if body is not None:
        body._p.getparent().remove(body._p)
    if document.show_title:
        out.add_paragraph(document.title, style=TITLE_STYLE)
    if document.reference:
        out.add_paragraph(document.reference).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    blocks = document.blocks
    for index, block in enumerate(blocks):
        after_break = index > 0 and isinstance(blocks[index - 1], PageBreak)
        if isinstance(block, Paragraph):
            _paragraph(out, block)
        elif isinstance(block, Heading):
            heading = out.add_paragraph(block.text, style=TITLE_STYLE)
            # A heading starts its page itself: a break paragraph would leave a blank page
            # behind a page that is exactly full.
            heading.paragraph_format.page_break_before = after_break or None
        elif isinstance(block, FieldLine):
            _field_line(out, block)
        elif isinstance(block, Table):
            _table(out, block)
        elif isinstance(block, SignatureBlock):
            _signature_block(out, block)
        elif isinstance(block, PageBreak) and not isinstance(_next(blocks, index), Heading):
            out.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    out.save(str(target) if isinstance(target, Path) else target)


def _next(blocks: tuple[Block, ...], index: int) -> Block | None:
    return blocks[index + 1] if index + 1 < len(blocks) else None


def _paragraph(out: Any, block: Paragraph) -> None:
    paragraph = out.add_paragraph()
    paragraph.add_run(block.text).bold = block.bold or None
    paragraph.alignment = _ALIGN[block.align]
    if block.indent_first:
        paragraph.paragraph_format.first_line_indent = Pt(2 * CHAR_WIDTH_PT)


def _field_line(out: Any, block: FieldLine) -> None:
    """Heading, then label + underlined value pairs; wrapped lines hang under the first field."""
    paragraph = out.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    indent = Pt(block.indent_chars * CHAR_WIDTH_PT)
    paragraph.paragraph_format.left_indent = indent
    paragraph.paragraph_format.first_line_indent = -indent
    paragraph.add_run(block.heading.ljust(block.indent_chars, _GAP))
    for index, field in enumerate(block.fields):
        paragraph.add_run((_GAP if index else "") + field.label)
        value = paragraph.add_run(f" {field.value} " if field.value else _BLANK_VALUE)
        value.underline = True


def _table(out: Any, block: Table) -> None:
    columns = max(len(row) for row in block.rows)
    weights = block.column_weights or (1,) * columns
    widths = [Mm(TYPE_WIDTH_MM * weight / sum(weights)) for weight in weights]
    table = out.add_table(rows=len(block.rows), cols=columns)
    table.style = out.styles["Table Grid"]
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=False):
        column.width = width  # w:gridCol: LibreOffice sizes columns by the grid, Word by the cells
    for row_index, (row, cells) in enumerate(zip(block.rows, table.rows, strict=True)):
        cells.allow_break_across_pages = False
        if row_index < len(block.min_row_lines):
            cells.height = Pt(LINE_PITCH.pt * block.min_row_lines[row_index])
            cells.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for column, (text, cell) in enumerate(zip(row, cells.cells, strict=False)):
            cell.width = widths[column]
            cell.text = text
            is_label = block.label_column and column == 0
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            for paragraph in cell.paragraphs:
                paragraph.alignment = (
                    WD_ALIGN_PARAGRAPH.CENTER if is_label else WD_ALIGN_PARAGRAPH.LEFT
                )
                # LibreOffice and Word keep a table whose paragraphs keep with the next together
                paragraph.paragraph_format.keep_with_next = block.keep_with_next or None


def _signature_block(out: Any, block: SignatureBlock) -> None:
    """Every line keeps with the next, so the block moves to the next page as a whole."""
    for index, line in enumerate(block.lines):
        paragraph = out.add_paragraph(line.text)
        paragraph.alignment = _ALIGN[line.align]
        fmt = paragraph.paragraph_format
        fmt.keep_together = True
        fmt.keep_with_next = index < len(block.lines) - 1
        fmt.space_before = Pt(LINE_PITCH.pt * line.blank_lines_before)
        if line.align is Align.RIGHT:
            fmt.right_indent = Pt(2 * CHAR_WIDTH_PT)
