"""The parties' rights before mediation (art 23): replacing a mediator (回避) and public or
non-public mediation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from mediation_desk.db.engine import Database
from mediation_desk.db.record_tables import PublicityRow, RecusalRow
from mediation_desk.db.tables import CaseMediatorRow, CaseRow, MediatorRow
from mediation_desk.db.types import utc_now
from mediation_desk.domain.lifecycle.decisions import PublicityChoice, validate_publicity
from mediation_desk.domain.lifecycle.recusal import (
    MediatorRelation,
    Recusal,
    check_recusal_mediators,
    validate_recusal,
)
from mediation_desk.domain.search import join_names
from mediation_desk.services.access import AccessGuard, guard_for
from mediation_desk.services.errors import raise_errors
from mediation_desk.services.rights_store import (
    case_recusals,
    case_relations,
    latest_publicity,
    publicity_columns,
    recusal_columns,
)


class PartyRightsService:
    """Records recusal requests with their replacements, and the parties' publicity choice."""

    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = date.today,
        access: AccessGuard | None = None,
    ) -> None:
        self._db = db
        self._today = today
        self._access = guard_for(db, access)

    def record_recusal(self, case_uuid: str, recusal: Recusal) -> None:
        """Records a request to replace a mediator, or the replacement of an open request for
        the same mediator; a replacement takes the recused mediator's place on the case at once
        (one transaction: the request, the assignment and the case list's mediator names)."""
        raise_errors(validate_recusal(recusal, self._today()))
        with self._db.write() as session:
            case = self._access.writable_case(session, case_uuid)
            assert case.id is not None
            assigned = _assigned(session, case.id)
            active = set(session.exec(select(MediatorRow.uuid).where(col(MediatorRow.active))))
            raise_errors(check_recusal_mediators(recusal, assigned, active))
            row = _open_request(session, case.id, recusal.mediator_uuid) or RecusalRow(
                case_id=case.id,
                mediator_uuid="",
                requested_by="",
                requested_on=recusal.requested_on,
            )
            for key, value in recusal_columns(recusal).items():
                setattr(row, key, value)
            session.add(row)
            if recusal.replacement_uuid:
                _swap_mediator(session, case, recusal.mediator_uuid, recusal.replacement_uuid)

    def recusals(self, case_uuid: str) -> tuple[Recusal, ...]:
        """The case's recusal requests, oldest first."""
        with self._db.read() as session:
            case_id = self._access.readable_case(session, case_uuid).id
            assert case_id is not None
            return case_recusals(session, case_id)

    def relations(self, case_uuid: str) -> tuple[MediatorRelation, ...]:
        """The case's assigned mediators recorded as related to one of its parties."""
        with self._db.read() as session:
            case_id = self._access.readable_case(session, case_uuid).id
            assert case_id is not None
            return case_relations(session, case_id)

    def record_publicity(self, case_uuid: str, choice: PublicityChoice) -> None:
        """The parties' wish for public or non-public mediation; the latest record holds."""
        raise_errors(validate_publicity(choice, self._today()))
        with self._db.write() as session:
            case_id = self._access.writable_case(session, case_uuid).id
            assert case_id is not None
            session.add(PublicityRow(case_id=case_id, **publicity_columns(choice)))

    def publicity(self, case_uuid: str) -> PublicityChoice | None:
        """The latest recorded choice, None when none is recorded."""
        with self._db.read() as session:
            case_id = self._access.readable_case(session, case_uuid).id
            assert case_id is not None
            return latest_publicity(session, case_id)


def _assigned(session: Session, case_id: int, column: Any = MediatorRow.uuid) -> list[str]:
    """A column (the uuid, the name) of the case's mediators, in their order."""
    return list(
        session.exec(
            select(column)
            .join(CaseMediatorRow, col(CaseMediatorRow.mediator_id) == col(MediatorRow.id))
            .where(CaseMediatorRow.case_id == case_id)
            .order_by(col(CaseMediatorRow.position))
        )
    )


def _open_request(session: Session, case_id: int, mediator_uuid: str) -> RecusalRow | None:
    query = select(RecusalRow).where(
        RecusalRow.case_id == case_id,
        RecusalRow.mediator_uuid == mediator_uuid,
        RecusalRow.replacement_uuid == "",
    )
    return session.exec(query.order_by(col(RecusalRow.id).desc())).first()


def _swap_mediator(session: Session, case: CaseRow, recused: str, replacement: str) -> None:
    """The replacement takes the recused mediator's position in the case's assignment."""
    mediators = {
        row.uuid: row
        for row in session.exec(
            select(MediatorRow).where(col(MediatorRow.uuid).in_([recused, replacement]))
        )
    }
    new_id = mediators[replacement].id
    assert new_id is not None
    links = session.exec(
        select(CaseMediatorRow)
        .where(CaseMediatorRow.case_id == case.id)
        .order_by(col(CaseMediatorRow.position))
    ).all()
    old = next((link for link in links if link.mediator_id == mediators[recused].id), None)
    position = old.position if old is not None else len(links)
    if old is not None:
        session.delete(old)
        session.flush()
    assert case.id is not None
    session.add(CaseMediatorRow(case_id=case.id, mediator_id=new_id, position=position))
    session.flush()
    case.mediators_display = join_names(_assigned(session, case.id, MediatorRow.name))
    case.updated_at = utc_now()
    session.add(case)
