"""One writer per database file: an operating-system lock on a `.lock` file beside it.

An OS lock (flock on POSIX, msvcrt.locking on Windows) rather than Qt's QLockFile: the CLI's
writing commands need it as much as the GUI, and the db layer is Qt-free. The operating system
drops the lock when its process ends in any way (even kill -9 or a power cut), so a stale lock
never blocks the next start — no PID guessing as with lock files that are only created/deleted.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

_HOLDER_OFFSET = 16  # Windows locks byte 0 only; who holds it is written after that


class DatabaseInUse(RuntimeError):
    """Another Mediation Desk (window or command) is writing to this database right now."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder  # "pid 1234 on host", possibly empty
        super().__init__(
            f"the database {path} is in use by another Mediation Desk ({holder or 'unknown'}); "
            "close it first"
        )


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class InstanceLock:
    """Held while a process may write the database; `acquire()` never waits."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path(database)
        self._fd: int | None = None

    @property
    def is_held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Takes the lock, or raises DatabaseInUse naming the holder."""
        if self._fd is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise DatabaseInUse(self.database, holder)
        os.lseek(fd, _HOLDER_OFFSET, os.SEEK_SET)
        os.write(fd, f"pid {os.getpid()} on {socket.gethostname()}".encode().ljust(128))
        self._fd = fd

    def release(self) -> None:
        # The file stays: deleting it would let two processes lock two different files.
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, _HOLDER_OFFSET, os.SEEK_SET)
        return os.read(fd, 128).decode("utf-8", "replace").strip()
    except OSError:
        return ""


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
