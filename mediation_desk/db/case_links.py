"""Which case a row belongs to: parties, records and decisions through `case_id`, agents
through their party, agreement terms through their agreement — found by following references."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from mediation_desk.db.tables import CaseRow, metadata

CASE_TABLE = CaseRow.__tablename__
_INFO_KEY = "audit_case_links"


@cache
def _step(table_name: str) -> tuple[str, str] | None:
    """The column of `table_name` that leads towards the case, and the table it refers to."""
    table = metadata.tables[table_name]
    for key in sorted(table.foreign_keys, key=lambda k: k.parent.name):
        if key.column.table.name == CASE_TABLE:
            return key.parent.name, CASE_TABLE
    for key in sorted(table.foreign_keys, key=lambda k: k.parent.name):
        parent = key.column.table.name
        if parent != table_name and key.column.name == "id" and _step(parent) is not None:
            return key.parent.name, parent
    return None


class CaseLinks:
    """Finds case uuids for rows, remembering what it looked up during one transaction."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, Any], str] = {}

    @classmethod
    def of(cls, session: Session) -> CaseLinks:
        links = session.info.get(_INFO_KEY)
        if links is None:
            links = session.info[_INFO_KEY] = cls()
        assert isinstance(links, CaseLinks)
        return links

    def case_uuid(self, connection: Connection, table: Table, values: dict[str, Any]) -> str:
        """The uuid of the case the row with `values` belongs to ("" for none)."""
        if table.name == CASE_TABLE:
            return str(values.get("uuid") or "")
        step = _step(table.name)
        if step is None or values.get(step[0]) is None:
            return ""
        return self._uuid_of(connection, step[1], values[step[0]])

    def _uuid_of(self, connection: Connection, table_name: str, row_id: Any) -> str:
        key = (table_name, row_id)
        if key not in self._found:
            table = metadata.tables[table_name]
            if table_name == CASE_TABLE:
                found = connection.execute(
                    select(table.c.uuid).where(table.c.id == row_id)
                ).scalar()
                self._found[key] = str(found or "")
            else:
                step = _step(table_name)
                assert step is not None
                parent_id = connection.execute(
                    select(table.c[step[0]]).where(table.c.id == row_id)
                ).scalar()
                self._found[key] = (
                    "" if parent_id is None else self._uuid_of(connection, step[1], parent_id)
                )
        return self._found[key]
