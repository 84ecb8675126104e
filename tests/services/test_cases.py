"""Registering, editing and finding cases on a real SQLite file."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from mediation_desk.domain.enums import AgentKind, Gender, PartyKind, PartyRole
from mediation_desk.domain.models import Agent, CaseDraft, Party
from mediation_desk.domain.search import CaseFilter
from mediation_desk.services.bootstrap import Services
from mediation_desk.services.errors import ValidationFailed
from tests.services.conftest import make_draft


def test_registration_numbers_follow_the_pattern_per_year(services: Services) -> None:
    first = services.cases.register(make_draft(services, received_on=date(2025, 3, 2)))
    second = services.cases.register(make_draft(services, received_on=date(2025, 4, 2)))
    next_year = services.cases.register(make_draft(services, received_on=date(2026, 1, 5)))
    assert first.case_no == "（2025）巴音敖包人调字第1号"
    assert second.case_no == "（2025）巴音敖包人调字第2号"
    assert next_year.case_no == "（2026）巴音敖包人调字第1号"


def test_registered_case_keeps_everything_intact(services: Services, draft: CaseDraft) -> None:
    party = Party(
        PartyRole.THIRD_PARTY,
        PartyKind.PERSON,
        "斯琴高娃",
        agents=(Agent(AgentKind.CLOSE_RELATIVE, "巴特尔", "13947712345", "代为参加调解"),),
    )
    draft = dataclasses.replace(draft, amount=Decimal("12000.50"), parties=(*draft.parties, party))
    case = services.cases.register(draft)
    loaded = services.cases.get(case.uuid)
    assert loaded.draft.amount == Decimal("12000.50")
    assert [p.name for p in loaded.draft.parties] == ["王𠈌", "ᠪᠠᠲᠤ", "斯琴高娃"]
    assert loaded.draft.parties[2].agents[0].name == "巴特尔"
    # birth date and gender were filled from the valid ID number
    assert loaded.draft.parties[0].birth_date == date(1985, 3, 17)
    assert loaded.draft.parties[0].gender is Gender.MALE


def test_invalid_draft_is_rejected_and_nothing_is_stored(
    services: Services, draft: CaseDraft
) -> None:
    bad = dataclasses.replace(draft, facts="   ")
    with pytest.raises(ValidationFailed) as raised:
        services.cases.register(bad)
    assert any(issue.field == "facts" for issue in raised.value.issues)
    assert services.case_list.count() == 0


def test_editing_keeps_number_and_replaces_parties(services: Services, draft: CaseDraft) -> None:
    case = services.cases.register(draft)
    edited = dataclasses.replace(
        case.draft,
        facts="宅基地边界",
        parties=(*case.draft.parties[:1], Party(PartyRole.RESPONDENT, PartyKind.PERSON, "李四")),
    )
    updated = services.cases.update(case.uuid, edited)
    assert updated.case_no == case.case_no
    assert [p.name for p in updated.draft.parties] == ["王𠈌", "李四"]
    assert services.case_list.matching_ids(CaseFilter(text="ᠪᠠᠲᠤ")) == []
    assert len(services.case_list.matching_ids(CaseFilter(text="李四"))) == 1


def test_search_matches_number_short_names_id_numbers_and_facts(
    services: Services, draft: CaseDraft
) -> None:
    case = services.cases.register(draft)
    services.cases.register(
        make_draft(services, facts="彩礼返还", names=("张三", "李四"), birth="19900101")
    )
    id_number = case.draft.parties[0].id_number
    for text in ("王𠈌", "ᠪᠠᠲᠤ", id_number, id_number[-6:].lower(), "草场", "第1号", "草场 王𠈌"):
        assert services.case_list.matching_ids(CaseFilter(text=text)) == [
            services.case_list.matching_ids(CaseFilter(text=case.case_no))[0]
        ], text
    everything = services.case_list.matching_ids(CaseFilter())
    # Punctuation alone is no search (as while typing "（"); SQL and FTS syntax are plain text.
    assert services.case_list.matching_ids(CaseFilter(text="%")) == everything
    for hostile in ("' OR 1=1 --", '"王', "王 OR 张", "NEAR(王 张)", "王*", "_"):
        services.case_list.matching_ids(CaseFilter(text=hostile))  # no error
    assert services.case_list.matching_ids(CaseFilter(text="' OR 1=1 --")) == []


def test_filters_by_year_category_and_mediator(services: Services) -> None:
    services.cases.register(make_draft(services, received_on=date(2024, 5, 1)))
    services.cases.register(make_draft(services, received_on=date(2025, 5, 1)))
    mediators = services.committee.mediators()
    assert len(services.case_list.matching_ids(CaseFilter(year=2024))) == 1
    assert len(services.case_list.matching_ids(CaseFilter(category_code="grassland"))) == 2
    assert len(services.case_list.matching_ids(CaseFilter(category_code="labour"))) == 0
    assert len(services.case_list.matching_ids(CaseFilter(mediator_uuid=mediators[0].uuid))) == 2
    assert len(services.case_list.matching_ids(CaseFilter(mediator_uuid=mediators[1].uuid))) == 0
    assert services.case_list.years() == [2025, 2024]
