"""The message table: every code has plain English, a Chinese translation and matching slots.

Imports only QtCore (no QApplication): `QCoreApplication.translate` returns the source text.
"""

from __future__ import annotations

import re
import string
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

from mediation_desk.domain.enums import AgentKind, CaseSource, Gender, PartyKind, PartyRole
from mediation_desk.domain.models import Agent, CaseDraft, Committee, Mediator, Party
from mediation_desk.domain.validation import (
    ALL_CODES,
    Issue,
    check_id_number,
    validate_case,
    validate_committee,
    validate_mediator,
)
from mediation_desk.services.settings import Settings, settings_issues
from mediation_desk.ui.validation_messages import MESSAGES, message_for

ROOT = Path(__file__).resolve().parents[2]


def _catalog(context: str) -> dict[str, str]:
    """Source → Chinese of one context of the Qt Linguist catalog."""
    tree = ElementTree.parse(ROOT / "translations" / "mediation_desk_zh_CN.ts")
    for element in tree.getroot().iter("context"):
        if element.findtext("name") == context:
            return {
                m.findtext("source", ""): m.findtext("translation", "")
                for m in element.iter("message")
            }
    return {}


ZH = _catalog("Validation")
TODAY = date(2025, 6, 1)


def slots(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_code_has_a_message() -> None:
    assert set(MESSAGES) == ALL_CODES


def test_every_code_in_the_rules_is_listed() -> None:
    sources = [*(ROOT / "mediation_desk/domain/validation").glob("*.py")]
    sources.append(ROOT / "mediation_desk/domain/numbering.py")
    literal = re.compile(r'"([a-z_]+\.[a-z_]+)"')
    used = {
        code
        for path in sources
        if path.name != "codes.py"
        for code in literal.findall(path.read_text())
    }
    assert used <= ALL_CODES


def test_every_message_has_a_chinese_translation_with_the_same_slots() -> None:
    assert set(ZH) == set(MESSAGES.values())
    for english, chinese in ZH.items():
        assert chinese.strip() and chinese != english
        assert slots(chinese) == slots(english), english


def everything_wrong() -> list[Issue]:
    batu = "150626198501011230"  # valid: born 1985-01-01, male
    party = Party(
        PartyRole.THIRD_PARTY,
        PartyKind.PERSON,
        "张\n三\x07" + "长" * 100,
        id_number=batu,
        birth_date=date(1880, 1, 1),
        gender=Gender.FEMALE,
        credit_code="1",
        phone="8581234",
        agents=(Agent(AgentKind.LAWYER, "李四"),),
    )
    organisation = Party(
        PartyRole.RESPONDENT, PartyKind.ORGANISATION, "合作社", id_number="1", credit_code="9"
    )
    draft = CaseDraft(
        received_on=date(2010, 1, 1),
        source=CaseSource.PARTY_APPLICATION,
        category_code="x",
        facts="",
        amount=Decimal("-0.001"),
        people_involved=1,
        parties=(party, party, organisation),
        mediator_uuids=("a", "a", "b"),
    )
    committee = Committee("调委会", "乌" * 21, "", case_no_pattern="{n}", phone="12")
    issues = validate_case(draft, TODAY, known_categories={"y"}, known_mediators={"a"})
    issues += validate_case(replace(draft, parties=()), TODAY)
    issues += validate_committee(committee)
    for pattern in ("", "{year}{n", "{year}{town}{n}", "{year}"):
        issues += validate_committee(replace(committee, case_no_pattern=pattern))
    issues += validate_mediator(Mediator("", speaks_chinese=False))
    issues += check_id_number("152701200503151114", TODAY).issues
    issues += check_id_number("1506261985", TODAY).issues
    issues += settings_issues(Settings(idle_lock_minutes=-1))
    return issues


def test_messages_only_use_parameters_their_issues_carry() -> None:
    issues = everything_wrong()
    with_slots = {code for code, text in MESSAGES.items() if slots(text)}
    assert with_slots <= {issue.code for issue in issues}
    for issue in issues:
        assert slots(MESSAGES[issue.code]) <= set(issue.params_dict), issue.code


def test_message_for_fills_in_parameters() -> None:
    issue = Issue("parties[0].name", "text.too_long", params=(("max", "100"), ("length", "134")))
    assert message_for(issue) == "Too long: at most 100 characters (now 134)."


def test_message_for_keeps_literal_braces_of_pattern_help() -> None:
    text = message_for(Issue("case_no_pattern", "pattern.missing_year", params=(("detail", ""),)))
    assert "{year}" in text


def test_message_for_unknown_code_or_missing_parameter_does_not_raise() -> None:
    assert message_for(Issue("x", "no.such_code")) == "no.such_code"
    assert message_for(Issue("x", "text.too_long")) == "Too long: at most  characters (now )."
