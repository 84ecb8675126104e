"""The records dialog (调解记录与协议): investigations, sessions, the agreement and judicial
confirmation of one case, each on its own tab; saves go to the owner as RecordsRequests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from mediation_desk.domain.validation import Issue
from mediation_desk.ui.dialogs.agreement_editor import AgreementEditor
from mediation_desk.ui.dialogs.confirmation_editor import ConfirmationEditor
from mediation_desk.ui.dialogs.documents_panel import DocumentsPanel
from mediation_desk.ui.dialogs.field_issues import ERROR_COLOUR
from mediation_desk.ui.dialogs.investigation_editor import InvestigationEditor
from mediation_desk.ui.dialogs.records_requests import RecordsAction, RecordsRequest, RecordsState
from mediation_desk.ui.dialogs.session_editor import SessionEditor
from mediation_desk.ui.generated.ui_case_records import Ui_CaseRecordsDialog
from mediation_desk.ui.labels import label

A = RecordsAction


class CaseRecordsDialog(QDialog):
    """Shows one case's records; each tab's Save asks the owner through `request`."""

    request = Signal(object)  # a RecordsRequest

    def __init__(
        self,
        state: RecordsState,
        today: date,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseRecordsDialog()
        self.ui.setupUi(self)
        self._state = state
        self._saving = False
        self._last: RecordsRequest | None = None
        self.investigations = InvestigationEditor(now, lambda: self._state.defaults, self)
        self.sessions = SessionEditor(now, lambda: self._state.defaults, self)
        self.agreement = AgreementEditor(today, self)
        self.confirmation = ConfirmationEditor(today, self)
        tabs = self.ui.tabs
        tabs.addTab(self.investigations, self.tr("&Investigations"))
        tabs.addTab(self.sessions, self.tr("Mediation &sessions"))
        tabs.addTab(self.agreement, self.tr("&Agreement"))
        tabs.addTab(self.confirmation, self.tr("&Judicial confirmation"))
        self.documents = DocumentsPanel(self)
        tabs.addTab(self.documents, self.tr("&Documents"))
        self.investigations.save_requested.connect(
            lambda record: self._send(RecordsRequest(A.SAVE_INVESTIGATION, record))
        )
        self.sessions.save_requested.connect(
            lambda record: self._send(RecordsRequest(A.SAVE_SESSION, record))
        )
        for page in (self.investigations, self.sessions):
            page.delete_requested.connect(
                lambda uuid: self._send(RecordsRequest(A.DELETE_RECORD, uuid))
            )
        self.agreement.request.connect(self._send)
        self.confirmation.request.connect(self._send)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.set_state(state)

    # -- the API the workflow uses ----------------------------------------------------------

    @property
    def state(self) -> RecordsState:
        return self._state

    @property
    def busy(self) -> bool:
        """True while a save is on its way to the writer thread."""
        return self._saving

    def set_state(self, state: RecordsState, *, saved: bool = False) -> None:
        """Shows `state`; after a save, the record just saved stays selected."""
        self._state = state
        self._saving = False
        self.setWindowTitle(self.tr("Records — %1").replace("%1", state.case_no))
        self.ui.caseLabel.setText(
            f"<b>{state.case_no}</b>　{label(state.status)}　{'、'.join(state.parties)}"
        )
        self.investigations.set_records(
            state.investigations, state.editable, keep=self.investigations.record_uuid
        )
        self.sessions.set_records(state.sessions, state.editable, keep=self.sessions.record_uuid)
        self.agreement.set_state(state)
        self.confirmation.set_state(state)
        self.documents.set_documents(state.case_no, state.documents)
        if saved:
            self._tell(self.tr("Saved."))
        elif not state.editable:
            self._tell(self.tr("This case is closed to changes; its records can be read."))
        else:
            self._tell("")

    def show_problems(self, issues: Sequence[Issue]) -> None:
        """Shows the problems of the last save at its fields (the rest under the tabs)."""
        self._saving = False
        page = self._page_of(self._last)
        unplaced = page.show_problems(issues) if page is not None else []
        if unplaced:
            self._tell("\n".join(unplaced), error=True)
        else:
            self._tell(self.tr("Please correct the marked fields."), error=True)

    def show_error(self, message: str) -> None:
        self._saving = False
        self._tell(message, error=True)

    def tell(self, message: str) -> None:
        """A line under the tabs (e.g. where documents were saved)."""
        self._tell(message)

    def has_unsaved_changes(self) -> bool:
        return any(
            page.has_unsaved_changes()
            for page in (self.investigations, self.sessions, self.agreement, self.confirmation)
        )

    # -- internals ---------------------------------------------------------------------------

    def _send(self, request: RecordsRequest) -> None:
        if self._saving:
            return
        self._saving = True
        self._last = request
        self._tell(self.tr("Saving…"))
        self.request.emit(request)

    def _page_of(
        self, request: RecordsRequest | None
    ) -> InvestigationEditor | SessionEditor | AgreementEditor | ConfirmationEditor | None:
        if request is None:
            return None
        if request.action is A.SAVE_INVESTIGATION:
            return self.investigations
        if request.action is A.SAVE_SESSION:
            return self.sessions
        if request.action is A.DELETE_RECORD:
            current = self.ui.tabs.currentWidget()
            return self.sessions if current is self.sessions else self.investigations
        if request.action is A.SAVE_CONFIRMATION:
            return self.confirmation
        return self.agreement

    def _tell(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")

    def _may_close(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Some records have unsaved changes. Close and discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        # Escape, Close and the window's close button all come here (QDialog.closeEvent too)
        if self._may_close():
            super().reject()
