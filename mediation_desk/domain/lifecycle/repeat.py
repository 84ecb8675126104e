"""Repeat disputes: the same party in earlier cases, by ID number or by name in the same place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.validation.issues import Issue, warning

CASE_LIST_SEPARATOR = "、"


@dataclass(frozen=True)
class EarlierCase:
    """An earlier case in which a party of the case at hand appears (a read-model)."""

    case_uuid: str
    case_no: str
    received_on: date
    category_code: str
    status: CaseStatus
    party: str  # the party's name as the case at hand spells it


def is_repeat_party(
    name: str, id_number: str, place: str, other_name: str, other_id_number: str, other_place: str
) -> bool:
    """The same person: by ID number when both have one, else by the exact name in the same
    village (a name alone is too common in a 嘎查 to mean the same person elsewhere)."""
    if id_number.strip() and other_id_number.strip():
        return id_number.strip().upper() == other_id_number.strip().upper()
    return (
        bool(name.strip() and place) and name.strip() == other_name.strip() and place == other_place
    )


def repeat_dispute_warnings(earlier: Sequence[EarlierCase]) -> list[Issue]:
    """One warning per party that appears in earlier cases, naming those cases."""
    by_party: dict[str, list[str]] = {}
    for case in earlier:
        numbers = by_party.setdefault(case.party, [])
        if case.case_no not in numbers:
            numbers.append(case.case_no)
    return [
        warning(
            "parties",
            "repeat_dispute.earlier_cases",
            party=party,
            cases=CASE_LIST_SEPARATOR.join(numbers),
        )
        for party, numbers in by_party.items()
    ]
