"""Use cases of the case lifecycle: accept or decline, divert, mediate, conclude, close, escalate.

Every status change checks the domain state machine against the case's recorded facts and writes
the new status, a `case_transition` row and the step's record in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from mediation_desk.db.engine import Database
from mediation_desk.db.lifecycle_tables import (
    CaseAgreementRow,
    CaseDecisionRow,
    CaseDiversionRow,
    CaseEscalationRow,
    CaseExtensionRow,
    CaseFollowUpRow,
    CaseRefusalRow,
    CaseRightsNoticeRow,
    CaseTerminationRow,
    CaseTransitionRow,
)
from mediation_desk.db.types import utc_now
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.case_clocks import compute_deadlines
from mediation_desk.domain.lifecycle.channels import Diversion, FeedbackStatus, validate_diversion
from mediation_desk.domain.lifecycle.clocks import CLOCK_RULES, Deadline, Extension
from mediation_desk.domain.lifecycle.clocks import check_extension as _check_extension
from mediation_desk.domain.lifecycle.decisions import (
    AcceptanceDecision,
    Refusal,
    RightsNotice,
    validate_refusal,
    validate_rights_notice,
)
from mediation_desk.domain.lifecycle.history import HistoryEntry, dated_history
from mediation_desk.domain.lifecycle.outcomes import (
    AgreementForm,
    AgreementRecord,
    PerformanceStatus,
    Termination,
)
from mediation_desk.domain.lifecycle.risk import EscalationReport, RiskIndicator, check_risk_change
from mediation_desk.domain.lifecycle.states import IllegalTransition, Transition, apply
from mediation_desk.domain.records.models import AgreementContent, FollowUpRecord
from mediation_desk.domain.records.rules import validate_agreement_content, validate_follow_up
from mediation_desk.domain.validation.dates import check_not_future
from mediation_desk.domain.validation.issues import Issue, error
from mediation_desk.services.access import AccessGuard, guard_for
from mediation_desk.services.errors import TransitionRefused, ValidationFailed, raise_errors
from mediation_desk.services.lifecycle_reference import (
    LifecycleReference,
    load_lifecycle_reference,
)
from mediation_desk.services.lifecycle_store import (
    CaseFacts,
    case_row,
    diversion_columns,
    diversion_from_row,
    dump_list,
    follow_up_columns,
    load_facts,
    load_list,
    refusal_columns,
    step_dates,
    transition_from_row,
    transition_row,
)
from mediation_desk.services.records_store import take_agreement_draft, write_agreement_content

S = CaseStatus
Writer = Callable[[Session, CaseFacts], None]


@dataclass(frozen=True)
class StatusChange:
    """The outcome of a move: the new status, the recorded transition and warnings to show."""

    case_uuid: str
    status: CaseStatus
    transition: Transition
    warnings: tuple[Issue, ...] = ()


@dataclass(frozen=True)
class RiskChange:
    """A case's new risk level, whether an escalation report is on file for it, and warnings."""

    case_uuid: str
    risk_level: str
    escalation_reported: bool
    warnings: tuple[Issue, ...] = ()


