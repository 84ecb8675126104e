"""Lifecycle records between rows and domain objects, and one case's facts as the rules see them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

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
from mediation_desk.db.tables import CaseMediatorRow, CaseRow, MediatorRow, PartyRow
from mediation_desk.domain.enums import CaseSource, CaseStatus
from mediation_desk.domain.lifecycle.case_clocks import ClockFacts
from mediation_desk.domain.lifecycle.channels import Diversion, FeedbackStatus
from mediation_desk.domain.lifecycle.clocks import Extension
from mediation_desk.domain.lifecycle.decisions import (
    AcceptanceDecision,
    NoticeMethod,
    Refusal,
    RightsNotice,
)
from mediation_desk.domain.lifecycle.outcomes import (
    AgreementForm,
    AgreementRecord,
    PerformanceStatus,
)
from mediation_desk.domain.lifecycle.states import Transition
from mediation_desk.domain.lifecycle.transition_rules import TransitionContext
from mediation_desk.domain.records.models import FollowUpRecord, VisitWay
from mediation_desk.services.errors import NotFound
from mediation_desk.services.lifecycle_reference import LifecycleReference
from mediation_desk.services.rights_store import case_recusals, case_relations, latest_publicity


def case_row(session: Session, case_uuid: str) -> CaseRow:
    """The case's row; NotFound when no case has this uuid."""
    row = session.exec(select(CaseRow).where(CaseRow.uuid == case_uuid)).first()
    if row is None:
        raise NotFound(case_uuid)
    return row


def dump_list(values: Iterable[str]) -> str:
    return json.dumps(sorted(values) if isinstance(values, frozenset) else list(values))


def load_list(text: str) -> tuple[str, ...]:
    return tuple(str(value) for value in json.loads(text or "[]"))


def transition_from_row(row: CaseTransitionRow) -> Transition:
    return Transition(
        CaseStatus(row.from_status),
        CaseStatus(row.to_status),
        row.at,
        row.made_by,
        row.reason,
        load_list(row.codes),
    )


def transition_row(case_id: int, transition: Transition) -> CaseTransitionRow:
    return CaseTransitionRow(
        case_id=case_id,
        from_status=transition.from_status.value,
        to_status=transition.to_status.value,
        at=transition.at,
        made_by=transition.by,
        reason=transition.reason,
        codes=dump_list(transition.codes),
    )


def refusal_columns(refusal: Refusal | None) -> dict[str, Any]:
    """The `refusal_*` columns of a decision or termination row."""
    if refusal is None:
        return {"refusal_party": "", "refusal_on": None, "refusal_method": ""}
    return {
        "refusal_party": refusal.party,
        "refusal_on": refusal.refused_on,
        "refusal_method": refusal.method.value,
    }


def _refusal_of(party: str, on: date | None, method: str) -> Refusal | None:
    return Refusal(party, on, NoticeMethod(method or "oral")) if on is not None else None


def decision_from_row(row: CaseDecisionRow) -> AcceptanceDecision:
    return AcceptanceDecision(
        accepted=row.accepted,
        decided_on=row.decided_on,
        decided_by=row.decided_by,
        reason_code=row.reason_code,
        reason_text=row.reason_text,
        refusal=_refusal_of(row.refusal_party, row.refusal_on, row.refusal_method),
        channels_told=frozenset(load_list(row.channels_told)),
    )


def diversion_from_row(row: CaseDiversionRow) -> Diversion:
    return Diversion(
        channel_code=row.channel_code,
        receiving_body=row.receiving_body,
        reason=row.reason,
        diverted_on=row.diverted_on,
        warnings_told=frozenset(load_list(row.warnings_told)),
        needs_met=frozenset(load_list(row.needs_met)),
        feedback=FeedbackStatus(row.feedback),
        feedback_on=row.feedback_on,
        feedback_note=row.feedback_note,
        feedback_due_on=row.feedback_due_on,
    )


