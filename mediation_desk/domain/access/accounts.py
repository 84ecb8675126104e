"""Checks on what the Users dialog and `mediation-desk users` collect, as issue codes."""

from __future__ import annotations

import re

from mediation_desk.domain.access.roles import Role
from mediation_desk.domain.validation.issues import Issue, error

USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{1,31}")
PASSWORD_MIN = 8
PASSWORD_MAX = 256
DISPLAY_NAME_MAX = 100

ACCOUNT_CODES = frozenset(
    {
        "username.format",
        "username.taken",
        "display_name.required",
        "display_name.too_long",
        "password.too_short",
        "password.too_long",
        "password.mismatch",
        "password.wrong",
        "account.mediator_required",
        "account.mediator_unknown",
        "account.last_director",
        "account.first_director",
    }
)


def validate_username(username: str) -> tuple[Issue, ...]:
    """Latin letters, digits, dot, dash and underscore, 2–32 characters: easy to type at a
    sign-in prompt whatever input method is active (the display name carries the real name)."""
    if USERNAME.fullmatch(username):
        return ()
    return (error("username", "username.format"),)


def validate_display_name(name: str) -> tuple[Issue, ...]:
    if not name.strip():
        return (error("display_name", "display_name.required"),)
    if len(name) > DISPLAY_NAME_MAX:
        return (error("display_name", "display_name.too_long", max=DISPLAY_NAME_MAX),)
    return ()


def validate_password(password: str, repeated: str | None = None) -> tuple[Issue, ...]:
    """At least 8 characters; `repeated`, when given, must be the same."""
    if len(password) < PASSWORD_MIN:
        return (error("password", "password.too_short", min=PASSWORD_MIN),)
    if len(password) > PASSWORD_MAX:
        return (error("password", "password.too_long", max=PASSWORD_MAX),)
    if repeated is not None and repeated != password:
        return (error("password_repeated", "password.mismatch"),)
    return ()


def validate_role_link(role: Role, mediator_uuid: str) -> tuple[Issue, ...]:
    """A mediator account must say which of the committee's mediators it is."""
    if role is Role.MEDIATOR and not mediator_uuid:
        return (error("mediator", "account.mediator_required"),)
    return ()
