"""Helpers shared by CLI commands: opening the services, printing errors plainly."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mediation_desk.services.bootstrap import Services

# Command modules import services inside their handlers: `mediation-desk` (the GUI) must start
# without loading SQLAlchemy, so nothing imported at CLI start-up may pull it in.


@contextmanager
def services_for(
    target: str | None, *, writes: bool = False, user: str | None = None, signed_in: bool = True
) -> Iterator[Services]:
    """Opens (and migrates) the selected database for one command, signed in as `user`
    (`signed_in=False`: for commands that read no case, such as `self-test`).

    A command that `writes` takes the database's one-writer lock (refused while the app or
    another command writes it) and refuses a damaged database instead of writing into it.
    """
    from mediation_desk.services.bootstrap import resolve_target

    url = resolve_target(target, os.environ.get("MEDIATION_DESK_DB"))
    if not writes:
        _refuse_missing(url, explicit=bool(target or os.environ.get("MEDIATION_DESK_DB")))
        services = _open_for_reading(url)
        try:
            if signed_in:
                sign_in(services, user)
            yield services
        finally:
            services.close()
        return
    from mediation_desk.services.opening import open_for_writing

    opened = open_for_writing(url, daily_backup=False)
    if opened.network_share:
        print(
            f"mediation-desk: warning: the database is on a network share ({opened.network_share})"
            "; SQLite can lose data there — keep it on this computer's own disk",
            file=sys.stderr,
        )
    try:
        if signed_in:
            sign_in(opened.services, user)
        yield opened.services
    finally:
        opened.close()


def sign_in(services: Services, user: str | None) -> None:
    """Signs the command in: `--user NAME` or MEDIATION_DESK_USER, the password from
    MEDIATION_DESK_PASSWORD or a prompt. A database without accounts needs none: the command
    runs as the system actor (first run, scripts)."""
    from mediation_desk.services.access import AccessDenied

    if not services.access.accounts_exist():
        return
    username = user or os.environ.get("MEDIATION_DESK_USER", "")
    if not username:
        raise AccessDenied(
            "this database has user accounts: give --user NAME (or set MEDIATION_DESK_USER)"
        )
    services.accounts.sign_in(username, password_from_user(f"Password for {username}: "))


def password_from_user(prompt: str, variable: str = "MEDIATION_DESK_PASSWORD") -> str:
    """The password from the environment variable (scripts, tests), else typed at a prompt."""
    import getpass

    given = os.environ.get(variable)
    if given is not None:
        return given
    try:
        return getpass.getpass(prompt)
    except EOFError:  # no terminal and no variable: an empty password, refused as wrong
        return ""


def _refuse_missing(url: str, *, explicit: bool) -> None:
    """A command that only reads does not create a database where --db points at none (a typo
    would otherwise leave an empty database behind); the default database is created."""
    from mediation_desk.db.engine import sqlite_path
    from mediation_desk.services.errors import NotFound

    path = sqlite_path(url)
    if explicit and path is not None and not path.exists():
        raise NotFound(f"there is no database at {path}")


def _open_for_reading(url: str) -> Services:
    """The services, or DatabaseUnusable saying why the file cannot be read (not a database,
    a folder, damaged) — instead of SQLAlchemy's traceback."""
    from sqlalchemy.exc import DatabaseError

    from mediation_desk.db.engine import sqlite_path
    from mediation_desk.db.health import DatabaseUnusable, diagnose
    from mediation_desk.services.bootstrap import open_services

    try:
        return open_services(url)
    except DatabaseError:
        path = sqlite_path(url)
        if path is not None and (problem := diagnose(path)):
            raise DatabaseUnusable(problem) from None
        raise


def fail(message: str, code: int = 1) -> int:
    # An argument that was not UTF-8 comes back as lone surrogates: print them as \udcff.
    text = message.encode("utf-8", "backslashreplace").decode("utf-8")
    print(f"mediation-desk: {text}", file=sys.stderr)
    return code


def confirmed(question: str) -> bool:
    """Asks a yes/no question on the terminal; anything but y/yes (or no input) is no."""
    print(question, end=" ", flush=True)
    try:
        answer = input()
    except EOFError:
        answer = ""
    return answer.strip().lower() in ("y", "yes")
