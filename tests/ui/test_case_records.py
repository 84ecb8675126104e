"""The records dialog driven through its widgets, saving through real services on SQLite."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision, NoticeMethod, RightsNotice
from mediation_desk.domain.records.models import TermPerformance
from mediation_desk.jobs.runner import JobRunner
from mediation_desk.services.bootstrap import Services
from mediation_desk.ui.dialogs.case_records import CaseRecordsDialog
from mediation_desk.ui.records_workflow import RecordsWorkflow
from tests.services.conftest import db_path, make_draft, services  # noqa: F401
from tests.ui.test_case_progress import note

LEFT = Qt.MouseButton.LeftButton
CLERK = "王芳"
TODAY = date(2025, 6, 1)


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    jobs = JobRunner()
    yield jobs
    assert jobs.wait_for_all()


@pytest.fixture
def workflow(qtbot: QtBot, services: Services, runner: JobRunner) -> RecordsWorkflow:  # noqa: F811
    window = QWidget()
    qtbot.addWidget(window)
    return RecordsWorkflow(window, services, runner, lambda: None, today=lambda: TODAY)


def in_mediation(services: Services) -> str:  # noqa: F811
    uuid = services.cases.register(make_draft(services)).uuid
    life = services.lifecycle
    life.decide(uuid, AcceptanceDecision(True, date(2025, 3, 3), CLERK), by=CLERK)
    notice = RightsNotice(date(2025, 3, 4), ("王𠈌", "ᠪᠠᠲᠤ"), NoticeMethod.WRITTEN, CLERK)
    life.record_rights_notice(uuid, notice)
    life.start_mediation(uuid, by=CLERK)
    return uuid


def open_dialog(workflow: RecordsWorkflow, uuid: str) -> CaseRecordsDialog:
    dialog = workflow.open(uuid)
    assert dialog is not None
    return dialog


def click_and_wait(qtbot: QtBot, dialog: CaseRecordsDialog, button: QWidget) -> None:
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy)


def test_an_investigation_is_written_with_its_evidence_and_saved(
    qtbot: QtBot,
    workflow: RecordsWorkflow,
    services: Services,  # noqa: F811
) -> None:
    uuid = in_mediation(services)
    dialog = open_dialog(workflow, uuid)
    page = dialog.investigations
    ui = page.ui
    assert ui.recordList.count() == 0
    click_and_wait(qtbot, dialog, ui.saveButton)
    assert note(ui.personEdit) and note(ui.textEdit)  # required, shown at the fields
    assert services.records.investigations(uuid) == ()

    ui.placeEdit.setText("争议现场")
    ui.personEdit.setText("王𠈌")
    ui.textEdit.setPlainText("问：界墙何时修建？答：二〇一八年。")
    qtbot.mouseClick(ui.addEvidenceButton, LEFT)
    ui.evidenceTable.item(0, 0).setText("界墙照片")
    click_and_wait(qtbot, dialog, ui.saveButton)

    saved = services.records.investigations(uuid)
    assert [(r.person_investigated, r.evidence[0].description) for r in saved] == [
        ("王𠈌", "界墙照片")
    ]
    assert ui.recordList.count() == 1 and not page.has_unsaved_changes()
    click_and_wait(qtbot, dialog, ui.saveButton)  # saving again changes the same record
    assert len(services.records.investigations(uuid)) == 1


def test_a_session_with_invited_people_needs_the_consent_box(
    qtbot: QtBot,
    workflow: RecordsWorkflow,
    services: Services,  # noqa: F811
) -> None:
    uuid = in_mediation(services)
    dialog = open_dialog(workflow, uuid)
    ui = dialog.sessions.ui
    assert ui.partiesEdit.text() == "王𠈌、ᠪᠠᠲᠤ"  # the case's parties are prefilled
    ui.placeEdit.setText("村委会调解室")
    ui.invitedEdit.setText("村支书")
    qtbot.mouseClick(ui.addStatementButton, LEFT)
    ui.statementsTable.item(0, 1).setText("要求对方拆除越界部分")
    ui.resultEdit.setPlainText("双方同意继续协商")
    click_and_wait(qtbot, dialog, ui.saveButton)
    assert note(ui.consentCheck)
    ui.consentCheck.setChecked(True)
    click_and_wait(qtbot, dialog, ui.saveButton)
    [session] = services.records.sessions(uuid)
    assert session.statements[0].speaker == "王𠈌" and session.invited == ("村支书",)


def _fill_agreement(qtbot: QtBot, dialog: CaseRecordsDialog, amount: str) -> None:
    ui = dialog.agreement.ui
    ui.factsEdit.setPlainText("双方因宅基地界墙发生纠纷。")
    ui.disputedEdit.setPlainText("界墙位置及修缮费用。")
    qtbot.mouseClick(ui.addTermButton, LEFT)
    table = ui.termsTable
    assert table.item(0, 0).text() == "ᠪᠠᠲᠤ"
    table.item(0, 1).setText("赔偿王𠈌修缮费用")
    table.item(0, 2).setText(amount)
    due = table.cellWidget(0, 5)
    assert isinstance(due, QDateEdit)
    due.setDate(QDate(2025, 6, 30))


def test_an_agreement_is_drafted_signed_and_its_terms_tracked(
    qtbot: QtBot,
    workflow: RecordsWorkflow,
    services: Services,  # noqa: F811
) -> None:
    uuid = in_mediation(services)
    dialog = open_dialog(workflow, uuid)
    editor = dialog.agreement
    ui = editor.ui
    assert editor.drafting
    assert "3" in ui.copiesLabel.text()  # two parties + the committee
    click_and_wait(qtbot, dialog, ui.saveButton)
    assert note(ui.termsTable) and note(ui.factsEdit)

    _fill_agreement(qtbot, dialog, "一万")
    click_and_wait(qtbot, dialog, ui.saveButton)
    assert ui.termsTable.item(0, 2).toolTip()  # the unreadable amount is marked at its cell
    ui.termsTable.item(0, 2).setText("12,000")
    click_and_wait(qtbot, dialog, ui.saveButton)
    draft = services.records.agreement_draft(uuid)
    assert draft is not None and draft.content.terms[0].amount == Decimal("12000")

    ui.reachedOnEdit.setDate(QDate(2025, 5, 30))
    ui.signedOnEdit.setDate(QDate(2025, 5, 31))
    click_and_wait(qtbot, dialog, ui.recordSigningButton)
    assert services.cases.get(uuid).status is CaseStatus.AGREEMENT
    view = services.records.agreement(uuid)
    assert view is not None and view.record.effective_on == date(2025, 5, 31)
    assert not editor.drafting and not ui.termsTable.isColumnHidden(6)

    performance = ui.termsTable.cellWidget(0, 6)
    assert isinstance(performance, QComboBox)
    performance.setCurrentIndex(performance.findData(TermPerformance.PERFORMED.value))
    performed_on = ui.termsTable.cellWidget(0, 7)
    assert isinstance(performed_on, QDateEdit)
    performed_on.setDate(QDate(2025, 6, 1))
    click_and_wait(qtbot, dialog, ui.saveButton)
    view = services.records.agreement(uuid)
    assert view is not None
    assert view.content.terms[0].performance is TermPerformance.PERFORMED

    confirmation = dialog.confirmation.ui
    assert confirmation.saveButton.isEnabled()
    confirmation.courtEdit.setText("准格尔旗人民法院")
    click_and_wait(qtbot, dialog, confirmation.saveButton)
    saved = services.records.confirmation(uuid)
    assert saved is not None and saved.court == "准格尔旗人民法院"


def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot,
    workflow: RecordsWorkflow,
    services: Services,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uuid = in_mediation(services)
    dialog = open_dialog(workflow, uuid)
    dialog.sessions.ui.resultEdit.setPlainText("未完")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    dialog.reject()
    assert dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible()


def test_documents_of_a_concluded_case_are_listed_saved_and_the_case_file_written(
    qtbot: QtBot,
    workflow: RecordsWorkflow,
    services: Services,  # noqa: F811
    tmp_path: Path,
) -> None:
    from tests.services.case_files import concluded_case

    uuid = concluded_case(services)
    dialog = open_dialog(workflow, uuid)
    panel = dialog.documents
    kinds = [
        panel.ui.documentList.item(row).data(256) for row in range(panel.ui.documentList.count())
    ]
    assert {"acceptance", "agreement", "follow-up", "dossier"} <= set(kinds)

    target = tmp_path / "协议书.docx"
    panel.save_requested.emit("agreement", target)
    qtbot.waitUntil(lambda: panel.ui.saveAllButton.isEnabled(), timeout=10000)
    assert target.stat().st_size > 0 and str(target) in dialog.ui.messageLabel.text()

    started = time.perf_counter()
    panel.save_all_requested.emit(tmp_path / "卷宗", True)
    qtbot.waitUntil(lambda: panel.ui.saveAllButton.isEnabled(), timeout=20000)
    elapsed = time.perf_counter() - started
    written = sorted(path.name for path in (tmp_path / "卷宗").iterdir())
    assert written[0].startswith("00-") and written[0].endswith(".docx")
    assert len(written) == 2 * len(kinds)  # every listed document, as .docx and as PDF
    print(f"case file of {len(kinds)} documents as docx+pdf in {elapsed:.2f} s")
