"""Captures every row a write session changes, for the audit log, in the same transaction.

ORM objects are seen by the flush events (inserted, changed attributes old → new, deleted);
INSERT and DELETE statements run through the session (services replace a case's parties that
way) are seen by `do_orm_execute`: the rows a DELETE removes are read first, with the rows the
database deletes with them (ON DELETE CASCADE). A row deleted and inserted again in the same
transaction (same uuid or key) becomes one change with only what differs. `Database.write()`
calls `write_captured()` just before committing: one audit entry per changed row.

A savepoint rolled back inside the transaction is not taken back out of what was captured: the
only one (next_serial) touches the number counter, which is not audited.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Table, and_, event, select, true
from sqlalchemy.orm import ORMExecuteState, UOWTransaction
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session

from mediation_desk.db.audit_chain import AUDIT_TABLE, AuditChange, append_entries, plain
from mediation_desk.db.case_links import CaseLinks
from mediation_desk.db.tables import metadata
from mediation_desk.db.types import utc_now

# Not audited: the log itself, the search index (derived from the case) and the number counters.
UNAUDITED_TABLES = frozenset({AUDIT_TABLE.name, "case_search", "case_number_counter"})
# Bookkeeping that changes on every save and says nothing of its own.
UNCOMPARED_COLUMNS = frozenset({"id", "updated_at"})
HIDDEN_VALUES = {("app_user", "password_hash"): "[hidden]"}
_KEY = "audit_capture"


@dataclass
class _RowChange:
    table: str
    before: dict[str, Any] | None  # None: inserted in this transaction
    after: dict[str, Any] | None  # None: deleted in this transaction
    case_uuid: str | None = None  # known for deleted rows (their parents may go with them)


@dataclass
class _Captured:
    rows: dict[object, _RowChange] = field(default_factory=dict)
    summaries: list[AuditChange] = field(default_factory=list)
    suppressed: int = 0


class AuditedSession(Session):
    """A write session whose row changes are captured for the audit log."""


def _captured(session: OrmSession) -> _Captured:
    found = session.info.get(_KEY)
    if found is None:
        found = session.info[_KEY] = _Captured()
    assert isinstance(found, _Captured)
    return found


def add_summary(session: OrmSession, change: AuditChange) -> None:
    """One entry standing for a bulk write that bypasses the ORM (import, demo, restore…)."""
    _captured(session).summaries.append(change)


@contextmanager
def rows_not_captured(session: OrmSession) -> Iterator[None]:
    """Row changes inside the block are not logged one by one (a summary entry says it all)."""
    captured = _captured(session)
    captured.suppressed += 1
    try:
        yield
    finally:
        captured.suppressed -= 1


def _audited(table: Table) -> bool:
    return table.name not in UNAUDITED_TABLES


def _key(table: Table, values: dict[str, Any]) -> object:
    """What identifies a row across a delete and re-insert: its uuid, else its primary key."""
    if "uuid" in table.c and values.get("uuid"):
        return (table.name, "uuid", values["uuid"])
    primary = [c.name for c in table.primary_key.columns]
    if primary and all(values.get(name) is not None for name in primary):
        return (table.name, *(values[name] for name in primary))
    return object()  # nothing stable: never merged


def _note(session: OrmSession, table: Table, before: Any, after: Any, case_uuid: Any) -> None:
    captured = _captured(session)
    if captured.suppressed:
        return
    key = _key(table, after if after is not None else before)
    known = captured.rows.get(key)
    if known is None:
        captured.rows[key] = _RowChange(table.name, before, after, case_uuid)
        return
    known.after = after  # the first `before` and the last `after` are what changed
    if case_uuid is not None and known.case_uuid is None:
        known.case_uuid = case_uuid


def _values(table: Table, row: Any) -> dict[str, Any]:
    mapping = row._mapping if hasattr(row, "_mapping") else row
    return {column.name: plain(mapping[column.name]) for column in table.c}


# -- rows that a delete removes, with the rows the database removes with them -------------------
@cache
def _cascade_children(table_name: str) -> tuple[tuple[Table, str, str], ...]:
    """(child table, its column, the parent's column) of every ON DELETE CASCADE reference."""
    found = []
    for child in metadata.tables.values():
        for key in child.foreign_keys:
            cascades = (key.ondelete or "").upper() == "CASCADE"
            if key.column.table.name == table_name and cascades:
                found.append((child, key.parent.name, key.column.name))
    return tuple(found)


def _note_deleted_rows(session: OrmSession, table: Table, where: ColumnElement[bool]) -> None:
    if not _audited(table) or _captured(session).suppressed:
        return
    links = CaseLinks.of(session)
    connection = session.connection()
    for row in connection.execute(select(table).where(where)):
        values = _values(table, row)
        _note(session, table, values, None, links.case_uuid(connection, table, values))
    for child, column, parent_column in _cascade_children(table.name):
        parents = select(table.c[parent_column]).where(where)
        _note_deleted_rows(session, child, child.c[column].in_(parents.scalar_subquery()))


# -- the session events ------------------------------------------------------------------------
def _mapped_table(instance: Any) -> Table:
    table = type(instance).__table__
    assert isinstance(table, Table)
    return table


def _object_values(table: Table, instance: Any) -> dict[str, Any]:
    state = instance.__dict__
    return {c.name: plain(state.get(c.name)) for c in table.c}


@event.listens_for(AuditedSession, "before_flush")
def _on_before_flush(session: OrmSession, _flush: UOWTransaction, _instances: Any) -> None:
    for instance in session.deleted:
        table = _mapped_table(instance)
        primary = [table.c[c.name] == getattr(instance, c.name) for c in table.primary_key]
        if _audited(table) and not _captured(session).suppressed:
            _note_deleted_rows(session, table, _all(primary))


def _all(conditions: list[ColumnElement[bool]]) -> ColumnElement[bool]:
    return and_(true(), *conditions)


@event.listens_for(AuditedSession, "after_flush")
def _on_after_flush(session: OrmSession, _flush: UOWTransaction) -> None:
    if _captured(session).suppressed:
        return
    for instance in session.new:
        table = _mapped_table(instance)
        if _audited(table):
            _note(session, table, None, _object_values(table, instance), None)
    for instance in session.dirty:
        table = _mapped_table(instance)
        if not _audited(table) or instance in session.deleted:
            continue
        after = _object_values(table, instance)
        before = dict(after)
        inspected = instance._sa_instance_state
        for name in after:
            history = inspected.attrs[name].history
            if history.added or history.deleted:
                before[name] = plain(history.deleted[0]) if history.deleted else None
        if before != after:
            _note(session, table, before, after, None)


@event.listens_for(AuditedSession, "do_orm_execute")
def _on_execute(state: ORMExecuteState) -> None:
    if state.is_select or _captured(state.session).suppressed:
        return
    statement: Any = state.statement
    table = getattr(statement, "table", None)
    if not isinstance(table, Table) or not _audited(table):
        return
    if state.is_delete:
        where = statement.whereclause
        _note_deleted_rows(state.session, table, where if where is not None else _all([]))
    elif state.is_insert:
        _note_inserted(state, table)
    elif state.is_update:
        many = isinstance(state.parameters, list) and len(state.parameters) > 1
        count = len(state.parameters) if many and isinstance(state.parameters, list) else 1
        add_summary(
            state.session, AuditChange("update-rows", table.name, fields={"rows": [None, count]})
        )


def _statement_values(statement: Any) -> dict[str, Any]:
    """The `.values(...)` of an INSERT, read from the statement (compiling it costs ~4 ms)."""
    found = {}
    for key, value in (getattr(statement, "_values", None) or {}).items():
        name = key if isinstance(key, str) else getattr(key, "key", None) or key.name
        found[name] = getattr(value, "value", value)
    return found


def _note_inserted(state: ORMExecuteState, table: Table) -> None:
    parameters = state.parameters
    if isinstance(parameters, list) and len(parameters) > 1:
        change = AuditChange("insert-rows", table.name, fields={"rows": [None, len(parameters)]})
        add_summary(state.session, change)
        return
    given = _statement_values(state.statement)
    if isinstance(parameters, list) and parameters:
        given = {**given, **parameters[0]}
    elif isinstance(parameters, dict):
        given = {**given, **parameters}
    values = {c.name: plain(given[c.name]) for c in table.c if c.name in given}
    _note(state.session, table, None, values, None)


# -- writing the entries -------------------------------------------------------------------
def _fields(
    table: str, before: dict[str, Any] | None, after: dict[str, Any] | None
) -> dict[str, list[Any]]:
    """{field: [old, new]}: every value of an inserted or deleted row, what changed otherwise."""
    if before is None or after is None:
        values = after if before is None else before
        assert values is not None
        pairs = {
            name: [None, value] if before is None else [value, None]
            for name, value in values.items()
            if value not in (None, "")
        }
    else:
        pairs = {
            name: [before[name], value]
            for name, value in after.items()
            if name in before and before[name] != value
        }
    for name in UNCOMPARED_COLUMNS.intersection(pairs):
        del pairs[name]
    for (hidden_table, name), shown in HIDDEN_VALUES.items():
        if hidden_table == table and name in pairs:
            pairs[name] = [None if v is None else shown for v in pairs[name]]
    return pairs


def _without_noise(changes: list[_RowChange]) -> list[_RowChange]:
    """Drops rows deleted and inserted again unchanged where nothing ties them (no uuid)."""

    def content(values: dict[str, Any] | None) -> tuple[Any, ...]:
        return tuple(sorted((k, repr(v)) for k, v in (values or {}).items() if k != "id"))

    inserted: dict[tuple[str, tuple[Any, ...]], list[_RowChange]] = {}
    for change in changes:
        if change.before is None and change.after is not None:
            inserted.setdefault((change.table, content(change.after)), []).append(change)
    dropped: set[int] = set()
    for change in changes:
        if change.after is None and change.before is not None:
            twins = inserted.get((change.table, content(change.before)))
            if twins:
                dropped.update((id(change), id(twins.pop())))
    return [c for c in changes if id(c) not in dropped]


def _identity(table: Table, values: dict[str, Any]) -> str:
    """The row's uuid, else its primary key (a setting's name, a row id) as text."""
    if "uuid" in table.c:
        return str(values.get("uuid") or "")
    key = "/".join(str(values.get(c.name, "")) for c in table.primary_key.columns)
    return key[:36]  # the column's width


def write_captured(session: OrmSession) -> None:
    """Flushes, then appends one entry per changed row (and the summaries) to the audit log."""
    session.flush()
    captured: _Captured = session.info.pop(_KEY, None) or _Captured()
    connection = session.connection()
    links = CaseLinks.of(session)
    entries = []
    for change in _without_noise(list(captured.rows.values())):
        table = metadata.tables[change.table]
        fields = _fields(change.table, change.before, change.after)
        if not fields:
            continue
        values = change.after if change.after is not None else change.before
        assert values is not None
        case_uuid = change.case_uuid
        if case_uuid is None:
            case_uuid = links.case_uuid(connection, table, values)
        action = (
            "insert" if change.before is None else "delete" if change.after is None else "update"
        )
        entries.append(
            AuditChange(action, change.table, _identity(table, values), case_uuid, fields)
        )
    entries.extend(captured.summaries)
    append_entries(
        connection,
        entries,
        actor=str(session.info.get("actor", "")),
        reason=str(session.info.get("reason", "")),
        at=utc_now(),
    )
