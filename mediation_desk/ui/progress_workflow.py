"""Case progress from the main window: dialog → lifecycle call on the writer thread → refresh."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from mediation_desk.domain.lifecycle.channels import Diversion
from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision
from mediation_desk.domain.lifecycle.outcomes import Termination
from mediation_desk.domain.validation import Issue
from mediation_desk.jobs.runner import JobRunner
from mediation_desk.ui.audit_workflow import AuditWorkflow
from mediation_desk.ui.dialog_slot import DialogSlot, show_status
from mediation_desk.ui.dialogs.case_progress import CaseProgressDialog
from mediation_desk.ui.dialogs.progress_requests import (
    AgreementRequest,
    FeedbackRecord,
    MediatorChoice,
    MoveRecord,
    ProgressAction,
    ProgressRequest,
    ProgressState,
    RiskRequest,
)
from mediation_desk.ui.errors import describe_error
from mediation_desk.ui.labels import category_name

if TYPE_CHECKING:
    from mediation_desk.services.bootstrap import Services

A = ProgressAction


class ProgressWorkflow(QObject):
    """Opens the case-progress dialog and records each step it asks for, one at a time."""

    def __init__(
        self,
        window: QWidget,
        services: Services,
        runner: JobRunner,
        on_saved: Callable[[], None],
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self._after_save = on_saved
        self._today = today
        self._slot: DialogSlot[CaseProgressDialog] = DialogSlot(lambda d: d.state.case_uuid)
        self.audit = AuditWorkflow(window, services, runner)

    @property
    def dialog(self) -> CaseProgressDialog | None:
        """The open dialog, if any."""
        return self._slot.dialog

    def open(self, uuid: str) -> CaseProgressDialog | None:
        """Shows the progress of case `uuid` (raises the open dialog instead when it is this
        case's); problems loading the case are reported in the main window's status bar."""
        try:
            return self._slot.show(uuid, lambda: self._create(uuid))
        except Exception as error:
            show_status(self._window, describe_error(error))
            return None

    def _create(self, uuid: str) -> CaseProgressDialog:
        dialog = CaseProgressDialog(
            reference=self._services.lifecycle.reference,
            state=load_state(self._services, uuid),
            today=self._today(),
            now=lambda: datetime.now(UTC),
            parent=self._window,
        )
        dialog.action_requested.connect(lambda request: self._save(dialog, request))
        dialog.case_link_activated.connect(self.open)
        dialog.history_requested.connect(
            lambda: self.audit.open_case_history(
                dialog.state.case_uuid, dialog.state.case_no, dialog
            )
        )
        return dialog

    def _save(self, dialog: CaseProgressDialog, request: ProgressRequest) -> None:
        services = self._services
        uuid = dialog.state.case_uuid

        def work() -> tuple[ProgressState, tuple[Issue, ...]]:
            warnings = perform(services, uuid, request)
            return load_state(services, uuid), warnings

        self._runner.submit(
            work,
            writes=True,
            name=f"progress-{request.action}",
            on_success=lambda result: self._on_saved(dialog, *result),
            on_failure=lambda error: self._on_failed(dialog, error),
        )

    def _on_saved(
        self, dialog: CaseProgressDialog, state: ProgressState, warnings: tuple[Issue, ...]
    ) -> None:
        dialog.set_state(state, warnings, saved=True)
        self._after_save()

    def _on_failed(self, dialog: CaseProgressDialog, error: Exception) -> None:
        from mediation_desk.services.errors import ValidationFailed

        if isinstance(error, ValidationFailed):  # TransitionRefused is one too
            dialog.show_problems(error.issues)
        else:
            dialog.show_error(describe_error(error))


def load_state(services: Services, uuid: str) -> ProgressState:
    """Reads what the dialog shows about one case (runs on any thread; reads only)."""
    case = services.cases.get(uuid)
    life, rights = services.lifecycle, services.party_rights
    everyone = services.committee.mediators(include_inactive=True)
    mediators = {m.uuid: m.name for m in everyone}
    assigned = case.draft.mediator_uuids
    earlier = tuple(services.repeat_disputes.earlier_cases_of(uuid))
    categories = services.reference.categories(include_inactive=True)
    return ProgressState(
        case_uuid=uuid,
        case_no=case.case_no,
        status=case.status,
        risk_level=life.risk_level(uuid),
        history=tuple(life.dated_history(uuid)),
        deadlines=life.deadlines(uuid),
        parties=tuple(party.name for party in case.draft.parties if party.name.strip()),
        mediators=tuple(mediators[m] for m in assigned if m in mediators),
        assigned=tuple(MediatorChoice(m, mediators[m]) for m in assigned if m in mediators),
        available=tuple(
            MediatorChoice(m.uuid, m.name) for m in everyone if m.active and m.uuid not in assigned
        ),
        all_mediators=tuple(MediatorChoice(m.uuid, m.name) for m in everyone),
        publicity=rights.publicity(uuid),
        recusals=rights.recusals(uuid),
        relations=rights.relations(uuid),
        risk_indicators=life.risk_indicators(uuid),
        earlier_cases=earlier,
        category_names=tuple(
            (c.code, category_name(c))
            for c in categories
            if c.code in {e.category_code for e in earlier}
        ),
        may_write=services.access.case_access(uuid).write,  # archiving a closed case is a step
    )


def perform(services: Services, uuid: str, request: ProgressRequest) -> tuple[Issue, ...]:
    """Makes the LifecycleService call for `request`; returns the warnings to show after it."""
    life, record, by = services.lifecycle, request.record, request.by
    action = request.action
    if action in (A.ACCEPT, A.DECLINE):
        assert isinstance(record, AcceptanceDecision)
        return life.decide(uuid, record, by=by, reason=record.reason_text).warnings
    rights = services.party_rights
    # Records that change no status: each is one call with the dialog's domain object.
    records: dict[ProgressAction, Callable[[str, Any], object]] = {
        A.RIGHTS_NOTICE: life.record_rights_notice,
        A.PUBLICITY: rights.record_publicity,
        A.RECUSAL: rights.record_recusal,
        A.EXTENSION: life.extend,
        A.FOLLOW_UP_VISIT: life.record_follow_up,
    }
    if action in records:
        records[action](uuid, record)
        return ()
    if action is A.DIVERT:
        assert isinstance(record, Diversion)
        return life.divert(uuid, record, by=by).warnings
    if action is A.FEEDBACK:
        assert isinstance(record, FeedbackRecord)
        life.record_feedback(uuid, record.feedback, record.on, record.note)
        return ()
    if action is A.TERMINATE:
        assert isinstance(record, Termination)
        return life.terminate(uuid, record, by=by, reason=record.note).warnings
    if action is A.AGREEMENT:
        assert isinstance(record, AgreementRequest)
        due = record.performance_due
        return life.record_agreement(uuid, record.agreement, by=by, performance_due=due).warnings
    if action is A.RISK:
        assert isinstance(record, RiskRequest)
        level, report, indicators = record.level, record.report, record.indicators
        return life.set_risk_level(uuid, level, indicators=indicators, report=report).warnings
    assert isinstance(record, MoveRecord)
    moves = {A.FOLLOW_UP: life.start_follow_up, A.CLOSE: life.close, A.ARCHIVE: life.archive}
    if action is A.START_MEDIATION:
        consent = record.remediation_consent
        return life.start_mediation(
            uuid, by=by, reason=record.reason, remediation_consent=consent
        ).warnings
    return moves[action](uuid, by=by, reason=record.reason).warnings
