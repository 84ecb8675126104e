"""Data safety in the window: a damaged database at start-up, a second instance, the Data menu."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mediation_desk.app import Application
from mediation_desk.db.instance_lock import InstanceLock
from mediation_desk.logs import OutlineFormatter
from mediation_desk.services.backup import BackupInfo, BackupKind, BackupService
from mediation_desk.services.bootstrap import open_services
from mediation_desk.ui.backup_table_model import BackupTableModel
from mediation_desk.ui.crash_reporter import CrashReporter
from tests.services.conftest import make_draft
from tests.ui.test_application import COMMITTEE, Mediator


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A committee with two cases, and a backup of it holding those two."""
    path = tmp_path / "committee.sqlite3"
    services = open_services(f"sqlite:///{path}")
    services.committee.save(COMMITTEE, [Mediator(name="乌力吉")])
    services.cases.register(make_draft(services))
    services.cases.register(make_draft(services, names=("张三", "李四")))
    services.close()
    BackupService(path).make_backup(BackupKind.DAILY)
    return path


@pytest.fixture
def launch(qapp: QApplication, qtbot: QtBot) -> Iterator[object]:
    started: list[Application] = []

    def launch(path: Path) -> Application:
        application = Application(qapp, f"sqlite:///{path}")
        qtbot.addWidget(application.window)
        application.start()
        started.append(application)
        return application

    yield launch
    for application in started:
        application.window.close()


def _cases_shown(application: Application) -> int:
    model = application.window.ui.caseTable.model()
    return -1 if model is None else model.rowCount()


def _problem_box(application: Application) -> QMessageBox | None:
    return application.problems.box if application.problems is not None else None


def _button(box: QMessageBox | None, name: str) -> QPushButton:
    assert box is not None and box.isVisible()
    button = box.findChild(QPushButton, name)
    assert button is not None, [b.objectName() for b in box.findChildren(QPushButton)]
    return button


def test_a_damaged_database_is_explained_and_the_newest_backup_restored(  # type: ignore[no-untyped-def]
    launch, database: Path, qtbot: QtBot
) -> None:
    services = open_services(f"sqlite:///{database}")
    services.cases.register(make_draft(services, names=("王芳", "赵六")))  # after the backup
    services.close()
    damaged = database.read_bytes()[: 4096 * 3]
    database.write_bytes(damaged)

    application = launch(database)
    qtbot.waitUntil(lambda: _problem_box(application) is not None)
    box = application.problems.box
    qtbot.waitUntil(lambda: box.findChild(QPushButton, "restoreNewestButton") is not None)
    assert "incomplete" in box.text() and "has not changed or overwritten" in box.text()
    assert "holds 2 case(s)" in box.text()
    assert database.read_bytes() == damaged
    assert not application.window.ui.newCaseButton.isEnabled()

    _button(box, "restoreNewestButton").click()
    qtbot.waitUntil(lambda: application.services is not None, timeout=15000)
    qtbot.waitUntil(lambda: _cases_shown(application) == 2)
    assert application.window.ui.newCaseButton.isEnabled()
    kept = next((database.parent / "backups").glob("damaged-*")) / database.name
    assert kept.read_bytes() == damaged


def test_a_second_window_on_the_same_database_is_refused_in_plain_words(  # type: ignore[no-untyped-def]
    launch, database: Path, qtbot: QtBot
) -> None:
    with InstanceLock(database):
        application = launch(database)
        qtbot.waitUntil(lambda: _problem_box(application) is not None)
        box = application.problems.box
        assert "already open with this database" in box.text()
        assert box.findChild(QPushButton, "restoreNewestButton") is None
        with qtbot.waitSignal(application.window.close_requested):
            _button(box, "quitButton").click()


def test_a_database_from_a_newer_version_says_so(  # type: ignore[no-untyped-def]
    launch, database: Path, qtbot: QtBot
) -> None:
    with sqlite3.connect(database) as connection:
        connection.execute("update alembic_version set version_num = 'f00dcafe'")
    application = launch(database)
    qtbot.waitUntil(lambda: _problem_box(application) is not None)
    assert "newer version of Mediation Desk" in application.problems.box.text()


def test_data_menu_backs_up_and_restores_a_chosen_backup(  # type: ignore[no-untyped-def]
    launch, database: Path, qtbot: QtBot
) -> None:
    application = launch(database)
    qtbot.waitUntil(lambda: _cases_shown(application) == 2, timeout=15000)
    window = application.window
    assert window.ui.actionBackUpNow.isEnabled()
    window.ui.actionBackUpNow.trigger()
    data = application.data
    qtbot.waitUntil(lambda: data.message is not None and data.message.isVisible())
    assert "2 case(s)" in data.message.text()
    data.message.close()

    application.services.cases.register(make_draft(application.services, names=("巴图", "其其格")))
    window.ui.actionRestoreBackup.trigger()
    qtbot.waitUntil(lambda: data.dialog is not None and data.dialog.isVisible())
    dialog = data.dialog
    # The one just made; rotation keeps one backup a day, so the morning's is gone.
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "Made by hand"
    assert dialog.model.index(0, 2).data() == "2"
    assert "2 case(s) of " + COMMITTEE.name in dialog.ui.detailsLabel.text()
    dialog.ui.restoreButton.click()
    qtbot.waitUntil(lambda: data.message is not None and data.message.isVisible())
    assert "holds 2 case(s)" in data.message.text()
    _button(data.message, "confirmRestoreButton").click()
    qtbot.waitUntil(lambda: _cases_shown(application) == 2, timeout=15000)
    qtbot.waitUntil(lambda: data is not application.data and application.data is not None)
    kinds = [b.kind for b in BackupService(database).list_backups()]
    assert BackupKind.BEFORE_RESTORE in kinds
    assert window.ui.newCaseButton.isEnabled()


def test_backup_table_model_is_a_sound_qt_model(qtmodeltester, database: Path) -> None:  # type: ignore[no-untyped-def]
    model = BackupTableModel()
    backups: list[BackupInfo] = BackupService(database).list_backups()
    model.set_backups(backups)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Daily, at start-up"


def test_a_crash_is_logged_without_case_content_and_the_dialog_names_the_log(
    qtbot: QtBot, tmp_path: Path
) -> None:
    log_file = tmp_path / "logs" / "mediation-desk.log"
    log_file.parent.mkdir()
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(OutlineFormatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("test.crash")
    logger.addHandler(handler)
    party = "王芳 150626198503171234"
    try:
        raise ValueError(party)
    except ValueError:
        logger.exception("job save-case failed")
    finally:
        handler.close()
        logger.removeHandler(handler)
    text = log_file.read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and "test_data_safety.py" in text
    assert "王芳" not in text and "150626" not in text

    reporter = CrashReporter(log_file)
    reporter.report("thread")
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert str(log_file) in reporter.dialog.informativeText()
    reporter.dialog.close()
