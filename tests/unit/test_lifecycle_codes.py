"""Every untranslated key the lifecycle rules produce is listed, so message tables stay complete."""

from __future__ import annotations

import re
from pathlib import Path

from mediation_desk.domain.lifecycle.clocks import CLOCK_RULES
from mediation_desk.domain.lifecycle.codes import ISSUE_CODES, SOURCE_KEYS
from mediation_desk.domain.validation import ALL_CODES

PACKAGE = Path(__file__).resolve().parents[2] / "mediation_desk" / "domain" / "lifecycle"
ISSUE_CALL = re.compile(r'\b(?:error|warning)\(\s*[^,()]+,\s*"([a-z_.]+)"', re.S)
SOURCE = re.compile(r'"(source\.[a-z0-9_]+)"')


def used(pattern: re.Pattern[str]) -> set[str]:
    return {
        code
        for path in PACKAGE.glob("*.py")
        if path.name != "codes.py"
        for code in pattern.findall(path.read_text(encoding="utf-8"))
    }


def test_every_issue_code_in_the_rules_is_listed() -> None:
    assert used(ISSUE_CALL) - ALL_CODES == ISSUE_CODES


def test_lifecycle_codes_do_not_shadow_the_shared_validation_codes() -> None:
    assert not ISSUE_CODES & ALL_CODES


def test_every_deadline_source_is_listed() -> None:
    assert used(SOURCE) == SOURCE_KEYS
    assert {rule.source_key for rule in CLOCK_RULES.values()} <= SOURCE_KEYS
