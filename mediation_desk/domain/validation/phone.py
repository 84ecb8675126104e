"""Telephone numbers: Chinese mobiles and landlines with area code and optional extension."""

from __future__ import annotations

import re

from mediation_desk.domain.validation.issues import Issue, error, warning
from mediation_desk.domain.validation.text import to_halfwidth

# "转123", "ext 123", "ext.123", "x123", "分机123" at the end of the number.
_EXTENSION = re.compile(r"^(?P<main>.*?)\s*(?:转|分机|ext\.?|x)\s*(?P<ext>\d{1,6})$", re.IGNORECASE)
_ALLOWED = re.compile(r"\+?[\d\s\-()]*")
_INTERNATIONAL = re.compile(r"^(?:\+86|0086)")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_LOCAL = re.compile(r"[2-9]\d{6,7}")
_MAX_EXTENSION = 6


def check_phone(text: str) -> tuple[str, tuple[Issue, ...]]:
    """Returns the normalised number (13812345678, 0477-8581234, 0477-8581234-123) and issues.

    A bare local number is kept but warned about (`phone.no_area_code`); anything unreadable is
    returned stripped with `phone.format`. Issues carry field "" for the caller to re-base.
    """
    cleaned = to_halfwidth(text).strip().replace("（", "(").replace("）", ")")
    if not cleaned:
        return "", ()
    main, extension = cleaned, ""
    explicit = _EXTENSION.match(cleaned)
    if explicit is not None:
        main, extension = explicit.group("main"), explicit.group("ext")
    if not _ALLOWED.fullmatch(main):
        return cleaned, (error("", "phone.format"),)
    international = _INTERNATIONAL.match(main.replace(" ", "")) is not None
    groups = re.findall(r"\d+", main)
    digits = "".join(groups)
    if international:
        digits = digits.removeprefix("00").removeprefix("86")
    elif len(digits) == 13 and digits.startswith("861"):
        digits = digits[2:]  # "86 138…" written without the plus
    if _MOBILE.fullmatch(digits):
        return (digits, ()) if not extension else (cleaned, (error("", "phone.format"),))
    if international and not digits.startswith("0"):
        digits = "0" + digits  # +86 477 8581234: the area code drops its 0 abroad
    normalised = _landline(digits, groups, extension)
    if normalised is None:
        return cleaned, (error("", "phone.format"),)
    if not normalised.startswith("0"):
        return normalised, (warning("", "phone.no_area_code"),)
    return normalised, ()


def _landline(digits: str, groups: list[str], extension: str) -> str | None:
    """Formats area-local[-extension], or None when the digits do not make a landline."""
    area = ""
    if digits.startswith("0"):
        # Three-digit area codes are 010 and 02x; every other one has four digits.
        area_length = 3 if digits[1:2] in ("1", "2") else 4
        area, digits = digits[:area_length], digits[area_length:]
        if len(area) < area_length or area[1] == "0":
            return None
    local = digits
    last = groups[-1] if len(groups) > 1 else ""
    if not extension and not _LOCAL.fullmatch(local) and last and len(last) <= _MAX_EXTENSION:
        # A hyphenated trailing group is the extension: 0477-8581234-123.
        local, extension = digits[: -len(last)], last
    if not _LOCAL.fullmatch(local):
        return None
    number = f"{area}-{local}" if area else local
    return f"{number}-{extension}" if extension else number
