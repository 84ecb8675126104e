"""GB/T 9704 page geometry and font names, shared by the .docx writer and the Qt print path.

Plain numbers (millimetres and points) so that neither python-docx nor Qt is needed to read them.
"""

from __future__ import annotations

PAGE_WIDTH_MM = 210.0  # A4
PAGE_HEIGHT_MM = 297.0
MARGIN_TOP_MM = 37.0  # 天头
MARGIN_BOTTOM_MM = 35.0
MARGIN_LEFT_MM = 28.0  # 订口
MARGIN_RIGHT_MM = 26.0
TYPE_WIDTH_MM = 156.0
PAGE_NUMBER_GAP_MM = 7.0  # from the bottom of the type area to the page number

LINES_PER_PAGE = 22
LINE_PITCH_PT = 28.95  # 225 mm type area / 22 lines
TITLE_LINE_PT = 36.0  # one title line; on the line grid it takes two body lines
BODY_SIZE_PT = 16.0  # 3号
TITLE_SIZE_PT = 22.0  # 2号
PAGE_NUMBER_SIZE_PT = 14.0  # 4号
CHAR_WIDTH_PT = 16.0  # one body character: indents are counted in these
CONDENSE_PT = 0.25  # 156 mm holds 27.6 glyphs of 16 pt; 0.25 pt less spacing gives 28 a line

BODY_FONT = "仿宋_GB2312"
TITLE_FONT = "方正小标宋简体"
PAGE_NUMBER_FONT = "宋体"
LATIN_FONT = "Times New Roman"

MM_PER_PT = 25.4 / 72


def mm_to_pt(mm: float) -> float:
    """Millimetres to typographic points."""
    return mm / MM_PER_PT
