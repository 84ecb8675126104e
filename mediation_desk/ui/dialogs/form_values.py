"""Conversions between form widgets' values and domain values: dates, amounts, combo data."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit

from mediation_desk.domain.lifecycle.common import CHINA_TZ

# QDateEdit cannot be empty: its minimum date shows as "Not given" (the special value text).
NOT_GIVEN_DATE = QDate(1899, 12, 31)
_AMOUNT = re.compile(r"-?\d+(?:\.\d+)?")
_AMOUNT_NOISE = re.compile(r"[\s,']")
_NAME_SEPARATORS = re.compile("[、，,；;\n]")


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def set_optional_date(edit: QDateEdit, value: date | None) -> None:
    """Shows `value`, or "Not given" for None (the edit's minimum date)."""
    edit.setMinimumDate(NOT_GIVEN_DATE)
    edit.setDate(NOT_GIVEN_DATE if value is None else to_qdate(value))


def optional_date(edit: QDateEdit) -> date | None:
    """The date shown, or None while the edit shows "Not given"."""
    value = edit.date()
    return None if value <= edit.minimumDate() else to_date(value)


def parse_amount(text: str) -> Decimal | None:
    """Reads "12000", "12,000.50", full-width digits or a trailing 元; None when empty.

    Anything else comes back as NaN, which the case rules report as `amount.invalid`.
    """
    cleaned = _AMOUNT_NOISE.sub("", unicodedata.normalize("NFKC", text)).removesuffix("元")
    if not cleaned:
        return None
    if not _AMOUNT.fullmatch(cleaned):
        return Decimal("NaN")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return Decimal("NaN")


def format_amount(amount: Decimal | None) -> str:
    """12000.50 → "12,000.50"; None → ""."""
    if amount is None:
        return ""
    if not amount.is_finite():
        return str(amount)
    return format(amount, ",f")


def select_data(combo: QComboBox, data: str, *, fallback_text: str = "") -> None:
    """Selects the item carrying `data`; an unknown value is added (as `fallback_text`) and kept."""
    index = combo.findData(data)
    if index < 0:
        combo.addItem(fallback_text or data, data)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def current_data(combo: QComboBox) -> str:
    """The current item's data as text ("" for the "not chosen" item)."""
    data = combo.currentData()
    return "" if data is None else str(data)


def set_local_time(edit: QDateTimeEdit, at: datetime) -> None:
    """Shows an aware timestamp as Ordos local time (UTC+8), to the minute."""
    local = at.astimezone(CHINA_TZ)
    edit.setDateTime(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )


def local_time(edit: QDateTimeEdit) -> datetime:
    """The time shown, read as Ordos local time, as an aware UTC timestamp."""
    value = edit.dateTime().toPython()
    assert isinstance(value, datetime)
    return value.replace(second=0, microsecond=0, tzinfo=CHINA_TZ).astimezone(UTC)


def split_names(text: str) -> tuple[str, ...]:
    """王芳、ᠪᠠᠲᠤ, 李四 → the names; separators are 、 ， , ； ; and line breaks."""
    return tuple(name.strip() for name in _NAME_SEPARATORS.split(text) if name.strip())


def join_names(names: Iterable[str]) -> str:
    return "、".join(names)
