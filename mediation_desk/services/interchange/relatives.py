"""Mediators' relatives (version 3 on): mediator_relative rows ↔ each mediator's "relatives"."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from mediation_desk.db.record_tables import MediatorRelativeRow
from mediation_desk.db.tables import MediatorRow
from mediation_desk.services.interchange.loading import chunked, table

Json = dict[str, Any]
KEYS = ("name", "id_number", "relation")  # the columns, one to one
_RELATIVE = table(MediatorRelativeRow.__tablename__)
_MEDIATOR = table(MediatorRow.__tablename__)


def relatives_from_json(items: Sequence[Json]) -> tuple[Json, ...]:
    """A schema-valid list of relatives, keys in their fixed order."""
    return tuple({key: item[key] for key in KEYS} for item in items)


def load_relatives(connection: Connection) -> dict[str, tuple[Json, ...]]:
    """Every stored mediator's relatives in recorded order, by mediator uuid."""
    query = (
        select(_MEDIATOR.c.uuid, *(_RELATIVE.c[key] for key in KEYS))
        .join(_MEDIATOR, _MEDIATOR.c.id == _RELATIVE.c.mediator_id)
        .order_by(_RELATIVE.c.mediator_id, _RELATIVE.c.id)
    )
    found: dict[str, list[Json]] = defaultdict(list)
    for uuid, *values in connection.execute(query):
        found[uuid].append(dict(zip(KEYS, values, strict=True)))
    return {uuid: tuple(items) for uuid, items in found.items()}


def replace_relatives(connection: Connection, relatives: Mapping[str, Sequence[Json]]) -> None:
    """The relatives of the mediators named (by uuid) become exactly the given ones."""
    ids = dict(
        connection.execute(
            select(_MEDIATOR.c.uuid, _MEDIATOR.c.id).where(_MEDIATOR.c.uuid.in_(list(relatives)))
        ).all()
    )
    for chunk in chunked(sorted(ids.values())):
        connection.execute(delete(_RELATIVE).where(_RELATIVE.c.mediator_id.in_(chunk)))
    rows = [
        {"mediator_id": ids[uuid], **item} for uuid, items in relatives.items() for item in items
    ]
    if rows:
        connection.execute(insert(_RELATIVE), rows)
