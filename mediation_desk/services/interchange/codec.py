"""Domain objects ↔ the JSON values of the interchange file (one function per direction)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from mediation_desk.domain.enums import (
    AgentKind,
    ApplicationForm,
    CaseSource,
    CaseStatus,
    Gender,
    MediatorKind,
    MediatorSelection,
    PartyKind,
    PartyRole,
)
from mediation_desk.domain.models import Agent, Case, CaseDraft, Committee, Mediator, Party
from mediation_desk.services.interchange.columns import parse_timestamp, timestamp_to_json
from mediation_desk.services.interchange.lifecycle import (
    CaseLifecycle,
    lifecycle_from_json,
    lifecycle_to_json,
)
from mediation_desk.services.interchange.relatives import relatives_from_json
from mediation_desk.services.interchange.schema import FORMAT, VERSION

Json = dict[str, Any]
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class CaseFile:
    """What one interchange document holds, as domain objects.

    `lifecycles` runs parallel to `cases`; a version 1 file has none (an empty tuple): its
    cases keep what the database holds, or start with the defaults. `relatives` runs parallel
    to `mediators` (each mediator's relatives as JSON items); files before version 3 have none,
    and the mediators keep the relatives the database holds.
    """

    committee: Committee
    mediators: tuple[Mediator, ...]
    cases: tuple[Case, ...]
    lifecycles: tuple[CaseLifecycle, ...] = field(default=())
    relatives: tuple[tuple[Json, ...], ...] = field(default=())
    version: int = VERSION

    def lifecycle(self, index: int) -> CaseLifecycle | None:
        return self.lifecycles[index] if self.lifecycles else None

    def relatives_of(self, index: int) -> tuple[Json, ...] | None:
        return self.relatives[index] if self.relatives else None


def document_to_json(content: CaseFile) -> Json:
    """The whole document; key order is fixed so that equal content gives equal bytes."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "committee": committee_to_json(content.committee),
        "mediators": [
            mediator_to_json(m, content.relatives_of(index) or ())
            for index, m in enumerate(content.mediators)
        ],
        "cases": [
            case_to_json(case, content.lifecycle(index) or CaseLifecycle())
            for index, case in enumerate(content.cases)
        ],
    }


def committee_to_json(committee: Committee) -> Json:
    return {
        "uuid": committee.uuid,
        "name": committee.name,
        "short_name": committee.short_name,
        "division_code": committee.division_code,
        "case_no_pattern": committee.case_no_pattern,
        "address": committee.address,
        "phone": committee.phone,
        "seal_text": committee.seal_text,
    }


def mediator_to_json(mediator: Mediator, relatives: Sequence[Json] = ()) -> Json:
    return {
        "uuid": mediator.uuid,
        "name": mediator.name,
        "gender": _code(mediator.gender),
        "ethnicity": mediator.ethnicity,
        "phone": mediator.phone,
        "speaks_mongolian": mediator.speaks_mongolian,
        "speaks_chinese": mediator.speaks_chinese,
        "kind": mediator.kind.value,
        "active": mediator.active,
        "relatives": list(relatives),
    }


def case_to_json(case: Case, lifecycle: CaseLifecycle) -> Json:
    draft = case.draft
    return {
        "uuid": case.uuid,
        "case_no": case.case_no,
        "year": case.year,
        "serial": case.serial,
        "status": case.status.value,
        "received_on": draft.received_on.isoformat(),
        "source": draft.source.value,
        "application_form": _code(draft.application_form),
        "referral_body": draft.referral_body,
        "referral_reference": draft.referral_reference,
        "category": draft.category_code,
        "facts": draft.facts,
        "requests": draft.requests,
        "amount": None if draft.amount is None else format(draft.amount.quantize(_CENT), "f"),
        "people_involved": draft.people_involved,
        "place_division_code": draft.place_division_code,
        "place_detail": draft.place_detail,
        "mediator_selection": draft.mediator_selection.value,
        "mediators": list(draft.mediator_uuids),
        "parties": [_party_to_json(p) for p in draft.parties],
        **lifecycle_to_json(lifecycle),
        "created_at": timestamp_to_json(case.created_at),
        "updated_at": timestamp_to_json(case.updated_at),
    }


