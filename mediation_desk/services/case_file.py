"""Gathers everything the official documents of one case print (the case file's read-model)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from mediation_desk.db.lifecycle_tables import (
    CaseDecisionRow,
    CaseDiversionRow,
    CaseEscalationRow,
    CaseRightsNoticeRow,
    CaseTerminationRow,
)
from mediation_desk.db.tables import CaseRow
from mediation_desk.domain.case_file import CaseAgreement, CaseDocumentSource, Escalation
from mediation_desk.domain.lifecycle.decisions import NoticeMethod, Refusal, RightsNotice
from mediation_desk.domain.lifecycle.outcomes import (
    PerformanceStatus,
    Termination,
    TerminationReason,
)
from mediation_desk.domain.lifecycle.risk import EscalationRecipient, EscalationReport, ReportMethod
from mediation_desk.domain.models import Case
from mediation_desk.services.bootstrap import Services
from mediation_desk.services.errors import CommitteeMissing, NotFound
from mediation_desk.services.lifecycle_store import decision_from_row, diversion_from_row, load_list

_UUID_LENGTH = 36


def load_case_file(services: Services, case: str, language: str) -> CaseDocumentSource:
    """The case (by case number or uuid) with its committee, records and reference names in
    `language`; raises NotFound for an unknown case, CommitteeMissing without a committee."""
    committee = services.committee.get()
    if committee is None:
        raise CommitteeMissing("this database has no committee yet; start the app to set it up")
    found = _find_case(services, case)
    uuid = found.uuid
    records = services.records
    with services.db.read() as session:
        lifecycle = _lifecycle_records(session, uuid)
    chinese = language.startswith("zh")
    reference = services.lifecycle.reference
    mediators = {m.uuid: m.name for m in services.committee.mediators(include_inactive=True)}
    return CaseDocumentSource(
        committee=committee,
        case=found,
        category_names={
            c.code: c.name_zh if chinese else c.name_en
            for c in services.reference.categories(include_inactive=True)
        },
        ethnicity_names={
            e.code: e.name_zh if chinese else e.name_en for e in services.reference.ethnicities()
        },
        channel_names={
            c.code: c.name_zh if chinese else c.name_en for c in reference.channels.channels
        },
        warning_texts={
            code: w.name_zh if chinese else w.name_en
            for code, w in reference.channels.warnings.items()
        },
        risk_level_names={
            level.code: level.name_zh if chinese else level.name_en
            for level in reference.risk_scale.levels
        },
        mediator_names=tuple(mediators[m] for m in found.draft.mediator_uuids if m in mediators),
        transitions=tuple(services.lifecycle.history(uuid)),
        investigations=records.investigations(uuid),
        sessions=records.sessions(uuid),
        agreement=_agreement(services, uuid),
        follow_ups=records.follow_ups(uuid),
        confirmation=records.confirmation(uuid),
        **lifecycle,
    )


def _find_case(services: Services, case: str) -> Case:
    """A case number, or failing that a uuid (36 characters with hyphens)."""
    try:
        return services.cases.get_by_number(case)
    except NotFound:
        if len(case) == _UUID_LENGTH and case.count("-") == 4:
            return services.cases.get(case)
        raise


def _agreement(services: Services, uuid: str) -> CaseAgreement | None:
    """The recorded agreement, else the draft being written, else None."""
    view = services.records.agreement(uuid)
    if view is not None:
        record = view.record
        return CaseAgreement(
            record.form,
            record.reached_on,
            view.content,
            signed_on=record.signed_on,
            performance=PerformanceStatus(view.performance),
        )
    draft = services.records.agreement_draft(uuid)
    if draft is None:
        return None
    return CaseAgreement(draft.form, draft.reached_on, draft.content, recorded=False)


def _rows(session: Session, table: Any, case_id: int | None) -> Sequence[Any]:
    return session.exec(select(table).where(table.case_id == case_id).order_by(col(table.id))).all()


def _lifecycle_records(session: Session, uuid: str) -> dict[str, Any]:
    """Decisions, rights notices, diversions, terminations and escalations, oldest first."""
    case = session.exec(select(CaseRow).where(CaseRow.uuid == uuid)).one()
    return {
        "decisions": tuple(decision_from_row(r) for r in _rows(session, CaseDecisionRow, case.id)),
        "rights_notices": tuple(
            RightsNotice(r.given_on, load_list(r.given_to), NoticeMethod(r.method), r.given_by)
            for r in _rows(session, CaseRightsNoticeRow, case.id)
        ),
        "diversions": tuple(
            diversion_from_row(r) for r in _rows(session, CaseDiversionRow, case.id)
        ),
        "terminations": tuple(_termination(r) for r in _rows(session, CaseTerminationRow, case.id)),
        "escalations": tuple(_escalation(r) for r in _rows(session, CaseEscalationRow, case.id)),
    }


def _termination(row: CaseTerminationRow) -> Termination:
    refusal = None
    if row.refusal_on is not None:
        method = NoticeMethod(row.refusal_method or NoticeMethod.ORAL.value)
        refusal = Refusal(row.refusal_party, row.refusal_on, method)
    return Termination(
        TerminationReason(row.reason),
        row.terminated_on,
        frozenset(load_list(row.channels_explained)),
        refusal,
        row.note,
    )


def _escalation(row: CaseEscalationRow) -> Escalation:
    report = EscalationReport(
        recipients=frozenset(EscalationRecipient(r) for r in load_list(row.recipients)),
        reported_at=row.reported_at,
        method=ReportMethod(row.method),
        measures=row.measures,
        reported_by=row.reported_by,
        other_recipient=row.other_recipient,
    )
    return Escalation(row.level, report)
