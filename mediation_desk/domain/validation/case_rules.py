"""Rules for a case draft (受理登记), the committee and its mediators, with field paths."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from mediation_desk.domain.enums import CaseSource, PartyKind, PartyRole
from mediation_desk.domain.models import CaseDraft, Committee, Mediator, MediatorRelative, Party
from mediation_desk.domain.numbering import check_pattern
from mediation_desk.domain.validation.amounts import check_amount
from mediation_desk.domain.validation.credit_code import normalise_credit_code
from mediation_desk.domain.validation.dates import check_not_future
from mediation_desk.domain.validation.identity import check_id_number, normalise_id_number
from mediation_desk.domain.validation.issues import Issue, error, rebase, warning
from mediation_desk.domain.validation.party_rules import normalise_party, validate_party
from mediation_desk.domain.validation.phone import check_phone
from mediation_desk.domain.validation.text import (
    LONG_TEXT_MAX,
    NAME_MAX,
    SHORT_TEXT_MAX,
    check_text,
    clean_text,
)

__all__ = [
    "normalise_party",
    "validate_case",
    "validate_committee",
    "validate_mediator",
    "validate_party",
    "validate_relative",
]

MEDIATION_LAW_IN_FORCE = date(2011, 1, 1)
EARLIEST_RECEIVED = date(1949, 10, 1)  # the interchange file's years start at 1949
COMMITTEE_SUFFIX = "人民调解委员会"
SHORT_NAME_MAX = 20


def validate_case(
    draft: CaseDraft,
    today: date,
    *,
    known_categories: Collection[str] = (),
    known_mediators: Collection[str] = (),
) -> list[Issue]:
    """Checks everything the intake form collects; an empty `known_*` skips that lookup."""
    issues = [
        *_received_on_issues(draft.received_on, today),
        *_category_issues(draft.category_code, known_categories),
        *check_text("facts", draft.facts, required=True, max_length=LONG_TEXT_MAX, multiline=True),
        *check_text(
            "requests", draft.requests, required=False, max_length=LONG_TEXT_MAX, multiline=True
        ),
        *_source_issues(draft),
        *check_amount("amount", draft.amount),
        *_people_involved_issues(draft.people_involved, draft.parties),
        *check_text("place_detail", draft.place_detail, required=False, max_length=SHORT_TEXT_MAX),
        *_parties_issues(draft.source, draft.parties),
        *_mediator_issues(draft.mediator_uuids, known_mediators),
    ]
    for index, party in enumerate(draft.parties):
        issues += validate_party(party, index, today)
    return issues


def _received_on_issues(received_on: date | None, today: date) -> list[Issue]:
    if received_on is None:  # the dialog may hand over an unset date
        return [error("received_on", "date.required")]
    issues = list(check_not_future("received_on", received_on, today))
    if received_on < EARLIEST_RECEIVED:  # a slip of the date picker; export could not say it
        issues.append(error("received_on", "date.too_old", earliest=EARLIEST_RECEIVED.isoformat()))
    elif received_on < MEDIATION_LAW_IN_FORCE:
        issues.append(
            warning("received_on", "date.before_law", date=MEDIATION_LAW_IN_FORCE.isoformat())
        )
    return issues


def _category_issues(code: str, known: Collection[str]) -> list[Issue]:
    if not code.strip():
        return [error("category_code", "category.required")]
    if known and code not in known:
        return [error("category_code", "category.unknown")]
    return []


def _source_issues(draft: CaseDraft) -> list[Issue]:
    issues: list[Issue] = []
    if draft.source is CaseSource.PARTY_APPLICATION:
        if draft.application_form is None:
            issues.append(error("application_form", "application_form.required"))
    elif draft.application_form is not None:
        issues.append(error("application_form", "application_form.not_applicable"))
    if draft.source.is_referral and not clean_text(draft.referral_body):
        issues.append(error("referral_body", "referral_body.required"))
    else:
        issues += check_text(
            "referral_body", draft.referral_body, required=False, max_length=SHORT_TEXT_MAX
        )
    issues += check_text(
        "referral_reference", draft.referral_reference, required=False, max_length=SHORT_TEXT_MAX
    )
    return issues


def _people_involved_issues(people: int | None, parties: tuple[Party, ...]) -> list[Issue]:
    if people is None:
        return []
    if people < 1:
        return [error("people_involved", "people_involved.invalid")]
    persons = sum(1 for party in parties if party.kind is PartyKind.PERSON)
    if people < persons:
        code = "people_involved.fewer_than_parties"
        return [warning("people_involved", code, people=people, persons=persons)]
    return []


def _parties_issues(source: CaseSource, parties: tuple[Party, ...]) -> list[Issue]:
    if not parties:
        return [error("parties", "parties.required")]
    roles = {party.role for party in parties}
    issues: list[Issue] = []
    if source is CaseSource.PARTY_APPLICATION and PartyRole.APPLICANT not in roles:
        issues.append(error("parties", "parties.applicant_required"))
    if PartyRole.RESPONDENT not in roles:
        issues.append(warning("parties", "parties.respondent_missing"))
    return issues + _duplicate_party_issues(parties)


def _duplicate_party_issues(parties: tuple[Party, ...]) -> list[Issue]:
    """The later of two parties with the same ID number / credit code, or same name and kind."""
    seen: dict[tuple[str, ...], int] = {}
    issues: list[Issue] = []
    for index, party in enumerate(parties):
        key, field = _party_identity(party)
        if key is None:
            continue
        if key in seen:
            other = seen[key] + 1  # 1-based, as the form numbers parties
            issues.append(error(f"parties[{index}].{field}", "party.duplicate", other=other))
        else:
            seen[key] = index
    return issues


def _party_identity(party: Party) -> tuple[tuple[str, ...] | None, str]:
    """What makes a party unique (its number, else kind and name) and the field it is shown on."""
    if party.kind is PartyKind.PERSON:
        number, field = normalise_id_number(party.id_number), "id_number"
    else:
        number, field = normalise_credit_code(party.credit_code), "credit_code"
    if number:
        return (field, number), field
    name = clean_text(party.name)
    return ((party.kind.value, name) if name else None), "name"


def _mediator_issues(uuids: tuple[str, ...], known: Collection[str]) -> list[Issue]:
    if not uuids:
        return [error("mediator_uuids", "mediators.required")]
    issues: list[Issue] = []
    for index, uuid in enumerate(uuids):
        if uuid in uuids[:index]:
            issues.append(error(f"mediator_uuids[{index}]", "mediators.duplicate"))
        elif known and uuid not in known:
            issues.append(error(f"mediator_uuids[{index}]", "mediators.unknown"))
    return issues


def validate_committee(committee: Committee) -> list[Issue]:
    """Checks the committee's names, division, phone and case-number pattern."""
    issues = [
        *check_text("name", committee.name, required=True, max_length=NAME_MAX),
        *check_text("short_name", committee.short_name, required=True, max_length=SHORT_NAME_MAX),
        *check_text("division_code", committee.division_code, required=True, max_length=NAME_MAX),
        *check_text("address", committee.address, required=False, max_length=SHORT_TEXT_MAX),
        *check_text("seal_text", committee.seal_text, required=False, max_length=SHORT_TEXT_MAX),
        *rebase(check_phone(committee.phone)[1], "phone"),
    ]
    name = clean_text(committee.name)
    if name and not name.endswith(COMMITTEE_SUFFIX):
        issues.append(warning("name", "committee.name_suffix", suffix=COMMITTEE_SUFFIX))
    problem = check_pattern(committee.case_no_pattern)
    if problem is not None:
        issues.append(error("case_no_pattern", problem.code, detail=problem.detail))
    return issues


def validate_mediator(mediator: Mediator) -> list[Issue]:
    """Checks a mediator's name, phone and that they speak at least one working language."""
    issues = [
        *check_text("name", mediator.name, required=True, max_length=NAME_MAX),
        *check_text("ethnicity", mediator.ethnicity, required=False, max_length=NAME_MAX),
        *rebase(check_phone(mediator.phone)[1], "phone"),
    ]
    if not (mediator.speaks_chinese or mediator.speaks_mongolian):
        issues.append(error("speaks_chinese", "mediator.language_required"))
    for index, relative in enumerate(mediator.relatives):
        issues += rebase(validate_relative(relative), f"relatives[{index}]")
    return issues


def validate_relative(relative: MediatorRelative) -> list[Issue]:
    """A relative needs a name and the relation; an ID number, if given, must be a valid one."""
    # Only the number's own errors: a relative's birth date is not checked against any day.
    number_errors = [i for i in check_id_number(relative.id_number, date.max).issues if i.is_error]
    return [
        *check_text("name", relative.name, required=True, max_length=NAME_MAX),
        *check_text("relation", relative.relation, required=True, max_length=NAME_MAX),
        *rebase(number_errors, "id_number"),
    ]
