"""Which installed font stands in for 仿宋_GB2312 and friends (no Qt)."""

from __future__ import annotations

from mediation_desk.printing.font_choice import choose_family, glyph_fallbacks

LINUX = ["Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Nimbus Roman [urw]"]


def test_the_named_font_wins_where_it_is_installed() -> None:
    assert choose_family("仿宋_GB2312", ["SimSun", "仿宋_GB2312", *LINUX]) == "仿宋_GB2312"


def test_named_fallbacks_come_next_in_their_order() -> None:
    assert choose_family("仿宋_GB2312", ["SimSun", "仿宋", *LINUX]) == "仿宋"
    assert choose_family("仿宋_GB2312", ["SimSun", *LINUX]) == "SimSun"
    assert choose_family("方正小标宋简体", ["宋体", *LINUX]) == "宋体"


def test_noto_cjk_is_never_chosen_because_its_pdf_text_has_kangxi_radicals() -> None:
    assert choose_family("仿宋_GB2312", LINUX) == "WenQuanYi Micro Hei"
    assert choose_family("仿宋_GB2312", ["Noto Serif CJK SC", "DejaVu Sans"]) is None


def test_latin_font_ignores_foundry_suffixes_and_never_falls_back_to_cjk() -> None:
    assert choose_family("Times New Roman", LINUX, cjk=False) == "Nimbus Roman"
    assert choose_family("Times New Roman", ["WenQuanYi Micro Hei"], cjk=False) is None


def test_glyph_fallbacks_skip_the_chosen_family() -> None:
    assert glyph_fallbacks("WenQuanYi Micro Hei", LINUX) == [
        "Noto Serif CJK SC",
        "Noto Sans CJK SC",
    ]
