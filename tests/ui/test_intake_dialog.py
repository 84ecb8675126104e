"""The intake dialog (受理登记) as a mediator uses it: fill in, check, save, reopen, cancel."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from stdnum.cn import ric, uscc

from mediation_desk.domain.divisions import DivisionTree
from mediation_desk.domain.enums import (
    AgentKind,
    ApplicationForm,
    CaseSource,
    CaseStatus,
    Gender,
    MediatorKind,
    MediatorSelection,
    PartyKind,
    PartyRole,
)
from mediation_desk.domain.lifecycle.repeat import EarlierCase
from mediation_desk.domain.models import (
    Agent,
    Case,
    CaseDraft,
    Category,
    Division,
    Ethnicity,
    Mediator,
    MediatorRelative,
    Party,
)
from mediation_desk.ui.dialogs.agent_dialog import AgentDialog
from mediation_desk.ui.dialogs.intake_dialog import IntakeDialog
from mediation_desk.ui.labels import category_name, ethnicity_name, label, ui_language
from tests.ui.input_method import commit_text

TODAY = date(2025, 3, 10)
PLACE = "150626102"  # 图克镇
VILLAGE = "150626102201"
DIVISIONS = DivisionTree(
    [
        Division("150600", "鄂尔多斯市", "city", "150000"),
        Division("150602", "东胜区", "county", "150600"),
        Division("150626", "乌审旗", "county", "150600"),
        Division("150626100", "嘎鲁图镇", "township", "150626"),
        Division(PLACE, "图克镇", "township", "150626"),
        Division(VILLAGE, "乌兰什巴台嘎查", "village", PLACE),
        Division("150626102202", "查汗庙嘎查", "village", PLACE),
    ]
)
CATEGORIES = [
    Category("neighbourhood", "邻里", "Neighbours", 20),
    Category("pasture", "草牧场", "Grassland and pasture", 70),
]
ETHNICITIES = [Ethnicity("01", "汉族", "Han"), Ethnicity("02", "蒙古族", "Mongol")]
BATU = Mediator("巴图", speaks_mongolian=True, uuid="m-batu")
LI = Mediator("李秀英", kind=MediatorKind.ENGAGED, uuid="m-li")
RETIRED = Mediator("老王", active=False, uuid="m-retired")
MEDIATORS = [BATU, LI, RETIRED]


def valid_id(first_17: str) -> str:
    return first_17 + ric.calc_check_digit(first_17 + "0")


MALE_ID = valid_id("15062619800101123")
FEMALE_ID = valid_id("15272719650203002")  # an old 伊克昭盟 code, still valid
UNKNOWN_REGION_ID = valid_id("99000019800101123")
CREDIT_CODE = "91150600MA0Q12345" + uscc.calc_check_digit("91150600MA0Q12345")


def make_dialog(qtbot: QtBot, case: Case | None = None) -> IntakeDialog:
    dialog = IntakeDialog(
        categories=CATEGORIES,
        ethnicities=ETHNICITIES,
        divisions=DIVISIONS,
        mediators=MEDIATORS,
        default_place_code=PLACE,
        today=TODAY,
        case=case,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture(autouse=True)
def _answer_questions_with_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real message box would wait for a click forever (pytest-qt closes dialogs at the end)."""
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: yes))


@pytest.fixture
def dialog(qtbot: QtBot) -> IntakeDialog:
    return make_dialog(qtbot)


def save_button(dialog: IntakeDialog) -> QWidget:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def press_save(qtbot: QtBot, dialog: IntakeDialog) -> None:
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)


def note(widget: QWidget) -> QLabel | None:
    """The note shown under a field, if visible."""
    label = widget.parentWidget().findChild(QLabel, f"{widget.objectName()}Message")
    return label if label is not None and label.isVisible() else None


def choose(combo_owner: QWidget, data: str) -> None:
    combo_owner.setCurrentIndex(combo_owner.findData(data))  # type: ignore[attr-defined]


