"""Masking of ID numbers and phone numbers for lists, search results and exports (PIPL art 51).

150626198501011230 → 150626********1230, 13912341234 → 139****1234, 0477-8581234 → 0477-***1234.
"""

from __future__ import annotations

MASK = "*"


def _mask_middle(text: str, keep_start: int, keep_end: int) -> str:
    if len(text) <= keep_start + keep_end:
        keep_start = 0
        keep_end = min(keep_end, len(text) // 2)  # too short to be real: hide at least half
    hidden = len(text) - keep_start - keep_end
    return text[:keep_start] + MASK * hidden + text[len(text) - keep_end :]


def mask_id_number(value: str) -> str:
    """Keeps the region code (first six) and the last four characters."""
    value = value.strip()
    if not value:
        return ""
    return _mask_middle(value, 6, 4)


def mask_phone(value: str) -> str:
    """A mobile keeps its first three and last four digits; a landline keeps its area code,
    extension and the last four digits of the number."""
    value = value.strip()
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) == 1:
        return _mask_middle(value, 3, 4)
    area, number, *extension = parts
    return "-".join([area, _mask_middle(number, 0, 4), *extension])
