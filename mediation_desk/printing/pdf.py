"""`write_pdf`: a document as an A4 PDF with extractable text, through the Qt print path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPdfWriter

from mediation_desk.documents.model import Document
from mediation_desk.printing.page_setup import RESOLUTION_DPI, set_up_a4
from mediation_desk.printing.renderer import DocumentRenderer


def write_pdf(document: Document, path: Path) -> int:
    """Writes the PDF (a QGuiApplication must exist) and returns its number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    set_up_a4(writer)
    writer.setTitle(document.title)
    writer.setCreator("Mediation Desk")
    renderer = DocumentRenderer(document, writer)
    renderer.print_pages(writer)
    return renderer.page_count
