"""Date rules shared by cases and parties."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.validation.issues import Issue, error

EARLIEST_BIRTH_DATE = date(1900, 1, 1)


def check_not_future(field: str, value: date | None, today: date) -> tuple[Issue, ...]:
    """A date that has not happened yet (`date.future`); None is left to the required rules."""
    if value is not None and value > today:
        return (error(field, "date.future"),)
    return ()


def check_plausible_birth_date(field: str, value: date | None, today: date) -> tuple[Issue, ...]:
    """A birth date must not be in the future nor before 1900 (`date.too_old`)."""
    if value is None:
        return ()
    if value < EARLIEST_BIRTH_DATE:
        return (error(field, "date.too_old", earliest=EARLIEST_BIRTH_DATE.isoformat()),)
    return check_not_future(field, value, today)
