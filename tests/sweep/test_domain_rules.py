"""The sweep over the pure rules every input path shares: text, amounts, dates, search terms."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mediation_desk.domain.search import search_terms, segment
from mediation_desk.domain.validation import LONG_TEXT_MAX, NAME_MAX, check_text, clean_text
from mediation_desk.domain.validation.amounts import check_amount
from tests.sweep.inputs import AMOUNTS, BLANK, KEPT_TEXTS, QUERIES, REFUSED_TEXTS, TEXTS

FIELD_KINDS = {  # (max_length, multiline) of a name, a one-line text and a long text
    "name": (NAME_MAX, False),
    "long": (LONG_TEXT_MAX, True),
}


@pytest.mark.parametrize("kind", FIELD_KINDS)
@pytest.mark.parametrize("text", [*BLANK, *TEXTS.values()], ids=[*map(repr, BLANK), *TEXTS])
def test_every_text_is_refused_with_a_code_or_accepted(kind: str, text: str) -> None:
    max_length, multiline = FIELD_KINDS[kind]
    issues = check_text("f", text, required=True, max_length=max_length, multiline=multiline)
    codes = {issue.code for issue in issues}
    assert codes <= {"text.required", "text.too_long", "text.newline", "text.control_chars"}
    if not clean_text(text):
        assert codes == {"text.required"}
    elif len(clean_text(text)) > max_length:
        assert "text.too_long" in codes


@pytest.mark.parametrize("name", REFUSED_TEXTS)
def test_control_characters_and_broken_characters_are_refused(name: str) -> None:
    issues = check_text("f", TEXTS[name], required=True, max_length=100, multiline=True)
    assert [issue.code for issue in issues] == ["text.control_chars"]


@pytest.mark.parametrize("name", KEPT_TEXTS)
def test_rare_and_foreign_text_is_accepted(name: str) -> None:
    assert check_text("f", TEXTS[name], required=True, max_length=100, multiline=True) == ()


@pytest.mark.parametrize("name", AMOUNTS)
def test_every_bad_amount_gets_a_code_not_an_exception(name: str) -> None:
    codes = [issue.code for issue in check_amount("amount", AMOUNTS[name])]
    assert codes, f"{name} was accepted"
    assert set(codes) <= {
        "amount.invalid",
        "amount.negative",
        "amount.precision",
        "amount.too_large",
    }


def test_huge_amounts_are_too_large_not_a_crash() -> None:
    # Regression: quantizing 1e30 to the fen raised decimal.InvalidOperation in the dialog.
    assert [i.code for i in check_amount("a", Decimal("1e30"))] == ["amount.too_large"]
    assert [i.code for i in check_amount("a", Decimal("-1e30"))] == [
        "amount.negative",
        "amount.too_large",
    ]
    assert check_amount("a", Decimal("999999999999.99")) == []


@pytest.mark.parametrize("query", QUERIES, ids=[repr(q[:12]) for q in QUERIES])
def test_search_terms_are_plain_words(query: str) -> None:
    for term in search_terms(query):
        words = segment(term)
        assert words and '"' not in words.replace('"', "")  # quotes are doubled when bound
        words.encode("utf-8")  # what SQLite is given can be encoded


def test_segmenting_drops_broken_characters() -> None:
    # Regression: a lone surrogate (from a non-UTF-8 command-line argument or a JSON escape)
    # reached SQLite and raised UnicodeEncodeError in the search.
    assert segment("王\ud800三") == "王 三"
    assert search_terms("\udcff") == []


def test_a_case_received_before_1949_is_refused() -> None:
    # Regression: the date picker allowed 1800-01-01 with a warning; the case's export then
    # named the year 1800, which no import accepts (years start at 1949).
    from mediation_desk.domain.enums import CaseSource
    from mediation_desk.domain.models import CaseDraft
    from mediation_desk.domain.validation import validate_case

    for received, code in (
        (date(1800, 1, 1), "date.too_old"),
        (date(2001, 1, 1), "date.before_law"),
    ):
        draft = CaseDraft(received, CaseSource.PROACTIVE_SCREENING, "land", "facts")
        found = [i for i in validate_case(draft, date(2025, 3, 10)) if i.field == "received_on"]
        assert [i.code for i in found] == [code]


def count() -> int:
    """Values given to the shared rules by this module."""
    return (
        2 * (len(BLANK) + len(TEXTS))
        + len(REFUSED_TEXTS)
        + len(KEPT_TEXTS)
        + len(AMOUNTS)
        + len(QUERIES)
        + 8
    )
