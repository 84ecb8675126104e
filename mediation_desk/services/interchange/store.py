"""The database side of an import: what is stored already, and the bulk writes of one import."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, update
from sqlmodel import Session, col, select

from mediation_desk.db.search_index import BulkIndexing
from mediation_desk.db.tables import (
    AgentRow,
    CaseMediatorRow,
    CaseRow,
    CaseSearchRow,
    CategoryRow,
    CommitteeRow,
    EthnicityRow,
    MediatorRow,
    PartyRow,
)
from mediation_desk.db.types import utc_now
from mediation_desk.domain.models import Case, Committee, Mediator
from mediation_desk.domain.search import join_names, parties_display, search_columns
from mediation_desk.services.cases import raise_counter
from mediation_desk.services.interchange.checks import StoredState
from mediation_desk.services.interchange.codec import CaseFile
from mediation_desk.services.interchange.lifecycle import (
    CaseLifecycle,
    case_columns,
    replace_records,
)
from mediation_desk.services.interchange.loading import chunked, table
from mediation_desk.services.interchange.relatives import Json, replace_relatives
from mediation_desk.services.mapping import (
    agent_values,
    case_values,
    committee_values,
    mediator_from_row,
    mediator_values,
    party_values,
)


@dataclass(frozen=True)
class WriteCounts:
    """How many cases and mediators an import created, updated or left as they were."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    mediators_created: int = 0
    mediators_updated: int = 0


_CASE = table(CaseRow.__tablename__)
_PARTY = table(PartyRow.__tablename__)
_AGENT = table(AgentRow.__tablename__)
_CASE_MEDIATOR = table(CaseMediatorRow.__tablename__)
_SEARCH = table(CaseSearchRow.__tablename__)


def read_state(session: Session, content: CaseFile) -> StoredState:
    """Reference codes, mediators, case numbers and the owners of the file's party/agent uuids."""
    numbers = {
        uuid: (case_no, f"{year}.{serial}")
        for uuid, case_no, year, serial in session.exec(
            select(CaseRow.uuid, CaseRow.case_no, CaseRow.year, CaseRow.serial)
        )
    }
    party_uuids = [p.uuid for c in content.cases for p in c.draft.parties]
    agent_uuids = [a.uuid for c in content.cases for p in c.draft.parties for a in p.agents]
    party_cases: dict[str, str] = {}
    for chunk in chunked(party_uuids):
        query = (
            select(PartyRow.uuid, CaseRow.uuid)
            .join(CaseRow, col(CaseRow.id) == col(PartyRow.case_id))
            .where(col(PartyRow.uuid).in_(chunk))
        )
        party_cases.update(session.exec(query).all())
    agent_parties: dict[str, str] = {}
    for chunk in chunked(agent_uuids):
        query = (
            select(AgentRow.uuid, PartyRow.uuid)
            .join(PartyRow, col(PartyRow.id) == col(AgentRow.party_id))
            .where(col(AgentRow.uuid).in_(chunk))
        )
        agent_parties.update(session.exec(query).all())
    return StoredState(
        categories=frozenset(session.exec(select(CategoryRow.code))),
        ethnicities=frozenset(session.exec(select(EthnicityRow.code))),
        mediators=frozenset(session.exec(select(MediatorRow.uuid))),
        case_numbers=numbers,
        party_cases=party_cases,
        agent_parties=agent_parties,
    )


Entry = tuple[Case, CaseLifecycle | None]


def write_content(
    session: Session,
    content: CaseFile,
    committee_id: int | None,
    stored: Mapping[str, Case],
    fresh: Collection[int],
    relatives: Mapping[str, tuple[Json, ...]],
) -> WriteCounts:
    """Creates the committee if needed, upserts mediators, then creates or replaces cases.

    `stored` holds the database's version of the file's cases that exist already; `fresh` the
    indexes of the file's cases that differ from it (case or lifecycle) or are new;
    `relatives` the mediators (by uuid) whose relatives the file changes.
    """
    if committee_id is None:
        committee_id = _create_committee(session, content.committee)
    mediators_created, mediators_updated = _upsert_mediators(
        session, committee_id, content.mediators, relatives
    )
    replace_relatives(session.connection(), relatives)
    entries = [(content.cases[i], content.lifecycle(i)) for i in sorted(fresh)]
    new = [entry for entry in entries if entry[0].uuid not in stored]
    changed = [entry for entry in entries if entry[0].uuid in stored]
    mediators = {
        uuid: (mediator_id, name)
        for uuid, mediator_id, name in session.exec(
            select(MediatorRow.uuid, MediatorRow.id, MediatorRow.name)
        )
    }
    _CaseWriter(session, committee_id, mediators).write(new, changed)
    years: dict[int, int] = {}
    for case in content.cases:
        years[case.year] = max(years.get(case.year, 0), case.serial)
    for year, serial in sorted(years.items()):
        raise_counter(session, committee_id, year, serial)
    return WriteCounts(
        created=len(new),
        updated=len(changed),
        unchanged=len(content.cases) - len(new) - len(changed),
        mediators_created=mediators_created,
        mediators_updated=mediators_updated,
    )


