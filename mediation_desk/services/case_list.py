"""The case list: which cases match a search and filters, and their rows, page by page."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Select, func, select
from sqlmodel import col

from mediation_desk.db.engine import Database
from mediation_desk.db.search_index import term_case_ids, term_condition
from mediation_desk.db.tables import CaseMediatorRow, CaseRow, MediatorRow
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.models import CaseSummary
from mediation_desk.domain.search import CaseFilter, search_terms
from mediation_desk.services.access import AccessGuard, guard_for

__all__ = ["CaseFilter", "CaseListService"]


def _filtered_ids(case_filter: CaseFilter, dialect: str) -> Select[tuple[int]]:
    query: Select[tuple[int]] = select(col(CaseRow.id))
    for term in search_terms(case_filter.text):
        query = query.where(term_condition(term, col(CaseRow.id), dialect))
    if case_filter.status is not None:
        query = query.where(col(CaseRow.status) == case_filter.status.value)
    if case_filter.category_code:
        query = query.where(col(CaseRow.category_code) == case_filter.category_code)
    if case_filter.year is not None:
        query = query.where(col(CaseRow.year) == case_filter.year)
    if case_filter.mediator_uuid:
        query = query.where(
            col(CaseRow.id).in_(
                select(col(CaseMediatorRow.case_id))
                .join(MediatorRow, col(MediatorRow.id) == col(CaseMediatorRow.mediator_id))
                .where(col(MediatorRow.uuid) == case_filter.mediator_uuid)
            )
        )
    return query.order_by(col(CaseRow.received_on).desc(), col(CaseRow.id).desc())


class CaseListService:
    """Queries for the lazy case list: ids first (cheap), rows for the visible page only."""

    def __init__(self, db: Database, access: AccessGuard | None = None) -> None:
        self._db = db
        self._access = guard_for(db, access)
        self._order: tuple[int, dict[int, int]] | None = None

    def matching_ids(self, case_filter: CaseFilter) -> list[int]:
        """Ids of the matching cases the acting user may see, newest received first."""
        ids = self._matching_ids(case_filter)
        own = self._access.own_case_ids()
        if own is None:
            return ids
        permitted = set(self._db.fetch_column(own))
        return [case_id for case_id in ids if case_id in permitted]

    def _matching_ids(self, case_filter: CaseFilter) -> list[int]:
        order = self._list_order()
        if order is not None and case_filter == CaseFilter(text=case_filter.text):
            terms = search_terms(case_filter.text)
            if not terms:
                return list(order)
            # Text only: ids straight from the search index, put in list order in Python;
            # reading each match's row to sort it in SQL costs more than the search itself.
            found: set[int] | None = None
            for term in terms:
                ids = set(self._db.fetch_column(term_case_ids(term, self._db.dialect)))
                found = ids if found is None else found & ids
            return sorted((i for i in found or () if i in order), key=order.__getitem__)
        return self._db.fetch_column(_filtered_ids(case_filter, self._db.dialect))

    def _list_order(self) -> dict[int, int] | None:
        """Case id → position in the unfiltered list, kept while the database is unchanged."""
        version = self._db.data_version()
        if version is None:
            return None
        if self._order is None or self._order[0] != version:
            ids = self._db.fetch_column(_filtered_ids(CaseFilter(), self._db.dialect))
            self._order = (version, {case_id: n for n, case_id in enumerate(ids)})
        return self._order[1]

    def summaries(self, ids: Sequence[int]) -> list[CaseSummary]:
        """Rows for the given ids, in the given order (missing ids are skipped)."""
        if not ids:
            return []
        query = select(
            col(CaseRow.id),
            col(CaseRow.uuid),
            col(CaseRow.case_no),
            col(CaseRow.received_on),
            col(CaseRow.parties_display),
            col(CaseRow.category_code),
            col(CaseRow.status),
            col(CaseRow.mediators_display),
        ).where(col(CaseRow.id).in_(list(ids)))
        with self._db.engine.connect() as connection:
            found: dict[int, CaseSummary] = {
                int(row[0] or 0): CaseSummary(
                    id=int(row[0] or 0),
                    uuid=row[1],
                    case_no=row[2],
                    received_on=row[3],
                    parties=row[4],
                    category_code=row[5],
                    status=CaseStatus(row[6]),
                    mediators=row[7],
                )
                for row in connection.execute(query)
            }
        return [found[i] for i in ids if i in found]

    def years(self) -> list[int]:
        with self._db.engine.connect() as connection:
            query = select(col(CaseRow.year)).distinct().order_by(col(CaseRow.year).desc())
            return list(connection.execute(query).scalars())

    def count(self) -> int:
        with self._db.engine.connect() as connection:
            return int(connection.execute(select(func.count(col(CaseRow.id)))).scalar_one())
