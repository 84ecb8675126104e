"""`mediation-desk users list|add|passwd|deactivate|role`: the director's account tasks."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from mediation_desk.cli.common import fail, password_from_user, services_for
from mediation_desk.domain.access.roles import Action, Role

if TYPE_CHECKING:
    from mediation_desk.services.bootstrap import Services

ROLES = [role.value for role in Role]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "users",
        help="user accounts: list, add, passwd, deactivate, role (committee director)",
        description="The committee director's account tasks. The first account of a database "
        "is its director; new passwords come from $MEDIATION_DESK_NEW_PASSWORD or a prompt.",
    )
    actions = parser.add_subparsers(dest="users_action", metavar="ACTION", required=True)
    actions.add_parser("list", help="every account: username, role, name, active")
    add = actions.add_parser("add", help="add an account")
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--name", default="", help="the name shown in the app (default: USERNAME)")
    add.add_argument("--mediator", default="", help="a mediator account: the mediator's name")
    passwd = actions.add_parser(
        "passwd", help="set a new password (the director for anyone; others for themselves)"
    )
    passwd.add_argument("username", metavar="USERNAME")
    deactivate = actions.add_parser("deactivate", help="switch an account off (it is kept)")
    deactivate.add_argument("username", metavar="USERNAME")
    role = actions.add_parser("role", help="change an account's role")
    role.add_argument("username", metavar="USERNAME")
    role.add_argument("role", choices=ROLES)
    role.add_argument("--mediator", default="", help="for the mediator role: the mediator's name")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, target: str | None) -> int:
    with services_for(target, writes=args.users_action != "list", user=args.user) as services:
        if args.users_action == "list":
            return _list(services)
        if services.committee.get() is None:
            return fail("this database has no committee yet; start the app to set it up")
        if args.users_action == "add":
            return _add(services, args)
        if args.users_action == "passwd":
            return _passwd(services, args.username)
        return _change(services, args)


def _list(services: Services) -> int:
    if not services.accounts.accounts_exist():
        print("No accounts yet: the app and every command run without signing in.")
        return 0
    for account in services.accounts.accounts():
        state = "active" if account.active else "inactive"
        print(f"{account.username}\t{account.role.value}\t{account.display_name}\t{state}")
    return 0


def _mediator_uuid(services: Services, name_or_uuid: str) -> str:
    if not name_or_uuid:
        return ""
    for mediator in services.committee.mediators():
        if name_or_uuid in (mediator.name, mediator.uuid):
            return mediator.uuid
    return name_or_uuid  # refused by the service as an unknown mediator


def _new_password() -> tuple[str, str]:
    variable = "MEDIATION_DESK_NEW_PASSWORD"
    first = password_from_user("New password: ", variable)
    return first, password_from_user("Repeat the new password: ", variable)


def _add(services: Services, args: argparse.Namespace) -> int:
    if services.accounts.accounts_exist():  # refused before asking for a password
        services.access.require(Action.MANAGE_USERS)
    password, repeated = _new_password()
    account = services.accounts.add(
        args.username,
        args.name or args.username,
        Role(args.role),
        password,
        mediator_uuid=_mediator_uuid(services, args.mediator),
        password_repeated=repeated,
    )
    print(f"Added {account.username} ({account.role.value})")
    return 0


def _passwd(services: Services, username: str) -> int:
    account = services.accounts.find(username)
    if services.access.allows(Action.MANAGE_USERS):
        password, repeated = _new_password()
        services.accounts.reset_password(account.uuid, password, repeated)
    else:
        me = services.access.user
        if me is None or me.uuid != account.uuid:
            return fail("only the committee director sets other people's passwords", 2)
        current = password_from_user("Current password: ")
        password, repeated = _new_password()
        services.accounts.change_own_password(current, password, repeated)
    print(f"New password set for {account.username}")
    return 0


def _change(services: Services, args: argparse.Namespace) -> int:
    from mediation_desk.services.accounts import AccountChange

    account = services.accounts.find(args.username)
    if args.users_action == "deactivate":
        services.accounts.deactivate(account.uuid)
        print(f"Switched off {account.username}")
        return 0
    change = AccountChange(
        account.display_name, Role(args.role), _mediator_uuid(services, args.mediator)
    )
    services.accounts.change(account.uuid, change)
    print(f"{account.username} is now {args.role}")
    return 0
