"""Shared text and date rules: Mongolian script and rare characters survive, junk does not."""

from __future__ import annotations

from datetime import date

import pytest

from mediation_desk.domain.validation import (
    NAME_MAX,
    Issue,
    Severity,
    check_not_future,
    check_plausible_birth_date,
    check_text,
    clean_text,
    has_errors,
    rebase,
)

TODAY = date(2025, 6, 1)
# ᠪᠠᠲᠤ with a free variation selector and a Mongolian vowel separator inside.
MONGOLIAN = "ᠪᠠᠲᠤ\u180bᠨᠠ\u180eᠠ"


def codes(issues: tuple[Issue, ...]) -> list[str]:
    return [issue.code for issue in issues]


def test_clean_text_strips_full_width_space_and_keeps_inside() -> None:
    assert clean_text("\u3000 张 三\u3000\n") == "张 三"


@pytest.mark.parametrize(
    "text",
    [MONGOLIAN, "ᠪᠠᠲᠤ", "王𠈌", "ᠪᠠᠲᠤ\u180b", "\u200dᠠ\u200c", "Батбаяр", "ᠬᠠᠰ\u180f"],
)
def test_mongolian_controls_and_supplementary_characters_are_kept(text: str) -> None:
    assert clean_text(f" {text}\u3000") == text
    assert check_text("name", text, required=True, max_length=NAME_MAX) == ()


def test_required_empty_text() -> None:
    assert codes(check_text("name", "\u3000\t ", required=True, max_length=10)) == ["text.required"]
    assert check_text("name", "", required=False, max_length=10) == ()


def test_length_counts_code_points_not_utf16_units() -> None:
    assert check_text("name", "𠈌" * NAME_MAX, required=True, max_length=NAME_MAX) == ()
    (issue,) = check_text("name", "𠈌" * (NAME_MAX + 1), required=True, max_length=NAME_MAX)
    assert issue.code == "text.too_long"
    assert issue.params_dict == {"max": "100", "length": "101"}


def test_names_allow_no_newline_but_long_text_does() -> None:
    assert codes(check_text("name", "张\n三", required=True, max_length=10)) == ["text.newline"]
    assert check_text("facts", "甲\n乙\t丙", required=True, max_length=10, multiline=True) == ()


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\r", "\x7f", "\x85", "\x9f"])
def test_control_characters_are_errors(char: str) -> None:
    issues = check_text("facts", f"甲{char}乙", required=True, max_length=99, multiline=True)
    assert codes(issues) == ["text.control_chars"]


def test_tab_is_a_control_character_in_a_name() -> None:
    assert codes(check_text("name", "张\t三", required=True, max_length=10)) == [
        "text.control_chars"
    ]


def test_rebase_puts_issues_under_a_field_path() -> None:
    issues = (Issue("", "phone.format"), Issue("number", "x"))
    assert [i.field for i in rebase(issues, "parties[1].agents[0].phone")] == [
        "parties[1].agents[0].phone",
        "parties[1].agents[0].phone.number",
    ]


def test_warnings_alone_do_not_block() -> None:
    assert not has_errors([Issue("a", "b", Severity.WARNING)])
    assert has_errors([Issue("a", "b", Severity.WARNING), Issue("a", "c")])


def test_dates() -> None:
    assert check_not_future("received_on", TODAY, TODAY) == ()
    assert check_not_future("received_on", None, TODAY) == ()
    assert codes(check_not_future("received_on", date(2025, 6, 2), TODAY)) == ["date.future"]
    assert codes(check_plausible_birth_date("b", date(1899, 12, 31), TODAY)) == ["date.too_old"]
    assert codes(check_plausible_birth_date("b", date(2030, 1, 1), TODAY)) == ["date.future"]
    assert check_plausible_birth_date("b", date(1900, 1, 1), TODAY) == ()
