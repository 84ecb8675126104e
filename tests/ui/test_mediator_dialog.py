"""The mediator dialog and the committee's mediator list: entry, round trip, checks, hints."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from mediation_desk.domain.divisions import DivisionTree
from mediation_desk.domain.enums import Gender, MediatorKind
from mediation_desk.domain.models import Committee, Ethnicity, Mediator, MediatorRelative
from mediation_desk.ui.dialogs.committee_setup import CommitteeSetupDialog
from mediation_desk.ui.dialogs.mediator_dialog import MediatorDialog, composition_hint
from tests.ui.input_method import commit_text

ETHNICITIES = [Ethnicity("01", "汉族", "Han"), Ethnicity("02", "蒙古族", "Mongol")]
MONGOLIAN_NAME = "ᠰᠠᠷᠠᠨ"
SAVE = QDialogButtonBox.StandardButton.Save


def make_dialog(qtbot: QtBot, mediator: Mediator | None = None) -> MediatorDialog:
    dialog = MediatorDialog(ethnicities=ETHNICITIES, mediator=mediator)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def click_ok(qtbot: QtBot, dialog: MediatorDialog) -> None:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def message(widget: QWidget) -> QLabel | None:
    """The note shown under a field, if it is visible."""
    label = widget.parentWidget().findChild(QLabel, f"{widget.objectName()}Message")
    return label if label is not None and label.isVisible() else None


def test_a_new_mediator_is_entered_as_typed(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.windowTitle() == "Add a mediator"
    assert dialog.ui.chineseCheck.isChecked() and dialog.ui.activeCheck.isChecked()
    commit_text(dialog.ui.nameEdit, MONGOLIAN_NAME)
    choose(dialog.ui.genderCombo, Gender.FEMALE.value)
    choose(dialog.ui.ethnicityCombo, "02")
    qtbot.keyClicks(dialog.ui.phoneEdit, "139 1234 5678")
    qtbot.mouseClick(dialog.ui.mongolianCheck, Qt.MouseButton.LeftButton)
    choose(dialog.ui.kindCombo, MediatorKind.ENGAGED.value)
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    mediator = dialog.mediator()
    assert mediator == Mediator(
        name=MONGOLIAN_NAME,
        gender=Gender.FEMALE,
        ethnicity="02",
        phone="13912345678",
        speaks_mongolian=True,
        speaks_chinese=True,
        kind=MediatorKind.ENGAGED,
        active=True,
        uuid=mediator.uuid,
    )
    assert mediator.name.encode() == MONGOLIAN_NAME.encode()


def test_editing_keeps_every_value_and_the_uuid(qtbot: QtBot) -> None:
    original = Mediator(
        name="其其格",
        gender=Gender.FEMALE,
        ethnicity="02",
        phone="0477-7512345",
        speaks_mongolian=True,
        speaks_chinese=False,
        kind=MediatorKind.MEMBER,
        active=False,
    )
    dialog = make_dialog(qtbot, original)
    assert dialog.windowTitle() == "Edit the mediator"
    assert dialog.mediator() == original


def test_an_ethnicity_code_missing_from_the_list_is_kept(qtbot: QtBot) -> None:
    original = Mediator(name="Anna", ethnicity="97")
    dialog = make_dialog(qtbot, original)
    assert dialog.mediator().ethnicity == "97"


def test_a_missing_name_is_shown_at_the_field_and_blocks(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    with qtbot.assertNotEmitted(dialog.accepted):
        click_ok(qtbot, dialog)
    note = message(dialog.ui.nameEdit)
    assert note is not None and note.text() == "This field is required."
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.ui.nameEdit, "Bayar")
    assert message(dialog.ui.nameEdit) is None  # typing clears the note


def test_a_mediator_needs_a_working_language(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    qtbot.keyClicks(dialog.ui.nameEdit, "Bayar")
    qtbot.mouseClick(dialog.ui.chineseCheck, Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(dialog.accepted):
        click_ok(qtbot, dialog)
    note = message(dialog.ui.languagesWidget)
    assert note is not None and "language" in note.text()


def test_a_warning_is_shown_once_and_then_accepted(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    qtbot.keyClicks(dialog.ui.nameEdit, "Bayar")
    qtbot.keyClicks(dialog.ui.phoneEdit, "8581234")
    with qtbot.assertNotEmitted(dialog.accepted):
        click_ok(qtbot, dialog)
    note = message(dialog.ui.phoneEdit)
    assert note is not None and "area code" in note.text()
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "OK anyway"
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    assert dialog.mediator().phone == "8581234"


@pytest.mark.parametrize(
    ("mediators", "expected"),
    [
        ((), "No mediators"),
        ((Mediator("张伟", Gender.MALE, "01"),), "Neither"),
        ((Mediator("张丽", Gender.FEMALE, "01"),), "minority nationalities in"),
        ((Mediator("巴特尔", Gender.MALE, "02"),), "No woman member"),
        ((Mediator("其其格", Gender.FEMALE, "02"),), ""),
        # Only active committee members count; an engaged or inactive woman does not.
        ((Mediator("其其格", Gender.FEMALE, "02", kind=MediatorKind.ENGAGED),), "Neither"),
        ((Mediator("其其格", Gender.FEMALE, "02", active=False),), "No mediators"),
    ],
)
def test_composition_hint(qtbot: QtBot, mediators: tuple[Mediator, ...], expected: str) -> None:
    hint = composition_hint(mediators)
    assert (expected in hint) if expected else hint == ""


def test_the_committee_dialog_hints_when_only_han_men_are_listed(qtbot: QtBot) -> None:
    committee = Committee("巴音敖包嘎查人民调解委员会", "巴音敖包", "150626100201")
    men = [Mediator("张伟", Gender.MALE, "01"), Mediator("李强", Gender.MALE, "01")]
    dialog = CommitteeSetupDialog(
        divisions=DivisionTree(()), ethnicities=ETHNICITIES, today=date(2026, 3, 2),
        committee=committee, mediators=men,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.open()
    hint = dialog.ui.compositionHintLabel
    assert hint.isVisible() and "women" in hint.text() and "minority" in hint.text()
    with qtbot.waitSignal(dialog.save_requested):  # a reminder, not a reason to refuse
        qtbot.mouseClick(dialog.ui.buttonBox.button(SAVE), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.addMediatorButton, Qt.MouseButton.LeftButton)
    editor = dialog.findChild(MediatorDialog)
    commit_text(editor.ui.nameEdit, "其其格")
    choose(editor.ui.genderCombo, Gender.FEMALE.value)
    choose(editor.ui.ethnicityCombo, "02")
    with qtbot.waitSignal(editor.accepted):
        click_ok(qtbot, editor)
    assert not hint.isVisible()


def test_relatives_are_listed_checked_and_kept(qtbot: QtBot) -> None:
    cousin = MediatorRelative("巴图", "堂兄", "")
    dialog = make_dialog(qtbot, Mediator(name="乌力吉", relatives=(cousin,)))
    table = dialog.ui.relativesTable
    assert table.rowCount() == 1 and table.item(0, 2).text() == "堂兄"

    qtbot.mouseClick(dialog.ui.addRelativeButton, Qt.MouseButton.LeftButton)
    table.item(1, 0).setText("王芳")
    table.item(1, 1).setText("150626198503171230")  # wrong check digit, and no relation
    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    shown = message(table)
    assert shown is not None and shown.text().startswith("Relative 2: ")
    table.item(1, 1).setText("")
    table.item(1, 2).setText("儿媳")
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    assert dialog.mediator().relatives == (cousin, MediatorRelative("王芳", "儿媳"))

    table.selectRow(0)
    qtbot.mouseClick(dialog.ui.removeRelativeButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.addRelativeButton, Qt.MouseButton.LeftButton)  # left empty
    assert dialog.mediator().relatives == (MediatorRelative("王芳", "儿媳"),)
