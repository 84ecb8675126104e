"""Every account issue code has a message, and the refusals are told in plain words."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from mediation_desk.domain.access.accounts import ACCOUNT_CODES
from mediation_desk.services.access import AccessDenied, CorrectionNeedsReason
from mediation_desk.services.accounts import AccountWaiting
from mediation_desk.ui.access_messages import MESSAGES, waiting_text
from mediation_desk.ui.errors import describe_error

ROOT = Path(__file__).resolve().parents[2] / "mediation_desk"
ISSUE_CALL = re.compile(r'\berror\(\s*"[a-z_]+",\s*"([a-z_.]+)"')


def test_every_account_code_has_a_message() -> None:
    sources = [*(ROOT / "domain" / "access").glob("*.py"), ROOT / "services" / "accounts.py"]
    used = {code for path in sources for code in ISSUE_CALL.findall(path.read_text("utf-8"))}
    assert used <= ACCOUNT_CODES | {"text.required"}
    assert set(MESSAGES) == ACCOUNT_CODES


def test_the_wait_is_told_in_minutes_and_seconds() -> None:
    assert waiting_text(timedelta(seconds=89.5)).endswith("try again in 1 min 30 s.")
    assert describe_error(AccountWaiting(timedelta(seconds=12))).endswith("in 12 s.")


def test_refusals_are_plain_words() -> None:
    assert describe_error(AccessDenied("x")).startswith("Your account may not do this.")
    assert "needs a reason" in describe_error(CorrectionNeedsReason("（2025）某某人调字第1号"))
