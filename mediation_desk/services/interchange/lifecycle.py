"""The lifecycle part of a case (version 2 on): risk, dates, history and records, rows ↔ JSON.

Each record kind is a table whose columns map one to one onto JSON keys (kinds.py), so the file
says exactly what the database holds; an agreement's numbered terms are nested in it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Column, Connection, Table, delete, insert, select

from mediation_desk.services.interchange.columns import (
    MAYBE_DATE,
    TERM_FIELDS,
    TERM_ROWS,
    TERMS_KEY,
    TO_JSON,
    Field,
    Json,
    from_json,
    to_json,
)
from mediation_desk.services.interchange.kinds import KINDS, TERMS_TABLE, Kind
from mediation_desk.services.interchange.loading import CASE_TABLE, CHUNK, chunked

__all__ = ["KINDS", "CaseLifecycle", "lifecycle_from_json", "lifecycle_to_json"]


@dataclass(frozen=True)
class CaseLifecycle:
    """A case's lifecycle as the file spells it (normalised JSON values, so `==` compares)."""

    risk_level: str = "general"
    accepted_on: str | None = None
    referral_reported_on: str | None = None
    records: Mapping[str, tuple[Json, ...]] = field(default_factory=dict)  # kind key → items
    risk_indicators: tuple[str, ...] = ()

    def items(self, key: str) -> tuple[Json, ...]:
        return self.records.get(key, ())


def lifecycle_to_json(lifecycle: CaseLifecycle) -> Json:
    """The case keys of the newest version, in their fixed order."""
    values: Json = {
        "risk_level": lifecycle.risk_level,
        "risk_indicators": list(lifecycle.risk_indicators),
        "accepted_on": lifecycle.accepted_on,
        "referral_reported_on": lifecycle.referral_reported_on,
    }
    for kind in KINDS:
        items = list(lifecycle.items(kind.key))
        values[kind.key] = (items[0] if items else None) if kind.single else items
    return values


def lifecycle_from_json(value: Json, path: list[str | int], version: int) -> CaseLifecycle:
    """Reads a schema-valid case of `version` (2 or later); values are normalised (timestamps
    re-spelt), and what the version does not know is empty or its default."""
    records: dict[str, tuple[Json, ...]] = {}
    for kind in KINDS:
        if kind.since > version:
            records[kind.key] = ()
            continue
        raw = value[kind.key]
        if kind.single:
            items = [] if raw is None else [_normalised(kind, raw, version, [*path, kind.key])]
        else:
            items = [
                _normalised(kind, item, version, [*path, kind.key, index])
                for index, item in enumerate(raw)
            ]
        records[kind.key] = tuple(items)
    indicators = tuple(value["risk_indicators"]) if version >= 3 else ()
    return CaseLifecycle(
        value["risk_level"],
        value["accepted_on"],
        value["referral_reported_on"],
        records,
        indicators,
    )


def _normalised(kind: Kind, item: Json, version: int, where: list[str | int]) -> Json:
    values: Json = {}
    for f in kind.fields:
        if f.since > version:
            values[f.key] = list(f.default) if isinstance(f.default, list) else f.default
        elif f.kind == TERM_ROWS:
            values[f.key] = [
                _spelt(TERM_FIELDS, term, [*where, f.key, number])
                for number, term in enumerate(item[f.key])
            ]
        else:
            values[f.key] = to_json(f.kind, from_json(f.kind, item[f.key], [*where, f.key]))
    return values


def _spelt(fields: Sequence[Field], item: Json, where: list[str | int]) -> Json:
    return {f.key: to_json(f.kind, from_json(f.kind, item[f.key], [*where, f.key])) for f in fields}


WHOLE_TABLE = 4 * CHUNK  # from this many parents on, one query per table beats id chunks


def _child_rows(
    connection: Connection,
    target: Table,
    parent: Column[Any],
    columns: Sequence[Column[Any]],
    ids: Sequence[int],
    order: Column[Any],
) -> Iterator[Any]:
    """(parent id, *columns) of the rows of `target` under the parents `ids`, in order."""
    query = select(parent, *columns).order_by(parent, order)
    if len(ids) >= WHOLE_TABLE:
        wanted = set(ids)
        yield from (row for row in connection.execute(query) if row[0] in wanted)
        return
    for chunk in chunked(ids):
        yield from connection.execute(query.where(parent.in_(chunk)))


def _converted(fields: Sequence[Field], rows: Iterator[Any]) -> Iterator[tuple[int, Json]]:
    """(parent id, JSON item) of each row; columns after the fields' own are passed over."""
    names = [f.key for f in fields]
    converters = [(i, c) for i, f in enumerate(fields) if (c := TO_JSON[f.kind])]
    for row in rows:
        values = list(row[1 : len(fields) + 1])
        for index, convert in converters:
            if values[index] is not None:
                values[index] = convert(values[index])
        yield row[0], dict(zip(names, values, strict=True))


def _load_terms(connection: Connection, agreement_ids: Sequence[int]) -> dict[int, list[Json]]:
    columns = [TERMS_TABLE.c[f.column] for f in TERM_FIELDS]
    rows = _child_rows(
        connection,
        TERMS_TABLE,
        TERMS_TABLE.c.agreement_id,
        columns,
        agreement_ids,
        TERMS_TABLE.c.position,
    )
    terms: dict[int, list[Json]] = defaultdict(list)
    for agreement_id, item in _converted(TERM_FIELDS, rows):
        terms[agreement_id].append(item)
    return terms


