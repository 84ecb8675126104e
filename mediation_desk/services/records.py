"""Use cases of the written records: investigations, sessions, the agreement's text and terms,
follow-up visits (read; writing them is a lifecycle step) and judicial confirmation."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from mediation_desk.db.engine import Database
from mediation_desk.db.lifecycle_tables import CaseAgreementRow, CaseFollowUpRow
from mediation_desk.db.record_tables import (
    AgreementDraftRow,
    InvestigationRow,
    JudicialConfirmationRow,
    SessionRow,
)
from mediation_desk.db.tables import CaseRow
from mediation_desk.db.types import utc_now
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.outcomes import AgreementForm, AgreementRecord
from mediation_desk.domain.records.models import (
    AgreementContent,
    AgreementDraft,
    FollowUpRecord,
    InvestigationRecord,
    JudicialConfirmation,
    SessionRecord,
    TermPerformance,
)
from mediation_desk.domain.records.rules import (
    validate_agreement_content,
    validate_confirmation,
    validate_investigation,
    validate_session,
    validate_term,
)
from mediation_desk.domain.validation.dates import check_not_future
from mediation_desk.domain.validation.issues import Issue, error, has_errors
from mediation_desk.services.access import AccessGuard, guard_for
from mediation_desk.services.errors import NotFound, ValidationFailed
from mediation_desk.services.lifecycle_store import follow_up_from_row
from mediation_desk.services.records_store import (
    confirmation_columns,
    confirmation_from_row,
    content_from_row,
    draft_columns,
    draft_from_row,
    investigation_columns,
    investigation_from_row,
    session_columns,
    session_from_row,
    write_agreement_content,
)

# Records are written while a case is worked on and corrected afterwards; not on a declined
# case, and not once archived (the case file is closed).
_NO_RECORDS = frozenset({CaseStatus.DECLINED, CaseStatus.ARCHIVED})


@dataclass(frozen=True)
class AgreementView:
    """The case's agreement: when and how it was reached, what it says, how performance stands."""

    record: AgreementRecord
    content: AgreementContent
    performance: str


