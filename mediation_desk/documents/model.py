"""A small document model: what a document says, in which language, block by block.

Builders in this package turn domain read-models into a `Document`; writers (docx now, the Qt print
path later) lay it out. The model holds no fonts or sizes: those belong to the writers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Align(StrEnum):
    LEFT = "left"
    CENTRE = "centre"
    RIGHT = "right"
    JUSTIFY = "justify"


@dataclass(frozen=True)
class Paragraph:
    """Running text; `indent_first` indents the first line by two characters."""

    text: str
    align: Align = Align.JUSTIFY
    indent_first: bool = True
    bold: bool = False


@dataclass(frozen=True)
class Heading:
    """A line set like the title (centred, 2号 小标宋): a cover's lines, a part's heading."""

    text: str


@dataclass(frozen=True)
class Field:
    """One label and its value; an empty value leaves a blank to be filled in by hand."""

    label: str
    value: str


@dataclass(frozen=True)
class FieldLine:
    """Labelled fields on one line, after an optional heading (e.g. 申请人)."""

    fields: tuple[Field, ...]
    heading: str = ""
    indent_chars: int = 0  # continuation lines line up under the first field


@dataclass(frozen=True)
class Table:
    """A bordered table of text cells; the first column holds labels when `label_column` is set."""

    rows: tuple[tuple[str, ...], ...]
    column_weights: tuple[int, ...] = ()
    label_column: bool = True
    min_row_lines: tuple[int, ...] = ()  # per row: the least height in body lines
    keep_with_next: bool = False  # rows stay together and on the page of the block that follows


@dataclass(frozen=True)
class SignatureLine:
    """A line of a signature block; `blank_lines_before` leaves room to sign or stamp."""

    text: str
    align: Align = Align.LEFT
    blank_lines_before: int = 0


@dataclass(frozen=True)
class SignatureBlock:
    """Signature, seal and date lines that must stay together on one page."""

    lines: tuple[SignatureLine, ...]


@dataclass(frozen=True)
class PageBreak:
    """Starts a new page."""


Block = Paragraph | Heading | FieldLine | Table | SignatureBlock | PageBreak


@dataclass(frozen=True)
class Document:
    """One official document in one language, ready for a writer."""

    kind: str
    language: str
    title: str
    blocks: tuple[Block, ...]
    reference: str = ""  # the case number, printed under the title
    show_title: bool = True  # False: the blocks set their own headings (the case-file cover)
    page_numbers: bool = True


def plain_text(document: Document) -> str:
    """The document's text without layout: for tests, search and a quick look in a terminal."""
    lines = [document.title if document.show_title else "", document.reference]
    for block in document.blocks:
        if isinstance(block, Paragraph | Heading):
            lines.append(block.text)
        elif isinstance(block, FieldLine):
            fields = " ".join(f"{field.label} {field.value}" for field in block.fields)
            lines.append(f"{block.heading} {fields}".strip())
        elif isinstance(block, Table):
            lines.extend(" | ".join(row) for row in block.rows)
        elif isinstance(block, SignatureBlock):
            lines.extend(line.text for line in block.lines)
    return "\n".join(line for line in lines if line)
