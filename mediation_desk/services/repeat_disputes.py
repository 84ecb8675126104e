"""Earlier cases of the same parties (repeat disputes), found through indexes only.

A party with an ID number is looked up in the `party.id_number` index. A party is also looked
up by name in the same village; `party.name` has no index of its own, so the name is first found
in the case search index (one token per character), then checked exactly on those few cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import or_
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from mediation_desk.db.engine import Database
from mediation_desk.db.search_index import term_case_ids
from mediation_desk.db.tables import CaseRow, PartyRow
from mediation_desk.domain.enums import CaseStatus, PartyKind, PartyRole
from mediation_desk.domain.lifecycle.repeat import EarlierCase, is_repeat_party
from mediation_desk.domain.models import Party
from mediation_desk.domain.validation.identity import normalise_id_number
from mediation_desk.services.lifecycle_store import case_row

MAX_CASES = 20  # newest first; more would not help the mediator and only cost time
MAX_ROWS = 200  # party rows read at most (a case has a few parties)


class RepeatDisputeService:
    """Finds the earlier cases in which the parties of a case (or of a draft) appear."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def earlier_cases(
        self,
        parties: Sequence[Party],
        place_division_code: str,
        *,
        received_on: date | None = None,
        exclude_case_uuid: str = "",
    ) -> list[EarlierCase]:
        """Other cases received up to `received_on` with one of `parties`, newest first."""
        with self._db.read() as session:
            return _earlier_cases(
                session, parties, place_division_code, received_on, exclude_case_uuid
            )

    def earlier_cases_of(self, case_uuid: str) -> list[EarlierCase]:
        """The earlier cases of a registered case's parties."""
        with self._db.read() as session:
            row = case_row(session, case_uuid)
            people = session.exec(
                select(PartyRow.name, PartyRow.id_number)
                .where(PartyRow.case_id == row.id)
                .order_by(col(PartyRow.position))
            ).all()
            parties = [_party(name, id_number) for name, id_number in people]
            return _earlier_cases(
                session, parties, row.place_division_code, row.received_on, case_uuid
            )


def _party(name: str, id_number: str) -> Party:
    return Party(PartyRole.APPLICANT, PartyKind.PERSON, name, id_number=id_number)


def _earlier_cases(
    session: Session,
    parties: Sequence[Party],
    place: str,
    received_on: date | None,
    exclude_case_uuid: str,
) -> list[EarlierCase]:
    people = [(p.name.strip(), normalise_id_number(p.id_number)) for p in parties]
    ids = sorted({id_number for _, id_number in people if id_number})
    names = sorted({name for name, _ in people if name}) if place else []
    if not ids and not names:
        return []
    dialect = session.get_bind().dialect.name
    conditions: list[Any] = []
    if ids:
        conditions.append(col(PartyRow.id_number).in_(ids))
    for name in names:
        conditions.append(
            (col(PartyRow.case_id).in_(term_case_ids(name, dialect))) & (col(PartyRow.name) == name)
        )
    query = (
        select_columns(
            col(PartyRow.name),
            col(PartyRow.id_number),
            col(CaseRow.place_division_code),
            col(CaseRow.uuid),
            col(CaseRow.case_no),
            col(CaseRow.received_on),
            col(CaseRow.category_code),
            col(CaseRow.status),
        )
        .join(CaseRow, col(CaseRow.id) == col(PartyRow.case_id))
        .where(or_(*conditions), col(CaseRow.uuid) != exclude_case_uuid)
        .order_by(col(CaseRow.received_on).desc(), col(CaseRow.id).desc())
        .limit(MAX_ROWS)
    )
    if received_on is not None:
        query = query.where(col(CaseRow.received_on) <= received_on)
    found: dict[str, EarlierCase] = {}
    for other_name, other_id, other_place, uuid, case_no, on, category, status in session.execute(
        query
    ):
        party = next(
            (
                name
                for name, id_number in people
                if is_repeat_party(name, id_number, place, other_name, other_id, other_place)
            ),
            None,
        )
        if party is not None and uuid not in found:
            found[uuid] = EarlierCase(uuid, case_no, on, category, CaseStatus(status), party)
        if len(found) >= MAX_CASES:
            break
    return list(found.values())
