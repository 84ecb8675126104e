"""Recusal (回避): a party asks for a mediator to be replaced; mediators related to a party."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from mediation_desk.domain.validation.dates import check_not_future
from mediation_desk.domain.validation.issues import Issue, error, warning
from mediation_desk.domain.validation.text import NAME_MAX, SHORT_TEXT_MAX, check_text


@dataclass(frozen=True)
class Recusal:
    """A request to replace a mediator and, once decided, who replaced them."""

    mediator_uuid: str
    requested_by: str
    requested_on: date
    reason: str = ""
    replacement_uuid: str = ""
    replaced_on: date | None = None

    @property
    def is_open(self) -> bool:
        """True until the committee has named the replacement (2002 rules: must replace)."""
        return not self.replacement_uuid


def validate_recusal(recusal: Recusal, today: date) -> list[Issue]:
    """Checks one request: who asked, the dates, and that the replacement is someone else."""
    issues = [
        *check_text("requested_by", recusal.requested_by, required=True, max_length=NAME_MAX),
        *check_text("reason", recusal.reason, required=False, max_length=SHORT_TEXT_MAX),
        *check_not_future("requested_on", recusal.requested_on, today),
    ]
    if recusal.replacement_uuid == recusal.mediator_uuid:
        issues.append(error("replacement_uuid", "recusal.same_mediator"))
    if recusal.replacement_uuid and recusal.replaced_on is None:
        issues.append(error("replaced_on", "recusal.replacement_date_required"))
    if recusal.replaced_on is not None:
        if recusal.replaced_on < recusal.requested_on:
            issues.append(error("replaced_on", "recusal.replaced_before_request"))
        issues += check_not_future("replaced_on", recusal.replaced_on, today)
    return issues


def recusal_issues(mediator_uuids: Sequence[str], recusals: Iterable[Recusal]) -> list[Issue]:
    """Mediation cannot start while a request is undecided or a recused mediator is assigned."""
    issues: list[Issue] = []
    for recusal in recusals:
        if recusal.is_open:
            issues.append(error("mediator_uuids", "recusal.open", mediator=recusal.mediator_uuid))
        elif recusal.mediator_uuid in mediator_uuids:
            issues.append(
                error(
                    "mediator_uuids",
                    "recusal.mediator_still_assigned",
                    mediator=recusal.mediator_uuid,
                )
            )
    return issues


@dataclass(frozen=True)
class MediatorRelation:
    """A recorded tie between a mediator and a party (kinship is common in a 嘎查)."""

    mediator_uuid: str
    party: str
    relation: str


def relation_warnings(
    mediator_uuids: Sequence[str], relations: Iterable[MediatorRelation]
) -> list[Issue]:
    """A warning for each assigned mediator recorded as related to a party of the case."""
    return [
        warning(
            "mediator_uuids",
            "mediator.related_to_party",
            mediator=relation.mediator_uuid,
            party=relation.party,
            relation=relation.relation,
        )
        for relation in relations
        if relation.mediator_uuid in mediator_uuids
    ]
