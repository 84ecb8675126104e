"""The page recording both parties' consent to mediate past the time limit (an extension)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from mediation_desk.domain.lifecycle.clocks import Extension
from mediation_desk.ui.dialogs.progress_requests import ProgressState
from mediation_desk.ui.dialogs.progress_widgets import q_date, to_date
from mediation_desk.ui.generated.ui_progress_extension import Ui_ProgressExtensionPage
from mediation_desk.ui.lifecycle_labels import lifecycle_label

DEFAULT_DAYS = 15  # a fortnight is what committees usually agree on; the user changes it


class ExtensionPage(QWidget):
    """Agreed on, until, both parties' consent and a note; shows the current and new limits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgressExtensionPage()
        self.ui.setupUi(self)
        self.ui.extensionUntilDateEdit.dateChanged.connect(self._on_until_changed)

    def fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "kind": ui.extensionCurrentLabel,
            "agreed_on": ui.extensionAgreedDateEdit,
            "until": ui.extensionUntilDateEdit,
            "both_parties_consent": ui.extensionConsentCheck,
            "note": ui.extensionNoteEdit,
        }

    def reset(self, state: ProgressState, today: date) -> None:
        ui = self.ui
        deadline = state.extendable_deadline
        due = deadline.due if deadline is not None else today
        if deadline is None:
            ui.extensionCurrentLabel.setText("")
        else:
            ui.extensionCurrentLabel.setText(
                self.tr("Current time limit: {kind}, until {due}.").format(
                    kind=lifecycle_label(deadline.kind), due=due.isoformat()
                )
            )
        ui.extensionAgreedDateEdit.setMaximumDate(q_date(today))
        ui.extensionAgreedDateEdit.setDate(q_date(today))
        ui.extensionUntilDateEdit.setMinimumDate(q_date(due))
        ui.extensionUntilDateEdit.setDate(q_date(due).addDays(DEFAULT_DAYS))
        ui.extensionConsentCheck.setChecked(False)
        ui.extensionNoteEdit.clear()
        self._on_until_changed()

    def record(self) -> Extension:
        ui = self.ui
        return Extension(
            agreed_on=to_date(ui.extensionAgreedDateEdit.date()),
            until=to_date(ui.extensionUntilDateEdit.date()),
            both_parties_consent=ui.extensionConsentCheck.isChecked(),
            note=ui.extensionNoteEdit.text().strip(),
        )

    def _on_until_changed(self) -> None:
        until = to_date(self.ui.extensionUntilDateEdit.date())
        self.ui.extensionNewDeadlineLabel.setText(
            self.tr("New time limit: {until}.").format(until=until.isoformat())
        )
