"""`mediation-desk cases`: list cases, as text or one JSON object per line."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from mediation_desk.cli.common import fail, services_for
from mediation_desk.domain.access.roles import Action
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.masking import mask_id_number, mask_phone
from mediation_desk.domain.models import Case
from mediation_desk.domain.search import CaseFilter

if TYPE_CHECKING:
    from mediation_desk.domain.lifecycle.clocks import Deadline

_PAGE = 500


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("cases", help="list cases (newest first)")
    parser.add_argument(
        "--search", default="", help="text in case number, names, ID numbers, facts"
    )
    parser.add_argument(
        "--status", choices=[s.value for s in CaseStatus], help="only cases in this status"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per case and line")
    parser.add_argument(
        "--unmasked",
        action="store_true",
        help="with --json: full ID and phone numbers (committee director only; default masked)",
    )
    parser.set_defaults(handler=run)


def case_json(
    case: Case,
    risk_level: str = "",
    next_deadline: Deadline | None = None,
    *,
    masked: bool = True,
) -> dict[str, object]:
    """The stable JSON face of a case in `cases --json`; ID and phone numbers masked unless
    `masked` is False."""
    draft = case.draft
    id_number = mask_id_number if masked else str
    phone = mask_phone if masked else str
    return {
        "case_no": case.case_no,
        "uuid": case.uuid,
        "status": case.status.value,
        "received_on": draft.received_on.isoformat(),
        "category": draft.category_code,
        "source": draft.source.value,
        "parties": [
            {
                "role": p.role.value,
                "kind": p.kind.value,
                "name": p.name,
                "id_number": id_number(p.id_number),
                "phone": phone(p.phone),
            }
            for p in draft.parties
        ],
        "mediators": list(draft.mediator_uuids),
        "risk_level": risk_level,
        "next_deadline": None
        if next_deadline is None
        else {"kind": next_deadline.kind.value, "due": next_deadline.due.isoformat()},
    }


def run(args: argparse.Namespace, target: str | None) -> int:
    status = CaseStatus(args.status) if args.status else None
    with services_for(target, user=args.user) as services:
        if services.committee.get() is None:
            return fail("this database has no committee yet; start the app to set it up")
        if args.unmasked:
            services.access.require(Action.EXPORT_UNMASKED)
        ids = services.case_list.matching_ids(CaseFilter(text=args.search, status=status))
        risks = services.worklist.risk_levels() if args.json else {}
        next_due = services.worklist.next_deadlines() if args.json else {}
        for start in range(0, len(ids), _PAGE):
            page = ids[start : start + _PAGE]
            if args.json:
                for summary in services.case_list.summaries(page):
                    case = services.cases.get(summary.uuid)
                    found = case_json(
                        case,
                        risks.get(case.uuid, ""),
                        next_due.get(case.uuid),
                        masked=not args.unmasked,
                    )
                    print(json.dumps(found, ensure_ascii=False))
            else:
                for s in services.case_list.summaries(page):
                    print(f"{s.case_no}\t{s.received_on}\t{s.status.value}\t{s.parties}")
    return 0
