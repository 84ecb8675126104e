"""The lazy case list model: correct rows, lazy paging, and Qt's model contract."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.models import CaseSummary
from mediation_desk.domain.search import CaseFilter
from mediation_desk.ui.case_table_model import PAGE_SIZE, CaseTableModel


class FakeCaseList:
    """An in-memory stand-in for CaseListService that counts page fetches."""

    def __init__(self, count: int) -> None:
        start = date(2025, 1, 1)
        self.rows = {
            i: CaseSummary(
                id=i,
                uuid=f"uuid-{i}",
                case_no=f"（2025）某某人调字第{i}号",
                received_on=start + timedelta(days=i % 300),
                parties=f"张{i} — 李{i}",
                category_code="grassland" if i % 2 else "neighbourhood",
                status=CaseStatus.REGISTERED,
                mediators="乌力吉",
            )
            for i in range(1, count + 1)
        }
        self.fetches = 0

    def matching_ids(self, case_filter: CaseFilter) -> list[int]:
        return [i for i, row in self.rows.items() if case_filter.text in row.parties]

    def summaries(self, ids: Sequence[int]) -> list[CaseSummary]:
        self.fetches += 1
        return [self.rows[i] for i in ids]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = CaseTableModel(FakeCaseList(450), {"grassland": "草原草场"}.get)
    model.set_filter(CaseFilter())
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_page_by_page_only_when_shown() -> None:
    source = FakeCaseList(5 * PAGE_SIZE)
    model = CaseTableModel(source, lambda code: code)
    model.set_filter(CaseFilter())
    assert model.rowCount() == 5 * PAGE_SIZE
    assert source.fetches == 0
    assert model.data(model.index(0, 0)) == "（2025）某某人调字第1号"
    assert (
        model.data(model.index(3 * PAGE_SIZE + 1, 2))
        == f"张{3 * PAGE_SIZE + 2} — 李{3 * PAGE_SIZE + 2}"
    )
    assert source.fetches == 2
    model.data(model.index(5, 1))
    assert source.fetches == 2  # cached


def test_filter_narrows_and_columns_show_category_and_status_labels() -> None:
    model = CaseTableModel(FakeCaseList(30), {"grassland": "草原草场"}.get)
    model.set_filter(CaseFilter(text="张7 "))
    assert model.rowCount() == 1
    assert model.data(model.index(0, 3)) == "草原草场"
    assert model.data(model.index(0, 4)) == "Registered"  # no catalog installed in this test
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == "uuid-7"
