"""Lines of the Qt print path break where LibreOffice breaks our .docx (no Qt needed)."""

from __future__ import annotations

from mediation_desk.printing.line_breaking import break_lines, may_break_before


def _edges(text: str, wide: float = 1.0, narrow: float = 0.5) -> list[float]:
    """x of each boundary: CJK one unit, ASCII half a unit."""
    edges = [0.0]
    for char in text:
        edges.append(edges[-1] + (narrow if char.isascii() else wide))
    return edges


def _lines(text: str, first: float, width: float) -> list[str]:
    return [text[line.start : line.end] for line in break_lines(text, _edges(text), first, width)]


def test_full_lines_hold_as_many_characters_as_fit() -> None:
    assert _lines("一二三四五六七八九十", 4, 4) == ["一二三四", "五六七八", "九十"]


def test_first_line_indent_leaves_less_room() -> None:
    assert _lines("一二三四五六七八", 2, 4) == ["一二", "三四五六", "七八"]


def test_comma_that_does_not_fit_hangs_in_the_margin() -> None:
    lines = break_lines("一二三四，五六", _edges("一二三四，五六"), 4, 4)
    assert [(line.start, line.end, line.hanging) for line in lines] == [(0, 5, True), (5, 7, False)]


def test_closing_bracket_never_starts_a_line() -> None:
    assert _lines("一二三（四）五", 5, 5) == ["一二三", "（四）五"]
    assert _lines("一二三四）五", 4, 4) == ["一二三", "四）五"]


def test_opening_bracket_never_ends_a_line() -> None:
    assert not may_break_before("一（二", 2)
    assert _lines("一二三（四五", 4, 4) == ["一二三", "（四五"]


def test_numbers_and_latin_words_stay_whole() -> None:
    assert _lines("电话13904771234号", 6, 9) == ["电话", "13904771234号"]
    assert not may_break_before("ab", 1) and may_break_before("第1", 1)


def test_spaces_at_the_end_of_a_line_take_no_room() -> None:
    assert _lines("ab cd ef", 2, 2) == ["ab ", "cd ", "ef"]


def test_mongolian_names_are_not_cut() -> None:
    assert _lines("姓名ᠪᠠᠲᠤ性别", 3, 5) == ["姓名", "ᠪᠠᠲᠤ性", "别"]
