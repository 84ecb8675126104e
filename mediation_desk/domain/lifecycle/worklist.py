"""The "today" worklist: overdue and due-soon deadlines and high-risk cases, most urgent first."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.clocks import (
    DEFAULT_DUE_SOON_DAYS,
    LAPSING_KINDS,
    Deadline,
    DeadlineKind,
    DeadlineStatus,
    status_of,
)
from mediation_desk.domain.lifecycle.risk import RiskScale
from mediation_desk.domain.lifecycle.states import OPEN_STATUSES


class WorkKind(StrEnum):
    """Why an item is on the list; the order here is the order of urgency."""

    ESCALATION_MISSING = "escalation_missing"  # top risk level without an escalation report
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    HIGH_RISK = "high_risk"


URGENCY = {kind: tier for tier, kind in enumerate(WorkKind)}

MESSAGE_KEYS = frozenset(
    {f"worklist.{state}.{kind}" for state in ("overdue", "due_soon") for kind in DeadlineKind}
    | {"worklist.high_risk", "worklist.escalation_missing"}
)


@dataclass(frozen=True)
class WorklistCase:
    """The read-model of one case the worklist needs; deadlines come from `compute_deadlines`."""

    case_uuid: str
    case_no: str
    status: CaseStatus
    risk_level: str = ""
    deadlines: tuple[Deadline, ...] = ()  # incl. follow-ups, confirmation windows, referrals
    escalation_reported: bool = False


@dataclass(frozen=True)
class WorkItem:
    """One line of the worklist, one click from its case."""

    kind: WorkKind
    case_uuid: str
    case_no: str
    message_key: str  # untranslated, see MESSAGE_KEYS
    due: date | None = None
    days_left: int | None = None  # negative when overdue
    deadline_kind: DeadlineKind | None = None
    risk_level: str = ""
    ref: str = ""


def build_worklist(
    cases: Iterable[WorklistCase],
    today: date,
    scale: RiskScale | None = None,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
) -> list[WorkItem]:
    """Today's items of the open cases, most urgent first (then earliest due, higher risk)."""
    items: list[tuple[int, WorkItem]] = []
    for case in cases:
        if case.status not in OPEN_STATUSES:
            continue
        rank = scale.rank_of(case.risk_level) if scale else 0
        found = [*_deadline_items(case, today, due_soon_days), *_risk_items(case, scale)]
        items += [(rank, item) for item in found]
    items.sort(key=_urgency)
    return [item for _, item in items]


def _urgency(ranked: tuple[int, WorkItem]) -> tuple[int, date, int, str, str]:
    rank, item = ranked
    return (URGENCY[item.kind], item.due or date.max, -rank, item.case_no, item.message_key)


def _deadline_items(case: WorklistCase, today: date, due_soon_days: int) -> Iterator[WorkItem]:
    for deadline in case.deadlines:
        state = status_of(deadline, today, due_soon_days)
        if state is DeadlineStatus.OK:
            continue
        if state is DeadlineStatus.OVERDUE and deadline.kind in LAPSING_KINDS:
            continue  # a closed window: nothing left to do
        kind = WorkKind.OVERDUE if state is DeadlineStatus.OVERDUE else WorkKind.DUE_SOON
        yield WorkItem(
            kind=kind,
            case_uuid=case.case_uuid,
            case_no=case.case_no,
            message_key=f"worklist.{state}.{deadline.kind}",
            due=deadline.due,
            days_left=(deadline.due - today).days,
            deadline_kind=deadline.kind,
            risk_level=case.risk_level,
            ref=deadline.ref,
        )


def _risk_items(case: WorklistCase, scale: RiskScale | None) -> Iterator[WorkItem]:
    level = scale.get(case.risk_level) if scale else None
    if level is None:
        return
    if level.requires_escalation and not case.escalation_reported:
        kind = WorkKind.ESCALATION_MISSING
    elif level.on_worklist:
        kind = WorkKind.HIGH_RISK
    else:
        return
    yield WorkItem(
        kind=kind,
        case_uuid=case.case_uuid,
        case_no=case.case_no,
        message_key=f"worklist.{kind}",
        risk_level=level.code,
    )
