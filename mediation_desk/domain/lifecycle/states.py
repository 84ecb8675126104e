"""The case state machine over CaseStatus: which moves exist, what they need, and applying one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.common import LifecycleError, local_date, require_utc
from mediation_desk.domain.lifecycle.transition_rules import TransitionContext, target_issues
from mediation_desk.domain.validation.issues import Issue, error, has_errors

__all__ = [
    "GRAPH",
    "OPEN_STATUSES",
    "IllegalTransition",
    "Transition",
    "TransitionContext",
    "TransitionResult",
    "allowed_transitions",
    "apply",
    "available_targets",
    "check_transition",
    "detail_codes",
    "replay",
]

S = CaseStatus

# registered → accepted / declined → in mediation (or diverted) → agreement / terminated →
# follow-up → closed → archived; a diverted case waits for the receiving body's report.
GRAPH: Mapping[CaseStatus, frozenset[CaseStatus]] = {
    S.REGISTERED: frozenset({S.ACCEPTED, S.DECLINED, S.DIVERTED, S.TERMINATED}),
    S.ACCEPTED: frozenset({S.IN_MEDIATION, S.DIVERTED, S.TERMINATED}),
    S.DECLINED: frozenset({S.ARCHIVED}),
    S.IN_MEDIATION: frozenset({S.AGREEMENT, S.TERMINATED, S.DIVERTED}),
    S.DIVERTED: frozenset({S.CLOSED, S.ACCEPTED}),
    S.AGREEMENT: frozenset({S.FOLLOW_UP, S.CLOSED, S.IN_MEDIATION}),
    S.TERMINATED: frozenset({S.CLOSED}),
    S.FOLLOW_UP: frozenset({S.CLOSED, S.IN_MEDIATION}),
    S.CLOSED: frozenset({S.ARCHIVED}),
    S.ARCHIVED: frozenset(),
}

# Statuses whose case is still being worked on (the worklist looks at these).
OPEN_STATUSES = frozenset(S) - {S.DECLINED, S.CLOSED, S.ARCHIVED}


class IllegalTransition(LifecycleError):
    """A move that the graph forbids or whose requirements are not met."""


@dataclass(frozen=True)
class Transition:
    """One recorded move: from, to, when (aware UTC), by whom, why, and detail codes."""

    from_status: CaseStatus
    to_status: CaseStatus
    at: datetime
    by: str  # the user's or mediator's name or id
    reason: str = ""
    codes: tuple[str, ...] = ()  # e.g. ("termination.failed", "channel.civil_litigation")

    def __post_init__(self) -> None:
        require_utc(self.at)
        if not self.by.strip():
            raise ValueError("a transition records who made it")


@dataclass(frozen=True)
class TransitionResult:
    """What `apply` returns: the new status, the record to store, and warnings to show."""

    status: CaseStatus
    transition: Transition
    warnings: tuple[Issue, ...] = ()


def allowed_transitions(status: CaseStatus) -> frozenset[CaseStatus]:
    """The statuses the graph allows from `status` (requirements not checked)."""
    return GRAPH[status]


def check_transition(
    current: CaseStatus, target: CaseStatus, context: TransitionContext, at: datetime
) -> list[Issue]:
    """Every finding about moving now; errors block the move, warnings are shown."""
    require_utc(at)
    if target not in GRAPH[current]:
        return [error("status", "transition.not_allowed", current=current, target=target)]
    issues: list[Issue] = []
    if context.last_transition_at is not None and at < context.last_transition_at:
        issues.append(error("at", "transition.before_previous"))
    return issues + target_issues(current, target, context, local_date(at))


def available_targets(
    current: CaseStatus, context: TransitionContext, at: datetime
) -> dict[CaseStatus, list[Issue]]:
    """Each target the graph allows with its findings, for enabling buttons and explaining why."""
    return {
        target: check_transition(current, target, context, at) for target in sorted(GRAPH[current])
    }


def apply(
    current: CaseStatus,
    target: CaseStatus,
    context: TransitionContext,
    *,
    at: datetime,
    by: str,
    reason: str = "",
) -> TransitionResult:
    """Makes the move or raises IllegalTransition carrying the blocking issues."""
    issues = check_transition(current, target, context, at)
    if has_errors(issues):
        raise IllegalTransition(f"cannot move a case from {current} to {target}", issues)
    transition = Transition(current, target, at, by, reason, detail_codes(current, target, context))
    return TransitionResult(target, transition, tuple(issues))


def detail_codes(
    current: CaseStatus, target: CaseStatus, context: TransitionContext
) -> tuple[str, ...]:
    """Codes stored with a transition so history and statistics need not re-read the facts."""
    decision, termination, diversion = context.decision, context.termination, context.diversion
    if target is S.DECLINED and decision is not None:
        channels = tuple(f"channel.{code}" for code in sorted(decision.channels_told))
        return (f"decline.{decision.reason_code}", *channels)
    if target is S.AGREEMENT and context.agreement is not None:
        return (f"agreement.{context.agreement.form}",)
    if target is S.TERMINATED and termination is not None:
        channels = tuple(f"channel.{code}" for code in sorted(termination.channels_explained))
        return (f"termination.{termination.reason}", *channels)
    if target is S.DIVERTED and diversion is not None:
        return (f"channel.{diversion.channel_code}",)
    if target is S.IN_MEDIATION and current in (S.AGREEMENT, S.FOLLOW_UP):
        return ("remediation",)
    return ()


def replay(history: Sequence[Transition]) -> CaseStatus:
    """The status a recorded history leads to; raises LifecycleError if it is not a valid path."""
    status = S.REGISTERED
    previous: datetime | None = None
    for index, transition in enumerate(history):
        where = f"history[{index}]"
        if transition.from_status is not status:
            raise LifecycleError(f"{where} starts from the wrong status", [_broken(where)])
        if transition.to_status not in GRAPH[status]:
            raise LifecycleError(f"{where} is not an allowed move", [_broken(where)])
        if previous is not None and transition.at < previous:
            raise LifecycleError(f"{where} is earlier than the move before it", [_broken(where)])
        status, previous = transition.to_status, transition.at
    return status


def _broken(where: str) -> Issue:
    return error(where, "history.broken")
