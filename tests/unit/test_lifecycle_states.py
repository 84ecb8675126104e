"""The case state machine: the graph, art 17's hard stop and what each move requires."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path

import pytest

from mediation_desk.domain.enums import CaseSource, CaseStatus
from mediation_desk.domain.lifecycle.channels import Diversion, FeedbackStatus, parse_channels
from mediation_desk.domain.lifecycle.common import LifecycleError
from mediation_desk.domain.lifecycle.decisions import (
    AcceptanceDecision,
    NoticeMethod,
    Publicity,
    PublicityChoice,
    Refusal,
    RightsNotice,
    parse_decline_reasons,
)
from mediation_desk.domain.lifecycle.outcomes import (
    AgreementForm,
    AgreementRecord,
    PerformanceStatus,
    Termination,
    TerminationReason,
)
from mediation_desk.domain.lifecycle.recusal import MediatorRelation, Recusal
from mediation_desk.domain.lifecycle.states import (
    GRAPH,
    IllegalTransition,
    Transition,
    TransitionContext,
    allowed_transitions,
    apply,
    available_targets,
    check_transition,
    replay,
)
from mediation_desk.domain.validation.issues import Issue, Severity

S = CaseStatus
REFERENCE = Path(__file__).resolve().parents[2] / "resources" / "reference"
CHANNELS = parse_channels((REFERENCE / "channels.csv").read_text(encoding="utf-8"))
REASONS = parse_decline_reasons((REFERENCE / "decline_reasons.csv").read_text(encoding="utf-8"))
NOW = datetime(2025, 6, 2, 2, 0, tzinfo=UTC)  # 10:00 in Ordos
DAY = date(2025, 6, 1)
REFUSAL = Refusal("王某", date(2025, 5, 30))
ACCEPTED = AcceptanceDecision(True, DAY, "主任")
NOTICE = RightsNotice(DAY, ("巴图", "王某"), NoticeMethod.WRITTEN, "调解员甲")
READY = TransitionContext(
    parties=("巴图", "王某"),
    decision=ACCEPTED,
    rights_notices=(NOTICE,),
    mediator_uuids=("m-1",),
    publicity=PublicityChoice(Publicity.NON_PUBLIC, "双方", DAY),
    channels=CHANNELS,
    decline_reasons=REASONS,
)
WRITTEN = AgreementRecord(AgreementForm.WRITTEN, DAY, signed_on=DAY)
FAILED = Termination(TerminationReason.FAILED, DAY, frozenset({"civil_litigation"}))
TO_POLICE = Diversion("police", "乌审召派出所", "可能引发治安案件", DAY)


def codes(issues: list[Issue], severity: Severity | None = None) -> set[str]:
    return {i.code for i in issues if severity is None or i.severity is severity}


def errors(current: S, target: S, context: TransitionContext = READY) -> set[str]:
    return codes(check_transition(current, target, context, NOW), Severity.ERROR)


def warnings(current: S, target: S, context: TransitionContext = READY) -> set[str]:
    return codes(check_transition(current, target, context, NOW), Severity.WARNING)


ILLEGAL = [(a, b) for a in S for b in S if b not in GRAPH[a]]


@pytest.mark.parametrize(("current", "target"), ILLEGAL)
def test_every_illegal_transition_is_rejected(current: S, target: S) -> None:
    assert errors(current, target) == {"transition.not_allowed"}
    with pytest.raises(IllegalTransition) as raised:
        apply(current, target, READY, at=NOW, by="u-1")
    assert raised.value.codes == ("transition.not_allowed",)


def test_the_graph_follows_the_lifecycle_of_the_issue() -> None:
    assert allowed_transitions(S.REGISTERED) >= {S.ACCEPTED, S.DECLINED, S.DIVERTED}
    assert allowed_transitions(S.ACCEPTED) >= {S.IN_MEDIATION, S.DIVERTED}
    assert allowed_transitions(S.IN_MEDIATION) == {S.AGREEMENT, S.TERMINATED, S.DIVERTED}
    assert S.FOLLOW_UP in allowed_transitions(S.AGREEMENT)
    assert allowed_transitions(S.CLOSED) == {S.ARCHIVED}
    assert allowed_transitions(S.ARCHIVED) == frozenset()
    assert S.REGISTERED not in {t for targets in GRAPH.values() for t in targets}


def test_every_status_can_be_reached_from_registration() -> None:
    seen, todo = {S.REGISTERED}, [S.REGISTERED]
    while todo:
        for target in GRAPH[todo.pop()] - seen:
            seen.add(target)
            todo.append(target)
    assert seen == set(S)


def test_a_transition_records_who_and_when_in_utc() -> None:
    with pytest.raises(ValueError):
        Transition(S.REGISTERED, S.ACCEPTED, datetime(2025, 6, 1, 10), "u-1")
    with pytest.raises(ValueError):
        Transition(S.REGISTERED, S.ACCEPTED, NOW.astimezone(timezone(timedelta(hours=8))), "u")
    with pytest.raises(ValueError):
        Transition(S.REGISTERED, S.ACCEPTED, NOW, " ")


def test_apply_returns_the_new_status_and_the_record() -> None:
    result = apply(S.REGISTERED, S.ACCEPTED, READY, at=NOW, by="主任", reason="属于民间纠纷")
    assert result.status is S.ACCEPTED
    assert result.transition == Transition(S.REGISTERED, S.ACCEPTED, NOW, "主任", "属于民间纠纷")
    assert result.warnings == ()


def test_a_move_cannot_be_dated_before_the_previous_one() -> None:
    context = replace(READY, last_transition_at=NOW + timedelta(minutes=1))
    assert "transition.before_previous" in errors(S.REGISTERED, S.ACCEPTED, context)


# --- art 17: a party's express refusal is a hard stop -------------------------------------


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.REGISTERED, S.ACCEPTED),
        (S.ACCEPTED, S.IN_MEDIATION),
        (S.IN_MEDIATION, S.AGREEMENT),
        (S.FOLLOW_UP, S.IN_MEDIATION),
    ],
)
def test_a_refusal_stops_mediation(current: S, target: S) -> None:
    context = replace(READY, refusals=(REFUSAL,), agreement=WRITTEN, remediation_consent=True)
    issues = check_transition(current, target, context, NOW)
    assert codes(issues, Severity.ERROR) == {"refusal.hard_stop"}
    assert issues[0].params_dict == {"party": "王某", "date": "2025-05-30"}


def test_after_a_refusal_the_case_can_still_be_declined_terminated_or_diverted() -> None:
    decline = AcceptanceDecision(
        False,
        DAY,
        "主任",
        "party_refuses",
        refusal=REFUSAL,
        channels_told=frozenset({"civil_litigation"}),
    )
    refused = Termination(TerminationReason.REFUSED, DAY, frozenset({"civil_litigation"}), REFUSAL)
    context = replace(READY, refusals=(REFUSAL,), decision=decline, termination=refused)
    assert errors(S.REGISTERED, S.DECLINED, context) == set()
    assert errors(S.IN_MEDIATION, S.TERMINATED, context) == set()
    assert errors(S.IN_MEDIATION, S.DIVERTED, replace(context, diversion=TO_POLICE)) == set()


# --- acceptance and decline ----------------------------------------------------------------


def test_accepting_needs_an_acceptance_decision() -> None:
    assert errors(S.REGISTERED, S.ACCEPTED, replace(READY, decision=None)) == {
        "acceptance.decision_required"
    }
    declined = AcceptanceDecision(False, DAY, "主任", "other")
    assert "acceptance.decision_required" in errors(
        S.REGISTERED, S.ACCEPTED, replace(READY, decision=declined)
    )


def test_a_court_delegation_needs_the_court_and_its_case_number() -> None:
    context = replace(READY, source=CaseSource.COURT_REFERRAL)
    assert errors(S.REGISTERED, S.ACCEPTED, context) == {
        "referral_body.required",
        "court_referral.reference_required",
    }
    complete = replace(
        context, referral_body="乌审旗人民法院", referral_reference="（2025）蒙0626诉前调1号"
    )
    assert errors(S.REGISTERED, S.ACCEPTED, complete) == set()


def test_proactive_mediation_without_recorded_consent_is_a_warning() -> None:
    context = replace(READY, source=CaseSource.PROACTIVE_SCREENING)
    assert warnings(S.REGISTERED, S.ACCEPTED, context) == {"consent.not_recorded"}
    assert errors(S.REGISTERED, S.ACCEPTED, context) == set()
    assert warnings(S.REGISTERED, S.ACCEPTED, replace(context, consent_recorded=True)) == set()


def test_declining_needs_a_reason_and_the_channel_told() -> None:
    bare = AcceptanceDecision(False, DAY, "主任")
    assert errors(S.REGISTERED, S.DECLINED, replace(READY, decision=bare)) == {
        "decision.reason_required",
        "decision.channel_required",
    }
    assert errors(S.REGISTERED, S.DECLINED) == {"decline.decision_required"}


def test_declining_for_a_refusal_records_who_refused() -> None:
    decision = AcceptanceDecision(
        False, DAY, "主任", "party_refuses", channels_told=frozenset({"civil_litigation"})
    )
    assert errors(S.REGISTERED, S.DECLINED, replace(READY, decision=decision)) == {
        "decision.refusal_required"
    }
    complete = replace(READY, decision=replace(decision, refusal=REFUSAL))
    result = apply(S.REGISTERED, S.DECLINED, complete, at=NOW, by="主任")
    assert result.transition.codes == ("decline.party_refuses", "channel.civil_litigation")


# --- starting mediation -------------------------------------------------------------------


def test_mediation_starts_only_after_the_rights_notice_and_with_a_mediator() -> None:
    context = replace(READY, rights_notices=(), mediator_uuids=())
    assert errors(S.ACCEPTED, S.IN_MEDIATION, context) == {
        "rights_notice.required",
        "mediators.required",
    }
    assert errors(S.ACCEPTED, S.IN_MEDIATION) == set()


def test_a_party_left_out_of_the_notice_is_a_warning() -> None:
    context = replace(READY, parties=("巴图", "王某", "李某"))
    issues = check_transition(S.ACCEPTED, S.IN_MEDIATION, context, NOW)
    assert [(i.code, i.params_dict) for i in issues] == [
        ("rights_notice.party_missing", {"party": "李某"})
    ]


def test_a_notice_dated_after_the_move_is_rejected() -> None:
    late = replace(NOTICE, given_on=date(2025, 6, 3))
    assert errors(S.ACCEPTED, S.IN_MEDIATION, replace(READY, rights_notices=(late,))) == {
        "date.future"
    }


def test_mediation_waits_for_an_open_recusal_and_drops_the_recused_mediator() -> None:
    open_request = Recusal("m-1", "王某", DAY)
    context = replace(READY, recusals=(open_request,))
    assert errors(S.ACCEPTED, S.IN_MEDIATION, context) == {"recusal.open"}
    decided = replace(open_request, replacement_uuid="m-2", replaced_on=DAY)
    context = replace(READY, recusals=(decided,))
    assert errors(S.ACCEPTED, S.IN_MEDIATION, context) == {"recusal.mediator_still_assigned"}
    assert errors(S.ACCEPTED, S.IN_MEDIATION, replace(context, mediator_uuids=("m-2",))) == set()


def test_a_mediator_related_to_a_party_is_warned_about_when_mediation_starts() -> None:
    related = MediatorRelation("m-1", "巴图", "堂兄", "乌力吉")
    context = replace(READY, mediator_uuids=("m-1",), relations=(related,))
    assert errors(S.ACCEPTED, S.IN_MEDIATION, context) == set()
    assert warnings(S.ACCEPTED, S.IN_MEDIATION, context) == {"mediator.related_to_party"}


def test_publicity_unrecorded_warns_and_public_with_privacy_is_an_error() -> None:
    assert warnings(S.ACCEPTED, S.IN_MEDIATION, replace(READY, publicity=None)) == {
        "publicity.not_recorded"
    }
    public = PublicityChoice(Publicity.PUBLIC, "申请人", DAY, involves_privacy=True)
    assert errors(S.ACCEPTED, S.IN_MEDIATION, replace(READY, publicity=public)) == {
        "publicity.privacy"
    }


# --- outcomes ------------------------------------------------------------------------------


def test_an_agreement_must_be_recorded_and_in_effect() -> None:
    assert errors(S.IN_MEDIATION, S.AGREEMENT) == {"agreement.required"}
    unsigned = AgreementRecord(AgreementForm.WRITTEN, DAY)
    assert errors(S.IN_MEDIATION, S.AGREEMENT, replace(READY, agreement=unsigned)) == {
        "agreement.not_effective"
    }
    early = AgreementRecord(AgreementForm.WRITTEN, DAY, signed_on=DAY - timedelta(days=1))
    assert errors(S.IN_MEDIATION, S.AGREEMENT, replace(READY, agreement=early)) == {
        "agreement.signed_before_reached"
    }
    result = apply(S.IN_MEDIATION, S.AGREEMENT, replace(READY, agreement=WRITTEN), at=NOW, by="甲")
    assert result.transition.codes == ("agreement.written",)


def test_an_oral_agreement_is_refused_where_a_written_one_is_required() -> None:
    oral = replace(READY, agreement=AgreementRecord(AgreementForm.ORAL, DAY))
    assert errors(S.IN_MEDIATION, S.AGREEMENT, oral) == set()
    assert errors(S.IN_MEDIATION, S.AGREEMENT, replace(oral, category_code="medical")) == {
        "agreement.written_required"
    }
    requested = replace(oral, written_agreement_requested=True)
    assert errors(S.IN_MEDIATION, S.AGREEMENT, requested) == {"agreement.written_requested"}


def test_terminating_after_failure_requires_the_channels_explained() -> None:
    silent = replace(FAILED, channels_explained=frozenset())
    assert errors(S.IN_MEDIATION, S.TERMINATED, replace(READY, termination=silent)) == {
        "termination.channels_required"
    }
    result = apply(
        S.IN_MEDIATION, S.TERMINATED, replace(READY, termination=FAILED), at=NOW, by="甲"
    )
    assert result.transition.codes == ("termination.failed", "channel.civil_litigation")
    assert errors(S.IN_MEDIATION, S.TERMINATED) == {"termination.required"}


def test_a_withdrawal_without_channels_is_only_a_warning() -> None:
    withdrawn = Termination(TerminationReason.WITHDRAWN, DAY)
    context = replace(READY, termination=withdrawn)
    result = apply(S.REGISTERED, S.TERMINATED, context, at=NOW, by="甲")
    assert [w.code for w in result.warnings] == ["termination.channels_required"]


def test_termination_reasons_depend_on_how_far_the_case_got() -> None:
    assert errors(S.REGISTERED, S.TERMINATED, replace(READY, termination=FAILED)) == {
        "termination.reason_not_allowed"
    }
    refused = Termination(TerminationReason.REFUSED, DAY, frozenset({"civil_litigation"}))
    context = replace(READY, termination=refused)
    assert errors(S.ACCEPTED, S.TERMINATED, context) == {"termination.refusal_required"}
    unknown = replace(FAILED, channels_explained=frozenset({"moon_court"}))
    assert errors(S.IN_MEDIATION, S.TERMINATED, replace(READY, termination=unknown)) == {
        "termination.channel_unknown"
    }


# --- diversion -----------------------------------------------------------------------------


def test_diverting_records_a_valid_diversion() -> None:
    assert errors(S.ACCEPTED, S.DIVERTED) == {"diversion.required"}
    to_self = replace(TO_POLICE, channel_code="this_committee")
    assert errors(S.ACCEPTED, S.DIVERTED, replace(READY, diversion=to_self)) == {
        "diversion.to_self"
    }
    result = apply(S.REGISTERED, S.DIVERTED, replace(READY, diversion=TO_POLICE), at=NOW, by="甲")
    assert result.transition.codes == ("channel.police",)


def test_commercial_arbitration_needs_an_arbitration_agreement() -> None:
    to_arbitration = Diversion(
        "commercial_arbitration",
        "鄂尔多斯仲裁委员会",
        "合同约定仲裁",
        DAY,
        warnings_told=frozenset({"civil_limitation"}),
    )
    context = replace(READY, diversion=to_arbitration)
    assert errors(S.ACCEPTED, S.DIVERTED, context) == {"diversion.need_unmet"}
    met = replace(to_arbitration, needs_met=frozenset({"arbitration_agreement"}))
    assert errors(S.ACCEPTED, S.DIVERTED, replace(READY, diversion=met)) == set()


def test_a_diverted_case_closes_only_when_the_loop_is_closed() -> None:
    context = replace(READY, diversion=TO_POLICE)
    assert errors(S.DIVERTED, S.CLOSED, context) == {"diversion.feedback_required"}
    reported = replace(TO_POLICE, feedback=FeedbackStatus.CONCLUDED, feedback_on=DAY)
    assert errors(S.DIVERTED, S.CLOSED, replace(READY, diversion=reported)) == set()


def test_a_returned_referral_can_be_accepted_again() -> None:
    assert errors(S.DIVERTED, S.ACCEPTED, replace(READY, diversion=TO_POLICE)) == {
        "diversion.not_returned"
    }
    returned = replace(TO_POLICE, feedback=FeedbackStatus.RETURNED, feedback_on=DAY)
    assert errors(S.DIVERTED, S.ACCEPTED, replace(READY, diversion=returned)) == set()


# --- after the agreement -------------------------------------------------------------------


def test_closing_straight_after_an_agreement_needs_it_performed() -> None:
    assert errors(S.AGREEMENT, S.CLOSED) == {"performance.not_complete"}
    done = replace(READY, performance=PerformanceStatus.PERFORMED)
    assert errors(S.AGREEMENT, S.CLOSED, done) == set()


def test_closing_a_follow_up_needs_a_visit_and_a_known_performance() -> None:
    assert errors(S.FOLLOW_UP, S.CLOSED) == {"follow_up.visit_required", "performance.pending"}
    unpaid = replace(READY, follow_up_visits=1, performance=PerformanceStatus.NOT_PERFORMED)
    assert errors(S.FOLLOW_UP, S.CLOSED, unpaid) == {"performance.channels_required"}
    told = replace(unpaid, performance_channels_explained=frozenset({"civil_litigation"}))
    assert errors(S.FOLLOW_UP, S.CLOSED, told) == set()


def test_mediating_an_agreement_again_needs_both_parties_consent() -> None:
    assert errors(S.AGREEMENT, S.IN_MEDIATION) == {"remediation.consent_required"}
    result = apply(
        S.FOLLOW_UP, S.IN_MEDIATION, replace(READY, remediation_consent=True), at=NOW, by="甲"
    )
    assert result.transition.codes == ("remediation",)


def test_a_court_delegated_case_closes_only_after_reporting_to_the_court() -> None:
    court = replace(READY, source=CaseSource.COURT_REFERRAL, termination=FAILED)
    assert errors(S.TERMINATED, S.CLOSED, court) == {"court_referral.report_required"}
    assert errors(S.TERMINATED, S.CLOSED, replace(court, referral_reported_on=DAY)) == set()
    police = replace(READY, source=CaseSource.POLICE_REFERRAL)
    assert warnings(S.TERMINATED, S.CLOSED, police) == {"referral.report_missing"}


def test_archiving_needs_nothing_more() -> None:
    assert errors(S.CLOSED, S.ARCHIVED) == set()
    assert errors(S.DECLINED, S.ARCHIVED) == set()


# --- history -------------------------------------------------------------------------------


def test_available_targets_explain_each_allowed_move() -> None:
    targets = available_targets(S.IN_MEDIATION, READY, NOW)
    assert set(targets) == GRAPH[S.IN_MEDIATION]
    assert codes(targets[S.AGREEMENT]) == {"agreement.required"}


def test_a_recorded_history_replays_to_its_status() -> None:
    steps = [S.REGISTERED, S.ACCEPTED, S.IN_MEDIATION, S.AGREEMENT, S.FOLLOW_UP, S.CLOSED]
    history = [
        Transition(a, b, NOW + timedelta(hours=i), "甲") for i, (a, b) in enumerate(pairwise(steps))
    ]
    assert replay(history) is S.CLOSED
    assert replay([]) is S.REGISTERED
    with pytest.raises(LifecycleError) as raised:
        replay([history[0], history[2]])
    assert raised.value.codes == ("history.broken",)
    with pytest.raises(LifecycleError):
        replay([Transition(S.REGISTERED, S.CLOSED, NOW, "甲")])
    with pytest.raises(LifecycleError):
        replay([history[0], replace(history[1], at=NOW - timedelta(hours=1))])
