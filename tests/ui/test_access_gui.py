"""The app with accounts: signing in, waiting after wrong passwords, the idle lock, a mediator's
restricted view, a reviewer who sees no Save buttons, the director's Users dialog, "Show"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from mediation_desk.app import Application
from mediation_desk.domain.access.roles import Role
from mediation_desk.services.bootstrap import open_services
from mediation_desk.services.settings import Settings
from mediation_desk.ui.dialogs.account_dialog import AccountDialog, AccountValues
from mediation_desk.ui.dialogs.sign_in_dialog import SignInDialog
from tests.services.accounts_setup import PASSWORD, add_staff, cheap_accounts, sign_in
from tests.services.conftest import make_draft

Start = Callable[[Path], Application]


@pytest.fixture
def staffed_db(tmp_path: Path) -> Path:
    """乌力吉's two cases and 王芳's one; mediators see only their own; wrong-password limit 2."""
    from mediation_desk.domain.enums import Gender
    from mediation_desk.domain.models import Committee, Mediator

    path = tmp_path / "committee.sqlite3"
    services = open_services(f"sqlite:///{path}")
    services.committee.save(
        Committee("乌审召镇巴音敖包嘎查人民调解委员会", "巴音敖包", "150626100"),
        [Mediator("乌力吉", gender=Gender.MALE), Mediator("王芳", gender=Gender.FEMALE)],
    )
    wang = services.committee.mediators()[1]
    services.cases.register(make_draft(services))
    services.cases.register(make_draft(services, names=("张三", "李四"), birth="19900101"))
    draft = make_draft(services, names=("王五", "赵六"), birth="19700101")
    services.cases.register(replace(draft, mediator_uuids=(wang.uuid,)))
    add_staff(services)
    sign_in(services, "director")
    services.settings.save(Settings(mediators_read_others=False, failed_sign_in_limit=2))
    services.close()
    return path


@pytest.fixture
def start_app(qapp: QApplication, qtbot: QtBot) -> Iterator[Start]:
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


def sign_in_dialog(application: Application, qtbot: QtBot) -> SignInDialog:
    qtbot.waitUntil(lambda: getattr(application, "access", None) is not None)
    qtbot.waitUntil(lambda: application.access.sign_in_dialog is not None)
    dialog = application.access.sign_in_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def enter(qtbot: QtBot, dialog: SignInDialog, username: str, password: str) -> None:
    """Types and presses Sign in; waits for the answer (a message, or the dialog gone)."""
    answered: list[bool] = []
    dialog.finished.connect(lambda _code: answered.append(True))
    if not dialog.ui.usernameEdit.isReadOnly():
        dialog.ui.usernameEdit.setText(username)
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.signInButton.click()
    qtbot.waitUntil(lambda: bool(answered) or dialog.ui.signInButton.isEnabled(), timeout=10000)


def signed_in_as(start_app: Start, path: Path, qtbot: QtBot, username: str) -> Application:
    application = start_app(path)
    cheap_accounts(application.services)  # type: ignore[arg-type]
    enter(qtbot, sign_in_dialog(application, qtbot), username, PASSWORD)
    window = application.window
    qtbot.waitUntil(lambda: window.ui.caseTable.isVisible() or window.ui.todayTable.isVisible())
    window.ui.mainTabs.setCurrentWidget(window.ui.casesTab)
    return application


def case_rows(application: Application, qtbot: QtBot, count: int) -> None:
    table = application.window.ui.caseTable
    qtbot.waitUntil(lambda: table.model() is not None and table.model().rowCount() == count)


def test_nothing_shows_before_signing_in_and_a_wrong_password_is_told(
    start_app: Start, staffed_db: Path, qtbot: QtBot
) -> None:
    application = start_app(staffed_db)
    dialog = sign_in_dialog(application, qtbot)
    window = application.window
    assert not window.ui.centralWidget.isVisible()
    enter(qtbot, dialog, "wangfang", "wrong")
    assert dialog.ui.problemLabel.text() == "The username or the password is wrong."
    enter(qtbot, dialog, "wangfang", "wrong again")
    assert "Too many wrong passwords" in dialog.ui.problemLabel.text()
    assert "30 s" in dialog.ui.problemLabel.text()
    assert dialog.isVisible() and not window.ui.centralWidget.isVisible()


def test_a_mediator_sees_only_her_own_cases(
    start_app: Start, staffed_db: Path, qtbot: QtBot
) -> None:
    application = signed_in_as(start_app, staffed_db, qtbot, "wangfang")
    window = application.window
    case_rows(application, qtbot, 1)
    assert "王五" in window.ui.caseTable.model().index(0, 2).data()
    assert window.ui.userLabel.text() == "Signed in: 王芳 (Mediator)"
    assert window.ui.newCaseButton.isEnabled()
    assert not window.ui.actionUsers.isVisible() and not window.ui.actionSettings.isEnabled()
    assert not window.ui.actionRestoreBackup.isEnabled()


def test_a_reviewer_sees_no_save_buttons_and_a_forced_save_is_refused(
    start_app: Start, staffed_db: Path, qtbot: QtBot
) -> None:
    application = signed_in_as(start_app, staffed_db, qtbot, "sifasuo")
    window = application.window
    case_rows(application, qtbot, 3)
    assert not window.ui.newCaseButton.isVisible()
    assert not window.ui.actionCommitteeSettings.isEnabled()
    uuid = window.ui.caseTable.model().summary(0).uuid
    application.cases.open_case(uuid)
    intake = application.cases._dialog
    assert intake is not None and intake.windowTitle().endswith("(read only)")
    assert not intake._save_button.isVisible()
    assert not intake.findChild(QPushButton, "showNumbersButton").isVisible()
    assert "********" in intake._editor.ui.idNumberEdit.text()
    assert intake.ui.factsEdit.isReadOnly() and not intake.ui.addPersonButton.isEnabled()
    intake.save_requested.emit(intake.draft())  # as if the button were pressed anyway
    qtbot.waitUntil(lambda: "may not do this" in intake.ui.issuesLabel.text())
    intake.done(0)
    progress = application.progress.open(uuid)
    assert progress is not None
    assert not any(button.isVisible() for button in progress._buttons.values())


def test_the_director_reveals_a_full_id_number_with_show(
    start_app: Start, staffed_db: Path, qtbot: QtBot
) -> None:
    application = signed_in_as(start_app, staffed_db, qtbot, "director")
    case_rows(application, qtbot, 3)
    table = application.window.ui.caseTable
    row = next(r for r in range(3) if "张三" in table.model().index(r, 2).data())
    application.cases.open_case(table.model().summary(row).uuid)
    intake = application.cases._dialog
    assert intake is not None
    id_edit = intake._editor.ui.idNumberEdit
    assert id_edit.text().startswith("150626********") and id_edit.isReadOnly()
    draft_before = intake.draft()
    assert "19900101" in draft_before.parties[0].id_number  # saving keeps the real number
    intake.findChild(QPushButton, "showNumbersButton").click()
    qtbot.waitUntil(lambda: "19900101" in id_edit.text())
    assert not id_edit.isReadOnly()


def test_the_app_locks_after_idle_time_and_the_same_password_unlocks_it(
    start_app: Start, staffed_db: Path, qtbot: QtBot
) -> None:
    application = signed_in_as(start_app, staffed_db, qtbot, "wangfang")
    case_rows(application, qtbot, 1)
    application.access.idle.set_timeout(50)
    lock = sign_in_dialog(application, qtbot)
    assert lock.objectName() == "lockDialog" and lock.ui.usernameEdit.text() == "wangfang"
    assert not application.window.ui.centralWidget.isVisible()
    enter(qtbot, lock, "wangfang", "wrong")
    assert lock.isVisible()
    enter(qtbot, lock, "wangfang", PASSWORD)
    qtbot.waitUntil(lambda: application.window.ui.centralWidget.isVisible())
    assert application.access.user is not None and application.access.user.username == "wangfang"


def test_input_keeps_the_app_unlocked(start_app: Start, staffed_db: Path, qtbot: QtBot) -> None:
    application = signed_in_as(start_app, staffed_db, qtbot, "wangfang")
    application.access.idle.set_timeout(300)
    for _ in range(4):
        qtbot.wait(120)
        qtbot.keyClick(application.window.ui.searchEdit, "a")
    assert application.access.sign_in_dialog is None


def test_someone_else_signs_in_at_the_lock_screen(
    start_app: Start, staffed_db: Path, qtbot: QtBot
) -> None:
    application = signed_in_as(start_app, staffed_db, qtbot, "wangfang")
    case_rows(application, qtbot, 1)
    application.window.ui.caseTable.selectRow(0)
    application.window.ui.progressButton.click()
    assert application.progress.dialog is not None
    application.access.lock()
    lock = sign_in_dialog(application, qtbot)
    lock.ui.otherUserButton.click()
    other = sign_in_dialog(application, qtbot)
    assert other is not lock and not other.ui.usernameEdit.isReadOnly()
    qtbot.waitUntil(lambda: application.progress.dialog is None)  # nothing unsaved: closed
    enter(qtbot, other, "director", PASSWORD)
    case_rows(application, qtbot, 3)
    assert "主任" in application.window.ui.userLabel.text()


def test_the_director_adds_an_account_in_the_users_dialog(
    start_app: Start, staffed_db: Path, qtbot: QtBot
) -> None:
    application = signed_in_as(start_app, staffed_db, qtbot, "director")
    application.window.ui.actionUsers.trigger()
    users = application.access.users_dialog
    assert users is not None and users.model.rowCount() == 4
    users.ui.addButton.click()
    editor = users.findChild(AccountDialog, "accountDialog")
    assert editor is not None
    editor.ui.saveButton.click()  # empty: told at the fields
    qtbot.waitUntil(lambda: editor.ui.saveButton.isEnabled())
    assert editor.findChild(object, "usernameEditMessage") is not None
    editor.ui.displayNameEdit.setText("巴图")
    editor.ui.usernameEdit.setText("batu")
    editor.ui.roleCombo.setCurrentIndex(editor.ui.roleCombo.findData(Role.REVIEWER.value))
    editor.ui.passwordEdit.setText("batu password")
    editor.ui.passwordRepeatEdit.setText("batu password")
    editor.ui.saveButton.click()
    qtbot.waitUntil(lambda: users.model.rowCount() == 5, timeout=10000)


def test_first_run_creates_the_directors_account(
    start_app: Start, tmp_path: Path, qtbot: QtBot
) -> None:
    from mediation_desk.domain.models import Committee, Mediator

    application = start_app(tmp_path / "new.sqlite3")
    dialog = application.committee._dialog
    assert dialog is not None
    dialog.save_requested.emit(
        Committee("某某嘎查人民调解委员会", "某某", "150626100"), [Mediator("王芳")]
    )
    window = application.window
    qtbot.waitUntil(lambda: window.findChild(AccountDialog, "firstDirectorDialog") is not None)
    director = window.findChild(AccountDialog, "firstDirectorDialog")
    director.save_requested.emit(
        AccountValues(
            "乌力吉", "wulji", Role.DIRECTOR, "", True, "", "director pw 1", "director pw 1"
        )
    )
    qtbot.waitUntil(lambda: "乌力吉" in window.ui.userLabel.text(), timeout=15000)
    assert application.services is not None and application.services.access.accounts_exist()
    assert window.ui.actionUsers.isEnabled()


def test_quit_at_the_sign_in_closes_the_app(
    start_app: Start, staffed_db: Path, qtbot: QtBot
) -> None:
    application = start_app(staffed_db)
    dialog = sign_in_dialog(application, qtbot)
    dialog.ui.quitButton.click()
    qtbot.waitUntil(lambda: not application.window.isVisible() and not dialog.isVisible())
