"""The committee dialog: first-run setup as a user fills it, settings, checks and hints."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mediation_desk.domain.committee_names import propose_names
from mediation_desk.domain.divisions import DivisionTree
from mediation_desk.domain.enums import Gender, MediatorKind
from mediation_desk.domain.models import (
    DEFAULT_CASE_NO_PATTERN,
    Committee,
    Division,
    Ethnicity,
    Mediator,
)
from mediation_desk.ui.dialogs.committee_setup import CommitteeSetupDialog
from mediation_desk.ui.dialogs.mediator_dialog import MediatorDialog
from tests.ui.input_method import commit_text

TODAY = date(2026, 3, 2)
ETHNICITIES = [Ethnicity("01", "汉族", "Han"), Ethnicity("02", "蒙古族", "Mongol")]
ROWS = """150600 鄂尔多斯市 city 150000
150626 乌审旗 county 150600
150626100 乌审召镇 township 150626
150626100201 巴音敖包嘎查村委会 village 150626100
150626100202 查干淖尔嘎查村民委员会 village 150626100"""
TREE = DivisionTree(Division(*row.split()) for row in ROWS.splitlines())
VILLAGE = "150626100201"
W = TypeVar("W", bound=QWidget)
MONGOLIAN_NAME = "ᠰᠠᠷᠠᠨ"


def make_dialog(qtbot: QtBot, **options: Any) -> CommitteeSetupDialog:
    """The dialog over the test divisions, opened as the main window opens it."""
    dialog = CommitteeSetupDialog(divisions=TREE, ethnicities=ETHNICITIES, today=TODAY, **options)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def pick_place(dialog: CommitteeSetupDialog, *names: str) -> None:
    picker = dialog.ui.placePicker
    combos = (picker.countyCombo, picker.townshipCombo, picker.villageCombo)
    for combo, name in zip(combos, names, strict=False):
        choose(combo, name)


def message(widget: QWidget) -> QLabel | None:
    """The note shown under a field, if it is visible."""
    label = widget.parentWidget().findChild(QLabel, f"{widget.objectName()}Message")
    return label if label is not None and label.isVisible() else None


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_button(dialog: CommitteeSetupDialog) -> QPushButton:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def open_child(dialog: CommitteeSetupDialog, kind: type[W]) -> W:
    """The visible child window of `kind` (closed ones may wait for deferred deletion)."""
    shown = [child for child in dialog.findChildren(kind) if child.isVisible()]
    assert len(shown) == 1
    return shown[0]


def add_mediator(qtbot: QtBot, dialog: CommitteeSetupDialog, wanted: Mediator) -> None:
    """Adds `wanted` through Add… and the mediator dialog (Chinese is ticked by default)."""
    click(qtbot, dialog.ui.addMediatorButton)
    editor = open_child(dialog, MediatorDialog)
    commit_text(editor.ui.nameEdit, wanted.name)
    assert wanted.gender is not None
    editor.ui.genderCombo.setCurrentIndex(editor.ui.genderCombo.findData(wanted.gender.value))
    editor.ui.ethnicityCombo.setCurrentIndex(editor.ui.ethnicityCombo.findData(wanted.ethnicity))
    qtbot.keyClicks(editor.ui.phoneEdit, wanted.phone)
    if wanted.speaks_mongolian:
        click(qtbot, editor.ui.mongolianCheck)
    editor.ui.kindCombo.setCurrentIndex(editor.ui.kindCombo.findData(wanted.kind.value))
    with qtbot.waitSignal(editor.accepted):
        click(qtbot, editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))


def test_first_run_filled_in_as_a_user_would(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, first_run=True)
    assert dialog.windowTitle() == "Set up your committee"
    assert dialog.ui.welcomeLabel.isVisible()
    pick_place(dialog, "乌审旗", "乌审召镇", "巴音敖包嘎查村委会")
    assert dialog.ui.nameEdit.text() == "乌审召镇巴音敖包嘎查人民调解委员会"
    assert dialog.ui.shortNameEdit.text() == "巴音敖包"
    dialog.ui.shortNameEdit.clear()
    commit_text(dialog.ui.shortNameEdit, "乌审召")
    assert "（2026）乌审召人调字第1号" in dialog.ui.patternPreviewLabel.text()
    commit_text(dialog.ui.addressEdit, "乌审召镇巴音敖包嘎查党群服务中心")
    qtbot.keyClicks(dialog.ui.phoneEdit, "0477 7512345")
    saran = Mediator(MONGOLIAN_NAME, Gender.FEMALE, "02", "13912345678", speaks_mongolian=True)
    zhang = Mediator("张伟", Gender.MALE, "01", "13812345678", kind=MediatorKind.ENGAGED)
    add_mediator(qtbot, dialog, saran)
    add_mediator(qtbot, dialog, zhang)
    assert dialog.ui.mediatorsTable.rowCount() == 2
    assert dialog.ui.mediatorsTable.item(0, 0).text() == MONGOLIAN_NAME
    assert not dialog.ui.compositionHintLabel.isVisible()

    with qtbot.waitSignal(dialog.save_requested) as saved:
        click(qtbot, save_button(dialog))
    committee, mediators = saved.args
    assert committee == Committee(
        name="乌审召镇巴音敖包嘎查人民调解委员会",
        short_name="乌审召",
        division_code=VILLAGE,
        case_no_pattern=DEFAULT_CASE_NO_PATTERN,
        address="乌审召镇巴音敖包嘎查党群服务中心",
        phone="0477-7512345",
        uuid=committee.uuid,
    )
    assert mediators == [
        replace(saran, uuid=mediators[0].uuid),
        replace(zhang, uuid=mediators[1].uuid),
    ]
    assert mediators[0].name.encode() == MONGOLIAN_NAME.encode()
    assert len({committee.uuid, mediators[0].uuid, mediators[1].uuid}) == 3
    with qtbot.waitSignal(dialog.accepted):
        dialog.mark_saved()
    assert not dialog.isVisible()


def test_a_bad_pattern_is_shown_at_the_field_and_blocks_saving(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, committee=Committee("乌审召镇人民调解委员会", "乌审召", VILLAGE))
    dialog.ui.patternEdit.clear()
    commit_text(dialog.ui.patternEdit, "第{x}号")
    note = message(dialog.ui.patternEdit)
    assert note is not None and "Unknown field in the pattern: x" in note.text()
    assert "（" not in dialog.ui.patternPreviewLabel.text()
    with qtbot.assertNotEmitted(dialog.save_requested):
        click(qtbot, save_button(dialog))
    assert message(dialog.ui.patternEdit) is not None
    click(qtbot, dialog.ui.resetPatternButton)
    assert dialog.ui.patternEdit.text() == DEFAULT_CASE_NO_PATTERN
    assert message(dialog.ui.patternEdit) is None
    assert "（2026）乌审召人调字第1号" in dialog.ui.patternPreviewLabel.text()


def test_the_preview_follows_pattern_and_short_name(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.ui.patternEdit.clear()
    qtbot.keyClicks(dialog.ui.patternEdit, "{short_name}-{year}-{n:03d}")
    qtbot.keyClicks(dialog.ui.shortNameEdit, "WSZ")
    assert dialog.ui.patternPreviewLabel.text().endswith("WSZ-2026-001")
    qtbot.keyClick(dialog.ui.patternEdit, Qt.Key.Key_Backspace)  # "{n:03d" cannot be read
    assert message(dialog.ui.patternEdit) is not None
    assert "WSZ" not in dialog.ui.patternPreviewLabel.text()


def test_picking_a_place_proposes_names_but_keeps_the_users_own(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, first_run=True)
    pick_place(dialog, "乌审旗", "乌审召镇")
    assert dialog.ui.nameEdit.text() == "乌审召镇人民调解委员会"
    assert dialog.ui.shortNameEdit.text() == "乌审召"
    pick_place(dialog, "乌审旗", "乌审召镇", "巴音敖包嘎查村委会")
    assert dialog.ui.nameEdit.text() == "乌审召镇巴音敖包嘎查人民调解委员会"
    dialog.ui.nameEdit.clear()
    commit_text(dialog.ui.nameEdit, "巴音敖包嘎查人民调解委员会")
    choose(dialog.ui.placePicker.villageCombo, "查干淖尔嘎查村民委员会")
    assert dialog.ui.nameEdit.text() == "巴音敖包嘎查人民调解委员会"  # typed by the user: kept
    assert dialog.ui.shortNameEdit.text() == "查干淖尔"  # still the proposal: replaced


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("150626", None),
        ("150626100", ("乌审召镇人民调解委员会", "乌审召")),
        (VILLAGE, ("乌审召镇巴音敖包嘎查人民调解委员会", "巴音敖包")),
        ("150626100202", ("乌审召镇查干淖尔嘎查人民调解委员会", "查干淖尔")),
    ],
)
def test_proposed_names(code: str, expected: tuple[str, str] | None) -> None:
    assert propose_names(TREE, code) == expected


def test_editing_a_committee_keeps_uuids_and_drops_removed_mediators(qtbot: QtBot) -> None:
    committee = Committee("巴音敖包嘎查人民调解委员会", "巴音敖包", VILLAGE, phone="13700000000")
    first = Mediator("其其格", Gender.FEMALE, "02", "13912345678", speaks_mongolian=True)
    second = Mediator("张伟", Gender.MALE, "01")
    dialog = make_dialog(qtbot, committee=committee, mediators=[first, second])
    assert dialog.windowTitle() == "Committee settings"
    assert not dialog.ui.welcomeLabel.isVisible()
    assert dialog.ui.placePicker.code() == VILLAGE
    assert not dialog.ui.editMediatorButton.isEnabled()
    dialog.ui.mediatorsTable.selectRow(0)
    click(qtbot, dialog.ui.editMediatorButton)
    editor = open_child(dialog, MediatorDialog)
    editor.ui.phoneEdit.clear()
    qtbot.keyClicks(editor.ui.phoneEdit, "13911112222")
    with qtbot.waitSignal(editor.accepted):
        click(qtbot, editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    dialog.ui.mediatorsTable.selectRow(1)
    click(qtbot, dialog.ui.removeMediatorButton)
    assert dialog.ui.mediatorsTable.rowCount() == 1
    with qtbot.waitSignal(dialog.save_requested) as saved:
        click(qtbot, save_button(dialog))
    assert saved.args == [committee, [replace(first, phone="13911112222")]]
    dialog.show_save_error("The database is read-only.")  # the owner could not save
    assert "The database is read-only." in dialog.ui.saveErrorLabel.text()
    assert dialog.ui.saveErrorLabel.isVisible() and dialog.isVisible()


def test_missing_facts_are_shown_at_their_fields(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, first_run=True)
    with qtbot.assertNotEmitted(dialog.save_requested):
        click(qtbot, save_button(dialog))
    for widget in (dialog.ui.nameEdit, dialog.ui.shortNameEdit, dialog.ui.placePicker):
        note = message(widget)
        assert note is not None and note.text() == "This field is required."
    assert dialog.focusWidget() is dialog.ui.nameEdit


def test_a_warning_is_shown_once_then_save_goes_ahead(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    pick_place(dialog, "乌审旗", "乌审召镇", "巴音敖包嘎查村委会")
    dialog.ui.nameEdit.clear()
    commit_text(dialog.ui.nameEdit, "巴音敖包嘎查调委会")
    with qtbot.assertNotEmitted(dialog.save_requested):
        click(qtbot, save_button(dialog))
    note = message(dialog.ui.nameEdit)
    assert note is not None and "人民调解委员会" in note.text()
    assert save_button(dialog).text() == "Save anyway"
    with qtbot.waitSignal(dialog.save_requested):
        click(qtbot, save_button(dialog))


def test_tab_moves_through_the_form_in_reading_order(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, committee=Committee("x", "x", VILLAGE, case_no_pattern="{year}{n}"))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    order = []
    for _ in range(11):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == [
        *("townshipCombo", "villageCombo", "nameEdit", "shortNameEdit", "patternEdit"),
        *("resetPatternButton", "addressEdit", "phoneEdit", "sealTextEdit", "mediatorsTable"),
        "addMediatorButton",
    ]


def test_cancel_on_first_run_asks_whether_to_quit(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, first_run=True)
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    click(qtbot, cancel)
    box = open_child(dialog, QMessageBox)
    assert "Quit" in box.windowTitle()
    click(qtbot, box.findChild(QPushButton, "stayButton"))
    assert dialog.isVisible()
    click(qtbot, cancel)
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, open_child(dialog, QMessageBox).findChild(QPushButton, "leaveButton"))
    assert not dialog.isVisible()


def test_closing_asks_only_when_something_changed(qtbot: QtBot) -> None:
    committee = Committee("乌审召镇人民调解委员会", "乌审召", "150626100")
    dialog = make_dialog(qtbot, committee=committee)
    qtbot.keyClicks(dialog.ui.addressEdit, "Room 2")
    dialog.close()
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, open_child(dialog, QMessageBox).findChild(QPushButton, "leaveButton"))

    unchanged = make_dialog(qtbot, committee=committee)
    with qtbot.waitSignal(unchanged.rejected):
        unchanged.close()
    assert not unchanged.findChildren(QMessageBox)