def fill_dispute(qtbot: QtBot, dialog: IntakeDialog) -> None:
    ui = dialog.ui
    choose(ui.categoryCombo, "pasture")
    ui.placePicker.set_code(VILLAGE)
    commit_text(ui.placeDetailEdit, "三社南草场")
    commit_text(ui.factsEdit, "两户因草场边界发生争执。")
    commit_text(ui.requestsEdit, "确认边界")
    qtbot.keyClicks(ui.amountEdit, "12,000.50")
    ui.peopleInvolvedSpin.setValue(5)


def fill_person(qtbot: QtBot, dialog: IntakeDialog, row: int, name: str, id_number: str) -> None:
    dialog.ui.partiesList.setCurrentRow(row)
    editor = dialog.ui.partyEditorContainer.findChild(QWidget, "partyEditor")
    ui = editor.ui  # type: ignore[attr-defined]
    commit_text(ui.nameEdit, name)
    qtbot.keyClicks(ui.idNumberEdit, id_number)
    qtbot.keyClick(ui.idNumberEdit, Qt.Key.Key_Return)
    choose(ui.ethnicityCombo, "02")
    qtbot.keyClicks(ui.phoneEdit, "138-1234-5678")
    commit_text(ui.addressEdit, "乌审旗图克镇")


def editor_ui(dialog: IntakeDialog):  # type: ignore[no-untyped-def]
    return dialog.ui.partyEditorContainer.findChild(QWidget, "partyEditor").ui  # type: ignore[attr-defined]


def tick(dialog: IntakeDialog, uuid: str) -> None:
    mediators = dialog.ui.mediatorsList
    for row in range(mediators.count()):
        if mediators.item(row).data(Qt.ItemDataRole.UserRole) == uuid:
            mediators.item(row).setCheckState(Qt.CheckState.Checked)


def add_agent(qtbot: QtBot, dialog: IntakeDialog) -> None:
    ui = editor_ui(dialog)
    qtbot.mouseClick(ui.addAgentButton, Qt.MouseButton.LeftButton)
    agent_dialog = dialog.findChild(AgentDialog)
    assert agent_dialog is not None and agent_dialog.isVisible()
    choose(agent_dialog.ui.kindCombo, "lawyer")
    commit_text(agent_dialog.ui.nameEdit, "赵律师")
    qtbot.keyClicks(agent_dialog.ui.phoneEdit, "0477 8581234")
    commit_text(agent_dialog.ui.authorityEdit, "特别授权")
    qtbot.mouseClick(
        agent_dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )


def test_a_new_registration_starts_ready_to_fill(dialog: IntakeDialog) -> None:
    draft = dialog.draft()
    assert draft.received_on == TODAY
    assert draft.source is CaseSource.PARTY_APPLICATION
    assert draft.application_form is ApplicationForm.WRITTEN
    assert draft.place_division_code == PLACE
    assert [(p.role, p.kind, p.name) for p in draft.parties] == [
        (PartyRole.APPLICANT, PartyKind.PERSON, ""),
        (PartyRole.RESPONDENT, PartyKind.PERSON, ""),
    ]
    assert dialog.ui.partiesList.item(0).text().startswith("Applicant")
    assert not dialog.ui.referralBodyEdit.isVisible()
    assert dialog.ui.writtenRadio.isVisible()
    # Active mediators are offered; one who has left is not.
    names = [dialog.ui.mediatorsList.item(i).text() for i in range(dialog.ui.mediatorsList.count())]
    assert len(names) == 2 and names[0].startswith("巴图") and "Mongolian" in names[0]
    assert not dialog.has_unsaved_changes()


