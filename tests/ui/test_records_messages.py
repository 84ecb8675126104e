"""Every records issue code has plain text; others fall back to the lifecycle table."""

from __future__ import annotations

from mediation_desk.domain.records.codes import ISSUE_CODES
from mediation_desk.domain.validation.issues import error
from mediation_desk.ui import lifecycle_messages
from mediation_desk.ui.records_messages import MESSAGES, message_for


def test_every_records_code_has_a_message() -> None:
    assert set(MESSAGES) == ISSUE_CODES


def test_other_codes_fall_back() -> None:
    issue = error("agreement", "agreement.required")
    assert message_for(issue) == lifecycle_messages.message_for(issue)
    assert "7" in message_for(error("terms", "agreement.term_unknown", number=7))
