"""Reference data: dispute categories, nationalities and the Ordos division list."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from mediation_desk.db.engine import Database
from mediation_desk.db.tables import CategoryRow, DivisionRow, EthnicityRow
from mediation_desk.domain.divisions import DivisionTree
from mediation_desk.domain.models import Category, Division, Ethnicity
from mediation_desk.paths import resources_dir


def _csv_rows(name: str) -> Iterator[dict[str, str]]:
    path: Path = resources_dir() / "reference" / name
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _seed_if_empty(session: Session, table: type, rows: list[dict[str, object]]) -> None:
    if session.exec(select(func.count()).select_from(table)).one() == 0 and rows:
        session.execute(insert(table), rows)


def seed_reference_data(db: Database) -> None:
    """Fills empty reference tables from the shipped CSV files; edited data is left alone."""
    categories: list[dict[str, object]] = [
        {**row, "sort_order": int(row["sort_order"]), "active": True}
        for row in _csv_rows("dispute_categories.csv")
    ]
    ethnicities: list[dict[str, object]] = [dict(row) for row in _csv_rows("ethnicities.csv")]
    divisions: list[dict[str, object]] = [dict(row) for row in _csv_rows("ordos_divisions.csv")]
    with db.write() as session:
        _seed_if_empty(session, CategoryRow, categories)
        _seed_if_empty(session, EthnicityRow, ethnicities)
        _seed_if_empty(session, DivisionRow, divisions)


class ReferenceService:
    """Reads the reference lists that dialogs and documents show."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def categories(self, *, include_inactive: bool = False) -> list[Category]:
        with self._db.read() as session:
            rows = session.exec(select(CategoryRow).order_by(col(CategoryRow.sort_order))).all()
        return [
            Category(r.code, r.name_zh, r.name_en, r.sort_order, r.active)
            for r in rows
            if include_inactive or r.active
        ]

    def ethnicities(self) -> list[Ethnicity]:
        with self._db.read() as session:
            rows = session.exec(select(EthnicityRow).order_by(col(EthnicityRow.code))).all()
        return [Ethnicity(r.code, r.name_zh, r.name_en) for r in rows]

    def divisions(self) -> DivisionTree:
        with self._db.read() as session:
            rows = session.exec(select(DivisionRow)).all()
        return DivisionTree(Division(r.code, r.name, r.level, r.parent_code) for r in rows)
