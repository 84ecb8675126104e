"""Who may read and change a case, and what each role may do to the committee as a whole."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mediation_desk.domain.access.case_rules import case_access, sees_only_own_cases
from mediation_desk.domain.access.roles import Account, Action, Role, may
from mediation_desk.domain.access.sign_in import wait_after_failures, wait_in_words
from mediation_desk.domain.enums import CaseStatus

WANG = Account("u1", "wangfang", "王芳", Role.MEDIATOR, mediator_uuid="m-wang")
DIRECTOR = Account("u2", "director", "乌力吉", Role.DIRECTOR)
REVIEWER = Account("u3", "sifasuo", "司法所", Role.REVIEWER)
OPEN = CaseStatus.IN_MEDIATION


def test_a_mediator_changes_their_own_case_and_only_reads_a_colleagues() -> None:
    own = case_access(WANG, ["m-wang"], OPEN, mediators_read_others=True)
    other = case_access(WANG, ["m-batu"], OPEN, mediators_read_others=True)
    assert (own.read, own.write, own.reveal) == (True, True, True)
    assert (other.read, other.write, other.reveal) == (True, False, False)


def test_a_mediator_cannot_open_a_colleagues_case_when_the_committee_says_so() -> None:
    other = case_access(WANG, ["m-batu"], OPEN, mediators_read_others=False)
    assert not other.read and not other.write
    assert sees_only_own_cases(WANG, mediators_read_others=False)
    assert not sees_only_own_cases(DIRECTOR, mediators_read_others=False)


def test_a_reviewer_reads_everything_changes_nothing_and_sees_numbers_masked() -> None:
    access = case_access(REVIEWER, [], OPEN, mediators_read_others=False)
    assert (access.read, access.write, access.reveal) == (True, False, False)
    reads = (Action.EXPORT, Action.VIEW_STATISTICS, Action.VIEW_AUDIT_LOG)
    assert not any(may(REVIEWER, a) for a in Action if a not in reads)


@pytest.mark.parametrize("status", [CaseStatus.CLOSED, CaseStatus.ARCHIVED])
def test_a_closed_or_archived_case_is_read_only_until_a_reason_is_given(status: CaseStatus) -> None:
    access = case_access(DIRECTOR, [], status, mediators_read_others=True)
    assert access.needs_reason and access.read_only
    assert case_access(WANG, ["m-wang"], status, mediators_read_others=True).needs_reason


def test_an_inactive_account_may_do_nothing() -> None:
    gone = Account("u4", "old", "旧", Role.DIRECTOR, active=False)
    assert not case_access(gone, [], OPEN, mediators_read_others=True).read
    assert not may(gone, Action.MANAGE_USERS)


def test_only_the_director_manages_users_settings_imports_and_restores() -> None:
    for action in (Action.MANAGE_USERS, Action.CHANGE_SETTINGS, Action.IMPORT, Action.RESTORE):
        assert may(DIRECTOR, action) and not may(WANG, action) and not may(REVIEWER, action)
    assert may(WANG, Action.REGISTER_CASE) and may(None, Action.RESTORE)


def test_the_wait_starts_at_the_limit_doubles_and_is_capped() -> None:
    waits = [wait_after_failures(n, 3).total_seconds() for n in range(1, 10)]
    assert waits == [0, 0, 30, 60, 120, 240, 480, 900, 900]
    assert wait_after_failures(100, 0) == timedelta(0)  # back-off switched off


def test_time_left_is_rounded_up_to_whole_seconds() -> None:
    assert wait_in_words(timedelta(seconds=89.2)) == (1, 30)
    assert wait_in_words(timedelta(seconds=0.1)) == (0, 1)
