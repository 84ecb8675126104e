"""The history as a mediator reads it: each step with the date it was decided on, when known."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.states import Transition


@dataclass(frozen=True)
class HistoryEntry:
    """A recorded move and the date the user entered for it (accepted on, agreement reached on,
    terminated on…); None for moves that take effect when they are recorded."""

    transition: Transition
    decided_on: date | None = None


def dated_history(
    transitions: Sequence[Transition], step_dates: Mapping[CaseStatus, Sequence[date]]
) -> list[HistoryEntry]:
    """Pairs the n-th move into a status with the n-th record of that step (each move writes
    its record in the same transaction); a status with more moves than records gets no dates."""
    seen: dict[CaseStatus, int] = {}
    entries = []
    for transition in transitions:
        target = transition.to_status
        dates = step_dates.get(target, ())
        index = seen.get(target, 0)
        seen[target] = index + 1
        moves = sum(1 for t in transitions if t.to_status is target)
        decided = dates[index] if len(dates) == moves else None
        entries.append(HistoryEntry(transition, decided))
    return entries
