"""Writes generated cases with SQLAlchemy Core executemany, numbering them and assigning ids."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, insert, select, text, update
from sqlmodel import SQLModel

from mediation_desk.db.lifecycle_tables import (
    LIFECYCLE_RECORD_TABLES,
    CaseAgreementRow,
    CaseTransitionRow,
)
from mediation_desk.db.record_tables import RECORD_TABLES, AgreementTermRow
from mediation_desk.db.search_index import BulkIndexing
from mediation_desk.db.tables import (
    AgentRow,
    CaseMediatorRow,
    CaseNumberCounterRow,
    CaseRow,
    CaseSearchRow,
    PartyRow,
    metadata,
)
from mediation_desk.domain.numbering import format_case_no
from mediation_desk.domain.search import join_names, parties_display, search_columns
from mediation_desk.services.demo.bulk import PreparedInsert
from mediation_desk.services.demo.generator import DemoCase
from mediation_desk.services.mapping import agent_values, case_values, party_values

BATCH_SIZE = 5000


def table(model: type[SQLModel]) -> Table:
    """The Core table of a SQLModel class (mypy does not see `__table__`)."""
    return metadata.tables[str(model.__tablename__)]


@dataclass(frozen=True)
class StaffMember:
    """A mediator as the writer needs it: row id and the name shown in the case list."""

    id: int
    name: str


class CaseNumbers:
    """Hands out serials per year after the highest one already used, like `next_serial`."""

    def __init__(self, connection: Connection, committee_id: int) -> None:
        self._committee_id = committee_id
        counter = table(CaseNumberCounterRow)
        rows = connection.execute(
            select(counter.c.year, counter.c.last_serial).where(
                counter.c.committee_id == committee_id
            )
        )
        self._stored: dict[int, int] = {year: serial for year, serial in rows}
        cases = table(CaseRow)
        used = connection.execute(
            select(cases.c.year, func.max(cases.c.serial))
            .where(cases.c.committee_id == committee_id)
            .group_by(cases.c.year)
        )
        self._last = dict(self._stored)
        for year, serial in used:
            # A counter lagging behind the cases (an import that did not raise it) is caught up.
            self._last[year] = max(self._last.get(year, 0), serial)

    def next(self, year: int) -> int:
        serial = self._last.get(year, 0) + 1
        self._last[year] = serial
        return serial

    def save(self, connection: Connection) -> None:
        """Raises the stored counters so the app never hands out a demo case's serial again."""
        counter = table(CaseNumberCounterRow)
        for year, serial in sorted(self._last.items()):
            if year not in self._stored:
                connection.execute(
                    insert(counter).values(
                        committee_id=self._committee_id, year=year, last_serial=serial
                    )
                )
            elif self._stored[year] < serial:
                connection.execute(
                    update(counter)
                    .where(counter.c.committee_id == self._committee_id, counter.c.year == year)
                    .values(last_serial=serial)
                )


