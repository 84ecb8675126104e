"""The "today" worklist over every open case, read in a few set-wise queries (100k cases)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select
from sqlmodel import col

from mediation_desk.db.engine import Database
from mediation_desk.db.lifecycle_tables import (
    CaseAgreementRow,
    CaseDiversionRow,
    CaseEscalationRow,
    CaseExtensionRow,
    CaseFollowUpRow,
)
from mediation_desk.db.tables import CaseRow
from mediation_desk.domain.enums import CaseSource, CaseStatus
from mediation_desk.domain.lifecycle.case_clocks import ClockFacts, compute_deadlines
from mediation_desk.domain.lifecycle.channels import FeedbackStatus
from mediation_desk.domain.lifecycle.clocks import Deadline, Extension
from mediation_desk.domain.lifecycle.outcomes import PerformanceStatus
from mediation_desk.domain.lifecycle.states import OPEN_STATUSES
from mediation_desk.domain.lifecycle.worklist import WorkItem, WorklistCase, build_worklist
from mediation_desk.services.access import AccessGuard, guard_for
from mediation_desk.services.lifecycle_reference import (
    LifecycleReference,
    load_lifecycle_reference,
)
from mediation_desk.services.lifecycle_store import diversion_from_row, load_list

OPEN_VALUES = sorted(status.value for status in OPEN_STATUSES)
OPEN_FEEDBACK = sorted(f.value for f in FeedbackStatus if f.is_open)


class WorklistService:
    """Builds today's worklist and the next deadline of each open case."""

    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = date.today,
        reference: LifecycleReference | None = None,
        access: AccessGuard | None = None,
    ) -> None:
        self._db = db
        self._today = today
        self.reference = reference or load_lifecycle_reference()
        self._access = guard_for(db, access)

    def due(self, today: date | None = None) -> list[WorkItem]:
        """Overdue and due-soon items and high-risk cases, most urgent first."""
        return build_worklist(self.open_cases(), today or self._today(), self.reference.risk_scale)

    def next_deadlines(self) -> dict[str, Deadline]:
        """Case uuid → its earliest running deadline, for open cases that have one."""
        return {case.case_uuid: case.deadlines[0] for case in self.open_cases() if case.deadlines}

    def risk_levels(self) -> dict[str, str]:
        """Case uuid → risk level code, for every case."""
        query = select(col(CaseRow.uuid), col(CaseRow.risk_level))
        own = self._access.own_case_uuids()
        with self._db.engine.connect() as connection:
            return {
                uuid: level
                for uuid, level in connection.execute(query)
                if own is None or uuid in own
            }

    def open_cases(self) -> list[WorklistCase]:
        """Every open case the acting user may see, with its deadlines computed."""
        own = self._access.own_case_uuids()
        with self._db.engine.connect() as connection:
            cases = _open_cases(connection, self.reference)
            return [case for case in cases if own is None or case.case_uuid in own]


def _in_open(table: Any) -> Any:
    open_ids = select(col(CaseRow.id)).where(col(CaseRow.status).in_(OPEN_VALUES))
    return col(table.case_id).in_(open_ids)


def _grouped(connection: Connection, query: Any) -> dict[int, list[Any]]:
    """Rows keyed by their case id."""
    found: dict[int, list[Any]] = defaultdict(list)
    for row in connection.execute(query):
        found[row.case_id].append(row)
    return found


def _open_cases(connection: Connection, reference: LifecycleReference) -> list[WorklistCase]:
    cases = connection.execute(
        select(
            col(CaseRow.id),
            col(CaseRow.uuid),
            col(CaseRow.case_no),
            col(CaseRow.status),
            col(CaseRow.category_code),
            col(CaseRow.source),
            col(CaseRow.received_on),
            col(CaseRow.accepted_on),
            col(CaseRow.risk_level),
        ).where(col(CaseRow.status).in_(OPEN_VALUES))
    ).all()
    agreement_table = CaseAgreementRow
    agreements = _grouped(
        connection,
        select(agreement_table)
        .where(_in_open(agreement_table))
        .order_by(col(agreement_table.case_id), col(agreement_table.id)),
    )
    visits = dict(
        connection.execute(
            select(col(CaseFollowUpRow.case_id), func.count())
            .where(_in_open(CaseFollowUpRow))
            .group_by(col(CaseFollowUpRow.case_id))
        ).all()
    )
    diversions = _grouped(
        connection,
        select(CaseDiversionRow)
        .where(_in_open(CaseDiversionRow), col(CaseDiversionRow.feedback).in_(OPEN_FEEDBACK))
        .order_by(col(CaseDiversionRow.id)),
    )
    extensions = _grouped(connection, select(CaseExtensionRow).where(_in_open(CaseExtensionRow)))
    escalations = _grouped(
        connection,
        select(col(CaseEscalationRow.case_id), col(CaseEscalationRow.level)).where(
            _in_open(CaseEscalationRow)
        ),
    )
    result: list[WorklistCase] = []
    for row_id, uuid, case_no, status, category, source, received, accepted, risk in cases:
        case_id = int(row_id or 0)
        agreement = agreements[case_id][-1] if case_id in agreements else None
        performance = agreement.performance if agreement is not None else "pending"
        facts = ClockFacts(
            status=CaseStatus(status),
            category_code=category,
            source=CaseSource(source),
            received_on=received,
            accepted_on=accepted,
            extensions=tuple(
                Extension(r.agreed_on, r.until, r.both_parties_consent, r.note)
                for r in extensions.get(case_id, ())
            ),
            agreement_effective_on=agreement.effective_on if agreement is not None else None,
            performance_due=tuple(
                date.fromisoformat(d) for d in load_list(agreement.performance_due)
            )
            if agreement is not None
            else (),
            performance_complete=performance == PerformanceStatus.PERFORMED.value,
            follow_up_visits=int(visits.get(case_id, 0)),
            confirmation_applied_on=agreement.confirmation_applied_on if agreement else None,
            diversions=tuple(diversion_from_row(r) for r in diversions.get(case_id, ())),
        )
        deadlines = compute_deadlines(facts, reference.work_calendar, channels=reference.channels)
        levels = {row[1] for row in escalations.get(case_id, ())}
        result.append(
            WorklistCase(
                case_uuid=uuid,
                case_no=case_no,
                status=CaseStatus(status),
                risk_level=risk,
                deadlines=deadlines,
                escalation_reported=risk in levels,
            )
        )
    return result
