"""The audit log's hash chain: how an entry is hashed, appended and checked.

Each entry's `hash` is the SHA-256 of a canonical JSON of its content (id, time, actor, action,
entity, uuids, fields, reason) followed by the previous entry's hash; the first entry follows
64 zeros. Changing, removing or reordering any entry breaks the chain at that point.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Connection, insert, select

from mediation_desk.db.access_tables import AuditEntryRow

GENESIS_HASH = "0" * 64
AUDIT_TABLE = AuditEntryRow.__table__  # type: ignore[attr-defined]


def plain(value: Any) -> Any:
    """A JSON value for a column value: dates as ISO text, amounts and the rest as text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return plain(value.value)
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def canonical_json(value: Any) -> str:
    """One spelling for the same content: sorted keys, no spaces, UTF-8 kept as it is."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def time_text(at: datetime) -> str:
    """The entry time as hashed: UTC with microseconds (what every database stores exactly)."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class AuditChange:
    """One entry to append, before it has an id, a time and a place in the chain."""

    action: str  # insert, update, delete, view, or a summary such as import, demo, restore
    entity: str  # the table, or what a summary entry is about
    entity_uuid: str = ""
    case_uuid: str = ""
    fields: Mapping[str, Sequence[Any]] = field(default_factory=dict)  # {field: [old, new]}


@dataclass(frozen=True)
class StoredEntry:
    """An entry as it is stored: what the hash covers, the link and the hash."""

    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_uuid: str
    case_uuid: str
    fields: str  # canonical JSON text, hashed as stored
    reason: str
    prev_hash: str
    hash: str


def entry_hash(
    *,
    id: int,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_uuid: str,
    case_uuid: str,
    fields: str,
    reason: str,
    prev_hash: str,
) -> str:
    content = canonical_json(
        [id, time_text(at), actor, action, entity, entity_uuid, case_uuid, fields, reason]
    )
    return hashlib.sha256((content + prev_hash).encode("utf-8")).hexdigest()


def append_entries(
    connection: Connection,
    changes: Sequence[AuditChange],
    *,
    actor: str,
    reason: str,
    at: datetime,
) -> None:
    """Appends `changes` after the last entry, inside the caller's write transaction.

    The last entry is read in the same transaction, which holds the database's write lock
    (BEGIN IMMEDIATE on SQLite): no other writer can append in between.
    """
    if not changes:
        return
    table = AUDIT_TABLE
    last = connection.execute(
        select(table.c.id, table.c.hash).order_by(table.c.id.desc()).limit(1)
    ).first()
    prev_id, prev_hash = (int(last[0]), str(last[1])) if last is not None else (0, GENESIS_HASH)
    rows = []
    for change in changes:
        values: dict[str, Any] = {
            "id": prev_id + 1,
            "at": at,
            "actor": actor,
            "action": change.action,
            "entity": change.entity,
            "entity_uuid": change.entity_uuid,
            "case_uuid": change.case_uuid,
            "fields": canonical_json(
                {k: [plain(v) for v in pair] for k, pair in change.fields.items()}
            ),
            "reason": reason,
            "prev_hash": prev_hash,
        }
        values["hash"] = entry_hash(**values)
        rows.append(values)
        prev_id, prev_hash = values["id"], values["hash"]
    connection.execute(insert(table), rows)


@dataclass(frozen=True)
class ChainProblem:
    """The first broken link: the entry where the chain stops holding, and why."""

    entry_id: int
    what: str


def first_broken_link(entries: Iterable[StoredEntry]) -> tuple[int, ChainProblem | None]:
    """Walks the entries in id order: how many there are, and the first broken link if any."""
    count = 0
    prev_id, prev_hash = 0, GENESIS_HASH
    for entry in entries:
        count += 1
        if entry.id != prev_id + 1:
            missing = "the first entries" if prev_id == 0 else f"entries after {prev_id}"
            return count, ChainProblem(entry.id, f"{missing} are missing (removed)")
        if entry.prev_hash != prev_hash:
            return count, ChainProblem(
                entry.id,
                f"does not follow entry {prev_id}: an entry was replaced, removed or moved",
            )
        expected = entry_hash(
            id=entry.id,
            at=entry.at,
            actor=entry.actor,
            action=entry.action,
            entity=entry.entity,
            entity_uuid=entry.entity_uuid,
            case_uuid=entry.case_uuid,
            fields=entry.fields,
            reason=entry.reason,
            prev_hash=entry.prev_hash,
        )
        if expected != entry.hash:
            return count, ChainProblem(entry.id, "its content was changed after it was written")
        prev_id, prev_hash = entry.id, entry.hash
    return count, None
