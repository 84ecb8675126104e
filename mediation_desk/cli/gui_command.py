"""`mediation-desk gui`: start the desktop application (also the default)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("gui", help="start the desktop application (default)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, target: str | None) -> int:
    from mediation_desk.app import run_gui

    return run_gui(target)
