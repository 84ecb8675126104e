"""The audit log: who changed or viewed what, when (People's Mediation Law art 15; PIPL).

Changes are logged by the write sessions themselves (db/audit_capture); this service adds the
entries no row change stands for (viewing a full ID number, summaries of bulk writes), reads
the log back and verifies its hash chain.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from mediation_desk.db.access_tables import AuditEntryRow
from mediation_desk.db.audit_capture import add_summary
from mediation_desk.db.audit_chain import AuditChange, ChainProblem, StoredEntry, first_broken_link
from mediation_desk.db.engine import Database
from mediation_desk.db.tables import CaseRow

VIEW_ACTION = "view"


@dataclass(frozen=True)
class AuditEntry:
    """One entry of the log as screens and the CLI show it."""

    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_uuid: str
    case_uuid: str
    fields: dict[str, tuple[Any, Any]]
    reason: str


@dataclass(frozen=True)
class ChainReport:
    """The result of walking the chain: how many entries, and the first broken link if any."""

    entries: int
    problem: ChainProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def entry_from_row(row: AuditEntryRow) -> AuditEntry:
    assert row.id is not None
    try:
        loaded = json.loads(row.fields or "{}")
        fields = {str(k): (v[0], v[1]) for k, v in loaded.items()}
    except (ValueError, TypeError, IndexError, AttributeError):
        fields = {}  # a damaged entry still lists; verify() says what is wrong with it
    columns = {f.name: getattr(row, f.name) for f in dataclass_fields(AuditEntry)}
    return AuditEntry(**{**columns, "fields": fields})


def record_summary(
    session: Session, action: str, entity: str, *, case_uuid: str = "", **fields: tuple[Any, Any]
) -> None:
    """One entry for a bulk write in `session` (import, demo, restore, a case deleted after its
    retention period): what, how many, from where."""
    add_summary(session, AuditChange(action, entity, case_uuid, case_uuid, fields))


def stored_entries(session: Session, batch: int = 2000) -> Iterator[StoredEntry]:
    """Every entry in id order, read in batches (the log can hold many thousands)."""
    last = 0
    while True:
        rows = session.exec(
            select(AuditEntryRow)
            .where(col(AuditEntryRow.id) > last)
            .order_by(col(AuditEntryRow.id))
            .limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            yield StoredEntry(
                **{f.name: getattr(row, f.name) for f in dataclass_fields(StoredEntry)}
            )
        last = rows[-1].id or last


class AuditService:
    """Appends the entries that are not row changes, lists entries and verifies the chain."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record_view(self, case_uuid: str, what: str) -> None:
        """Someone was shown a sensitive field of a case (e.g. `parties[0].id_number`)."""
        with self._db.write() as session:
            change = AuditChange(
                VIEW_ACTION, CaseRow.__tablename__, case_uuid, case_uuid, {"viewed": (None, what)}
            )
            add_summary(session, change)

    def entries(
        self, *, case_uuid: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[AuditEntry]:
        """Entries newest first, all of them or those of one case."""
        query = select(AuditEntryRow).order_by(col(AuditEntryRow.id).desc())
        if case_uuid is not None:
            query = query.where(AuditEntryRow.case_uuid == case_uuid)
        query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._db.read() as session:
            return [entry_from_row(row) for row in session.exec(query).all()]

    def case_uuid_of(self, case_no: str) -> str | None:
        """The uuid of the case numbered `case_no`, also of one deleted since (from the log)."""
        with self._db.read() as session:
            found = session.exec(select(CaseRow.uuid).where(CaseRow.case_no == case_no)).first()
            if found is not None:
                return found
            pattern = f"%{json.dumps(case_no, ensure_ascii=False)}%"
            row = session.exec(
                select(AuditEntryRow.case_uuid)
                .where(AuditEntryRow.entity == CaseRow.__tablename__)
                .where(col(AuditEntryRow.fields).like(pattern))
                .where(AuditEntryRow.case_uuid != "")
                .order_by(col(AuditEntryRow.id).desc())
            ).first()
            return row

    def verify(self) -> ChainReport:
        """Walks the whole chain; reports the first broken link (entry id and what is wrong)."""
        with self._db.read() as session:
            count, problem = first_broken_link(stored_entries(session))
        return ChainReport(count, problem)