class RecordsService:
    """Reads and writes the records of a case; each save is one transaction."""

    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = utc_now,
        access: AccessGuard | None = None,
    ) -> None:
        self._db = db
        self._today = today
        self._now = now
        self._access = guard_for(db, access)

    # -- investigations and sessions -------------------------------------------------------

    def investigations(self, case_uuid: str) -> tuple[InvestigationRecord, ...]:
        with self._db.read() as session:
            case = self._access.readable_case(session, case_uuid)
            rows = _case_records(session, InvestigationRow, case, InvestigationRow.held_at)
            return tuple(investigation_from_row(row) for row in rows)

    def save_investigation(self, case_uuid: str, record: InvestigationRecord) -> None:
        """Adds the record, or replaces the one with the same uuid."""
        _raise_errors(validate_investigation(record, self._now()))
        self._save(case_uuid, InvestigationRow, investigation_columns(record))

    def sessions(self, case_uuid: str) -> tuple[SessionRecord, ...]:
        with self._db.read() as session:
            case = self._access.readable_case(session, case_uuid)
            rows = _case_records(session, SessionRow, case, SessionRow.held_at)
            return tuple(session_from_row(row) for row in rows)

    def save_session(self, case_uuid: str, record: SessionRecord) -> None:
        """Adds the session record, or replaces the one with the same uuid."""
        _raise_errors(validate_session(record, self._now()))
        self._save(case_uuid, SessionRow, session_columns(record))

    def delete_record(self, case_uuid: str, record_uuid: str) -> None:
        """Deletes an investigation or session record of the case (entered by mistake)."""
        with self._db.write() as session:
            case = _writable_case(session, self._access, case_uuid)
            for model in (InvestigationRow, SessionRow):
                row = session.exec(
                    select(model).where(
                        col(model.uuid) == record_uuid, col(model.case_id) == case.id
                    )
                ).first()
                if row is not None:
                    session.delete(row)
                    return
        raise NotFound(record_uuid)

    def _save(self, case_uuid: str, model: Any, columns: dict[str, Any]) -> None:
        with self._db.write() as session:
            case = _writable_case(session, self._access, case_uuid)
            row = session.exec(select(model).where(col(model.uuid) == columns["uuid"])).first()
            if row is None:
                row = model(case_id=case.id, **columns)
            elif row.case_id != case.id:
                raise NotFound(columns["uuid"])
            else:
                for key, value in columns.items():
                    setattr(row, key, value)
            session.add(row)
            _touch(session, case)

    # -- the agreement ----------------------------------------------------------------------

    def agreement(self, case_uuid: str) -> AgreementView | None:
        """The latest agreement of the case, or None before one is recorded."""
        with self._db.read() as session:
            row = _latest_agreement(session, self._access.readable_case(session, case_uuid))
            if row is None:
                return None
            record = AgreementRecord(AgreementForm(row.form), row.reached_on, row.signed_on)
            return AgreementView(record, content_from_row(session, row), row.performance)

    def agreement_draft(self, case_uuid: str) -> AgreementDraft | None:
        """The agreement being written for this case, if any."""
        with self._db.read() as session:
            row = _draft_row(session, self._access.readable_case(session, case_uuid))
            return None if row is None else draft_from_row(row)

    def save_agreement_draft(self, case_uuid: str, draft: AgreementDraft) -> None:
        """Keeps the agreement being written (during mediation), to print it for signatures."""
        with self._db.write() as session:
            case = _writable_case(session, self._access, case_uuid)
            if CaseStatus(case.status) is not CaseStatus.IN_MEDIATION:
                raise ValidationFailed([error("status", "agreement.draft_not_in_mediation")])
            written = draft.form is AgreementForm.WRITTEN
            _raise_errors(
                [
                    *validate_agreement_content(draft.content, draft.reached_on, written),
                    *check_not_future("reached_on", draft.reached_on, self._today()),
                ]
            )
            row = _draft_row(session, case)
            if row is None:
                assert case.id is not None
                row = AgreementDraftRow(case_id=case.id, **draft_columns(draft))
            else:
                for key, value in draft_columns(draft).items():
                    setattr(row, key, value)
            session.add(row)
            _touch(session, case)

    def save_agreement_content(self, case_uuid: str, content: AgreementContent) -> None:
        """Writes the agreement's text and numbered terms (art 29)."""
        with self._db.write() as session:
            case = _writable_case(session, self._access, case_uuid)
            row = _require_agreement(session, case)
            written = row.form == AgreementForm.WRITTEN.value
            _raise_errors(validate_agreement_content(content, row.reached_on, written))
            write_agreement_content(session, row, content)
            _touch(session, case)

    def record_signing(self, case_uuid: str, signed_on: date) -> None:
        """The last signature, fingerprint or seal is on the written agreement: it takes effect."""
        with self._db.write() as session:
            case = _writable_case(session, self._access, case_uuid)
            row = _require_agreement(session, case)
            issues = list(check_not_future("signed_on", signed_on, self._today()))
            if row.form != AgreementForm.WRITTEN.value:
                issues.append(error("signed_on", "agreement.oral_not_signed"))
            elif signed_on < row.reached_on:
                issues.append(error("signed_on", "agreement.signed_before_reached"))
            _raise_errors(issues)
            row.signed_on = row.effective_on = signed_on
            session.add(row)
            _touch(session, case)

    def set_term_performance(
        self,
        case_uuid: str,
        number: int,
        performance: TermPerformance,
        performed_on: date | None = None,
    ) -> None:
        """How term `number` (1, 2, …) stands; the reminders follow the terms still open."""
        with self._db.write() as session:
            case = _writable_case(session, self._access, case_uuid)
            row = _require_agreement(session, case)
            content = content_from_row(session, row)
            if not 1 <= number <= len(content.terms):
                raise ValidationFailed([error("terms", "agreement.term_unknown", number=number)])
            terms = list(content.terms)
            old = terms[number - 1]
            terms[number - 1] = replace(old, performance=performance, performed_on=performed_on)
            _raise_errors(
                [
                    *validate_term(terms[number - 1], row.reached_on),
                    *check_not_future("performed_on", performed_on, self._today()),
                ]
            )
            write_agreement_content(session, row, replace(content, terms=tuple(terms)))
            _touch(session, case)

    # -- follow-ups and judicial confirmation -----------------------------------------------

    def follow_ups(self, case_uuid: str) -> tuple[FollowUpRecord, ...]:
        with self._db.read() as session:
            case = self._access.readable_case(session, case_uuid)
            rows = _case_records(session, CaseFollowUpRow, case, CaseFollowUpRow.visited_on)
            return tuple(follow_up_from_row(row) for row in rows)

    def confirmation(self, case_uuid: str) -> JudicialConfirmation | None:
        with self._db.read() as session:
            case = self._access.readable_case(session, case_uuid)
            rows = _case_records(
                session, JudicialConfirmationRow, case, JudicialConfirmationRow.applied_on
            )
            return confirmation_from_row(rows[-1]) if rows else None

    def save_confirmation(self, case_uuid: str, confirmation: JudicialConfirmation) -> None:
        """Records (or updates) the joint application and the court's ruling (art 33)."""
        with self._db.write() as session:
            case = _writable_case(session, self._access, case_uuid)
            agreement = _require_agreement(session, case)
            _raise_errors(
                validate_confirmation(confirmation, agreement.effective_on, self._today())
            )
            rows = _case_records(
                session, JudicialConfirmationRow, case, JudicialConfirmationRow.applied_on
            )
            columns = confirmation_columns(confirmation)
            if rows:
                row = rows[-1]
                for key, value in columns.items():
                    setattr(row, key, value)
            else:
                assert case.id is not None
                row = JudicialConfirmationRow(case_id=case.id, **columns)
            session.add(row)
            agreement.confirmation_applied_on = confirmation.applied_on
            session.add(agreement)
            _touch(session, case)


def _writable_case(session: Session, access: AccessGuard, case_uuid: str) -> CaseRow:
    row = access.readable_case(session, case_uuid)
    if CaseStatus(row.status) in _NO_RECORDS:
        raise ValidationFailed([error("status", "records.case_closed", status=row.status)])
    access.check_write(session, row)
    return row


def _touch(session: Session, case: CaseRow) -> None:
    case.updated_at = utc_now()
    session.add(case)


def _case_records(session: Session, model: Any, case: CaseRow, order: Any) -> list[Any]:
    query = select(model).where(col(model.case_id) == case.id).order_by(col(order), col(model.id))
    return list(session.exec(query).all())


def _draft_row(session: Session, case: CaseRow) -> AgreementDraftRow | None:
    query = select(AgreementDraftRow).where(AgreementDraftRow.case_id == case.id)
    return session.exec(query).first()


def _latest_agreement(session: Session, case: CaseRow) -> CaseAgreementRow | None:
    query = (
        select(CaseAgreementRow)
        .where(CaseAgreementRow.case_id == case.id)
        .order_by(col(CaseAgreementRow.id).desc())
    )
    return session.exec(query).first()


def _require_agreement(session: Session, case: CaseRow) -> CaseAgreementRow:
    row = _latest_agreement(session, case)
    if row is None:
        raise ValidationFailed([error("agreement", "agreement.required")])
    return row


def _raise_errors(issues: Iterable[Issue]) -> None:
    found = list(issues)
    if has_errors(found):
        raise ValidationFailed(found)
