"""The lifecycle part of a version 2 case: risk, dates, history and records, rows ↔ JSON.

Each record kind is a table whose columns map one to one onto JSON keys (list columns, stored
as JSON text, become arrays), so the file says exactly what the database holds.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select

from mediation_desk.db.lifecycle_tables import (
    CaseAgreementRow,
    CaseDecisionRow,
    CaseDiversionRow,
    CaseEscalationRow,
    CaseExtensionRow,
    CaseFollowUpRow,
    CaseRefusalRow,
    CaseRightsNoticeRow,
    CaseTerminationRow,
    CaseTransitionRow,
)
from mediation_desk.services.interchange.errors import InterchangeError
from mediation_desk.services.interchange.loading import CHUNK, chunked, table
from mediation_desk.services.interchange.paths import json_path

Json = dict[str, Any]
# Column kinds: text, bool, date, date or null, UTC timestamp, list of strings.
TEXT, BOOL, DATE, MAYBE_DATE, MOMENT, LIST = "text", "bool", "date", "date?", "moment", "list"


@dataclass(frozen=True)
class Kind:
    """One record kind: its JSON key, its table, and (JSON key, column, column kind) triples."""

    key: str
    table: Table
    fields: tuple[tuple[str, str, str], ...]


def _kind(key: str, model: Any, *fields: tuple[str, str]) -> Kind:
    return Kind(key, table(model.__tablename__), tuple((n, n, k) for n, k in fields))


_REFUSAL = (("refusal_party", TEXT), ("refusal_on", MAYBE_DATE), ("refusal_method", TEXT))
HISTORY = Kind(
    "history",
    table(CaseTransitionRow.__tablename__),
    (
        ("from_status", "from_status", TEXT),
        ("to_status", "to_status", TEXT),
        ("at", "at", MOMENT),
        ("by", "made_by", TEXT),
        ("reason", "reason", TEXT),
        ("codes", "codes", LIST),
    ),
)
RECORDS = (
    _kind(
        "decisions",
        CaseDecisionRow,
        ("accepted", BOOL),
        ("decided_on", DATE),
        ("decided_by", TEXT),
        ("reason_code", TEXT),
        ("reason_text", TEXT),
        ("channels_told", LIST),
        *_REFUSAL,
    ),
    _kind(
        "refusals",
        CaseRefusalRow,
        ("party", TEXT),
        ("refused_on", DATE),
        ("method", TEXT),
        ("note", TEXT),
    ),
    _kind(
        "rights_notices",
        CaseRightsNoticeRow,
        ("given_on", DATE),
        ("given_to", LIST),
        ("method", TEXT),
        ("given_by", TEXT),
    ),
    _kind(
        "diversions",
        CaseDiversionRow,
        ("channel_code", TEXT),
        ("receiving_body", TEXT),
        ("reason", TEXT),
        ("diverted_on", DATE),
        ("warnings_told", LIST),
        ("needs_met", LIST),
        ("feedback", TEXT),
        ("feedback_on", MAYBE_DATE),
        ("feedback_note", TEXT),
        ("feedback_due_on", MAYBE_DATE),
    ),
    _kind(
        "terminations",
        CaseTerminationRow,
        ("reason", TEXT),
        ("terminated_on", DATE),
        ("channels_explained", LIST),
        *_REFUSAL,
        ("note", TEXT),
    ),
    _kind(
        "agreements",
        CaseAgreementRow,
        ("form", TEXT),
        ("reached_on", DATE),
        ("signed_on", MAYBE_DATE),
        ("effective_on", MAYBE_DATE),
        ("performance_due", LIST),
        ("performance", TEXT),
        ("confirmation_applied_on", MAYBE_DATE),
    ),
    _kind(
        "follow_ups",
        CaseFollowUpRow,
        ("visited_on", DATE),
        ("visited_by", TEXT),
        ("performance", TEXT),
        ("channels_explained", LIST),
        ("note", TEXT),
    ),
    _kind(
        "escalations",
        CaseEscalationRow,
        ("level", TEXT),
        ("recipients", LIST),
        ("other_recipient", TEXT),
        ("reported_at", MOMENT),
        ("method", TEXT),
        ("measures", TEXT),
        ("reported_by", TEXT),
    ),
    _kind(
        "extensions",
        CaseExtensionRow,
        ("agreed_on", DATE),
        ("until", DATE),
        ("both_parties_consent", BOOL),
        ("note", TEXT),
    ),
)
KINDS = (HISTORY, *RECORDS)


@dataclass(frozen=True)
class CaseLifecycle:
    """A case's lifecycle as the file spells it (normalised JSON values, so `==` compares)."""

    risk_level: str = "general"
    accepted_on: str | None = None
    referral_reported_on: str | None = None
    records: Mapping[str, tuple[Json, ...]] = field(default_factory=dict)  # kind key → items

    def items(self, key: str) -> tuple[Json, ...]:
        return self.records.get(key, ())


