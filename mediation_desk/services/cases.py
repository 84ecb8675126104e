"""Registering, reading and editing cases (受理登记)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import CursorResult, delete, insert, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from mediation_desk.db.engine import Database
from mediation_desk.db.tables import (
    AgentRow,
    CaseMediatorRow,
    CaseNumberCounterRow,
    CaseRow,
    CaseSearchRow,
    CategoryRow,
    MediatorRow,
    PartyRow,
)
from mediation_desk.db.types import utc_now
from mediation_desk.domain.access.roles import Action
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.models import Case, CaseDraft, Party, new_uuid
from mediation_desk.domain.numbering import format_case_no
from mediation_desk.domain.search import join_names, parties_display, search_columns
from mediation_desk.domain.validation import has_errors, normalise_party, validate_case
from mediation_desk.services.access import AccessGuard, guard_for
from mediation_desk.services.committee import committee_row
from mediation_desk.services.errors import NotFound, ValidationFailed
from mediation_desk.services.mapping import (
    agent_values,
    case_from_row,
    case_values,
    party_from_row,
    party_values,
)

Clock = Callable[[], date]


class CaseService:
    """Use cases on one case at a time."""

    def __init__(
        self, db: Database, today: Clock = date.today, access: AccessGuard | None = None
    ) -> None:
        self._db = db
        self._today = today
        self._access = guard_for(db, access)

    def register(self, draft: CaseDraft) -> Case:
        """Validates and stores a new case under the next free number of its year."""
        self._access.require(Action.REGISTER_CASE)
        draft = self._checked(draft)
        with self._db.write() as session:
            case_id = _insert_case(session, draft)
        return self._get_by_id(case_id)

    def update(self, uuid: str, draft: CaseDraft) -> Case:
        """Replaces what the intake dialog holds; the number and status stay."""
        draft = self._checked(draft)
        with self._db.write() as session:
            row = self._access.writable_case(session, uuid)
            for key, value in case_values(draft).items():
                setattr(row, key, value)
            row.updated_at = utc_now()
            session.add(row)
            session.flush()
            assert row.id is not None
            _write_children(session, row, draft)
        return self.get(uuid)

    def get(self, uuid: str) -> Case:
        """The case, if the acting user may read it (AccessDenied otherwise)."""
        with self._db.read() as session:
            return _load_case(session, self._access.readable_case(session, uuid))

    def get_by_number(self, case_no: str) -> Case:
        try:
            case_no.encode("utf-8")
        except UnicodeEncodeError:  # half a character (a non-UTF-8 argument): no case has it
            raise NotFound(case_no) from None
        with self._db.read() as session:
            row = session.exec(select(CaseRow).where(CaseRow.case_no == case_no)).first()
            if row is None:
                raise NotFound(case_no)
            self._access.check_read(session, row)
            return _load_case(session, row)

    def _get_by_id(self, case_id: int) -> Case:
        with self._db.read() as session:
            row = session.get(CaseRow, case_id)
            assert row is not None
            return _load_case(session, row)

    def _checked(self, draft: CaseDraft) -> CaseDraft:
        today = self._today()
        draft = _normalised(draft, today)
        with self._db.read() as session:
            categories = set(session.exec(select(CategoryRow.code)).all())
            mediators = set(session.exec(select(MediatorRow.uuid)).all())
        issues = validate_case(draft, today, known_categories=categories, known_mediators=mediators)
        if has_errors(issues):
            raise ValidationFailed(issues)
        return draft


def _normalised(draft: CaseDraft, today: date) -> CaseDraft:
    parties: tuple[Party, ...] = tuple(normalise_party(p, today) for p in draft.parties)
    return CaseDraft(**{**draft.__dict__, "parties": parties})


def next_serial(session: Session, committee_id: int, year: int) -> int:
    """Hands out the next serial of the year; the UPDATE takes the row lock before reading."""
    counter = CaseNumberCounterRow
    increment = (
        update(counter)
        .where(col(counter.committee_id) == committee_id, col(counter.year) == year)
        .values(last_serial=col(counter.last_serial) + 1)
    )
    if session.execute(increment).rowcount == 0:  # type: ignore[attr-defined]
        try:
            with session.begin_nested():
                session.execute(
                    insert(counter).values(committee_id=committee_id, year=year, last_serial=1)
                )
            return 1
        except IntegrityError:
            # Another writer created the year's row first (possible on PostgreSQL only).
            session.execute(increment)
    return session.exec(
        select(counter.last_serial).where(
            counter.committee_id == committee_id, counter.year == year
        )
    ).one()


def raise_counter(session: Session, committee_id: int, year: int, serial: int) -> None:
    """Makes sure a serial taken from elsewhere (an import) is never handed out again."""
    counter = session.get(CaseNumberCounterRow, (committee_id, year))
    if counter is None:
        session.add(CaseNumberCounterRow(committee_id=committee_id, year=year, last_serial=serial))
    elif counter.last_serial < serial:
        counter.last_serial = serial
        session.add(counter)


def _insert_case(session: Session, draft: CaseDraft) -> int:
    committee = committee_row(session)
    assert committee.id is not None
    year = draft.received_on.year
    serial = next_serial(session, committee.id, year)
    case_no = format_case_no(
        committee.case_no_pattern, year=year, short_name=committee.short_name, serial=serial
    )
    now = utc_now()
    row = CaseRow(
        uuid=new_uuid(),
        committee_id=committee.id,
        case_no=case_no,
        year=year,
        serial=serial,
        status=CaseStatus.REGISTERED.value,
        created_at=now,
        updated_at=now,
        **case_values(draft),  # type: ignore[arg-type]
    )
    session.add(row)
    session.flush()
    _write_children(session, row, draft)
    assert row.id is not None
    return row.id


def _write_children(session: Session, row: CaseRow, draft: CaseDraft) -> None:
    """Replaces parties, agents, mediators and the search text of a case."""
    assert row.id is not None
    case_id = row.id
    session.execute(delete(PartyRow).where(col(PartyRow.case_id) == case_id))
    session.execute(delete(CaseMediatorRow).where(col(CaseMediatorRow.case_id) == case_id))
    session.execute(delete(CaseSearchRow).where(col(CaseSearchRow.case_id) == case_id))
    session.flush()
    for position, party in enumerate(draft.parties):
        result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
            insert(PartyRow).values(**party_values(party, case_id, position))
        )
        assert result.inserted_primary_key is not None
        party_id = result.inserted_primary_key[0]
        for agent_position, agent in enumerate(party.agents):
            session.execute(
                insert(AgentRow).values(**agent_values(agent, party_id, agent_position))
            )
    mediators = {
        r.uuid: r
        for r in session.exec(
            select(MediatorRow).where(col(MediatorRow.uuid).in_(draft.mediator_uuids))
        )
    }
    for position, uuid in enumerate(draft.mediator_uuids):
        session.execute(
            insert(CaseMediatorRow).values(
                case_id=case_id, mediator_id=mediators[uuid].id, position=position
            )
        )
    session.execute(
        insert(CaseSearchRow).values(case_id=case_id, **search_columns(row.case_no, draft))
    )
    row.parties_display = parties_display(draft)
    row.mediators_display = join_names(mediators[u].name for u in draft.mediator_uuids)
    session.add(row)


def _load_case(session: Session, row: CaseRow) -> Case:
    party_rows = session.exec(
        select(PartyRow).where(PartyRow.case_id == row.id).order_by(col(PartyRow.position))
    ).all()
    parties = []
    for party_row in party_rows:
        agents = session.exec(
            select(AgentRow)
            .where(AgentRow.party_id == party_row.id)
            .order_by(col(AgentRow.position))
        ).all()
        parties.append(party_from_row(party_row, agents))
    mediator_uuids = session.exec(
        select(MediatorRow.uuid)
        .join(CaseMediatorRow, col(CaseMediatorRow.mediator_id) == col(MediatorRow.id))
        .where(CaseMediatorRow.case_id == row.id)
        .order_by(col(CaseMediatorRow.position))
    ).all()
    return case_from_row(row, parties, mediator_uuids)
