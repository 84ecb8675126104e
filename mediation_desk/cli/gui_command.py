"""`mediation-desk gui`: start the desktop application (also the default)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    subparsers.add_parser("gui", help="start the desktop application (default)")


def run(args: argparse.Namespace, target: str | None) -> int:  # pragma: no cover - via main()
    from mediation_desk.app import run_gui

    return run_gui(target)
