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
def services_for(target: str | None, *, writes: bool = False) -> Iterator[Services]:
    """Opens (and migrates) the selected database for one command.

    A command that `writes` takes the database's one-writer lock (refused while the app or
    another command writes it) and refuses a damaged database instead of writing into it.
    """
    from mediation_desk.services.bootstrap import open_services, resolve_target

    url = resolve_target(target, os.environ.get("MEDIATION_DESK_DB"))
    if not writes:
        services = open_services(url)
        try:
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
        yield opened.services
    finally:
        opened.close()


def fail(message: str, code: int = 1) -> int:
    print(f"mediation-desk: {message}", file=sys.stderr)
    return code


def confirmed(question: str) -> bool:
    """Asks a yes/no question on the terminal; anything but y/yes (or no input) is no."""
    print(question, end=" ", flush=True)
    try:
        answer = input()
    except EOFError:
        answer = ""
    return answer.strip().lower() in ("y", "yes")
