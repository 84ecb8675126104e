"""The .docx files: A4 with GB/T 9704 margins, East Asian fonts named, signatures kept together."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from documents_sources import source_for
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from test_documents_content import known_source

from mediation_desk.documents.docx_writer import write_docx
from mediation_desk.documents.kinds import BUILDERS, build_document
from mediation_desk.documents.pagination import estimate_pages, text_width, wrapped_lines


@pytest.fixture(params=sorted(BUILDERS))
def written(request: pytest.FixtureRequest, tmp_path: Path) -> docx.document.Document:
    path = tmp_path / f"{request.param}.docx"
    write_docx(build_document(request.param, source_for(request.param)), path)
    return docx.Document(str(path))


def _mm(length: int | None) -> float:
    assert length is not None
    return round(length / Mm(1), 1)


def test_page_is_a4_with_official_margins(written: docx.document.Document) -> None:
    section = written.sections[0]
    assert (_mm(section.page_width), _mm(section.page_height)) == (210, 297)
    margins = (section.top_margin, section.left_margin, section.right_margin, section.bottom_margin)
    assert tuple(_mm(m) for m in margins) == (37, 28, 26, 35)


def test_body_and_title_fonts_are_named_for_east_asian_text(
    written: docx.document.Document,
) -> None:
    normal = written.styles["Normal"]
    r_pr = normal.element.rPr
    assert r_pr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert r_pr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    assert normal.font.size == Pt(16)
    assert round(normal.paragraph_format.line_spacing.pt, 2) == 28.95
    title = next(p for p in written.paragraphs if p.style.name == "Document Title")
    assert title.style.font.size == Pt(22) and title.style.font.bold
    fonts = title.style.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "方正小标宋简体"


def test_font_table_names_the_fallbacks(written: docx.document.Document) -> None:
    part = next(p for p in written.part.package.parts if p.partname.endswith("fontTable.xml"))
    table = part.blob.decode()
    assert '"方正小标宋简体"><w:altName w:val="宋体"/>' in table
    assert '"仿宋_GB2312"><w:altName w:val="仿宋"/>' in table


def test_page_numbers_in_the_footer(written: docx.document.Document) -> None:
    if written.core_properties.title == "调解卷宗":  # cover, index and back cover: unnumbered
        assert "PAGE" not in written.sections[0].footer.paragraphs[0]._p.xml
        return
    footer = written.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("— ") and footer.text.endswith(" —")
    assert 'instrText xml:space="preserve"> PAGE ' in footer._p.xml
    assert footer.runs[0].font.size == Pt(14)
    assert written.settings.odd_and_even_pages_header_footer


@pytest.mark.parametrize("kind", ["application", "acceptance"])
def test_signature_lines_keep_together_with_the_date(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.docx"
    write_docx(build_document(kind, known_source()), path)
    paragraphs = docx.Document(str(path)).paragraphs
    date_index = max(i for i, p in enumerate(paragraphs) if p.text == "二〇二五年三月二日")
    signature = next(i for i, p in enumerate(paragraphs) if "（签名" in p.text)
    for paragraph in paragraphs[signature:date_index]:
        assert paragraph.paragraph_format.keep_with_next, paragraph.text
    assert paragraphs[date_index].paragraph_format.keep_together


def test_names_survive_the_file(written: docx.document.Document) -> None:
    text = "\n".join(p.text for p in written.paragraphs)
    text += "\n".join(c.text for t in written.tables for r in t.rows for c in r.cells)
    assert "ᠪᠠᠲᠤ" in text and "王𠈌" in text


def test_every_signature_seal_and_date_line_keeps_with_the_next(
    written: docx.document.Document,
) -> None:
    paragraphs = written.paragraphs
    for index, paragraph in enumerate(paragraphs):
        if "（签名" in paragraph.text or "（印章）" in paragraph.text:
            assert paragraph.paragraph_format.keep_together, paragraph.text
            if "（印章）" in paragraph.text:  # the date follows the seal
                assert paragraph.paragraph_format.keep_with_next
                assert paragraphs[index + 1].text.startswith("二〇二五年")


def test_the_page_estimate_counts_wrapped_lines_and_page_breaks() -> None:
    assert text_width("王𠈌ab") == 3 and text_width("\u3000") == 1
    assert wrapped_lines("字" * 28, 28) == 1 and wrapped_lines("字" * 29, 28) == 2
    assert wrapped_lines("甲\n乙", 28) == 2
    assert estimate_pages(build_document("acceptance", known_source())) == 1
    assert estimate_pages(build_document("application", known_source())) == 2  # three parties
    two_parties = estimate_pages(build_document("rights-notice", known_source()))
    assert two_parties == 3 * 2  # three parties, two pages each
