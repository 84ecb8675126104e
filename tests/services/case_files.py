"""Known cases built through the services, one for every kind of document a case file holds."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from mediation_desk.domain.enums import Gender, PartyKind, PartyRole
from mediation_desk.domain.lifecycle.channels import Diversion
from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision, NoticeMethod, RightsNotice
from mediation_desk.domain.lifecycle.outcomes import (
    AgreementForm,
    AgreementRecord,
    PerformanceStatus,
    Termination,
    TerminationReason,
)
from mediation_desk.domain.lifecycle.risk import EscalationRecipient, EscalationReport, ReportMethod
from mediation_desk.domain.models import Committee, Mediator, Party
from mediation_desk.domain.records.models import (
    AgreementContent,
    AgreementDraft,
    AgreementTerm,
    EvidenceItem,
    FollowUpRecord,
    InvestigationRecord,
    JudicialConfirmation,
    SessionRecord,
    Statement,
    VisitWay,
)
from mediation_desk.services.bootstrap import Services, open_services
from tests.services.conftest import make_draft

CLERK = "王芳"
APPLICANT, RESPONDENT = "王𠈌", "ᠪᠠᠲᠤ"
COMMITTEE = "乌审召镇巴音敖包嘎查人民调解委员会"
CONTENT = AgreementContent(
    facts="双方因草场边界发生争议，被申请人的羊群多次越界放牧，损毁申请人草场约二十亩。",
    disputed_matters="草场边界的位置；草场损失的赔偿数额。",
    responsibilities="被申请人放牧管理不当，对草场损失负主要责任；申请人未及时修补围栏，负次要责任。",
    terms=(
        AgreementTerm(
            RESPONDENT,
            "赔偿王𠈌草场损失",
            Decimal("12000.00"),
            "银行转账",
            "乌审召镇信用社",
            date(2025, 4, 30),
        ),
        AgreementTerm(APPLICANT, "修补草场围栏", method="自行修补", due_on=date(2025, 4, 15)),
    ),
    performance_method="赔偿款一次付清；围栏修补后由嘎查委员会验收。",
)


def _registered(services: Services, facts: str = "草场边界纠纷，羊群越界放牧。") -> str:
    draft = make_draft(services, facts=facts)
    respondent = Party(
        PartyRole.RESPONDENT,
        PartyKind.PERSON,
        RESPONDENT,
        gender=Gender.MALE,
        ethnicity="02",
        birth_date=date(1980, 5, 1),
        occupation="牧民",
        address="乌审旗乌审召镇巴音敖包嘎查二社",
    )
    applicant = replace(draft.parties[0], gender=Gender.FEMALE, ethnicity="01", phone="13904771234")
    draft = replace(draft, parties=(applicant, respondent), people_involved=2)
    return services.cases.register(draft).uuid


def _in_mediation(services: Services, uuid: str) -> None:
    life = services.lifecycle
    life.decide(uuid, AcceptanceDecision(True, date(2025, 3, 3), CLERK), by=CLERK)
    notice = RightsNotice(date(2025, 3, 4), (APPLICANT, RESPONDENT), NoticeMethod.WRITTEN, CLERK)
    life.record_rights_notice(uuid, notice)
    life.start_mediation(uuid, by=CLERK)


def concluded_case(services: Services) -> str:
    """Registered, accepted, told, investigated twice, mediated, agreed in writing, signed,
    confirmed by the court, visited, closed and archived."""
    uuid = _registered(services)
    _in_mediation(services, uuid)
    records = services.records
    for hour, person in ((1, APPLICANT), (3, RESPONDENT)):
        records.save_investigation(
            uuid,
            InvestigationRecord(
                datetime(2025, 3, 5, hour, 30, tzinfo=UTC),
                "巴音敖包嘎查村委会",
                (CLERK, "乌力吉"),
                person,
                "问：草场边界在哪里？\n答：以老围栏为界，围栏东侧是我家的草场。",
                others_present="嘎查长",
                evidence=(EvidenceItem("草场承包经营权证复印件", person),),
            ),
        )
    records.save_session(
        uuid,
        SessionRecord(
            datetime(2025, 3, 10, 2, 0, tzinfo=UTC),
            "巴音敖包嘎查调解室",
            (CLERK,),
            (APPLICANT, RESPONDENT),
            (
                Statement(APPLICANT, "要求对方赔偿草场损失一万五千元。"),
                Statement(RESPONDENT, "承认羊群越界，愿意赔偿一万元。"),
            ),
            "双方同意以一万二千元了结，并各自修补围栏。",
            invited=("嘎查长",),
            invited_consented=True,
            proposal="赔偿一万二千元，围栏由申请人修补。",
        ),
    )
    records.save_agreement_draft(
        uuid, AgreementDraft(AgreementForm.WRITTEN, date(2025, 3, 20), CONTENT)
    )
    signed = AgreementRecord(AgreementForm.WRITTEN, date(2025, 3, 20), date(2025, 3, 21))
    life = services.lifecycle
    life.record_agreement(uuid, signed, by=CLERK)
    records.save_confirmation(
        uuid,
        JudicialConfirmation(date(2025, 3, 25), "乌审旗人民法院", (APPLICANT, RESPONDENT)),
    )
    life.start_follow_up(uuid, by=CLERK)
    life.record_follow_up(
        uuid,
        FollowUpRecord(
            date(2025, 5, 2),
            CLERK,
            PerformanceStatus.PERFORMED,
            way=VisitWay.PHONE,
            visited_persons=APPLICANT,
            attitude="对调解结果满意。",
            new_risks="无。",
        ),
    )
    life.close(uuid, by=CLERK, reason="履行完毕")
    life.archive(uuid, by=CLERK)
    return uuid


def drafted_case(services: Services) -> str:
    """In mediation with an agreement drafted for signature, not yet recorded."""
    uuid = _registered(services)
    _in_mediation(services, uuid)
    draft = AgreementDraft(AgreementForm.WRITTEN, date(2025, 3, 20), CONTENT)
    services.records.save_agreement_draft(uuid, draft)
    return uuid


def oral_case(services: Services) -> str:
    """Agreed orally and performed on the spot."""
    uuid = _registered(services, facts="邻里因排水沟堵塞发生争吵。")
    _in_mediation(services, uuid)
    content = AgreementContent(
        "排水沟堵塞，雨水流入王𠈌院内。",
        "由谁清理排水沟。",
        "",
        (AgreementTerm(RESPONDENT, "清理排水沟", method="当场清理"),),
    )
    record = AgreementRecord(AgreementForm.ORAL, date(2025, 3, 6))
    services.lifecycle.record_agreement(uuid, record, by=CLERK, content=content)
    return uuid


def diverted_case(services: Services) -> str:
    """Sent to the banner government: a grassland use-right dispute."""
    uuid = _registered(services)
    diversion = Diversion(
        "administrative_ruling",
        "乌审旗人民政府",
        "该纠纷属于草原使用权属争议，依法应由人民政府处理",
        date(2025, 3, 4),
        warnings_told=frozenset({"land_decision_suit", "administrative_suit_limit"}),
    )
    services.lifecycle.divert(uuid, diversion, by=CLERK)
    return uuid


def terminated_case(services: Services) -> str:
    """Mediation failed; litigation and the township committee explained."""
    uuid = _registered(services)
    _in_mediation(services, uuid)
    termination = Termination(
        TerminationReason.FAILED,
        date(2025, 3, 28),
        frozenset({"civil_litigation", "township_committee"}),
    )
    services.lifecycle.terminate(uuid, termination, by=CLERK)
    return uuid


def escalated_case(services: Services) -> str:
    """Raised to the top risk level and reported to the police station and the justice office."""
    uuid = _registered(services)
    report = EscalationReport(
        frozenset({EscalationRecipient.POLICE_STATION, EscalationRecipient.JUSTICE_OFFICE}),
        datetime(2025, 3, 3, 2, 0, tzinfo=UTC),
        ReportMethod.PHONE,
        "分开双方，派出所民警到场；嘎查长当晚上门疏导。",
        CLERK,
    )
    services.lifecycle.set_risk_level(uuid, "major", report=report)
    return uuid


CASES = (
    "concluded_case",
    "drafted_case",
    "oral_case",
    "diverted_case",
    "terminated_case",
    "escalated_case",
)


def committee_with_every_case(directory: Path) -> tuple[str, dict[str, str]]:
    """A database file in `directory` with the committee and one case of each kind above;
    returns its URL and the case numbers by builder name. The user's data folder (backups)
    is pointed into `directory` meanwhile, as module-scoped fixtures run outside the per-test
    isolation."""
    url = f"sqlite:///{directory / 'committee.sqlite3'}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MEDIATION_DESK_DATA_DIR", str(directory / "userdata"))
        services = open_services(url)
        try:
            services.committee.save(
                Committee(COMMITTEE, "巴音敖包", "150626100"),
                [
                    Mediator("乌力吉", gender=Gender.MALE, ethnicity="02"),
                    Mediator(CLERK, gender=Gender.FEMALE, ethnicity="01"),
                ],
            )
            numbers = {
                name: services.cases.get(globals()[name](services)).case_no for name in CASES
            }
        finally:
            services.close()
    return url, numbers
