"""What an account may do with one case: read it, change it, see its full ID and phone numbers.

A closed or archived case is read-only for everyone; a correction needs a written reason.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from mediation_desk.domain.access.roles import Account, Role
from mediation_desk.domain.enums import CaseStatus

READ_ONLY_STATUSES = frozenset({CaseStatus.CLOSED, CaseStatus.ARCHIVED})


@dataclass(frozen=True)
class CaseAccess:
    """The answer for one account and one case."""

    read: bool
    write: bool  # changes in general; see `needs_reason`
    reveal: bool  # may show the full ID number and phone on demand (the viewing is audited)
    needs_reason: bool = False  # the case is closed or archived: a change is a correction

    @property
    def read_only(self) -> bool:
        return not self.write or self.needs_reason


def is_assigned(account: Account, assigned_mediators: Collection[str]) -> bool:
    return bool(account.mediator_uuid) and account.mediator_uuid in assigned_mediators


def case_access(
    account: Account | None,
    assigned_mediators: Collection[str],
    status: CaseStatus,
    *,
    mediators_read_others: bool,
) -> CaseAccess:
    """Director: everything; mediator: their own cases, colleagues' read-only if the committee
    allows it; reviewer: reads everything, changes nothing and sees numbers masked.

    None is the system actor (no accounts yet), which is treated like the director.
    """
    needs_reason = status in READ_ONLY_STATUSES
    if account is None or (account.active and account.role is Role.DIRECTOR):
        return CaseAccess(read=True, write=True, reveal=True, needs_reason=needs_reason)
    if not account.active:
        return CaseAccess(read=False, write=False, reveal=False)
    if account.role is Role.REVIEWER:
        return CaseAccess(read=True, write=False, reveal=False)
    if is_assigned(account, assigned_mediators):
        return CaseAccess(read=True, write=True, reveal=True, needs_reason=needs_reason)
    return CaseAccess(read=mediators_read_others, write=False, reveal=False)


def sees_only_own_cases(account: Account | None, *, mediators_read_others: bool) -> bool:
    """Whether lists (cases, worklist, exports) must be cut down to the account's own cases."""
    return account is not None and account.role is Role.MEDIATOR and not mediators_read_others
