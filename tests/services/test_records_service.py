"""Written records on a real SQLite file: investigations, sessions, agreement text and terms,
term performance, signing and judicial confirmation."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision, NoticeMethod, RightsNotice
from mediation_desk.domain.lifecycle.outcomes import AgreementForm, AgreementRecord
from mediation_desk.domain.records.models import (
    AgreementContent,
    AgreementDraft,
    AgreementTerm,
    ConfirmationRuling,
    EvidenceItem,
    InvestigationRecord,
    JudicialConfirmation,
    SessionRecord,
    Statement,
    TermPerformance,
)
from mediation_desk.services.bootstrap import Services
from mediation_desk.services.errors import ValidationFailed
from tests.services.conftest import make_draft

CLERK = "王芳"
PARTIES = ("王𠈌", "ᠪᠠᠲᠤ")
CONTENT = AgreementContent(
    facts="双方因宅基地界墙发生纠纷。",
    disputed_matters="界墙位置及修缮费用。",
    responsibilities="双方均有过错。",
    terms=(
        AgreementTerm(
            "ᠪᠠᠲᠤ", "赔偿王𠈌修缮费用", Decimal("12000.00"), "现金", "", date(2025, 4, 30)
        ),
        AgreementTerm("王𠈌", "拆除越界部分", due_on=date(2025, 4, 15)),
    ),
)


def _in_mediation(services: Services) -> str:
    uuid = services.cases.register(make_draft(services)).uuid
    services.lifecycle.decide(uuid, AcceptanceDecision(True, date(2025, 3, 3), CLERK), by=CLERK)
    notice = RightsNotice(date(2025, 3, 4), PARTIES, NoticeMethod.WRITTEN, CLERK)
    services.lifecycle.record_rights_notice(uuid, notice)
    services.lifecycle.start_mediation(uuid, by=CLERK)
    return uuid


def _with_agreement(services: Services) -> str:
    uuid = _in_mediation(services)
    record = AgreementRecord(AgreementForm.WRITTEN, date(2025, 3, 20), date(2025, 3, 20))
    services.lifecycle.record_agreement(uuid, record, by=CLERK, content=CONTENT)
    return uuid


def test_investigations_and_sessions_are_saved_edited_and_deleted(services: Services) -> None:
    uuid = _in_mediation(services)
    at = datetime(2025, 3, 5, 1, 30, tzinfo=UTC)
    investigation = InvestigationRecord(
        at, "村委会", (CLERK,), "王𠈌", "了解界墙情况", evidence=(EvidenceItem("照片", "王𠈌"),)
    )
    services.records.save_investigation(uuid, investigation)
    session = SessionRecord(
        at,
        "调解室",
        (CLERK,),
        PARTIES,
        (Statement("王𠈌", "要求拆墙"), Statement("ᠪᠠᠲᠤ", "愿意赔偿")),
        "达成一致",
        invited=("村支书",),
        invited_consented=True,
    )
    services.records.save_session(uuid, session)
    assert services.records.investigations(uuid) == (investigation,)
    assert services.records.sessions(uuid) == (session,)

    edited = InvestigationRecord(at, "现场", (CLERK,), "王𠈌", "测量界墙", uuid=investigation.uuid)
    services.records.save_investigation(uuid, edited)
    assert services.records.investigations(uuid) == (edited,)
    services.records.delete_record(uuid, session.uuid)
    assert services.records.sessions(uuid) == ()


def test_a_session_with_invited_people_needs_the_parties_consent(services: Services) -> None:
    uuid = _in_mediation(services)
    at = datetime(2025, 3, 5, tzinfo=UTC)
    session = SessionRecord(at, "调解室", (CLERK,), PARTIES, (), "未果", invited=("村支书",))
    with pytest.raises(ValidationFailed) as failure:
        services.records.save_session(uuid, session)
    assert [issue.field for issue in failure.value.issues] == ["invited_consented"]


def test_a_drafted_agreement_becomes_the_recorded_one_once_signed(services: Services) -> None:
    uuid = _in_mediation(services)
    draft = AgreementDraft(AgreementForm.WRITTEN, date(2025, 3, 20), CONTENT)
    services.records.save_agreement_draft(uuid, draft)
    assert services.records.agreement_draft(uuid) == draft
    assert services.records.agreement(uuid) is None

    signed = AgreementRecord(AgreementForm.WRITTEN, date(2025, 3, 20), date(2025, 3, 21))
    services.lifecycle.record_agreement(uuid, signed, by=CLERK)

    assert services.records.agreement_draft(uuid) is None
    view = services.records.agreement(uuid)
    assert view is not None
    assert view.content == CONTENT
    assert view.record.effective_on == date(2025, 3, 21)
    assert [d.due for d in services.lifecycle.deadlines(uuid) if d.kind == "performance"] == [
        date(2025, 4, 15),
        date(2025, 4, 30),
    ]


def test_term_performance_is_tracked_term_by_term(services: Services) -> None:
    uuid = _with_agreement(services)

    services.records.set_term_performance(uuid, 2, TermPerformance.PERFORMED, date(2025, 4, 10))
    view = services.records.agreement(uuid)
    assert view is not None
    assert view.content.terms[1].performance is TermPerformance.PERFORMED
    reminders = [d.due for d in services.lifecycle.deadlines(uuid) if d.kind == "performance"]
    assert reminders == [date(2025, 4, 30)]  # the performed term is no longer reminded of
    assert view.content.terms[0].amount == Decimal("12000.00")


def test_a_written_agreement_without_terms_is_refused_at_the_field(services: Services) -> None:
    uuid = _in_mediation(services)
    record = AgreementRecord(AgreementForm.WRITTEN, date(2025, 3, 20), date(2025, 3, 20))
    empty = AgreementContent("", "", "", ())
    with pytest.raises(ValidationFailed) as failure:
        services.lifecycle.record_agreement(uuid, record, by=CLERK, content=empty)
    assert {issue.field for issue in failure.value.issues} == {
        "facts",
        "disputed_matters",
        "terms",
    }
    assert services.records.agreement(uuid) is None  # nothing half-written


def test_judicial_confirmation_is_recorded_with_the_ruling(
    services: Services,
) -> None:
    uuid = _with_agreement(services)
    early = JudicialConfirmation(date(2025, 3, 19), "准格尔旗人民法院", PARTIES)
    with pytest.raises(ValidationFailed):
        services.records.save_confirmation(uuid, early)  # before the agreement took effect
    application = JudicialConfirmation(date(2025, 3, 25), "准格尔旗人民法院", PARTIES)
    services.records.save_confirmation(uuid, application)
    ruled = JudicialConfirmation(
        date(2025, 3, 25),
        "准格尔旗人民法院",
        PARTIES,
        ConfirmationRuling.CONFIRMED,
        date(2025, 4, 2),
        "（2025）内0622民特12号",
    )
    services.records.save_confirmation(uuid, ruled)
    assert services.records.confirmation(uuid) == ruled
