"""The particulars of a party as the forms print them: a person or an organisation."""

from __future__ import annotations

from collections.abc import Mapping

from mediation_desk.documents.model import Field, FieldLine
from mediation_desk.documents.sources import CaseDocumentSource, age_on
from mediation_desk.domain.enums import PartyKind
from mediation_desk.domain.models import Party


def party_lines(
    source: CaseDocumentSource,
    party: Party,
    heading: str,
    common: Mapping[str, str],
    indent: int,
) -> tuple[FieldLine, ...]:
    """Three field lines for one party; the heading (申请人 …) starts the first, `indent` wide."""
    if party.kind is PartyKind.ORGANISATION:
        rows: tuple[tuple[Field, ...], ...] = (
            (Field(common["org_name"], party.name),),
            (Field(common["org_address"], party.address),),
            (
                Field(common["representative"], party.legal_representative),
                Field(common["representative_title"], party.representative_title),
                Field(common["phone"], party.phone),
            ),
        )
    else:
        age = age_on(party.birth_date, source.received_on)
        rows = (
            (
                Field(common["name"], party.name),
                Field(common["gender"], common[f"gender.{party.gender}"] if party.gender else ""),
                Field(common["ethnicity"], source.ethnicity_name(party.ethnicity)),
                Field(common["age"], "" if age is None else common["age_value"].format(age=age)),
            ),
            (Field(common["occupation"], party.occupation), Field(common["phone"], party.phone)),
            (Field(common["address"], party.address),),
        )
    return tuple(
        FieldLine(fields, heading=heading if index == 0 else "", indent_chars=indent)
        for index, fields in enumerate(rows)
    )


def party_names(parties: tuple[Party, ...], common: Mapping[str, str]) -> str:
    """王𠈌、ᠪᠠᠲᠤ: the names joined as Chinese lists join them."""
    return common["list_separator"].join(party.name for party in parties)
