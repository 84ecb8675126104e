"""`mediation-desk [--db PATH_OR_URL] COMMAND`: the headless face of the same services."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from mediation_desk import __version__


def _gui_requested(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Recognises a plain GUI start without importing every command (start-up speed)."""
    db: str | None = None
    rest = list(argv)
    while rest and rest[0].startswith("--db"):
        option = rest.pop(0)
        if option == "--db" and rest:
            db = rest.pop(0)
        elif option.startswith("--db="):
            db = option.removeprefix("--db=")
        else:
            return False, None
    return rest in ([], ["gui"]), db


def build_parser() -> argparse.ArgumentParser:
    from mediation_desk.cli import commands

    parser = argparse.ArgumentParser(
        prog="mediation-desk",
        description="Mediation Desk (调解台): case management for people's mediation committees.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or URL (default: $MEDIATION_DESK_DB, else the user's database)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="sign in as NAME (default: $MEDIATION_DESK_USER; password from "
        "$MEDIATION_DESK_PASSWORD or a prompt); not needed while the database has no accounts",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in commands.ALL:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `mediation-desk` script; no command starts the GUI."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    is_gui, db = _gui_requested(arguments)
    if is_gui:
        from mediation_desk.app import run_gui

        return run_gui(db or os.environ.get("MEDIATION_DESK_DB"))
    parser = build_parser()
    args = parser.parse_args(arguments)
    target = args.db or os.environ.get("MEDIATION_DESK_DB")
    if args.command is None:
        from mediation_desk.app import run_gui

        return run_gui(target)
    try:
        return int(args.handler(args, target))
    except BrokenPipeError:
        # The reader went away (`mediation-desk cases | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        # Errors the user can act on are explained in one line; anything else is a bug: re-raise.
        from mediation_desk.db.health import DatabaseUnusable
        from mediation_desk.db.instance_lock import DatabaseInUse
        from mediation_desk.db.migrate import DatabaseTooNewError
        from mediation_desk.services.errors import ServiceError

        if isinstance(error, DatabaseTooNewError | DatabaseInUse | DatabaseUnusable | ServiceError):
            from mediation_desk.cli.common import fail

            return fail(str(error), 2)
        raise


if __name__ == "__main__":
    sys.exit(main())