def test_a_full_registration_is_saved_exactly_as_entered(
    qtbot: QtBot, dialog: IntakeDialog
) -> None:
    fill_dispute(qtbot, dialog)
    fill_person(qtbot, dialog, 0, "ᠪᠠᠲᠤ", MALE_ID)
    add_agent(qtbot, dialog)
    fill_person(qtbot, dialog, 1, "王𠈌", FEMALE_ID)
    qtbot.mouseClick(dialog.ui.addOrganisationButton, Qt.MouseButton.LeftButton)
    ui = editor_ui(dialog)
    choose(ui.roleCombo, "third_party")
    commit_text(ui.orgNameEdit, "乌审旗某某牧业合作社")
    qtbot.keyClicks(ui.creditCodeEdit, CREDIT_CODE)
    commit_text(ui.legalRepresentativeEdit, "其其格")
    commit_text(ui.representativeTitleEdit, "理事长")
    tick(dialog, LI.uuid)
    tick(dialog, BATU.uuid)
    qtbot.mouseClick(dialog.ui.chosenByPartiesRadio, Qt.MouseButton.LeftButton)
    assert dialog.ui.partiesList.item(0).text() == "Applicant: ᠪᠠᠲᠤ"

    with qtbot.waitSignal(dialog.save_requested, timeout=1000) as saved:
        press_save(qtbot, dialog)

    draft: CaseDraft = saved.args[0]
    uuids = [p.uuid for p in draft.parties]
    agent = draft.parties[0].agents[0]
    assert draft == CaseDraft(
        received_on=TODAY,
        source=CaseSource.PARTY_APPLICATION,
        category_code="pasture",
        facts="两户因草场边界发生争执。",
        requests="确认边界",
        application_form=ApplicationForm.WRITTEN,
        amount=Decimal("12000.50"),
        people_involved=5,
        place_division_code=VILLAGE,
        place_detail="三社南草场",
        parties=(
            Party(
                role=PartyRole.APPLICANT,
                kind=PartyKind.PERSON,
                name="ᠪᠠᠲᠤ",
                gender=Gender.MALE,
                ethnicity="02",
                birth_date=date(1980, 1, 1),
                id_number=MALE_ID,
                phone="13812345678",
                address="乌审旗图克镇",
                agents=(Agent(AgentKind.LAWYER, "赵律师", "0477-8581234", "特别授权", agent.uuid),),
                uuid=uuids[0],
            ),
            Party(
                role=PartyRole.RESPONDENT,
                kind=PartyKind.PERSON,
                name="王𠈌",
                gender=Gender.FEMALE,
                ethnicity="02",
                birth_date=date(1965, 2, 3),
                id_number=FEMALE_ID,
                phone="13812345678",
                address="乌审旗图克镇",
                uuid=uuids[1],
            ),
            Party(
                role=PartyRole.THIRD_PARTY,
                kind=PartyKind.ORGANISATION,
                name="乌审旗某某牧业合作社",
                credit_code=CREDIT_CODE,
                legal_representative="其其格",
                representative_title="理事长",
                uuid=uuids[2],
            ),
        ),
        mediator_uuids=(LI.uuid, BATU.uuid),
        mediator_selection=MediatorSelection.CHOSEN_BY_PARTIES,
    )
    assert not save_button(dialog).isEnabled()  # no second registration while saving


def test_a_wrong_id_check_digit_blocks_saving_and_is_shown_at_the_field(
    qtbot: QtBot, dialog: IntakeDialog
) -> None:
    fill_dispute(qtbot, dialog)
    tick(dialog, BATU.uuid)
    fill_person(qtbot, dialog, 0, "张三", MALE_ID)
    wrong = FEMALE_ID[:-1] + ("1" if FEMALE_ID[-1] == "0" else "0")
    fill_person(qtbot, dialog, 1, "李四", wrong)
    dialog.ui.partiesList.setCurrentRow(0)
    dialog.ui.tabWidget.setCurrentIndex(0)

    with qtbot.assertNotEmitted(dialog.save_requested):
        press_save(qtbot, dialog)

    assert dialog.ui.tabWidget.currentWidget() is dialog.ui.partiesTab
    assert dialog.ui.partiesList.currentRow() == 1  # the party with the problem is shown
    shown = note(editor_ui(dialog).idNumberEdit)
    assert shown is not None and "check digit" in shown.text()
    assert "Parties (1)" in dialog.ui.tabWidget.tabText(1)
    assert dialog.ui.issuesLabel.isVisible()


