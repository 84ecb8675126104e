"""The form pages of the case-progress dialog: filling them for a case and reading records back."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle.channels import ChannelCatalogue, Diversion, FeedbackStatus
from mediation_desk.domain.lifecycle.common import CHINA_TZ
from mediation_desk.domain.lifecycle.decisions import (
    PARTY_REFUSES,
    AcceptanceDecision,
    DeclineReason,
    NoticeMethod,
    Refusal,
    RightsNotice,
)
from mediation_desk.domain.lifecycle.outcomes import (
    AgreementForm,
    AgreementRecord,
    Termination,
    TerminationReason,
)
from mediation_desk.domain.lifecycle.risk import (
    EscalationRecipient,
    EscalationReport,
    ReportMethod,
    RiskIndicator,
    RiskScale,
)
from mediation_desk.domain.lifecycle.transition_rules import TERMINATION_REASONS_FROM
from mediation_desk.ui.dialogs.progress_requests import (
    AgreementRequest,
    FeedbackRecord,
    MoveRecord,
    ProgressAction,
    ProgressState,
    RiskRequest,
)
from mediation_desk.ui.dialogs.progress_widgets import (
    checked,
    fill_checks,
    fill_combo,
    items,
    select,
    set_checked,
    to_date,
)
from mediation_desk.ui.generated.ui_case_progress import Ui_CaseProgressDialog
from mediation_desk.ui.lifecycle_labels import lifecycle_label, need_label, reference_name

A = ProgressAction


class ProgressPages:
    """Fills each page with choices and defaults, and turns what was entered into records."""

    def __init__(
        self,
        ui: Ui_CaseProgressDialog,
        channels: ChannelCatalogue,
        decline_reasons: Iterable[DeclineReason],
        risk_scale: RiskScale,
    ) -> None:
        self.ui = ui
        self.channels = channels
        self.decline_reasons = {reason.code: reason for reason in decline_reasons}
        self.risk_scale = risk_scale
        reasons = self.decline_reasons.values()
        fill_combo(ui.declineReasonCombo, ((r.code, reference_name(r)) for r in reasons))
        targets = [(c.code, reference_name(c)) for c in channels.diversion_targets()]
        fill_combo(ui.divertChannelCombo, targets)
        for widget in (ui.declineChannelsList, ui.terminationChannelsList):
            fill_checks(widget, targets)
        methods = [(m.value, lifecycle_label(m)) for m in NoticeMethod]
        for combo in (ui.refusalMethodCombo, ui.noticeMethodCombo):
            fill_combo(combo, methods)
        fill_combo(ui.feedbackStatusCombo, ((f.value, lifecycle_label(f)) for f in FeedbackStatus))
        fill_combo(ui.agreementFormCombo, ((f.value, lifecycle_label(f)) for f in AgreementForm))
        fill_combo(ui.escalationMethodCombo, ((m.value, lifecycle_label(m)) for m in ReportMethod))
        fill_combo(ui.riskLevelCombo, ((lv.code, reference_name(lv)) for lv in risk_scale.levels))
        fill_checks(ui.riskIndicatorsList, ((i.value, lifecycle_label(i)) for i in RiskIndicator))
        self.recipient_checks = {
            EscalationRecipient.POLICE_STATION: ui.policeStationCheck,
            EscalationRecipient.TOWNSHIP: ui.townshipCheck,
            EscalationRecipient.JUSTICE_OFFICE: ui.justiceOfficeCheck,
            EscalationRecipient.OTHER: ui.otherRecipientCheck,
        }

    # -- filling ------------------------------------------------------------------------------

    def reset(self, state: ProgressState, today: date, now: datetime) -> None:
        """Blank pages for `state`: dates today, choices for its status, names of its parties."""
        ui = self.ui
        day = QDate(today.year, today.month, today.day)
        for edit in (
            ui.acceptDateEdit,
            ui.declineDateEdit,
            ui.refusalDateEdit,
            ui.noticeDateEdit,
            ui.divertDateEdit,
            ui.feedbackDateEdit,
            ui.terminationDateEdit,
            ui.terminationRefusalDateEdit,
            ui.agreementReachedDateEdit,
            ui.agreementSignedDateEdit,
            ui.agreementPerformanceDateEdit,
        ):
            edit.setMaximumDate(day.addYears(5))
            edit.setDate(day)
        local = now.astimezone(CHINA_TZ)
        moment = QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
        )
        ui.escalationTimeEdit.setDateTime(moment)
        for combo in (ui.refusalPartyCombo, ui.terminationPartyCombo):
            combo.clear()
            combo.addItems(["", *state.parties])
        fill_checks(ui.noticeRecipientsList, [(name, name) for name in state.parties], True)
        for widget in (ui.declineChannelsList, ui.terminationChannelsList):
            set_checked(widget, ())
        reasons = TERMINATION_REASONS_FROM.get(state.status, frozenset())
        fill_combo(
            ui.terminationReasonCombo,
            ((r.value, lifecycle_label(r)) for r in TerminationReason if r in reasons),
        )
        for text_edit in (
            ui.declineReasonTextEdit,
            ui.divertReasonEdit,
            ui.feedbackNoteEdit,
            ui.escalationMeasuresEdit,
        ):
            text_edit.clear()
        for line in (ui.moveReasonEdit, ui.divertBodyEdit, ui.terminationNoteEdit):
            line.clear()
        ui.otherRecipientEdit.clear()
        for check in self.recipient_checks.values():
            check.setChecked(False)
        ui.remediationConsentCheck.setChecked(False)
        ui.remediationConsentCheck.setVisible(
            state.status in (CaseStatus.AGREEMENT, CaseStatus.FOLLOW_UP)
        )
        ui.agreementPerformanceCheck.setChecked(False)
        select(ui.riskLevelCombo, state.risk_level)
        set_checked(ui.riskIndicatorsList, suggested_indicators(state))
        self.show_channel(ui.divertChannelCombo.currentData())

    def show_channel(self, code: object) -> None:
        """The selected channel's prerequisites and the time limits to tell the parties."""
        channel = self.channels.get(str(code)) if code else None
        needs = channel.needs if channel else ()
        fill_checks(self.ui.divertNeedsList, [(n, need_label(n)) for n in needs])
        self.ui.divertNeedsList.setVisible(bool(needs))
        self.ui.divertNeedsLabel.setVisible(bool(needs))
        warnings = channel.warnings if channel else ()
        items = [(w.code, reference_name(w)) for w in warnings]
        fill_checks(self.ui.divertWarningsList, items, checked=True)

    def decline_reason(self, code: object) -> DeclineReason | None:
        return self.decline_reasons.get(str(code or ""))

    def warnings_shown(self) -> list[str]:
        """The texts of the time limits listed for the selected channel."""
        return [item.text() for item in items(self.ui.divertWarningsList)]

    # -- reading ------------------------------------------------------------------------------

    def read(self, action: ProgressAction, by: str) -> object:
        """The record of `action` as entered; `by` is who records it."""
        readers: dict[ProgressAction, Callable[[], object]] = {
            A.ACCEPT: lambda: self.accept(by),
            A.DECLINE: lambda: self.decline(by),
            A.RIGHTS_NOTICE: lambda: self.rights_notice(by),
            A.DIVERT: self.diversion,
            A.FEEDBACK: self.feedback,
            A.AGREEMENT: self.agreement,
            A.TERMINATE: self.termination,
            A.RISK: self.risk,
        }
        return readers.get(action, self.move)()

    def accept(self, by: str) -> AcceptanceDecision:
        return AcceptanceDecision(True, to_date(self.ui.acceptDateEdit.date()), by)

    def decline(self, by: str) -> AcceptanceDecision:
        ui = self.ui
        code = str(ui.declineReasonCombo.currentData() or "")
        refusal = None
        if code == PARTY_REFUSES:
            refusal = Refusal(
                party=ui.refusalPartyCombo.currentText().strip(),
                refused_on=to_date(ui.refusalDateEdit.date()),
                method=NoticeMethod(ui.refusalMethodCombo.currentData()),
            )
        return AcceptanceDecision(
            accepted=False,
            decided_on=to_date(ui.declineDateEdit.date()),
            decided_by=by,
            reason_code=code,
            reason_text=ui.declineReasonTextEdit.toPlainText().strip(),
            refusal=refusal,
            channels_told=frozenset(checked(ui.declineChannelsList)),
        )

    def rights_notice(self, by: str) -> RightsNotice:
        ui = self.ui
        return RightsNotice(
            given_on=to_date(ui.noticeDateEdit.date()),
            given_to=tuple(checked(ui.noticeRecipientsList)),
            method=NoticeMethod(ui.noticeMethodCombo.currentData()),
            given_by=by,
        )

    def move(self) -> MoveRecord:
        ui = self.ui
        check = ui.remediationConsentCheck
        consent = not check.isHidden() and check.isChecked()
        return MoveRecord(ui.moveReasonEdit.text().strip(), consent)

    def diversion(self) -> Diversion:
        ui = self.ui
        return Diversion(
            channel_code=str(ui.divertChannelCombo.currentData() or ""),
            receiving_body=ui.divertBodyEdit.text().strip(),
            reason=ui.divertReasonEdit.toPlainText().strip(),
            diverted_on=to_date(ui.divertDateEdit.date()),
            warnings_told=frozenset(checked(ui.divertWarningsList)),
            needs_met=frozenset(checked(ui.divertNeedsList)),
        )

    def feedback(self) -> FeedbackRecord:
        ui = self.ui
        return FeedbackRecord(
            FeedbackStatus(ui.feedbackStatusCombo.currentData()),
            to_date(ui.feedbackDateEdit.date()),
            ui.feedbackNoteEdit.toPlainText().strip(),
        )

    def termination(self) -> Termination:
        ui = self.ui
        reason = TerminationReason(ui.terminationReasonCombo.currentData())
        refusal = None
        if reason is TerminationReason.REFUSED:
            refusal = Refusal(
                ui.terminationPartyCombo.currentText().strip(),
                to_date(ui.terminationRefusalDateEdit.date()),
            )
        return Termination(
            reason=reason,
            terminated_on=to_date(ui.terminationDateEdit.date()),
            channels_explained=frozenset(checked(ui.terminationChannelsList)),
            refusal=refusal,
            note=ui.terminationNoteEdit.text().strip(),
        )

    def agreement(self) -> AgreementRequest:
        ui = self.ui
        form = AgreementForm(ui.agreementFormCombo.currentData())
        signed = (
            to_date(ui.agreementSignedDateEdit.date()) if form is AgreementForm.WRITTEN else None
        )
        record = AgreementRecord(form, to_date(ui.agreementReachedDateEdit.date()), signed)
        due: tuple[date, ...] = ()
        if ui.agreementPerformanceCheck.isChecked():
            due = (to_date(ui.agreementPerformanceDateEdit.date()),)
        return AgreementRequest(record, due)

    def risk(self) -> RiskRequest:
        ui = self.ui
        level = str(ui.riskLevelCombo.currentData() or "")
        asked = not ui.escalationBox.isHidden()
        indicators = frozenset(RiskIndicator(code) for code in checked(ui.riskIndicatorsList))
        return RiskRequest(level, self.escalation_report() if asked else None, indicators)

    def escalation_report(self) -> EscalationReport | None:
        """The report as entered; None when nothing at all was entered (the rules then ask)."""
        ui = self.ui
        recipients = frozenset(r for r, check in self.recipient_checks.items() if check.isChecked())
        measures = ui.escalationMeasuresEdit.toPlainText().strip()
        other = ui.otherRecipientEdit.text().strip()
        if not recipients and not measures and not other:
            return None
        local = ui.escalationTimeEdit.dateTime().toPython()
        assert isinstance(local, datetime)
        return EscalationReport(
            recipients=recipients,
            reported_at=local.replace(tzinfo=CHINA_TZ).astimezone(UTC),
            method=ReportMethod(ui.escalationMethodCombo.currentData()),
            measures=measures,
            reported_by=ui.recordedByEdit.text().strip(),
            other_recipient=other,
        )


def suggested_indicators(state: ProgressState) -> frozenset[str]:
    """The indicators recorded; before any are, "repeat dispute" when earlier cases exist."""
    if state.risk_indicators:
        return frozenset(indicator.value for indicator in state.risk_indicators)
    return frozenset({RiskIndicator.REPEAT_DISPUTE.value}) if state.earlier_cases else frozenset()
