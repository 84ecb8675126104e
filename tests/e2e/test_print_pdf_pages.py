"""The Qt print path gives LibreOffice's pages for our .docx files; the CLI writes its PDFs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mediation_desk.documents.docx_writer import write_docx
from mediation_desk.documents.kinds import build_document
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.printing.pdf import write_pdf
from tests.e2e.test_documents_libreoffice import KANGXI, _convert, _pages
from tests.services.case_files import committee_with_every_case
from tests.ui.test_print_pdf import known_source, long_source, pdf_text_and_pages

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


@needs_poppler
def test_cli_writes_a_pdf_offscreen_without_a_display(tmp_path: Path) -> None:
    url, numbers = committee_with_every_case(tmp_path)
    case_no = numbers["concluded_case"]
    out = tmp_path / "application.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "mediation_desk", "--db", url, "document", "application",
         case_no, "--out", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text, pages, size = pdf_text_and_pages(out)
    compact = "".join(text.split())
    assert "人民调解申请书" in compact and case_no in compact and "(A4)" in size
    assert pages == 1
    assert not [c for c in KANGXI if c in text]


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
@pytest.mark.parametrize(
    ("kind", "source", "pages"),
    [
        ("application", known_source, 2),
        ("acceptance", known_source, 1),
        ("application", long_source, 3),
        ("acceptance", long_source, 4),
    ],
    ids=["application", "acceptance", "long-application", "long-acceptance"],
)
def test_same_number_of_pages_as_libreoffice_gives_the_docx(
    qtbot: QtBot, tmp_path: Path, kind: str, source: type[CaseDocumentSource], pages: int
) -> None:
    document = build_document(kind, source())
    docx_file = tmp_path / f"{kind}.docx"
    write_docx(document, docx_file)
    _convert([docx_file], tmp_path)
    libreoffice_pages = len(_pages(tmp_path / f"{kind}.pdf"))
    qt_pages = write_pdf(document, tmp_path / f"{kind}-qt.pdf")
    assert (qt_pages, libreoffice_pages) == (pages, pages)