def test_a_region_warning_needs_a_second_save_but_does_not_block(
    qtbot: QtBot, dialog: IntakeDialog
) -> None:
    fill_dispute(qtbot, dialog)
    tick(dialog, BATU.uuid)
    fill_person(qtbot, dialog, 0, "张三", UNKNOWN_REGION_ID)
    fill_person(qtbot, dialog, 1, "李四", FEMALE_ID)

    with qtbot.assertNotEmitted(dialog.save_requested):
        press_save(qtbot, dialog)
    dialog.ui.partiesList.setCurrentRow(0)
    shown = note(editor_ui(dialog).idNumberEdit)
    assert shown is not None and shown.property("severity") == "warning"
    assert save_button(dialog).text() == "Save anyway"

    with qtbot.waitSignal(dialog.save_requested, timeout=1000) as saved:
        press_save(qtbot, dialog)
    assert saved.args[0].parties[0].id_number == UNKNOWN_REGION_ID


def test_letters_in_the_amount_are_rejected_at_the_field(
    qtbot: QtBot, dialog: IntakeDialog
) -> None:
    qtbot.keyClicks(dialog.ui.amountEdit, "12k")
    shown = note(dialog.ui.amountEdit)
    assert shown is not None and "not a number" in shown.text()
    with qtbot.assertNotEmitted(dialog.save_requested):
        press_save(qtbot, dialog)
    assert note(dialog.ui.amountEdit) is not None
    qtbot.keyClick(dialog.ui.amountEdit, Qt.Key.Key_Backspace)
    assert note(dialog.ui.amountEdit) is None
    assert dialog.draft().amount == Decimal(12)


def test_a_referral_asks_for_the_referring_body(qtbot: QtBot, dialog: IntakeDialog) -> None:
    choose(dialog.ui.sourceCombo, CaseSource.COURT_REFERRAL.value)
    assert dialog.ui.referralBodyEdit.isVisible()
    assert not dialog.ui.writtenRadio.isVisible()
    assert dialog.draft().application_form is None
    with qtbot.assertNotEmitted(dialog.save_requested):
        press_save(qtbot, dialog)
    assert note(dialog.ui.referralBodyEdit) is not None
    assert dialog.ui.tabWidget.currentIndex() == 0


def full_case() -> Case:
    draft = CaseDraft(
        received_on=date(2025, 2, 28),
        source=CaseSource.POLICE_REFERRAL,
        category_code="neighbourhood",
        facts="邻里因排水沟发生纠纷。\n多次协商未果。",
        requests="1、疏通水沟\n2、赔偿损失",
        referral_body="乌审旗公安局图克派出所",
        referral_reference="乌公(图)转字〔2025〕3号",
        amount=Decimal("3500.00"),
        people_involved=4,
        place_division_code="150626102202",
        place_detail="二社",
        parties=(
            Party(
                PartyRole.APPLICANT,
                PartyKind.PERSON,
                "ᠪᠠᠲᠤ",
                gender=Gender.MALE,
                ethnicity="02",
                birth_date=date(1980, 1, 1),
                id_number=MALE_ID,
                occupation="牧民",
                phone="13812345678",
                address="图克镇查汗庙嘎查",
                agents=(Agent(AgentKind.CLOSE_RELATIVE, "乌云", "0477-8581234", "代为参加调解"),),
            ),
            Party(
                PartyRole.RESPONDENT,
                PartyKind.ORGANISATION,
                "乌审旗某某牧业合作社",
                credit_code=CREDIT_CODE,
                legal_representative="王𠈌",
                representative_title="理事长",
                phone="0477-8581235",
                address="图克镇",
            ),
        ),
        mediator_uuids=(RETIRED.uuid, BATU.uuid),
        mediator_selection=MediatorSelection.CHOSEN_BY_PARTIES,
    )
    now = datetime(2025, 3, 1, tzinfo=UTC)
    return Case("c-1", "（2025）图克人调字第3号", 2025, 3, CaseStatus.REGISTERED, draft, now, now)


