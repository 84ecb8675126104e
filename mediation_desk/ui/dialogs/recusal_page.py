"""The recusal (回避) page of the case-progress dialog: a party asks for a mediator to be
replaced, and the committee names the replacement."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from mediation_desk.domain.lifecycle.recusal import Recusal
from mediation_desk.ui.dialogs.progress_requests import ProgressState
from mediation_desk.ui.dialogs.progress_widgets import fill_combo, q_date, select, to_date
from mediation_desk.ui.generated.ui_progress_recusal import Ui_ProgressRecusalPage


class RecusalPage(QWidget):
    """Records a new request, or completes the open one with its replacement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgressRecusalPage()
        self.ui.setupUi(self)
        self.ui.recusalReplaceCheck.toggled.connect(self._on_replace_check_toggled)

    def fields(self) -> dict[str, QWidget]:
        """Field path → widget, as PartyRightsService reports them."""
        ui = self.ui
        return {
            "mediator_uuid": ui.recusalMediatorCombo,
            "requested_by": ui.recusalRequestedByCombo,
            "requested_on": ui.recusalRequestedDateEdit,
            "reason": ui.recusalReasonEdit,
            "replacement_uuid": ui.recusalReplacementCombo,
            "replaced_on": ui.recusalReplacedDateEdit,
        }

    def reset(self, state: ProgressState, today: date) -> None:
        """An open request is shown to be completed; otherwise a blank new request."""
        ui = self.ui
        pending = state.open_recusal
        assigned = [(m.uuid, m.name) for m in state.assigned]
        if pending is not None and pending.mediator_uuid not in dict(assigned):
            assigned.append((pending.mediator_uuid, state.mediator_name(pending.mediator_uuid)))
        fill_combo(ui.recusalMediatorCombo, assigned)
        fill_combo(ui.recusalReplacementCombo, ((m.uuid, m.name) for m in state.available))
        ui.recusalRequestedByCombo.clear()
        ui.recusalRequestedByCombo.addItems(["", *state.parties])
        for edit in (ui.recusalRequestedDateEdit, ui.recusalReplacedDateEdit):
            edit.setMaximumDate(q_date(today))
            edit.setDate(q_date(today))
        ui.recusalReasonEdit.clear()
        if pending is not None:
            select(ui.recusalMediatorCombo, pending.mediator_uuid)
            ui.recusalRequestedByCombo.setCurrentText(pending.requested_by)
            ui.recusalRequestedDateEdit.setDate(q_date(pending.requested_on))
            ui.recusalReasonEdit.setText(pending.reason)
        for widget in (
            ui.recusalMediatorCombo,
            ui.recusalRequestedByCombo,
            ui.recusalRequestedDateEdit,
            ui.recusalReasonEdit,
        ):
            widget.setEnabled(pending is None)
        ui.recusalReplaceCheck.setChecked(pending is not None)
        ui.recusalReplaceCheck.setEnabled(pending is None)
        self._on_replace_check_toggled(pending is not None)

    def record(self) -> Recusal:
        """The request as entered, with the replacement when one is named."""
        ui = self.ui
        replacing = ui.recusalReplaceCheck.isChecked()
        return Recusal(
            mediator_uuid=str(ui.recusalMediatorCombo.currentData() or ""),
            requested_by=ui.recusalRequestedByCombo.currentText().strip(),
            requested_on=to_date(ui.recusalRequestedDateEdit.date()),
            reason=ui.recusalReasonEdit.text().strip(),
            replacement_uuid=str(ui.recusalReplacementCombo.currentData() or "")
            if replacing
            else "",
            replaced_on=to_date(ui.recusalReplacedDateEdit.date()) if replacing else None,
        )

    def _on_replace_check_toggled(self, on: bool) -> None:
        ui = self.ui
        for widget in (
            ui.recusalReplacementLabel,
            ui.recusalReplacementCombo,
            ui.recusalReplacedDateLabel,
            ui.recusalReplacedDateEdit,
        ):
            widget.setVisible(on)
