"""The read-model every document of a case is built from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from mediation_desk.domain.enums import PartyRole
from mediation_desk.domain.models import Case, Committee, Party


@dataclass(frozen=True)
class CaseDocumentSource:
    """A case with what its documents need beside it: the committee and reference names.

    Reference names (dispute categories, ethnicities) are given in the document's language by
    the caller, so this package needs no database.
    """

    committee: Committee
    case: Case
    category_names: Mapping[str, str] = field(default_factory=dict)
    ethnicity_names: Mapping[str, str] = field(default_factory=dict)

    def parties(self, role: PartyRole) -> tuple[Party, ...]:
        return tuple(party for party in self.case.draft.parties if party.role is role)

    @property
    def received_on(self) -> date:
        return self.case.draft.received_on

    @property
    def category_name(self) -> str:
        code = self.case.draft.category_code
        return self.category_names.get(code, code)

    def ethnicity_name(self, code: str) -> str:
        return self.ethnicity_names.get(code, code)


def age_on(birth_date: date | None, day: date) -> int | None:
    """Full years of age on `day`, or None when the birth date is unknown."""
    if birth_date is None:
        return None
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)
