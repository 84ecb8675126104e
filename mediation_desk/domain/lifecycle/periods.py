"""Periods counted as the Civil Code says (arts 200–204): days, working days, months, years."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from mediation_desk.domain.lifecycle.workdays import WEEKENDS_ONLY, WorkCalendar


class PeriodUnit(StrEnum):
    """The suffix of a period written like `30d`, `30wd`, `6m` or `3y`."""

    DAYS = "d"
    WORKING_DAYS = "wd"
    MONTHS = "m"
    YEARS = "y"


_PERIOD = re.compile(r"^(\d{1,4})(wd|d|m|y)$")


@dataclass(frozen=True)
class Period:
    """A length of time such as 30 days or one month."""

    amount: int
    unit: PeriodUnit

    def __post_init__(self) -> None:
        if self.amount < 0:
            raise ValueError("a period cannot be negative")

    @classmethod
    def parse(cls, text: str) -> Period:
        """`30d`, `30wd`, `1m`, `3y` → Period; ValueError for anything else."""
        match = _PERIOD.match(text.strip())
        if match is None:
            raise ValueError(f"not a period: {text!r}")
        return cls(int(match.group(1)), PeriodUnit(match.group(2)))

    def __str__(self) -> str:
        return f"{self.amount}{self.unit.value}"


def add_months(start: date, months: int) -> date:
    """The corresponding day `months` later, or that month's last day (Civil Code art 202)."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


def period_end(
    start: date,
    period: Period,
    work_calendar: WorkCalendar = WEEKENDS_ONLY,
    *,
    roll_over_rest_days: bool = False,
) -> date:
    """The last day of a period beginning the day after `start` (Civil Code art 201).

    With `roll_over_rest_days` a last day falling on a weekend or public holiday moves to the next
    working day (Civil Code art 203, Civil Procedure Law art 85); guideline targets do not roll.
    """
    if period.unit is PeriodUnit.WORKING_DAYS:
        return work_calendar.add_working_days(start, period.amount)
    if period.unit is PeriodUnit.DAYS:
        end = start + timedelta(days=period.amount)
    elif period.unit is PeriodUnit.MONTHS:
        end = add_months(start, period.amount)
    else:
        end = add_months(start, 12 * period.amount)
    return work_calendar.next_working_day(end) if roll_over_rest_days else end
