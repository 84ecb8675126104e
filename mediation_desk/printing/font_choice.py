"""Which installed font family stands in for a font that a document names (Qt-free)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mediation_desk.documents.page_geometry import (
    BODY_FONT,
    LATIN_FONT,
    PAGE_NUMBER_FONT,
    TITLE_FONT,
)

# What Chinese offices substitute for each named font, in order.
NAMED_FALLBACKS: dict[str, tuple[str, ...]] = {
    BODY_FONT: ("仿宋", "FangSong", "宋体", "SimSun"),
    TITLE_FONT: ("方正小标宋_GBK", "宋体", "SimSun"),
    PAGE_NUMBER_FONT: ("SimSun",),
    LATIN_FONT: ("Liberation Serif", "Nimbus Roman", "TeX Gyre Termes"),
}
# CJK fonts whose text Qt's PDF writer maps back to the right code points. Noto CJK is missing on
# purpose: its shared glyphs come out as Kangxi radicals (人 → ⼈) in copied or searched text.
# tests/ui/test_print_fonts.py checks every family listed here that is installed.
CLEAN_CJK_FAMILIES = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback")

# Where the chosen CJK font lacks a glyph (WenQuanYi has no □), these give a full-width one, as
# LibreOffice does with the aliases in resources/fonts. Only single glyphs come from them.
GLYPH_FALLBACKS = ("宋体", "SimSun", "Noto Serif CJK SC", "Noto Sans CJK SC")

_FOUNDRY = re.compile(r"\s*\[[^\]]*\]$")  # Qt lists "Nimbus Roman [urw]" beside "Nimbus Roman"


def choose_family(named: str, available: Iterable[str], *, cjk: bool = True) -> str | None:
    """The named family if installed, else its fallbacks, else (for CJK) a clean CJK family.

    None when nothing fits: the caller then lets the CJK body font carry Latin text too.
    """
    installed = _installed(available)
    candidates = (named, *NAMED_FALLBACKS.get(named, ()))
    if cjk:
        candidates += CLEAN_CJK_FAMILIES
    return next((family for family in candidates if family in installed), None)


def glyph_fallbacks(chosen: str, available: Iterable[str]) -> list[str]:
    """The installed `GLYPH_FALLBACKS` other than `chosen`, in order."""
    installed = _installed(available)
    return [family for family in GLYPH_FALLBACKS if family in installed and family != chosen]


def _installed(available: Iterable[str]) -> set[str]:
    return {_FOUNDRY.sub("", family) for family in available}
