"""An in-memory case with a record of every kind, for document tests that need no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

from test_documents_content import known_source

from mediation_desk.domain.case_file import CaseAgreement, CaseDocumentSource, Escalation
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.channels import Diversion
from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision, NoticeMethod, RightsNotice
from mediation_desk.domain.lifecycle.outcomes import (
    AgreementForm,
    PerformanceStatus,
    Termination,
    TerminationReason,
)
from mediation_desk.domain.lifecycle.risk import EscalationRecipient, EscalationReport, ReportMethod
from mediation_desk.domain.lifecycle.states import Transition
from mediation_desk.domain.records.models import (
    AgreementContent,
    AgreementTerm,
    FollowUpRecord,
    InvestigationRecord,
    JudicialConfirmation,
    SessionRecord,
    Statement,
)

S = CaseStatus
NAMES = ("ᠪᠠᠲᠤ", "王𠈌")
AT = datetime(2025, 3, 2, 2, tzinfo=UTC)


def full_source(oral: bool = False) -> CaseDocumentSource:
    """known_source() with every record, each dated 2 March 2025 (an oral agreement if asked)."""
    day = date(2025, 3, 2)
    content = AgreementContent(
        "草场边界争议。",
        "边界位置与赔偿。",
        "双方均有责任。",
        (AgreementTerm("王𠈌", "赔偿ᠪᠠᠲᠤ草场损失", Decimal("12000"), due_on=date(2025, 4, 30)),),
    )
    form = AgreementForm.ORAL if oral else AgreementForm.WRITTEN
    return replace(
        known_source(),
        mediator_names=("乌力吉",),
        transitions=(
            Transition(S.REGISTERED, S.ACCEPTED, AT, "王芳"),
            Transition(S.FOLLOW_UP, S.CLOSED, AT, "王芳"),
            Transition(S.CLOSED, S.ARCHIVED, AT, "王芳"),
        ),
        decisions=(AcceptanceDecision(True, day, "王芳"),),
        rights_notices=(RightsNotice(day, NAMES, NoticeMethod.WRITTEN, "王芳"),),
        investigations=(
            InvestigationRecord(
                AT, "嘎查村委会", ("王芳",), "ᠪᠠᠲᠤ", "问：边界？\n答：老围栏。", "王𠈌"
            ),
        ),
        sessions=(
            SessionRecord(AT, "调解室", ("王芳",), NAMES, (Statement("王𠈌", "同意"),), "达成协议"),
        ),
        agreement=CaseAgreement(form, day, content, signed_on=None if oral else day),
        follow_ups=(FollowUpRecord(day, "王芳", PerformanceStatus.PERFORMED),),
        confirmation=JudicialConfirmation(day, "乌审旗人民法院", NAMES),
        diversions=(Diversion("civil_litigation", "乌审旗人民法院", "属于诉讼事项", day),),
        terminations=(Termination(TerminationReason.FAILED, day),),
        escalations=(
            Escalation(
                "major",
                EscalationReport(
                    frozenset({EscalationRecipient.POLICE_STATION}),
                    AT,
                    ReportMethod.PHONE,
                    "派出所民警到场",
                    "王芳",
                ),
            ),
        ),
    )


def source_for(kind: str) -> CaseDocumentSource:
    return full_source(oral=kind == "oral-agreement")
