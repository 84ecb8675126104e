"""The three roles of a local account and the committee-wide actions each may take."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """Stable codes stored in `app_user.role`: never rename one."""

    MEDIATOR = "mediator"  # 调解员: their own cases; colleagues' read-only per the setting
    DIRECTOR = "director"  # 调委会主任: every case of the committee, settings and accounts
    REVIEWER = "reviewer"  # 司法所: reads everything and the statistics, never writes


class Action(StrEnum):
    """Things done to the committee as a whole rather than to one case."""

    REGISTER_CASE = "register_case"
    EDIT_COMMITTEE = "edit_committee"
    CHANGE_SETTINGS = "change_settings"
    MANAGE_USERS = "manage_users"
    IMPORT = "import"
    RESTORE = "restore"
    DEMO = "demo"
    EXPORT = "export"  # masked: ID and phone numbers shortened
    EXPORT_UNMASKED = "export_unmasked"
    VIEW_STATISTICS = "view_statistics"
    DELETE_EXPIRED = "delete_expired"  # retention: archived cases past their time, for good
    VIEW_AUDIT_LOG = "view_audit_log"  # the whole log, every case


_ALLOWED: dict[Role, frozenset[Action]] = {
    Role.DIRECTOR: frozenset(Action),
    Role.MEDIATOR: frozenset({Action.REGISTER_CASE}),
    Role.REVIEWER: frozenset({Action.EXPORT, Action.VIEW_STATISTICS, Action.VIEW_AUDIT_LOG}),
}


@dataclass(frozen=True)
class Account:
    """A local user account as the services hand it out (never with its password hash)."""

    uuid: str
    username: str
    display_name: str
    role: Role
    mediator_uuid: str = ""  # a mediator account is this mediator of the committee
    active: bool = True


def may(account: Account | None, action: Action) -> bool:
    """Whether the account may take the action; None is the system actor of a database
    without accounts (first run, scripts), which may do everything."""
    if account is None:
        return True
    return account.active and action in _ALLOWED[account.role]