def timestamp_to_json(value: datetime) -> str:
    """UTC with a trailing Z; microseconds only when there are any."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"


def _to_json(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == LIST:
        return [str(item) for item in json.loads(value or "[]")]
    if kind in (DATE, MAYBE_DATE):
        return value.isoformat()
    if kind == MOMENT:
        return timestamp_to_json(value)
    return value


def _from_json(kind: str, value: Any, path: list[str | int]) -> Any:
    if value is None:
        return None
    if kind == LIST:
        return json.dumps(list(value))
    if kind in (DATE, MAYBE_DATE):
        return date.fromisoformat(value)
    if kind == MOMENT:
        return parse_timestamp(value, path)
    return value


def parse_timestamp(text: str, path: Sequence[str | int]) -> datetime:
    try:
        return datetime.fromisoformat(text).astimezone(UTC)
    except ValueError:
        raise InterchangeError(json_path(path), f"{text!r} is not a valid UTC timestamp") from None


def lifecycle_to_json(lifecycle: CaseLifecycle) -> Json:
    """The case keys of version 2, in their fixed order."""
    return {
        "risk_level": lifecycle.risk_level,
        "accepted_on": lifecycle.accepted_on,
        "referral_reported_on": lifecycle.referral_reported_on,
        **{kind.key: list(lifecycle.items(kind.key)) for kind in KINDS},
    }


def lifecycle_from_json(value: Json, path: list[str | int]) -> CaseLifecycle:
    """Reads a schema-valid version 2 case; values are normalised (timestamps re-spelt)."""
    records: dict[str, tuple[Json, ...]] = {}
    for kind in KINDS:
        items = []
        for index, item in enumerate(value[kind.key]):
            where = [*path, kind.key, index]
            items.append(
                {
                    name: _to_json(k, _from_json(k, item[name], [*where, name]))
                    for name, _, k in kind.fields
                }
            )
        records[kind.key] = tuple(items)
    return CaseLifecycle(
        value["risk_level"], value["accepted_on"], value["referral_reported_on"], records
    )


def _list_to_json(text: str) -> list[str]:
    return [] if text in ("", "[]") else [str(item) for item in json.loads(text)]


def _date_to_json(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _moment_to_json(value: datetime | None) -> str | None:
    return None if value is None else timestamp_to_json(value)


# Per column kind, how a stored value becomes a JSON value (None: as it is).
_TO_JSON: dict[str, Callable[[Any], Any] | None] = {
    TEXT: None,
    BOOL: None,
    DATE: _date_to_json,
    MAYBE_DATE: _date_to_json,
    MOMENT: _moment_to_json,
    LIST: _list_to_json,
}
WHOLE_TABLE = 4 * CHUNK  # from this many cases on, one query per table beats id chunks


def _kind_rows(connection: Connection, kind: Kind, ids: Sequence[int]) -> Iterator[Any]:
    """The rows of a kind for the cases `ids`, by case and then in recorded order."""
    columns = [kind.table.c[column] for _, column, _ in kind.fields]
    query = select(kind.table.c.case_id, *columns).order_by(kind.table.c.case_id, kind.table.c.id)
    if len(ids) >= WHOLE_TABLE:
        wanted = set(ids)
        yield from (row for row in connection.execute(query) if row[0] in wanted)
        return
    for chunk in chunked(ids):
        yield from connection.execute(query.where(kind.table.c.case_id.in_(chunk)))


def load_lifecycles(connection: Connection, case_rows: Sequence[Any]) -> dict[int, CaseLifecycle]:
    """The lifecycles of stored cases (rows with id, risk_level, accepted_on …), by case id."""
    found: dict[int, dict[str, list[Json]]] = defaultdict(lambda: defaultdict(list))
    ids = [row.id for row in case_rows]
    for kind in KINDS:
        names = [name for name, _, _ in kind.fields]
        converters = [(i, f) for i, (_, _, k) in enumerate(kind.fields) if (f := _TO_JSON[k])]
        for row in _kind_rows(connection, kind, ids):
            values = list(row[1:])
            for index, convert in converters:
                values[index] = convert(values[index])
            found[row[0]][kind.key].append(dict(zip(names, values, strict=True)))
    empty: dict[str, list[Json]] = {}
    lifecycles = {}
    for row in case_rows:
        items = found.get(row.id, empty)
        lifecycles[row.id] = CaseLifecycle(
            row.risk_level,
            _date_to_json(row.accepted_on),
            _date_to_json(row.referral_reported_on),
            {kind.key: tuple(items.get(kind.key, ())) for kind in KINDS},
        )
    return lifecycles


def case_columns(lifecycle: CaseLifecycle) -> Json:
    """The case row's lifecycle columns."""
    return {
        "risk_level": lifecycle.risk_level,
        "accepted_on": _from_json(MAYBE_DATE, lifecycle.accepted_on, []),
        "referral_reported_on": _from_json(MAYBE_DATE, lifecycle.referral_reported_on, []),
    }


def replace_records(
    connection: Connection, pairs: Sequence[tuple[int, CaseLifecycle]], replaced: Collection[int]
) -> None:
    """Deletes the records of the `replaced` case ids, then inserts those of `pairs`."""
    for kind in KINDS:
        for chunk in chunked(sorted(replaced)):
            connection.execute(delete(kind.table).where(kind.table.c.case_id.in_(chunk)))
        rows = [
            {"case_id": case_id}
            | {column: _from_json(k, item[name], []) for name, column, k in kind.fields}
            for case_id, lifecycle in pairs
            for item in lifecycle.items(kind.key)
        ]
        if rows:
            connection.execute(insert(kind.table), rows)
