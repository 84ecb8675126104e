"""Restoring a backup over the database: keep what is there, then swap in one atomic step."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from mediation_desk.db.engine import Database, make_engine
from mediation_desk.db.health import diagnose
from mediation_desk.db.migrate import DatabaseTooNewError, is_known_revision, upgrade
from mediation_desk.db.sqlite_files import (
    connect_existing,
    copy_consistently,
    fsync_directory,
    replace_atomically,
    side_files,
)
from mediation_desk.services.audit import record_summary
from mediation_desk.services.backup.contents import (
    BackupKind,
    FileContents,
    read_contents,
    read_manifest,
    sha256_of,
)
from mediation_desk.services.backup.errors import BackupUnusable
from mediation_desk.services.backup.service import BackupService


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: what is now in place and where the previous database went."""

    contents: FileContents
    kept_copy: Path | None  # the previous database, as a verified backup or a raw copy
    migrated_from: str | None  # the backup's schema revision, when it had to be upgraded


def inspect_backup(path: Path) -> FileContents:
    """What a backup file holds, read from the file; raises BackupUnusable when it cannot be
    restored (not a database, damaged, changed since its manifest was written, too new)."""
    try:
        contents = read_contents(path)
    except (OSError, sqlite3.Error) as error:
        raise BackupUnusable(f"{path.name} is not a Mediation Desk backup ({error})") from error
    if contents.problems:
        raise BackupUnusable(f"{path.name} is damaged: {'; '.join(contents.problems[:3])}")
    if contents.schema_revision is None:
        raise BackupUnusable(f"{path.name} is not a Mediation Desk database")
    manifest = read_manifest(path)
    if manifest is not None and manifest.sha256 and manifest.sha256 != sha256_of(path):
        raise BackupUnusable(f"{path.name} was changed after the backup was made")
    if not is_known_revision(contents.schema_revision):
        raise DatabaseTooNewError(contents.schema_revision)
    return contents


def restore_backup(
    backup: Path, service: BackupService, *, source: Path | None = None
) -> RestoreReport:
    """Replaces `service.database` by the backup, keeping the current database first.

    The caller holds the database's InstanceLock and has closed its own connections. A process
    killed at any point leaves either the previous database or the restored one in place.
    The restored database's audit log gets one entry naming `source` (the file the user chose,
    when `backup` is its decrypted copy).
    """
    contents = inspect_backup(backup)
    database = service.database
    database.parent.mkdir(parents=True, exist_ok=True)
    kept = _keep_current(service)
    prepared = database.with_name(f".{database.name}.restoring")
    prepared.unlink(missing_ok=True)
    copy_consistently(backup, prepared)
    _detach_side_files(database)
    replace_atomically(prepared, database)
    migrated_from = None
    if contents.schema_revision != _head():
        engine = make_engine(f"sqlite:///{database}")
        try:
            # The backup itself is the copy of this state: no second one before the upgrade.
            upgrade(engine, str(engine.url), service.folder, make_backup=lambda _p, _l: None)
        finally:
            engine.dispose()
        migrated_from = contents.schema_revision
    _log_restore(database, source or backup, contents)
    return RestoreReport(contents, kept, migrated_from)


def _log_restore(database: Path, source: Path, contents: FileContents) -> None:
    db = Database(f"sqlite:///{database}")
    try:
        with db.write() as session:
            record_summary(
                session,
                "restore",
                "backup",
                file=(None, f"{source.name} (sha256 {sha256_of(source)})"),
                cases=(None, contents.cases),
            )
    finally:
        db.dispose()


def _head() -> str:
    from mediation_desk.db.migrate import head_revision

    return head_revision()


def _keep_current(service: BackupService) -> Path | None:
    """A verified backup of the current database; a raw copy of its files when it is damaged."""
    database = service.database
    if not database.exists() or database.stat().st_size == 0:
        return None
    if diagnose(database) is None:
        return service.make_backup(BackupKind.BEFORE_RESTORE).path
    # A damaged file cannot be read by the backup API: keep its bytes (and its -wal) as found.
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    folder = service.folder / f"damaged-{stamp}"
    folder.mkdir(parents=True, exist_ok=True)
    for path in (database, *side_files(database)):
        shutil.copy2(path, folder / path.name)
    fsync_directory(folder)
    return folder


def _detach_side_files(database: Path) -> None:
    """Folds the -wal into the old database and removes it, so it cannot be applied to the
    restored file: SQLite replays any -wal it finds beside a database when opening it."""
    if database.exists():
        with contextlib.suppress(sqlite3.Error):
            connection = connect_existing(database)
            try:
                connection.execute("PRAGMA journal_mode = DELETE")
            finally:
                connection.close()
    for leftover in side_files(database):
        leftover.unlink(missing_ok=True)  # a damaged database's were copied by _keep_current
    fsync_directory(database.parent)
