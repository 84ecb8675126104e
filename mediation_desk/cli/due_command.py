"""`mediation-desk due [--json] [--today DATE]`: what the worklist shows, most urgent first."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING, Any

from mediation_desk.cli.common import fail, services_for

if TYPE_CHECKING:
    from mediation_desk.domain.lifecycle.worklist import WorkItem

# Short English texts for the worklist's message keys (the GUI translates them with Qt).
_DEADLINES = {
    "mediation_period": "one-month mediation period",
    "medical_mediation": "medical mediation limit (30 working days)",
    "labour_mediation": "labour mediation 15 days",
    "court_delegation": "court-delegated mediation 30 days",
    "performance": "agreement performance date",
    "follow_up_visit": "follow-up visit",
    "judicial_confirmation": "judicial confirmation window",
    "referral_feedback": "referral feedback",
}
_OTHERS = {
    "worklist.high_risk": "high-risk case",
    "worklist.escalation_missing": "escalation report missing",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "due", help="list overdue and due-soon deadlines and high-risk cases (the worklist)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per item and line")
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the day to look from (default: today)",
    )
    parser.set_defaults(handler=run)


def message_text(key: str) -> str:
    """A short English text for a worklist message key."""
    if key in _OTHERS:
        return _OTHERS[key]
    _, state, kind = key.split(".", 2)
    what = _DEADLINES.get(kind, kind.replace("_", " "))
    return f"{what}: {'overdue' if state == 'overdue' else 'due soon'}"


def item_json(item: WorkItem) -> dict[str, object]:
    """The stable JSON face of a worklist item in `due --json`."""
    return {
        "case_no": item.case_no,
        "case_uuid": item.case_uuid,
        "kind": item.kind.value,
        "due": item.due.isoformat() if item.due else None,
        "days_left": item.days_left,
        "deadline_kind": item.deadline_kind.value if item.deadline_kind else None,
        "message_key": item.message_key,
        "message": message_text(item.message_key),
        "risk_level": item.risk_level,
    }


def run(args: argparse.Namespace, target: str | None) -> int:
    with services_for(target, user=args.user) as services:
        if services.committee.get() is None:
            return fail("this database has no committee yet; start the app to set it up")
        items = services.worklist.due(args.today or date.today())
    for item in items:
        if args.json:
            print(json.dumps(item_json(item), ensure_ascii=False))
        else:
            due = item.due.isoformat() if item.due else "-"
            text = message_text(item.message_key)
            print(f"{item.case_no}\t{item.kind.value}\t{due}\t{text}\t{item.risk_level}")
    return 0
