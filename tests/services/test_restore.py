"""Restoring a backup: what it holds is checked first, the current database is kept, and an
older backup is upgraded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from mediation_desk.db.engine import make_engine
from mediation_desk.db.migrate import DatabaseTooNewError, _config, head_revision
from mediation_desk.services.backup import (
    BackupKind,
    BackupService,
    BackupUnusable,
    inspect_backup,
    restore_backup,
)
from mediation_desk.services.backup.contents import manifest_path
from mediation_desk.services.bootstrap import Services, open_services
from tests.services.conftest import make_draft


def _cases(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("select count(*) from mediation_case").fetchone()[0])


def test_restore_brings_back_the_backup_and_keeps_the_current_database(
    services: Services, db_path: Path
) -> None:
    services.cases.register(make_draft(services))
    backups = BackupService(db_path)
    backup = backups.make_backup(BackupKind.MANUAL).path
    services.cases.register(make_draft(services, names=("张三", "李四")))
    services.close()  # what the app does before a restore: close its connections

    assert inspect_backup(backup).cases == 1
    report = restore_backup(backup, backups)

    assert _cases(db_path) == 1
    assert report.kept_copy is not None and _cases(report.kept_copy) == 2
    assert report.migrated_from is None
    kept = [b for b in backups.list_backups() if b.kind is BackupKind.BEFORE_RESTORE]
    assert [b.path for b in kept] == [report.kept_copy]
    reopened = open_services(f"sqlite:///{db_path}")
    assert len(reopened.case_list.matching_ids(_all())) == 1
    reopened.close()


def _all():  # type: ignore[no-untyped-def]
    from mediation_desk.domain.search import CaseFilter

    return CaseFilter()


def test_an_uncheckpointed_wal_of_the_old_database_does_not_leak_into_the_restored_one(
    services: Services, db_path: Path
) -> None:
    backups = BackupService(db_path)
    backup = backups.make_backup(BackupKind.MANUAL).path
    # Another connection keeps the WAL from being checkpointed while the app writes.
    reader = sqlite3.connect(db_path)
    reader.execute("begin")
    reader.execute("select count(*) from mediation_case").fetchone()
    for _ in range(3):
        services.cases.register(make_draft(services))
    services.close()
    reader.close()
    restore_backup(backup, backups)
    assert _cases(db_path) == 0
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("pragma integrity_check").fetchone() == ("ok",)


def test_a_damaged_database_is_kept_byte_for_byte_before_it_is_replaced(
    services: Services, db_path: Path
) -> None:
    backups = BackupService(db_path)
    backup = backups.make_backup(BackupKind.MANUAL).path
    services.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xff" * 4096
    db_path.write_bytes(bytes(data))
    report = restore_backup(backup, backups)
    assert report.kept_copy is not None and report.kept_copy.name.startswith("damaged-")
    assert (report.kept_copy / db_path.name).read_bytes() == bytes(data)
    assert _cases(db_path) == 0


def test_a_damaged_or_foreign_backup_is_refused_and_nothing_changes(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    services.cases.register(make_draft(services))
    backups = BackupService(db_path)
    backup = backups.make_backup(BackupKind.MANUAL).path
    services.close()
    before = db_path.read_bytes()
    spreadsheet = tmp_path / "cases.sqlite3"
    spreadsheet.write_bytes(b"PK\x03\x04 not a database at all")
    with pytest.raises(BackupUnusable, match="not a Mediation Desk backup"):
        restore_backup(spreadsheet, backups)
    with sqlite3.connect(backup) as connection:  # edited by another program since
        connection.execute("update committee set name = '某某调解委员会'")
    with pytest.raises(BackupUnusable, match="changed after the backup was made"):
        restore_backup(backup, backups)
    assert db_path.read_bytes() == before


def test_a_backup_from_a_newer_version_is_refused(services: Services, db_path: Path) -> None:
    backups = BackupService(db_path)
    backup = backups.make_backup(BackupKind.MANUAL, target=db_path.parent / "newer.sqlite3").path
    manifest_path(backup).unlink()  # judged by the file itself
    with sqlite3.connect(backup) as connection:
        connection.execute("update alembic_version set version_num = 'f00dcafe'")
    with pytest.raises(DatabaseTooNewError):
        inspect_backup(backup)


def test_an_older_backup_is_upgraded_after_restoring(tmp_path: Path) -> None:
    old = tmp_path / "old-backup.sqlite3"
    engine = make_engine(f"sqlite:///{old}")
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    engine.dispose()
    database = tmp_path / "live" / "committee.sqlite3"
    report = restore_backup(old, BackupService(database))
    assert report.migrated_from == "0002" and report.kept_copy is None
    with sqlite3.connect(database) as connection:
        revision = connection.execute("select version_num from alembic_version").fetchone()
    assert revision == (head_revision(),)
