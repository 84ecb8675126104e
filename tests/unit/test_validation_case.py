"""The intake form (受理登记) as a whole: dates, source, amount, parties and mediators."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from stdnum.cn import ric

from mediation_desk.domain.enums import ApplicationForm, CaseSource, PartyKind, PartyRole
from mediation_desk.domain.models import CaseDraft, Party
from mediation_desk.domain.validation import Issue, Severity, has_errors, validate_case

TODAY = date(2025, 6, 1)
MEDIATORS = ("m-1", "m-2")


def id_number(region: str, birth: str, sequence: str = "123") -> str:
    body = region + birth + sequence
    return body + ric.calc_check_digit(body + "0")


APPLICANT = Party(
    PartyRole.APPLICANT, PartyKind.PERSON, "ᠪᠠᠲᠤ", id_number=id_number("150626", "19850101")
)
RESPONDENT = Party(
    PartyRole.RESPONDENT, PartyKind.PERSON, "王𠈌", id_number=id_number("152701", "19700101")
)


def draft(**changes: object) -> CaseDraft:
    base = CaseDraft(
        received_on=date(2025, 5, 20),
        source=CaseSource.PARTY_APPLICATION,
        category_code="land",
        facts="双方因草场边界发生争议。",
        application_form=ApplicationForm.ORAL,
        parties=(APPLICANT, RESPONDENT),
        mediator_uuids=("m-1",),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def found(issues: list[Issue]) -> set[tuple[str, str]]:
    return {(issue.field, issue.code) for issue in issues}


def check(**changes: object) -> set[tuple[str, str]]:
    issues = validate_case(
        draft(**changes), TODAY, known_categories={"land", "family"}, known_mediators=MEDIATORS
    )
    return found(issues)


def test_complete_draft_passes() -> None:
    assert check() == set()


def test_received_on_rules() -> None:
    assert check(received_on=date(2025, 6, 2)) == {("received_on", "date.future")}
    assert check(received_on=None) == {("received_on", "date.required")}
    (issue,) = validate_case(draft(received_on=date(2010, 12, 31)), TODAY)
    assert (issue.code, issue.severity) == ("date.before_law", Severity.WARNING)


def test_category_required_and_known() -> None:
    assert check(category_code=" ") == {("category_code", "category.required")}
    assert check(category_code="cattle") == {("category_code", "category.unknown")}
    assert validate_case(draft(category_code="cattle"), TODAY) == []


def test_facts_required_and_requests_bounded() -> None:
    assert check(facts="\u3000") == {("facts", "text.required")}
    assert check(requests="诉" * 20001) == {("requests", "text.too_long")}
    assert check(facts="第一行\n第二行", requests="") == set()


def test_application_form_follows_the_source() -> None:
    assert check(application_form=None) == {("application_form", "application_form.required")}
    referral = {"source": CaseSource.COURT_REFERRAL, "referral_body": "乌审旗人民法院"}
    assert check(**referral) == {("application_form", "application_form.not_applicable")}
    assert check(**referral, application_form=None) == set()


def test_referrals_need_the_referring_body() -> None:
    issues = check(source=CaseSource.POLICE_REFERRAL, application_form=None)
    assert issues == {("referral_body", "referral_body.required")}
    assert check(source=CaseSource.PROACTIVE_SCREENING, application_form=None) == set()


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        (Decimal("-1"), "amount.negative"),
        (Decimal("12.345"), "amount.precision"),
        (Decimal(10) ** 12, "amount.too_large"),
        (Decimal("NaN"), "amount.invalid"),
        (Decimal("Infinity"), "amount.invalid"),
    ],
)
def test_bad_amounts(amount: Decimal, code: str) -> None:
    assert check(amount=amount) == {("amount", code)}


@pytest.mark.parametrize("amount", ["0", "12000", "12000.50", "1.500", "999999999999.99"])
def test_good_amounts(amount: str) -> None:
    assert check(amount=Decimal(amount)) == set()


def test_people_involved() -> None:
    assert check(people_involved=0) == {("people_involved", "people_involved.invalid")}
    assert check(people_involved=2) == set()
    (issue,) = validate_case(draft(people_involved=1), TODAY)
    assert issue.code == "people_involved.fewer_than_parties"
    assert issue.severity is Severity.WARNING
    assert issue.params_dict == {"people": "1", "persons": "2"}


def test_parties_required_and_applicant_for_applications() -> None:
    assert check(parties=()) == {("parties", "parties.required")}
    assert check(parties=(RESPONDENT,)) == {("parties", "parties.applicant_required")}
    screening = {"source": CaseSource.PROACTIVE_SCREENING, "application_form": None}
    assert check(**screening, parties=(RESPONDENT,)) == set()


def test_missing_respondent_is_a_warning() -> None:
    issues = validate_case(draft(parties=(APPLICANT,)), TODAY)
    assert [(i.field, i.code, i.severity) for i in issues] == [
        ("parties", "parties.respondent_missing", Severity.WARNING)
    ]


def test_same_id_number_twice_is_reported_on_the_later_party() -> None:
    typed_again = replace(
        APPLICANT, role=PartyRole.RESPONDENT, id_number=APPLICANT.id_number.lower()
    )
    issues = validate_case(draft(parties=(APPLICANT, RESPONDENT, typed_again)), TODAY)
    (issue,) = issues
    assert (issue.field, issue.code) == ("parties[2].id_number", "party.duplicate")
    assert issue.params_dict == {"other": "1"}


def test_same_name_without_id_is_a_duplicate_only_for_the_same_kind() -> None:
    first = replace(RESPONDENT, id_number="")
    same_person = replace(first, uuid="other")
    organisation = replace(first, kind=PartyKind.ORGANISATION, legal_representative="王𠈌")
    issues = validate_case(draft(parties=(APPLICANT, first, same_person)), TODAY)
    assert found(issues) == {("parties[2].name", "party.duplicate")}
    issues = validate_case(draft(parties=(APPLICANT, first, organisation)), TODAY)
    assert "party.duplicate" not in {i.code for i in issues}


def test_mediators() -> None:
    assert check(mediator_uuids=()) == {("mediator_uuids", "mediators.required")}
    assert check(mediator_uuids=("m-1", "m-1")) == {("mediator_uuids[1]", "mediators.duplicate")}
    assert check(mediator_uuids=("m-2", "m-9")) == {("mediator_uuids[1]", "mediators.unknown")}
    assert validate_case(draft(mediator_uuids=("m-9",)), TODAY) == []


def test_party_issues_are_included_with_their_index() -> None:
    broken = replace(RESPONDENT, phone="12345")
    issues = validate_case(draft(parties=(APPLICANT, broken)), TODAY)
    assert found(issues) == {("parties[1].phone", "phone.format")}
    assert has_errors(issues)
