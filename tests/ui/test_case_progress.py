"""The case-progress dialog driven through its widgets, saving through real services on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision, NoticeMethod, RightsNotice
from mediation_desk.domain.validation import Issue
from mediation_desk.jobs.runner import JobRunner
from mediation_desk.services.bootstrap import Services
from mediation_desk.ui.dialogs.case_progress import CaseProgressDialog
from mediation_desk.ui.lifecycle_labels import reference_name
from mediation_desk.ui.lifecycle_messages import message_for
from mediation_desk.ui.progress_workflow import ProgressWorkflow
from tests.services.conftest import db_path, make_draft, services  # noqa: F401
from tests.ui.input_method import commit_text

S = CaseStatus
LEFT = Qt.MouseButton.LeftButton
CLERK = "王芳"


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    jobs = JobRunner()
    yield jobs
    assert jobs.wait_for_all()


@pytest.fixture
def saved() -> list[None]:
    return []


@pytest.fixture
def workflow(
    qtbot: QtBot,
    services: Services,  # noqa: F811
    runner: JobRunner,
    saved: list[None],
) -> ProgressWorkflow:
    window = QWidget()
    qtbot.addWidget(window)
    return ProgressWorkflow(window, services, runner, lambda: saved.append(None))


def registered(services: Services) -> str:  # noqa: F811
    return services.cases.register(make_draft(services)).uuid


def in_mediation(services: Services) -> str:  # noqa: F811
    uuid = registered(services)
    life = services.lifecycle
    life.decide(uuid, AcceptanceDecision(True, date(2025, 3, 3), CLERK), by=CLERK)
    notice = RightsNotice(date(2025, 3, 4), ("王𠈌", "ᠪᠠᠲᠤ"), NoticeMethod.WRITTEN, CLERK)
    life.record_rights_notice(uuid, notice)
    life.start_mediation(uuid, by=CLERK)
    return uuid


def open_dialog(workflow: ProgressWorkflow, uuid: str) -> CaseProgressDialog:
    dialog = workflow.open(uuid)
    assert dialog is not None
    return dialog


def save_and_wait(qtbot: QtBot, dialog: CaseProgressDialog) -> None:
    """Presses Save and waits until the writer thread's answer is on screen."""
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)
    qtbot.waitUntil(lambda: dialog.ui.saveButton.isEnabled() or dialog.current_action is None)


def note(widget: QWidget) -> str:
    """The inline message under `widget`, '' when none is shown."""
    parent = widget.parentWidget()
    label = parent.findChild(QLabel, f"{widget.objectName()}Message") if parent else None
    return label.text() if label is not None and not label.isHidden() else ""


