"""The party editor: checks at the field, fill-in from the ID number, agents, exact round trip."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from stdnum.cn import ric, uscc

from mediation_desk.domain.enums import AgentKind, Gender, PartyKind, PartyRole
from mediation_desk.domain.models import Agent, Ethnicity, Party
from mediation_desk.ui.dialogs.agent_dialog import AgentDialog
from mediation_desk.ui.dialogs.party_editor import PartyEditor
from tests.ui.input_method import commit_text

TODAY = date(2025, 3, 10)
ETHNICITIES = [Ethnicity("01", "汉族", "Han"), Ethnicity("02", "蒙古族", "Mongol")]


def valid_id(first_17: str) -> str:
    return first_17 + ric.calc_check_digit(first_17 + "0")


def valid_credit_code(first_17: str) -> str:
    return first_17 + uscc.calc_check_digit(first_17)


MALE_ID = valid_id("15062619800101123")  # 乌审旗, 1980-01-01, odd sequence: male
UNKNOWN_REGION_ID = valid_id("99000019800101123")


@pytest.fixture
def editor(qtbot: QtBot) -> PartyEditor:
    widget = PartyEditor(ethnicities=ETHNICITIES, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def message(widget: QWidget) -> QLabel | None:
    """The note shown under a field, if it is visible."""
    label = widget.parentWidget().findChild(QLabel, f"{widget.objectName()}Message")
    return label if label is not None and label.isVisible() else None


def type_id(qtbot: QtBot, editor: PartyEditor, text: str) -> None:
    editor.ui.idNumberEdit.clear()
    qtbot.keyClicks(editor.ui.idNumberEdit, text)
    qtbot.keyClick(editor.ui.idNumberEdit, Qt.Key.Key_Return)  # ends editing like leaving it


def test_a_wrong_check_digit_is_reported_at_the_id_field(qtbot: QtBot, editor: PartyEditor) -> None:
    wrong = MALE_ID[:-1] + ("0" if MALE_ID[-1] != "0" else "1")
    type_id(qtbot, editor, wrong)
    note = message(editor.ui.idNumberEdit)
    assert note is not None
    assert "check digit" in note.text()
    assert note.property("severity") == "error"
    assert editor.party().birth_date is None  # nothing filled from a wrong number


def test_a_valid_number_fills_birth_date_and_gender(qtbot: QtBot, editor: PartyEditor) -> None:
    type_id(qtbot, editor, MALE_ID.lower())
    party = editor.party()
    assert party.birth_date == date(1980, 1, 1)
    assert party.gender is Gender.MALE
    assert party.id_number == MALE_ID
    assert message(editor.ui.idNumberEdit) is None


def test_a_gender_already_chosen_is_not_overwritten(qtbot: QtBot, editor: PartyEditor) -> None:
    editor.ui.genderCombo.setCurrentIndex(editor.ui.genderCombo.findData("female"))
    type_id(qtbot, editor, MALE_ID)
    assert editor.party().gender is Gender.FEMALE
    assert editor.party().birth_date == date(1980, 1, 1)


def test_an_unknown_region_is_only_a_warning(qtbot: QtBot, editor: PartyEditor) -> None:
    type_id(qtbot, editor, UNKNOWN_REGION_ID)
    note = message(editor.ui.idNumberEdit)
    assert note is not None
    assert note.property("severity") == "warning"
    assert editor.party().birth_date == date(1980, 1, 1)


def test_editing_a_field_removes_its_note(qtbot: QtBot, editor: PartyEditor) -> None:
    type_id(qtbot, editor, "12345")
    assert message(editor.ui.idNumberEdit) is not None
    qtbot.keyClicks(editor.ui.idNumberEdit, "6")
    assert message(editor.ui.idNumberEdit) is None


def test_rare_and_mongolian_names_are_kept_intact(editor: PartyEditor) -> None:
    commit_text(editor.ui.nameEdit, "ᠪᠠᠲᠤ")
    assert editor.party().name == "ᠪᠠᠲᠤ"
    editor.ui.nameEdit.clear()
    commit_text(editor.ui.nameEdit, "王𠈌")
    assert editor.party().name == "王𠈌"


def test_a_bad_credit_code_is_reported_at_its_field(qtbot: QtBot, editor: PartyEditor) -> None:
    editor.set_party(Party(PartyRole.RESPONDENT, PartyKind.ORGANISATION, ""))
    assert editor.ui.kindStack.currentWidget() is editor.ui.organisationPage
    good = valid_credit_code("91150600MA0Q12345")
    bad = good[:-1] + ("A" if good[-1] != "A" else "B")
    qtbot.keyClicks(editor.ui.creditCodeEdit, bad)
    qtbot.keyClick(editor.ui.creditCodeEdit, Qt.Key.Key_Return)
    note = message(editor.ui.creditCodeEdit)
    assert note is not None
    assert note.property("severity") == "error"
    editor.ui.creditCodeEdit.clear()
    qtbot.keyClicks(editor.ui.creditCodeEdit, good.lower())
    qtbot.keyClick(editor.ui.creditCodeEdit, Qt.Key.Key_Return)
    assert message(editor.ui.creditCodeEdit) is None
    assert editor.party().credit_code == good


def _agent_dialog(editor: PartyEditor) -> AgentDialog:
    dialog = editor.findChild(AgentDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_an_agent_is_added_through_the_agent_dialog(qtbot: QtBot, editor: PartyEditor) -> None:
    qtbot.mouseClick(editor.ui.addAgentButton, Qt.MouseButton.LeftButton)
    dialog = _agent_dialog(editor)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("close_relative"))
    commit_text(dialog.ui.nameEdit, "乌云")
    qtbot.keyClicks(dialog.ui.phoneEdit, "138 1234 5678")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # The scope of authority is required: the dialog stays and says so at the field.
    assert dialog.isVisible()
    assert message(dialog.ui.authorityEdit) is not None
    commit_text(dialog.ui.authorityEdit, "代为参加调解")
    with qtbot.waitSignal(editor.party_edited):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    agents = editor.party().agents
    assert [(a.kind, a.name, a.phone, a.authority) for a in agents] == [
        (AgentKind.CLOSE_RELATIVE, "乌云", "13812345678", "代为参加调解")
    ]
    assert editor.ui.agentsTable.rowCount() == 1
    assert editor.ui.agentsTable.item(0, 1).text() == "乌云"


def test_an_agent_is_edited_and_removed(qtbot: QtBot, editor: PartyEditor) -> None:
    agent = Agent(AgentKind.LAWYER, "Zhang", "0477-8581234", "all matters")
    editor.set_party(Party(PartyRole.APPLICANT, PartyKind.PERSON, "A", agents=(agent,)))
    editor.ui.agentsTable.selectRow(0)
    qtbot.mouseClick(editor.ui.editAgentButton, Qt.MouseButton.LeftButton)
    dialog = _agent_dialog(editor)
    assert dialog.ui.nameEdit.text() == "Zhang"
    qtbot.keyClicks(dialog.ui.nameEdit, "san")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    edited = editor.party().agents
    assert [(a.name, a.uuid) for a in edited] == [("Zhangsan", agent.uuid)]
    editor.ui.agentsTable.selectRow(0)
    qtbot.mouseClick(editor.ui.removeAgentButton, Qt.MouseButton.LeftButton)
    assert editor.party().agents == ()


def test_a_person_and_an_organisation_round_trip_unchanged(editor: PartyEditor) -> None:
    person = Party(
        role=PartyRole.THIRD_PARTY,
        kind=PartyKind.PERSON,
        name="ᠪᠠᠲᠤ",
        gender=Gender.MALE,
        ethnicity="02",
        birth_date=date(1980, 1, 1),
        id_number=MALE_ID,
        occupation="牧民",
        phone="13812345678",
        address="乌审旗图克镇",
        agents=(Agent(AgentKind.CITIZEN, "其其格", "", "代为陈述"),),
    )
    editor.set_party(person)
    assert editor.party() == person
    organisation = Party(
        role=PartyRole.RESPONDENT,
        kind=PartyKind.ORGANISATION,
        name="鄂尔多斯市某某牧业有限公司",
        credit_code=valid_credit_code("91150600MA0Q12345"),
        legal_representative="王𠈌",
        representative_title="经理",
        phone="0477-8581234",
        address="康巴什区",
    )
    editor.set_party(organisation)
    assert editor.party() == organisation


def test_loading_a_party_does_not_count_as_an_edit(qtbot: QtBot, editor: PartyEditor) -> None:
    with qtbot.assertNotEmitted(editor.party_edited):
        editor.set_party(Party(PartyRole.APPLICANT, PartyKind.PERSON, "张三", id_number=MALE_ID))
