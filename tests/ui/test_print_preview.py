"""The print preview shows the pages the renderer lays out, on A4."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from mediation_desk.documents.kinds import build_document
from mediation_desk.printing.preview import a4_printer, preview_and_print
from mediation_desk.printing.renderer import DocumentRenderer

sys.path.insert(0, str(Path(__file__).parent))
from test_print_pdf import long_source


def test_preview_shows_as_many_pages_as_the_renderer_lays_out(qtbot: QtBot) -> None:
    document = build_document("application", long_source())
    dialog = preview_and_print(document)
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    expected = DocumentRenderer(document, a4_printer()).page_count
    assert expected == 3
    assert preview.pageCount() == expected
    assert document.title in dialog.windowTitle()
    dialog.close()


def test_printer_is_a4_with_the_whole_sheet_to_paint(qtbot: QtBot) -> None:
    printer = a4_printer()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert printer.fullPage()
