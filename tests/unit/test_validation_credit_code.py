"""Unified social credit codes of organisation parties."""

from __future__ import annotations

import pytest
from stdnum.cn import uscc

from mediation_desk.domain.validation import check_credit_code

# A co-operative registered in 乌审旗; check character computed, not typed.
CO_OP = "93150626MA0N8K2J1" + uscc.calc_check_digit("93150626MA0N8K2J1")


def test_valid_codes_pass() -> None:
    assert check_credit_code(CO_OP) == (CO_OP, ())
    assert check_credit_code("91110000600037341L") == ("91110000600037341L", ())


def test_lower_case_full_width_and_spaces_are_normalised() -> None:
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in CO_OP.lower())
    assert check_credit_code(f" {full_width[:8]} {full_width[8:]}\u3000") == (CO_OP, ())


def test_empty_code_is_not_checked_here() -> None:
    assert check_credit_code("  ") == ("", ())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (CO_OP[:-1], "credit_code.length"),
        (CO_OP + "1", "credit_code.length"),
        ("A" + CO_OP[1:], "credit_code.format"),
        (CO_OP[:10] + "I" + CO_OP[11:], "credit_code.format"),
        (CO_OP[:-1] + ("1" if CO_OP[-1] != "1" else "2"), "credit_code.checksum"),
    ],
)
def test_wrong_codes_are_errors(text: str, code: str) -> None:
    _, issues = check_credit_code(text)
    assert [issue.code for issue in issues] == [code]


def test_length_error_names_the_expected_length() -> None:
    _, (issue,) = check_credit_code(CO_OP[:-2])
    assert issue.params_dict == {"expected": "18", "actual": "16"}
