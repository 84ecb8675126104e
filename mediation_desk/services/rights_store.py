"""Recusals, the publicity choice and mediators' relatives between rows and domain objects."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlmodel import Session, col, select

from mediation_desk.db.record_tables import MediatorRelativeRow, PublicityRow, RecusalRow
from mediation_desk.db.tables import CaseMediatorRow, MediatorRow, PartyRow
from mediation_desk.domain.enums import PartyKind, PartyRole
from mediation_desk.domain.lifecycle.decisions import Publicity, PublicityChoice
from mediation_desk.domain.lifecycle.recusal import MediatorRelation, Recusal, find_relations
from mediation_desk.domain.models import Mediator, MediatorRelative, Party


def recusal_from_row(row: RecusalRow) -> Recusal:
    return Recusal(
        mediator_uuid=row.mediator_uuid,
        requested_by=row.requested_by,
        requested_on=row.requested_on,
        reason=row.reason,
        replacement_uuid=row.replacement_uuid,
        replaced_on=row.replaced_on,
    )


def recusal_columns(recusal: Recusal) -> dict[str, Any]:
    """The case_recusal columns of a request (all but id and case_id)."""
    return {
        "mediator_uuid": recusal.mediator_uuid,
        "requested_by": recusal.requested_by,
        "requested_on": recusal.requested_on,
        "reason": recusal.reason,
        "replacement_uuid": recusal.replacement_uuid,
        "replaced_on": recusal.replaced_on,
    }


def publicity_from_row(row: PublicityRow) -> PublicityChoice:
    return PublicityChoice(
        publicity=Publicity(row.publicity),
        requested_by=row.requested_by,
        recorded_on=row.recorded_on,
        involves_privacy=row.involves_privacy,
        objected_by=tuple(str(name) for name in json.loads(row.objected_by or "[]")),
    )


def publicity_columns(choice: PublicityChoice) -> dict[str, Any]:
    return {
        "publicity": choice.publicity.value,
        "requested_by": choice.requested_by,
        "recorded_on": choice.recorded_on,
        "involves_privacy": choice.involves_privacy,
        "objected_by": json.dumps(list(choice.objected_by)),
    }


def case_recusals(session: Session, case_id: int) -> tuple[Recusal, ...]:
    """The case's recusal requests, oldest first."""
    query = select(RecusalRow).where(RecusalRow.case_id == case_id).order_by(col(RecusalRow.id))
    return tuple(recusal_from_row(row) for row in session.exec(query))


def latest_publicity(session: Session, case_id: int) -> PublicityChoice | None:
    """The parties' latest choice of public or non-public mediation, if recorded."""
    query = (
        select(PublicityRow)
        .where(PublicityRow.case_id == case_id)
        .order_by(col(PublicityRow.id).desc())
    )
    row = session.exec(query).first()
    return publicity_from_row(row) if row is not None else None


def relatives_by_mediator(
    session: Session, mediator_ids: Iterable[int]
) -> dict[int, tuple[MediatorRelative, ...]]:
    """The relatives listed for each of the mediators, in the order they were entered."""
    ids = list(mediator_ids)
    if not ids:
        return {}
    query = (
        select(MediatorRelativeRow)
        .where(col(MediatorRelativeRow.mediator_id).in_(ids))
        .order_by(col(MediatorRelativeRow.id))
    )
    found: dict[int, list[MediatorRelative]] = {}
    for row in session.exec(query):
        relative = MediatorRelative(row.name, row.relation, row.id_number)
        found.setdefault(row.mediator_id, []).append(relative)
    return {mediator_id: tuple(relatives) for mediator_id, relatives in found.items()}


def replace_relatives(
    session: Session, mediator_id: int, relatives: Sequence[MediatorRelative]
) -> None:
    """Stores exactly `relatives` for the mediator (inside the caller's transaction)."""
    query = select(MediatorRelativeRow).where(MediatorRelativeRow.mediator_id == mediator_id)
    for row in session.exec(query):
        session.delete(row)
    for relative in relatives:
        session.add(
            MediatorRelativeRow(
                mediator_id=mediator_id,
                name=relative.name,
                id_number=relative.id_number,
                relation=relative.relation,
            )
        )


def case_relations(session: Session, case_id: int) -> tuple[MediatorRelation, ...]:
    """The case's assigned mediators who list one of its parties among their relatives."""
    assigned = session.exec(
        select(MediatorRow.id, MediatorRow.uuid, MediatorRow.name)
        .join(CaseMediatorRow, col(CaseMediatorRow.mediator_id) == col(MediatorRow.id))
        .where(CaseMediatorRow.case_id == case_id)
        .order_by(col(CaseMediatorRow.position))
    ).all()
    relatives = relatives_by_mediator(session, (m_id for m_id, _, _ in assigned if m_id))
    if not relatives:
        return ()
    mediators = [
        Mediator(name, uuid=uuid, relatives=relatives.get(mediator_id or 0, ()))
        for mediator_id, uuid, name in assigned
    ]
    parties = [
        Party(PartyRole.APPLICANT, PartyKind.PERSON, name, id_number=id_number)
        for name, id_number in session.exec(
            select(PartyRow.name, PartyRow.id_number).where(PartyRow.case_id == case_id)
        )
    ]
    return tuple(find_relations(mediators, [m.uuid for m in mediators], parties))
