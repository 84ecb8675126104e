"""What a case is found by: the text the search box matches, and how a query is split."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mediation_desk.domain.enums import CaseStatus, PartyRole

if TYPE_CHECKING:
    from mediation_desk.domain.models import CaseDraft

# Between fields: a private-use character, a token no query contains, so no match spans two fields.
FIELD_BOUNDARY = "\ue000"


# An ASCII letter/digit run, or any single non-ASCII character that is not white space nor a
# lone surrogate (no stored text holds one, and SQLite cannot be given one).
_WORDS = re.compile(r"[0-9a-z]+|[^\x00-\x7f\s\ud800-\udfff]")
_ASCII_RUN = re.compile(r"[0-9a-z]+")


def segment(text: str) -> str:
    """Case-folded text with every non-ASCII character a word of its own; ASCII runs stay whole.

    Chinese and Mongolian have no spaces between words: indexing each character as a token lets a
    phrase query find any run of characters (2-character names included), while ID numbers and
    case-number digits stay single tokens.
    """
    return " ".join(_WORDS.findall(unicodedata.normalize("NFKC", text).casefold()))


def ascii_runs(text: str) -> list[str]:
    """The runs of ASCII letters and digits, case-folded: `（2025）X人调字第12号` → 2025, x, 12."""
    return _ASCII_RUN.findall(unicodedata.normalize("NFKC", text).casefold())


def search_columns(case_no: str, draft: CaseDraft) -> dict[str, str]:
    """What the case_search table holds for a case: segmented words, and its codes and numbers.

    `tokens`: case number, referral reference, facts, requests, party and agent names, ID numbers
    and credit codes, segmented. `codes`: only the ASCII runs of the numbers (for digit search
    anywhere inside an ID number, which whole-token indexing cannot do).
    """
    parts: list[str] = [case_no, draft.referral_reference, draft.facts, draft.requests]
    numbers: list[str] = [case_no, draft.referral_reference]
    for party in draft.parties:
        parts += [party.name, party.id_number, party.credit_code, party.legal_representative]
        parts += [agent.name for agent in party.agents]
        numbers += [party.id_number, party.credit_code, party.phone]
    boundary = f" {FIELD_BOUNDARY} "
    return {
        "tokens": boundary.join(segment(p) for p in parts if p.strip()),
        "codes": " ".join(run for number in numbers for run in ascii_runs(number)),
    }


def search_terms(query: str) -> list[str]:
    """Whitespace-separated terms; every term must match."""
    return [term for term in query.split() if segment(term)]


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
