"""How cases are indexed for search and how a query is cut into terms."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.enums import CaseSource, PartyKind, PartyRole
from mediation_desk.domain.models import CaseDraft, Party
from mediation_desk.domain.search import (
    FIELD_BOUNDARY,
    ascii_runs,
    search_columns,
    search_terms,
    segment,
)


def test_every_non_ascii_character_is_a_word_and_ascii_runs_stay_whole() -> None:
    assert segment("王芳 ID150626X") == "王 芳 id150626x"
    assert segment("（2025）巴音人调字第12号") == "2025 巴 音 人 调 字 第 12 号"
    assert segment("ᠪᠠᠲᠤ") == "ᠪ ᠠ ᠲ ᠤ"
    assert segment("王𠈌") == "王 𠈌"


def test_full_width_digits_and_letters_match_half_width() -> None:
    assert segment("１５０６ＡＢ") == "1506ab"
    assert ascii_runs("第１２号，ｘ") == ["12", "x"]


def test_search_columns_keep_fields_apart_and_collect_codes() -> None:
    draft = CaseDraft(
        received_on=date(2025, 1, 1),
        source=CaseSource.PARTY_APPLICATION,
        category_code="other",
        facts="借款",
        parties=(
            Party(PartyRole.APPLICANT, PartyKind.PERSON, "王芳", id_number="15062619850317123X"),
            Party(PartyRole.RESPONDENT, PartyKind.PERSON, "张三", phone="13947712345"),
        ),
    )
    columns = search_columns("（2025）某某人调字第7号", draft)
    assert f"王 芳 {FIELD_BOUNDARY} 15062619850317123x {FIELD_BOUNDARY} 张 三" in columns["tokens"]
    assert columns["codes"] == "2025 7 15062619850317123x 13947712345"


def test_punctuation_only_terms_are_dropped() -> None:
    assert search_terms("  王芳   % 12 ") == ["王芳", "12"]
