"""Opening the database for a process that writes: lock, health check, daily backup, migrate."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mediation_desk.db.engine import sqlite_path
from mediation_desk.db.health import DatabaseUnusable, diagnose
from mediation_desk.db.instance_lock import InstanceLock
from mediation_desk.db.network_share import network_location
from mediation_desk.services.backup import BackupFailed, BackupInfo, BackupService
from mediation_desk.services.bootstrap import Services, open_services

_log = logging.getLogger(__name__)


@dataclass
class OpenedDatabase:
    """The services of an open database, the lock that makes this process its only writer,
    and what the user should hear about (a network share, a backup that could not be made)."""

    services: Services
    lock: InstanceLock | None
    network_share: str | None = None
    daily_backup: BackupInfo | None = None
    backup_problem: str | None = None

    @property
    def database_path(self) -> Path | None:
        return sqlite_path(self.services.db.url)

    def close(self) -> None:
        self.services.close()
        if self.lock is not None:
            self.lock.release()


def open_for_writing(
    url: str,
    *,
    daily_backup: bool = True,
    now: datetime | None = None,
    lock: InstanceLock | None = None,
) -> OpenedDatabase:
    """Opens `url` so this process may write it (`lock`: one this process already holds, as
    after a restore, which happens with the database closed but still locked).

    Raises DatabaseInUse (another instance writes it), DatabaseUnusable (the file is damaged,
    not a database, unreadable or locked — it is left untouched) or DatabaseTooNewError.
    """
    path = sqlite_path(url)
    if path is None:  # PostgreSQL: the server does the locking and the backups
        return OpenedDatabase(open_services(url), None)
    if lock is None or lock.database != path:
        lock = InstanceLock(path)
    lock.acquire()
    try:
        if problem := diagnose(path):
            _log.error("database unusable: %s", problem.kind.value)
            raise DatabaseUnusable(problem)
        opened = OpenedDatabase(open_services(url), lock, network_location(path))
    except BaseException:
        lock.release()
        raise
    if daily_backup:
        try:
            opened.daily_backup = BackupService(path).ensure_daily_backup(now)
        except BackupFailed as error:  # the database opened fine: tell, but do not stop work
            opened.backup_problem = str(error)
    return opened
