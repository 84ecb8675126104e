"""Plain-language text for the lifecycle's issue codes (context "Lifecycle"); others fall back."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mediation_desk.domain.validation import Issue
from mediation_desk.ui import validation_messages

CONTEXT = "Lifecycle"

# One entry per code of domain.lifecycle.codes.ISSUE_CODES (a test keeps the two in step).
_MARKED: dict[str, object] = {
    "acceptance.decision_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Record the decision to accept the dispute first."
    ),
    "agreement.not_effective": QT_TRANSLATE_NOOP(
        "Lifecycle",
        "A written agreement takes effect when all parties have signed it and it is sealed — "
        "enter that date.",
    ),
    "agreement.required": QT_TRANSLATE_NOOP("Lifecycle", "Record the agreement first."),
    "agreement.signed_before_reached": QT_TRANSLATE_NOOP(
        "Lifecycle", "The agreement cannot be signed before it was reached."
    ),
    "agreement.written_requested": QT_TRANSLATE_NOOP(
        "Lifecycle", "A party asked for a written agreement — record a written one."
    ),
    "agreement.written_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Disputes of this type need a written agreement (协议书)."
    ),
    "consent.not_recorded": QT_TRANSLATE_NOOP(
        "Lifecycle",
        "The parties' consent to proactive mediation has not been recorded — please check.",
    ),
    "court_referral.reference_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Enter the court's case number of the referral."
    ),
    "court_referral.report_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Report the result to the referring court before closing the case."
    ),
    "decision.channel_is_committee": QT_TRANSLATE_NOOP(
        "Lifecycle", "This committee cannot be the channel the parties are sent to."
    ),
    "decision.channel_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Tick the competent body or channel the parties were told about."
    ),
    "decision.channel_unknown": QT_TRANSLATE_NOOP(
        "Lifecycle", "This channel is not in the list — please choose one from the list."
    ),
    "decision.reason_on_acceptance": QT_TRANSLATE_NOOP(
        "Lifecycle", "An accepted dispute has no reason for declining — please clear it."
    ),
    "decision.reason_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Choose why the dispute is declined."
    ),
    "decision.reason_unknown": QT_TRANSLATE_NOOP(
        "Lifecycle", "This reason is not in the list — please choose one from the list."
    ),
    "decision.refusal_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Record which party refused mediation and when."
    ),
    "decline.decision_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Record the decision to decline the dispute first."
    ),
    "diversion.channel_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Choose where the dispute is sent."
    ),
    "diversion.channel_unknown": QT_TRANSLATE_NOOP(
        "Lifecycle", "This channel is not in the list — please choose one from the list."
    ),
    "diversion.feedback_before_diversion": QT_TRANSLATE_NOOP(
        "Lifecycle", "The feedback cannot be earlier than the diversion."
    ),
    "diversion.feedback_date_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Enter the date of the receiving body's report."
    ),
    "diversion.feedback_required": QT_TRANSLATE_NOOP(
        "Lifecycle",
        "The receiving body has not reported that it concluded the dispute — record its "
        "feedback first.",
    ),
    "diversion.need_unmet": QT_TRANSLATE_NOOP(
        "Lifecycle", "This channel needs a condition that is not confirmed: {need}."
    ),
    "diversion.not_returned": QT_TRANSLATE_NOOP(
        "Lifecycle", "The receiving body has not sent the dispute back to this committee."
    ),
    "diversion.required": QT_TRANSLATE_NOOP("Lifecycle", "Record the diversion first."),
    "diversion.to_self": QT_TRANSLATE_NOOP(
        "Lifecycle", "A dispute cannot be diverted to this committee itself."
    ),
    "diversion.warning_not_told": QT_TRANSLATE_NOOP(
        "Lifecycle", "Not all time limits of this channel were told to the parties."
    ),
    "diversion.warning_unknown": QT_TRANSLATE_NOOP(
        "Lifecycle", "This time limit is not in the list: {warning}."
    ),
    "escalation.police_not_informed": QT_TRANSLATE_NOOP(
        "Lifecycle", "Violence or a crime is feared, but the police station was not informed."
    ),
    "escalation.recipient_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Tick whom the report was made to."
    ),
    "escalation.time_zone_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "The time of the report is incomplete — please enter it again."
    ),
    "extension.after_expiry": QT_TRANSLATE_NOOP(
        "Lifecycle", "The extension was agreed after the time limit ended on {due}."
    ),
    "extension.consent_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "An extension needs the consent of both parties."
    ),
    "extension.not_extendable": QT_TRANSLATE_NOOP(
        "Lifecycle", "This time limit cannot be extended."
    ),
    "extension.not_later": QT_TRANSLATE_NOOP(
        "Lifecycle", "The new date must be later than the current one ({due})."
    ),
    "follow_up.visit_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Record at least one follow-up visit before closing the case."
    ),
    "history.broken": QT_TRANSLATE_NOOP(
        "Lifecycle", "The recorded history of this case is inconsistent."
    ),
    "mediator.related_to_party": QT_TRANSLATE_NOOP(
        "Lifecycle",
        "Mediator {mediator_name} is recorded as related to the party {party} ({relation}) — "
        "the parties may ask for another mediator.",
    ),
    "notice.recipients_required": QT_TRANSLATE_NOOP("Lifecycle", "Tick who was given the notice."),
    "performance.channels_required": QT_TRANSLATE_NOOP(
        "Lifecycle",
        "The agreement was not fully performed: record that the parties were told they can go "
        "to court.",
    ),
    "performance.not_complete": QT_TRANSLATE_NOOP(
        "Lifecycle", "The agreement has not been performed yet — start the follow-up instead."
    ),
    "performance.pending": QT_TRANSLATE_NOOP(
        "Lifecycle", "Record whether the agreement was performed before closing the case."
    ),
    "publicity.not_recorded": QT_TRANSLATE_NOOP(
        "Lifecycle", "Whether the parties want public or non-public mediation is not recorded."
    ),
    "publicity.party_objects": QT_TRANSLATE_NOOP(
        "Lifecycle", "A party objects to public mediation."
    ),
    "publicity.privacy": QT_TRANSLATE_NOOP(
        "Lifecycle", "The dispute involves privacy or trade secrets: mediation cannot be public."
    ),
    "recusal.mediator_still_assigned": QT_TRANSLATE_NOOP(
        "Lifecycle", "A mediator the parties asked to replace is still assigned."
    ),
    "recusal.mediator_not_assigned": QT_TRANSLATE_NOOP(
        "Lifecycle", "This mediator is not assigned to the case."
    ),
    "recusal.open": QT_TRANSLATE_NOOP(
        "Lifecycle", "A request to replace a mediator has not been dealt with yet."
    ),
    "recusal.replaced_before_request": QT_TRANSLATE_NOOP(
        "Lifecycle", "The mediator cannot be replaced before the request was made."
    ),
    "recusal.replacement_date_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Enter the date the mediator was replaced."
    ),
    "recusal.replacement_unavailable": QT_TRANSLATE_NOOP(
        "Lifecycle", "Choose an active mediator who is not yet assigned to the case."
    ),
    "recusal.same_mediator": QT_TRANSLATE_NOOP(
        "Lifecycle", "The replacement must be a different mediator."
    ),
    "referral.report_missing": QT_TRANSLATE_NOOP(
        "Lifecycle", "The result has not been reported to the referring body."
    ),
    "repeat_dispute.earlier_cases": QT_TRANSLATE_NOOP(
        "Lifecycle", "{party} already appears in earlier cases: {cases}."
    ),
    "refusal.hard_stop": QT_TRANSLATE_NOOP(
        "Lifecycle", "{party} refused mediation on {date}: mediation cannot go on (art 17)."
    ),
    "remediation.consent_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Mediating again after an agreement needs both parties' consent."
    ),
    "rights_notice.party_missing": QT_TRANSLATE_NOOP(
        "Lifecycle", "{party} has not been given the rights-and-duties notice."
    ),
    "rights_notice.required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Record the rights-and-duties notice before mediation starts."
    ),
    "risk.below_suggested": QT_TRANSLATE_NOOP(
        "Lifecycle", "This level is lower than what the case's facts suggest."
    ),
    "risk.escalation_report_required": QT_TRANSLATE_NOOP(
        "Lifecycle",
        "This risk level must be reported (art 25): fill in to whom, when, how and what was done.",
    ),
    "risk.unknown_level": QT_TRANSLATE_NOOP(
        "Lifecycle", "This risk level is not in the list — please choose one from the list."
    ),
    "termination.channel_unknown": QT_TRANSLATE_NOOP(
        "Lifecycle", "This channel is not in the list — please choose one from the list."
    ),
    "termination.channels_required": QT_TRANSLATE_NOOP(
        "Lifecycle",
        "Tick the other ways to resolve the dispute that were explained to the parties (art 26).",
    ),
    "termination.reason_not_allowed": QT_TRANSLATE_NOOP(
        "Lifecycle", "Mediation cannot end this way at this stage."
    ),
    "termination.refusal_required": QT_TRANSLATE_NOOP(
        "Lifecycle", "Record which party refused to go on and when."
    ),
    "termination.required": QT_TRANSLATE_NOOP("Lifecycle", "Record how mediation ended first."),
    "transition.before_previous": QT_TRANSLATE_NOOP(
        "Lifecycle", "This step is dated before the previous one — please check the date."
    ),
    "transition.not_allowed": QT_TRANSLATE_NOOP(
        "Lifecycle", "This step is not possible for the case now. Another user may have changed it."
    ),
}

MESSAGES: dict[str, str] = {code: str(text) for code, text in _MARKED.items()}


def message_for(issue: Issue) -> str:
    """The translated sentence for a lifecycle issue; other codes go to validation_messages."""
    source = MESSAGES.get(issue.code)
    if source is None:
        return validation_messages.message_for(issue)
    return validation_messages.translated(CONTEXT, source, issue)
