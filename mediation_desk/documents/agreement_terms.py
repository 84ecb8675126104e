"""The numbered terms of an agreement: who performs what, how, where and by when (art 29)."""

from __future__ import annotations

from collections.abc import Mapping

from mediation_desk.documents.phrases import amount_text, date_or_blank
from mediation_desk.domain.records.models import AgreementTerm


def term_text(
    n: int, term: AgreementTerm, text: Mapping[str, str], common: Mapping[str, str]
) -> str:
    """1、ᠪᠠᠲᠤ赔偿王𠈌修缮费用。金额：人民币12,000.00元（大写：…）。履行期限：…前。"""
    line = text["term"].format(n=n, obligor=term.obligor, content=term.content.rstrip("。"))
    if term.amount is not None:
        line += text["term_amount"].format(amount=amount_text(term.amount, common))
    if term.method:
        line += text["term_method"].format(method=term.method)
    if term.place:
        line += text["term_place"].format(place=term.place)
    if term.due_on is not None:
        line += text["term_due"].format(due=date_or_blank(term.due_on, common))
    return line


def terms_text(
    terms: tuple[AgreementTerm, ...], text: Mapping[str, str], common: Mapping[str, str]
) -> tuple[str, ...]:
    return tuple(term_text(n, term, text, common) for n, term in enumerate(terms, start=1))
