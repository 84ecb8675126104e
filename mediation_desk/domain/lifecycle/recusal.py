"""Recusal (回避): a party asks for a mediator to be replaced; mediators related to a party."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from mediation_desk.domain.models import Mediator, Party
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


def check_recusal_mediators(
    recusal: Recusal, assigned: Collection[str], active: Collection[str]
) -> list[Issue]:
    """The recused mediator must be assigned to the case; the replacement must be an active
    mediator not assigned yet."""
    issues: list[Issue] = []
    if recusal.mediator_uuid not in assigned:
        issues.append(error("mediator_uuid", "recusal.mediator_not_assigned"))
    replacement = recusal.replacement_uuid
    unavailable = replacement not in active or replacement in assigned
    if replacement and replacement != recusal.mediator_uuid and unavailable:
        issues.append(error("replacement_uuid", "recusal.replacement_unavailable"))
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
    mediator_name: str = ""


def is_same_person(name: str, id_number: str, other_name: str, other_id_number: str) -> bool:
    """By ID number when both have one, else by the exact name (two 巴图 are not told apart)."""
    if id_number.strip() and other_id_number.strip():
        return id_number.strip().upper() == other_id_number.strip().upper()
    return bool(name.strip()) and name.strip() == other_name.strip()


def find_relations(
    mediators: Iterable[Mediator], mediator_uuids: Sequence[str], parties: Iterable[Party]
) -> list[MediatorRelation]:
    """The parties that an assigned mediator lists among their relatives, in assignment order."""
    by_uuid = {mediator.uuid: mediator for mediator in mediators}
    people = [party for party in parties if party.name.strip()]
    return [
        MediatorRelation(uuid, party.name, relative.relation, by_uuid[uuid].name)
        for uuid in mediator_uuids
        if uuid in by_uuid
        for relative in by_uuid[uuid].relatives
        for party in people
        if is_same_person(relative.name, relative.id_number, party.name, party.id_number)
    ]


def relation_warnings(
    mediator_uuids: Sequence[str], relations: Iterable[MediatorRelation]
) -> list[Issue]:
    """A warning for each assigned mediator recorded as related to a party of the case."""
    return [
        warning(
            "mediator_uuids",
            "mediator.related_to_party",
            mediator=relation.mediator_uuid,
            mediator_name=relation.mediator_name,
            party=relation.party,
            relation=relation.relation,
        )
        for relation in relations
        if relation.mediator_uuid in mediator_uuids
    ]
