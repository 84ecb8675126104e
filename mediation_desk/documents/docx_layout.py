"""GB/T 9704 page, fonts and page numbers for python-docx documents.

python-docx only sets Latin font names; East Asian fonts and the language need raw XML
(TECH-NOTES, python-docx).
"""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from lxml import etree  # type: ignore[import-untyped]  # python-docx depends on lxml

from mediation_desk.documents import page_geometry as geometry
from mediation_desk.documents.page_geometry import (
    BODY_FONT,
    CONDENSE_PT,
    LATIN_FONT,
    PAGE_NUMBER_FONT,
    TITLE_FONT,
)

# Named in the font table so Word and WPS substitute sensibly where the first font is missing.
FALLBACKS = {BODY_FONT: "仿宋", TITLE_FONT: "宋体", PAGE_NUMBER_FONT: "SimSun"}

BODY_SIZE = Pt(geometry.BODY_SIZE_PT)  # 3号
TITLE_SIZE = Pt(geometry.TITLE_SIZE_PT)  # 2号
PAGE_NUMBER_SIZE = Pt(geometry.PAGE_NUMBER_SIZE_PT)  # 4号
LINE_PITCH = Pt(geometry.LINE_PITCH_PT)  # 225 mm type area / 22 lines
TITLE_STYLE = "Document Title"


# python-docx's default template carries ~790 kB of styles (every Word style, latent styles and a
# Word 2010 copy of them all) and a thumbnail; parsing and writing them took ~60 ms a document.
_KEPT_STYLES = frozenset(
    {
        "Normal",
        "Default Paragraph Font",
        "Normal Table",
        "No List",
        "Table Grid",
        "Header",
        "Footer",
    }
)
_DROPPED_PARTS = ("/stylesWithEffects", "/thumbnail")
_slim_template: bytes | None = None


def new_document() -> Any:
    """An empty python-docx document from a slimmed copy of the default template (built once):
    only the styles the writer uses, no latent styles, no stylesWithEffects, no thumbnail."""
    global _slim_template
    if _slim_template is None:
        _slim_template = _slim_default_template()
    return docx.Document(io.BytesIO(_slim_template))


def _slim_default_template() -> bytes:
    template = docx.Document()
    for rels in (template.part.rels, template.part.package.rels):
        for rel_id, rel in list(rels.items()):
            if rel.reltype.endswith(_DROPPED_PARTS):
                del rels[rel_id]
    styles = template.styles.element
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)
    for style in styles.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is None or name.get(qn("w:val")) not in _KEPT_STYLES:
            styles.remove(style)
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


def set_fonts(r_pr: Any, east_asian: str, latin: str = LATIN_FONT) -> None:
    """Sets Latin and East Asian fonts and the zh-CN East Asian language on a w:rPr."""
    fonts = r_pr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi"):
        fonts.set(qn(attribute), latin)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hint"), "eastAsia")
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        # python-docx inserts later properties (b, sz …) before an existing w:lang, in schema order
        lang = etree.SubElement(r_pr, qn("w:lang"))
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")


def set_up_page(document: Any) -> None:
    """A4 portrait with the GB/T 9704 margins and 22 lines to the page."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(geometry.PAGE_WIDTH_MM)
    section.page_height = Mm(geometry.PAGE_HEIGHT_MM)
    section.top_margin = Mm(geometry.MARGIN_TOP_MM)
    section.bottom_margin = Mm(geometry.MARGIN_BOTTOM_MM)
    section.left_margin = Mm(geometry.MARGIN_LEFT_MM)
    section.right_margin = Mm(geometry.MARGIN_RIGHT_MM)
    section.header_distance = Mm(15)
    section.footer_distance = Mm(22)  # the page number sits ~7 mm below the type area
    sect_pr = section._sectPr
    for grid in sect_pr.findall(qn("w:docGrid")):
        sect_pr.remove(grid)
    # A line grid only: LibreOffice lays out a character grid (linesAndChars) two cells a glyph.
    sect_pr.append(
        parse_xml(
            f'<w:docGrid {nsdecls("w")} w:type="lines" w:linePitch="{round(LINE_PITCH.pt * 20)}"/>'
        )
    )


def set_up_styles(document: Any) -> None:
    """Normal is 16 pt 仿宋_GB2312 on exact 28.95 pt lines; a title style for 22 pt 小标宋."""
    normal = document.styles["Normal"]
    normal.font.size = BODY_SIZE
    # 156 mm holds 27.6 glyphs of 16 pt; 0.25 pt less spacing gives the 28 a line GB/T 9704 asks.
    spacing = parse_xml(f'<w:spacing {nsdecls("w")} w:val="{round(-CONDENSE_PT * 20)}"/>')
    normal.element.get_or_add_rPr().find(qn("w:sz")).addprevious(spacing)  # schema order
    set_fonts(normal.element.get_or_add_rPr(), BODY_FONT)
    _exact_lines(normal.paragraph_format)
    normal.paragraph_format.widow_control = True
    title = document.styles.add_style(TITLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    title.base_style = normal
    title.font.size = TITLE_SIZE
    title.font.bold = True
    set_fonts(title.element.get_or_add_rPr(), TITLE_FONT, latin=TITLE_FONT)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    title.paragraph_format.line_spacing = Pt(geometry.TITLE_LINE_PT)
    title.paragraph_format.space_after = LINE_PITCH
    title.paragraph_format.keep_with_next = True
    _name_fallbacks(document)


def _exact_lines(paragraph_format: Any) -> None:
    paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph_format.line_spacing = LINE_PITCH
    paragraph_format.space_before = Pt(0)
    paragraph_format.space_after = Pt(0)


def _name_fallbacks(document: Any) -> None:
    """Adds the Chinese fonts with their alternative names (w:altName) to the font table."""
    part = next(p for p in document.part.package.parts if p.partname.endswith("fontTable.xml"))
    root = etree.fromstring(part.blob)
    for name, alternative in FALLBACKS.items():
        root.append(
            parse_xml(
                f'<w:font {nsdecls("w")} w:name="{name}"><w:altName w:val="{alternative}"/>'
                '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/>'
                "</w:font>"
            )
        )
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_page_numbers(document: Any) -> None:
    """ "— 1 —" in 4号 宋体: odd pages at the right, even pages at the left, one character in."""
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    _page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)


def _page_number(paragraph: Any, alignment: Any) -> None:
    paragraph.alignment = alignment
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    indent = Pt(PAGE_NUMBER_SIZE.pt)
    if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
        paragraph.paragraph_format.right_indent = indent
    else:
        paragraph.paragraph_format.left_indent = indent
    for kind, text in (
        ("text", "— "),
        ("begin", ""),
        ("instr", " PAGE "),
        ("separate", ""),
        ("text", "1"),
        ("end", ""),
        ("text", " —"),
    ):
        run = paragraph.add_run()
        run.font.size = PAGE_NUMBER_SIZE
        set_fonts(run._r.get_or_add_rPr(), PAGE_NUMBER_FONT, latin=PAGE_NUMBER_FONT)
        if kind == "text":
            run.text = text
        elif kind == "instr":
            run._r.append(
                parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve">{text}</w:instrText>')
            )
        else:
            run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))
