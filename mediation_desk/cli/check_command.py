"""`mediation-desk check`: integrity, foreign keys and schema revision; exit 0 when all pass."""

from __future__ import annotations

import argparse
import os
from typing import Any

from mediation_desk.cli.common import fail


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check", help="check the database file (integrity, references, schema); changes nothing"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, target: str | None) -> int:
    from mediation_desk.db.engine import sqlite_path
    from mediation_desk.services.bootstrap import resolve_target
    from mediation_desk.services.checks import run_checks

    path = sqlite_path(resolve_target(target, os.environ.get("MEDIATION_DESK_DB")))
    if path is None:
        return fail("check works on SQLite database files only")
    if not path.exists():
        return fail(f"{path}: no such database file")
    results = run_checks(path)
    print(f"database: {path}")
    for result in results:
        print(f"{result.name}: {result.summary}")
        for detail in result.details:
            print(f"  {detail}")
    passed = all(result.ok for result in results)
    print("check passed" if passed else "check FAILED")
    return 0 if passed else 1
