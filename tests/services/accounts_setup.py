"""Accounts for role tests: a director, two mediators and a reviewer, hashed cheaply (the real
argon2 parameters take a third of a second per hash; what is tested here is who may do what)."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher

from mediation_desk.domain.access.roles import Account, Role
from mediation_desk.services.accounts import AccountService
from mediation_desk.services.bootstrap import Services

PASSWORD = "correct horse"


def cheap_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)


@dataclass(frozen=True)
class Staff:
    director: Account
    wulji: Account  # mediator 乌力吉 (the first mediator: make_draft assigns him)
    wang: Account  # mediator 王芳
    reviewer: Account


def cheap_accounts(services: Services) -> AccountService:
    """The services' own account service, with the cheap hasher."""
    services.accounts._hasher = cheap_hasher()
    return services.accounts


def add_staff(services: Services) -> Staff:
    """Creates the four accounts (as the director) and leaves nobody signed in."""
    accounts = cheap_accounts(services)
    wulji, wang = services.committee.mediators()[:2]
    director = accounts.add("director", "主任", Role.DIRECTOR, PASSWORD)
    accounts.sign_in("director", PASSWORD)
    staff = Staff(
        director,
        accounts.add("wulji", "乌力吉", Role.MEDIATOR, PASSWORD, mediator_uuid=wulji.uuid),
        accounts.add("wangfang", "王芳", Role.MEDIATOR, PASSWORD, mediator_uuid=wang.uuid),
        accounts.add("sifasuo", "司法所", Role.REVIEWER, PASSWORD),
    )
    accounts.sign_out()
    return staff


def sign_in(services: Services, username: str) -> Account:
    return services.accounts.sign_in(username, PASSWORD)


def closed_case(services: Services) -> str:
    """A case taken through agreement and follow-up to closing, as the system actor."""
    from datetime import date

    from mediation_desk.domain.lifecycle.decisions import (
        AcceptanceDecision,
        NoticeMethod,
        RightsNotice,
    )
    from mediation_desk.domain.lifecycle.outcomes import (
        AgreementForm,
        AgreementRecord,
        PerformanceStatus,
    )
    from mediation_desk.domain.records.models import FollowUpRecord
    from tests.services.conftest import make_draft

    clerk = "王芳"
    life = services.lifecycle
    uuid = services.cases.register(make_draft(services)).uuid
    life.decide(uuid, AcceptanceDecision(True, date(2025, 3, 3), clerk), by=clerk)
    notice = RightsNotice(date(2025, 3, 4), ("王𠈌", "ᠪᠠᠲᠤ"), NoticeMethod.WRITTEN, clerk)
    life.record_rights_notice(uuid, notice)
    life.start_mediation(uuid, by=clerk)
    agreement = AgreementRecord(AgreementForm.WRITTEN, date(2025, 3, 20), date(2025, 3, 21))
    life.record_agreement(uuid, agreement, by=clerk, performance_due=[date(2025, 4, 30)])
    life.start_follow_up(uuid, by=clerk)
    visit = FollowUpRecord(date(2025, 5, 2), clerk, PerformanceStatus.PERFORMED)
    life.record_follow_up(uuid, visit)
    life.close(uuid, by=clerk, reason="履行完毕")
    return uuid
