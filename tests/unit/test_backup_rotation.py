"""The rotation rule: 7 daily + 4 weekly + 12 monthly, safety copies kept for two weeks."""

from __future__ import annotations

from datetime import datetime, timedelta

from mediation_desk.domain.backup_rotation import BackupStamp, RetentionPolicy, backups_to_keep

NOW = datetime(2025, 6, 30, 9, 0)


def _daily(days: int, hour: int = 9) -> list[BackupStamp]:
    """One backup a day for `days` days, ending today."""
    return [BackupStamp(f"b{n}", NOW.replace(hour=hour) - timedelta(days=n)) for n in range(days)]


def test_nothing_to_keep_when_there_is_nothing() -> None:
    assert backups_to_keep([], NOW) == set()


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_12_months() -> None:
    stamps = _daily(400)
    kept = backups_to_keep(stamps, NOW)
    by_name = {s.name: s.taken_at.date() for s in stamps}
    days = sorted((by_name[name] for name in kept), reverse=True)
    assert days[:7] == [NOW.date() - timedelta(days=n) for n in range(7)]
    # Newest of each of 12 months: June (today) … July of last year.
    months = {(d.year, d.month) for d in days}
    assert len(months) == 12 and min(months) == (2024, 7)
    # 30 June is a Monday: the weeks add the Sundays 22 and 15 June, the months 11 month-ends.
    weekly = {NOW.date() - timedelta(days=n) for n in (8, 15)}
    assert weekly <= set(days)
    assert len(kept) == 7 + 2 + 11


def test_the_newest_of_a_day_is_the_one_kept() -> None:
    stamps = [
        BackupStamp("morning", NOW.replace(hour=8)),
        BackupStamp("noon", NOW.replace(hour=12)),
    ]
    assert backups_to_keep(stamps, NOW, RetentionPolicy(daily=1, weekly=0, monthly=0)) == {"noon"}


def test_days_without_backups_do_not_use_up_the_daily_slots() -> None:
    # The PC was off for two months: the last seven backups are kept all the same.
    stamps = _daily(7)
    stamps = [BackupStamp(s.name, s.taken_at - timedelta(days=60)) for s in stamps]
    kept = backups_to_keep(stamps, NOW, RetentionPolicy(weekly=0, monthly=0))
    assert kept == {s.name for s in stamps}


def test_recent_safety_copies_are_kept_even_on_a_busy_day() -> None:
    stamps = [
        BackupStamp("before-restore", NOW - timedelta(hours=2), is_safety_copy=True),
        BackupStamp("daily", NOW - timedelta(hours=1)),
        BackupStamp("old-before-import", NOW - timedelta(days=30, hours=1), is_safety_copy=True),
        BackupStamp("old-daily", NOW - timedelta(days=30)),
    ]
    kept = backups_to_keep(stamps, NOW, RetentionPolicy(daily=7, weekly=0, monthly=0))
    assert kept == {"before-restore", "daily", "old-daily"}


def test_the_newest_backup_survives_a_policy_of_zero() -> None:
    stamps = _daily(3)
    assert backups_to_keep(stamps, NOW, RetentionPolicy(0, 0, 0, 0)) == {"b0"}
