"""Plain-language text for the records' issue codes (context "Records"); others fall back to the
lifecycle and then the validation tables."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mediation_desk.domain.validation import Issue
from mediation_desk.ui import lifecycle_messages, validation_messages

CONTEXT = "Records"

# One entry per code of domain.records.codes.ISSUE_CODES (a test keeps the two in step).
_MARKED: dict[str, object] = {
    "agreement.draft_not_in_mediation": QT_TRANSLATE_NOOP(
        "Records", "An agreement can be drafted only while the case is being mediated."
    ),
    "agreement.oral_not_signed": QT_TRANSLATE_NOOP(
        "Records", "An oral agreement is not signed; it takes effect when it is reached."
    ),
    "agreement.term_unknown": QT_TRANSLATE_NOOP(
        "Records", "The agreement has no term number {number}."
    ),
    "agreement.terms_required": QT_TRANSLATE_NOOP(
        "Records", "Add at least one term: who performs what, and by when."
    ),
    "confirmation.agreement_not_effective": QT_TRANSLATE_NOOP(
        "Records",
        "Judicial confirmation needs an agreement in effect — record the signing date first.",
    ),
    "confirmation.before_effective": QT_TRANSLATE_NOOP(
        "Records", "The application cannot be made before the agreement took effect."
    ),
    "confirmation.late": QT_TRANSLATE_NOOP(
        "Records",
        "The application was made more than 30 days after the agreement took effect "
        "(art. 33): the court may not accept it.",
    ),
    "confirmation.ruling_before_application": QT_TRANSLATE_NOOP(
        "Records", "The ruling cannot be dated before the application."
    ),
    "confirmation.ruling_date_required": QT_TRANSLATE_NOOP(
        "Records", "Enter the date of the court's ruling."
    ),
    "records.case_closed": QT_TRANSLATE_NOOP(
        "Records", "This case is declined or archived: its records can no longer be changed."
    ),
    "session.invited_without_consent": QT_TRANSLATE_NOOP(
        "Records",
        "Others may take part in a session only with the parties' consent (art. 20) — "
        "tick the consent box or remove them.",
    ),
    "term.due_before_agreement": QT_TRANSLATE_NOOP(
        "Records", "The deadline of a term cannot be before the agreement was reached."
    ),
    "term.performed_before_agreement": QT_TRANSLATE_NOOP(
        "Records", "A term cannot be performed before the agreement was reached."
    ),
    "term.performed_on_without_performance": QT_TRANSLATE_NOOP(
        "Records", "A performance date needs the term marked as performed or partly performed."
    ),
}

MESSAGES: dict[str, str] = {code: str(text) for code, text in _MARKED.items()}


def message_for(issue: Issue) -> str:
    """The translated sentence for a records issue; other codes go to the lifecycle table."""
    source = MESSAGES.get(issue.code)
    if source is None:
        return lifecycle_messages.message_for(issue)
    return validation_messages.translated(CONTEXT, source, issue)
