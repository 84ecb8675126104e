"""`mediation-desk [--db PATH_OR_URL] COMMAND`: the headless face of the same services."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from mediation_desk import __version__
from mediation_desk.cli import commands


def build_parser() -> argparse.ArgumentParser:
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
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in commands.ALL:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `mediation-desk` script; no command starts the GUI."""
    parser = build_parser()
    args = parser.parse_args(argv)
    target = args.db or os.environ.get("MEDIATION_DESK_DB")
    if args.command in (None, "gui"):
        from mediation_desk.app import run_gui

        return run_gui(target)
    handler = args.handler
    return int(handler(args, target))


if __name__ == "__main__":
    sys.exit(main())
