"""One party of a case: person and organisation rules, agents, and the focus-out clean-up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from stdnum.cn import ric, uscc

from mediation_desk.domain.enums import AgentKind, Gender, PartyKind, PartyRole
from mediation_desk.domain.models import Agent, Party
from mediation_desk.domain.validation import (
    Issue,
    Severity,
    has_errors,
    normalise_party,
    validate_party,
)

TODAY = date(2025, 6, 1)


def id_number(region: str, birth: str, sequence: str = "123") -> str:
    body = region + birth + sequence
    return body + ric.calc_check_digit(body + "0")


BATU_ID = id_number("150626", "19850101", "123")  # male
CO_OP_CODE = "93150626MA0N8K2J1" + uscc.calc_check_digit("93150626MA0N8K2J1")


def person(**changes: object) -> Party:
    base = Party(PartyRole.APPLICANT, PartyKind.PERSON, "ᠪᠠᠲᠤ", id_number=BATU_ID)
    return replace(base, **changes)  # type: ignore[arg-type]


def organisation(**changes: object) -> Party:
    base = Party(
        PartyRole.RESPONDENT,
        PartyKind.ORGANISATION,
        "乌审旗某某嘎查养殖专业合作社",
        credit_code=CO_OP_CODE,
        legal_representative="王𠈌",
        representative_title="理事长",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def found(issues: list[Issue]) -> set[tuple[str, str]]:
    return {(issue.field, issue.code) for issue in issues}


def test_mongolian_and_rare_character_names_pass() -> None:
    assert validate_party(person(), 0, TODAY) == []
    assert validate_party(organisation(), 1, TODAY) == []


def test_issues_carry_the_party_index() -> None:
    issues = validate_party(person(name=" ", phone="12345"), 2, TODAY)
    assert found(issues) == {
        ("parties[2].name", "text.required"),
        ("parties[2].phone", "phone.format"),
    }


def test_id_number_issues_are_rebased() -> None:
    issues = validate_party(person(id_number=BATU_ID[:-1]), 0, TODAY)
    assert found(issues) == {("parties[0].id_number", "id_number.length")}


def test_birth_date_and_gender_differing_from_id_number_are_warnings() -> None:
    issues = validate_party(person(birth_date=date(1985, 1, 2), gender=Gender.FEMALE), 0, TODAY)
    assert found(issues) == {
        ("parties[0].birth_date", "id_number.birth_date_mismatch"),
        ("parties[0].gender", "id_number.gender_mismatch"),
    }
    assert not has_errors(issues)
    birth = next(i for i in issues if i.code == "id_number.birth_date_mismatch")
    assert birth.params_dict == {"id_birth_date": "1985-01-01"}


def test_matching_birth_date_and_gender_are_fine() -> None:
    assert validate_party(person(birth_date=date(1985, 1, 1), gender=Gender.MALE), 0, TODAY) == []


def test_implausible_birth_date_without_id_number() -> None:
    issues = validate_party(person(id_number="", birth_date=date(1890, 1, 1)), 0, TODAY)
    assert found(issues) == {("parties[0].birth_date", "date.too_old")}


def test_person_must_not_carry_organisation_fields() -> None:
    issues = validate_party(person(credit_code=CO_OP_CODE, legal_representative="李四"), 0, TODAY)
    assert found(issues) == {
        ("parties[0].credit_code", "party.person_org_fields"),
        ("parties[0].legal_representative", "party.person_org_fields"),
    }


def test_organisation_needs_legal_representative() -> None:
    issues = validate_party(organisation(legal_representative="\u3000"), 0, TODAY)
    assert found(issues) == {("parties[0].legal_representative", "text.required")}


def test_organisation_without_credit_code_is_only_a_warning() -> None:
    (issue,) = validate_party(organisation(credit_code=""), 0, TODAY)
    assert (issue.field, issue.code, issue.severity) == (
        "parties[0].credit_code",
        "credit_code.missing",
        Severity.WARNING,
    )


def test_organisation_with_wrong_credit_code() -> None:
    issues = validate_party(organisation(credit_code=CO_OP_CODE[:-1]), 0, TODAY)
    assert found(issues) == {("parties[0].credit_code", "credit_code.length")}


def test_organisation_must_not_carry_person_fields() -> None:
    party = organisation(id_number=BATU_ID, gender=Gender.MALE, birth_date=date(1985, 1, 1))
    assert found(validate_party(party, 0, TODAY)) == {
        ("parties[0].id_number", "party.org_person_fields"),
        ("parties[0].gender", "party.org_person_fields"),
        ("parties[0].birth_date", "party.org_person_fields"),
    }


def test_agents_need_name_authority_and_a_readable_phone() -> None:
    agents = (
        Agent(AgentKind.CLOSE_RELATIVE, "ᠰᠠᠷᠠ", phone="13812345678", authority="一般授权"),
        Agent(AgentKind.LAWYER, "", phone="0477-858", authority=" "),
    )
    issues = validate_party(person(agents=agents), 1, TODAY)
    assert found(issues) == {
        ("parties[1].agents[1].name", "text.required"),
        ("parties[1].agents[1].phone", "phone.format"),
        ("parties[1].agents[1].authority", "agent.authority_required"),
    }


def test_long_address_is_too_long() -> None:
    issues = validate_party(person(address="伊" * 201), 0, TODAY)
    assert found(issues) == {("parties[0].address", "text.too_long")}


def test_normalise_fills_birth_date_and_gender_from_id_number() -> None:
    typed = person(
        name="\u3000ᠪᠠᠲᠤ ",
        id_number=" " + "".join(chr(ord(c) + 0xFEE0) for c in BATU_ID),
        phone="138 1234 5678",
        address=" 乌审旗嘎鲁图镇 ",
        agents=(Agent(AgentKind.CITIZEN, " 王𠈌 ", phone="(0477)8581234", authority=" 代为签收 "),),
    )
    party = normalise_party(typed, TODAY)
    assert (party.name, party.id_number, party.phone, party.address) == (
        "ᠪᠠᠲᠤ",
        BATU_ID,
        "13812345678",
        "乌审旗嘎鲁图镇",
    )
    assert (party.birth_date, party.gender) == (date(1985, 1, 1), Gender.MALE)
    (agent,) = party.agents
    assert (agent.name, agent.phone, agent.authority) == ("王𠈌", "0477-8581234", "代为签收")
    assert party.uuid == typed.uuid


def test_normalise_keeps_what_the_mediator_entered() -> None:
    typed = person(birth_date=date(1985, 1, 2), gender=Gender.FEMALE, phone=" 12345 ")
    party = normalise_party(typed, TODAY)
    assert (party.birth_date, party.gender, party.phone) == (
        date(1985, 1, 2),
        Gender.FEMALE,
        "12345",
    )


def test_normalise_does_not_fill_from_an_invalid_id_number() -> None:
    party = normalise_party(person(id_number=id_number("150626", "19850230")), TODAY)
    assert (party.birth_date, party.gender) == (None, None)


def test_normalise_upper_cases_credit_code() -> None:
    party = normalise_party(organisation(credit_code=CO_OP_CODE.lower()), TODAY)
    assert party.credit_code == CO_OP_CODE
