"""SQLite files as whole files: consistent copies, integrity checks, durable writes."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")


def connect_existing(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection to a file that must already exist (sqlite3.connect would create it)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=timeout)


def copy_consistently(source: Path, target: Path) -> None:
    """Copies `source` to `target` through SQLite's online backup API, then makes it durable.

    The backup API copies one consistent snapshot even while another connection writes (a file
    copy could catch half a transaction). The copy is switched from WAL to a rollback journal so
    that it is one self-contained file, fit for a USB stick.
    """
    src = connect_existing(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    fsync_file(target)


def integrity_problems(path: Path, limit: int = 20) -> list[str]:
    """What `PRAGMA integrity_check` finds wrong (empty when the file is sound).

    Raises sqlite3.DatabaseError when the file is not a database at all.
    """
    connection = connect_existing(path)
    try:
        rows = connection.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
    finally:
        connection.close()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def foreign_key_problems(path: Path) -> list[str]:
    """Rows pointing at rows that do not exist (`PRAGMA foreign_key_check`), as table names."""
    connection = connect_existing(path)
    try:
        rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        connection.close()
    return [f"{row[0]} row {row[1]} → {row[2]}" for row in rows]


def fsync_file(path: Path) -> None:
    """Asks the operating system to put the file's bytes on the disk now."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(path: Path) -> None:
    """Makes a rename inside `path` durable (POSIX; Windows has no directory handles for it)."""
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_atomically(prepared: Path, target: Path) -> None:
    """Puts a fully written, fsynced file in place of `target` in one step (os.replace)."""
    os.replace(prepared, target)
    fsync_directory(target.parent)


def side_files(path: Path) -> list[Path]:
    """The -wal, -shm and -journal files SQLite keeps beside a database, where present."""
    return [p for s in SIDE_FILE_SUFFIXES if (p := path.with_name(path.name + s)).exists()]
