"""What a case is found by: the text the search box matches, and how a query is split."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mediation_desk.domain.enums import CaseStatus, PartyRole

if TYPE_CHECKING:
    from mediation_desk.domain.models import CaseDraft

_SEPARATOR = "\u241f"  # a symbol no one types, so terms never match across two fields


def search_text(case_no: str, draft: CaseDraft) -> str:
    """Case-folded text of the case number, parties (names, ID numbers, codes), agents and facts."""
    parts: list[str] = [case_no, draft.referral_reference, draft.facts, draft.requests]
    for party in draft.parties:
        parts += [party.name, party.id_number, party.credit_code, party.legal_representative]
        parts += [agent.name for agent in party.agents]
    return _SEPARATOR.join(p for p in parts if p).casefold()


def search_terms(query: str) -> list[str]:
    """Whitespace-separated terms, case-folded; every term must match."""
    return [term.casefold() for term in query.split() if term]


def parties_display(draft: CaseDraft) -> str:
    """Short list-cell text: applicants, then respondents, then third parties."""
    groups: list[str] = []
    for role in (PartyRole.APPLICANT, PartyRole.RESPONDENT, PartyRole.THIRD_PARTY):
        names = [p.name for p in draft.parties if p.role is role]
        if names:
            groups.append("、".join(names))
    return " — ".join(groups)


def join_names(names: Iterable[str]) -> str:
    return "、".join(names)


@dataclass(frozen=True)
class CaseFilter:
    """What the case list shows: free-text search plus optional filters."""

    text: str = ""
    status: CaseStatus | None = None
    category_code: str | None = None
    year: int | None = None
    mediator_uuid: str | None = None
