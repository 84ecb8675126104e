"""The case-progress dialog (案件进程): status, history, deadlines and the steps possible now."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from mediation_desk.domain.validation import Issue
from mediation_desk.ui.dialogs.extension_page import ExtensionPage
from mediation_desk.ui.dialogs.field_issues import (
    ERROR_COLOUR,
    WARNING_COLOUR,
    FieldIssues,
    messages_by_widget,
)
from mediation_desk.ui.dialogs.follow_up_page import FollowUpPage
from mediation_desk.ui.dialogs.progress_fields import (
    action_buttons,
    available_actions,
    field_widgets,
    widget_for,
)
from mediation_desk.ui.dialogs.progress_info import info_html
from mediation_desk.ui.dialogs.progress_pages import ProgressPages
from mediation_desk.ui.dialogs.progress_requests import (
    ProgressAction,
    ProgressRequest,
    ProgressState,
)
from mediation_desk.ui.dialogs.progress_tables import fill_deadlines, fill_history, show_risk
from mediation_desk.ui.dialogs.publicity_page import PublicityPage
from mediation_desk.ui.dialogs.recusal_page import RecusalPage
from mediation_desk.ui.generated.ui_case_progress import Ui_CaseProgressDialog
from mediation_desk.ui.labels import label
from mediation_desk.ui.lifecycle_labels import reference_name
from mediation_desk.ui.lifecycle_messages import message_for

if TYPE_CHECKING:
    from mediation_desk.services.lifecycle_reference import LifecycleReference

A = ProgressAction
ExtraPage = PublicityPage | RecusalPage | ExtensionPage | FollowUpPage


class CaseProgressDialog(QDialog):
    """Shows one case's progress; each step is a form page whose save goes to the owner."""

    action_requested = Signal(object)  # a ProgressRequest; the owner saves it
    case_link_activated = Signal(str)  # the uuid of an earlier case the user clicked
    history_requested = Signal()  # the user asked for the case's change history

    def __init__(
        self,
        *,
        reference: LifecycleReference,
        state: ProgressState,
        today: date,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseProgressDialog()
        self.ui.setupUi(self)
        self._today = today
        self._now = now
        self._risk_scale = reference.risk_scale
        self._pages = ProgressPages(
            self.ui, reference.channels, reference.decline_reasons.values(), reference.risk_scale
        )
        targets = [(c.code, reference_name(c)) for c in reference.channels.diversion_targets()]
        self.publicity_page = PublicityPage()
        self.recusal_page = RecusalPage()
        self.extension_page = ExtensionPage()
        self.follow_up_page = FollowUpPage(targets)
        self._extra_pages: dict[ProgressAction, ExtraPage] = {
            A.PUBLICITY: self.publicity_page,
            A.RECUSAL: self.recusal_page,
            A.EXTENSION: self.extension_page,
            A.FOLLOW_UP_VISIT: self.follow_up_page,
        }
        for page in self._extra_pages.values():
            self.ui.pageStack.addWidget(page)
        self._field_issues = FieldIssues()
        self._buttons = action_buttons(self.ui)
        self._action: ProgressAction | None = None
        self._saving = False
        self._state = state
        self._connect()
        self.set_state(state)
        if state.mediators:
            self.ui.recordedByEdit.setText(state.mediators[0])

    # -- the API the workflow uses ------------------------------------------------------------

    @property
    def state(self) -> ProgressState:
        return self._state

    @property
    def current_action(self) -> ProgressAction | None:
        """The action whose page is open, None on the list of actions."""
        return self._action

    def set_state(
        self, state: ProgressState, warnings: Sequence[Issue] = (), *, saved: bool = False
    ) -> None:
        """Shows fresh case data and goes back to the list of actions; after a save says so."""
        self._state = state
        self._saving = False
        ui = self.ui
        self.setWindowTitle(self.tr("Progress of case {case_no}").format(case_no=state.case_no))
        ui.caseNoLabel.setText(f"<b>{state.case_no}</b>")
        ui.statusLabel.setText(self.tr("Status: {status}").format(status=label(state.status)))
        show_risk(ui.riskLabel, self._risk_scale, state.risk_level)
        fill_history(ui.historyTable, state.history)
        fill_deadlines(ui.deadlinesTable, state.deadlines, self._today)
        ui.infoLabel.setText(info_html(state))
        ui.infoLabel.setVisible(bool(ui.infoLabel.text()))
        offered = set(available_actions(state.status, extendable=bool(state.extendable_deadline)))
        if not state.may_write:
            offered = set()  # read only: a reviewer, or a colleague's case
        for action, button in self._buttons.items():
            button.setVisible(action in offered)
        ui.noActionsLabel.setVisible(not offered)
        self._pages.reset(state, self._today, self._now())
        for page in self._extra_pages.values():
            page.reset(state, self._today)
        self._show_list()
        lines = [self.tr("Saved.")] if saved else []
        lines += dict.fromkeys(message_for(issue) for issue in warnings)
        ui.noticeLabel.setText("\n".join(lines))
        ui.noticeLabel.setStyleSheet(f"color: {WARNING_COLOUR};" if warnings else "")
        ui.noticeLabel.setVisible(bool(lines))

    def open_action(self, action: ProgressAction) -> None:
        """Shows the form page of `action` (the buttons call this)."""
        ui = self.ui
        self._action = action
        self._clear_problems()
        page: QWidget = self._extra_pages.get(action) or {
            A.ACCEPT: ui.acceptPage,
            A.DECLINE: ui.declinePage,
            A.RIGHTS_NOTICE: ui.noticePage,
            A.DIVERT: ui.divertPage,
            A.FEEDBACK: ui.feedbackPage,
            A.AGREEMENT: ui.agreementPage,
            A.TERMINATE: ui.terminatePage,
            A.RISK: ui.riskPage,
        }.get(action, ui.movePage)
        ui.pageStack.setCurrentWidget(page)
        ui.pageTitleLabel.setText(f"<b>{self._buttons[action].text().rstrip('…')}</b>")
        ui.moveExplanationLabel.setText(self._explanation(action))
        self._on_decline_reason_changed()
        self._on_termination_reason_changed()
        self._on_agreement_form_changed()
        self._on_risk_level_changed()
        for widget in (ui.backButton, ui.saveButton):
            widget.setVisible(True)
        ui.saveButton.setEnabled(True)

    def show_problems(self, issues: Sequence[Issue]) -> None:
        """Saving was refused: show why at the fields, keeping everything entered."""
        self._saving = False
        self.ui.saveButton.setEnabled(True)
        self._clear_problems()
        fields = field_widgets(self.ui, self._action)
        extra = self._extra_pages.get(self._action) if self._action else None
        if extra is not None:
            fields |= extra.fields()
        placed, unplaced = messages_by_widget(
            issues, lambda name: widget_for(fields, name), message_for
        )
        for widget, messages in placed.items():
            self._field_issues.show(widget, messages)
        if unplaced:
            colour = ERROR_COLOUR if any(m.is_error for m in unplaced) else WARNING_COLOUR
            self.ui.problemsLabel.setText("\n".join(dict.fromkeys(m.text for m in unplaced)))
            self.ui.problemsLabel.setStyleSheet(f"color: {colour};")
            self.ui.problemsLabel.setVisible(True)

    def show_error(self, message: str) -> None:
        """Saving failed for another reason (a busy database…): say so, keep the input."""
        self._saving = False
        self.ui.saveButton.setEnabled(True)
        self.ui.problemsLabel.setText(message)
        self.ui.problemsLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.ui.problemsLabel.setVisible(True)

    def channel_warnings_shown(self) -> list[str]:
        """The time limits listed for the channel chosen on the divert page."""
        return self._pages.warnings_shown()

    # -- set-up -------------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        for action, button in self._buttons.items():
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=action: self.open_action(a))
        ui.backButton.clicked.connect(self._show_list)
        ui.saveButton.clicked.connect(self._on_save_button_clicked)
        ui.closeButton.clicked.connect(self.reject)
        ui.changeHistoryButton.clicked.connect(self.history_requested)
        ui.infoLabel.linkActivated.connect(self.case_link_activated)
        ui.divertChannelCombo.currentIndexChanged.connect(self._on_divert_channel_changed)
        ui.declineReasonCombo.currentIndexChanged.connect(self._on_decline_reason_changed)
        ui.terminationReasonCombo.currentIndexChanged.connect(self._on_termination_reason_changed)
        ui.agreementFormCombo.currentIndexChanged.connect(self._on_agreement_form_changed)
        ui.agreementReachedDateEdit.dateChanged.connect(self._on_agreement_form_changed)
        ui.agreementSignedDateEdit.dateChanged.connect(self._on_agreement_form_changed)
        ui.agreementPerformanceCheck.toggled.connect(ui.agreementPerformanceDateEdit.setEnabled)
        ui.riskLevelCombo.currentIndexChanged.connect(self._on_risk_level_changed)
        ui.otherRecipientCheck.toggled.connect(ui.otherRecipientEdit.setEnabled)
        ui.agreementPerformanceDateEdit.setEnabled(False)
        ui.otherRecipientEdit.setEnabled(False)
        for button in (ui.backButton, ui.closeButton, ui.saveButton):
            button.setAutoDefault(False)

    # -- showing ------------------------------------------------------------------------------

    def _show_list(self) -> None:
        ui = self.ui
        self._action = None
        self._clear_problems()
        ui.pageStack.setCurrentWidget(ui.actionsPage)
        ui.pageTitleLabel.setText(f"<b>{self.tr('What can be done now')}</b>")
        ui.backButton.setVisible(False)
        ui.saveButton.setVisible(False)

    def _explanation(self, action: ProgressAction) -> str:
        texts = {
            A.START_MEDIATION: self.tr(
                "Mediation can start when the rights-and-duties notice has been given and a "
                "mediator is assigned."
            ),
            A.FOLLOW_UP: self.tr("The committee follows up whether the agreement is performed."),
            A.CLOSE: self.tr("Close the case when its outcome is settled."),
            A.ARCHIVE: self.tr("Archive the case file. Nothing can be recorded afterwards."),
        }
        return texts.get(action, "")

    def _clear_problems(self) -> None:
        self._field_issues.clear()
        self.ui.problemsLabel.clear()
        self.ui.problemsLabel.setVisible(False)

    # -- slots --------------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        if self._saving or self._action is None:
            return
        by = self.ui.recordedByEdit.text().strip()
        record = self._read(self._action, by)
        self._saving = True
        self.ui.saveButton.setEnabled(False)
        self.action_requested.emit(ProgressRequest(self._action, record, by))

    def _read(self, action: ProgressAction, by: str) -> object:
        extra = self._extra_pages.get(action)
        if isinstance(extra, FollowUpPage):
            return extra.record(by)  # the visitor is who records the visit
        return extra.record() if extra is not None else self._pages.read(action, by)

    def _on_divert_channel_changed(self) -> None:
        self._pages.show_channel(self.ui.divertChannelCombo.currentData())

    def _on_decline_reason_changed(self) -> None:
        ui = self.ui
        code = ui.declineReasonCombo.currentData()
        reason = self._pages.decline_reason(code)
        ui.refusalBox.setVisible(reason is not None and reason.requires == "refusal")

    def _on_termination_reason_changed(self) -> None:
        self.ui.terminationRefusalBox.setVisible(
            self.ui.terminationReasonCombo.currentData() == "refused"
        )

    def _on_agreement_form_changed(self) -> None:
        ui = self.ui
        written = ui.agreementFormCombo.currentData() == "written"
        ui.agreementSignedDateEdit.setVisible(written)
        ui.agreementSignedDateLabel.setVisible(written)
        effective = self._pages.agreement().agreement.effective_on
        ui.agreementEffectiveValue.setText(effective.isoformat() if effective else "")

    def _on_risk_level_changed(self) -> None:
        level = self._risk_scale.get(str(self.ui.riskLevelCombo.currentData() or ""))
        current = self._risk_scale.rank_of(self._state.risk_level)
        needs_report = level is not None and level.requires_escalation and level.rank > current
        self.ui.escalationBox.setVisible(needs_report)
        self.ui.riskHintLabel.setText(
            self.tr("This level must be reported at once (art 25): who was told, when and how.")
            if needs_report
            else ""
        )