def _party_to_json(party: Party) -> Json:
    return {
        "uuid": party.uuid,
        "role": party.role.value,
        "kind": party.kind.value,
        "name": party.name,
        "gender": _code(party.gender),
        "ethnicity": party.ethnicity,
        "birth_date": None if party.birth_date is None else party.birth_date.isoformat(),
        "id_number": party.id_number,
        "occupation": party.occupation,
        "credit_code": party.credit_code,
        "legal_representative": party.legal_representative,
        "representative_title": party.representative_title,
        "phone": party.phone,
        "address": party.address,
        "agents": [_agent_to_json(a) for a in party.agents],
    }


def _agent_to_json(agent: Agent) -> Json:
    return {
        "uuid": agent.uuid,
        "kind": agent.kind.value,
        "name": agent.name,
        "phone": agent.phone,
        "authority": agent.authority,
    }


def _code(value: Gender | ApplicationForm | None) -> str | None:
    return None if value is None else value.value


def document_from_json(document: Json) -> CaseFile:
    """Reads a schema-valid document; raises for the values a schema cannot judge (timestamps)."""
    cases, mediators, version = document["cases"], document["mediators"], document["version"]
    lifecycles: tuple[CaseLifecycle, ...] = ()
    if version >= 2:
        lifecycles = tuple(
            lifecycle_from_json(c, ["cases", i], version) for i, c in enumerate(cases)
        )
    relatives: tuple[tuple[Json, ...], ...] = ()
    if version >= 3:
        relatives = tuple(relatives_from_json(m["relatives"]) for m in mediators)
    return CaseFile(
        committee=Committee(**document["committee"]),
        mediators=tuple(_mediator_from_json(m) for m in mediators),
        cases=tuple(_case_from_json(c, index) for index, c in enumerate(cases)),
        lifecycles=lifecycles,
        relatives=relatives,
        version=version,
    )


def _mediator_from_json(value: Json) -> Mediator:
    return Mediator(
        name=value["name"],
        gender=_gender(value["gender"]),
        ethnicity=value["ethnicity"],
        phone=value["phone"],
        speaks_mongolian=value["speaks_mongolian"],
        speaks_chinese=value["speaks_chinese"],
        kind=MediatorKind(value["kind"]),
        active=value["active"],
        uuid=value["uuid"],
    )


def _case_from_json(value: Json, index: int) -> Case:
    amount = value["amount"]
    form = value["application_form"]
    draft = CaseDraft(
        received_on=date.fromisoformat(value["received_on"]),
        source=CaseSource(value["source"]),
        category_code=value["category"],
        facts=value["facts"],
        requests=value["requests"],
        application_form=None if form is None else ApplicationForm(form),
        referral_body=value["referral_body"],
        referral_reference=value["referral_reference"],
        amount=None if amount is None else Decimal(amount).quantize(_CENT),
        people_involved=_integer(value["people_involved"]),
        place_division_code=value["place_division_code"],
        place_detail=value["place_detail"],
        parties=tuple(_party_from_json(p) for p in value["parties"]),
        mediator_uuids=tuple(value["mediators"]),
        mediator_selection=MediatorSelection(value["mediator_selection"]),
    )
    return Case(
        uuid=value["uuid"],
        case_no=value["case_no"],
        year=int(value["year"]),
        serial=int(value["serial"]),
        status=CaseStatus(value["status"]),
        draft=draft,
        created_at=_timestamp(value["created_at"], ["cases", index, "created_at"]),
        updated_at=_timestamp(value["updated_at"], ["cases", index, "updated_at"]),
    )


def _party_from_json(value: Json) -> Party:
    birth_date = value["birth_date"]
    return Party(
        role=PartyRole(value["role"]),
        kind=PartyKind(value["kind"]),
        name=value["name"],
        gender=_gender(value["gender"]),
        ethnicity=value["ethnicity"],
        birth_date=None if birth_date is None else date.fromisoformat(birth_date),
        id_number=value["id_number"],
        occupation=value["occupation"],
        credit_code=value["credit_code"],
        legal_representative=value["legal_representative"],
        representative_title=value["representative_title"],
        phone=value["phone"],
        address=value["address"],
        agents=tuple(
            Agent(AgentKind(a["kind"]), a["name"], a["phone"], a["authority"], a["uuid"])
            for a in value["agents"]
        ),
        uuid=value["uuid"],
    )


def _integer(number: float | None) -> int | None:
    # JSON Schema counts 3.0 as an integer; the database and the export want 3.
    return None if number is None else int(number)


def _gender(code: str | None) -> Gender | None:
    return None if code is None else Gender(code)


def _timestamp(text: str, path: Sequence[str | int]) -> datetime:
    return parse_timestamp(text, path)
