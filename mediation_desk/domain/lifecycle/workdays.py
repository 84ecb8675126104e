"""Working days in China: weekends, public holidays and the make-up working days (调休)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from mediation_desk.domain.lifecycle.common import ReferenceDataError, parse_csv, parse_flag


class DayKind(StrEnum):
    """A holiday is a day off; a make-up working day (调休上班) is a weekend day worked."""

    HOLIDAY = "holiday"
    WORKDAY = "workday"


@dataclass(frozen=True)
class CalendarDay:
    """One row of holidays_cn.csv."""

    day: date
    kind: DayKind
    festival: str
    confirmed: bool
    source: str = ""


class WorkCalendar:
    """Tells working days from rest days; years without confirmed rows count weekends only."""

    def __init__(self, days: Iterable[CalendarDay] = ()) -> None:
        rows = tuple(days)
        self.days: tuple[CalendarDay, ...] = rows
        self._holidays = frozenset(row.day for row in rows if row.kind is DayKind.HOLIDAY)
        self._workdays = frozenset(row.day for row in rows if row.kind is DayKind.WORKDAY)
        clash = self._holidays & self._workdays
        if clash:
            raise ValueError(f"{min(clash)} is both a holiday and a working day")
        self.confirmed_years: frozenset[int] = frozenset(
            row.day.year for row in rows if row.confirmed
        )

    def is_working_day(self, day: date) -> bool:
        """Monday to Friday unless a holiday, plus make-up working days on weekends."""
        if day in self._holidays:
            return False
        return day in self._workdays or day.weekday() < 5

    def is_rest_day(self, day: date) -> bool:
        """A weekend or public holiday (法定休假日) that is not a make-up working day."""
        return not self.is_working_day(day)

    def is_confirmed(self, day: date) -> bool:
        """True when the State Council's arrangement for that year is in the calendar."""
        return day.year in self.confirmed_years

    def add_working_days(self, start: date, count: int) -> date:
        """The `count`-th working day after `start` (the start day itself is not counted)."""
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        while count:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
        return day

    def next_working_day(self, day: date) -> date:
        """`day` itself when it is a working day, else the first working day after it."""
        while self.is_rest_day(day):
            day += timedelta(days=1)
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 when end <= start)."""
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count


WEEKENDS_ONLY = WorkCalendar()


def parse_holidays(text: str) -> WorkCalendar:
    """Builds a calendar from the text of holidays_cn.csv (date,kind,festival,confirmed,source)."""
    days: list[CalendarDay] = []
    seen: set[date] = set()
    for line, row in parse_csv(text, ("date", "kind", "festival", "confirmed")):
        try:
            day = date.fromisoformat(row["date"])
            kind = DayKind(row["kind"])
        except ValueError:
            raise ReferenceDataError(f"line {line}: bad date or kind") from None
        if day in seen:
            raise ReferenceDataError(f"line {line}: {day} is listed twice")
        if kind is DayKind.WORKDAY and day.weekday() < 5:
            raise ReferenceDataError(f"line {line}: a make-up working day must be a weekend day")
        seen.add(day)
        confirmed = parse_flag(row["confirmed"], line, "confirmed")
        days.append(CalendarDay(day, kind, row["festival"], confirmed, row.get("source", "")))
    return WorkCalendar(days)
