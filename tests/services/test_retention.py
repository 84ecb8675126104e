"""Retention: archived cases past the retention period are listed, and deleted for good (with
their records and search entries) with one audit entry each that holds no case content."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision, NoticeMethod, RightsNotice
from mediation_desk.domain.lifecycle.outcomes import (
    AgreementForm,
    AgreementRecord,
    PerformanceStatus,
)
from mediation_desk.domain.records.models import FollowUpRecord
from mediation_desk.domain.search import CaseFilter
from mediation_desk.services.bootstrap import Services
from mediation_desk.services.retention import NotExpired, RetentionService, years_after
from tests.services.conftest import make_draft

CLERK = "王芳"
PARTIES = ("王𠈌", "ᠪᠠᠲᠤ")


def _archived(services: Services, facts: str) -> str:
    uuid = services.cases.register(make_draft(services, facts=facts)).uuid
    life = services.lifecycle
    life.decide(uuid, AcceptanceDecision(True, date(2025, 3, 3), CLERK), by=CLERK)
    life.record_rights_notice(
        uuid, RightsNotice(date(2025, 3, 4), PARTIES, NoticeMethod.WRITTEN, CLERK)
    )
    life.start_mediation(uuid, by=CLERK)
    agreement = AgreementRecord(AgreementForm.ORAL, date(2025, 3, 20), date(2025, 3, 20))
    life.record_agreement(uuid, agreement, by=CLERK)
    life.start_follow_up(uuid, by=CLERK)
    life.record_follow_up(
        uuid, FollowUpRecord(date(2025, 5, 2), CLERK, PerformanceStatus.PERFORMED)
    )
    life.close(uuid, by=CLERK, reason="履行完毕")
    life.archive(uuid, by=CLERK)
    return uuid


def _retention(services: Services, years_later: int) -> RetentionService:
    later = years_after(date.today(), years_later)
    return RetentionService(services.db, services.settings, today=lambda: later)


def test_archived_cases_are_listed_once_the_retention_period_is_over(services: Services) -> None:
    archived = _archived(services, "草场边界纠纷甲")
    services.cases.register(make_draft(services, facts="未归档"))
    assert _retention(services, 29).expired() == []
    expired = _retention(services, 30).expired()
    assert [c.uuid for c in expired] == [archived]
    assert expired[0].party_count == 2 and expired[0].archived_on == date.today()
    services.settings.save(replace(services.settings.get(), retention_years=5))
    assert [c.uuid for c in _retention(services, 5).expired()] == [archived]


def test_deleting_expired_cases_removes_everything_and_logs_no_content(
    services: Services, db_path: Path
) -> None:
    first, second = _archived(services, "宅基地甲"), _archived(services, "宅基地乙")
    kept = services.cases.register(make_draft(services, facts="宅基地丙")).uuid
    numbers = {u: services.cases.get(u).case_no for u in (first, second)}
    retention = _retention(services, 31)

    assert retention.delete([first, second]) == 2

    assert retention.expired() == []
    assert services.case_list.matching_ids(CaseFilter(text="宅基地")) == [
        services.case_list.matching_ids(CaseFilter())[0]
    ]
    assert services.cases.get(kept).draft.facts == "宅基地丙"
    with sqlite3.connect(db_path) as connection:
        for table in ("party", "case_transition", "case_agreement", "case_follow_up"):
            count = connection.execute(f"select count(*) from {table}").fetchone()[0]
            assert count == (2 if table == "party" else 0), table  # the kept case's parties
    entries = [e for e in services.audit.entries() if e.action == "retention-delete"]
    assert {e.case_uuid for e in entries} == {first, second}
    for entry in entries:
        assert entry.fields["case_no"] == (numbers[entry.case_uuid], None)
        assert entry.fields["parties"] == (2, None)
        assert set(entry.fields) == {"case_no", "parties", "archived_on"}
    assert services.audit.case_uuid_of(numbers[first]) == first
    assert services.audit.verify().ok


def test_a_case_not_expired_is_refused_and_nothing_is_deleted(services: Services) -> None:
    archived = _archived(services, "草场")
    fresh = services.cases.register(make_draft(services)).uuid
    with pytest.raises(NotExpired):
        _retention(services, 31).delete([archived, fresh])
    assert services.cases.get(archived).case_no and services.cases.get(fresh).case_no


def test_years_after_moves_29_february_to_28_february() -> None:
    assert years_after(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert years_after(date(2024, 3, 1), 30) == date(2054, 3, 1)


def test_only_the_director_deletes_expired_cases(services: Services) -> None:
    from mediation_desk.domain.access.roles import Action, may
    from tests.unit.test_access_rules import REVIEWER, WANG

    assert not may(WANG, Action.DELETE_EXPIRED) and not may(REVIEWER, Action.DELETE_EXPIRED)
