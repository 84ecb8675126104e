"""Case numbers built from the committee's pattern, e.g. （2025）乌审召人调字第12号."""

from __future__ import annotations

import string
from dataclasses import dataclass

ALLOWED_FIELDS = frozenset({"year", "short_name", "n"})


@dataclass(frozen=True)
class PatternProblem:
    """Why a case-number pattern cannot be used; `code` is an untranslated message key."""

    code: str
    detail: str = ""


def check_pattern(pattern: str) -> PatternProblem | None:
    """Returns the first problem of a pattern, or None when it is usable.

    A pattern must contain `{n}` (the serial, optionally formatted as `{n:03d}`) and may contain
    `{year}` and `{short_name}`; braces meant literally are doubled. Without `{year}` numbers would
    repeat every year, so it is required too.
    """
    if not pattern.strip():
        return PatternProblem("pattern.empty")
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None]
    except ValueError as error:
        return PatternProblem("pattern.syntax", str(error))
    unknown = sorted({f for f in fields if f not in ALLOWED_FIELDS})
    if unknown:
        return PatternProblem("pattern.unknown_field", ", ".join(unknown))
    if "n" not in fields:
        return PatternProblem("pattern.missing_serial")
    if "year" not in fields:
        return PatternProblem("pattern.missing_year")
    try:
        format_case_no(pattern, year=2000, short_name="x", serial=1)
    except (ValueError, KeyError, IndexError) as error:
        return PatternProblem("pattern.syntax", str(error))
    return None


def format_case_no(pattern: str, *, year: int, short_name: str, serial: int) -> str:
    """Formats one case number. Raises ValueError for an unusable pattern."""
    if serial < 1:
        raise ValueError("serial numbers start at 1")
    return pattern.format(year=year, short_name=short_name, n=serial)
