"""The whole application on a real database: first run, the worklist, the case list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediation_desk.app import Application
from mediation_desk.domain.enums import Gender
from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision
from mediation_desk.domain.models import Committee, Mediator
from mediation_desk.domain.search import CaseFilter
from mediation_desk.services.bootstrap import open_services
from tests.services.conftest import make_draft

COMMITTEE = Committee(
    name="乌审召镇巴音敖包嘎查人民调解委员会", short_name="巴音敖包", division_code="150626100"
)


@pytest.fixture
def filled_db(tmp_path: Path) -> Path:
    path = tmp_path / "committee.sqlite3"
    services = open_services(f"sqlite:///{path}")
    services.committee.save(COMMITTEE, [Mediator(name="乌力吉", gender=Gender.MALE)])
    services.cases.register(make_draft(services))
    services.cases.register(make_draft(services, names=("张三", "李四"), birth="19900101"))
    services.cases.register(make_draft(services, names=("王芳", "赵六"), birth="19700101"))
    services.close()
    return path


@pytest.fixture
def overdue_db(filled_db: Path) -> tuple[Path, str, str]:
    """The filled database with one case accepted long ago: its mediation month has run out."""
    services = open_services(f"sqlite:///{filled_db}")
    case = services.cases.register(make_draft(services, names=("巴图", "其其格")))
    accepted = AcceptanceDecision(True, date(2025, 3, 3), "乌力吉")
    services.lifecycle.decide(case.uuid, accepted, by="乌力吉")
    services.close()
    return filled_db, case.uuid, case.case_no


@pytest.fixture
def start_app(qapp: QApplication, qtbot: QtBot) -> Iterator[object]:
    started: list[Application] = []

    def start(path: Path) -> Application:
        application = Application(qapp, f"sqlite:///{path}")
        qtbot.addWidget(application.window)
        application.start()
        qtbot.waitUntil(lambda: application.services is not None, timeout=15000)
        started.append(application)
        return application

    yield start
    for application in started:
        application.window.close()


def test_cases_are_listed_and_searchable(start_app, filled_db: Path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    application = start_app(filled_db)
    window = application.window
    table = window.ui.caseTable
    qtbot.waitUntil(lambda: table.model() is not None and table.model().rowCount() == 3)
    assert window.ui.newCaseButton.isEnabled()
    assert window.ui.committeeLabel.text() == COMMITTEE.name
    window.ui.searchEdit.setText("王芳")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert "王芳" in table.model().index(0, 2).data()
    window.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: table.model().rowCount() == 3)
    window.ui.yearFilter.setCurrentIndex(window.ui.yearFilter.findData(2025))
    assert table.model().rowCount() == 3


def test_first_run_asks_for_the_committee_then_enables_the_window(
    start_app,
    tmp_path: Path,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    application = start_app(tmp_path / "new.sqlite3")
    window = application.window
    dialog = application.committee._dialog
    assert dialog is not None and dialog.isVisible()
    assert not window.ui.newCaseButton.isEnabled()
    dialog.save_requested.emit(COMMITTEE, [Mediator(name="ᠰᠠᠷᠠᠨ", gender=Gender.FEMALE)])
    qtbot.waitUntil(lambda: window.ui.newCaseButton.isEnabled(), timeout=10000)
    assert window.ui.committeeLabel.text() == COMMITTEE.name
    assert application.services is not None
    assert application.services.committee.mediators()[0].name == "ᠰᠠᠷᠠᠨ"
    qtbot.waitUntil(lambda: window.ui.todaySummaryLabel.text() == "Nothing due today.")
    window.ui.mainTabs.setCurrentWidget(window.ui.casesTab)
    assert window.ui.emptyHintLabel.isVisible()


def test_the_window_opens_on_today_with_the_overdue_case(  # type: ignore[no-untyped-def]
    start_app, overdue_db: tuple[Path, str, str], qtbot: QtBot
) -> None:
    path, uuid, case_no = overdue_db
    application = start_app(path)
    window = application.window
    table = window.ui.todayTable
    assert window.ui.mainTabs.currentWidget() is window.ui.todayTab
    qtbot.waitUntil(lambda: table.model() is not None and table.model().rowCount() > 0)
    model = table.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() == case_no]
    assert rows, "the overdue case is on the worklist"
    row = rows[0]
    assert model.index(row, 3).data().endswith(" days overdue")
    assert model.index(row, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert window.ui.todaySummaryLabel.text() == "1 item: 1 overdue, 0 due soon"

    rect = table.visualRect(model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = application.progress.dialog
    assert dialog is not None and dialog.isVisible()
    assert case_no in dialog.windowTitle()
    assert window.ui.todayTable.currentIndex().data(Qt.ItemDataRole.UserRole) == uuid


def test_the_worklist_reloads_on_refresh(  # type: ignore[no-untyped-def]
    start_app, filled_db: Path, qtbot: QtBot
) -> None:
    application = start_app(filled_db)
    window = application.window
    label = window.ui.todaySummaryLabel
    qtbot.waitUntil(lambda: label.text() == "Nothing due today.", timeout=10000)
    assert application.worklist is not None and application.worklist.rowCount() == 0
    services = application.services
    uuid = services.case_list.summaries(services.case_list.matching_ids(CaseFilter()))[0].uuid
    services.lifecycle.decide(
        uuid, AcceptanceDecision(True, date(2025, 3, 3), "乌力吉"), by="乌力吉"
    )
    qtbot.mouseClick(window.ui.refreshTodayButton, Qt.MouseButton.LeftButton)
    assert label.text() == "Loading today's worklist…"
    qtbot.waitUntil(lambda: application.worklist.rowCount() == 1, timeout=10000)
    assert label.text() == "1 item: 1 overdue, 0 due soon"
    assert application.worklist.item(0).case_uuid == uuid


def test_enter_on_a_worklist_row_opens_its_case(  # type: ignore[no-untyped-def]
    start_app, overdue_db: tuple[Path, str, str], qtbot: QtBot
) -> None:
    path, _uuid, case_no = overdue_db
    application = start_app(path)
    table = application.window.ui.todayTable
    qtbot.waitUntil(lambda: table.model() is not None and table.model().rowCount() > 0)
    application.window.activateWindow()
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = application.progress.dialog
    assert dialog is not None and dialog.isVisible()
    assert case_no in dialog.windowTitle()


def test_case_progress_button_opens_the_selected_case_and_saves_a_step(  # type: ignore[no-untyped-def]
    start_app, filled_db: Path, qtbot: QtBot
) -> None:
    application = start_app(filled_db)
    window = application.window
    window.ui.mainTabs.setCurrentWidget(window.ui.casesTab)
    table = window.ui.caseTable
    qtbot.waitUntil(lambda: table.model() is not None and table.model().rowCount() == 3)
    qtbot.mouseClick(window.ui.progressButton, Qt.MouseButton.LeftButton)
    assert application.progress.dialog is None  # nothing selected yet: a hint, no dialog
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.mouseClick(window.ui.progressButton, Qt.MouseButton.LeftButton)
    dialog = application.progress.dialog
    assert dialog is not None and dialog.isVisible()
    assert table.model().index(0, 0).data() in dialog.windowTitle()
