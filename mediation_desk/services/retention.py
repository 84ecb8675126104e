"""Retention (PIPL art 19, 47): archived cases kept longer than the committee's setting are listed
for deletion; the director deletes them for good, each deletion logged without the content."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from mediation_desk.db.audit_capture import rows_not_captured
from mediation_desk.db.engine import Database
from mediation_desk.db.lifecycle_tables import CaseTransitionRow
from mediation_desk.db.tables import CaseRow, CaseSearchRow, PartyRow
from mediation_desk.domain.access.roles import Action
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.services.access import AccessGuard, guard_for
from mediation_desk.services.audit import record_summary
from mediation_desk.services.errors import ServiceError
from mediation_desk.services.settings import SettingsService

DELETE_ACTION = "retention-delete"


class NotExpired(ServiceError):
    """A case asked to be deleted is not (or no longer) an expired archived case."""


@dataclass(frozen=True)
class ExpiredCase:
    """An archived case past its retention period."""

    uuid: str
    case_no: str
    archived_on: date
    expired_on: date  # archived_on + the retention years
    parties: str  # the names, so the director knows which case it is (never logged)
    party_count: int


def years_after(day: date, years: int) -> date:
    """The same day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


class RetentionService:
    """Lists expired archived cases and deletes chosen ones irreversibly."""

    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        today: Callable[[], date] = date.today,
        access: AccessGuard | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._today = today
        self._access = access

    def expired(self) -> list[ExpiredCase]:
        """Archived cases whose archive date is `retention_years` or more ago, oldest first."""
        with self._db.read() as session:
            return _expired(session, self._settings.get().retention_years, self._today())

    def delete(self, case_uuids: Sequence[str]) -> int:
        """Deletes the chosen expired cases with everything recorded for them; returns how many.

        One transaction: all of them or, when one is not expired (any more), none
        (NotExpired). Each gets one audit entry: case number, number of parties, archive
        date — not the content. Deleted pages are overwritten (secure_delete), the search
        index loses them too. Only the committee director may do this (once there are accounts).
        """
        guard_for(self._db, self._access).require(Action.DELETE_EXPIRED)
        wanted = set(case_uuids)
        if not wanted:
            return 0
        with self._db.write() as session:
            years = self._settings.get().retention_years
            expired = {c.uuid: c for c in _expired(session, years, self._today())}
            missing = wanted - expired.keys()
            if missing:
                raise NotExpired(f"{len(missing)} of the chosen cases are not expired")
            ids = list(session.exec(select(CaseRow.id).where(col(CaseRow.uuid).in_(wanted))).all())
            _overwrite_deleted_content(session)
            with rows_not_captured(session):
                session.execute(delete(CaseSearchRow).where(col(CaseSearchRow.case_id).in_(ids)))
                session.execute(delete(CaseRow).where(col(CaseRow.id).in_(ids)))
            for uuid in sorted(wanted, key=lambda u: expired[u].case_no):
                case = expired[uuid]
                record_summary(
                    session,
                    DELETE_ACTION,
                    CaseRow.__tablename__,
                    case_uuid=uuid,  # the deleted case's history stays findable in the log
                    case_no=(case.case_no, None),
                    parties=(case.party_count, None),
                    archived_on=(case.archived_on, None),
                )
        return len(wanted)


def _overwrite_deleted_content(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")


def _expired(session: Session, years: int, today: date) -> list[ExpiredCase]:
    archived = (
        select(CaseTransitionRow.case_id, func.max(CaseTransitionRow.at).label("at"))
        .where(CaseTransitionRow.to_status == CaseStatus.ARCHIVED.value)
        .group_by(col(CaseTransitionRow.case_id))
        .subquery()
    )
    parties = (
        select(PartyRow.case_id, func.count().label("n")).group_by(col(PartyRow.case_id)).subquery()
    )
    rows = session.execute(
        core_select(
            col(CaseRow.uuid),
            col(CaseRow.case_no),
            col(CaseRow.parties_display),
            archived.c.at,
            func.coalesce(parties.c.n, 0),
        )
        .join(archived, archived.c.case_id == CaseRow.id)
        .outerjoin(parties, parties.c.case_id == CaseRow.id)
        .where(col(CaseRow.status) == CaseStatus.ARCHIVED.value)
        .order_by(archived.c.at, col(CaseRow.id))
    ).all()
    found = []
    for uuid, case_no, names, at, count in rows:
        archived_on = at.astimezone().date()  # the day it was archived, in local time
        expired_on = years_after(archived_on, years)
        if expired_on <= today:
            found.append(ExpiredCase(uuid, case_no, archived_on, expired_on, names, int(count)))
    return found
