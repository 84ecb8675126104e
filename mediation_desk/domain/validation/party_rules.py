"""Rules for one party of a case and its agents, and the party clean-up the dialog applies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mediation_desk.domain.enums import PartyKind
from mediation_desk.domain.models import Agent, Party
from mediation_desk.domain.validation.credit_code import check_credit_code
from mediation_desk.domain.validation.dates import check_plausible_birth_date
from mediation_desk.domain.validation.identity import check_id_number
from mediation_desk.domain.validation.issues import Issue, error, rebase, warning
from mediation_desk.domain.validation.phone import check_phone
from mediation_desk.domain.validation.text import (
    NAME_MAX,
    SHORT_TEXT_MAX,
    check_text,
    clean_text,
)


def validate_party(party: Party, index: int, today: date) -> list[Issue]:
    """Checks `parties[index]`: name, identity, kind-specific fields, contact and agents."""
    prefix = f"parties[{index}]"
    issues: list[Issue] = [
        *check_text(f"{prefix}.name", party.name, required=True, max_length=NAME_MAX),
        *check_text(f"{prefix}.ethnicity", party.ethnicity, required=False, max_length=NAME_MAX),
        *check_text(f"{prefix}.occupation", party.occupation, required=False, max_length=NAME_MAX),
        *check_text(f"{prefix}.address", party.address, required=False, max_length=SHORT_TEXT_MAX),
        *rebase(check_phone(party.phone)[1], f"{prefix}.phone"),
    ]
    if party.kind is PartyKind.PERSON:
        issues += _person_issues(party, prefix, today)
    else:
        issues += _organisation_issues(party, prefix)
    for number, agent in enumerate(party.agents):
        issues += validate_agent(agent, f"{prefix}.agents[{number}]")
    return issues


def validate_agent(agent: Agent, prefix: str) -> list[Issue]:
    """An agent needs a name and the scope of authority written on the 授权委托书."""
    issues = [
        *check_text(f"{prefix}.name", agent.name, required=True, max_length=NAME_MAX),
        *rebase(check_phone(agent.phone)[1], f"{prefix}.phone"),
    ]
    if clean_text(agent.authority):
        issues += check_text(
            f"{prefix}.authority",
            agent.authority,
            required=True,
            max_length=SHORT_TEXT_MAX,
            multiline=True,
        )
    else:
        issues.append(error(f"{prefix}.authority", "agent.authority_required"))
    return issues


def _person_issues(party: Party, prefix: str, today: date) -> list[Issue]:
    check = check_id_number(party.id_number, today)
    issues = [
        *rebase(check.issues, f"{prefix}.id_number"),
        *check_plausible_birth_date(f"{prefix}.birth_date", party.birth_date, today),
    ]
    from_id = check.birth_date
    if party.birth_date is not None and from_id is not None and from_id != party.birth_date:
        issues.append(
            warning(
                f"{prefix}.birth_date",
                "id_number.birth_date_mismatch",
                id_birth_date=from_id.isoformat(),
            )
        )
    if party.gender is not None and check.gender not in (None, party.gender):
        issues.append(warning(f"{prefix}.gender", "id_number.gender_mismatch"))
    for name in ("credit_code", "legal_representative"):
        if clean_text(getattr(party, name)):
            issues.append(error(f"{prefix}.{name}", "party.person_org_fields"))
    return issues


def _organisation_issues(party: Party, prefix: str) -> list[Issue]:
    code, code_issues = check_credit_code(party.credit_code)
    issues = [
        *rebase(code_issues, f"{prefix}.credit_code"),
        *check_text(
            f"{prefix}.legal_representative",
            party.legal_representative,
            required=True,
            max_length=NAME_MAX,
        ),
        *check_text(
            f"{prefix}.representative_title",
            party.representative_title,
            required=False,
            max_length=NAME_MAX,
        ),
    ]
    # Individual businesses and some village groups have no code: a reminder, not a block.
    if not code:
        issues.append(warning(f"{prefix}.credit_code", "credit_code.missing"))
    if clean_text(party.id_number):
        issues.append(error(f"{prefix}.id_number", "party.org_person_fields"))
    if party.gender is not None:
        issues.append(error(f"{prefix}.gender", "party.org_person_fields"))
    if party.birth_date is not None:
        issues.append(error(f"{prefix}.birth_date", "party.org_person_fields"))
    return issues


def normalise_party(party: Party, today: date) -> Party:
    """The party with cleaned text and normalised numbers, birth date and gender filled from ID.

    Birth date and gender are only filled when empty and the ID number has no errors; a phone
    number that cannot be read is kept as typed (stripped) so the mediator can correct it.
    """
    check = check_id_number(party.id_number, today)
    birth_date, gender = party.birth_date, party.gender
    if party.kind is PartyKind.PERSON and check.is_valid and check.number:
        birth_date = birth_date or check.birth_date
        gender = gender or check.gender
    credit_code, _ = check_credit_code(party.credit_code)
    return replace(
        party,
        name=clean_text(party.name),
        ethnicity=clean_text(party.ethnicity),
        occupation=clean_text(party.occupation),
        id_number=check.number,
        birth_date=birth_date,
        gender=gender,
        credit_code=credit_code,
        legal_representative=clean_text(party.legal_representative),
        representative_title=clean_text(party.representative_title),
        phone=check_phone(party.phone)[0],
        address=clean_text(party.address),
        agents=tuple(_normalise_agent(agent) for agent in party.agents),
    )


def _normalise_agent(agent: Agent) -> Agent:
    return replace(
        agent,
        name=clean_text(agent.name),
        phone=check_phone(agent.phone)[0],
        authority=clean_text(agent.authority),
    )