def diversion_columns(diversion: Diversion) -> dict[str, Any]:
    return {
        "channel_code": diversion.channel_code,
        "receiving_body": diversion.receiving_body,
        "reason": diversion.reason,
        "diverted_on": diversion.diverted_on,
        "warnings_told": dump_list(diversion.warnings_told),
        "needs_met": dump_list(diversion.needs_met),
        "feedback": diversion.feedback.value,
        "feedback_on": diversion.feedback_on,
        "feedback_note": diversion.feedback_note,
        "feedback_due_on": diversion.feedback_due_on,
    }


def follow_up_columns(visit: FollowUpRecord) -> dict[str, Any]:
    """The case_follow_up columns of a visit (all but case_id)."""
    return {
        "visited_on": visit.visited_on,
        "visited_by": visit.visited_by,
        "performance": visit.performance.value,
        "way": visit.way.value,
        "visited_persons": visit.visited_persons,
        "attitude": visit.attitude,
        "new_risks": visit.new_risks,
        "measures": visit.measures,
        "channels_explained": dump_list(sorted(visit.channels_explained)),
        "note": visit.note,
    }


def follow_up_from_row(row: CaseFollowUpRow) -> FollowUpRecord:
    return FollowUpRecord(
        visited_on=row.visited_on,
        visited_by=row.visited_by,
        performance=PerformanceStatus(row.performance),
        way=VisitWay(row.way),
        visited_persons=row.visited_persons,
        attitude=row.attitude,
        new_risks=row.new_risks,
        measures=row.measures,
        channels_explained=frozenset(load_list(row.channels_explained)),
        note=row.note,
    )


def agreement_from_row(row: CaseAgreementRow) -> AgreementRecord:
    return AgreementRecord(AgreementForm(row.form), row.reached_on, row.signed_on)


def extension_from_row(row: CaseExtensionRow) -> Extension:
    return Extension(row.agreed_on, row.until, row.both_parties_consent, row.note)


def step_dates(session: Session, case_id: int) -> dict[CaseStatus, list[date]]:
    """The dates entered for the steps that record one, per target status, oldest first."""
    decisions: Sequence[CaseDecisionRow] = _rows(session, CaseDecisionRow, case_id)
    diversions: Sequence[CaseDiversionRow] = _rows(session, CaseDiversionRow, case_id)
    agreements: Sequence[CaseAgreementRow] = _rows(session, CaseAgreementRow, case_id)
    terminations: Sequence[CaseTerminationRow] = _rows(session, CaseTerminationRow, case_id)
    return {
        CaseStatus.ACCEPTED: [r.decided_on for r in decisions if r.accepted],
        CaseStatus.DECLINED: [r.decided_on for r in decisions if not r.accepted],
        CaseStatus.DIVERTED: [r.diverted_on for r in diversions],
        CaseStatus.AGREEMENT: [r.reached_on for r in agreements],
        CaseStatus.TERMINATED: [r.terminated_on for r in terminations],
    }


@dataclass(frozen=True)
class CaseFacts:
    """One case's recorded lifecycle facts: the rules' context and the clocks' inputs."""

    case_id: int
    case_uuid: str
    case_no: str
    status: CaseStatus
    risk_level: str
    context: TransitionContext
    clocks: ClockFacts
    escalated_levels: frozenset[str]
    latest_diversion_id: int | None
    latest_agreement_id: int | None


def _rows(session: Session, table: Any, case_id: int) -> Sequence[Any]:
    return session.exec(select(table).where(table.case_id == case_id).order_by(col(table.id))).all()


