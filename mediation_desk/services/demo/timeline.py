"""When demo cases arrive and how far they have got: received dates, statuses, timestamps."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta, timezone

from mediation_desk.domain.enums import CaseStatus as S
from mediation_desk.services.demo.dice import Weighted, between

YEARS_BACK = 6
CHINA = timezone(timedelta(hours=8), "CST")

# Status mix by the age of a case in days: recent cases are still open, old ones done.
_STATUS_BY_AGE: tuple[tuple[int, tuple[tuple[S, float], ...]], ...] = (
    (14, ((S.REGISTERED, 35), (S.ACCEPTED, 33), (S.IN_MEDIATION, 22), (S.DECLINED, 5),
          (S.DIVERTED, 5))),
    (60, ((S.ACCEPTED, 8), (S.IN_MEDIATION, 32), (S.AGREEMENT, 20), (S.FOLLOW_UP, 12),
          (S.TERMINATED, 8), (S.DIVERTED, 5), (S.DECLINED, 4), (S.CLOSED, 11))),
    (365, ((S.CLOSED, 55), (S.ARCHIVED, 10), (S.FOLLOW_UP, 8), (S.AGREEMENT, 6),
           (S.TERMINATED, 9), (S.IN_MEDIATION, 2), (S.DIVERTED, 5), (S.DECLINED, 5))),
    (10**6, ((S.ARCHIVED, 62), (S.CLOSED, 25), (S.TERMINATED, 6), (S.DIVERTED, 4),
             (S.DECLINED, 3))),
)  # fmt: skip
_STATUS_TABLES = tuple(
    (limit, Weighted([s for s, _ in mix], [w for _, w in mix])) for limit, mix in _STATUS_BY_AGE
)
# How long after registration a case in this status was last touched (days, at most).
_LAST_CHANGE_DAYS = {S.REGISTERED: 0, S.ACCEPTED: 3, S.DECLINED: 3, S.DIVERTED: 5}


def received_dates(rng: random.Random, count: int, today: date) -> list[date]:
    """`count` dates over the last six years up to `today`, ascending, more of them recently.

    The age of a case follows a triangular distribution with its mode at today, so the latest
    year holds about 30 % of the cases and the oldest 3 %; most weekend dates move to a weekday.
    """
    span = YEARS_BACK * 365
    start = today.toordinal()
    dates = []
    for _ in range(count):
        day = start - int(rng.triangular(0, span, 0))
        weekday = (day - 1) % 7  # date.fromordinal(1) is a Monday
        if weekday >= 5 and rng.random() < 0.75:
            day -= weekday - 4  # back to Friday: never forward, never into the future
        dates.append(day)
    dates.sort()
    return [date.fromordinal(day) for day in dates]


def status_for(rng: random.Random, received_on: date, today: date) -> S:
    age = (today - received_on).days
    for limit, statuses in _STATUS_TABLES:
        if age <= limit:
            return statuses.draw(rng)
    raise AssertionError("unreachable: the last age limit is open-ended")


def timestamps(
    rng: random.Random, received_on: date, status: S, latest: datetime
) -> tuple[datetime, datetime]:
    """Registration in office hours (China time) on the received date, and the last change."""
    minutes = between(rng, 8 * 60 + 30, 17 * 60 + 29)  # local time, China is UTC+8
    day = datetime(received_on.year, received_on.month, received_on.day, tzinfo=UTC)
    created = min(day + timedelta(minutes=minutes - 8 * 60), latest)
    age_days = (latest - created).total_seconds() / 86400
    most = _LAST_CHANGE_DAYS.get(status, 120)
    updated = created + timedelta(days=rng.uniform(0, min(most, age_days)))
    return created, min(updated, latest)


def latest_moment(today: date, now: datetime) -> datetime:
    """Nothing is stamped after the end of `today` (China time) nor after the real now."""
    end_of_today = datetime.combine(today, time(23, 59), CHINA).astimezone(UTC)
    return min(end_of_today, now)
