"""Case search conditions: an FTS5 index on SQLite, plain LIKE on other databases.

Terms are segmented as the index is (domain.search.segment): Chinese and Mongolian characters are
single tokens, so a phrase query finds any run of them; ASCII runs (ID numbers, case-number
digits) are whole tokens, and digits inside them are found in the narrow `codes` column.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, text
from sqlmodel import col

from mediation_desk.db.tables import CaseSearchRow
from mediation_desk.domain.search import ascii_runs, segment

FTS_TABLE = "case_search_fts"

SQLITE_DDL = (
    f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
        tokens, content='case_search', content_rowid='case_id',
        tokenize='unicode61 remove_diacritics 0')""",
    f"""CREATE TRIGGER case_search_ai AFTER INSERT ON case_search BEGIN
        INSERT INTO {FTS_TABLE}(rowid, tokens) VALUES (new.case_id, new.tokens);
    END""",
    f"""CREATE TRIGGER case_search_ad AFTER DELETE ON case_search BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, tokens) VALUES ('delete', old.case_id, old.tokens);
    END""",
    f"""CREATE TRIGGER case_search_au AFTER UPDATE ON case_search BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, tokens) VALUES ('delete', old.case_id, old.tokens);
        INSERT INTO {FTS_TABLE}(rowid, tokens) VALUES (new.case_id, new.tokens);
    END""",
)


def is_index_object(name: str | None) -> bool:
    """True for the FTS table and its shadow tables, which the models do not describe."""
    return bool(name) and str(name).startswith(FTS_TABLE)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic filter: leave the FTS tables out of schema comparison."""
    return not (type_ == "table" and is_index_object(name))


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(column: Any, needle: str) -> ColumnElement[bool]:
    return col(column).like(f"%{_escape_like(needle)}%", escape="\\")


def _fts_match(query: str) -> ColumnElement[bool]:
    matching = select(text("rowid")).select_from(text(FTS_TABLE)).where(
        text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=query)
    )
    return col(CaseSearchRow.case_id).in_(matching)


def _phrase(words: str) -> str:
    return '"' + words.replace('"', '""') + '"'


def term_condition(term: str, dialect: str) -> ColumnElement[bool]:
    """A condition on case_search rows that holds when `term` occurs in the case."""
    words = segment(term)
    if dialect != "sqlite":
        return _like(CaseSearchRow.tokens, words)
    runs = ascii_runs(term)
    if words in runs:  # a plain number or Latin word: anywhere in a code, or a word's beginning
        return or_(_like(CaseSearchRow.codes, words), _fts_match(_phrase(words) + " *"))
    if not runs:  # only Chinese, Mongolian, … characters: one phrase query
        return _fts_match(_phrase(words))
    # Mixed, e.g. 第12号: the index narrows down, the segmented text decides.
    narrowing = [_fts_match(_phrase(w)) for w in words.split() if w not in runs]
    return and_(*narrowing, _like(CaseSearchRow.tokens, words))
