"""The whole application on a real database: first run, the case list, registering a case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediation_desk.app import Application
from mediation_desk.domain.enums import Gender
from mediation_desk.domain.models import Committee, Mediator
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
    assert window.ui.emptyHintLabel.isVisible()
