"""Role tests through the services: a mediator cannot open what is not theirs, a reviewer
cannot change anything, a closed case is corrected only with a reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision
from mediation_desk.domain.models import Committee
from mediation_desk.domain.records.models import InvestigationRecord
from mediation_desk.domain.search import CaseFilter
from mediation_desk.services.access import AccessDenied, CorrectionNeedsReason, NotSignedIn
from mediation_desk.services.bootstrap import Services
from mediation_desk.services.settings import Settings
from tests.services.accounts_setup import add_staff, closed_case, sign_in
from tests.services.conftest import make_draft


@pytest.fixture
def two_cases(services: Services) -> tuple[str, str]:
    """A case of 乌力吉's and one of 王芳's, registered before any account exists."""
    wang = services.committee.mediators()[1]
    first = services.cases.register(make_draft(services)).uuid
    draft = replace(make_draft(services, facts="宅基地纠纷"), mediator_uuids=(wang.uuid,))
    second = services.cases.register(draft).uuid
    return first, second


def test_without_accounts_the_system_actor_may_do_everything(services: Services) -> None:
    assert not services.access.accounts_exist()
    assert services.cases.register(make_draft(services)).case_no
    assert services.access.actor_name() == "system"


def test_once_accounts_exist_nothing_happens_without_signing_in(
    services: Services, two_cases: tuple[str, str]
) -> None:
    add_staff(services)
    with pytest.raises(NotSignedIn):
        services.cases.get(two_cases[0])
    with pytest.raises(NotSignedIn):
        services.case_list.matching_ids(CaseFilter())


def test_a_mediator_cannot_open_a_colleagues_case_when_the_setting_says_so(
    services: Services, two_cases: tuple[str, str]
) -> None:
    own, colleagues = two_cases
    add_staff(services)
    sign_in(services, "director")
    services.settings.save(Settings(mediators_read_others=False))
    sign_in(services, "wangfang")
    assert services.cases.get(colleagues).uuid == colleagues
    with pytest.raises(AccessDenied):
        services.cases.get(own)
    with pytest.raises(AccessDenied):
        services.lifecycle.history(own)
    with pytest.raises(AccessDenied):
        services.records.investigations(own)
    shown = services.case_list.summaries(services.case_list.matching_ids(CaseFilter()))
    assert [s.uuid for s in shown] == [colleagues]
    assert services.case_list.matching_ids(CaseFilter(text="草场")) == []
    assert {item.case_uuid for item in services.worklist.due(date(2025, 6, 1))} <= {colleagues}


def test_a_mediator_reads_but_cannot_change_a_colleagues_case(
    services: Services, two_cases: tuple[str, str]
) -> None:
    own, colleagues = two_cases
    add_staff(services)
    sign_in(services, "wangfang")
    case = services.cases.get(own)  # mediators_read_others is on by default
    with pytest.raises(AccessDenied):
        services.cases.update(own, case.draft)
    with pytest.raises(AccessDenied):
        services.lifecycle.decide(
            own, AcceptanceDecision(True, date(2025, 3, 3), "王芳"), by="王芳"
        )
    assert services.access.case_access(own).read_only
    assert not services.access.case_access(colleagues).read_only
    services.cases.update(colleagues, services.cases.get(colleagues).draft)


def test_a_reviewer_reads_everything_and_changes_nothing(
    services: Services, two_cases: tuple[str, str]
) -> None:
    own, _ = two_cases
    add_staff(services)
    sign_in(services, "sifasuo")
    case = services.cases.get(own)
    assert len(services.case_list.matching_ids(CaseFilter())) == 2
    committee = services.committee.get()
    assert committee is not None
    attempts = [
        lambda: services.cases.register(make_draft(services)),
        lambda: services.cases.update(own, case.draft),
        lambda: services.lifecycle.decide(
            own, AcceptanceDecision(True, date(2025, 3, 3), "x"), by="x"
        ),
        lambda: services.records.save_investigation(
            own, InvestigationRecord(case.created_at, "村委会", ("x",), "王𠈌", "询问")
        ),
        lambda: services.committee.save(
            Committee(committee.name, committee.short_name, committee.division_code),
            services.committee.mediators(),
        ),
        lambda: services.settings.save(Settings(idle_lock_minutes=1)),
        lambda: services.accounts.accounts(),
    ]
    for attempt in attempts:
        with pytest.raises(AccessDenied):
            attempt()
    assert services.cases.get(own) == case


def test_a_closed_case_is_corrected_only_with_a_reason(services: Services) -> None:
    uuid = closed_case(services)
    add_staff(services)
    sign_in(services, "director")
    draft = replace(services.cases.get(uuid).draft, facts="草场边界纠纷（更正）")
    with pytest.raises(CorrectionNeedsReason):
        services.cases.update(uuid, draft)
    with services.db.because("当事人姓名录入错误"):
        assert services.cases.update(uuid, draft).draft.facts == "草场边界纠纷（更正）"
    archived = services.lifecycle.archive(uuid, by="主任")  # a move is not a correction
    assert archived.status.value == "archived"


def test_write_sessions_carry_the_signed_in_user_and_the_reason(services: Services) -> None:
    add_staff(services)
    sign_in(services, "wangfang")
    with services.db.write() as session:
        assert session.info == {"actor": "wangfang", "reason": ""}
    with services.db.because("更正"), services.db.write() as session:
        assert session.info["reason"] == "更正"
    with services.db.write(reason="直接") as session:
        assert session.info["reason"] == "直接"
