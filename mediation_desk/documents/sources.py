"""The read-model documents are built from (defined in domain.case_file), and ages on a day."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.case_file import (
    CHINA_TIME,
    CaseAgreement,
    CaseDocumentSource,
    Escalation,
    china_time,
)

__all__ = [
    "CHINA_TIME",
    "CaseAgreement",
    "CaseDocumentSource",
    "Escalation",
    "age_on",
    "china_time",
]


def age_on(birth_date: date | None, day: date) -> int | None:
    """Full years of age on `day`, or None when the birth date is unknown."""
    if birth_date is None:
        return None
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)
