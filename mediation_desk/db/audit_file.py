"""Verifying the audit chain of a database file without opening it for writing (`check`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from mediation_desk.db.audit_chain import ChainProblem, StoredEntry, first_broken_link

_COLUMNS = "id, at, actor, action, entity, entity_uuid, case_uuid, fields, reason, prev_hash, hash"


def _stored_time(text: str) -> datetime:
    at = datetime.fromisoformat(text)
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def _entries(connection: sqlite3.Connection) -> Iterator[StoredEntry]:
    cursor = connection.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY id")
    while rows := cursor.fetchmany(2000):
        for row in rows:
            yield StoredEntry(int(row[0]), _stored_time(str(row[1])), *map(str, row[2:]))


def audit_chain_of_file(path: Path) -> tuple[int | None, ChainProblem | None]:
    """How many entries the file's audit log holds and its first broken link (None: no log)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    try:
        found = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
        ).fetchone()
        if found is None:
            return None, None
        return first_broken_link(_entries(connection))
    finally:
        connection.close()
