"""`mediation-desk demo --cases N [--seed S]`: fill the database with realistic demo cases."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mediation_desk.cli.common import services_for


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="add realistic demo cases (creates a demo committee if there is none)",
        description="Adds demo cases from Ordos: Chinese and Mongolian names, all categories and "
        "sources, dates over the last six years. Numbering continues after existing cases.",
    )
    parser.add_argument("--cases", type=_positive, required=True, metavar="N", help="how many")
    parser.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="random seed (default 1): same seed, same data",
    )
    parser.set_defaults(handler=run)


def _print_progress(done: int, total: int) -> None:
    print(f"\r{done:,} / {total:,}", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace, target: str | None) -> int:
    progress = _print_progress if sys.stderr.isatty() else None
    with services_for(target, writes=True, user=args.user) as services:
        from mediation_desk.domain.access.roles import Action
        from mediation_desk.services.demo import generate_demo  # heavy: only when run

        services.access.require(Action.DEMO)

        report = generate_demo(services.db, cases=args.cases, seed=args.seed, progress=progress)
    if progress is not None:
        print(file=sys.stderr)
    print(
        f"Added {report.cases} demo cases ({report.first_case_no} – {report.last_case_no}) "
        f"in {report.seconds:.1f} s"
    )
    return 0
