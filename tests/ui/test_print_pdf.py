"""PDFs of the Qt print path: A4, the right pages, and text that copies and searches correctly."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter
from pytestqt.qtbot import QtBot

from mediation_desk.documents.kinds import build_document
from mediation_desk.documents.sources import CaseDocumentSource
from mediation_desk.printing.page_setup import RESOLUTION_DPI, set_up_a4
from mediation_desk.printing.pdf import write_pdf
from mediation_desk.printing.renderer import DocumentRenderer

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
from test_documents_content import CASE_NO, known_source

KANGXI = [chr(c) for c in range(0x2F00, 0x2FE0)] + [chr(c) for c in range(0x2E80, 0x2F00)]
LONG_FACTS = (
    "申请人与被申请人因草场边界发生争议，被申请人的羊群多次越界放牧，啃食申请人承包草场的牧草。"
    "二〇二四年夏季以来，申请人多次与被申请人协商，被申请人均未采取措施，双方由此发生口角。"
) * 12

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def long_source() -> CaseDocumentSource:
    """The known case with facts that run over two pages."""
    source = known_source()
    draft = replace(source.case.draft, facts=LONG_FACTS)
    return replace(source, case=replace(source.case, draft=draft))


def pdf_text_and_pages(pdf: Path) -> tuple[str, int, str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return text, int(fields["Pages"]), fields["Page size"]


@needs_poppler
@pytest.mark.parametrize("kind", ["application", "acceptance"])
def test_pdf_text_has_title_case_number_and_names_without_kangxi_radicals(
    qtbot: QtBot, tmp_path: Path, kind: str
) -> None:
    pdf = tmp_path / f"{kind}.pdf"
    pages = write_pdf(build_document(kind, known_source()), pdf)
    text, pdf_pages, size = pdf_text_and_pages(pdf)
    compact = "".join(text.split())
    assert "(A4)" in size
    assert pdf_pages == pages
    for expected in (
        build_document(kind, known_source()).title,
        CASE_NO,
        "鄂尔多斯市某某牧业有限公司",
    ):
        assert expected in compact, expected
    assert "人民调解委员会" in compact and "二〇二五年三月二日" in compact
    assert not [c for c in KANGXI if c in text], "Kangxi radicals in the extracted text"


@needs_poppler
def test_long_facts_flow_over_three_pages_numbered_in_the_footer(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pdf = tmp_path / "long.pdf"
    assert write_pdf(build_document("application", long_source()), pdf) == 3
    text, pages, _ = pdf_text_and_pages(pdf)
    assert pages == 3
    compact = "".join(text.split())
    for number in (1, 2, 3):
        assert f"—{number}—" in compact
    assert "当事人申请事项" in compact


def test_renderer_pages_do_not_depend_on_the_resolution(qtbot: QtBot, tmp_path: Path) -> None:
    """The preview (screen resolution) and the print (printer resolution) give the same pages."""
    counts = set()
    for dpi in (96, 300, RESOLUTION_DPI):
        writer = QPdfWriter(str(tmp_path / f"{dpi}.pdf"))
        writer.setResolution(dpi)
        set_up_a4(writer)
        counts.add(
            DocumentRenderer(build_document("application", long_source()), writer).page_count
        )
    assert counts == {3}
