"""The committee and mediators demo cases belong to: the existing ones, else new demo ones."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, func, insert, select

from mediation_desk.db.record_tables import MediatorRelativeRow
from mediation_desk.db.tables import CommitteeRow, MediatorRow
from mediation_desk.db.types import utc_now
from mediation_desk.domain.divisions import DivisionTree
from mediation_desk.domain.models import Committee, Mediator
from mediation_desk.domain.validation import (
    Issue,
    has_errors,
    validate_committee,
    validate_mediator,
)
from mediation_desk.services.demo.dice import between
from mediation_desk.services.demo.generator import DemoMediator
from mediation_desk.services.demo.people import NewId
from mediation_desk.services.demo.staff import demo_committee, demo_mediators, demo_relatives
from mediation_desk.services.demo.writer import StaffMember, table
from mediation_desk.services.errors import ValidationFailed
from mediation_desk.services.mapping import committee_values, mediator_values

MEDIATOR_COUNT = (5, 9)


@dataclass(frozen=True)
class DemoSetup:
    """Who the demo cases are registered by and numbered for."""

    committee_id: int
    division_code: str
    case_no_pattern: str
    short_name: str
    mediators: tuple[DemoMediator, ...]
    staff: dict[str, StaffMember]  # by mediator uuid
    created_committee: bool
    created_mediators: int


def prepare(
    connection: Connection, tree: DivisionTree, rng: random.Random, new_id: NewId, today: date
) -> DemoSetup:
    """Uses the database's committee and active mediators, creating whichever is missing (new
    mediators come with some relatives)."""
    committees = table(CommitteeRow)
    row = connection.execute(select(committees).order_by(committees.c.id).limit(1)).first()
    created_committee = row is None
    if row is None:
        committee_id = _insert_committee(connection, demo_committee(tree, rng, new_id))
        row = connection.execute(select(committees).where(committees.c.id == committee_id)).one()
    active = _active_mediators(connection, row.id)
    created = 0
    if not active:
        new = demo_mediators(rng, new_id, between(rng, *MEDIATOR_COUNT))
        _insert_mediators(connection, row.id, new)
        created = len(new)
        active = _active_mediators(connection, row.id)
        ids = {uuid: id_ for id_, uuid, _, _ in active}
        # Drawn from a stream of their own: the cases a seed gives stay the same.
        side = random.Random(hash(rng.getstate()))
        relatives = demo_relatives(side, new, row.division_code[:6], today)
        if relatives:
            connection.execute(
                insert(table(MediatorRelativeRow)),
                [
                    {
                        "mediator_id": ids[r.mediator_uuid],
                        "name": r.name,
                        "id_number": r.id_number,
                        "relation": r.relation,
                    }
                    for r in relatives
                ],
            )
    return DemoSetup(
        committee_id=row.id,
        division_code=row.division_code,
        case_no_pattern=row.case_no_pattern,
        short_name=row.short_name,
        mediators=tuple(DemoMediator(uuid, name, mongolian) for _, uuid, name, mongolian in active),
        staff={uuid: StaffMember(id_, name) for id_, uuid, name, _ in active},
        created_committee=created_committee,
        created_mediators=created,
    )


def _active_mediators(
    connection: Connection, committee_id: int
) -> list[tuple[int, str, str, bool]]:
    """Id, uuid, name and Mongolian ability of the active mediators, in the settings' order."""
    mediators = table(MediatorRow)
    query = (
        select(mediators.c.id, mediators.c.uuid, mediators.c.name, mediators.c.speaks_mongolian)
        .where(mediators.c.committee_id == committee_id, mediators.c.active.is_(True))
        .order_by(mediators.c.position, mediators.c.id)
    )
    return [(r.id, r.uuid, r.name, bool(r.speaks_mongolian)) for r in connection.execute(query)]


def _insert_committee(connection: Connection, committee: Committee) -> int:
    issues = validate_committee(committee)
    if has_errors(issues):
        raise ValidationFailed(issues)
    now = utc_now()
    result = connection.execute(
        insert(table(CommitteeRow)).values(
            **committee_values(committee), created_at=now, updated_at=now
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _insert_mediators(connection: Connection, committee_id: int, mediators: list[Mediator]) -> None:
    issues: list[Issue] = [i for m in mediators for i in validate_mediator(m)]
    if has_errors(issues):
        raise ValidationFailed(issues)
    table_ = table(MediatorRow)
    last = connection.execute(
        select(func.max(table_.c.position)).where(table_.c.committee_id == committee_id)
    ).scalar()
    start = 0 if last is None else int(last) + 1
    rows = [
        {
            "uuid": mediator.uuid,
            "committee_id": committee_id,
            "position": start + index,
            **mediator_values(mediator),
        }
        for index, mediator in enumerate(mediators)
    ]
    connection.execute(insert(table_), rows)
