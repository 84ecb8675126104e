"""司法确认: the parties' joint application to a court within 30 days, and the ruling (art 33)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mediation_desk.domain.records.models import ConfirmationRuling, JudicialConfirmation
from mediation_desk.domain.records.rules import confirmation_deadline
from mediation_desk.domain.validation import Issue
from mediation_desk.ui.dialogs.field_issues import FieldIssues, messages_by_widget
from mediation_desk.ui.dialogs.form_values import join_names, split_names, to_date, to_qdate
from mediation_desk.ui.dialogs.records_requests import RecordsAction, RecordsRequest, RecordsState
from mediation_desk.ui.generated.ui_confirmation_editor import Ui_ConfirmationEditor
from mediation_desk.ui.records_labels import records_label
from mediation_desk.ui.records_messages import message_for


class ConfirmationEditor(QWidget):
    """The application and ruling; usable once the agreement is in effect."""

    request = Signal(object)  # a RecordsRequest

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConfirmationEditor()
        self.ui.setupUi(self)
        self._today = today
        self._field_issues = FieldIssues()
        self._loaded: JudicialConfirmation | None = None
        for ruling in ConfirmationRuling:
            self.ui.rulingCombo.addItem(records_label(ruling), ruling.value)
        for edit in (self.ui.appliedOnEdit, self.ui.rulingOnEdit):
            edit.setMaximumDate(to_qdate(today))
        self.ui.rulingOnCheck.toggled.connect(self.ui.rulingOnEdit.setEnabled)
        self.ui.saveButton.clicked.connect(self._on_save_clicked)

    def set_state(self, state: RecordsState) -> None:
        ui = self.ui
        agreement = state.agreement
        effective = agreement.record.effective_on if agreement is not None else None
        if effective is None:
            ui.windowValueLabel.setText(
                self.tr("Judicial confirmation can be applied for once the agreement is in effect.")
            )
        else:
            ui.windowValueLabel.setText(
                self.tr(
                    "The parties may apply together within 30 days of %1, that is by %2 "
                    "(People's Mediation Law art. 33)."
                )
                .replace("%1", effective.isoformat())
                .replace("%2", confirmation_deadline(effective).isoformat())
            )
        confirmation = state.confirmation or JudicialConfirmation(
            effective or self._today, "", state.parties
        )
        ui.appliedOnEdit.setDate(to_qdate(confirmation.applied_on))
        ui.courtEdit.setText(confirmation.court)
        ui.applicantsEdit.setText(join_names(confirmation.applicants))
        ui.rulingCombo.setCurrentIndex(ui.rulingCombo.findData(confirmation.ruling.value))
        ui.rulingOnCheck.setChecked(confirmation.ruling_on is not None)
        ui.rulingOnEdit.setEnabled(confirmation.ruling_on is not None)
        ui.rulingOnEdit.setDate(to_qdate(confirmation.ruling_on or self._today))
        ui.rulingNoEdit.setText(confirmation.ruling_no)
        enabled = state.editable and effective is not None
        for widget in (
            ui.appliedOnEdit,
            ui.courtEdit,
            ui.applicantsEdit,
            ui.rulingCombo,
            ui.rulingOnCheck,
            ui.rulingNoEdit,
            ui.saveButton,
        ):
            widget.setEnabled(enabled)
        self._field_issues.clear()
        self._loaded = self.value() if enabled else None

    def value(self) -> JudicialConfirmation:
        ui = self.ui
        return JudicialConfirmation(
            applied_on=to_date(ui.appliedOnEdit.date()),
            court=ui.courtEdit.text().strip(),
            applicants=split_names(ui.applicantsEdit.text()),
            ruling=ConfirmationRuling(ui.rulingCombo.currentData()),
            ruling_on=to_date(ui.rulingOnEdit.date()) if ui.rulingOnCheck.isChecked() else None,
            ruling_no=ui.rulingNoEdit.text().strip(),
        )

    def has_unsaved_changes(self) -> bool:
        return self._loaded is not None and self.value() != self._loaded

    def show_problems(self, issues: Sequence[Issue]) -> list[str]:
        self._field_issues.clear()
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "applied_on": ui.appliedOnEdit,
            "court": ui.courtEdit,
            "applicants": ui.applicantsEdit,
            "ruling_on": ui.rulingOnEdit,
            "ruling_no": ui.rulingNoEdit,
        }
        by_widget, unplaced = messages_by_widget(
            issues, lambda field: widgets.get(field.split("[")[0]), message_for
        )
        for widget, messages in by_widget.items():
            self._field_issues.show(widget, messages)
        return [message.text for message in unplaced]

    def _on_save_clicked(self) -> None:
        self._field_issues.clear()
        self.request.emit(RecordsRequest(RecordsAction.SAVE_CONFIRMATION, self.value()))
