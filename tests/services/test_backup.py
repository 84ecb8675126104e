"""Backups: verified copies with a manifest, listing, the daily backup and rotation."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mediation_desk.db.migrate import head_revision
from mediation_desk.services.backup import BackupFailed, BackupKind, BackupService
from mediation_desk.services.backup import service as backup_module
from mediation_desk.services.backup.contents import FileContents, manifest_path
from mediation_desk.services.bootstrap import Services
from tests.services.conftest import make_draft

NOW = datetime(2025, 6, 30, 3, 0, tzinfo=UTC)


def _with_cases(services: Services, count: int) -> None:
    for _ in range(count):
        services.cases.register(make_draft(services))


def test_a_backup_is_a_checked_copy_that_says_what_it_holds(
    services: Services, db_path: Path
) -> None:
    _with_cases(services, 3)
    info = BackupService(db_path).make_backup(BackupKind.MANUAL, now=NOW)
    assert info.path.parent == db_path.parent / "backups"
    assert info.path.name == "mediation-desk-20250630-030000-manual.sqlite3"
    assert (info.cases, info.schema_revision) == (3, head_revision())
    assert info.committee == "乌审召镇巴音敖包嘎查人民调解委员会"
    with sqlite3.connect(info.path) as copy:
        assert copy.execute("select count(*) from party").fetchone() == (6,)
        assert copy.execute("pragma journal_mode").fetchone() == ("delete",)  # one file
    listed = BackupService(db_path).list_backups()
    assert [b.path for b in listed] == [info.path]
    assert listed[0].kind is BackupKind.MANUAL and listed[0].taken_at == NOW


def test_the_list_reads_the_file_when_its_manifest_is_missing_or_wrong(
    services: Services, db_path: Path
) -> None:
    _with_cases(services, 2)
    backups = BackupService(db_path)
    info = backups.make_backup(BackupKind.MANUAL, now=NOW)
    manifest_path(info.path).write_text('{"kind": "daily", "cases": 99}', encoding="utf-8")
    (listed,) = backups.list_backups()
    assert listed.cases == 2 and not listed.has_manifest
    (backups.folder / "notes.sqlite3").write_text("not a database", encoding="utf-8")
    (backups.folder / ".mediation-desk-x.sqlite3.partial").write_bytes(b"half")
    assert [b.path for b in backups.list_backups()] == [info.path]


def test_a_copy_that_fails_its_check_is_deleted_and_reported(
    services: Services, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def damaged(_path: Path, *, check: bool = True) -> FileContents:
        return FileContents(head_revision(), 0, "", ("row 3 missing from index",))

    monkeypatch.setattr(backup_module, "read_contents", damaged)
    backups = BackupService(db_path)
    with pytest.raises(BackupFailed, match="row 3 missing from index"):
        backups.make_backup(BackupKind.DAILY)
    assert list(backups.folder.iterdir()) == []


def test_a_backup_to_a_chosen_file_and_never_over_the_database(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "usb" / "committee.sqlite3"
    info = BackupService(db_path).make_backup(BackupKind.MANUAL, target=stick)
    assert info.path == stick and manifest_path(stick).exists()
    with pytest.raises(BackupFailed):
        BackupService(db_path).make_backup(BackupKind.MANUAL, target=db_path)


def test_the_daily_backup_is_made_once_a_day(services: Services, db_path: Path) -> None:
    backups = BackupService(db_path)
    first = backups.ensure_daily_backup(NOW)
    assert first is not None and first.kind is BackupKind.DAILY
    assert backups.ensure_daily_backup(NOW + timedelta(hours=1)) is None
    assert backups.ensure_daily_backup(NOW + timedelta(days=1)) is not None
    assert len(backups.list_backups()) == 2


def test_a_month_of_daily_starts_is_rotated_to_the_policy(
    services: Services, db_path: Path
) -> None:
    backups = BackupService(db_path)
    safety = backups.make_backup(BackupKind.BEFORE_IMPORT, now=NOW - timedelta(hours=1))
    backups.make_backup(BackupKind.DAILY, now=NOW)  # the newest of that day: the one kept
    hand_copied = backups.folder / "from-the-old-pc.sqlite3"
    hand_copied.write_bytes(db_path.read_bytes())
    for day in range(1, 26):
        backups.ensure_daily_backup(NOW + timedelta(days=day))
    kinds = [b.kind for b in backups.list_backups()]
    daily = kinds.count(BackupKind.DAILY)
    # 7 days, plus older week-ends and month-ends: far fewer than 26.
    assert 7 < daily <= 7 + 4 + 12 and daily < 12
    assert hand_copied.exists(), "files without a manifest are never deleted"
    assert not safety.path.exists(), "safety copies go after two weeks"
