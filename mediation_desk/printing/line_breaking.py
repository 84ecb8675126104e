"""Breaks Chinese text into lines as LibreOffice does for our .docx files (Qt-free).

Any two CJK characters may be parted except where a line would start with closing punctuation or
end with opening punctuation (禁则); runs of Latin letters, digits or Mongolian stay whole. A comma
or full stop that no longer fits hangs into the margin (LibreOffice's hanging punctuation), which
keeps lines at 28 characters instead of pulling the last character down.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

NO_LINE_START = frozenset(
    "!%),.:;?]}¢°'\"’”‰℃∶、。〃々〉》」』】〕〗〙〛〞︰﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞！％），．：；？］｝～…"
)
NO_LINE_END = frozenset("$([{£¥‘“〈《「『【〔〖〘〚〝﹙﹛﹝＄（［｛￡￥")
HANGING = frozenset("、。，．")
_EPSILON = 1e-6


@dataclass(frozen=True)
class Line:
    """Characters [start, end) of the text; `hanging` when the last one sits in the margin."""

    start: int
    end: int
    hanging: bool = False


def may_break_before(text: str, index: int) -> bool:
    """Whether a line may start at `index` (0 < index < len(text))."""
    before, after = text[index - 1], text[index]
    if after in NO_LINE_START or before in NO_LINE_END or after == " ":
        return False
    if before == " ":
        return True
    return not (_in_word(before) and _in_word(after))


def _in_word(char: str) -> bool:
    """Letters and digits of Latin, Mongolian … scripts: not wide (CJK) and not a space."""
    return not char.isspace() and unicodedata.east_asian_width(char) not in ("W", "F")


def break_lines(
    text: str, edges: Sequence[float], first_width: float, width: float
) -> tuple[Line, ...]:
    """Greedy lines; `edges[i]` is the x of the boundary before character i (len(text) + 1 long)."""
    lines: list[Line] = []
    start, count = 0, len(text)
    while start < count:
        room = (first_width if not lines else width) + edges[start] + _EPSILON
        overflow = start
        while overflow < count and edges[overflow + 1] <= room:
            overflow += 1
        if overflow == count:
            lines.append(Line(start, count))
            break
        line = _line_ending_at(text, start, overflow)
        lines.append(line)
        start = line.end
    return tuple(lines)


def _line_ending_at(text: str, start: int, overflow: int) -> Line:
    """The line from `start` when the character at `overflow` is the first that does not fit."""
    count = len(text)
    if text[overflow] == " ":  # spaces at the end of a line take no room
        end = overflow
        while end < count and text[end] == " ":
            end += 1
        return Line(start, end)
    after = overflow + 1
    if (
        overflow > start
        and text[overflow] in HANGING
        and (after == count or may_break_before(text, after))
    ):
        return Line(start, after, hanging=True)
    end = overflow
    while end > start and not may_break_before(text, end):
        end -= 1
    if end == start:  # one unbreakable run wider than the line: cut it where it overflows
        end = max(overflow, start + 1)
    return Line(start, end)