def _load_kind(connection: Connection, kind: Kind, ids: Sequence[int]) -> list[tuple[int, Json]]:
    """(case id, item) of the kind's rows of the cases `ids`, by case and in recorded order."""
    columns = [kind.table.c[f.column] for f in kind.columns]
    if kind.has_terms:
        columns.append(kind.table.c.id)
    rows = list(
        _child_rows(connection, kind.table, kind.table.c.case_id, columns, ids, kind.table.c.id)
    )
    found = list(_converted(kind.columns, iter(rows)))
    if not kind.has_terms:
        return found
    terms = _load_terms(connection, [row[-1] for row in rows])
    empty: list[Json] = []
    return [
        (case_id, _with_terms(kind, item, terms.get(row[-1], empty)))
        for (case_id, item), row in zip(found, rows, strict=True)
    ]


def _with_terms(kind: Kind, item: Json, terms: list[Json]) -> Json:
    """The item with its terms under "terms", keys in the kind's order."""
    return {f.key: terms if f.kind == TERM_ROWS else item[f.key] for f in kind.fields}


def load_lifecycles(connection: Connection, case_rows: Sequence[Any]) -> dict[int, CaseLifecycle]:
    """The lifecycles of stored cases (rows with id, risk_level, accepted_on …), by case id."""
    found: dict[int, dict[str, list[Json]]] = defaultdict(lambda: defaultdict(list))
    ids = [row.id for row in case_rows]
    for kind in KINDS:
        for case_id, item in _load_kind(connection, kind, ids):
            found[case_id][kind.key].append(item)
    empty: dict[str, list[Json]] = {}
    lifecycles = {}
    for row in case_rows:
        items = found.get(row.id, empty)
        lifecycles[row.id] = CaseLifecycle(
            row.risk_level,
            to_json(MAYBE_DATE, row.accepted_on),
            to_json(MAYBE_DATE, row.referral_reported_on),
            {kind.key: tuple(items.get(kind.key, ())) for kind in KINDS},
            tuple(json.loads(row.risk_indicators or "[]")),
        )
    return lifecycles


def record_owners(
    connection: Connection, kinds: Sequence[str], uuids: Sequence[str]
) -> dict[str, str]:
    """The case uuid of each stored record (of the kinds with `uuids`) among `uuids`."""
    owners: dict[str, str] = {}
    for kind in KINDS:
        if kind.key not in kinds:
            continue
        for chunk in chunked(uuids):
            query = (
                select(kind.table.c.uuid, CASE_TABLE.c.uuid)
                .join(CASE_TABLE, CASE_TABLE.c.id == kind.table.c.case_id)
                .where(kind.table.c.uuid.in_(chunk))
            )
            owners.update((record, case) for record, case in connection.execute(query))
    return owners


def case_columns(lifecycle: CaseLifecycle) -> Json:
    """The case row's lifecycle columns."""
    return {
        "risk_level": lifecycle.risk_level,
        "risk_indicators": json.dumps(list(lifecycle.risk_indicators)),
        "accepted_on": _day(lifecycle.accepted_on),
        "referral_reported_on": _day(lifecycle.referral_reported_on),
    }


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def replace_records(
    connection: Connection, pairs: Sequence[tuple[int, CaseLifecycle]], replaced: Collection[int]
) -> None:
    """Deletes the records of the `replaced` case ids, then inserts those of `pairs`."""
    for kind in KINDS:
        for chunk in chunked(sorted(replaced)):
            if kind.has_terms:
                parents = select(kind.table.c.id).where(kind.table.c.case_id.in_(chunk))
                connection.execute(
                    delete(TERMS_TABLE).where(TERMS_TABLE.c.agreement_id.in_(parents))
                )
            connection.execute(delete(kind.table).where(kind.table.c.case_id.in_(chunk)))
        rows = [
            {"case_id": case_id}
            | {f.column: from_json(f.kind, item[f.key], []) for f in kind.columns}
            for case_id, lifecycle in pairs
            for item in lifecycle.items(kind.key)
        ]
        if rows:
            connection.execute(insert(kind.table), rows)
            if kind.has_terms:
                _insert_terms(connection, kind, pairs)


def _insert_terms(
    connection: Connection, kind: Kind, pairs: Sequence[tuple[int, CaseLifecycle]]
) -> None:
    """The terms of the items just inserted: a case's items are its only rows, in file order,
    so the n-th id of a case (by id) is its n-th item."""
    items = {case_id: life.items(kind.key) for case_id, life in pairs if life.items(kind.key)}
    ids: dict[int, list[int]] = defaultdict(list)
    for chunk in chunked(sorted(items)):
        query = (
            select(kind.table.c.case_id, kind.table.c.id)
            .where(kind.table.c.case_id.in_(chunk))
            .order_by(kind.table.c.case_id, kind.table.c.id)
        )
        for case_id, row_id in connection.execute(query):
            ids[case_id].append(row_id)
    rows = [
        {"agreement_id": row_id, "position": position}
        | {f.column: from_json(f.kind, term[f.key], []) for f in TERM_FIELDS}
        for case_id, case_items in items.items()
        for row_id, item in zip(ids[case_id], case_items, strict=True)
        for position, term in enumerate(item[TERMS_KEY], start=1)
    ]
    if rows:
        connection.execute(insert(TERMS_TABLE), rows)
