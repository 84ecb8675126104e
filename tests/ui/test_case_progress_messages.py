"""Every lifecycle issue code has plain text, and other codes fall back to the validation table."""

from __future__ import annotations

import re
import string

from mediation_desk.domain.lifecycle.codes import ISSUE_CODES
from mediation_desk.domain.validation import Issue
from mediation_desk.domain.validation.issues import error
from mediation_desk.ui import validation_messages
from mediation_desk.ui.lifecycle_messages import MESSAGES, message_for


def test_every_lifecycle_code_has_a_message() -> None:
    assert set(MESSAGES) == ISSUE_CODES
    assert all(
        text.strip() and not re.search(r"[a-z]+\.[a-z_]+", text) for text in MESSAGES.values()
    )


def test_parameters_are_filled_in() -> None:
    text = message_for(error("refusals", "refusal.hard_stop", party="巴图", date="2025-03-04"))
    assert "巴图" in text and "2025-03-04" in text
    slots = {name for text in MESSAGES.values() for _, name, _, _ in string.Formatter().parse(text)}
    known = {"need", "warning", "due", "party", "date", "cases", "mediator_name", "relation"}
    assert slots - {None} <= known


def test_shared_codes_use_the_validation_messages() -> None:
    shared = Issue("refusal.party", "text.required")
    assert message_for(shared) == validation_messages.message_for(shared)
    assert message_for(Issue("x", "no.such_code")) == "no.such_code"
