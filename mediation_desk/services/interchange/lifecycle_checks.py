"""What an import checks in a version 2 lifecycle: the history replays, the codes are known."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.common import LifecycleError
from mediation_desk.domain.lifecycle.states import Transition, replay
from mediation_desk.services.interchange.codec import CaseFile
from mediation_desk.services.interchange.columns import Json
from mediation_desk.services.interchange.errors import InterchangeError
from mediation_desk.services.interchange.lifecycle import CaseLifecycle
from mediation_desk.services.interchange.paths import json_path
from mediation_desk.services.lifecycle_reference import (
    LifecycleReference,
    load_lifecycle_reference,
)

Path = list[str | int]
# Record kind → its keys holding one channel code or a list of them.
_CHANNEL_KEYS = {
    "decisions": ("channels_told",),
    "diversions": ("channel_code",),
    "terminations": ("channels_explained",),
    "follow_ups": ("channels_explained",),
}


def check_lifecycles(
    content: CaseFile, indexes: Iterable[int], reference: LifecycleReference | None = None
) -> None:
    """Raises for the first lifecycle (of the cases at `indexes`) the rules cannot accept.

    An empty history is allowed: a case registered before histories were kept has none.
    """
    if not content.lifecycles:
        return
    reference = reference or load_lifecycle_reference()
    levels = {level.code for level in reference.risk_scale.levels}
    channels = set(reference.channels.codes)
    for index in indexes:
        lifecycle = content.lifecycles[index]
        path: Path = ["cases", index]
        _known(lifecycle.risk_level, levels, [*path, "risk_level"], "risk level")
        for number, item in enumerate(lifecycle.items("escalations")):
            _known(item["level"], levels, [*path, "escalations", number, "level"], "risk level")
        for number, item in enumerate(lifecycle.items("decisions")):
            if item["reason_code"]:
                where = [*path, "decisions", number, "reason_code"]
                _known(item["reason_code"], set(reference.decline_reasons), where, "reason")
        for key, fields in _CHANNEL_KEYS.items():
            for number, item in enumerate(lifecycle.items(key)):
                for name in fields:
                    _channels(item[name], channels, [*path, key, number, name])
        _check_history(lifecycle, content.cases[index].status, path)


def _known(code: str, known: Collection[str], path: Path, what: str) -> None:
    if code not in known:
        raise InterchangeError(json_path(path), f"unknown {what} {code!r} (not in this database)")


def _channels(value: str | list[str], known: Collection[str], path: Path) -> None:
    codes = [value] if isinstance(value, str) else value
    for number, code in enumerate(codes):
        where = path if isinstance(value, str) else [*path, number]
        _known(code, known, where, "channel")


def _check_history(lifecycle: CaseLifecycle, status: CaseStatus, path: Path) -> None:
    items = lifecycle.items("history")
    if not items:
        return
    history = [_transition(item, [*path, "history", n]) for n, item in enumerate(items)]
    try:
        reached = replay(history)
    except LifecycleError as broken:
        where = broken.issues[0].field if broken.issues else "history"
        raise InterchangeError(
            f"{json_path(path)}.{where}",
            f"the state history is not a path of the state machine: {broken}",
        ) from None
    if reached is not status:
        raise InterchangeError(
            json_path([*path, "status"]),
            f"the history leads to {reached.value!r}, not to {status.value!r}",
        )
    accepted = [t for t in history if t.to_status is CaseStatus.ACCEPTED]
    if lifecycle.accepted_on is not None and not accepted:
        raise InterchangeError(
            json_path([*path, "accepted_on"]), "an accepted_on date without an acceptance"
        )


def _transition(item: Json, path: Path) -> Transition:
    try:
        return Transition(
            CaseStatus(item["from_status"]),
            CaseStatus(item["to_status"]),
            datetime.fromisoformat(item["at"]),
            item["by"],
            item["reason"],
            tuple(item["codes"]),
        )
    except ValueError:
        raise InterchangeError(
            json_path([*path, "by"]), "a transition records who made it"
        ) from None
