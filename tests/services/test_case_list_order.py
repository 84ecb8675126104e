"""The fast text-search path gives exactly what the SQL path gives, and notices every change."""

from __future__ import annotations

import dataclasses
from datetime import date

from mediation_desk.db.search_index import term_condition
from mediation_desk.domain.search import CaseFilter, search_terms
from mediation_desk.services.bootstrap import Services
from mediation_desk.services.case_list import _filtered_ids
from mediation_desk.services.demo import generate_demo
from tests.services.conftest import make_draft


def _sql_path(services: Services, text: str) -> list[int]:
    """The plain SQL query, for comparison (it orders in the database)."""
    query = _filtered_ids(CaseFilter(), services.db.dialect)
    from sqlmodel import col

    from mediation_desk.db.tables import CaseRow

    for term in search_terms(text):
        query = query.where(term_condition(term, col(CaseRow.id), services.db.dialect))
    return services.db.fetch_column(query)


def test_text_search_matches_the_sql_query_in_content_and_order(services: Services) -> None:
    generate_demo(services.db, cases=400, seed=5)
    for text in ("王", "草场", "宅基地 纠纷", "2024", "第1", "人调字第12号", "13", "x", "巴特尔"):
        assert services.case_list.matching_ids(CaseFilter(text=text)) == _sql_path(
            services, text
        ), text


def test_list_order_follows_registrations_and_edits(services: Services) -> None:
    old = services.cases.register(make_draft(services, received_on=date(2024, 1, 1)))
    new = services.cases.register(
        make_draft(services, received_on=date(2025, 1, 1), names=("张三", "李四"), birth="19900101")
    )
    ids = services.case_list.matching_ids(CaseFilter(text="草场"))
    assert len(ids) == 2
    summaries = services.case_list.summaries(ids)
    assert [s.uuid for s in summaries] == [new.uuid, old.uuid]
    services.cases.update(old.uuid, dataclasses.replace(old.draft, received_on=date(2025, 6, 1)))
    summaries = services.case_list.summaries(services.case_list.matching_ids(CaseFilter("草场")))
    assert [s.uuid for s in summaries] == [old.uuid, new.uuid]
    third = services.cases.register(make_draft(services, received_on=date(2025, 7, 1)))
    assert services.case_list.summaries(services.case_list.matching_ids(CaseFilter()))[0].uuid == (
        third.uuid
    )
