"""The committee's own settings and its mediators."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mediation_desk.domain.models import Committee, Mediator
from mediation_desk.domain.validation import Issue, Severity, validate_committee, validate_mediator

COMMITTEE = Committee(
    name="乌审旗乌审召镇人民调解委员会",
    short_name="乌审召",
    division_code="150626101000",
    phone="0477-7581234",
)


def found(issues: list[Issue]) -> set[tuple[str, str]]:
    return {(issue.field, issue.code) for issue in issues}


def test_complete_committee_passes() -> None:
    assert validate_committee(COMMITTEE) == []


def test_required_fields() -> None:
    empty = replace(COMMITTEE, name="", short_name="\u3000", division_code="")
    assert found(validate_committee(empty)) == {
        ("name", "text.required"),
        ("short_name", "text.required"),
        ("division_code", "text.required"),
    }


def test_name_without_suffix_is_a_warning() -> None:
    (issue,) = validate_committee(replace(COMMITTEE, name="乌审召镇调委会"))
    assert (issue.field, issue.code, issue.severity) == (
        "name",
        "committee.name_suffix",
        Severity.WARNING,
    )


def test_short_name_at_most_20_characters() -> None:
    (issue,) = validate_committee(replace(COMMITTEE, short_name="乌" * 21))
    assert (issue.field, issue.code, issue.params_dict["max"]) == (
        "short_name",
        "text.too_long",
        "20",
    )


@pytest.mark.parametrize(
    ("pattern", "code"),
    [
        ("", "pattern.empty"),
        ("（{year}）第{n号", "pattern.syntax"),
        ("（{year}）{town}第{n}号", "pattern.unknown_field"),
        ("（{year}）人调字", "pattern.missing_serial"),
        ("{short_name}人调字第{n}号", "pattern.missing_year"),
    ],
)
def test_case_number_pattern_problems(pattern: str, code: str) -> None:
    (issue,) = validate_committee(replace(COMMITTEE, case_no_pattern=pattern))
    assert (issue.field, issue.code) == ("case_no_pattern", code)
    assert "detail" in issue.params_dict


def test_committee_phone_is_checked() -> None:
    assert found(validate_committee(replace(COMMITTEE, phone="0477"))) == {
        ("phone", "phone.format")
    }


def test_mediator_speaking_mongolian_only_passes() -> None:
    mediator = Mediator("ᠰᠠᠷᠠᠨᠭᠤᠸ\u180bᠠ", speaks_mongolian=True, speaks_chinese=False)
    assert validate_mediator(mediator) == []


def test_mediator_needs_name_and_a_language() -> None:
    mediator = Mediator(" ", phone="8581234", speaks_chinese=False)
    assert {(i.field, i.code, i.severity) for i in validate_mediator(mediator)} == {
        ("name", "text.required", Severity.ERROR),
        ("phone", "phone.no_area_code", Severity.WARNING),
        ("speaks_chinese", "mediator.language_required", Severity.ERROR),
    }
