"""Every untranslated key the records' rules and service produce is listed."""

from __future__ import annotations

import re
from pathlib import Path

from mediation_desk.domain.lifecycle.codes import ISSUE_CODES as LIFECYCLE_CODES
from mediation_desk.domain.records.codes import ISSUE_CODES
from mediation_desk.domain.validation import ALL_CODES

ROOT = Path(__file__).resolve().parents[2] / "mediation_desk"
SOURCES = [*(ROOT / "domain" / "records").glob("*.py"), ROOT / "services" / "records.py"]
ISSUE_CALL = re.compile(r'\b(?:error|warning)\(\s*[^,()]+,\s*"([a-z_.]+)"', re.S)


def test_every_records_issue_code_is_listed() -> None:
    used = {code for path in SOURCES for code in ISSUE_CALL.findall(path.read_text("utf-8"))}
    assert used - ALL_CODES - LIFECYCLE_CODES == ISSUE_CODES


def test_records_codes_shadow_no_other_table() -> None:
    assert not ISSUE_CODES & (ALL_CODES | LIFECYCLE_CODES)
