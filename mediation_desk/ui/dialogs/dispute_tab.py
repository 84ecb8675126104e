"""The Dispute tab of the intake dialog: when, how, what kind, where, how much, and the facts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from mediation_desk.domain.enums import ApplicationForm, CaseSource
from mediation_desk.domain.models import CaseDraft, Category
from mediation_desk.domain.validation import clean_text, error
from mediation_desk.ui.dialogs.field_issues import FieldIssues
from mediation_desk.ui.dialogs.form_values import (
    current_data,
    format_amount,
    parse_amount,
    select_data,
    to_date,
    to_qdate,
)
from mediation_desk.ui.generated.ui_intake_dialog import Ui_IntakeDialog
from mediation_desk.ui.labels import category_name, label


class DisputeTab(QObject):
    """Loads and reads the dispute fields; says which field the user changed."""

    field_edited = Signal(object)  # the QWidget whose value the user changed

    def __init__(
        self,
        ui: Ui_IntakeDialog,
        categories: Sequence[Category],
        field_issues: FieldIssues,
        owner: QWidget,
    ) -> None:
        super().__init__(owner)
        self._ui = ui
        self._field_issues = field_issues
        for source in CaseSource:
            ui.sourceCombo.addItem(label(source), source.value)
        ui.categoryCombo.addItem(self.tr("— choose —"), "")
        for category in sorted(categories, key=lambda c: c.sort_order):
            if category.active:
                ui.categoryCombo.addItem(category_name(category), category.code)
        ui.categoryCombo.setMaxVisibleItems(20)
        # An inactive category of an existing case stays selectable under its own name.
        self._category_names = {c.code: category_name(c) for c in categories}

    def load(self, draft: CaseDraft) -> None:
        ui = self._ui
        ui.receivedDateEdit.setDate(to_qdate(draft.received_on))
        select_data(ui.sourceCombo, draft.source.value)
        radios = ((ui.writtenRadio, ApplicationForm.WRITTEN), (ui.oralRadio, ApplicationForm.ORAL))
        for radio, form in radios:
            radio.setAutoExclusive(False)  # lets both be off when the form was not recorded
            radio.setChecked(draft.application_form is form)
            radio.setAutoExclusive(True)
        ui.referralBodyEdit.setText(draft.referral_body)
        ui.referralReferenceEdit.setText(draft.referral_reference)
        code = draft.category_code
        select_data(ui.categoryCombo, code, fallback_text=self._category_names.get(code, code))
        ui.placePicker.set_code(draft.place_division_code)
        ui.placeDetailEdit.setText(draft.place_detail)
        ui.amountEdit.setText(format_amount(draft.amount))
        ui.peopleInvolvedSpin.setValue(draft.people_involved or 0)
        ui.factsEdit.setPlainText(draft.facts)
        ui.requestsEdit.setPlainText(draft.requests)
        self._update_source_rows()

    def values(self) -> dict[str, Any]:
        """The CaseDraft fields this tab holds, by name (text cleaned of surrounding spaces)."""
        ui = self._ui
        source = CaseSource(current_data(ui.sourceCombo))
        application_form = None
        if source is CaseSource.PARTY_APPLICATION:
            if ui.writtenRadio.isChecked():
                application_form = ApplicationForm.WRITTEN
            elif ui.oralRadio.isChecked():
                application_form = ApplicationForm.ORAL
        referral = source.is_referral
        return {
            "received_on": to_date(ui.receivedDateEdit.date()),
            "source": source,
            "category_code": current_data(ui.categoryCombo),
            "facts": clean_text(ui.factsEdit.toPlainText()),
            "requests": clean_text(ui.requestsEdit.toPlainText()),
            "application_form": application_form,
            "referral_body": clean_text(ui.referralBodyEdit.text()) if referral else "",
            "referral_reference": clean_text(ui.referralReferenceEdit.text()) if referral else "",
            "amount": parse_amount(ui.amountEdit.text()),
            "people_involved": ui.peopleInvolvedSpin.value() or None,
            "place_division_code": ui.placePicker.code(),
            "place_detail": clean_text(ui.placeDetailEdit.text()),
        }

    def connect_edits(self) -> None:
        """Reports user edits from now on (after loading, so loading is not an edit)."""
        ui = self._ui
        for edit in (ui.referralBodyEdit, ui.referralReferenceEdit, ui.placeDetailEdit):
            edit.textChanged.connect(lambda _text, w=edit: self.field_edited.emit(w))
        for text_edit in (ui.factsEdit, ui.requestsEdit):
            text_edit.textChanged.connect(lambda w=text_edit: self.field_edited.emit(w))
        ui.receivedDateEdit.dateChanged.connect(
            lambda _date: self.field_edited.emit(ui.receivedDateEdit)
        )
        ui.categoryCombo.currentIndexChanged.connect(
            lambda _index: self.field_edited.emit(ui.categoryCombo)
        )
        ui.writtenRadio.toggled.connect(
            lambda _on: self.field_edited.emit(ui.applicationFormWidget)
        )
        ui.peopleInvolvedSpin.valueChanged.connect(
            lambda _value: self.field_edited.emit(ui.peopleInvolvedSpin)
        )
        ui.placePicker.code_changed.connect(lambda _code: self.field_edited.emit(ui.placePicker))
        ui.sourceCombo.currentIndexChanged.connect(self._on_source_combo_changed)
        ui.amountEdit.textEdited.connect(self._on_amount_edit_text_edited)

    def _update_source_rows(self) -> None:
        """Written/oral only for a party's application; the referring body only for referrals."""
        ui = self._ui
        source = CaseSource(current_data(ui.sourceCombo))
        ui.disputeForm.setRowVisible(
            ui.applicationFormWidget, source is CaseSource.PARTY_APPLICATION
        )
        ui.disputeForm.setRowVisible(ui.referralBodyEdit, source.is_referral)
        ui.disputeForm.setRowVisible(ui.referralReferenceEdit, source.is_referral)

    def _on_source_combo_changed(self, _index: int) -> None:
        self._update_source_rows()
        for widget in (self._ui.applicationFormWidget, self._ui.referralBodyEdit):
            self.field_edited.emit(widget)

    def _on_amount_edit_text_edited(self, text: str) -> None:
        """Says at once when the amount is not a number (letters, 万), rather than at Save."""
        self.field_edited.emit(self._ui.amountEdit)
        amount = parse_amount(text)
        if amount is not None and not amount.is_finite():
            self._field_issues.show_issues(self._ui.amountEdit, [error("amount", "amount.invalid")])
