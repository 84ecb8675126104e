"""Case search conditions: an FTS5 index on SQLite, plain LIKE on other databases.

Terms are segmented as the index is (domain.search.segment): Chinese and Mongolian characters are
single tokens, so a phrase query finds any run of them; ASCII runs (ID numbers, case-number
digits) are whole tokens, and digits inside them are found in the narrow `codes` column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, literal, literal_column, select, table, union
from sqlmodel import col

from mediation_desk.db.tables import CaseSearchRow
from mediation_desk.domain.search import ascii_runs, segment

FTS_TABLE = "case_search_fts"  # words: one token per Chinese/Mongolian character
CODES_TABLE = "case_codes_fts"  # numbers: trigrams, for digits anywhere inside an ID number

SQLITE_DDL = (
    f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
        tokens, content='case_search', content_rowid='case_id',
        tokenize='unicode61 remove_diacritics 0')""",
    f"""CREATE VIRTUAL TABLE {CODES_TABLE} USING fts5(
        codes, content='case_search', content_rowid='case_id', tokenize='trigram')""",
    f"""CREATE TRIGGER case_search_ai AFTER INSERT ON case_search BEGIN
        INSERT INTO {FTS_TABLE}(rowid, tokens) VALUES (new.case_id, new.tokens);
        INSERT INTO {CODES_TABLE}(rowid, codes) VALUES (new.case_id, new.codes);
    END""",
    f"""CREATE TRIGGER case_search_ad AFTER DELETE ON case_search BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, tokens)
        VALUES ('delete', old.case_id, old.tokens);
        INSERT INTO {CODES_TABLE}({CODES_TABLE}, rowid, codes)
        VALUES ('delete', old.case_id, old.codes);
    END""",
    f"""CREATE TRIGGER case_search_au AFTER UPDATE ON case_search BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, tokens)
        VALUES ('delete', old.case_id, old.tokens);
        INSERT INTO {CODES_TABLE}({CODES_TABLE}, rowid, codes)
        VALUES ('delete', old.case_id, old.codes);
        INSERT INTO {FTS_TABLE}(rowid, tokens) VALUES (new.case_id, new.tokens);
        INSERT INTO {CODES_TABLE}(rowid, codes) VALUES (new.case_id, new.codes);
    END""",
)


def is_index_object(name: str | None) -> bool:
    """True for the FTS tables and their shadow tables, which the models do not describe."""
    return bool(name) and str(name).startswith((FTS_TABLE, CODES_TABLE))


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic filter: leave the FTS tables out of schema comparison."""
    return not (type_ == "table" and is_index_object(name))


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(column: Any, needle: str) -> ColumnElement[bool]:
    return col(column).like(f"%{_escape_like(needle)}%", escape="\\")


def _matching_ids(table_name: str, query: str) -> Any:
    """`SELECT rowid FROM <table> WHERE <table> MATCH :query`, the query bound, never inlined."""
    return (
        select(literal_column("rowid"))
        .select_from(table(table_name))
        .where(literal_column(table_name).op("MATCH")(literal(query)))
    )


def _phrase(words: str) -> str:
    return '"' + words.replace('"', '""') + '"'


def term_condition(term: str, case_id: Any, dialect: str) -> ColumnElement[bool]:
    """A condition on a case id column that holds when `term` occurs in the case."""
    condition: ColumnElement[bool] = case_id.in_(term_case_ids(term, dialect))
    return condition


def term_case_ids(term: str, dialect: str) -> Any:
    """A SELECT of the ids of the cases in which `term` occurs, read from the search tables only."""
    words = segment(term)
    if dialect != "sqlite":
        return select(col(CaseSearchRow.case_id)).where(_like(CaseSearchRow.tokens, words))
    runs = ascii_runs(term)
    if words in runs:  # a number or Latin word: anywhere in a code, or a word's beginning
        in_codes = (
            _matching_ids(CODES_TABLE, _phrase(words))
            if len(words) >= 3  # trigrams need three characters
            else select(col(CaseSearchRow.case_id)).where(_like(CaseSearchRow.codes, words))
        )
        return union(in_codes, _matching_ids(FTS_TABLE, _phrase(words) + " *"))
    # Characters (and numbers between them, e.g. 第12号) in a row; a trailing number may be
    # still being typed, so it matches as a prefix.
    prefix = " *" if words.split()[-1] in runs else ""
    return _matching_ids(FTS_TABLE, _phrase(words) + prefix)


class BulkIndexing:
    """Indexes bulk-inserted `case_search` rows set-wise instead of through the insert trigger.

    The trigger runs once per row and FTS5 writes each row as a segment to be merged later:
    100,000 demo cases spent ~19 s there against ~5 s set-wise. Use it inside one transaction:
    the trigger is dropped at the start and re-created by `finish()`, so a failure rolls both
    back. Other dialects have no trigger and nothing to do.
    """

    _INSERT_TRIGGER = SQLITE_DDL[2]

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._active = connection.dialect.name == "sqlite"
        if self._active:
            connection.exec_driver_sql("DROP TRIGGER case_search_ai")

    def index(self, first_id: int, last_id: int) -> None:
        """Does what the trigger would have done for the case ids `first_id` … `last_id`."""
        if not self._active:
            return
        for fts, column in ((FTS_TABLE, "tokens"), (CODES_TABLE, "codes")):
            self._connection.exec_driver_sql(
                f"INSERT INTO {fts}(rowid, {column}) SELECT case_id, {column} FROM case_search"
                " WHERE case_id BETWEEN ? AND ?",
                (first_id, last_id),
            )

    def index_ids(self, case_ids: Sequence[int]) -> None:
        """The same for any set of case ids (in chunks, to stay under SQLite's variable limit)."""
        if not self._active:
            return
        for start in range(0, len(case_ids), 500):
            chunk = list(case_ids[start : start + 500])
            marks = ", ".join("?" * len(chunk))
            for fts, column in ((FTS_TABLE, "tokens"), (CODES_TABLE, "codes")):
                self._connection.exec_driver_sql(
                    f"INSERT INTO {fts}(rowid, {column}) SELECT case_id, {column} "
                    f"FROM case_search WHERE case_id IN ({marks})",
                    tuple(chunk),
                )

    def finish(self) -> None:
        """Puts the insert trigger back."""
        if self._active:
            self._connection.exec_driver_sql(self._INSERT_TRIGGER)
            self._active = False
