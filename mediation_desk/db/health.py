"""What is wrong with a database file, if anything, found without changing it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from mediation_desk.db.sqlite_files import SQLITE_HEADER, connect_existing, integrity_problems

LOCK_PROBE_SECONDS = 2.0


class ProblemKind(StrEnum):
    """The kinds of trouble a user is told about in plain words."""

    UNREADABLE = "unreadable"  # permissions, a missing drive, an I/O error
    NOT_SQLITE = "not_sqlite"  # another kind of file, or encrypted by something else
    TRUNCATED = "truncated"  # shorter than its own header says: an interrupted copy
    DAMAGED = "damaged"  # integrity_check finds errors
    LOCKED = "locked"  # another program holds a write transaction open


@dataclass(frozen=True)
class DatabaseProblem:
    """A problem found in a database file; `detail` is technical, for the log and the CLI."""

    kind: ProblemKind
    path: Path
    detail: str = ""


class DatabaseUnusable(RuntimeError):
    """The database file cannot be used as it is; it has been left untouched."""

    def __init__(self, problem: DatabaseProblem) -> None:
        self.problem = problem
        super().__init__(f"{problem.path}: {problem.kind.value} ({problem.detail})")


def _header_problem(path: Path) -> DatabaseProblem | None:
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as error:
        return DatabaseProblem(ProblemKind.UNREADABLE, path, error.strerror or str(error))
    if size == 0:
        return None  # SQLite treats an empty file as an empty database
    if not header.startswith(SQLITE_HEADER[: len(header)]) or len(header) < 16:
        return DatabaseProblem(ProblemKind.NOT_SQLITE, path, "no SQLite header")
    if len(header) < 100:
        return DatabaseProblem(ProblemKind.TRUNCATED, path, f"{size} bytes")
    if header[:16] != SQLITE_HEADER:
        return DatabaseProblem(ProblemKind.NOT_SQLITE, path, "no SQLite header")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    pages_valid = header[24:28] == header[92:96]  # the size field is trusted only then
    if page_size and (size % page_size or (pages_valid and size < pages * page_size)):
        return DatabaseProblem(
            ProblemKind.TRUNCATED, path, f"{size} bytes, expected {pages * page_size}"
        )
    return None


def _classify(error: sqlite3.Error, path: Path) -> DatabaseProblem:
    text = str(error)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return DatabaseProblem(ProblemKind.LOCKED, path, text)
    if "not a database" in lowered or "encrypted" in lowered:
        return DatabaseProblem(ProblemKind.NOT_SQLITE, path, text)
    if "unable to open" in lowered or "disk i/o" in lowered or "readonly" in lowered:
        return DatabaseProblem(ProblemKind.UNREADABLE, path, text)
    return DatabaseProblem(ProblemKind.DAMAGED, path, text)


def _lock_problem(path: Path) -> DatabaseProblem | None:
    """Takes the write lock for a moment and gives it back (nothing is written)."""
    connection = connect_existing(path, timeout=LOCK_PROBE_SECONDS)
    connection.isolation_level = None
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    finally:
        connection.close()
    return None


def diagnose(path: Path) -> DatabaseProblem | None:
    """The first problem that stops the app from using `path`; None when it is fine or absent."""
    if not path.exists():
        return None
    if problem := _header_problem(path):
        return problem
    if path.stat().st_size == 0:
        return None
    try:
        if errors := integrity_problems(path, limit=5):
            return DatabaseProblem(ProblemKind.DAMAGED, path, "; ".join(errors))
        return _lock_problem(path)
    except sqlite3.Error as error:
        return _classify(error, path)
