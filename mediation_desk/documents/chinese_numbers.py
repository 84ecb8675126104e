"""Dates and money amounts written the way Chinese legal instruments write them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

_DATE_DIGITS = "〇一二三四五六七八九"
_CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿", "万亿")


def chinese_date(day: date) -> str:
    """二〇二五年三月二日: the year digit by digit, month and day as numbers."""
    year = "".join(_DATE_DIGITS[int(digit)] for digit in f"{day.year:04d}")
    return f"{year}年{_small_number(day.month)}月{_small_number(day.day)}日"


def chinese_date_time(moment: datetime) -> str:
    """二〇二五年三月五日九时三十分 (the wall-clock time as given; 零时 for midnight)."""
    hour = _small_number(moment.hour) if moment.hour else "零"
    minutes = f"{_small_number(moment.minute)}分" if moment.minute else ""
    if 0 < moment.minute < 10:
        minutes = f"零{minutes}"  # 九时零五分
    return f"{chinese_date(moment.date())}{hour}时{minutes}"


def _small_number(value: int) -> str:
    """1–59 in ordinary Chinese numerals: 十, 十二, 二十, 三十一."""
    tens, units = divmod(value, 10)
    text = ("" if tens < 2 else _DATE_DIGITS[tens]) + ("十" if tens else "")
    return text + (_DATE_DIGITS[units] if units else "")


def rmb_capitals(amount: Decimal) -> str:
    """人民币壹万贰仟元整: the amount in financial capitals, rounded to the fen."""
    fen_total = int((abs(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    sign = "负" if amount < 0 and fen_total else ""
    if fen_total == 0:
        return "人民币零元整"
    text = f"{_integer_capitals(yuan)}元" if yuan else ""
    if not jiao and not fen:
        return f"人民币{sign}{text}整"
    if jiao:
        text += f"{_CAPITAL_DIGITS[jiao]}角"
    elif yuan:
        text += "零"  # 壹元零伍分: the missing jiao is read as a zero
    if fen:
        text += f"{_CAPITAL_DIGITS[fen]}分"
    return f"人民币{sign}{text}"


def _integer_capitals(value: int) -> str:
    """A positive integer in capitals, with one 零 for every run of zeros inside it."""
    groups: list[int] = []
    while value:
        value, group = divmod(value, 10000)
        groups.append(group)
    if len(groups) > len(_GROUP_UNITS):
        raise ValueError("amount too large")
    text = ""
    pending_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = bool(text)
            continue
        if text and (pending_zero or group < 1000):
            text += "零"
        text += _group_capitals(group) + _GROUP_UNITS[index]
        pending_zero = False
    return text


def _group_capitals(group: int) -> str:
    """0 < group < 10000 in capitals; zeros inside collapse to one 零 (壹仟零伍)."""
    digits = f"{group:04d}".lstrip("0")
    text = ""
    zero = False
    for position, char in enumerate(digits):
        digit = int(char)
        unit = _SMALL_UNITS[len(digits) - position - 1]
        if digit == 0:
            zero = True
            continue
        if zero:
            text += "零"
            zero = False
        text += _CAPITAL_DIGITS[digit] + unit
    return text
