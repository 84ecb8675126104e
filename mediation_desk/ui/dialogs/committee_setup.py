"""First-run setup and later settings of the committee: its facts, case numbers and mediators."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from mediation_desk.domain.committee_names import propose_names
from mediation_desk.domain.divisions import DivisionTree
from mediation_desk.domain.models import (
    DEFAULT_CASE_NO_PATTERN,
    Committee,
    Ethnicity,
    Mediator,
    new_uuid,
)
from mediation_desk.domain.numbering import check_pattern, format_case_no
from mediation_desk.domain.validation import (
    Issue,
    check_phone,
    clean_text,
    error,
    has_errors,
    validate_committee,
)
from mediation_desk.ui.dialogs.field_issues import FieldIssues, FieldMessage, messages_by_widget
from mediation_desk.ui.dialogs.mediator_dialog import MediatorList
from mediation_desk.ui.generated.ui_committee_setup import Ui_CommitteeSetupDialog
from mediation_desk.ui.validation_messages import message_for


class CommitteeSetupDialog(QDialog):
    """The committee's name, place, case-number pattern, contacts and mediators.

    Save validates and emits `save_requested`; the owner stores the data and calls `mark_saved`
    or `show_save_error`.
    """

    save_requested = Signal(object, object)  # (Committee, list[Mediator])

    def __init__(
        self,
        *,
        divisions: DivisionTree,
        ethnicities: Sequence[Ethnicity],
        today: date,
        committee: Committee | None = None,
        mediators: Sequence[Mediator] = (),
        first_run: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CommitteeSetupDialog()
        self.ui.setupUi(self)
        self._tree = divisions
        self._today = today
        self._first_run = first_run
        self._uuid = committee.uuid if committee is not None else new_uuid()
        self._auto_names = ("", "")  # the last proposal, replaced while the user keeps it
        self._leaving = False  # the user agreed to leave, or the owner saved
        self._leave_box: QMessageBox | None = None
        self._field_issues = FieldIssues()
        self._save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._save_text = self._save_button.text()
        self._edits = {
            "name": self.ui.nameEdit,
            "short_name": self.ui.shortNameEdit,
            "address": self.ui.addressEdit,
            "seal_text": self.ui.sealTextEdit,
            "phone": self.ui.phoneEdit,
        }
        self._widgets: dict[str, QWidget] = {
            **self._edits,
            "division_code": self.ui.placePicker,
            "case_no_pattern": self.ui.patternEdit,
        }
        self.ui.placePicker.set_tree(divisions)
        self._load(committee)
        self._mediator_list = MediatorList(self.ui, ethnicities, mediators, self)
        self._update_pattern_preview()
        self.ui.saveErrorLabel.hide()
        if first_run:
            self.setWindowTitle(self.tr("Set up your committee"))
        else:
            self.ui.welcomeLabel.hide()
        self._snapshot = self._state()
        self._connect()

    # -- the owner's API ----------------------------------------------------------------------

    def mark_saved(self) -> None:
        """The owner stored the data: close without asking."""
        self._leaving = True
        self.accept()

    def show_save_error(self, message: str) -> None:
        """The owner could not store the data; the dialog stays open with the message shown."""
        self.ui.saveErrorLabel.setText(
            self.tr("The committee was not saved: {message}").format(message=message)
        )
        self.ui.saveErrorLabel.show()

    def reject(self) -> None:
        """Cancel, Esc and the window's close button ask first when something would be lost."""
        if self._leaving or not (self._first_run or self._state() != self._snapshot):
            super().reject()
        elif self._leave_box is None:
            self._leave_box = self._ask_before_leaving()

    def _load(self, committee: Committee | None) -> None:
        self.ui.patternEdit.setText(DEFAULT_CASE_NO_PATTERN)
        if committee is None:
            return
        self.ui.placePicker.set_code(committee.division_code)
        self.ui.nameEdit.setText(committee.name)
        self.ui.shortNameEdit.setText(committee.short_name)
        self.ui.patternEdit.setText(committee.case_no_pattern)
        self.ui.addressEdit.setText(committee.address)
        self.ui.phoneEdit.setText(committee.phone)
        self.ui.sealTextEdit.setText(committee.seal_text)

    def _connect(self) -> None:
        ui = self.ui
        ui.placePicker.code_changed.connect(self._on_place_picker_code_changed)
        ui.patternEdit.textChanged.connect(self._update_pattern_preview)
        ui.shortNameEdit.textChanged.connect(self._update_pattern_preview)
        ui.resetPatternButton.clicked.connect(self._on_reset_pattern_button_clicked)
        for field, edit in self._edits.items():
            edit.textEdited.connect(lambda _text, edit=edit: self._on_field_edited(edit))
            edit.editingFinished.connect(lambda field=field: self._on_field_editing_finished(field))
        ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        ui.buttonBox.rejected.connect(self.reject)

    def _committee(self) -> Committee:
        """The committee as entered, with text cleaned and the phone normalised."""
        return Committee(
            name=clean_text(self.ui.nameEdit.text()),
            short_name=clean_text(self.ui.shortNameEdit.text()),
            division_code=self.ui.placePicker.code(),
            case_no_pattern=self.ui.patternEdit.text().strip(),
            address=clean_text(self.ui.addressEdit.text()),
            phone=check_phone(self.ui.phoneEdit.text())[0],
            uuid=self._uuid,
            seal_text=clean_text(self.ui.sealTextEdit.text()),
        )

    def _state(self) -> tuple[Committee, tuple[Mediator, ...]]:
        return self._committee(), tuple(self._mediator_list.mediators())

    def _show(self, issues: Sequence[Issue]) -> None:
        placed, _unplaced = messages_by_widget(issues, self._widgets.get)
        self._field_issues.clear()
        for widget, messages in placed.items():
            self._field_issues.show(widget, messages)

    def _is_shown(self, issue: Issue) -> bool:
        widget = self._widgets.get(issue.field)
        message = FieldMessage(issue.severity, message_for(issue))
        return widget is not None and message in self._field_issues.messages(widget)

    def _ask_before_leaving(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("leaveBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Question)
        if self._first_run:
            box.setWindowTitle(self.tr("Quit Mediation Desk?"))
            box.setText(
                self.tr(
                    "Mediation Desk cannot register cases until the committee is "
                    "set up. Quit now? You will be asked again at the next start."
                )
            )
            leave = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
            stay = box.addButton(self.tr("Continue setting up"), QMessageBox.ButtonRole.RejectRole)
        else:
            box.setWindowTitle(self.tr("Discard changes?"))
            box.setText(self.tr("Your changes to the committee and its mediators are not saved."))
            leave = box.addButton(
                self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole
            )
            stay = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        leave.setObjectName("leaveButton")
        stay.setObjectName("stayButton")
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.finished.connect(
            lambda _result: self._on_leave_box_finished(box.clickedButton() is leave)
        )
        box.open()
        return box

    def _on_place_picker_code_changed(self, code: str) -> None:
        self._field_issues.clear(self.ui.placePicker)
        proposal = propose_names(self._tree, code)
        if proposal is None:
            return
        # Replace only what is empty or still the previous proposal: never the user's own text.
        for edit, auto, proposed in zip(
            (self.ui.nameEdit, self.ui.shortNameEdit), self._auto_names, proposal, strict=True
        ):
            if not edit.text().strip() or edit.text() == auto:
                edit.setText(proposed)
                self._field_issues.clear(edit)
        self._auto_names = proposal

    def _update_pattern_preview(self, _text: str = "") -> None:
        """Shows the pattern's problem at the field, or what the year's first number looks like."""
        pattern = self.ui.patternEdit.text().strip()
        problem = check_pattern(pattern)
        self.ui.resetPatternButton.setEnabled(pattern != DEFAULT_CASE_NO_PATTERN)
        if problem is not None:
            issue = error("case_no_pattern", problem.code, detail=problem.detail)
            self._field_issues.show_issues(self.ui.patternEdit, [issue])
            self.ui.patternPreviewLabel.setText(self.tr("No preview until the pattern is fixed."))
            return
        self._field_issues.clear(self.ui.patternEdit)
        short_name = clean_text(self.ui.shortNameEdit.text()) or self.tr("(short name)")
        number = format_case_no(pattern, year=self._today.year, short_name=short_name, serial=1)
        preview = self.tr("The first case of {year} will be numbered {number}")
        self.ui.patternPreviewLabel.setText(preview.format(year=self._today.year, number=number))

    def _on_reset_pattern_button_clicked(self) -> None:
        self.ui.patternEdit.setText(DEFAULT_CASE_NO_PATTERN)

    def _on_field_edited(self, widget: QWidget) -> None:
        self._field_issues.clear(widget)
        self._save_button.setText(self._save_text)

    def _on_field_editing_finished(self, field: str) -> None:
        """Checks a field when the user leaves it; an empty one is only reported on Save."""
        issues = [
            issue
            for issue in validate_committee(self._committee())
            if issue.field == field and issue.code != "text.required"
        ]
        self._field_issues.show_issues(self._widgets[field], issues)

    def _on_button_box_accepted(self) -> None:
        committee = self._committee()
        issues = validate_committee(committee)
        unseen_warnings = [i for i in issues if not i.is_error and not self._is_shown(i)]
        self._show(issues)
        self.ui.saveErrorLabel.hide()
        if has_errors(issues):
            first = next(issue for issue in issues if issue.is_error)
            self._widgets[first.field].setFocus()
            return
        problem = self._mediator_list.first_problem()
        if problem:
            self.show_save_error(problem)
            return
        # Warnings the user has not seen yet are shown once; Save again accepts them.
        if unseen_warnings:
            self._save_button.setText(self.tr("Save anyway"))
            return
        self.save_requested.emit(committee, self._mediator_list.mediators())

    def _on_leave_box_finished(self, leave: bool) -> None:
        self._leave_box = None
        if leave:
            self._leaving = True
            super().reject()
