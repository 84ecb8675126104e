"""`mediation-desk audit [--case CASE_NO] [--verify]`: list the audit log, verify its chain."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from mediation_desk.cli.common import fail, services_for

if TYPE_CHECKING:
    from mediation_desk.services.audit import AuditEntry

VALUE_WIDTH = 60  # long texts (facts, statements) are shortened in the listing


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "audit", help="list the audit log (newest first): who changed or viewed what, when"
    )
    parser.add_argument("--case", metavar="CASE_NO", help="only the entries of this case")
    parser.add_argument("--limit", type=int, default=200, help="at most this many (0: all)")
    parser.add_argument(
        "--verify", action="store_true", help="check the hash chain; exit 1 at a broken link"
    )
    parser.set_defaults(handler=run)


def _value(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text.replace("\n", " ")
    return text if len(text) <= VALUE_WIDTH else text[: VALUE_WIDTH - 1] + "…"


def _change(name: str, old: Any, new: Any) -> str:
    if old is None:  # added, or what a summary entry reports
        return f"{name}={_value(new)}"
    if new is None:  # deleted
        return f"{name} was {_value(old)}"
    return f"{name}: {_value(old)} → {_value(new)}"


def entry_line(entry: AuditEntry) -> str:
    """One entry on one line: number, local time, who, what, then `field: old → new`."""
    changes = "; ".join(_change(name, old, new) for name, (old, new) in entry.fields.items())
    reason = f"\treason: {entry.reason}" if entry.reason else ""
    taken = entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return f"{entry.id}\t{taken}\t{entry.actor}\t{entry.action}\t{entry.entity}\t{changes}{reason}"


def run(args: argparse.Namespace, target: str | None) -> int:
    from mediation_desk.domain.access.roles import Action

    with services_for(target, user=args.user) as services:
        services.access.require(Action.VIEW_AUDIT_LOG)  # director and reviewer (with accounts)
        if args.verify:
            report = services.audit.verify()
            if report.problem is not None:
                return fail(
                    f"audit log broken at entry {report.problem.entry_id}: {report.problem.what}"
                )
            print(f"audit log: {report.entries} entries, chain intact")
            return 0
        case_uuid = None
        if args.case:
            case_uuid = services.audit.case_uuid_of(args.case)
            if case_uuid is None:
                return fail(f"{args.case}: no such case in this database or its audit log")
        entries = services.audit.entries(case_uuid=case_uuid, limit=args.limit or None)
        for entry in entries:
            print(entry_line(entry))
    return 0
