"""Resident ID numbers: what the intake form accepts, rejects and warns about."""

from __future__ import annotations

from datetime import date

import pytest
from stdnum.cn import ric

from mediation_desk.domain.enums import Gender
from mediation_desk.domain.validation import Severity, check_id_number, has_errors

TODAY = date(2025, 6, 1)


def id_number(region: str, birth: str, sequence: str = "123") -> str:
    """A number with a correct check digit, as on a real card."""
    body = region + birth + sequence
    return body + ric.calc_check_digit(body + "0")


def codes(text: str) -> list[str]:
    return [issue.code for issue in check_id_number(text, TODAY).issues]


def test_valid_wushen_number_gives_birth_date_and_gender() -> None:
    check = check_id_number(id_number("150626", "19850101", "123"), TODAY)
    assert check.issues == ()
    assert check.birth_date == date(1985, 1, 1)
    assert check.gender is Gender.MALE
    assert check.region_code == "150626"


def test_even_seventeenth_digit_is_female() -> None:
    check = check_id_number(id_number("150626", "19900214", "124"), TODAY)
    assert check.gender is Gender.FEMALE


def test_check_digit_x_accepted_in_lower_case_and_normalised() -> None:
    number = "15062619850101102X"
    check = check_id_number(number.lower(), TODAY)
    assert check.issues == ()
    assert check.number == number


def test_full_width_digits_and_spaces_are_normalised() -> None:
    number = id_number("150626", "19850101")
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in number)
    check = check_id_number(f"\u3000{full_width[:6]} {full_width[6:14]} {full_width[14:]} ", TODAY)
    assert check.number == number
    assert check.issues == ()


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_empty_number_is_not_an_issue(text: str) -> None:
    check = check_id_number(text, TODAY)
    assert (check.number, check.issues, check.birth_date) == ("", (), None)


def test_seventeen_digits_is_a_length_error_saying_18_expected() -> None:
    check = check_id_number(id_number("150626", "19850101")[:-1], TODAY)
    (issue,) = check.issues
    assert issue.code == "id_number.length"
    assert issue.params_dict == {"expected": "18", "actual": "17"}


def test_old_fifteen_digit_number_is_refused() -> None:
    (issue,) = check_id_number("150626850101123", TODAY).issues
    assert issue.code == "id_number.length"
    assert issue.severity is Severity.ERROR


@pytest.mark.parametrize("text", ["15062619850101123A", "1506261985X1011230", "张三"])
def test_letters_are_a_format_error(text: str) -> None:
    assert codes(text) == ["id_number.format"]


def test_wrong_check_digit_is_an_error_without_birth_date() -> None:
    good = id_number("150626", "19850101")
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    check = check_id_number(bad, TODAY)
    assert [i.code for i in check.issues] == ["id_number.checksum"]
    assert check.birth_date is None and check.gender is None


def test_february_30_is_an_impossible_birth_date() -> None:
    check = check_id_number(id_number("150626", "19850230", "121"), TODAY)
    assert [i.code for i in check.issues] == ["id_number.birth_date"]
    assert has_errors(check.issues)
    assert check.birth_date is None
    assert check.gender is Gender.MALE


@pytest.mark.parametrize("birth", ["20250602", "20991231", "18991231"])
def test_birth_date_in_future_or_before_1900_is_an_error(birth: str) -> None:
    assert "id_number.birth_date" in codes(id_number("150626", birth))


def test_birth_today_is_accepted() -> None:
    assert codes(id_number("150626", "20250601")) == []


def test_old_yikezhao_code_after_it_was_abolished_is_only_a_warning() -> None:
    check = check_id_number(id_number("152701", "20050315", "111"), TODAY)
    (issue,) = check.issues
    assert (issue.code, issue.severity) == ("id_number.region", Severity.WARNING)
    assert issue.params_dict == {"region_code": "152701"}
    assert not has_errors(check.issues)
    assert check.birth_date == date(2005, 3, 15)


def test_old_yikezhao_code_on_a_card_of_its_time_is_fine() -> None:
    assert codes(id_number("152701", "19850101")) == []


def test_current_code_on_card_of_someone_born_before_2001_is_fine() -> None:
    # stdnum alone rejects this (乌审旗 got 150626 in 2001), but such cards are everywhere.
    assert not ric.is_valid(id_number("150626", "19700101"))
    assert codes(id_number("150626", "19700101")) == []


def test_unknown_region_code_is_a_warning() -> None:
    check = check_id_number(id_number("159999", "19850101"), TODAY)
    assert [(i.code, i.severity) for i in check.issues] == [("id_number.region", Severity.WARNING)]
