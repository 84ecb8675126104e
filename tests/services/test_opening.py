"""Opening for writing: one writer, a damaged file left alone, a daily backup."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediation_desk.db.health import DatabaseUnusable, ProblemKind
from mediation_desk.db.instance_lock import DatabaseInUse
from mediation_desk.services.backup import BackupKind
from mediation_desk.services.opening import open_for_writing


def test_the_first_start_of_the_day_makes_a_backup_and_a_second_writer_is_refused(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'committee.sqlite3'}"
    opened = open_for_writing(url)
    try:
        assert opened.daily_backup is not None
        assert opened.daily_backup.kind is BackupKind.DAILY
        with pytest.raises(DatabaseInUse) as refused:
            open_for_writing(url)
        assert "in use by another Mediation Desk" in str(refused.value)
    finally:
        opened.close()
    again = open_for_writing(url)
    assert again.daily_backup is None  # once a day
    again.close()


def test_a_damaged_database_is_not_opened_and_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "committee.sqlite3"
    open_for_writing(f"sqlite:///{path}").close()
    damaged = path.read_bytes()[:5000]
    path.write_bytes(damaged)
    with pytest.raises(DatabaseUnusable) as refused:
        open_for_writing(f"sqlite:///{path}")
    assert refused.value.problem.kind is ProblemKind.TRUNCATED
    assert path.read_bytes() == damaged
    with pytest.raises(DatabaseUnusable):  # the lock was given back
        open_for_writing(f"sqlite:///{path}")
