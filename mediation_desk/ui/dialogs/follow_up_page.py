"""The follow-up visit (回访) page: what the visit found about performance and the parties."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from mediation_desk.domain.lifecycle.outcomes import PerformanceStatus
from mediation_desk.domain.records.models import FollowUpRecord, VisitWay
from mediation_desk.ui.dialogs.progress_requests import ProgressState
from mediation_desk.ui.dialogs.progress_widgets import (
    checked,
    fill_checks,
    fill_combo,
    q_date,
    set_checked,
    to_date,
)
from mediation_desk.ui.generated.ui_progress_follow_up import Ui_ProgressFollowUpPage
from mediation_desk.ui.lifecycle_labels import lifecycle_label

FINDINGS = (
    PerformanceStatus.PERFORMED,
    PerformanceStatus.PARTLY_PERFORMED,
    PerformanceStatus.NOT_PERFORMED,
)


class FollowUpPage(QWidget):
    """Date, way, persons visited, performance, attitude, new risks, measures and — when the
    agreement was not fully performed — the channels explained (art 32)."""

    def __init__(self, channels: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgressFollowUpPage()
        self.ui.setupUi(self)
        ui = self.ui
        fill_combo(ui.followUpWayCombo, ((w.value, lifecycle_label(w)) for w in VisitWay))
        fill_combo(ui.followUpPerformanceCombo, ((p.value, lifecycle_label(p)) for p in FINDINGS))
        fill_checks(ui.followUpChannelsList, channels)
        ui.followUpPerformanceCombo.currentIndexChanged.connect(self._on_performance_changed)

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "visited_on": ui.followUpDateEdit,
            "visited_persons": ui.followUpPersonsEdit,
            "performance": ui.followUpPerformanceCombo,
            "attitude": ui.followUpAttitudeEdit,
            "new_risks": ui.followUpRisksEdit,
            "measures": ui.followUpMeasuresEdit,
            "channels_explained": ui.followUpChannelsList,
        }

    def reset(self, state: ProgressState, today: date) -> None:
        ui = self.ui
        ui.followUpDateEdit.setMaximumDate(q_date(today))
        ui.followUpDateEdit.setDate(q_date(today))
        ui.followUpWayCombo.setCurrentIndex(0)
        ui.followUpPersonsEdit.setText("、".join(state.parties))
        ui.followUpPerformanceCombo.setCurrentIndex(0)
        for edit in (ui.followUpAttitudeEdit, ui.followUpRisksEdit, ui.followUpMeasuresEdit):
            edit.clear()
        set_checked(ui.followUpChannelsList, ())
        self._on_performance_changed()

    def record(self, by: str) -> FollowUpRecord:
        ui = self.ui
        performance = PerformanceStatus(ui.followUpPerformanceCombo.currentData())
        explained = (
            () if performance is PerformanceStatus.PERFORMED else checked(ui.followUpChannelsList)
        )
        return FollowUpRecord(
            visited_on=to_date(ui.followUpDateEdit.date()),
            visited_by=by,
            performance=performance,
            way=VisitWay(ui.followUpWayCombo.currentData()),
            visited_persons=ui.followUpPersonsEdit.text().strip(),
            attitude=ui.followUpAttitudeEdit.toPlainText().strip(),
            new_risks=ui.followUpRisksEdit.toPlainText().strip(),
            measures=ui.followUpMeasuresEdit.toPlainText().strip(),
            channels_explained=frozenset(explained),
        )

    def _on_performance_changed(self) -> None:
        ui = self.ui
        unperformed = ui.followUpPerformanceCombo.currentData() != PerformanceStatus.PERFORMED
        for widget in (
            ui.followUpChannelsLabel,
            ui.followUpChannelsList,
            ui.followUpChannelsHintLabel,
        ):
            widget.setVisible(unperformed)
