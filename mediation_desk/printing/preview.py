"""Print preview, printing and "Save as PDF…" of a document, for the GUI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget

from mediation_desk.documents.model import Document
from mediation_desk.printing.page_setup import set_up_a4
from mediation_desk.printing.pdf import write_pdf
from mediation_desk.printing.renderer import DocumentRenderer


def a4_printer(printer: QPrinter | None = None) -> QPrinter:
    """A (new high-resolution) printer on A4 with the whole sheet as its paint area."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    set_up_a4(printer)
    printer.setFullPage(True)  # the renderer sets the GB/T 9704 margins itself
    return printer


def preview_and_print(document: Document, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Opens (with `open()`) a print preview of the document; its Print button prints it."""
    dialog = QPrintPreviewDialog(parent)  # owns its printer: a Python-owned one would be freed
    a4_printer(dialog.printer())
    dialog.resize(960, 1000)  # a page at a readable size; the window manager shrinks it to fit
    dialog.setWindowTitle(
        QCoreApplication.translate("PrintPreview", "Print preview: {title}").format(
            title=document.title
        )
    )

    def paint(target: QPrinter) -> None:
        # Laid out again for the device it paints: the printer chosen in the dialog may differ.
        DocumentRenderer(document, target).print_pages(target)

    dialog.paintRequested.connect(paint)
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:
        save = toolbar.addAction(QCoreApplication.translate("PrintPreview", "Save as PDF…"))
        save.setObjectName("savePdfAction")
        save.triggered.connect(lambda: save_pdf_as(document, dialog))
    dialog.open()
    return dialog


def save_pdf_as(document: Document, parent: QWidget | None = None) -> Path | None:
    """Asks where to save (QFileDialog) and writes the PDF there; None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrintPreview", "Save as PDF"),
        f"{document.title}.pdf",
        QCoreApplication.translate("PrintPreview", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    write_pdf(document, path)
    return path
