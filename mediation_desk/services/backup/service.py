"""Making, listing and rotating verified backups of one database file."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from mediation_desk import __version__
from mediation_desk.db.sqlite_files import copy_consistently, fsync_directory, replace_atomically
from mediation_desk.domain.backup_rotation import BackupStamp, RetentionPolicy, backups_to_keep
from mediation_desk.services.backup.contents import (
    BackupInfo,
    BackupKind,
    info_from_file,
    manifest_path,
    read_contents,
    read_manifest,
    sha256_of,
    write_manifest,
)
from mediation_desk.services.backup.errors import BackupFailed

BACKUP_SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
STALE_PARTIAL_SECONDS = 3600  # older unfinished copies were left by a killed process
_log = logging.getLogger(__name__)


def backups_folder_for(database: Path) -> Path:
    """Automatic backups live in `backups/` beside the database they copy."""
    return database.parent / "backups"


class BackupService:
    """Backups of the database at `database`, kept in `folder` (rotated) or written elsewhere."""

    def __init__(
        self,
        database: Path,
        folder: Path | None = None,
        policy: RetentionPolicy | None = None,
    ) -> None:
        self.database = database
        self.folder = folder or backups_folder_for(database)
        self.policy = policy or RetentionPolicy()

    # -- making ------------------------------------------------------------------------------
    def make_backup(
        self,
        kind: BackupKind,
        *,
        folder: Path | None = None,
        target: Path | None = None,
        now: datetime | None = None,
    ) -> BackupInfo:
        """Copies the database into `folder` (or to the file `target`), checks the copy, then
        records what it holds in a manifest beside it.

        The copy is written under a temporary name and renamed only after `integrity_check`
        passed and its cases were counted; a failed check deletes it and raises BackupFailed.
        """
        target_dir = target.parent if target is not None else folder or self.folder
        taken_at = (now or datetime.now(UTC)).astimezone(UTC)
        if target is not None and target.resolve() == self.database.resolve():
            raise BackupFailed("a backup cannot be written over the database itself")
        if not self.database.exists():
            raise BackupFailed(f"there is no database at {self.database}")
        try:
            target_dir.mkdir(parents=True, exist_ok=True)
            self._remove_stale_partials(target_dir)
            target = target or self._free_name(target_dir, taken_at, kind)
            partial = target.with_name(f".{target.name}{PARTIAL_SUFFIX}")
            copy_consistently(self.database, partial)
        except (OSError, sqlite3.Error) as error:
            raise BackupFailed(f"the backup could not be written: {error}") from error
        try:
            contents = read_contents(partial)
            problem = "; ".join(contents.problems)
        except sqlite3.Error as error:
            problem = str(error) or type(error).__name__
        if problem:
            partial.unlink(missing_ok=True)
            _log.error("a backup failed its check and was deleted")
            raise BackupFailed(f"the copy failed its check and was deleted: {problem}")
        info = BackupInfo(
            path=target,
            taken_at=taken_at,
            kind=kind,
            app_version=__version__,
            schema_revision=contents.schema_revision,
            cases=contents.cases,
            committee=contents.committee,
            size=partial.stat().st_size,
            sha256=sha256_of(partial),
        )
        try:
            replace_atomically(partial, target)
            write_manifest(info)
            fsync_directory(target_dir)
        except OSError as error:
            raise BackupFailed(f"the backup could not be written: {error}") from error
        _log.info("backup made: %s (%s)", target.name, kind.value)
        return info

    @staticmethod
    def _free_name(folder: Path, taken_at: datetime, kind: BackupKind) -> Path:
        stamp = taken_at.strftime("%Y%m%d-%H%M%S")
        for n in range(1, 1000):
            suffix = "" if n == 1 else f"-{n}"
            candidate = folder / f"mediation-desk-{stamp}-{kind.value}{suffix}{BACKUP_SUFFIX}"
            if not candidate.exists():
                return candidate
        raise BackupFailed("too many backups in the same second")

    @staticmethod
    def _remove_stale_partials(folder: Path) -> None:
        limit = time.time() - STALE_PARTIAL_SECONDS
        for leftover in folder.glob(f".*{PARTIAL_SUFFIX}"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < limit:
                    leftover.unlink()

    # -- listing -----------------------------------------------------------------------------
    def list_backups(self, folder: Path | None = None) -> list[BackupInfo]:
        """Every backup in the folder, newest first; unfinished copies are not listed."""
        found = []
        for path in sorted((folder or self.folder).glob(f"*{BACKUP_SUFFIX}")):
            if path.name.startswith("."):
                continue
            info = read_manifest(path)
            if info is None:
                try:
                    info = info_from_file(path)
                except (OSError, sqlite3.Error):
                    continue  # not a database: nothing that could be restored
            found.append(info)
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def newest_good_backup(self) -> BackupInfo | None:
        """The newest backup whose file passes `integrity_check` now."""
        for info in self.list_backups():
            try:
                if not read_contents(info.path).problems:
                    return info
            except (OSError, sqlite3.Error):
                continue
        return None

    # -- automatic backups and rotation -------------------------------------------------------
    def ensure_daily_backup(self, now: datetime | None = None) -> BackupInfo | None:
        """Makes today's backup unless one exists already (or there is no database yet)."""
        now = (now or datetime.now(UTC)).astimezone(UTC)
        if not self.database.exists() or self.database.stat().st_size == 0:
            return None
        today = now.astimezone().date()
        if any(b.taken_at.astimezone().date() == today for b in self.list_backups()):
            return None
        info = self.make_backup(BackupKind.DAILY, now=now)
        self.rotate(now)
        return info

    def rotate(self, now: datetime | None = None) -> list[Path]:
        """Deletes automatic backups the retention rule no longer keeps; returns them.

        Files without a manifest (copied in by hand, or from older versions) are never deleted.
        """
        now = (now or datetime.now(UTC)).astimezone(UTC)
        managed = [b for b in self.list_backups() if b.kind is not None]
        stamps = [
            BackupStamp(
                str(b.path),
                b.taken_at.astimezone().replace(tzinfo=None),
                b.kind is not None and b.kind.is_safety_copy,
            )
            for b in managed
        ]
        keep = backups_to_keep(stamps, now.astimezone().replace(tzinfo=None), self.policy)
        removed = []
        for info in managed:
            if str(info.path) not in keep:
                with contextlib.suppress(OSError):
                    info.path.unlink()
                    manifest_path(info.path).unlink(missing_ok=True)
                    removed.append(info.path)
        return removed
