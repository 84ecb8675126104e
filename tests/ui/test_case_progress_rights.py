"""The case-progress dialog's publicity, recusal, extension, follow-up and risk-indicator pages,
the info line and the dated history, driven through the widgets on a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.clocks import DeadlineKind
from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision
from mediation_desk.domain.lifecycle.outcomes import AgreementForm, AgreementRecord
from mediation_desk.domain.lifecycle.risk import RiskIndicator
from mediation_desk.domain.models import MediatorRelative
from mediation_desk.services.bootstrap import Services
from mediation_desk.ui.progress_workflow import ProgressWorkflow
from tests.services.conftest import db_path, make_draft, services  # noqa: F401
from tests.ui.input_method import commit_text
from tests.ui.test_case_progress import (  # noqa: F401
    CLERK,
    LEFT,
    choose,
    in_mediation,
    issue,
    note,
    open_dialog,
    registered,
    runner,
    save_and_wait,
    saved,
    tick,
    workflow,
)

S = CaseStatus


def accepted(services: Services) -> str:  # noqa: F811
    uuid = registered(services)
    services.lifecycle.decide(uuid, AcceptanceDecision(True, date.today(), CLERK), by=CLERK)
    return uuid


def test_recording_a_non_public_wish_shows_it_in_the_dialog(
    qtbot: QtBot,
    workflow: ProgressWorkflow,  # noqa: F811
    services: Services,  # noqa: F811
) -> None:
    uuid = registered(services)
    dialog = open_dialog(workflow, uuid)
    ui = dialog.ui
    assert "not recorded yet" in ui.infoLabel.text()
    qtbot.mouseClick(ui.publicityButton, LEFT)
    page = dialog.publicity_page.ui
    choose(page.publicityCombo, "public")
    page.publicityPrivacyCheck.setChecked(True)

    save_and_wait(qtbot, dialog)  # public although privacy is involved, and nobody named

    assert note(page.publicityCombo) == issue("publicity.privacy")
    assert note(page.publicityRequestedByEdit) == issue("text.required")
    choose(page.publicityCombo, "non_public")
    commit_text(page.publicityRequestedByEdit, "双方当事人")
    save_and_wait(qtbot, dialog)

    choice = services.party_rights.publicity(uuid)
    assert choice is not None and choice.requested_by == "双方当事人"
    assert "Non-public mediation, as asked by 双方当事人" in ui.infoLabel.text()


def test_a_recusal_blocks_mediation_until_the_replacement_takes_the_case(
    qtbot: QtBot,
    workflow: ProgressWorkflow,  # noqa: F811
    services: Services,  # noqa: F811
) -> None:
    uuid = accepted(services)
    wulji, wang = services.committee.mediators()
    dialog = open_dialog(workflow, uuid)
    ui = dialog.ui
    qtbot.mouseClick(ui.recusalButton, LEFT)
    page = dialog.recusal_page.ui
    assert page.recusalMediatorCombo.currentData() == wulji.uuid
    assert page.recusalReplacementCombo.isHidden()
    page.recusalRequestedByCombo.setCurrentText("ᠪᠠᠲᠤ")
    commit_text(page.recusalReasonEdit, "调解员与申请人是亲戚")
    save_and_wait(qtbot, dialog)

    assert "ᠪᠠᠲᠤ asked on" in ui.infoLabel.text()
    assert services.party_rights.recusals(uuid)[0].is_open

    qtbot.mouseClick(ui.recusalButton, LEFT)  # the open request, to be completed
    assert not page.recusalMediatorCombo.isEnabled()
    assert page.recusalReplaceCheck.isChecked()
    assert page.recusalReplacementCombo.currentData() == wang.uuid
    save_and_wait(qtbot, dialog)

    assert services.cases.get(uuid).draft.mediator_uuids == (wang.uuid,)
    assert "asked on" not in ui.infoLabel.text()
    assert ui.recordedByEdit.text() == "乌力吉"  # what was typed stays


def test_an_extension_needs_both_parties_consent_and_moves_the_deadline(
    qtbot: QtBot,
    workflow: ProgressWorkflow,  # noqa: F811
    services: Services,  # noqa: F811
) -> None:
    uuid = accepted(services)
    dialog = open_dialog(workflow, uuid)
    ui = dialog.ui
    qtbot.mouseClick(ui.extensionButton, LEFT)
    page = dialog.extension_page.ui
    due = services.lifecycle.deadlines(uuid)[0].due
    assert due.isoformat() in page.extensionCurrentLabel.text()
    until = page.extensionUntilDateEdit.date()
    assert until.toString("yyyy-MM-dd") in page.extensionNewDeadlineLabel.text()

    save_and_wait(qtbot, dialog)

    assert note(page.extensionConsentCheck) == issue("extension.consent_required")
    page.extensionConsentCheck.setChecked(True)
    save_and_wait(qtbot, dialog)

    mediation = [
        d for d in services.lifecycle.deadlines(uuid) if d.kind is DeadlineKind.MEDIATION_PERIOD
    ]
    assert mediation[0].extended and mediation[0].due.isoformat() == until.toString("yyyy-MM-dd")
    dues = [ui.deadlinesTable.item(r, 1).text() for r in range(ui.deadlinesTable.rowCount())]
    assert mediation[0].due.isoformat() in dues


def test_a_follow_up_visit_finding_non_performance_needs_the_channels_before_closing(
    qtbot: QtBot,
    workflow: ProgressWorkflow,  # noqa: F811
    services: Services,  # noqa: F811
) -> None:
    uuid = in_mediation(services)
    agreement = AgreementRecord(AgreementForm.ORAL, date(2025, 3, 20))
    services.lifecycle.record_agreement(uuid, agreement, by=CLERK)
    services.lifecycle.start_follow_up(uuid, by=CLERK)
    dialog = open_dialog(workflow, uuid)
    ui = dialog.ui
    qtbot.mouseClick(ui.followUpVisitButton, LEFT)
    page = dialog.follow_up_page.ui
    assert page.followUpChannelsList.isHidden()  # fully performed is the first choice
    choose(page.followUpPerformanceCombo, "partly_performed")
    assert not page.followUpChannelsList.isHidden()
    choose(page.followUpWayCombo, "phone")
    commit_text(page.followUpAttitudeEdit, "被申请人态度有所缓和")
    tick(page.followUpChannelsList, "civil_litigation")
    save_and_wait(qtbot, dialog)

    assert dialog.current_action is None
    qtbot.mouseClick(ui.closeCaseButton, LEFT)
    save_and_wait(qtbot, dialog)
    assert services.lifecycle.status_of(uuid) is S.CLOSED


def test_risk_indicators_are_recorded_and_repeat_dispute_is_pre_ticked(
    qtbot: QtBot,
    workflow: ProgressWorkflow,  # noqa: F811
    services: Services,  # noqa: F811
) -> None:
    earlier = services.cases.register(make_draft(services, received_on=date(2024, 6, 1)))
    uuid = accepted(services)
    dialog = open_dialog(workflow, uuid)
    ui = dialog.ui
    assert earlier.case_no in ui.infoLabel.text()
    qtbot.mouseClick(ui.riskButton, LEFT)
    ticked = {
        ui.riskIndicatorsList.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(ui.riskIndicatorsList.count())
        if ui.riskIndicatorsList.item(r).checkState() == Qt.CheckState.Checked
    }
    assert ticked == {"repeat_dispute"}
    tick(ui.riskIndicatorsList, "large_amount")
    save_and_wait(qtbot, dialog)

    assert services.lifecycle.risk_indicators(uuid) == {
        RiskIndicator.REPEAT_DISPUTE,
        RiskIndicator.LARGE_AMOUNT,
    }
    assert "Repeat dispute" in ui.infoLabel.text()

    ui.infoLabel.linkActivated.emit(earlier.uuid)  # the earlier case, one click away
    assert workflow.dialog is not None
    assert workflow.dialog.state.case_uuid == earlier.uuid


def test_the_kinship_of_an_assigned_mediator_is_pointed_out(
    workflow: ProgressWorkflow,  # noqa: F811
    services: Services,  # noqa: F811
) -> None:
    committee = services.committee.get()
    assert committee is not None
    wulji, wang = services.committee.mediators()
    uncle = MediatorRelative("ᠪᠠᠲᠤ", "舅舅")
    services.committee.save(committee, [replace(wulji, relatives=(uncle,)), wang])
    dialog = open_dialog(workflow, registered(services))
    assert "乌力吉" in dialog.ui.infoLabel.text() and "舅舅" in dialog.ui.infoLabel.text()


def test_the_history_shows_the_date_entered_and_when_it_was_recorded(
    workflow: ProgressWorkflow,  # noqa: F811
    services: Services,  # noqa: F811
) -> None:
    uuid = registered(services)
    services.lifecycle.decide(uuid, AcceptanceDecision(True, date(2025, 3, 3), CLERK), by=CLERK)
    table = open_dialog(workflow, uuid).ui.historyTable
    assert table.item(0, 0).text() == "2025-03-03"
    assert table.item(0, 4).text().startswith(str(date.today().year))
