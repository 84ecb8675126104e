"""Case records from the main window: dialog → RecordsService call on the writer thread →
the dialog shows the saved state (or the problems at their fields)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from mediation_desk.domain.records.models import (
    AgreementContent,
    AgreementDraft,
    InvestigationRecord,
    JudicialConfirmation,
    SessionRecord,
)
from mediation_desk.jobs.runner import JobRunner
from mediation_desk.ui.dialog_slot import DialogSlot, show_status
from mediation_desk.ui.dialogs.case_records import CaseRecordsDialog
from mediation_desk.ui.dialogs.records_requests import (
    RecordsAction,
    RecordsRequest,
    RecordsState,
    SignedDraft,
)
from mediation_desk.ui.documents_workflow import DocumentsWorkflow, available_documents
from mediation_desk.ui.errors import describe_error

if TYPE_CHECKING:
    from mediation_desk.services.bootstrap import Services

A = RecordsAction


class RecordsWorkflow(QObject):
    """Opens the records dialog of a case and saves what it asks, one request at a time."""

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
        self._slot: DialogSlot[CaseRecordsDialog] = DialogSlot(lambda d: d.state.case_uuid)

    @property
    def dialog(self) -> CaseRecordsDialog | None:
        return self._slot.dialog

    def open(self, uuid: str) -> CaseRecordsDialog | None:
        """Shows the records of case `uuid` (raises the open dialog if it is this case's)."""
        try:
            return self._slot.show(uuid, lambda: self._create(uuid))
        except Exception as error:
            show_status(self._window, describe_error(error))
            return None

    def _create(self, uuid: str) -> CaseRecordsDialog:
        state = load_records_state(self._services, uuid)
        dialog = CaseRecordsDialog(state, self._today(), lambda: datetime.now(UTC), self._window)
        dialog.request.connect(lambda request: self._save(dialog, request))
        documents = DocumentsWorkflow(dialog, self._services, self._runner)
        panel = dialog.documents
        panel.preview_requested.connect(documents.preview)
        panel.save_requested.connect(documents.save)
        panel.save_all_requested.connect(documents.save_case_file)
        return dialog

    def _save(self, dialog: CaseRecordsDialog, request: RecordsRequest) -> None:
        services = self._services
        uuid = dialog.state.case_uuid

        def work() -> RecordsState:
            perform_records(services, uuid, request)
            return load_records_state(services, uuid)

        self._runner.submit(
            work,
            writes=True,
            name=f"records-{request.action}",
            on_success=lambda state: self._on_saved(dialog, state),
            on_failure=lambda error: self._on_failed(dialog, error),
        )

    def _on_saved(self, dialog: CaseRecordsDialog, state: RecordsState) -> None:
        dialog.set_state(state, saved=True)
        self._after_save()

    def _on_failed(self, dialog: CaseRecordsDialog, error: Exception) -> None:
        from mediation_desk.services.errors import ValidationFailed

        if isinstance(error, ValidationFailed):
            dialog.show_problems(error.issues)
        else:
            dialog.show_error(describe_error(error))


def load_records_state(services: Services, uuid: str) -> RecordsState:
    """Reads what the records dialog shows about one case (any thread; reads only)."""
    case = services.cases.get(uuid)
    records = services.records
    mediators = {m.uuid: m.name for m in services.committee.mediators(include_inactive=True)}
    committee = services.committee.get()
    return RecordsState(
        case_uuid=uuid,
        case_no=case.case_no,
        status=case.status,
        parties=tuple(party.name for party in case.draft.parties if party.name.strip()),
        mediators=tuple(mediators[m] for m in case.draft.mediator_uuids if m in mediators),
        investigations=records.investigations(uuid),
        sessions=records.sessions(uuid),
        draft=records.agreement_draft(uuid),
        agreement=records.agreement(uuid),
        confirmation=records.confirmation(uuid),
        place=committee.address if committee is not None else "",
        documents=available_documents(services, uuid) if committee is not None else (),
        may_write=not services.access.case_access(uuid).read_only,
    )


def perform_records(services: Services, uuid: str, request: RecordsRequest) -> None:
    """Makes the service call for `request` (on the writer thread)."""
    records, payload, action = services.records, request.payload, request.action
    if action is A.SAVE_INVESTIGATION:
        assert isinstance(payload, InvestigationRecord)
        records.save_investigation(uuid, payload)
    elif action is A.SAVE_SESSION:
        assert isinstance(payload, SessionRecord)
        records.save_session(uuid, payload)
    elif action is A.DELETE_RECORD:
        assert isinstance(payload, str)
        records.delete_record(uuid, payload)
    elif action is A.SAVE_DRAFT:
        assert isinstance(payload, AgreementDraft)
        records.save_agreement_draft(uuid, payload)
    elif action is A.SAVE_AGREEMENT:
        assert isinstance(payload, AgreementContent)
        records.save_agreement_content(uuid, payload)
    elif action is A.RECORD_AGREEMENT:
        assert isinstance(payload, SignedDraft)
        records.save_agreement_draft(uuid, payload.draft)
        services.lifecycle.record_agreement(uuid, payload.record, by=_recorder(services, uuid))
    elif action is A.RECORD_SIGNING:
        assert isinstance(payload, date)
        records.record_signing(uuid, payload)
    else:
        assert action is A.SAVE_CONFIRMATION and isinstance(payload, JudicialConfirmation)
        records.save_confirmation(uuid, payload)


def _recorder(services: Services, uuid: str) -> str:
    """Who records a step from this dialog: the case's first mediator (until user accounts)."""
    assigned = services.cases.get(uuid).draft.mediator_uuids
    names = {m.uuid: m.name for m in services.committee.mediators(include_inactive=True)}
    return next((names[m] for m in assigned if m in names), "")
