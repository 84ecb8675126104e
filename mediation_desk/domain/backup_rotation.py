"""Which automatic backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class RetentionPolicy:
    """How many days, weeks and months keep a backup; safety copies are also kept for a while."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    safety_days: int = 14  # copies made before a migration, restore or import


@dataclass(frozen=True)
class BackupStamp:
    """A backup as the rule sees it: a name, when it was taken (local time), and why."""

    name: str
    taken_at: datetime
    is_safety_copy: bool = False


def _newest_per_period(
    stamps: Sequence[BackupStamp], period: Callable[[date], Hashable], count: int
) -> set[str]:
    """The newest backup of each of the `count` most recent periods that have one."""
    kept: set[str] = set()
    seen: set[Hashable] = set()
    for stamp in sorted(stamps, key=lambda s: s.taken_at, reverse=True):
        key = period(stamp.taken_at.date())
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(stamp.name)
    return kept


def backups_to_keep(
    stamps: Sequence[BackupStamp], now: datetime, policy: RetentionPolicy | None = None
) -> set[str]:
    """Names of the backups to keep; every other backup in the folder may be deleted.

    Daily, weekly and monthly periods count only periods that hold a backup (as borg and restic
    do), so a PC switched off for a month still keeps its last seven days of work. The newest
    backup is always kept, and so are safety copies younger than `policy.safety_days`: a restore
    chosen by mistake can be undone even after more backups were made the same day.
    """
    if not stamps:
        return set()
    policy = policy or RetentionPolicy()
    kept = _newest_per_period(stamps, lambda d: d, policy.daily)
    kept |= _newest_per_period(stamps, lambda d: d.isocalendar()[:2], policy.weekly)
    kept |= _newest_per_period(stamps, lambda d: (d.year, d.month), policy.monthly)
    kept.add(max(stamps, key=lambda s: s.taken_at).name)
    recent = now - timedelta(days=policy.safety_days)
    kept |= {s.name for s in stamps if s.is_safety_copy and s.taken_at >= recent}
    return kept
