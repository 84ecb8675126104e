"""Telephone numbers as mediators type them: mobiles, Ordos landlines, extensions."""

from __future__ import annotations

import pytest

from mediation_desk.domain.validation import Severity, check_phone


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("0086-13812345678", "13812345678"),
        ("１９９１２３４５６７８", "19912345678"),
        ("0477-8581234", "0477-8581234"),
        ("0477 8581234", "0477-8581234"),
        ("(0477)8581234", "0477-8581234"),
        ("（０４７７）８５８１２３４", "0477-8581234"),
        ("047785812345", "0477-85812345"),
        ("0477-858-1234", "0477-8581234"),
        ("0477-8581234转123", "0477-8581234-123"),
        ("0477-8581234-123", "0477-8581234-123"),
        ("0477-8581234 ext 123", "0477-8581234-123"),
        ("0477 8581234 Ext.9", "0477-8581234-9"),
        ("+86 477 8581234", "0477-8581234"),
        ("010-62345678", "010-62345678"),
        ("02162345678", "021-62345678"),
        (" 0477-8581234\u3000", "0477-8581234"),
    ],
)
def test_accepted_numbers_are_normalised(text: str, normalised: str) -> None:
    assert check_phone(text) == (normalised, ())


@pytest.mark.parametrize(("text", "normalised"), [("8581234", "8581234"), ("85812345", "85812345")])
def test_local_number_without_area_code_is_a_warning(text: str, normalised: str) -> None:
    number, (issue,) = check_phone(text)
    assert number == normalised
    assert (issue.code, issue.severity) == ("phone.no_area_code", Severity.WARNING)


@pytest.mark.parametrize(
    "text",
    [
        "1381234567",  # 10 digits
        "138123456789",  # 12 digits
        "12812345678",  # no mobile network starts 12
        "0477-0581234",  # local numbers never start with 0
        "0477-85812345678",
        "13812345678转1",  # mobiles have no extension
        "12345",
        "张三",
        "13812345678 / 0477-8581234",
    ],
)
def test_unreadable_numbers_are_errors_and_kept_as_typed(text: str) -> None:
    number, issues = check_phone(f" {text} ")
    assert number == text
    assert [(i.code, i.severity) for i in issues] == [("phone.format", Severity.ERROR)]


def test_empty_phone_is_fine() -> None:
    assert check_phone("\u3000 ") == ("", ())
