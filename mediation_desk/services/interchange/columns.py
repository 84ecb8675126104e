"""How a stored column value becomes a JSON value of the interchange file, and back.

Each record field has a column kind; the conversions are exact, so export → import → export
gives the same bytes. List and object columns are JSON text in the database.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from mediation_desk.services.interchange.errors import InterchangeError
from mediation_desk.services.interchange.paths import json_path

Json = dict[str, Any]
# Column kinds: text, bool, date, date or null, UTC timestamp, list of strings.
TEXT, BOOL, DATE, MAYBE_DATE, MOMENT, LIST = "text", "bool", "date", "date?", "moment", "list"
AMOUNT = "amount"  # whole fen in the database, a decimal string of yuan ("12000.50") in the file
# JSON text holding a list of small objects with these keys (an investigation's evidence, a
# session's statements): the file holds the objects, keys always in this order.
OBJECT_KEYS = {
    "evidence": ("description", "source", "attachment"),
    "statements": ("speaker", "text"),
}
TERMS = "terms"  # a draft's terms: JSON text of agreement_term columns (see records_store)
TERM_ROWS = "term_rows"  # an agreement's terms: its agreement_term rows, by position
TERMS_KEY = "terms"
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class Field:
    """One JSON key of a record, the column it maps onto, its kind, and since which version."""

    key: str
    column: str
    kind: str
    since: int = 2
    default: Any = None  # what an older file that lacks the key means


def field(key: str, kind: str, since: int = 2, default: Any = None, column: str = "") -> Field:
    if default is None and since > 2:
        default = (
            [] if kind in (LIST, TERMS, TERM_ROWS, *OBJECT_KEYS) else "" if kind == TEXT else None
        )
    return Field(key, column or key, kind, since, default)


# The terms of an agreement (agreement_term rows, by position) and of a draft (JSON text).
TERM_FIELDS = (
    field("obligor", TEXT),
    field("content", TEXT),
    field("amount", AMOUNT, column="amount_fen"),
    field("method", TEXT),
    field("place", TEXT),
    field("due_on", MAYBE_DATE),
    field("performance", TEXT),
    field("performed_on", MAYBE_DATE),
)


def timestamp_to_json(value: datetime) -> str:
    """UTC with a trailing Z; microseconds only when there are any."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"


def parse_timestamp(text: str, path: Sequence[str | int]) -> datetime:
    try:
        return datetime.fromisoformat(text).astimezone(UTC)
    except ValueError:
        raise InterchangeError(json_path(path), f"{text!r} is not a valid UTC timestamp") from None


def amount_to_json(fen: int | None) -> str | None:
    """12000050 fen → "120000.50", as the case amount is written."""
    return None if fen is None else f"{fen // 100}.{fen % 100:02d}"


def amount_from_json(text: str | None) -> int | None:
    return None if text is None else int(Decimal(text).quantize(_CENT) * 100)


def _list_to_json(text: str) -> list[str]:
    return [] if text in ("", "[]") else [str(item) for item in json.loads(text)]


def _date_to_json(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _moment_to_json(value: datetime | None) -> str | None:
    return None if value is None else timestamp_to_json(value)


def _objects_to_json(keys: tuple[str, ...]) -> Callable[[str], list[Json]]:
    def convert(text: str) -> list[Json]:
        items = [] if text in ("", "[]") else json.loads(text)
        return [{key: str(item.get(key, "")) for key in keys} for item in items]

    return convert


def _stored_term_to_json(item: Json) -> Json:
    """A draft's stored term (agreement_term columns, dates as text) as the file's term."""
    values = {f.key: item.get(f.column) for f in TERM_FIELDS}
    values["amount"] = amount_to_json(values["amount"])
    return values


def _terms_to_json(text: str) -> list[Json]:
    return [] if text in ("", "[]") else [_stored_term_to_json(t) for t in json.loads(text)]


def terms_text(terms: Sequence[Json]) -> str:
    """The file's terms as a draft stores them (the key order of records_store's terms)."""
    stored = [
        {
            f.column: amount_from_json(t[f.key]) if f.kind == AMOUNT else t[f.key]
            for f in TERM_FIELDS
        }
        for t in terms
    ]
    return json.dumps(stored, ensure_ascii=False)


# Per column kind, how a stored value becomes a JSON value (None: as it is).
TO_JSON: dict[str, Callable[[Any], Any] | None] = {
    TEXT: None,
    BOOL: None,
    DATE: _date_to_json,
    MAYBE_DATE: _date_to_json,
    MOMENT: _moment_to_json,
    LIST: _list_to_json,
    AMOUNT: amount_to_json,
    TERMS: _terms_to_json,
    **{kind: _objects_to_json(keys) for kind, keys in OBJECT_KEYS.items()},
}


def to_json(kind: str, value: Any) -> Any:
    convert = TO_JSON[kind]
    return value if convert is None or value is None else convert(value)


def from_json(kind: str, value: Any, path: list[str | int]) -> Any:
    """The stored value of a schema-valid JSON value (raises for a bad timestamp)."""
    if value is None:
        return None
    if kind == LIST:
        return json.dumps(list(value))
    if kind in (DATE, MAYBE_DATE):
        return date.fromisoformat(value)
    if kind == MOMENT:
        return parse_timestamp(value, path)
    if kind == AMOUNT:
        return amount_from_json(value)
    if kind == TERMS:
        return terms_text(value)
    if kind in OBJECT_KEYS:
        keys = OBJECT_KEYS[kind]
        return json.dumps([{key: item[key] for key in keys} for item in value], ensure_ascii=False)
    return value
