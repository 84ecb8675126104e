"""Chinese dates and money in capitals, as legal instruments write them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mediation_desk.documents.chinese_numbers import chinese_date, rmb_capitals


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2025, 3, 2), "二〇二五年三月二日"),
        (date(2024, 10, 10), "二〇二四年十月十日"),
        (date(2000, 12, 31), "二〇〇〇年十二月三十一日"),
        (date(2025, 11, 20), "二〇二五年十一月二十日"),
        (date(2026, 1, 19), "二〇二六年一月十九日"),
    ],
)
def test_dates_in_chinese_numerals(day: date, text: str) -> None:
    assert chinese_date(day) == text


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("12000", "人民币壹万贰仟元整"),
        ("0", "人民币零元整"),
        ("0.00", "人民币零元整"),
        ("10", "人民币壹拾元整"),
        ("20", "人民币贰拾元整"),
        ("15", "人民币壹拾伍元整"),
        ("1001", "人民币壹仟零壹元整"),
        ("1010", "人民币壹仟零壹拾元整"),
        ("10010", "人民币壹万零壹拾元整"),
        ("100005", "人民币壹拾万零伍元整"),
        ("105000", "人民币壹拾万伍仟元整"),
        ("1010101", "人民币壹佰零壹万零壹佰零壹元整"),
        ("20000", "人民币贰万元整"),
        ("1000000", "人民币壹佰万元整"),
        ("100000000", "人民币壹亿元整"),
        ("100001000", "人民币壹亿零壹仟元整"),
        ("110000000", "人民币壹亿壹仟万元整"),
        ("0.5", "人民币伍角"),
        ("0.05", "人民币伍分"),
        ("1.05", "人民币壹元零伍分"),
        ("10.5", "人民币壹拾元伍角"),
        ("3500.12", "人民币叁仟伍佰元壹角贰分"),
        ("123456789.12", "人民币壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"),
        ("0.005", "人民币壹分"),  # rounded half up to the fen
    ],
)
def test_money_in_capitals(amount: str, text: str) -> None:
    assert rmb_capitals(Decimal(amount)) == text


def test_negative_amounts_say_so() -> None:
    assert rmb_capitals(Decimal("-20")) == "人民币负贰拾元整"