def choose(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def tick(list_widget: QListWidget, code: str) -> None:
    for row in range(list_widget.count()):
        item = list_widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == code:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(code)


def issue(code: str) -> str:
    return message_for(Issue("", code))


def test_a_registered_case_offers_only_its_possible_steps(
    workflow: ProgressWorkflow,
    services: Services,  # noqa: F811
) -> None:
    dialog = open_dialog(workflow, registered(services))
    ui = dialog.ui
    offered = {b.objectName() for b in ui.actionsPage.findChildren(QWidget) if not b.isHidden()}
    assert {"acceptButton", "declineButton", "divertButton", "rightsNoticeButton"} <= offered
    assert {"startMediationButton", "closeCaseButton", "archiveButton"}.isdisjoint(offered)
    assert ui.historyTable.rowCount() == 0


def test_accepting_through_the_dialog_shows_the_new_status_and_history(
    qtbot: QtBot,
    workflow: ProgressWorkflow,
    services: Services,  # noqa: F811
    saved: list[None],
) -> None:
    uuid = registered(services)
    dialog = open_dialog(workflow, uuid)
    qtbot.mouseClick(dialog.ui.acceptButton, LEFT)
    assert dialog.ui.pageStack.currentWidget() is dialog.ui.acceptPage
    assert dialog.ui.recordedByEdit.text() == "乌力吉"  # the case's mediator

    save_and_wait(qtbot, dialog)

    assert dialog.current_action is None
    assert dialog.ui.statusLabel.text() == "Status: Accepted"
    assert services.lifecycle.status_of(uuid) is S.ACCEPTED
    table = dialog.ui.historyTable
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "Registered → Accepted"
    assert table.item(0, 2).text() == "乌力吉"
    assert saved == [None]
    assert dialog.ui.noticeLabel.text() == "Saved."
    assert dialog.ui.deadlinesTable.rowCount() >= 1  # the one-month mediation clock runs now
    assert not dialog.ui.acceptButton.isVisible()
    assert dialog.ui.startMediationButton.isVisible()


def test_declining_because_a_party_refuses_needs_who_and_when(
    qtbot: QtBot,
    workflow: ProgressWorkflow,
    services: Services,  # noqa: F811
) -> None:
    uuid = registered(services)
    dialog = open_dialog(workflow, uuid)
    ui = dialog.ui
    qtbot.mouseClick(ui.declineButton, LEFT)
    assert ui.refusalBox.isHidden()
    choose(ui.declineReasonCombo, "party_refuses")
    assert not ui.refusalBox.isHidden()
    tick(ui.declineChannelsList, "civil_litigation")

    save_and_wait(qtbot, dialog)  # nobody named as refusing

    assert note(ui.refusalPartyCombo) == issue("text.required")
    assert services.lifecycle.status_of(uuid) is S.REGISTERED
    assert dialog.current_action is not None  # still on the page, input kept
    assert ui.declineReasonCombo.currentData() == "party_refuses"

    ui.refusalPartyCombo.setCurrentIndex(ui.refusalPartyCombo.findText("王𠈌"))
    save_and_wait(qtbot, dialog)

    assert services.lifecycle.status_of(uuid) is S.DECLINED
    assert dialog.ui.statusLabel.text() == "Status: Declined"
    assert ui.historyTable.item(0, 1).text() == "Registered → Declined"
    assert ui.archiveButton.isVisible()


def test_terminating_a_failed_mediation_without_channels_is_refused_at_the_field(
    qtbot: QtBot,
    workflow: ProgressWorkflow,
    services: Services,  # noqa: F811
) -> None:
    uuid = in_mediation(services)
    dialog = open_dialog(workflow, uuid)
    ui = dialog.ui
    qtbot.mouseClick(ui.terminateButton, LEFT)
    choose(ui.terminationReasonCombo, "failed")

    save_and_wait(qtbot, dialog)

    assert note(ui.terminationChannelsList) == issue("termination.channels_required")
    assert services.lifecycle.status_of(uuid) is S.IN_MEDIATION
    assert len(services.lifecycle.history(uuid)) == 2  # nothing stored

    tick(ui.terminationChannelsList, "civil_litigation")
    save_and_wait(qtbot, dialog)

    assert services.lifecycle.status_of(uuid) is S.TERMINATED
    assert ui.statusLabel.text() == "Status: Mediation terminated"


def test_raising_risk_to_the_top_needs_the_escalation_report(
    qtbot: QtBot,
    workflow: ProgressWorkflow,
    services: Services,  # noqa: F811
) -> None:
    uuid = in_mediation(services)
    dialog = open_dialog(workflow, uuid)
    ui = dialog.ui
    qtbot.mouseClick(ui.riskButton, LEFT)
    top = services.lifecycle.reference.risk_scale.top
    assert ui.escalationBox.isHidden()
    choose(ui.riskLevelCombo, top.code)
    assert not ui.escalationBox.isHidden()

    save_and_wait(qtbot, dialog)

    assert note(ui.escalationBox) == issue("risk.escalation_report_required")
    assert services.worklist.risk_levels()[uuid] != top.code

    ui.policeStationCheck.setChecked(True)
    commit_text(ui.escalationMeasuresEdit, "已通知派出所民警到场，双方分开劝导")
    save_and_wait(qtbot, dialog)

    assert services.worklist.risk_levels()[uuid] == top.code
    assert reference_name(top) in ui.riskLabel.text()
    assert dialog.current_action is None


def test_diverting_shows_the_channels_time_limits_and_records_the_referral(
    qtbot: QtBot,
    workflow: ProgressWorkflow,
    services: Services,  # noqa: F811
) -> None:
    uuid = registered(services)
    dialog = open_dialog(workflow, uuid)
    ui = dialog.ui
    qtbot.mouseClick(ui.divertButton, LEFT)
    channel = services.lifecycle.reference.channels.get("labour_arbitration")
    assert channel is not None
    choose(ui.divertChannelCombo, channel.code)

    assert dialog.channel_warnings_shown() == [reference_name(w) for w in channel.warnings]
    assert len(channel.warnings) == 2

    choose(ui.divertChannelCombo, "commercial_arbitration")
    assert not ui.divertNeedsList.isHidden()  # it needs an arbitration agreement
    choose(ui.divertChannelCombo, channel.code)
    assert ui.divertNeedsList.isHidden()
    commit_text(ui.divertBodyEdit, "鄂尔多斯市劳动人事争议仲裁委员会")
    commit_text(ui.divertReasonEdit, "属劳动争议，应先申请仲裁")
    save_and_wait(qtbot, dialog)

    assert services.lifecycle.status_of(uuid) is S.DIVERTED
    assert ui.feedbackButton.isVisible()
    kinds = [ui.deadlinesTable.item(r, 0).text() for r in range(ui.deadlinesTable.rowCount())]
    assert "Feedback on the referral" in kinds
