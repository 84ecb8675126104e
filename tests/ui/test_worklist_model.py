"""The worklist table: what each row says, how overdue rows and risk levels look, Qt's contract."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from mediation_desk.domain.lifecycle.clocks import DeadlineKind
from mediation_desk.domain.lifecycle.risk import RiskScale
from mediation_desk.domain.lifecycle.worklist import MESSAGE_KEYS, WorkItem, WorkKind
from mediation_desk.services.lifecycle_reference import load_lifecycle_reference
from mediation_desk.ui.worklist_model import (
    MESSAGES,
    WorklistModel,
    message_text,
)

TODAY = date(2025, 6, 10)
D = Qt.ItemDataRole


@pytest.fixture(scope="module")
def scale() -> RiskScale:
    return load_lifecycle_reference().risk_scale


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    old = qapp.property("uiLanguage")
    qapp.setProperty("uiLanguage", "en")
    yield
    qapp.setProperty("uiLanguage", old)


def _deadline_item(no: int, days_left: int, kind: DeadlineKind, risk: str = "") -> WorkItem:
    state = "overdue" if days_left < 0 else "due_soon"
    return WorkItem(
        kind=WorkKind.OVERDUE if days_left < 0 else WorkKind.DUE_SOON,
        case_uuid=f"uuid-{no}",
        case_no=f"（2025）巴人调字第{no}号",
        message_key=f"worklist.{state}.{kind}",
        due=date.fromordinal(TODAY.toordinal() + days_left),
        days_left=days_left,
        deadline_kind=kind,
        risk_level=risk,
    )


ITEMS = [
    WorkItem(
        WorkKind.ESCALATION_MISSING,
        "uuid-9",
        "（2025）巴人调字第9号",
        "worklist.escalation_missing",
        risk_level="major",
    ),
    _deadline_item(1, -3, DeadlineKind.MEDIATION_PERIOD, "significant"),
    _deadline_item(2, 0, DeadlineKind.FOLLOW_UP_VISIT),
    _deadline_item(3, 2, DeadlineKind.JUDICIAL_CONFIRMATION, "general"),
    WorkItem(
        WorkKind.HIGH_RISK,
        "uuid-4",
        "（2025）巴人调字第4号",
        "worklist.high_risk",
        risk_level="significant",
    ),
]


def test_every_message_key_has_an_english_text() -> None:
    assert set(MESSAGES) == set(MESSAGE_KEYS)
    assert message_text("worklist.due_soon.follow_up_visit") == "Follow-up visit due"
    assert message_text("worklist.unknown") == "worklist.unknown"


def test_days_left_read_as_overdue_today_or_ahead(english: None) -> None:
    days_left_text = WorklistModel().days_left_text
    assert days_left_text(-3) == "3 days overdue"
    assert days_left_text(-1) == "1 day overdue"
    assert days_left_text(0) == "due today"
    assert days_left_text(1) == "in 1 day"
    assert days_left_text(2) == "in 2 days"
    assert days_left_text(None) == ""


def test_rows_show_case_what_due_and_days_left(english: None, scale: RiskScale) -> None:
    model = WorklistModel(scale)
    model.set_items(ITEMS)
    row = [model.index(1, column).data() for column in range(model.columnCount())]
    assert row == [
        "（2025）巴人调字第1号",
        "Mediation period (one month) has run out",
        "2025-06-07",
        "3 days overdue",
        "Significant",
    ]
    assert model.index(2, 3).data() == "due today"
    assert model.index(3, 3).data() == "in 2 days"
    assert model.index(0, 2).data() == "" and model.index(0, 3).data() == ""
    assert model.index(1, 0).data(D.UserRole) == "uuid-1"
    assert model.item(4) == ITEMS[4] and model.item(5) is None
    assert model.counts() == (5, 1, 2)


def test_overdue_rows_are_bold_and_red(scale: RiskScale) -> None:
    model = WorklistModel(scale)
    model.set_items(ITEMS)
    overdue = model.index(1, 1)
    assert isinstance(overdue.data(D.FontRole), QFont) and overdue.data(D.FontRole).bold()
    assert overdue.data(D.ForegroundRole) == QColor("#C62828")
    due_soon = model.index(2, 1)
    assert due_soon.data(D.FontRole) is None and due_soon.data(D.ForegroundRole) is None


def test_risk_cell_takes_the_level_colour_and_a_readable_text(scale: RiskScale) -> None:
    model = WorklistModel(scale)
    model.set_items(ITEMS)
    major, general = model.index(0, 4), model.index(3, 4)
    assert major.data(D.BackgroundRole) == QColor(scale.top.colour) == QColor("#C62828")
    assert major.data(D.ForegroundRole) == QColor("#FFFFFF")
    # the everyday level is not coloured: a yellow cell on every row would hide the ones that matter
    assert general.data(D.BackgroundRole) is None
    no_level = model.index(2, 4)
    assert no_level.data() == "" and no_level.data(D.BackgroundRole) is None


def test_risk_level_names_follow_the_ui_language(qapp: QApplication, scale: RiskScale) -> None:
    model = WorklistModel(scale)
    model.set_items(ITEMS)
    old = qapp.property("uiLanguage")
    try:
        qapp.setProperty("uiLanguage", "zh_CN")
        assert model.index(0, 4).data() == "重大"
        qapp.setProperty("uiLanguage", "en")
        assert model.index(0, 4).data() == "Major"
    finally:
        qapp.setProperty("uiLanguage", old)


def test_headers_are_translatable_source_strings(english: None) -> None:
    model = WorklistModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Case number", "What", "Due", "Days left", "Risk level"]
    assert QCoreApplication.translate("WorklistModel", "Due") == "Due"


def test_model_keeps_qts_contract(qtmodeltester: ModelTester, scale: RiskScale) -> None:
    model = WorklistModel(scale)
    model.set_items(ITEMS)
    qtmodeltester.check(model)
    model.set_items([])
    qtmodeltester.check(model)
    assert model.counts() == (0, 0, 0)
