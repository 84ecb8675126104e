"""人民调解协议书 / 口头协议: writing the agreement during mediation, recording it once signed,
then keeping its text and the performance of each term."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.outcomes import AgreementForm, AgreementRecord
from mediation_desk.domain.records.models import AgreementContent, AgreementDraft, copies
from mediation_desk.domain.validation import Issue
from mediation_desk.ui.dialogs.field_issues import FieldIssues, messages_by_widget
from mediation_desk.ui.dialogs.form_values import to_date, to_qdate
from mediation_desk.ui.dialogs.record_tables import issues_in_table, mark_cells, row_messages
from mediation_desk.ui.dialogs.records_requests import (
    RecordsAction,
    RecordsRequest,
    RecordsState,
    SignedDraft,
)
from mediation_desk.ui.dialogs.terms_table import COLUMNS, TermsTable
from mediation_desk.ui.generated.ui_agreement_editor import Ui_AgreementEditor
from mediation_desk.ui.lifecycle_labels import lifecycle_label
from mediation_desk.ui.records_messages import message_for


class AgreementEditor(QWidget):
    """Three modes: drafting (in mediation, nothing recorded), recorded, or not possible yet."""

    request = Signal(object)  # a RecordsRequest

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgreementEditor()
        self.ui.setupUi(self)
        self._today = today
        self._terms = TermsTable(self.ui.termsTable, today)
        self._field_issues = FieldIssues()
        self._state: RecordsState | None = None
        self._loaded: tuple[object, ...] = ()
        for form in AgreementForm:
            self.ui.formCombo.addItem(lifecycle_label(form), form.value)
        for edit in (self.ui.reachedOnEdit, self.ui.signedOnEdit):
            edit.setMaximumDate(to_qdate(today))
        self.ui.addTermButton.clicked.connect(self._add_term)
        self.ui.removeTermButton.clicked.connect(self._terms.remove_current)
        self.ui.formCombo.currentIndexChanged.connect(self._on_form_changed)
        self.ui.saveButton.clicked.connect(self._on_save_clicked)
        self.ui.recordSigningButton.clicked.connect(self._on_signing_clicked)

    # -- the API the dialog uses ------------------------------------------------------------

    @property
    def drafting(self) -> bool:
        state = self._state
        return (
            state is not None
            and state.agreement is None
            and state.status is CaseStatus.IN_MEDIATION
        )

    def set_state(self, state: RecordsState) -> None:
        self._state = state
        ui = self.ui
        agreement = state.agreement
        draft = state.draft
        if agreement is not None:
            form, reached_on, content = (
                agreement.record.form,
                agreement.record.reached_on,
                agreement.content,
            )
            signed_on = agreement.record.signed_on
        elif draft is not None:
            form, reached_on, content, signed_on = (
                draft.form,
                draft.reached_on,
                draft.content,
                None,
            )
        else:
            form, reached_on, signed_on = AgreementForm.WRITTEN, self._today, None
            content = AgreementContent("", "", "", ())
        ui.formCombo.setCurrentIndex(ui.formCombo.findData(form.value))
        ui.reachedOnEdit.setDate(to_qdate(reached_on))
        ui.signedOnEdit.setDate(to_qdate(signed_on or self._today))
        ui.factsEdit.setPlainText(content.facts)
        ui.disputedEdit.setPlainText(content.disputed_matters)
        ui.responsibilitiesEdit.setPlainText(content.responsibilities)
        ui.performanceMethodEdit.setText(content.performance_method)
        self._terms.set_terms(content.terms)
        self._terms.set_performance_editable(agreement is not None)
        self._show_mode(state)
        self._on_form_changed()
        self.clear_problems()
        self._loaded = self._snapshot()

    def has_unsaved_changes(self) -> bool:
        return self._state is not None and self.isEnabled() and self._snapshot() != self._loaded

    def show_problems(self, issues: Sequence[Issue]) -> list[str]:
        """Shows each issue at its field or term cell; returns the messages with no place."""
        self.clear_problems()
        placed, rest = issues_in_table(issues, "terms", COLUMNS)
        mark_cells(self.ui.termsTable, placed, message_for)
        by_widget, unplaced = messages_by_widget(rest, self._widget_for, message_for)
        for widget, messages in by_widget.items():
            self._field_issues.show(widget, messages)
        term_text = self.tr("Term %1: %2")
        lines = row_messages(
            placed, message_for, lambda n, text: term_text.replace("%1", str(n)).replace("%2", text)
        )
        return [message.text for message in unplaced] + lines

    def clear_problems(self) -> None:
        self._field_issues.clear()
        mark_cells(self.ui.termsTable, {}, message_for)

    # -- internals ---------------------------------------------------------------------------

    def _show_mode(self, state: RecordsState) -> None:
        ui = self.ui
        recorded = state.agreement is not None
        editable = state.editable and (recorded or self.drafting)
        for widget in (
            ui.factsEdit,
            ui.disputedEdit,
            ui.responsibilitiesEdit,
            ui.performanceMethodEdit,
            ui.termsTable,
            ui.addTermButton,
            ui.removeTermButton,
            ui.saveButton,
            ui.signedOnEdit,
            ui.recordSigningButton,
        ):
            widget.setEnabled(editable)
        # the form and the day it was reached are facts of the lifecycle once recorded
        ui.formCombo.setEnabled(editable and not recorded)
        ui.reachedOnEdit.setEnabled(editable and not recorded)
        if recorded:
            assert state.agreement is not None
            record = state.agreement.record
            effective = record.effective_on
            text = self.tr("Agreement recorded (reached on %1).").replace(
                "%1", record.reached_on.isoformat()
            )
            if effective is not None:
                text += " " + self.tr("In effect since %1.").replace("%1", effective.isoformat())
        elif self.drafting:
            text = self.tr(
                "Drafting the agreement. Save it, print it for signatures, fingerprints and the "
                "committee seal, then record the day it was signed."
            )
        else:
            text = self.tr("An agreement can be written once mediation has started.")
        ui.agreementStateLabel.setText(text)

    def _on_form_changed(self) -> None:
        ui = self.ui
        written = ui.formCombo.currentData() == AgreementForm.WRITTEN.value
        ui.signedOnLabel.setVisible(written)
        ui.signedOnEdit.setVisible(written)
        recorded = self._state is not None and self._state.agreement is not None
        if written:
            ui.recordSigningButton.setText(self.tr("Record si&gning"))
        else:
            ui.recordSigningButton.setText(self.tr("Record as &reached"))
        ui.recordSigningButton.setVisible(written or not recorded)
        parties = len(self._state.parties) if self._state is not None else 0
        ui.copiesLabel.setText(
            self.tr("Written in %1 copies: one for each party, one kept by the committee.").replace(
                "%1", str(copies(parties))
            )
            if written
            else ""
        )

    def _add_term(self) -> None:
        parties = self._state.parties if self._state is not None else ()
        row = self._terms.add()
        if parties:
            item = self.ui.termsTable.item(row, 0)
            if item is not None:
                item.setText(parties[-1])  # often the respondent pays or acts
        self.ui.termsTable.setCurrentCell(row, 1)

    def _content(self) -> AgreementContent:
        ui = self.ui
        return AgreementContent(
            facts=ui.factsEdit.toPlainText().strip(),
            disputed_matters=ui.disputedEdit.toPlainText().strip(),
            responsibilities=ui.responsibilitiesEdit.toPlainText().strip(),
            terms=self._terms.terms(),
            performance_method=ui.performanceMethodEdit.text().strip(),
        )

    def _draft(self) -> AgreementDraft:
        return AgreementDraft(
            AgreementForm(self.ui.formCombo.currentData()),
            to_date(self.ui.reachedOnEdit.date()),
            self._content(),
        )

    def _snapshot(self) -> tuple[object, ...]:
        return (self._draft(), to_date(self.ui.signedOnEdit.date()))

    def _on_save_clicked(self) -> None:
        self.clear_problems()
        if self.drafting:
            self.request.emit(RecordsRequest(RecordsAction.SAVE_DRAFT, self._draft()))
        else:
            self.request.emit(RecordsRequest(RecordsAction.SAVE_AGREEMENT, self._content()))

    def _on_signing_clicked(self) -> None:
        self.clear_problems()
        signed_on = to_date(self.ui.signedOnEdit.date())
        if self.drafting:
            draft = self._draft()
            written = draft.form is AgreementForm.WRITTEN
            record = AgreementRecord(draft.form, draft.reached_on, signed_on if written else None)
            self.request.emit(
                RecordsRequest(RecordsAction.RECORD_AGREEMENT, SignedDraft(draft, record))
            )
        else:
            self.request.emit(RecordsRequest(RecordsAction.RECORD_SIGNING, signed_on))

    def _widget_for(self, field: str) -> QWidget | None:
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "form": ui.formCombo,
            "agreement.form": ui.formCombo,
            "reached_on": ui.reachedOnEdit,
            "agreement.reached_on": ui.reachedOnEdit,
            "signed_on": ui.signedOnEdit,
            "agreement.signed_on": ui.signedOnEdit,
            "facts": ui.factsEdit,
            "disputed_matters": ui.disputedEdit,
            "responsibilities": ui.responsibilitiesEdit,
            "performance_method": ui.performanceMethodEdit,
            "terms": ui.termsTable,
        }
        return widgets.get(field)
