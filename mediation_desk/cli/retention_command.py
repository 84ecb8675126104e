"""`mediation-desk retention [--delete CASE_NO … --yes]`: archived cases past the retention
period (setting retention_years), and their irreversible deletion."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mediation_desk.cli.common import confirmed, fail, services_for


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "retention", help="list archived cases kept longer than the retention period"
    )
    parser.add_argument(
        "--delete",
        nargs="+",
        metavar="CASE_NO",
        help="delete these expired cases for good (with everything recorded for them)",
    )
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, target: str | None) -> int:
    with services_for(target, writes=bool(args.delete), user=args.user) as services:
        years = services.settings.get().retention_years
        expired = services.retention.expired()
        if not args.delete:
            print(f"Archived cases kept longer than {years} years: {len(expired)}")
            for case in expired:
                print(
                    f"{case.case_no}\tarchived {case.archived_on.isoformat()}\t"
                    f"expired {case.expired_on.isoformat()}\t{case.party_count} parties"
                )
            return 0
        by_number = {case.case_no: case for case in expired}
        unknown = [number for number in args.delete if number not in by_number]
        if unknown:
            return fail(f"not an expired archived case: {', '.join(unknown)}; nothing deleted")
        chosen = [by_number[number] for number in dict.fromkeys(args.delete)]
        question = f"Delete {len(chosen)} case(s) and all their records for good? [y/N]"
        if not args.yes and not confirmed(question):
            print("Nothing was deleted.", file=sys.stderr)
            return 1
        deleted = services.retention.delete([case.uuid for case in chosen])
    print(f"Deleted {deleted} case(s); the audit log records each deletion")
    return 0
