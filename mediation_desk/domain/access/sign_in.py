"""Wrong passwords: after the committee's limit of failures an account waits, longer each time."""

from __future__ import annotations

from datetime import datetime, timedelta

FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(minutes=15)


def wait_after_failures(failed_attempts: int, limit: int) -> timedelta:
    """How long the account waits after this many failures in a row: nothing below the limit,
    then 30 s, doubling with each further failure, at most 15 minutes. A limit below 1 means
    the committee switched the back-off off."""
    if limit < 1 or failed_attempts < limit:
        return timedelta(0)
    doublings = min(failed_attempts - limit, 10)  # 30 s · 2¹⁰ is far past the cap already
    wait: timedelta = FIRST_WAIT * (2**doublings)
    return min(wait, LONGEST_WAIT)


def time_left(locked_until: datetime | None, now: datetime) -> timedelta:
    """What is left of a wait (zero once it is over)."""
    if locked_until is None or locked_until <= now:
        return timedelta(0)
    return locked_until - now


def wait_in_words(left: timedelta) -> tuple[int, int]:
    """Minutes and seconds to show, rounding the seconds up (never "0 seconds" while waiting)."""
    total = int(left.total_seconds() + 0.999)
    return divmod(total, 60)