def test_opening_a_case_shows_everything_and_round_trips(qtbot: QtBot) -> None:
    case = full_case()
    dialog = make_dialog(qtbot, case)
    assert case.case_no in dialog.windowTitle()
    assert dialog.draft() == case.draft
    assert not dialog.has_unsaved_changes()
    # The mediator who has left stays listed and ticked.
    texts = [dialog.ui.mediatorsList.item(i).text() for i in range(dialog.ui.mediatorsList.count())]
    assert any(t.startswith("老王") and "no longer active" in t for t in texts)
    assert dialog.ui.referralBodyEdit.text() == "乌审旗公安局图克派出所"
    assert dialog.ui.amountEdit.text() == "3,500.00"
    assert dialog.ui.partiesList.item(1).text() == "Respondent: 乌审旗某某牧业合作社"

    with qtbot.waitSignal(dialog.save_requested, timeout=1000) as saved:
        press_save(qtbot, dialog)
    assert saved.args[0] == case.draft
    dialog.mark_saved()


def test_an_edit_is_checked_like_a_new_registration(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, full_case())
    dialog.ui.partiesList.setCurrentRow(1)
    ui = editor_ui(dialog)
    ui.creditCodeEdit.clear()
    qtbot.keyClicks(ui.creditCodeEdit, CREDIT_CODE[:-1] + ("1" if CREDIT_CODE[-1] != "1" else "2"))
    assert dialog.has_unsaved_changes()
    dialog.ui.partiesList.setCurrentRow(0)
    with qtbot.assertNotEmitted(dialog.save_requested):
        press_save(qtbot, dialog)
    assert dialog.ui.partiesList.currentRow() == 1
    assert note(ui.creditCodeEdit) is not None
    dialog.mark_saved()


def test_closing_with_changes_asks_first(
    qtbot: QtBot, dialog: IntakeDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def fake_question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        assert args[4] == QMessageBox.StandardButton.No  # the safe choice is the default
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake_question))
    commit_text(dialog.ui.factsEdit, "刚写了一半")
    dialog.close()
    assert dialog.isVisible() and asked == ["Discard the changes?"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 2
    answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel),
        Qt.MouseButton.LeftButton,
    )
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_closing_without_changes_does_not_ask(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: pytest.fail("asked")))
    dialog = make_dialog(qtbot, full_case())
    dialog.close()
    assert not dialog.isVisible()


