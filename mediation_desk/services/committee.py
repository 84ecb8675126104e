"""The committee's own facts and its mediators (first-run setup and settings)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlmodel import Session, col, select

from mediation_desk.db.engine import Database
from mediation_desk.db.tables import CommitteeRow, MediatorRow
from mediation_desk.db.types import utc_now
from mediation_desk.domain.access.roles import Action
from mediation_desk.domain.models import Committee, Mediator
from mediation_desk.domain.validation import (
    Issue,
    has_errors,
    validate_committee,
    validate_mediator,
)
from mediation_desk.services.access import AccessGuard, guard_for
from mediation_desk.services.errors import CommitteeMissing, ValidationFailed
from mediation_desk.services.mapping import committee_from_row, mediator_from_row, mediator_values
from mediation_desk.services.rights_store import relatives_by_mediator, replace_relatives


def committee_row(session: Session) -> CommitteeRow:
    """The database's committee; one committee per database in this version."""
    row = session.exec(select(CommitteeRow).order_by(col(CommitteeRow.id))).first()
    if row is None:
        raise CommitteeMissing()
    return row


class CommitteeService:
    """Reads and saves the committee and its mediators."""

    def __init__(self, db: Database, access: AccessGuard | None = None) -> None:
        self._db = db
        self._access = guard_for(db, access)

    def get(self) -> Committee | None:
        with self._db.read() as session:
            row = session.exec(select(CommitteeRow).order_by(col(CommitteeRow.id))).first()
            return committee_from_row(row) if row else None

    def mediators(self, *, include_inactive: bool = False) -> list[Mediator]:
        with self._db.read() as session:
            query = select(MediatorRow).order_by(col(MediatorRow.position), col(MediatorRow.id))
            rows = [r for r in session.exec(query).all() if include_inactive or r.active]
            relatives = relatives_by_mediator(session, (r.id for r in rows if r.id is not None))
        return [replace(mediator_from_row(r), relatives=relatives.get(r.id or 0, ())) for r in rows]

    def save(self, committee: Committee, mediators: Sequence[Mediator]) -> None:
        """Creates or updates the committee and upserts its mediators (by uuid) with the
        relatives each lists, atomically.

        Mediators left out are kept but marked inactive: old cases still name them.
        """
        self._access.require(Action.EDIT_COMMITTEE)
        issues: list[Issue] = list(validate_committee(committee))
        for index, mediator in enumerate(mediators):
            issues += [
                Issue(f"mediators[{index}].{i.field}", i.code, i.severity, i.params)
                for i in validate_mediator(mediator)
            ]
        if has_errors(issues):
            raise ValidationFailed(issues)
        with self._db.write() as session:
            row = session.exec(select(CommitteeRow).order_by(col(CommitteeRow.id))).first()
            if row is None:
                row = CommitteeRow(
                    uuid=committee.uuid,
                    name="",
                    short_name="",
                    division_code="",
                    case_no_pattern="",
                )
            row.name = committee.name
            row.short_name = committee.short_name
            row.division_code = committee.division_code
            row.case_no_pattern = committee.case_no_pattern
            row.address = committee.address
            row.phone = committee.phone
            row.seal_text = committee.seal_text
            row.updated_at = utc_now()
            session.add(row)
            session.flush()
            assert row.id is not None
            _save_mediators(session, row.id, mediators)


def _save_mediators(session: Session, committee_id: int, mediators: Sequence[Mediator]) -> None:
    existing = {
        r.uuid: r
        for r in session.exec(select(MediatorRow).where(MediatorRow.committee_id == committee_id))
    }
    kept = set()
    for position, mediator in enumerate(mediators):
        row = existing.get(mediator.uuid) or MediatorRow(
            uuid=mediator.uuid, committee_id=committee_id, name="", kind=mediator.kind.value
        )
        for key, value in mediator_values(mediator).items():
            setattr(row, key, value)
        row.position = position
        session.add(row)
        session.flush()
        assert row.id is not None
        replace_relatives(session, row.id, mediator.relatives)
        kept.add(mediator.uuid)
    for uuid, row in existing.items():
        if uuid not in kept:
            row.active = False
            session.add(row)
