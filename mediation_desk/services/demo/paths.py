"""The way a demo case took through the state machine to its status, and the day of each step."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.services.demo.dice import Weighted, between
from mediation_desk.services.demo.timeline import CHINA

S = CaseStatus
Path = tuple[CaseStatus, ...]

_CLOSED: tuple[tuple[Path, float], ...] = (
    ((S.ACCEPTED, S.IN_MEDIATION, S.AGREEMENT, S.FOLLOW_UP, S.CLOSED), 45),
    ((S.ACCEPTED, S.IN_MEDIATION, S.AGREEMENT, S.CLOSED), 20),
    ((S.ACCEPTED, S.IN_MEDIATION, S.TERMINATED, S.CLOSED), 15),
    ((S.DIVERTED, S.CLOSED), 10),
    ((S.ACCEPTED, S.IN_MEDIATION, S.DIVERTED, S.CLOSED), 10),
)
# Every path starts after `registered` and ends at the key status; weights are relative.
_PATHS: dict[CaseStatus, tuple[tuple[Path, float], ...]] = {
    S.REGISTERED: (((), 1),),
    S.ACCEPTED: (((S.ACCEPTED,), 92), ((S.DIVERTED, S.ACCEPTED), 8)),
    S.DECLINED: (((S.DECLINED,), 1),),
    S.IN_MEDIATION: (((S.ACCEPTED, S.IN_MEDIATION), 1),),
    S.DIVERTED: (
        ((S.DIVERTED,), 50),
        ((S.ACCEPTED, S.DIVERTED), 20),
        ((S.ACCEPTED, S.IN_MEDIATION, S.DIVERTED), 30),
    ),
    S.AGREEMENT: (((S.ACCEPTED, S.IN_MEDIATION, S.AGREEMENT), 1),),
    S.TERMINATED: (
        ((S.ACCEPTED, S.IN_MEDIATION, S.TERMINATED), 80),
        ((S.TERMINATED,), 8),
        ((S.ACCEPTED, S.TERMINATED), 12),
    ),
    S.FOLLOW_UP: (((S.ACCEPTED, S.IN_MEDIATION, S.AGREEMENT, S.FOLLOW_UP), 1),),
    S.CLOSED: _CLOSED,
    S.ARCHIVED: (
        ((S.DECLINED, S.ARCHIVED), 6),
        *(((*path, S.ARCHIVED), weight * 0.94) for path, weight in _CLOSED),
    ),
}
_DRAWS = {
    status: Weighted([p for p, _ in paths], [w for _, w in paths])
    for status, paths in _PATHS.items()
}
# Days a step usually takes, by (from, to); a missing pair uses _DEFAULT_GAP.
_GAPS: dict[tuple[CaseStatus, CaseStatus], tuple[int, int]] = {
    (S.REGISTERED, S.ACCEPTED): (0, 3),
    (S.REGISTERED, S.DECLINED): (0, 3),
    (S.REGISTERED, S.DIVERTED): (0, 3),
    (S.REGISTERED, S.TERMINATED): (0, 5),
    (S.DIVERTED, S.ACCEPTED): (5, 20),
    (S.ACCEPTED, S.IN_MEDIATION): (0, 4),
    (S.ACCEPTED, S.DIVERTED): (1, 6),
    (S.ACCEPTED, S.TERMINATED): (1, 10),
    (S.IN_MEDIATION, S.AGREEMENT): (2, 28),
    (S.IN_MEDIATION, S.TERMINATED): (3, 30),
    (S.IN_MEDIATION, S.DIVERTED): (2, 15),
    (S.AGREEMENT, S.FOLLOW_UP): (1, 15),
    (S.AGREEMENT, S.CLOSED): (10, 40),
    (S.FOLLOW_UP, S.CLOSED): (20, 90),
    (S.TERMINATED, S.CLOSED): (0, 10),
    (S.DIVERTED, S.CLOSED): (10, 40),
    (S.DECLINED, S.ARCHIVED): (20, 120),
    (S.CLOSED, S.ARCHIVED): (30, 200),
}
_DEFAULT_GAP = (1, 10)


def draw_path(rng: random.Random, status: CaseStatus) -> Path:
    """The statuses a case passed through after registration, ending at `status`."""
    return _DRAWS[status].draw(rng)


def step_dates(rng: random.Random, path: Path, received_on: date, today: date) -> list[date]:
    """The day of each step: plausible gaps, squeezed to fit between `received_on` and `today`."""
    gaps, previous = [], S.REGISTERED
    for status in path:
        gaps.append(between(rng, *_GAPS.get((previous, status), _DEFAULT_GAP)))
        previous = status
    span, total = (today - received_on).days, sum(gaps)
    if total > span:
        gaps = [gap * span // total for gap in gaps]
    dates, day = [], received_on
    for gap in gaps:
        day += timedelta(days=gap)
        dates.append(day)
    return dates


def step_moments(
    rng: random.Random, dates: list[date], created: datetime, latest: datetime
) -> list[datetime]:
    """Office-hour moments (UTC) on those days, each after the one before and none after
    `latest`; a step on the day of registration comes after it."""
    moments, previous = [], created
    for day in dates:
        minutes = between(rng, 8 * 60 + 30, 17 * 60 + 29)
        local = datetime.combine(day, time(), CHINA) + timedelta(minutes=minutes)
        moment = max(local.astimezone(created.tzinfo), previous + timedelta(minutes=1))
        previous = max(min(moment, latest), previous)
        moments.append(previous)
    return moments
