"""Shared rules for free text: cleaning, required, length, control characters and newlines."""

from __future__ import annotations

import re

from mediation_desk.domain.validation.issues import Issue, error

NAME_MAX = 100
SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 20000

_FULLWIDTH_OFFSET = 0xFEE0  # U+FF01..U+FF5E mirror ASCII U+0021..U+007E


def clean_text(text: str) -> str:
    """Strips surrounding whitespace (incl. U+3000) and keeps everything inside untouched.

    Python's `str.strip` does not treat the Mongolian free variation selectors, the vowel
    separator U+180E or ZWJ/ZWNJ as whitespace, so Mongolian words keep their shaping controls.
    """
    return text.strip()


_HALFWIDTH = {code: code - _FULLWIDTH_OFFSET for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Category Cc is exactly C0, DEL and C1; format characters (Cf) such as ZWJ are not controls.
# Lone surrogates (Cs: half of a broken character, from a JSON escape or a command-line argument
# that was not UTF-8) cannot be stored at all and are refused with them.
_CONTROL_MULTILINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")  # \t, \n allowed
_CONTROL_SINGLE_LINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")  # \n apart


def to_halfwidth(text: str) -> str:
    """Converts full-width ASCII forms (Ｘ, １２３) and the ideographic space to plain ASCII."""
    return text.translate(_HALFWIDTH)


def check_text(
    field: str, text: str, *, required: bool, max_length: int, multiline: bool = False
) -> tuple[Issue, ...]:
    """Checks one text field after cleaning; single-line fields (names) also reject newlines."""
    cleaned = clean_text(text)
    if not cleaned:
        return (error(field, "text.required"),) if required else ()
    issues: list[Issue] = []
    if len(cleaned) > max_length:
        issues.append(error(field, "text.too_long", max=max_length, length=len(cleaned)))
    if not multiline and "\n" in cleaned:
        issues.append(error(field, "text.newline"))
    controls = _CONTROL_MULTILINE if multiline else _CONTROL_SINGLE_LINE
    if controls.search(cleaned):
        issues.append(error(field, "text.control_chars"))
    return tuple(issues)
