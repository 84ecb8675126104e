"""The case lifecycle on a real SQLite file: moves, their records, refusals and the worklist."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.channels import Diversion, FeedbackStatus
from mediation_desk.domain.lifecycle.clocks import DeadlineKind, Extension
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
from mediation_desk.domain.lifecycle.risk import EscalationRecipient, EscalationReport, ReportMethod
from mediation_desk.domain.lifecycle.worklist import WorkKind
from mediation_desk.domain.records.models import FollowUpRecord
from mediation_desk.services.bootstrap import Services
from mediation_desk.services.errors import TransitionRefused, ValidationFailed
from tests.services.conftest import make_draft

S = CaseStatus
CLERK = "王芳"
PARTIES = ("王𠈌", "ᠪᠠᠲᠤ")


def _register(services: Services) -> str:
    return services.cases.register(make_draft(services)).uuid


def _accept(services: Services, uuid: str, on: date = date(2025, 3, 3)) -> None:
    services.lifecycle.decide(uuid, AcceptanceDecision(True, on, CLERK), by=CLERK)


def _notify(services: Services, uuid: str) -> None:
    notice = RightsNotice(date(2025, 3, 4), PARTIES, NoticeMethod.WRITTEN, CLERK)
    services.lifecycle.record_rights_notice(uuid, notice)


def _table_count(db_path: Path, table: str) -> int:
    with sqlite3.connect(db_path) as connection:
        return int(connection.execute(f"select count(*) from {table}").fetchone()[0])


def test_a_case_goes_all_the_way_from_registered_to_archived(services: Services) -> None:
    uuid = _register(services)
    life = services.lifecycle
    _accept(services, uuid)
    _notify(services, uuid)
    assert life.start_mediation(uuid, by=CLERK).status is S.IN_MEDIATION
    agreement = AgreementRecord(AgreementForm.WRITTEN, date(2025, 3, 20), date(2025, 3, 21))
    life.record_agreement(uuid, agreement, by=CLERK, performance_due=[date(2025, 4, 30)])
    assert {d.kind for d in life.deadlines(uuid)} >= {
        DeadlineKind.JUDICIAL_CONFIRMATION,
        DeadlineKind.PERFORMANCE,
    }
    life.start_follow_up(uuid, by=CLERK)
    life.record_follow_up(
        uuid, FollowUpRecord(date(2025, 5, 2), CLERK, PerformanceStatus.PERFORMED)
    )
    life.close(uuid, by=CLERK, reason="履行完毕")
    archived = life.archive(uuid, by=CLERK)

    assert archived.status is S.ARCHIVED
    assert services.cases.get(uuid).status is S.ARCHIVED
    history = life.history(uuid)
    assert [(t.from_status, t.to_status) for t in history] == [
        (S.REGISTERED, S.ACCEPTED),
        (S.ACCEPTED, S.IN_MEDIATION),
        (S.IN_MEDIATION, S.AGREEMENT),
        (S.AGREEMENT, S.FOLLOW_UP),
        (S.FOLLOW_UP, S.CLOSED),
        (S.CLOSED, S.ARCHIVED),
    ]
    assert history[2].codes == ("agreement.written",)
    assert history[4].reason == "履行完毕" and all(t.by == CLERK for t in history)
    assert life.deadlines(uuid) == ()


def test_an_illegal_move_is_refused_and_nothing_is_written(
    services: Services, db_path: Path
) -> None:
    uuid = _register(services)
    _accept(services, uuid)
    with pytest.raises(TransitionRefused) as refused:
        services.lifecycle.start_mediation(uuid, by=CLERK)  # no rights notice yet
    assert "rights_notice.required" in refused.value.codes
    with pytest.raises(TransitionRefused) as skipped:
        services.lifecycle.close(uuid, by=CLERK)  # accepted → closed is not in the graph
    assert skipped.value.codes == ("transition.not_allowed",)
    assert services.lifecycle.status_of(uuid) is S.ACCEPTED
    assert _table_count(db_path, "case_transition") == 1


def test_a_recorded_art17_refusal_blocks_mediation(services: Services) -> None:
    uuid = _register(services)
    _accept(services, uuid)
    _notify(services, uuid)
    services.lifecycle.record_refusal(uuid, Refusal("ᠪᠠᠲᠤ", date(2025, 3, 5)))
    with pytest.raises(TransitionRefused) as refused:
        services.lifecycle.start_mediation(uuid, by=CLERK)
    assert refused.value.codes == ("refusal.hard_stop",)
    assert services.lifecycle.status_of(uuid) is S.ACCEPTED


def test_declining_for_a_refusal_needs_the_refusal_and_a_channel(services: Services) -> None:
    uuid = _register(services)
    bare = AcceptanceDecision(False, date(2025, 3, 3), CLERK, reason_code="party_refuses")
    with pytest.raises(TransitionRefused) as refused:
        services.lifecycle.decide(uuid, bare, by=CLERK)
    assert {"decision.refusal_required", "decision.channel_required"} <= set(refused.value.codes)
    complete = AcceptanceDecision(
        False,
        date(2025, 3, 3),
        CLERK,
        reason_code="party_refuses",
        refusal=Refusal("ᠪᠠᠲᠤ", date(2025, 3, 3)),
        channels_told=frozenset({"civil_litigation"}),
    )
    change = services.lifecycle.decide(uuid, complete, by=CLERK)
    assert change.status is S.DECLINED
    assert change.transition.codes == ("decline.party_refuses", "channel.civil_litigation")


def test_a_diversion_stays_open_until_the_receiving_body_reports(services: Services) -> None:
    uuid = _register(services)
    diversion = Diversion(
        "administrative_ruling",
        "乌审旗人民政府",
        "草原使用权属争议，须由人民政府处理",
        date(2025, 3, 4),
        warnings_told=frozenset({"land_decision_suit", "administrative_suit_limit"}),
    )
    change = services.lifecycle.divert(uuid, diversion, by=CLERK)
    assert change.status is S.DIVERTED and change.transition.codes == (
        "channel.administrative_ruling",
    )
    feedback = [d for d in services.lifecycle.deadlines(uuid)]
    assert [d.kind for d in feedback] == [DeadlineKind.REFERRAL_FEEDBACK]
    assert feedback[0].due == date(2025, 4, 3)  # the channel's 30 days
    with pytest.raises(TransitionRefused) as refused:
        services.lifecycle.close(uuid, by=CLERK)
    assert refused.value.codes == ("diversion.feedback_required",)

    services.lifecycle.record_feedback(uuid, FeedbackStatus.CONCLUDED, date(2025, 4, 1), "已裁决")
    assert services.lifecycle.close(uuid, by=CLERK).status is S.CLOSED
    assert services.worklist.due(date(2025, 4, 10)) == []


def test_raising_to_the_top_level_needs_an_escalation_report(services: Services) -> None:
    uuid = _register(services)
    with pytest.raises(ValidationFailed) as refused:
        services.lifecycle.set_risk_level(uuid, "major")
    assert [i.code for i in refused.value.issues] == ["risk.escalation_report_required"]
    assert [i.kind for i in services.worklist.due(date(2025, 3, 3))] == []

    report = EscalationReport(
        frozenset({EscalationRecipient.POLICE_STATION, EscalationRecipient.JUSTICE_OFFICE}),
        datetime(2025, 3, 3, 2, 0, tzinfo=UTC),
        ReportMethod.PHONE,
        "分开双方，派出所民警到场",
        CLERK,
    )
    change = services.lifecycle.set_risk_level(uuid, "major", report=report)
    assert change.risk_level == "major" and change.escalation_reported
    items = services.worklist.due(date(2025, 3, 3))
    assert [(i.kind, i.risk_level) for i in items] == [(WorkKind.HIGH_RISK, "major")]


def test_the_worklist_shows_an_overdue_one_month_clock(services: Services) -> None:
    late = _register(services)
    _accept(services, late, date(2025, 3, 3))
    fresh = services.cases.register(make_draft(services, received_on=date(2025, 4, 1))).uuid
    _accept(services, fresh, date(2025, 4, 2))

    items = services.worklist.due(date(2025, 4, 5))
    assert len(items) == 1
    item = items[0]
    assert item.kind is WorkKind.OVERDUE and item.case_uuid == late
    assert item.message_key == "worklist.overdue.mediation_period"
    assert (item.due, item.days_left) == (date(2025, 4, 3), -2)


def test_an_agreed_extension_moves_the_one_month_clock(services: Services) -> None:
    uuid = _register(services)
    _accept(services, uuid, date(2025, 3, 3))
    with pytest.raises(ValidationFailed) as refused:
        services.lifecycle.extend(uuid, Extension(date(2025, 3, 30), date(2025, 4, 20), False))
    assert "extension.consent_required" in [i.code for i in refused.value.issues]
    deadlines = services.lifecycle.extend(
        uuid, Extension(date(2025, 3, 30), date(2025, 4, 20), True)
    )
    assert [(d.kind, d.due, d.extended) for d in deadlines] == [
        (DeadlineKind.MEDIATION_PERIOD, date(2025, 4, 20), True)
    ]
    assert services.worklist.due(date(2025, 4, 5)) == []
