"""Which actions the case-progress dialog offers, their buttons, and the widget of each field."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QPushButton, QWidget

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.states import OPEN_STATUSES, allowed_transitions
from mediation_desk.ui.dialogs.progress_requests import ProgressAction
from mediation_desk.ui.generated.ui_case_progress import Ui_CaseProgressDialog

A = ProgressAction
S = CaseStatus
MOVES = {
    S.ACCEPTED: A.ACCEPT,
    S.DECLINED: A.DECLINE,
    S.IN_MEDIATION: A.START_MEDIATION,
    S.DIVERTED: A.DIVERT,
    S.AGREEMENT: A.AGREEMENT,
    S.TERMINATED: A.TERMINATE,
    S.FOLLOW_UP: A.FOLLOW_UP,
    S.CLOSED: A.CLOSE,
    S.ARCHIVED: A.ARCHIVE,
}


BEFORE_AN_OUTCOME = (S.REGISTERED, S.ACCEPTED, S.IN_MEDIATION)


def available_actions(status: CaseStatus, *, extendable: bool = False) -> list[ProgressAction]:
    """The actions offered for a status: the graph's moves plus the records that fit it;
    `extendable` when a time limit the parties may extend is running."""
    actions = [MOVES[target] for target in allowed_transitions(status)]
    if status in (S.REGISTERED, S.ACCEPTED):
        actions.append(A.RIGHTS_NOTICE)
    if status in BEFORE_AN_OUTCOME:
        actions += [A.PUBLICITY, A.RECUSAL]
    if extendable and status in (S.ACCEPTED, S.IN_MEDIATION):
        actions.append(A.EXTENSION)
    if status is S.DIVERTED:
        actions.append(A.FEEDBACK)
    if status in (S.AGREEMENT, S.FOLLOW_UP):
        actions.append(A.FOLLOW_UP_VISIT)
    if status in OPEN_STATUSES:
        actions.append(A.RISK)
    return actions


def action_buttons(ui: Ui_CaseProgressDialog) -> dict[ProgressAction, QPushButton]:
    """The button that opens each action's page."""
    return {
        A.ACCEPT: ui.acceptButton,
        A.DECLINE: ui.declineButton,
        A.RIGHTS_NOTICE: ui.rightsNoticeButton,
        A.START_MEDIATION: ui.startMediationButton,
        A.DIVERT: ui.divertButton,
        A.FEEDBACK: ui.feedbackButton,
        A.AGREEMENT: ui.agreementButton,
        A.TERMINATE: ui.terminateButton,
        A.FOLLOW_UP: ui.followUpButton,
        A.CLOSE: ui.closeCaseButton,
        A.ARCHIVE: ui.archiveButton,
        A.RISK: ui.riskButton,
        A.PUBLICITY: ui.publicityButton,
        A.RECUSAL: ui.recusalButton,
        A.EXTENSION: ui.extensionButton,
        A.FOLLOW_UP_VISIT: ui.followUpVisitButton,
    }


def field_widgets(ui: Ui_CaseProgressDialog, action: ProgressAction | None) -> dict[str, QWidget]:
    """Field path → widget for the page of `action` (paths as the services report them)."""
    common: dict[str, QWidget] = {"by": ui.recordedByEdit}
    pages: Mapping[ProgressAction, dict[str, QWidget]] = {
        A.ACCEPT: {
            "decision.decided_on": ui.acceptDateEdit,
            "decision.decided_by": ui.recordedByEdit,
        },
        A.DECLINE: {
            "decision.decided_on": ui.declineDateEdit,
            "decision.decided_by": ui.recordedByEdit,
            "decision.reason_code": ui.declineReasonCombo,
            "decision.reason_text": ui.declineReasonTextEdit,
            "decision.channels_told": ui.declineChannelsList,
            "decision.refusal": ui.refusalBox,
            "decision.refusal.party": ui.refusalPartyCombo,
            "decision.refusal.refused_on": ui.refusalDateEdit,
        },
        A.RIGHTS_NOTICE: {
            "given_on": ui.noticeDateEdit,
            "given_to": ui.noticeRecipientsList,
            "given_by": ui.recordedByEdit,
        },
        A.START_MEDIATION: {"remediation_consent": ui.remediationConsentCheck},
        A.FOLLOW_UP_VISIT: {"visited_by": ui.recordedByEdit},
        A.DIVERT: {
            "diversion.channel_code": ui.divertChannelCombo,
            "diversion.needs_met": ui.divertNeedsList,
            "diversion.warnings_told": ui.divertWarningsList,
            "diversion.receiving_body": ui.divertBodyEdit,
            "diversion.reason": ui.divertReasonEdit,
            "diversion.diverted_on": ui.divertDateEdit,
        },
        A.FEEDBACK: {
            "feedback_on": ui.feedbackDateEdit,
            "feedback_note": ui.feedbackNoteEdit,
        },
        A.AGREEMENT: {
            "agreement.form": ui.agreementFormCombo,
            "agreement.reached_on": ui.agreementReachedDateEdit,
            "agreement.signed_on": ui.agreementSignedDateEdit,
        },
        A.TERMINATE: {
            "termination.reason": ui.terminationReasonCombo,
            "termination.terminated_on": ui.terminationDateEdit,
            "termination.channels_explained": ui.terminationChannelsList,
            "termination.refusal": ui.terminationRefusalBox,
            "termination.refusal.party": ui.terminationPartyCombo,
            "termination.refusal.refused_on": ui.terminationRefusalDateEdit,
            "termination.note": ui.terminationNoteEdit,
        },
        A.RISK: {
            "risk_level": ui.riskLevelCombo,
            "indicators": ui.riskIndicatorsList,
            "escalation": ui.escalationBox,
            "escalation.recipients": ui.escalationRecipientsWidget,
            "escalation.other_recipient": ui.otherRecipientEdit,
            "escalation.reported_at": ui.escalationTimeEdit,
            "escalation.measures": ui.escalationMeasuresEdit,
            "escalation.reported_by": ui.recordedByEdit,
        },
    }
    return common | dict(pages.get(action, {})) if action is not None else common


def widget_for(fields: Mapping[str, QWidget], path: str) -> QWidget | None:
    """The widget of `path`, else of its nearest parent path (`a.b.c` → `a.b` → `a`)."""
    parts = path.split(".")
    while parts:
        found = fields.get(".".join(parts))
        if found is not None:
            return found
        parts.pop()
    return None