class LifecycleService:
    """Moves cases through the state machine and records what each step needs."""

    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = utc_now,
        reference: LifecycleReference | None = None,
        access: AccessGuard | None = None,
    ) -> None:
        self._db = db
        self._today = today
        self._now = now
        self.reference = reference or load_lifecycle_reference()
        self._access = guard_for(db, access)

    # -- moves -----------------------------------------------------------------------------

    def decide(
        self, case_uuid: str, decision: AcceptanceDecision, *, by: str, reason: str = ""
    ) -> StatusChange:
        """Accepts (受理) or declines the dispute; an art 17 refusal is also kept as a refusal."""

        def write(session: Session, facts: CaseFacts) -> None:
            session.add(
                CaseDecisionRow(
                    case_id=facts.case_id,
                    accepted=decision.accepted,
                    decided_on=decision.decided_on,
                    decided_by=decision.decided_by,
                    reason_code=decision.reason_code,
                    reason_text=decision.reason_text,
                    channels_told=dump_list(decision.channels_told),
                    **refusal_columns(decision.refusal),
                )
            )
            if decision.refusal is not None:
                _add_refusal(session, facts.case_id, decision.refusal)

        target = S.ACCEPTED if decision.accepted else S.DECLINED
        case_values = {"accepted_on": decision.decided_on} if decision.accepted else {}
        return self._move(case_uuid, target, by, reason, {"decision": decision}, write, case_values)

    def start_mediation(
        self, case_uuid: str, *, by: str, reason: str = "", remediation_consent: bool = False
    ) -> StatusChange:
        """Begins (or, with both parties' consent after an agreement, resumes) mediation."""
        overrides = {"remediation_consent": remediation_consent}
        return self._move(case_uuid, S.IN_MEDIATION, by, reason, overrides)

    def divert(
        self, case_uuid: str, diversion: Diversion, *, by: str, reason: str = ""
    ) -> StatusChange:
        """Hands the dispute to another channel (分流), recording what the parties were told."""

        def write(session: Session, facts: CaseFacts) -> None:
            session.add(CaseDiversionRow(case_id=facts.case_id, **diversion_columns(diversion)))

        return self._move(
            case_uuid, S.DIVERTED, by, reason or diversion.reason, {"diversion": diversion}, write
        )

    def terminate(
        self, case_uuid: str, termination: Termination, *, by: str, reason: str = ""
    ) -> StatusChange:
        """Ends mediation without agreement; art 26 wants the other channels explained."""

        def write(session: Session, facts: CaseFacts) -> None:
            session.add(
                CaseTerminationRow(
                    case_id=facts.case_id,
                    reason=termination.reason.value,
                    terminated_on=termination.terminated_on,
                    channels_explained=dump_list(termination.channels_explained),
                    note=termination.note,
                    **refusal_columns(termination.refusal),
                )
            )
            if termination.refusal is not None:
                _add_refusal(session, facts.case_id, termination.refusal)

        overrides = {"termination": termination}
        return self._move(case_uuid, S.TERMINATED, by, reason, overrides, write)

    def record_agreement(
        self,
        case_uuid: str,
        agreement: AgreementRecord,
        *,
        by: str,
        performance_due: Iterable[date] = (),
        content: AgreementContent | None = None,
        reason: str = "",
    ) -> StatusChange:
        """Records the agreement (written or oral) with its performance dates, or with its text
        and terms (whose due dates then are the performance dates); without `content`, the
        agreement drafted for the case (if any) becomes its text."""
        due = sorted(performance_due)
        if content is not None:
            written = agreement.form is AgreementForm.WRITTEN
            raise_errors(validate_agreement_content(content, agreement.reached_on, written))

        def write(session: Session, facts: CaseFacts) -> None:
            row = CaseAgreementRow(
                case_id=facts.case_id,
                form=agreement.form.value,
                reached_on=agreement.reached_on,
                signed_on=agreement.signed_on,
                effective_on=agreement.effective_on,
                performance_due=dump_list(d.isoformat() for d in due),
                performance=PerformanceStatus.PENDING.value,
            )
            session.add(row)
            session.flush()
            written = content or take_agreement_draft(session, facts.case_id)
            if written is not None:
                write_agreement_content(session, row, written)

        overrides = {"agreement": agreement, "performance": PerformanceStatus.PENDING}
        return self._move(case_uuid, S.AGREEMENT, by, reason, overrides, write)

    def start_follow_up(self, case_uuid: str, *, by: str, reason: str = "") -> StatusChange:
        """Moves an agreement into performance supervision and follow-up (回访)."""
        return self._move(case_uuid, S.FOLLOW_UP, by, reason)

    def close(self, case_uuid: str, *, by: str, reason: str = "") -> StatusChange:
        """Closes the case (结案) once its outcome, performance or referral loop allows it."""
        return self._move(case_uuid, S.CLOSED, by, reason)

    def archive(self, case_uuid: str, *, by: str, reason: str = "") -> StatusChange:
        """Archives a closed or declined case (归档)."""
        return self._move(case_uuid, S.ARCHIVED, by, reason)

    # -- records without a move ------------------------------------------------------------

    def record_refusal(self, case_uuid: str, refusal: Refusal) -> None:
        """A party expressly refused mediation (art 17): from now on mediation is blocked."""
        raise_errors(validate_refusal(refusal, self._today()))
        with self._db.write() as session:
            _add_refusal(session, self._access.writable_case(session, case_uuid).id, refusal)

    def record_rights_notice(self, case_uuid: str, notice: RightsNotice) -> None:
        """The rights-and-duties notice given before mediation starts."""
        raise_errors(validate_rights_notice(notice, self._today()))
        with self._db.write() as session:
            case_id = self._access.writable_case(session, case_uuid).id
            assert case_id is not None
            session.add(
                CaseRightsNoticeRow(
                    case_id=case_id,
                    given_on=notice.given_on,
                    given_to=dump_list(notice.given_to),
                    method=notice.method.value,
                    given_by=notice.given_by,
                )
            )

    def record_feedback(
        self, case_uuid: str, feedback: FeedbackStatus, on: date, note: str = ""
    ) -> Diversion:
        """The receiving body's report on the latest diversion (反馈); CONCLUDED closes the loop."""
        with self._db.write() as session:
            facts = self._facts(session, case_uuid, write=True)
            if facts.latest_diversion_id is None:
                raise ValidationFailed([error("diversion", "diversion.required")])
            row = session.get(CaseDiversionRow, facts.latest_diversion_id)
            assert row is not None
            updated = replace(
                diversion_from_row(row), feedback=feedback, feedback_on=on, feedback_note=note
            )
            raise_errors(validate_diversion(updated, self._today(), self.reference.channels))
            for key, value in diversion_columns(updated).items():
                setattr(row, key, value)
            session.add(row)
        return updated

    def record_follow_up(self, case_uuid: str, visit: FollowUpRecord) -> None:
        """A follow-up visit; its performance finding becomes the agreement's performance."""
        raise_errors(validate_follow_up(visit, self._today()))
        with self._db.write() as session:
            facts = self._facts(session, case_uuid, write=True)
            if facts.latest_agreement_id is None:
                raise ValidationFailed([error("agreement", "agreement.required")])
            session.add(CaseFollowUpRow(case_id=facts.case_id, **follow_up_columns(visit)))
            agreement = session.get(CaseAgreementRow, facts.latest_agreement_id)
            assert agreement is not None
            agreement.performance = visit.performance.value
            session.add(agreement)

    def record_referral_report(self, case_uuid: str, reported_on: date) -> None:
        """The result was reported to the referring court or body."""
        raise_errors(check_not_future("referral_reported_on", reported_on, self._today()))
        with self._db.write() as session:
            row = self._access.writable_case(session, case_uuid)
            row.referral_reported_on = reported_on
            session.add(row)

    def set_risk_level(
        self,
        case_uuid: str,
        level: str,
        *,
        indicators: Iterable[RiskIndicator] = (),
        report: EscalationReport | None = None,
    ) -> RiskChange:
        """Changes the risk level and records the indicators seen; raising it to a level that
        requires one needs a report."""
        present = tuple(indicators)
        with self._db.write() as session:
            facts = self._facts(session, case_uuid, write=True)
            row = case_row(session, case_uuid)  # checked by _facts
            amount = Decimal(row.amount_fen) / 100 if row.amount_fen is not None else None
            issues = check_risk_change(
                self.reference.risk_scale,
                facts.risk_level,
                level,
                now=self._now(),
                indicators=present,
                people_involved=row.people_involved,
                amount=amount,
                report=report,
            )
            raise_errors(issues)
            row.risk_level = level
            row.risk_indicators = dump_list(sorted(indicator.value for indicator in present))
            row.updated_at = utc_now()
            session.add(row)
            if report is not None:
                session.add(_escalation_row(facts.case_id, level, report))
            reported = report is not None or level in facts.escalated_levels
        return RiskChange(case_uuid, level, reported, tuple(issues))

    def extend(self, case_uuid: str, extension: Extension) -> tuple[Deadline, ...]:
        """Both parties agreed to go on past the mediation time limit; returns the new deadlines."""
        with self._db.write() as session:
            facts = self._facts(session, case_uuid, write=True)
            running = [
                d
                for d in self._compute(facts)
                if d.kind in CLOCK_RULES and CLOCK_RULES[d.kind].extendable
            ]
            if not running:
                raise ValidationFailed([error("kind", "extension.not_extendable", kind="")])
            raise_errors(_check_extension(extension, running[0]))
            session.add(
                CaseExtensionRow(
                    case_id=facts.case_id,
                    agreed_on=extension.agreed_on,
                    until=extension.until,
                    both_parties_consent=extension.both_parties_consent,
                    note=extension.note,
                )
            )
        return self.deadlines(case_uuid)

    # -- queries ---------------------------------------------------------------------------

    def history(self, case_uuid: str) -> list[Transition]:
        """Every recorded move of the case, oldest first."""
        with self._db.read() as session:
            row = self._access.readable_case(session, case_uuid)
            rows = session.exec(
                select(CaseTransitionRow)
                .where(CaseTransitionRow.case_id == row.id)
                .order_by(col(CaseTransitionRow.at), col(CaseTransitionRow.id))
            ).all()
        return [transition_from_row(r) for r in rows]

    def dated_history(self, case_uuid: str) -> list[HistoryEntry]:
        """Every recorded move, oldest first, with the date the user entered for its step."""
        with self._db.read() as session:
            row = self._access.readable_case(session, case_uuid)
            assert row.id is not None
            dates = step_dates(session, row.id)
        return dated_history(self.history(case_uuid), dates)

    def risk_indicators(self, case_uuid: str) -> frozenset[RiskIndicator]:
        """The indicators recorded with the case's risk level (unknown codes are left out)."""
        with self._db.read() as session:
            codes = load_list(self._access.readable_case(session, case_uuid).risk_indicators)
        known = {indicator.value for indicator in RiskIndicator}
        return frozenset(RiskIndicator(code) for code in codes if code in known)

    def deadlines(self, case_uuid: str, today: date | None = None) -> tuple[Deadline, ...]:
        """The deadlines still running for the case, earliest first (`today` is not needed to
        compute them; callers rate them with domain.lifecycle.clocks.status_of)."""
        with self._db.read() as session:
            facts = self._facts(session, case_uuid)
        return self._compute(facts)

    def status_of(self, case_uuid: str) -> CaseStatus:
        with self._db.read() as session:
            return CaseStatus(self._access.readable_case(session, case_uuid).status)

    def risk_level(self, case_uuid: str) -> str:
        """The case's risk level code (one row; the worklist's `risk_levels()` reads them all)."""
        with self._db.read() as session:
            return str(self._access.readable_case(session, case_uuid).risk_level or "")

    # -- helpers ---------------------------------------------------------------------------

    def _compute(self, facts: CaseFacts) -> tuple[Deadline, ...]:
        ref = self.reference
        return compute_deadlines(facts.clocks, ref.work_calendar, channels=ref.channels)

    def _facts(self, session: Session, case_uuid: str, *, write: bool = False) -> CaseFacts:
        access = self._access
        row = (
            access.writable_case(session, case_uuid)
            if write
            else access.readable_case(session, case_uuid)
        )
        return load_facts(session, row, self.reference)

    def _move(
        self,
        case_uuid: str,
        target: CaseStatus,
        by: str,
        reason: str,
        overrides: Mapping[str, Any] | None = None,
        write: Writer | None = None,
        case_values: Mapping[str, Any] | None = None,
    ) -> StatusChange:
        with self._db.write() as session:
            row = self._access.writable_case(session, case_uuid, move=True)
            facts = load_facts(session, row, self.reference)
            context = replace(facts.context, **(overrides or {}))
            try:
                result = apply(facts.status, target, context, at=self._now(), by=by, reason=reason)
            except IllegalTransition as refused:
                raise TransitionRefused(refused.issues) from None
            except ValueError as problem:  # e.g. no `by`: a caller's mistake, told plainly
                raise ValidationFailed([error("by", "text.required")]) from problem
            row.status = result.status.value
            row.updated_at = utc_now()
            for key, value in (case_values or {}).items():
                setattr(row, key, value)
            session.add(row)
            session.add(transition_row(facts.case_id, result.transition))
            if write is not None:
                write(session, facts)
        return StatusChange(case_uuid, result.status, result.transition, result.warnings)


def _add_refusal(session: Session, case_id: int | None, refusal: Refusal) -> None:
    assert case_id is not None
    row: SQLModel = CaseRefusalRow(
        case_id=case_id,
        party=refusal.party,
        refused_on=refusal.refused_on,
        method=refusal.method.value,
        note=refusal.note,
    )
    session.add(row)


def _escalation_row(case_id: int, level: str, report: EscalationReport) -> CaseEscalationRow:
    return CaseEscalationRow(
        case_id=case_id,
        level=level,
        recipients=dump_list(sorted(r.value for r in report.recipients)),
        other_recipient=report.other_recipient,
        reported_at=report.reported_at,
        method=report.method.value,
        measures=report.measures,
        reported_by=report.reported_by,
    )
