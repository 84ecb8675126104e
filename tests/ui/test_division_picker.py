"""The division picker: county → township → village cascade, typing to find, code round trip."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mediation_desk.domain.divisions import DivisionTree
from mediation_desk.domain.models import Division
from mediation_desk.ui.widgets.division_picker import DivisionPicker
from tests.ui.input_method import commit_text

DIVISIONS_CSV = (
    Path(__file__).resolve().parents[2] / "resources" / "reference" / "ordos_divisions.csv"
)
WUSHEN = "150626"  # 乌审旗


def _tree() -> DivisionTree:
    with DIVISIONS_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return DivisionTree(Division(r["code"], r["name"], r["level"], r["parent_code"]) for r in rows)


@pytest.fixture(scope="module")
def tree() -> DivisionTree:
    return _tree()


@pytest.fixture
def picker(qtbot: QtBot, tree: DivisionTree) -> DivisionPicker:
    widget = DivisionPicker()
    qtbot.addWidget(widget)
    widget.set_tree(tree)
    widget.show()
    return widget


def _first_child(tree: DivisionTree, code: str) -> Division:
    return tree.children(code)[0]


def test_starts_with_the_banners_and_nothing_chosen(
    picker: DivisionPicker, tree: DivisionTree
) -> None:
    county = picker.countyCombo
    names = [county.itemText(i) for i in range(county.count())]
    assert names[0] == "—"
    assert names[1:] == [d.name for d in tree.children("150600")]
    assert "乌审旗" in names
    assert picker.code() == ""
    assert not picker.townshipCombo.isEnabled()
    assert not picker.villageCombo.isEnabled()


def test_choosing_a_banner_then_a_township_fills_the_next_level(
    qtbot: QtBot, picker: DivisionPicker, tree: DivisionTree
) -> None:
    with qtbot.waitSignal(picker.code_changed) as banner_chosen:
        picker.countyCombo.setCurrentIndex(picker.countyCombo.findData(WUSHEN))
    assert banner_chosen.args == [WUSHEN]
    townships = [picker.townshipCombo.itemText(i) for i in range(1, picker.townshipCombo.count())]
    assert townships == [d.name for d in tree.children(WUSHEN)]
    assert picker.townshipCombo.isEnabled()

    township = _first_child(tree, WUSHEN)
    picker.townshipCombo.setCurrentIndex(picker.townshipCombo.findData(township.code))
    village = _first_child(tree, township.code)
    assert picker.villageCombo.findText(village.name) > 0
    picker.villageCombo.setCurrentIndex(picker.villageCombo.findData(village.code))
    assert picker.code() == village.code

    # Another banner clears the lower levels again.
    picker.countyCombo.setCurrentIndex(picker.countyCombo.findText("东胜区"))
    assert picker.code() == "150602"
    assert picker.villageCombo.count() == 1


@pytest.mark.parametrize("level", ["county", "township", "village"])
def test_set_code_and_code_round_trip(
    picker: DivisionPicker, tree: DivisionTree, level: str
) -> None:
    township = _first_child(tree, WUSHEN)
    village = _first_child(tree, township.code)
    code = {"county": WUSHEN, "township": township.code, "village": village.code}[level]
    picker.set_code(code)
    assert picker.code() == code
    assert picker.countyCombo.currentText() == "乌审旗"
    if level != "county":
        assert picker.townshipCombo.currentText() == township.name
    if level == "village":
        assert picker.villageCombo.currentText() == village.name


def test_set_code_empty_or_root_clears(picker: DivisionPicker) -> None:
    picker.set_code(WUSHEN)
    picker.set_code("")
    assert picker.code() == ""
    picker.set_code(WUSHEN)
    picker.set_code("150600")
    assert picker.code() == ""
    assert picker.countyCombo.currentText() == "—"


def test_an_unknown_code_is_kept_until_the_user_chooses(picker: DivisionPicker) -> None:
    picker.set_code("150626999999")
    assert picker.code() == "150626999999"
    picker.countyCombo.setCurrentIndex(picker.countyCombo.findData(WUSHEN))
    assert picker.code() == WUSHEN


def test_typing_part_of_a_name_picks_the_only_match(qtbot: QtBot, picker: DivisionPicker) -> None:
    line_edit = picker.countyCombo.lineEdit()
    line_edit.clear()
    commit_text(line_edit, "乌审")
    with qtbot.waitSignal(picker.code_changed) as chosen:
        line_edit.editingFinished.emit()
    assert chosen.args == [WUSHEN]
    assert picker.countyCombo.currentText() == "乌审旗"


def test_typing_something_unknown_shows_the_current_choice_again(picker: DivisionPicker) -> None:
    picker.set_code(WUSHEN)
    line_edit = picker.countyCombo.lineEdit()
    line_edit.clear()
    commit_text(line_edit, "旗")  # several banners match: nothing is guessed
    line_edit.editingFinished.emit()
    assert picker.code() == WUSHEN
    assert picker.countyCombo.currentText() == "乌审旗"


def test_the_full_place_name_is_shown_as_a_tooltip(
    picker: DivisionPicker, tree: DivisionTree
) -> None:
    township = _first_child(tree, WUSHEN)
    picker.set_code(township.code)
    assert picker.toolTip() == "乌审旗" + township.name
