"""The fonts of a printed document: the families a document names, or what stands in for them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase

from mediation_desk.documents import page_geometry as geometry
from mediation_desk.printing.font_choice import choose_family, glyph_fallbacks


@dataclass(frozen=True)
class DocumentFonts:
    """Body, title and page-number fonts; `latin` (or None) sets Latin letters and digits;
    `wide_symbols` sets symbols such as □ and “ full-width, as the .docx's East Asian font does."""

    body: QFont
    title: QFont
    page_number: QFont
    latin: str | None
    wide_symbols: tuple[str, ...] = ()


def document_fonts() -> DocumentFonts:
    """Chooses among the installed families; sizes in points, body and title condensed alike."""
    families = QFontDatabase.families()
    fallback = choose_family(geometry.BODY_FONT, families) or QFont().defaultFamily()

    def font(named: str, size_pt: float) -> QFont:
        return _font(choose_family(named, families) or fallback, size_pt, families)

    title = font(geometry.TITLE_FONT, geometry.TITLE_SIZE_PT)
    title.setBold(True)
    return DocumentFonts(
        body=font(geometry.BODY_FONT, geometry.BODY_SIZE_PT),
        title=title,
        page_number=font(geometry.PAGE_NUMBER_FONT, geometry.PAGE_NUMBER_SIZE_PT),
        latin=choose_family(geometry.LATIN_FONT, families, cjk=False),
        wide_symbols=tuple(glyph_fallbacks("", families)),
    )


def _font(family: str, size_pt: float, installed: list[str]) -> QFont:
    font = QFont()
    font.setFamilies([family, *glyph_fallbacks(family, installed)])
    font.setPointSizeF(size_pt)
    # Outline metrics, not hinted screen metrics: the PDF and the printer get the same widths.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    return font