def load_facts(session: Session, row: CaseRow, reference: LifecycleReference) -> CaseFacts:
    """Reads every lifecycle record of a case (one case: a handful of small queries)."""
    assert row.id is not None
    case_id = row.id
    transitions: Sequence[CaseTransitionRow] = _rows(session, CaseTransitionRow, case_id)
    decisions: Sequence[CaseDecisionRow] = _rows(session, CaseDecisionRow, case_id)
    diversions: Sequence[CaseDiversionRow] = _rows(session, CaseDiversionRow, case_id)
    agreements: Sequence[CaseAgreementRow] = _rows(session, CaseAgreementRow, case_id)
    follow_ups: Sequence[CaseFollowUpRow] = _rows(session, CaseFollowUpRow, case_id)
    escalations: Sequence[CaseEscalationRow] = _rows(session, CaseEscalationRow, case_id)
    extensions = tuple(extension_from_row(r) for r in _rows(session, CaseExtensionRow, case_id))
    refusals = tuple(
        Refusal(r.party, r.refused_on, NoticeMethod(r.method), r.note)
        for r in _rows(session, CaseRefusalRow, case_id)
    )
    notices = tuple(
        RightsNotice(r.given_on, load_list(r.given_to), NoticeMethod(r.method), r.given_by)
        for r in _rows(session, CaseRightsNoticeRow, case_id)
    )
    parties = session.exec(
        select(PartyRow.name).where(PartyRow.case_id == case_id).order_by(col(PartyRow.position))
    ).all()
    mediators = session.exec(
        select(MediatorRow.uuid)
        .join(CaseMediatorRow, col(CaseMediatorRow.mediator_id) == col(MediatorRow.id))
        .where(CaseMediatorRow.case_id == case_id)
        .order_by(col(CaseMediatorRow.position))
    ).all()
    agreement = agreements[-1] if agreements else None
    visits = follow_ups
    # The agreement row carries the latest performance finding (a visit updates it).
    performance = PerformanceStatus(agreement.performance if agreement else "pending")
    channels_explained = frozenset(c for v in visits for c in load_list(v.channels_explained))
    all_diversions = tuple(diversion_from_row(r) for r in diversions)
    status = CaseStatus(row.status)
    context = TransitionContext(
        source=CaseSource(row.source),
        category_code=row.category_code,
        referral_body=row.referral_body,
        referral_reference=row.referral_reference,
        parties=tuple(parties),
        last_transition_at=transitions[-1].at if transitions else None,
        refusals=refusals,
        decision=decision_from_row(decisions[-1]) if decisions else None,
        decline_reasons=reference.decline_reasons,
        channels=reference.channels,
        rights_notices=notices,
        mediator_uuids=tuple(mediators),
        recusals=case_recusals(session, case_id),
        relations=case_relations(session, case_id),
        publicity=latest_publicity(session, case_id),
        agreement=agreement_from_row(agreement) if agreement else None,
        diversion=all_diversions[-1] if all_diversions else None,
        performance=performance,
        performance_channels_explained=channels_explained,
        follow_up_visits=len(visits),
        referral_reported_on=row.referral_reported_on,
    )
    clocks = ClockFacts(
        status=status,
        category_code=row.category_code,
        source=CaseSource(row.source),
        received_on=row.received_on,
        accepted_on=row.accepted_on,
        extensions=extensions,
        agreement_effective_on=agreement.effective_on if agreement else None,
        performance_due=tuple(date.fromisoformat(d) for d in load_list(agreement.performance_due))
        if agreement
        else (),
        performance_complete=performance is PerformanceStatus.PERFORMED,
        follow_up_visits=len(visits),
        confirmation_applied_on=agreement.confirmation_applied_on if agreement else None,
        diversions=all_diversions,
    )
    return CaseFacts(
        case_id=case_id,
        case_uuid=row.uuid,
        case_no=row.case_no,
        status=status,
        risk_level=row.risk_level,
        context=context,
        clocks=clocks,
        escalated_levels=frozenset(e.level for e in escalations),
        latest_diversion_id=diversions[-1].id if diversions else None,
        latest_agreement_id=agreement.id if agreement else None,
    )