def test_a_failed_save_keeps_everything_and_says_why(qtbot: QtBot) -> None:
    case = full_case()
    dialog = make_dialog(qtbot, case)
    with qtbot.waitSignal(dialog.save_requested, timeout=1000):
        press_save(qtbot, dialog)
    dialog.show_save_error("the database is locked")
    assert dialog.isVisible()
    assert save_button(dialog).isEnabled()
    assert "the database is locked" in dialog.ui.issuesLabel.text()
    assert dialog.draft() == case.draft
    dialog.mark_saved()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_parties_are_added_moved_and_removed(
    qtbot: QtBot, dialog: IntakeDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.mouseClick(dialog.ui.addPersonButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.partiesList.count() == 3
    assert dialog.ui.partiesList.currentRow() == 2
    commit_text(editor_ui(dialog).nameEdit, "第三人")
    assert dialog.ui.partiesList.item(2).text().endswith("第三人")
    qtbot.mouseClick(dialog.ui.moveUpButton, Qt.MouseButton.LeftButton)
    assert [p.name for p in dialog.draft().parties] == ["", "第三人", ""]
    assert dialog.ui.partiesList.currentRow() == 1

    asked: list[str] = []

    def refuse(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(refuse))
    qtbot.mouseClick(dialog.ui.removePartyButton, Qt.MouseButton.LeftButton)
    assert (
        len(asked) == 1 and "第三人" in asked[0]
    )  # a filled-in party is only removed if confirmed
    assert dialog.ui.partiesList.count() == 3
    dialog.ui.partiesList.setCurrentRow(0)
    qtbot.mouseClick(dialog.ui.removePartyButton, Qt.MouseButton.LeftButton)
    assert len(asked) == 1  # an empty party goes without a question
    assert [p.name for p in dialog.draft().parties] == ["第三人", ""]


def test_enter_in_a_field_moves_on_and_does_not_save(qtbot: QtBot, dialog: IntakeDialog) -> None:
    with qtbot.assertNotEmitted(dialog.save_requested):
        qtbot.keyClick(dialog.ui.placeDetailEdit, Qt.Key.Key_Return)
    assert not dialog.ui.issuesLabel.isVisible()
    assert dialog.isVisible()


def test_the_first_mediator_ticked_comes_first(dialog: IntakeDialog) -> None:
    tick(dialog, LI.uuid)
    tick(dialog, BATU.uuid)
    assert dialog.draft().mediator_uuids == (LI.uuid, BATU.uuid)
    dialog.ui.mediatorsList.item(1).setCheckState(Qt.CheckState.Unchecked)  # 李秀英
    assert dialog.draft().mediator_uuids == (BATU.uuid,)


def test_every_domain_code_has_a_label(qapp: QApplication) -> None:
    enums = (CaseSource, ApplicationForm, CaseStatus, PartyRole, PartyKind, Gender, AgentKind)
    for enum in (*enums, MediatorSelection, MediatorKind):
        for value in enum:
            assert label(value) and label(value) != value.value


def test_category_and_ethnicity_names_follow_the_interface_language(qapp: QApplication) -> None:
    assert ui_language() == "zh_CN"
    assert category_name(CATEGORIES[1]) == "草牧场"
    assert ethnicity_name(ETHNICITIES[1]) == "蒙古族"
    qapp.setProperty("uiLanguage", "en")
    try:
        assert category_name(CATEGORIES[1]) == "Grassland and pasture"
        assert ethnicity_name(ETHNICITIES[1]) == "Mongol"
    finally:
        qapp.setProperty("uiLanguage", None)


def noted(widget: QWidget) -> str:
    """The warning under a field, also while its tab is not the one shown."""
    label = widget.parentWidget().findChild(QLabel, f"{widget.objectName()}Message")
    assert label is not None and not label.isHidden()
    assert label.property("severity") == "warning"
    return str(label.text())


def test_a_mediator_related_to_a_party_and_earlier_cases_are_warned_about_on_save(
    qtbot: QtBot,
) -> None:
    related = replace(BATU, relatives=(MediatorRelative("张三", "外甥", MALE_ID),))
    earlier = EarlierCase(
        "c-1", "（2024）图克人调字第3号", date(2024, 5, 1), "pasture", CaseStatus.CLOSED, "李四"
    )
    asked: list[CaseDraft] = []

    def find(draft: CaseDraft) -> list[EarlierCase]:
        asked.append(draft)
        return [earlier]

    dialog = IntakeDialog(
        categories=CATEGORIES,
        ethnicities=ETHNICITIES,
        divisions=DIVISIONS,
        mediators=[related, LI],
        default_place_code=PLACE,
        today=TODAY,
        earlier_cases=find,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    fill_dispute(qtbot, dialog)
    tick(dialog, BATU.uuid)
    fill_person(qtbot, dialog, 0, "张小三", MALE_ID)  # the same ID number under another name
    fill_person(qtbot, dialog, 1, "李四", FEMALE_ID)

    with qtbot.assertNotEmitted(dialog.save_requested):
        press_save(qtbot, dialog)

    assert "2 item(s) marked in orange" in dialog.ui.issuesLabel.text()
    kinship = noted(dialog.ui.mediatorsList)
    assert "巴图" in kinship and "张小三" in kinship and "外甥" in kinship
    assert "（2024）图克人调字第3号" in noted(dialog.ui.partiesList)
    assert asked[0].place_division_code == VILLAGE
    assert save_button(dialog).text() == "Save anyway"
    with qtbot.waitSignal(dialog.save_requested, timeout=1000):
        press_save(qtbot, dialog)