class BulkWriter:
    """Inserts cases with their search text, parties, agents and mediators, batch by batch.

    Ids are assigned here (after the current maxima) so child rows need no round trip. The
    list texts come from the same helpers `CaseService` uses, so demo cases list and search
    exactly like registered ones.
    """

    def __init__(
        self,
        connection: Connection,
        *,
        committee_id: int,
        pattern: str,
        short_name: str,
        mediators: Mapping[str, StaffMember],
    ) -> None:
        self._connection = connection
        self._committee_id = committee_id
        self._pattern = pattern
        self._short_name = short_name
        self._mediators = mediators
        self.numbers = CaseNumbers(connection, committee_id)
        self._next_case = self._max_id(CaseRow) + 1
        self._next_party = self._max_id(PartyRow) + 1
        self._next_agent = self._max_id(AgentRow) + 1
        self._next_agreement = self._max_id(CaseAgreementRow) + 1  # terms need their ids
        self._prepared: dict[type[SQLModel], PreparedInsert] = {}
        self._search_index = BulkIndexing(connection)

    def _max_id(self, model: type[SQLModel]) -> int:
        maximum = self._connection.execute(select(func.max(table(model).c.id))).scalar()
        return int(maximum or 0)

    def write(self, cases: Sequence[DemoCase]) -> list[str]:
        """Numbers and inserts `cases` (in received order); returns their case numbers."""
        first_id = self._next_case
        case_rows: list[dict[str, object]] = []
        search_rows: list[dict[str, object]] = []
        party_rows: list[dict[str, object]] = []
        agent_rows: list[dict[str, object]] = []
        link_rows: list[dict[str, object]] = []
        # Parents first: agreement terms after their agreements.
        lifecycle_rows: dict[type[SQLModel], list[dict[str, object]]] = {
            model: [] for model in (CaseTransitionRow, *LIFECYCLE_RECORD_TABLES, *RECORD_TABLES)
        }
        term_rows: list[dict[str, object]] = []
        case_numbers = []
        for case in cases:
            draft = case.draft
            year = draft.received_on.year
            serial = self.numbers.next(year)
            case_no = format_case_no(
                self._pattern, year=year, short_name=self._short_name, serial=serial
            )
            case_numbers.append(case_no)
            case_id = self._next_case
            self._next_case += 1
            staff = [self._mediators[uuid] for uuid in draft.mediator_uuids]
            life = case.lifecycle
            lifecycle_rows[CaseTransitionRow] += [
                {"case_id": case_id, **row} for row in life.transitions
            ]
            for model, rows in life.records.items():
                lifecycle_rows[model] += [{"case_id": case_id, **row} for row in rows]
            if life.records.get(CaseAgreementRow):
                # A demo case has at most one agreement: the terms are its.
                agreement_id = self._next_agreement
                self._next_agreement += 1
                lifecycle_rows[CaseAgreementRow][-1]["id"] = agreement_id
                term_rows += [{"agreement_id": agreement_id, **row} for row in life.terms]
            case_rows.append(
                {
                    "id": case_id,
                    "uuid": case.uuid,
                    "committee_id": self._committee_id,
                    "case_no": case_no,
                    "year": year,
                    "serial": serial,
                    "status": case.status.value,
                    **case_values(draft),
                    "risk_level": life.risk_level,
                    "risk_indicators": life.risk_indicators,
                    "accepted_on": life.accepted_on,
                    "referral_reported_on": life.referral_reported_on,
                    "parties_display": parties_display(draft),
                    "mediators_display": join_names(m.name for m in staff),
                    "created_at": case.created_at,
                    "updated_at": case.updated_at,
                }
            )
            search_rows.append({"case_id": case_id, **search_columns(case_no, draft)})
            for position, member in enumerate(staff):
                link_rows.append(
                    {"case_id": case_id, "mediator_id": member.id, "position": position}
                )
            for position, party in enumerate(draft.parties):
                party_id = self._next_party
                self._next_party += 1
                party_rows.append({"id": party_id, **party_values(party, case_id, position)})
                for agent_position, agent in enumerate(party.agents):
                    agent_rows.append(
                        {"id": self._next_agent, **agent_values(agent, party_id, agent_position)}
                    )
                    self._next_agent += 1
        # Parents before children: foreign keys are checked row by row on SQLite.
        for model, rows in (
            (CaseRow, case_rows),
            (CaseSearchRow, search_rows),
            (PartyRow, party_rows),
            (AgentRow, agent_rows),
            (CaseMediatorRow, link_rows),
        ):
            if rows:
                self._insert(model, rows)
            if model is CaseSearchRow and rows:
                self._search_index.index(first_id, self._next_case - 1)
        lifecycle_rows[AgreementTermRow] = term_rows
        for model, rows in lifecycle_rows.items():
            if rows:
                self._insert(model, rows)
        return case_numbers

    def _insert(self, model: type[SQLModel], rows: list[dict[str, object]]) -> None:
        prepared = self._prepared.get(model)
        if prepared is None:
            prepared = PreparedInsert(self._connection, table(model), list(rows[0]))
            self._prepared[model] = prepared
        prepared.execute(self._connection, rows)

    def finish(self) -> None:
        """Saves the counters and restores the search triggers; on PostgreSQL also moves the id
        sequences past the new rows."""
        self.numbers.save(self._connection)
        self._search_index.finish()
        if self._connection.dialect.name == "postgresql":
            for model in (CaseRow, PartyRow, AgentRow, CaseAgreementRow):
                name = table(model).name
                self._connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"(SELECT max(id) FROM {name}))"
                    )
                )
