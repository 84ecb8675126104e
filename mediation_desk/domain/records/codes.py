"""Every untranslated key the records' rules and service produce, for the message table and its
test. Issues may also carry the shared validation codes (`text.*`, `date.future`, `amount.*`)
and lifecycle codes (`agreement.required`, `agreement.signed_before_reached`)."""

from __future__ import annotations

ISSUE_CODES = frozenset(
    {
        "agreement.draft_not_in_mediation",
        "agreement.oral_not_signed",
        "agreement.term_unknown",
        "agreement.terms_required",
        "confirmation.agreement_not_effective",
        "confirmation.before_effective",
        "confirmation.late",
        "confirmation.ruling_before_application",
        "confirmation.ruling_date_required",
        "records.case_closed",
        "session.invited_without_consent",
        "term.due_before_agreement",
        "term.performed_before_agreement",
        "term.performed_on_without_performance",
    }
)
