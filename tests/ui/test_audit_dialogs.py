"""The audit log, retention and encrypted backups in the window: a case's change history from
the case-progress dialog, the whole log filtered by case number, expired cases deleted after a
confirmation naming their count, and a backup to a folder encrypted with a passphrase that a
restore asks for again."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mediation_desk.app import Application
from mediation_desk.jobs.runner import JobRunner
from mediation_desk.services import encrypted_files
from mediation_desk.services.backup import BackupService
from mediation_desk.services.bootstrap import Services, open_services
from mediation_desk.services.retention import RetentionService
from mediation_desk.ui.audit_table_model import AuditTableModel
from mediation_desk.ui.audit_workflow import AuditWorkflow
from mediation_desk.ui.progress_workflow import ProgressWorkflow
from mediation_desk.ui.retention_workflow import RetentionWorkflow
from tests.services.conftest import db_path, make_draft, services  # noqa: F401
from tests.services.test_retention import _archived
from tests.ui.test_application import COMMITTEE, Mediator

PASSPHRASE = "green grass 2025"


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    jobs = JobRunner()
    yield jobs
    assert jobs.wait_for_all()


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _edited_case(services: Services) -> str:  # noqa: F811
    case = services.cases.register(make_draft(services))
    services.cases.update(case.uuid, replace(case.draft, facts="草场边界纠纷，已测量"))
    return case.uuid


def _texts(model: AuditTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_case_progress_dialog_shows_the_case_history_newest_first(
    qtbot: QtBot,
    services: Services,  # noqa: F811
    runner: JobRunner,
    window: QWidget,
) -> None:
    uuid = _edited_case(services)
    services.cases.register(make_draft(services, names=("张三", "李四")))  # not in this history
    progress = ProgressWorkflow(window, services, runner, lambda: None)
    dialog = progress.open(uuid)
    assert dialog is not None
    dialog.ui.changeHistoryButton.click()
    qtbot.waitUntil(lambda: progress.audit.history is not None)
    history = progress.audit.history
    assert history is not None
    qtbot.waitUntil(lambda: history.model.rowCount() > 0)
    assert dialog.state.case_no in history.windowTitle()
    assert not history.ui.caseNoFilterEdit.isVisibleTo(history)
    what = _texts(history.model, 2)
    assert what[0] == "Case changed" and "Case added" in what
    assert _texts(history.model, 3)[0] == "facts: 草场边界纠纷 → 草场边界纠纷，已测量"
    assert all("张三" not in text for text in _texts(history.model, 3))
    qtbot.waitUntil(lambda: "none changed or removed" in history.ui.chainLabel.text())
    assert "草场边界纠纷，已测量" in history.ui.detailsLabel.text()


def test_the_whole_log_filters_by_case_number(
    qtbot: QtBot,
    services: Services,  # noqa: F811
    runner: JobRunner,
    window: QWidget,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    uuid = _edited_case(services)
    number = services.cases.get(uuid).case_no
    services.cases.register(make_draft(services, names=("张三", "李四")))
    log = AuditWorkflow(window, services, runner).open_full_log()
    qtbot.waitUntil(lambda: log.model.rowCount() > 0)
    everything = log.model.rowCount()
    qtmodeltester.check(log.model)
    log.ui.caseNoFilterEdit.setText(number)
    log.ui.filterButton.click()
    qtbot.waitUntil(lambda: 0 < log.model.rowCount() < everything)
    log.ui.caseNoFilterEdit.setText("（1999）无此号")
    log.ui.filterButton.click()
    qtbot.waitUntil(lambda: log.model.rowCount() == 0)
    assert "No case numbered" in log.ui.detailsLabel.text()


def test_expired_cases_are_deleted_after_a_confirmation_naming_their_count(
    qtbot: QtBot,
    services: Services,  # noqa: F811
    runner: JobRunner,
    window: QWidget,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    _archived(services, "宅基地甲")
    _archived(services, "宅基地乙")
    services.settings.save(replace(services.settings.get(), retention_years=1))
    later = date.today() + timedelta(days=800)  # both archived cases are past one year then
    services = replace(
        services, retention=RetentionService(services.db, services.settings, lambda: later)
    )
    workflow = RetentionWorkflow(window, services, runner)
    dialog = workflow.open_retention()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    qtmodeltester.check(dialog.model)
    assert not dialog.ui.deleteButton.isEnabled()
    assert "kept for 1 years" in dialog.ui.introLabel.text()
    dialog.ui.selectAllButton.click()
    dialog.ui.deleteButton.click()
    box = workflow.message
    assert box is not None and "Delete 2 archived cases" in box.text()
    button = box.findChild(QPushButton, "confirmDeleteButton")
    assert button is not None and button.text() == "Delete 2 cases"
    button.click()
    qtbot.waitUntil(
        lambda: dialog.model.rowCount() == 0 and "2 cases deleted" in dialog.ui.detailsLabel.text()
    )
    assert services.retention.expired() == []
    assert sum(e.action == "retention-delete" for e in services.audit.entries()) == 2


@pytest.fixture
def launched(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[Application]:
    path = tmp_path / "committee.sqlite3"
    prepared = open_services(f"sqlite:///{path}")
    prepared.committee.save(COMMITTEE, [Mediator(name="乌力吉")])
    prepared.cases.register(make_draft(prepared))
    prepared.close()
    application = Application(qapp, f"sqlite:///{path}")
    qtbot.addWidget(application.window)
    application.start()
    yield application
    application.window.close()


def test_a_backup_to_a_folder_can_be_encrypted_and_restored_with_its_passphrase(
    qtbot: QtBot, launched: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(encrypted_files, "DEFAULT_COST", encrypted_files.ScryptCost(log2_n=10))
    qtbot.waitUntil(lambda: launched.data is not None, timeout=15000)
    data = launched.data
    assert data is not None
    stick = tmp_path / "usb"
    data._ask_encryption(str(stick))
    asked = data.passphrase_dialog
    assert asked is not None and asked.ui.repeatEdit.isVisible()
    asked.ui.passphraseEdit.setText(PASSPHRASE)
    asked.ui.repeatEdit.setText("green grass 2024")
    asked.ui.okButton.click()
    assert "differ" in asked.ui.problemLabel.text() and asked.isVisible()
    asked.ui.repeatEdit.setText(PASSPHRASE)
    asked.ui.okButton.click()
    qtbot.waitUntil(lambda: data.message is not None and data.message.isVisible(), timeout=15000)
    (made,) = stick.glob("*.mdenc")
    assert encrypted_files.is_encrypted(made)
    data.message.close()
    launched.services.cases.register(make_draft(launched.services, names=("巴图", "其其格")))

    data._inspect(made)
    wrong = data.passphrase_dialog
    assert wrong is not None and not wrong.ui.repeatEdit.isVisible()
    wrong.ui.passphraseEdit.setText("not the passphrase")
    wrong.ui.okButton.click()
    qtbot.waitUntil(
        lambda: data.message is not None and "passphrase is wrong" in data.message.text()
    )
    data.message.close()
    data._inspect(made)
    right = data.passphrase_dialog
    assert right is not None
    right.ui.passphraseEdit.setText(PASSPHRASE)
    right.ui.okButton.click()
    qtbot.waitUntil(lambda: data.message is not None and "holds 1 case(s)" in data.message.text())
    folder = BackupService(tmp_path / "committee.sqlite3").folder
    assert not list(folder.glob(".decrypted-*"))
    confirm = data.message.findChild(QPushButton, "confirmRestoreButton")
    assert confirm is not None
    confirm.click()
    qtbot.waitUntil(lambda: launched.data is not data and launched.data is not None, timeout=15000)
    assert launched.services.audit.entries(limit=1)[0].action == "restore"
    assert not list(folder.glob(".decrypted-*"))
