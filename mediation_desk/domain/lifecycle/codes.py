"""Every untranslated key the lifecycle rules produce, for the message tables and their tests.

Issues may also carry shared codes of `validation.codes.ALL_CODES` (`date.future`, `text.*`,
`mediators.required`, `referral_body.required`). Risk triggers are `indicator.<indicator>`,
`people_involved>=N` and `amount>=N`; transition detail codes are `decline.<reason>`,
`agreement.<form>`, `termination.<reason>`, `channel.<channel>` and `remediation`.
"""

from __future__ import annotations

ISSUE_CODES = frozenset(
    {
        "acceptance.decision_required",
        "agreement.not_effective",
        "agreement.required",
        "agreement.signed_before_reached",
        "agreement.written_requested",
        "agreement.written_required",
        "consent.not_recorded",
        "court_referral.reference_required",
        "court_referral.report_required",
        "decision.channel_is_committee",
        "decision.channel_required",
        "decision.channel_unknown",
        "decision.reason_on_acceptance",
        "decision.reason_required",
        "decision.reason_unknown",
        "decision.refusal_required",
        "decline.decision_required",
        "diversion.channel_required",
        "diversion.channel_unknown",
        "diversion.feedback_before_diversion",
        "diversion.feedback_date_required",
        "diversion.feedback_required",
        "diversion.need_unmet",
        "diversion.not_returned",
        "diversion.required",
        "diversion.to_self",
        "diversion.warning_not_told",
        "diversion.warning_unknown",
        "escalation.police_not_informed",
        "escalation.recipient_required",
        "escalation.time_zone_required",
        "extension.after_expiry",
        "extension.consent_required",
        "extension.not_extendable",
        "extension.not_later",
        "follow_up.visit_required",
        "history.broken",
        "mediator.related_to_party",
        "notice.recipients_required",
        "performance.channels_required",
        "performance.not_complete",
        "performance.pending",
        "publicity.not_recorded",
        "publicity.party_objects",
        "publicity.privacy",
        "recusal.mediator_still_assigned",
        "recusal.mediator_not_assigned",
        "recusal.open",
        "recusal.replaced_before_request",
        "recusal.replacement_date_required",
        "recusal.replacement_unavailable",
        "recusal.same_mediator",
        "referral.report_missing",
        "repeat_dispute.earlier_cases",
        "refusal.hard_stop",
        "remediation.consent_required",
        "rights_notice.party_missing",
        "rights_notice.required",
        "risk.below_suggested",
        "risk.escalation_report_required",
        "risk.unknown_level",
        "termination.channel_unknown",
        "termination.channels_required",
        "termination.reason_not_allowed",
        "termination.refusal_required",
        "termination.required",
        "transition.before_previous",
        "transition.not_allowed",
    }
)

# `Deadline.source_key` values: the rule each clock comes from.
SOURCE_KEYS = frozenset(
    {
        "source.labour_mediation_law_art14",  # 劳动争议调解仲裁法 第14条
        "source.mediation_law_art31",  # 人民调解法 第31条 (监督履行)
        "source.mediation_law_art33",  # 人民调解法 第33条 (司法确认)
        "source.medical_regulation_art38",  # 医疗纠纷预防和处理条例 第38条
        "source.moj_rules_2002_art33",  # 人民调解工作若干规定 第33条 (一般一个月内调结)
        "source.ordos_safety_regulation_art33",  # 鄂尔多斯市平安建设条例 第33条 (反馈, 闭环)
        "source.spc_invited_mediation_art27",  # 最高人民法院关于人民法院特邀调解的规定 第27条
    }
)
