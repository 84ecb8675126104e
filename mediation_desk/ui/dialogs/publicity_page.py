"""The page recording whether the parties want public or non-public mediation (art 23(三))."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mediation_desk.domain.lifecycle.decisions import Publicity, PublicityChoice
from mediation_desk.ui.dialogs.progress_requests import ProgressState
from mediation_desk.ui.dialogs.progress_widgets import (
    checked,
    fill_checks,
    fill_combo,
    q_date,
    select,
    to_date,
)
from mediation_desk.ui.generated.ui_progress_publicity import Ui_ProgressPublicityPage
from mediation_desk.ui.lifecycle_labels import lifecycle_label


def describe_publicity(choice: PublicityChoice | None) -> str:
    """The latest choice in one line, or that none is recorded."""
    if choice is None:
        return QCoreApplication.translate(
            "CaseProgressDialog", "Public or non-public mediation: not recorded yet."
        )
    return QCoreApplication.translate(
        "CaseProgressDialog", "{choice}, as asked by {by} ({on})."
    ).format(
        choice=lifecycle_label(choice.publicity),
        by=choice.requested_by,
        on=choice.recorded_on.isoformat(),
    )


class PublicityPage(QWidget):
    """Public or non-public, who asked, privacy, and the parties objecting to a public session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgressPublicityPage()
        self.ui.setupUi(self)
        choices = (Publicity.NON_PUBLIC, Publicity.PUBLIC)
        fill_combo(self.ui.publicityCombo, ((p.value, lifecycle_label(p)) for p in choices))

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "publicity": ui.publicityCombo,
            "requested_by": ui.publicityRequestedByEdit,
            "recorded_on": ui.publicityDateEdit,
            "involves_privacy": ui.publicityPrivacyCheck,
            "objected_by": ui.publicityObjectionsList,
        }

    def reset(self, state: ProgressState, today: date) -> None:
        """The latest choice on top; the form starts from it (or from non-public)."""
        ui = self.ui
        latest = state.publicity
        ui.publicityCurrentLabel.setText(describe_publicity(latest))
        select(ui.publicityCombo, latest.publicity.value if latest else Publicity.NON_PUBLIC)
        ui.publicityRequestedByEdit.setText(latest.requested_by if latest else "")
        ui.publicityDateEdit.setMaximumDate(q_date(today))
        ui.publicityDateEdit.setDate(q_date(today))
        ui.publicityPrivacyCheck.setChecked(bool(latest and latest.involves_privacy))
        fill_checks(ui.publicityObjectionsList, [(name, name) for name in state.parties])

    def record(self) -> PublicityChoice:
        ui = self.ui
        return PublicityChoice(
            publicity=Publicity(ui.publicityCombo.currentData()),
            requested_by=ui.publicityRequestedByEdit.text().strip(),
            recorded_on=to_date(ui.publicityDateEdit.date()),
            involves_privacy=ui.publicityPrivacyCheck.isChecked(),
            objected_by=tuple(checked(ui.publicityObjectionsList)),
        )
