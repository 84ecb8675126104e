"""Accounts: the first is the director, passwords are hashed, wrong ones make the account wait."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from mediation_desk.db.access_tables import UserRow
from mediation_desk.domain.access.roles import Role
from mediation_desk.services.access import AccessDenied
from mediation_desk.services.accounts import (
    AccountChange,
    AccountService,
    AccountWaiting,
    SignInRefused,
)
from mediation_desk.services.bootstrap import Services
from mediation_desk.services.errors import ValidationFailed
from mediation_desk.services.settings import Settings
from tests.services.accounts_setup import PASSWORD, add_staff, cheap_accounts, cheap_hasher, sign_in


def codes(error: ValidationFailed) -> set[str]:
    return {issue.code for issue in error.issues}


def test_the_first_account_must_be_the_director(services: Services) -> None:
    accounts = cheap_accounts(services)
    with pytest.raises(ValidationFailed) as refused:
        accounts.add("reviewer", "司法所", Role.REVIEWER, PASSWORD)
    assert codes(refused.value) == {"account.first_director"}
    director = accounts.add("director", "主任", Role.DIRECTOR, PASSWORD)
    assert director.role is Role.DIRECTOR and accounts.accounts_exist()


def test_the_password_is_stored_only_as_an_argon2id_hash(services: Services) -> None:
    cheap_accounts(services).add("director", "主任", Role.DIRECTOR, PASSWORD)
    with services.db.read() as session:
        stored = session.exec(select(UserRow.password_hash)).one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_bad_account_input_is_told_at_each_field(services: Services) -> None:
    accounts = cheap_accounts(services)
    with pytest.raises(ValidationFailed) as refused:
        accounts.add("王 芳", " ", Role.DIRECTOR, "short", password_repeated="other")
    assert codes(refused.value) == {
        "username.format",
        "display_name.required",
        "password.too_short",
    }
    add_staff(services)
    sign_in(services, "director")
    with pytest.raises(ValidationFailed) as taken:
        accounts.add("wangfang", "另一个王芳", Role.REVIEWER, PASSWORD)
    assert codes(taken.value) == {"username.taken"}
    with pytest.raises(ValidationFailed) as unlinked:
        accounts.add("batu", "巴图", Role.MEDIATOR, PASSWORD)
    assert codes(unlinked.value) == {"account.mediator_required"}


def test_only_the_director_manages_accounts(services: Services) -> None:
    staff = add_staff(services)
    for username in ("wangfang", "sifasuo"):
        sign_in(services, username)
        with pytest.raises(AccessDenied):
            services.accounts.accounts()
        with pytest.raises(AccessDenied):
            services.accounts.reset_password(staff.director.uuid, "new password 1")
        with pytest.raises(AccessDenied):
            services.accounts.add("eve", "Eve", Role.DIRECTOR, PASSWORD)
    sign_in(services, "director")
    assert [a.username for a in services.accounts.accounts()] == [
        "director",
        "sifasuo",
        "wangfang",
        "wulji",
    ]


def test_the_last_director_cannot_be_switched_off_or_demoted(services: Services) -> None:
    staff = add_staff(services)
    sign_in(services, "director")
    with pytest.raises(ValidationFailed) as refused:
        services.accounts.deactivate(staff.director.uuid)
    assert codes(refused.value) == {"account.last_director"}
    with pytest.raises(ValidationFailed):
        services.accounts.change(staff.director.uuid, AccountChange("主任", Role.REVIEWER))


def test_a_switched_off_account_cannot_sign_in(services: Services) -> None:
    staff = add_staff(services)
    sign_in(services, "director")
    services.accounts.deactivate(staff.wang.uuid)
    with pytest.raises(SignInRefused):
        sign_in(services, "wangfang")


def test_a_reset_password_replaces_the_old_one(services: Services) -> None:
    staff = add_staff(services)
    sign_in(services, "director")
    services.accounts.reset_password(staff.wang.uuid, "a new password")
    with pytest.raises(SignInRefused):
        sign_in(services, "wangfang")
    assert services.accounts.sign_in("wangfang", "a new password").uuid == staff.wang.uuid


def test_changing_ones_own_password_needs_the_current_one(services: Services) -> None:
    add_staff(services)
    sign_in(services, "wangfang")
    with pytest.raises(ValidationFailed) as refused:
        services.accounts.change_own_password("guess", "a new password")
    assert codes(refused.value) == {"password.wrong"}
    services.accounts.change_own_password(PASSWORD, "a new password", "a new password")
    assert services.accounts.sign_in("wangfang", "a new password").username == "wangfang"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 5, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_wrong_passwords_make_the_account_wait_longer_each_time(services: Services) -> None:
    add_staff(services)
    sign_in(services, "director")
    services.settings.save(Settings(failed_sign_in_limit=3))
    clock = Clock()
    accounts = AccountService(services.db, services.access, hasher=cheap_hasher, now=clock)
    for _ in range(2):
        with pytest.raises(SignInRefused) as refused:
            accounts.verify("wangfang", "wrong")
        assert not isinstance(refused.value, AccountWaiting)
    with pytest.raises(AccountWaiting) as third:
        accounts.verify("wangfang", "wrong")
    assert third.value.left == timedelta(seconds=30)
    clock.now += timedelta(seconds=10)
    with pytest.raises(AccountWaiting) as waiting:  # even the right password waits
        accounts.verify("wangfang", PASSWORD)
    assert waiting.value.left == timedelta(seconds=20)
    clock.now += timedelta(seconds=20)
    with pytest.raises(AccountWaiting) as fourth:
        accounts.verify("wangfang", "wrong")
    assert fourth.value.left == timedelta(seconds=60)
    clock.now += timedelta(seconds=60)
    assert accounts.verify("wangfang", PASSWORD).username == "wangfang"
    with services.db.read() as session:
        row = session.exec(select(UserRow).where(UserRow.username == "wangfang")).one()
    assert row.failed_attempts == 0 and row.locked_until is None


def test_an_unknown_username_is_told_like_a_wrong_password(services: Services) -> None:
    add_staff(services)
    with pytest.raises(SignInRefused) as unknown:
        services.accounts.sign_in("nobody", PASSWORD)
    with pytest.raises(SignInRefused) as wrong:
        services.accounts.sign_in("director", "wrong")
    assert str(unknown.value) == str(wrong.value)
