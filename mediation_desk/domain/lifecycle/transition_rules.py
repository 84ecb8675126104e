"""What each move of the state machine requires, checked against a case's recorded facts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from mediation_desk.domain.enums import CaseSource, CaseStatus
from mediation_desk.domain.lifecycle.channels import ChannelCatalogue, Diversion, FeedbackStatus
from mediation_desk.domain.lifecycle.channels import validate_diversion as _validate_diversion
from mediation_desk.domain.lifecycle.decisions import (
    AcceptanceDecision,
    DeclineReason,
    PublicityChoice,
    Refusal,
    RightsNotice,
    parties_not_notified,
    validate_decision,
    validate_publicity,
    validate_refusal,
    validate_rights_notice,
)
from mediation_desk.domain.lifecycle.outcomes import (
    WRITTEN_AGREEMENT_CATEGORIES,
    AgreementForm,
    AgreementRecord,
    PerformanceStatus,
    Termination,
    TerminationReason,
)
from mediation_desk.domain.lifecycle.recusal import (
    MediatorRelation,
    Recusal,
    recusal_issues,
    relation_warnings,
)
from mediation_desk.domain.validation.dates import check_not_future
from mediation_desk.domain.validation.issues import Issue, error, rebase, warning

S = CaseStatus
TERMINATION_REASONS_FROM: Mapping[CaseStatus, frozenset[TerminationReason]] = {
    S.REGISTERED: frozenset({TerminationReason.WITHDRAWN}),
    S.ACCEPTED: frozenset({TerminationReason.WITHDRAWN, TerminationReason.REFUSED}),
    S.IN_MEDIATION: frozenset(TerminationReason),
}


@dataclass(frozen=True)
class TransitionContext:
    """The recorded facts of one case that the rules look at; the service fills it in."""

    source: CaseSource = CaseSource.PARTY_APPLICATION
    category_code: str = ""
    referral_body: str = ""
    referral_reference: str = ""  # the court's case number for 委派调解
    parties: tuple[str, ...] = ()  # names or ids, spelled as the rights notices record them
    last_transition_at: datetime | None = None
    refusals: tuple[Refusal, ...] = ()  # art 17: any one of them stops mediation
    decision: AcceptanceDecision | None = None
    decline_reasons: Mapping[str, DeclineReason] = field(default_factory=dict)
    channels: ChannelCatalogue | None = None
    consent_recorded: bool = False
    rights_notices: tuple[RightsNotice, ...] = ()
    mediator_uuids: tuple[str, ...] = ()
    recusals: tuple[Recusal, ...] = ()
    relations: tuple[MediatorRelation, ...] = ()  # assigned mediators related to a party
    publicity: PublicityChoice | None = None
    agreement: AgreementRecord | None = None
    written_agreement_requested: bool = False
    termination: Termination | None = None
    diversion: Diversion | None = None  # the latest one
    performance: PerformanceStatus = PerformanceStatus.PENDING
    performance_channels_explained: frozenset[str] = frozenset()
    follow_up_visits: int = 0
    remediation_consent: bool = False  # both parties agree to mediate the agreement again
    referral_reported_on: date | None = None  # result reported to the referring court or body


Rule = Callable[[CaseStatus, TransitionContext, date], list[Issue]]


def target_issues(
    current: CaseStatus, target: CaseStatus, context: TransitionContext, today: date
) -> list[Issue]:
    """The findings about moving to `target`; the move itself is assumed to be in the graph."""
    return RULES[target](current, context, today)


def _hard_stop(context: TransitionContext) -> list[Issue]:
    return [
        error("refusals", "refusal.hard_stop", party=refusal.party, date=refusal.refused_on)
        for refusal in context.refusals
    ]


def _to_accepted(current: CaseStatus, context: TransitionContext, today: date) -> list[Issue]:
    issues = _hard_stop(context)
    if current is S.DIVERTED and (
        context.diversion is None or context.diversion.feedback is not FeedbackStatus.RETURNED
    ):
        issues.append(error("diversion", "diversion.not_returned"))
    decision = context.decision
    if decision is None or not decision.accepted:
        issues.append(error("decision", "acceptance.decision_required"))
    else:
        issues += rebase(validate_decision(decision, today), "decision")
    if context.source.is_referral and not context.referral_body.strip():
        issues.append(error("referral_body", "referral_body.required"))
    if context.source is CaseSource.COURT_REFERRAL and not context.referral_reference.strip():
        issues.append(error("referral_reference", "court_referral.reference_required"))
    if context.source is CaseSource.PROACTIVE_SCREENING and not context.consent_recorded:
        issues.append(warning("consent_recorded", "consent.not_recorded"))
    return issues


def _to_declined(current: CaseStatus, context: TransitionContext, today: date) -> list[Issue]:
    decision = context.decision
    if decision is None or decision.accepted:
        return [error("decision", "decline.decision_required")]
    channels = context.channels.codes if context.channels else ()
    found = validate_decision(decision, today, reasons=context.decline_reasons, channels=channels)
    return list(rebase(found, "decision"))


def _to_in_mediation(current: CaseStatus, context: TransitionContext, today: date) -> list[Issue]:
    issues = _hard_stop(context)
    if current in (S.AGREEMENT, S.FOLLOW_UP):
        if not context.remediation_consent:
            issues.append(error("remediation_consent", "remediation.consent_required"))
        return issues
    if not context.rights_notices:
        issues.append(error("rights_notices", "rights_notice.required"))
    for index, notice in enumerate(context.rights_notices):
        issues += rebase(validate_rights_notice(notice, today), f"rights_notices[{index}]")
    if context.rights_notices:
        issues += [
            warning("rights_notices", "rights_notice.party_missing", party=party)
            for party in parties_not_notified(context.rights_notices, context.parties)
        ]
    if not context.mediator_uuids:
        issues.append(error("mediator_uuids", "mediators.required"))
    issues += recusal_issues(context.mediator_uuids, context.recusals)
    issues += relation_warnings(context.mediator_uuids, context.relations)
    if context.publicity is None:
        issues.append(warning("publicity", "publicity.not_recorded"))
    else:
        issues += rebase(validate_publicity(context.publicity, today), "publicity")
    return issues


def _to_agreement(current: CaseStatus, context: TransitionContext, today: date) -> list[Issue]:
    issues = _hard_stop(context)
    agreement = context.agreement
    if agreement is None:
        return [*issues, error("agreement", "agreement.required")]
    if agreement.form is AgreementForm.ORAL:
        if context.category_code in WRITTEN_AGREEMENT_CATEGORIES:
            issues.append(
                error(
                    "agreement.form", "agreement.written_required", category=context.category_code
                )
            )
        if context.written_agreement_requested:
            issues.append(error("agreement.form", "agreement.written_requested"))
    elif agreement.signed_on is None:
        issues.append(error("agreement.signed_on", "agreement.not_effective"))
    elif agreement.signed_on < agreement.reached_on:
        issues.append(error("agreement.signed_on", "agreement.signed_before_reached"))
    else:
        issues += check_not_future("agreement.signed_on", agreement.signed_on, today)
    issues += check_not_future("agreement.reached_on", agreement.reached_on, today)
    return issues


def _to_terminated(current: CaseStatus, context: TransitionContext, today: date) -> list[Issue]:
    termination = context.termination
    if termination is None:
        return [error("termination", "termination.required")]
    issues: list[Issue] = []
    if termination.reason not in TERMINATION_REASONS_FROM.get(current, frozenset()):
        issues.append(
            error("termination.reason", "termination.reason_not_allowed", reason=termination.reason)
        )
    if termination.reason is TerminationReason.REFUSED and termination.refusal is None:
        issues.append(error("termination.refusal", "termination.refusal_required"))
    if termination.refusal is not None:
        issues += rebase(validate_refusal(termination.refusal, today), "termination.refusal")
    issues += _channels_explained_issues(termination, context.channels)
    issues += check_not_future("termination.terminated_on", termination.terminated_on, today)
    return issues


def _channels_explained_issues(
    termination: Termination, catalogue: ChannelCatalogue | None
) -> list[Issue]:
    field_name = "termination.channels_explained"
    if not termination.channels_explained:
        # Art 26 speaks of failure; after a withdrawal telling the channels is good practice.
        if termination.reason is TerminationReason.WITHDRAWN:
            return [warning(field_name, "termination.channels_required")]
        return [error(field_name, "termination.channels_required")]
    if catalogue is None:
        return []
    return [
        error(field_name, "termination.channel_unknown", channel=code)
        for code in sorted(termination.channels_explained)
        if code not in catalogue
    ]


def _to_diverted(current: CaseStatus, context: TransitionContext, today: date) -> list[Issue]:
    # Art 3: diversion is always open to the parties, so no refusal blocks it.
    if context.diversion is None:
        return [error("diversion", "diversion.required")]
    return list(
        rebase(_validate_diversion(context.diversion, today, context.channels), "diversion")
    )


def _to_follow_up(current: CaseStatus, context: TransitionContext, today: date) -> list[Issue]:
    return []


def _to_closed(current: CaseStatus, context: TransitionContext, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if current is S.DIVERTED and (
        context.diversion is None or context.diversion.feedback is not FeedbackStatus.CONCLUDED
    ):
        issues.append(error("diversion.feedback", "diversion.feedback_required"))
    if current is S.AGREEMENT and context.performance is not PerformanceStatus.PERFORMED:
        issues.append(error("performance", "performance.not_complete"))
    if current is S.FOLLOW_UP:
        issues += _follow_up_closing_issues(context)
    issues += _referral_report_issues(context, today)
    return issues


def _follow_up_closing_issues(context: TransitionContext) -> list[Issue]:
    issues: list[Issue] = []
    if context.follow_up_visits < 1:
        issues.append(error("follow_up_visits", "follow_up.visit_required"))
    if context.performance is PerformanceStatus.PENDING:
        issues.append(error("performance", "performance.pending"))
    unperformed = (PerformanceStatus.PARTLY_PERFORMED, PerformanceStatus.NOT_PERFORMED)
    if context.performance in unperformed and not context.performance_channels_explained:
        # Art 32: a dispute over performance can still go to court; the parties must be told.
        issues.append(error("performance_channels_explained", "performance.channels_required"))
    return issues


def _referral_report_issues(context: TransitionContext, today: date) -> list[Issue]:
    reported = context.referral_reported_on
    if reported is not None:
        return list(check_not_future("referral_reported_on", reported, today))
    if context.source is CaseSource.COURT_REFERRAL:
        return [error("referral_reported_on", "court_referral.report_required")]
    if context.source.is_referral:
        return [warning("referral_reported_on", "referral.report_missing")]
    return []


def _to_archived(current: CaseStatus, context: TransitionContext, today: date) -> list[Issue]:
    return []


def _to_registered(current: CaseStatus, context: TransitionContext, today: date) -> list[Issue]:
    return []  # never a target: registration is the start of every case


RULES: Mapping[CaseStatus, Rule] = {
    S.REGISTERED: _to_registered,
    S.ACCEPTED: _to_accepted,
    S.DECLINED: _to_declined,
    S.IN_MEDIATION: _to_in_mediation,
    S.DIVERTED: _to_diverted,
    S.AGREEMENT: _to_agreement,
    S.TERMINATED: _to_terminated,
    S.FOLLOW_UP: _to_follow_up,
    S.CLOSED: _to_closed,
    S.ARCHIVED: _to_archived,
}
