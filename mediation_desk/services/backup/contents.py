"""What a backup holds: read from the file itself, and from the manifest written beside it."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from mediation_desk.db.sqlite_files import connect_existing, fsync_file, integrity_problems

MANIFEST_FORMAT = 1


class BackupKind(StrEnum):
    """Why a backup was made; the `before_*` kinds are safety copies."""

    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"
    BEFORE_IMPORT = "before-import"

    @property
    def is_safety_copy(self) -> bool:
        return self.value.startswith("before-")


@dataclass(frozen=True)
class FileContents:
    """Facts read from a database file by opening it (not from its name)."""

    schema_revision: str | None
    cases: int
    committee: str
    problems: tuple[str, ...] = ()  # what integrity_check reported; empty when sound


@dataclass(frozen=True)
class BackupInfo:
    """One backup: its file and what the manifest (or, lacking one, the file) says about it."""

    path: Path
    taken_at: datetime  # aware UTC
    kind: BackupKind | None  # None: a file without manifest (copied in by hand, or older)
    app_version: str
    schema_revision: str | None
    cases: int
    committee: str
    size: int
    sha256: str = ""

    @property
    def has_manifest(self) -> bool:
        return self.kind is not None


def _scalar(connection: sqlite3.Connection, sql: str, default: object) -> object:
    try:
        row = connection.execute(sql).fetchone()
    except sqlite3.OperationalError:  # no such table: an empty or very old database
        return default
    return row[0] if row else default


def read_contents(path: Path, *, check: bool = True) -> FileContents:
    """Opens the file and reads its schema revision, case count and committee name.

    Raises sqlite3.DatabaseError when the file is not an SQLite database.
    """
    problems = tuple(integrity_problems(path)) if check else ()
    connection = connect_existing(path)
    try:
        revision = _scalar(connection, "SELECT version_num FROM alembic_version", None)
        cases = _scalar(connection, "SELECT count(*) FROM mediation_case", 0)
        committee = _scalar(connection, "SELECT name FROM committee ORDER BY id LIMIT 1", "")
    finally:
        connection.close()
    return FileContents(
        str(revision) if revision is not None else None,
        int(str(cases)),
        str(committee),
        problems,
    )


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def write_manifest(info: BackupInfo) -> None:
    """Writes the manifest beside the backup, atomically (a temp file, then os.replace)."""
    data = {
        "format": MANIFEST_FORMAT,
        "application": "Mediation Desk",
        "app_version": info.app_version,
        "schema_revision": info.schema_revision,
        "taken_at": info.taken_at.isoformat(),
        "kind": info.kind.value if info.kind else None,
        "cases": info.cases,
        "committee": info.committee,
        "size": info.size,
        "sha256": info.sha256,
    }
    target = manifest_path(info.path)
    temporary = target.with_name(f".{target.name}.partial")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    fsync_file(temporary)
    os.replace(temporary, target)


def read_manifest(backup: Path) -> BackupInfo | None:
    """The manifest's facts, or None when it is missing, unreadable or not about this file."""
    try:
        data = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
        info = BackupInfo(
            path=backup,
            taken_at=datetime.fromisoformat(data["taken_at"]).astimezone(UTC),
            kind=BackupKind(data["kind"]),
            app_version=str(data["app_version"]),
            schema_revision=data["schema_revision"],
            cases=int(data["cases"]),
            committee=str(data.get("committee", "")),
            size=int(data["size"]),
            sha256=str(data.get("sha256", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        if backup.stat().st_size != info.size:
            return None  # the file was replaced or cut short: trust the file, not the manifest
    except OSError:
        return None
    return info


def info_from_file(path: Path) -> BackupInfo:
    """A BackupInfo for a file without manifest, from the file itself (mtime as its date)."""
    contents = read_contents(path, check=False)
    stat = path.stat()
    return BackupInfo(
        path=path,
        taken_at=datetime.fromtimestamp(stat.st_mtime, UTC),
        kind=None,
        app_version="",
        schema_revision=contents.schema_revision,
        cases=contents.cases,
        committee=contents.committee,
        size=stat.st_size,
    )
