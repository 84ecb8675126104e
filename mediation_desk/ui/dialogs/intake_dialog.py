"""The intake dialog (受理登记): registers a dispute, or shows a registered case for editing."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget

from mediation_desk.domain.divisions import DivisionTree
from mediation_desk.domain.enums import (
    ApplicationForm,
    CaseSource,
    MediatorSelection,
    PartyKind,
    PartyRole,
)
from mediation_desk.domain.lifecycle.recusal import find_relations, relation_warnings
from mediation_desk.domain.lifecycle.repeat import EarlierCase, repeat_dispute_warnings
from mediation_desk.domain.models import Case, CaseDraft, Category, Ethnicity, Mediator, Party
from mediation_desk.domain.validation import (
    Issue,
    has_errors,
    normalise_party,
    validate_case,
)
from mediation_desk.ui.dialogs.dispute_tab import DisputeTab
from mediation_desk.ui.dialogs.field_issues import FieldIssues, messages_by_widget
from mediation_desk.ui.dialogs.intake_summary import IssueSummary
from mediation_desk.ui.dialogs.mediators_panel import MediatorsPanel
from mediation_desk.ui.dialogs.parties_panel import PartiesPanel, party_index
from mediation_desk.ui.dialogs.party_editor import PartyEditor
from mediation_desk.ui.dialogs.read_only import make_read_only
from mediation_desk.ui.generated.ui_intake_dialog import Ui_IntakeDialog
from mediation_desk.ui.lifecycle_messages import message_for

_INDEXED = re.compile(r"(.*)\[\d+\]")
EarlierCasesFinder = Callable[[CaseDraft], Sequence[EarlierCase]]


class IntakeDialog(QDialog):
    """The 受理登记 form: dispute, parties and mediators; emits a checked draft to be saved."""

    save_requested = Signal(object)  # a CaseDraft that passed validation (warnings allowed)
    reveal_requested = Signal()  # "Show" next to the ID number: full numbers, to be audited

    def __init__(
        self,
        *,
        categories: Sequence[Category],
        ethnicities: Sequence[Ethnicity],
        divisions: DivisionTree,
        mediators: Sequence[Mediator],
        default_place_code: str,
        today: date,
        case: Case | None = None,
        earlier_cases: EarlierCasesFinder | None = None,
        read_only: bool = False,
        masked: bool = False,
        may_reveal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`earlier_cases` finds the earlier cases of a draft's parties (repeat disputes)."""
        super().__init__(parent)
        self.ui = Ui_IntakeDialog()
        self.ui.setupUi(self)
        self._today = today
        self._all_mediators = tuple(mediators)
        self._earlier_cases = earlier_cases
        self._saved = False
        self._saving = False
        self._confirmed: tuple[list[Issue], CaseDraft] | None = None
        self._field_issues = FieldIssues()
        self._editor = PartyEditor(ethnicities=ethnicities, today=today)
        self._editor.setObjectName("partyEditor")
        self._editor.sensitive.set_masked(masked, may_reveal=may_reveal)
        self._editor.sensitive.reveal_requested.connect(self.reveal_requested)
        self.ui.partyEditorLayout.addWidget(self._editor)
        self._parties = PartiesPanel(self.ui, self._editor, self)
        self._mediators = MediatorsPanel(self.ui, self)
        self._summary = IssueSummary(self.ui, self)
        self._dispute = DisputeTab(self.ui, categories, self._field_issues, self)
        draft = case.draft if case is not None else _blank_draft(today, default_place_code)
        self._known_categories = {c.code for c in categories} | {draft.category_code} - {""}
        self._known_mediators = {m.uuid for m in mediators} | set(draft.mediator_uuids)
        self._widgets = self._field_widgets()
        self._save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._save_text = self._save_button.text()
        self.ui.placePicker.set_tree(divisions)
        self._dispute.load(draft)
        self._parties.set_parties(draft.parties)
        self._mediators.set_mediators(mediators, draft.mediator_uuids, draft.mediator_selection)
        if case is not None:
            self.setWindowTitle(self.tr("Case {case_no}").format(case_no=case.case_no))
        if read_only:
            self._save_button.hide()  # a reviewer, or a colleague's case: nothing to save
            ui = self.ui
            make_read_only(
                self,
                (
                    ui.addPersonButton,
                    ui.addOrganisationButton,
                    ui.moveUpButton,
                    ui.moveDownButton,
                    ui.removePartyButton,
                    ui.writtenRadio,
                    ui.oralRadio,
                    ui.assignedByCommitteeRadio,
                    ui.chosenByPartiesRadio,
                ),
            )
            ui.mediatorsList.setEnabled(False)  # its check boxes would change the assignment
            self.setWindowTitle(self.tr("%1 (read only)").replace("%1", self.windowTitle()))
        self._initial = self.draft()
        self._set_tab_order()
        self._connect()
        self.ui.tabWidget.setCurrentIndex(0)

    # -- the API the main window uses ---------------------------------------------------------

    def draft(self) -> CaseDraft:
        """What the form currently holds (parties as typed, not yet cleaned up)."""
        return CaseDraft(
            **self._dispute.values(),
            parties=self._parties.parties(),
            mediator_uuids=self._mediators.chosen(),
            mediator_selection=self._mediators.selection(),
        )

    def reveal(self) -> None:
        """The full ID and phone numbers, once the owner has recorded the viewing."""
        self._editor.reveal()

    @property
    def numbers_masked(self) -> bool:
        return self._editor.sensitive.masked

    def mark_saved(self) -> None:
        """The owner saved the draft: close without asking."""
        self._saved = True
        self._saving = False
        self.accept()

    def show_save_error(self, message: str) -> None:
        """Saving failed: stay open with everything entered and say why."""
        self._saving = False
        self._save_button.setEnabled(True)
        self._reset_confirmation()
        self._summary.show_error(message)

    def has_unsaved_changes(self) -> bool:
        return not self._saved and self.draft() != self._initial

    def reject(self) -> None:
        """Cancel, Escape and the window's close button: ask before losing what was entered."""
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Discard the changes?"),
                self.tr("What you entered has not been saved. Discard the changes?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the next field: it must not press Save half-way through the form."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    # -- set-up -------------------------------------------------------------------------------

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "received_on": ui.receivedDateEdit,
            "source": ui.sourceCombo,
            "application_form": ui.applicationFormWidget,
            "referral_body": ui.referralBodyEdit,
            "referral_reference": ui.referralReferenceEdit,
            "category_code": ui.categoryCombo,
            "place_division_code": ui.placePicker,
            "place_detail": ui.placeDetailEdit,
            "amount": ui.amountEdit,
            "people_involved": ui.peopleInvolvedSpin,
            "facts": ui.factsEdit,
            "requests": ui.requestsEdit,
            "parties": ui.partiesList,
            "mediator_uuids": ui.mediatorsList,
            "mediator_selection": ui.selectionGroup,
        }

    def _set_tab_order(self) -> None:
        chain = [self.ui.removePartyButton, *self._editor.tab_chain(), self.ui.mediatorsList]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        # Enter on a focused button must not press it by accident (Space still does).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        ui.buttonBox.rejected.connect(self.reject)
        self._dispute.connect_edits()
        self._dispute.field_edited.connect(self._on_field_edited)
        self._parties.parties_edited.connect(lambda: self._on_field_edited(ui.partiesList))
        self._mediators.mediators_edited.connect(lambda: self._on_field_edited(ui.mediatorsList))

    # -- validation ---------------------------------------------------------------------------

    def _widget_for(self, field: str) -> QWidget | None:
        indexed = _INDEXED.fullmatch(field)
        return self._widgets.get(indexed.group(1) if indexed else field)

    def _show_issues(self, issues: list[Issue]) -> None:
        party_issues = [i for i in issues if party_index(i.field) is not None]
        case_issues = [i for i in issues if party_index(i.field) is None]
        placed, unplaced = messages_by_widget(case_issues, self._widget_for, message_for)
        self._field_issues.clear()
        for widget, messages in placed.items():
            self._field_issues.show(widget, messages)
        unplaced += self._parties.show_issues(party_issues)
        self._summary.show_issues(issues, unplaced, self._tab_of)

    def _tab_of(self, issue: Issue) -> int:
        if party_index(issue.field) is not None:
            return self.ui.tabWidget.indexOf(self.ui.partiesTab)
        widget = self._widget_for(issue.field)
        tabs = self.ui.tabWidget
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if widget is not None and page is not None and page.isAncestorOf(widget):
                return index
        return tabs.count()

    def _go_to(self, issue: Issue) -> None:
        """Shows the tab of `issue` and puts the cursor in its field."""
        found = party_index(issue.field)
        if found is not None:
            self._parties.select(found[0])
        widget = self._editor.widget_for(found[1]) if found else self._widget_for(issue.field)
        self.ui.tabWidget.setCurrentIndex(min(self._tab_of(issue), self.ui.tabWidget.count() - 1))
        if widget is not None:
            widget.setFocus()

    def _cleaned_draft(self) -> CaseDraft:
        draft = self.draft()
        parties = tuple(normalise_party(party, self._today) for party in draft.parties)
        return replace(draft, parties=parties)

    def _reset_confirmation(self) -> None:
        self._confirmed = None
        self._save_button.setText(self._save_text)

    # -- slots --------------------------------------------------------------------------------

    def _on_button_box_accepted(self) -> None:
        if self._saving:
            return
        draft = self._cleaned_draft()
        if draft.parties != self._parties.parties():
            self._parties.update_parties(draft.parties)  # show what will be saved
        issues = validate_case(
            draft,
            self._today,
            known_categories=self._known_categories,
            known_mediators=self._known_mediators,
        )
        if not has_errors(issues):
            issues += self._case_history_warnings(draft)
        self._show_issues(issues)
        ordered = sorted(issues, key=lambda i: (not i.is_error, self._tab_of(i)))
        if has_errors(issues):
            self._go_to(ordered[0])
            return
        if issues and self._confirmed != (issues, draft):
            # Warnings only: show them once; a second Save with nothing changed saves.
            self._confirmed = (issues, draft)
            self._save_button.setText(self.tr("Save anyway"))
            self._go_to(ordered[0])
            return
        self._saving = True
        self._save_button.setEnabled(False)
        self._summary.show_saving()
        self.save_requested.emit(draft)

    def _case_history_warnings(self, draft: CaseDraft) -> list[Issue]:
        """Assigned mediators related to a party, and parties seen in earlier cases."""
        relations = find_relations(self._all_mediators, draft.mediator_uuids, draft.parties)
        issues = relation_warnings(draft.mediator_uuids, relations)
        if self._earlier_cases is not None:
            issues += repeat_dispute_warnings(self._earlier_cases(draft))
        return issues

    def _on_field_edited(self, widget: QWidget) -> None:
        self._field_issues.clear(widget)
        if self._confirmed is not None:
            self._reset_confirmation()


def _blank_draft(today: date, place_code: str) -> CaseDraft:
    """A new registration: received today, a written application, an applicant and a respondent."""
    return CaseDraft(
        received_on=today,
        source=CaseSource.PARTY_APPLICATION,
        category_code="",
        facts="",
        application_form=ApplicationForm.WRITTEN,
        place_division_code=place_code,
        parties=(
            Party(PartyRole.APPLICANT, PartyKind.PERSON, ""),
            Party(PartyRole.RESPONDENT, PartyKind.PERSON, ""),
        ),
        mediator_selection=MediatorSelection.ASSIGNED_BY_COMMITTEE,
    )
