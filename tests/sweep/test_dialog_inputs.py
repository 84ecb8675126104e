"""The sweep through the real dialogs and the main window's search box (pytest-qt, offscreen).

A small representative set per field: each value is saved exactly as typed (names trimmed) or
refused at the field with a visible note and no save. Non-ASCII text is set, not key-clicked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from mediation_desk.app import Application
from mediation_desk.domain.models import CaseDraft
from mediation_desk.domain.validation import clean_text
from mediation_desk.ui.dialogs.intake_dialog import IntakeDialog
from mediation_desk.ui.dialogs.mediator_dialog import MediatorDialog
from tests.services.conftest import committee_services, make_draft
from tests.sweep.inputs import AMOUNT_TEXTS, TEXTS
from tests.ui.test_intake_dialog import (
    BATU,
    ETHNICITIES,
    FEMALE_ID,
    MALE_ID,
    _answer_questions_with_yes,
    editor_ui,
    fill_dispute,
    fill_person,
    make_dialog,
    press_save,
    tick,
)
from tests.ui.test_mediator_dialog import click_ok

__all__ = ["_answer_questions_with_yes"]  # the autouse fixture: a real message box would wait
pytestmark = pytest.mark.timeout(60)

GUI_TEXTS = {
    name: TEXTS[name]
    for name in (
        "10k characters",
        "NUL",
        "ESC",
        "DEL",
        "RLO override",
        "RLM mark",
        "BOM inside",
        "outside the BMP",
        "emoji",
        "Mongolian with format controls",
        "SQL",
        "U+3000 inside",
    )
} | {"blank U+3000": "\u3000\u3000", "empty": ""}
SEARCHES = ("' OR 1=1 --", '"', "NEAR(", "AND OR NOT", "^", "col:val", "(王", "𠈌", "ᠪᠠᠲᠤ\u180b")


def _note(widget: QWidget) -> str | None:
    label = widget.parentWidget().findChild(QLabel, f"{widget.objectName()}Message")
    return label.text() if label is not None and label.isVisible() else None


def _ready(qtbot: QtBot) -> IntakeDialog:
    dialog = make_dialog(qtbot)
    fill_dispute(qtbot, dialog)
    tick(dialog, BATU.uuid)
    fill_person(qtbot, dialog, 0, "张三", MALE_ID)
    fill_person(qtbot, dialog, 1, "李四", FEMALE_ID)
    return dialog


def _saved(qtbot: QtBot, dialog: IntakeDialog) -> CaseDraft | None:
    drafts: list[CaseDraft] = []
    dialog.save_requested.connect(drafts.append)
    press_save(qtbot, dialog)
    if not drafts:
        press_save(qtbot, dialog)  # "Save anyway" after warnings
    return drafts[0] if drafts else None


def _facts(dialog: IntakeDialog) -> QPlainTextEdit:
    return dialog.ui.factsEdit


def _party_name(dialog: IntakeDialog) -> QLineEdit:
    dialog.ui.partiesList.setCurrentRow(0)
    edit: QLineEdit = editor_ui(dialog).nameEdit
    return edit


FIELDS: dict[str, tuple[Callable[[IntakeDialog], QWidget], Callable[[CaseDraft], str]]] = {
    "facts": (_facts, lambda d: d.facts),
    "party name": (_party_name, lambda d: d.parties[0].name),
}


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("name", GUI_TEXTS)
def test_intake_text_is_saved_as_typed_or_refused_at_the_field(
    qtbot: QtBot, field: str, name: str
) -> None:
    dialog = _ready(qtbot)
    widget_of, value_of = FIELDS[field]
    widget = widget_of(dialog)
    text = GUI_TEXTS[name]
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        assert isinstance(widget, QLineEdit)
        widget.setText(text)
    draft = _saved(qtbot, dialog)
    if draft is None:
        widget_of(dialog)  # shows the party again
        assert _note(widget), f"{name} refused without a note at the field"
        assert dialog.ui.issuesLabel.isVisible()
    else:
        # PySide drops a leading byte order mark when it hands text to Qt (invisible anyway).
        typed = text.removeprefix("\ufeff")
        assert value_of(draft) in (typed, clean_text(typed))
        if field == "party name":
            assert len(value_of(draft)) <= 100  # the edit's own limit keeps names short


@pytest.mark.parametrize("text", AMOUNT_TEXTS)
def test_bad_amounts_are_refused_at_the_field(qtbot: QtBot, text: str) -> None:
    # Regression for "1" + 30 zeros: decimal.InvalidOperation escaped from the Save slot.
    dialog = _ready(qtbot)
    dialog.ui.amountEdit.setText(text)
    assert _saved(qtbot, dialog) is None
    assert _note(dialog.ui.amountEdit)


@pytest.mark.parametrize("name", ["NUL", "emoji", "Mongolian with format controls", "100k"])
def test_mediator_names_are_kept_or_refused(qtbot: QtBot, name: str) -> None:
    dialog = MediatorDialog(ethnicities=ETHNICITIES)
    qtbot.addWidget(dialog)
    dialog.open()
    text = TEXTS.get(name, "x" * 100_000)
    dialog.ui.nameEdit.setText(text)
    click_ok(qtbot, dialog)
    if dialog.isVisible():
        assert _note(dialog.ui.nameEdit)
    else:
        assert dialog.mediator().name in (text, text[: dialog.ui.nameEdit.maxLength()])


def test_the_search_box_takes_search_syntax(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "committee.sqlite3"
    with committee_services(path) as services:
        saved = services.cases.register(make_draft(services))
    application = Application(qapp, f"sqlite:///{path}")
    qtbot.addWidget(application.window)
    application.start()
    qtbot.waitUntil(lambda: application.services is not None, timeout=15000)
    window = application.window
    table = window.ui.caseTable
    qtbot.waitUntil(lambda: table.model() is not None and table.model().rowCount() == 1)
    for query in SEARCHES:
        window.ui.searchEdit.setText(query)
        window.apply_filter()
        assert table.model().rowCount() in (0, 1), query
    window.ui.searchEdit.setText("王𠈌")
    window.apply_filter()
    assert table.model().rowCount() == 1
    assert application.services is not None
    assert application.services.cases.get(saved.uuid) == saved
    window.close()


def count() -> int:
    """Values typed into the dialogs and the search box by this module."""
    return len(FIELDS) * len(GUI_TEXTS) + len(AMOUNT_TEXTS) + 4 + len(SEARCHES) + 1
