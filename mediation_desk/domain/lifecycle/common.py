"""Shared pieces of the lifecycle package: errors, China local dates and CSV parsing."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, timezone

from mediation_desk.domain.validation.issues import Issue

# Codes of resources/reference/dispute_categories.csv that have rules of their own.
MEDICAL_CATEGORY = "medical"
LABOUR_CATEGORY = "labour"

# China has had one time zone and no daylight saving since 1991, so a fixed offset is exact.
CHINA_TZ = timezone(timedelta(hours=8), "CST")


class LifecycleError(ValueError):
    """A lifecycle rule was broken; `issues` holds the untranslated findings."""

    def __init__(self, message: str, issues: Iterable[Issue] = ()) -> None:
        super().__init__(message)
        self.issues: tuple[Issue, ...] = tuple(issues)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(issue.code for issue in self.issues)


class ReferenceDataError(ValueError):
    """A shipped or edited reference CSV cannot be used; the message names the line."""


def require_utc(at: datetime) -> datetime:
    """Returns `at` unchanged when it is timezone-aware UTC; raises ValueError otherwise."""
    if at.tzinfo is None or at.utcoffset() != timedelta(0):
        raise ValueError("lifecycle timestamps must be timezone-aware UTC")
    return at


def local_date(at: datetime) -> date:
    """The calendar date in Ordos (UTC+8) of an aware timestamp."""
    if at.tzinfo is None:
        raise ValueError("a naive datetime has no local date")
    return at.astimezone(CHINA_TZ).date()


def parse_csv(text: str, required: Sequence[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV text as (line number, stripped cells); checks the header has `required`."""
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    missing = [name for name in required if name not in (reader.fieldnames or ())]
    if missing:
        raise ReferenceDataError(f"line 1: missing column(s) {', '.join(missing)}")
    rows: list[tuple[int, dict[str, str]]] = []
    for row in reader:
        cells = {key: (value or "").strip() for key, value in row.items() if key is not None}
        if any(cells.values()):  # blank lines are allowed between groups
            rows.append((reader.line_num, cells))
    return rows


def split_codes(cell: str) -> tuple[str, ...]:
    """A `;`-separated list cell as a tuple of codes, empty parts dropped."""
    return tuple(part.strip() for part in cell.split(";") if part.strip())


def parse_int(cell: str, line: int, column: str) -> int:
    """An integer cell, or ReferenceDataError naming the line and column."""
    try:
        return int(cell)
    except ValueError:
        raise ReferenceDataError(f"line {line}: {column} must be a whole number") from None


def parse_flag(cell: str, line: int, column: str) -> bool:
    """A 0/1 cell, or ReferenceDataError naming the line and column."""
    if cell not in {"0", "1"}:
        raise ReferenceDataError(f"line {line}: {column} must be 0 or 1")
    return cell == "1"
