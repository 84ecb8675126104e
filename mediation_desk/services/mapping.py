"""Conversions between table rows and domain objects, in one place."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from mediation_desk.db.tables import (
    AgentRow,
    CaseRow,
    CommitteeRow,
    MediatorRow,
    PartyRow,
)
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


def amount_to_fen(amount: Decimal | None) -> int | None:
    return None if amount is None else int((amount * 100).to_integral_value())


def fen_to_amount(fen: int | None) -> Decimal | None:
    return None if fen is None else (Decimal(fen) / 100).quantize(Decimal("0.01"))


def committee_from_row(row: CommitteeRow) -> Committee:
    return Committee(
        name=row.name,
        short_name=row.short_name,
        division_code=row.division_code,
        case_no_pattern=row.case_no_pattern,
        address=row.address,
        phone=row.phone,
        uuid=row.uuid,
        seal_text=row.seal_text,
    )


def committee_values(committee: Committee) -> dict[str, object]:
    """The committee's columns (bookkeeping timestamps excluded)."""
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


def mediator_from_row(row: MediatorRow) -> Mediator:
    return Mediator(
        name=row.name,
        gender=Gender(row.gender) if row.gender else None,
        ethnicity=row.ethnicity,
        phone=row.phone,
        speaks_mongolian=row.speaks_mongolian,
        speaks_chinese=row.speaks_chinese,
        kind=MediatorKind(row.kind),
        active=row.active,
        uuid=row.uuid,
    )


def mediator_values(mediator: Mediator) -> dict[str, object]:
    return {
        "name": mediator.name,
        "gender": mediator.gender.value if mediator.gender else None,
        "ethnicity": mediator.ethnicity,
        "phone": mediator.phone,
        "speaks_mongolian": mediator.speaks_mongolian,
        "speaks_chinese": mediator.speaks_chinese,
        "kind": mediator.kind.value,
        "active": mediator.active,
    }


def party_values(party: Party, case_id: int, position: int) -> dict[str, object]:
    return {
        "uuid": party.uuid,
        "case_id": case_id,
        "position": position,
        "role": party.role.value,
        "kind": party.kind.value,
        "name": party.name,
        "gender": party.gender.value if party.gender else None,
        "ethnicity": party.ethnicity,
        "birth_date": party.birth_date,
        "id_number": party.id_number,
        "occupation": party.occupation,
        "credit_code": party.credit_code,
        "legal_representative": party.legal_representative,
        "representative_title": party.representative_title,
        "phone": party.phone,
        "address": party.address,
    }


def agent_values(agent: Agent, party_id: int, position: int) -> dict[str, object]:
    return {
        "uuid": agent.uuid,
        "party_id": party_id,
        "position": position,
        "kind": agent.kind.value,
        "name": agent.name,
        "phone": agent.phone,
        "authority": agent.authority,
    }


def party_from_row(row: PartyRow, agents: Sequence[AgentRow]) -> Party:
    return Party(
        role=PartyRole(row.role),
        kind=PartyKind(row.kind),
        name=row.name,
        gender=Gender(row.gender) if row.gender else None,
        ethnicity=row.ethnicity,
        birth_date=row.birth_date,
        id_number=row.id_number,
        occupation=row.occupation,
        credit_code=row.credit_code,
        legal_representative=row.legal_representative,
        representative_title=row.representative_title,
        phone=row.phone,
        address=row.address,
        agents=tuple(
            Agent(AgentKind(a.kind), a.name, a.phone, a.authority, a.uuid) for a in agents
        ),
        uuid=row.uuid,
    )


def case_values(draft: CaseDraft) -> dict[str, object]:
    """The case columns a draft determines (number, status and bookkeeping excluded)."""
    return {
        "received_on": draft.received_on,
        "source": draft.source.value,
        "application_form": draft.application_form.value if draft.application_form else None,
        "referral_body": draft.referral_body,
        "referral_reference": draft.referral_reference,
        "category_code": draft.category_code,
        "facts": draft.facts,
        "requests": draft.requests,
        "amount_fen": amount_to_fen(draft.amount),
        "people_involved": draft.people_involved,
        "place_division_code": draft.place_division_code,
        "place_detail": draft.place_detail,
        "mediator_selection": draft.mediator_selection.value,
    }


def case_from_row(row: CaseRow, parties: Sequence[Party], mediator_uuids: Sequence[str]) -> Case:
    draft = CaseDraft(
        received_on=row.received_on,
        source=CaseSource(row.source),
        category_code=row.category_code,
        facts=row.facts,
        requests=row.requests,
        application_form=ApplicationForm(row.application_form) if row.application_form else None,
        referral_body=row.referral_body,
        referral_reference=row.referral_reference,
        amount=fen_to_amount(row.amount_fen),
        people_involved=row.people_involved,
        place_division_code=row.place_division_code,
        place_detail=row.place_detail,
        parties=tuple(parties),
        mediator_uuids=tuple(mediator_uuids),
        mediator_selection=MediatorSelection(row.mediator_selection),
    )
    return Case(
        uuid=row.uuid,
        case_no=row.case_no,
        year=row.year,
        serial=row.serial,
        status=CaseStatus(row.status),
        draft=draft,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