def _create_committee(session: Session, committee: Committee) -> int:
    now = utc_now()
    row = CommitteeRow.model_validate(
        {**committee_values(committee), "created_at": now, "updated_at": now}
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def _upsert_mediators(
    session: Session,
    committee_id: int,
    mediators: Sequence[Mediator],
    relatives: Collection[str],
) -> tuple[int, int]:
    """The file wins for mediators it names; others are left alone. New ones go last.

    A mediator whose only change is in its `relatives` counts as updated too."""
    rows = {row.uuid: row for row in session.exec(select(MediatorRow))}
    position = max((row.position for row in rows.values()), default=-1) + 1
    created = updated = 0
    for mediator in mediators:
        row = rows.get(mediator.uuid)
        if row is None:
            row = MediatorRow(
                uuid=mediator.uuid,
                committee_id=committee_id,
                position=position,
                name=mediator.name,
                kind=mediator.kind.value,
            )
            position += 1
            created += 1
        elif mediator_from_row(row) == mediator:
            updated += mediator.uuid in relatives
            continue
        else:
            updated += 1
        for key, value in mediator_values(mediator).items():
            setattr(row, key, value)
        session.add(row)
    session.flush()
    return created, updated


class _CaseWriter:
    """Core executemany statements for many cases: no ORM object per row."""

    def __init__(
        self, session: Session, committee_id: int, mediators: dict[str, tuple[int | None, str]]
    ) -> None:
        self._session = session
        self._committee_id = committee_id
        self._mediators = mediators

    def write(self, new: Sequence[Entry], changed: Sequence[Entry]) -> None:
        ids = self._insert_cases(new) + self._update_cases(changed)
        entries = [*new, *changed]
        self._insert_children(ids, [case for case, _ in entries])
        pairs = [(i, life) for i, (_, life) in zip(ids, entries, strict=True) if life is not None]
        # Records of replaced cases go; the file's are written afresh (the file wins).
        created = set(ids[: len(new)])
        replaced = [i for i, _ in pairs if i not in created]
        replace_records(self._session.connection(), pairs, replaced)

    def _row(self, entry: Entry) -> dict[str, Any]:
        case, lifecycle = entry
        draft = case.draft
        # A version 1 file says nothing of the lifecycle: stored columns stay, new get defaults.
        columns = case_columns(lifecycle) if lifecycle is not None else {}
        return {
            **columns,
            "uuid": case.uuid,
            "committee_id": self._committee_id,
            "case_no": case.case_no,
            "year": case.year,
            "serial": case.serial,
            "status": case.status.value,
            **case_values(draft),
            "parties_display": parties_display(draft),
            "mediators_display": join_names(self._mediators[u][1] for u in draft.mediator_uuids),
            "created_at": case.created_at,
            "updated_at": case.updated_at,
        }

    def _insert_cases(self, cases: Sequence[Entry]) -> list[int]:
        if not cases:
            return []
        connection = self._session.connection()
        connection.execute(insert(_CASE), [self._row(entry) for entry in cases])
        return self._ids(_CASE, [case.uuid for case, _ in cases])

    def _ids(self, target: Table, uuids: Sequence[str]) -> list[int]:
        """Primary keys of rows just written, in the order of `uuids`.

        One executemany plus a look-up by uuid beats INSERT … RETURNING, which SQLAlchemy runs
        row by row when the order of the returned keys has to match the parameters.
        """
        found: dict[str, int] = {}
        connection = self._session.connection()
        for chunk in chunked(uuids):
            query = select(target.c.uuid, target.c.id).where(target.c.uuid.in_(chunk))
            found.update((row.uuid, row.id) for row in connection.execute(query))
        return [found[uuid] for uuid in uuids]

    def _update_cases(self, cases: Sequence[Entry]) -> list[int]:
        """Rewrites the case rows and drops their children, which are inserted afresh."""
        if not cases:
            return []
        ids = self._ids(_CASE, [case.uuid for case, _ in cases])
        statement = update(_CASE).where(_CASE.c.id == bindparam("row_id"))
        rows = [{**self._row(entry), "row_id": i} for entry, i in zip(cases, ids, strict=True)]
        connection = self._session.connection()
        connection.execute(statement, rows)
        for id_chunk in chunked(ids):
            parties = select(PartyRow.id).where(col(PartyRow.case_id).in_(id_chunk))
            connection.execute(delete(AgentRow).where(col(AgentRow.party_id).in_(parties)))
            connection.execute(delete(PartyRow).where(col(PartyRow.case_id).in_(id_chunk)))
            for child in (CaseMediatorRow, CaseSearchRow):
                connection.execute(delete(child).where(col(child.case_id).in_(id_chunk)))
        return ids

    def _insert_children(self, ids: Sequence[int], cases: Sequence[Case]) -> None:
        connection = self._session.connection()
        parties: list[dict[str, object]] = []
        mediators: list[dict[str, object]] = []
        searches: list[dict[str, object]] = []
        for case_id, case in zip(ids, cases, strict=True):
            draft = case.draft
            parties += [party_values(p, case_id, n) for n, p in enumerate(draft.parties)]
            mediators += [
                {"case_id": case_id, "mediator_id": self._mediators[uuid][0], "position": n}
                for n, uuid in enumerate(draft.mediator_uuids)
            ]
            searches.append({"case_id": case_id, **search_columns(case.case_no, draft)})
        all_parties = [p for c in cases for p in c.draft.parties]
        if parties:
            connection.execute(insert(_PARTY), parties)
        party_ids = self._ids(_PARTY, [p.uuid for p in all_parties])
        agents = [
            agent_values(agent, party_id, n)
            for party_id, party in zip(party_ids, all_parties, strict=True)
            for n, agent in enumerate(party.agents)
        ]
        for target, rows in ((_AGENT, agents), (_CASE_MEDIATOR, mediators)):
            if rows:
                connection.execute(insert(target), rows)
        if searches:
            indexing = BulkIndexing(connection)  # set-wise: the per-row trigger is slow
            connection.execute(insert(_SEARCH), searches)
            indexing.index_ids(ids)
            indexing.finish()
