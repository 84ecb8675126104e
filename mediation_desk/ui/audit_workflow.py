"""Opens the audit log: a case's change history (from the case-progress dialog) and the
director's whole log (`open_full_log`, for a menu); the log is read on a background job."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from mediation_desk.jobs.runner import JobRunner
from mediation_desk.ui.dialog_slot import DialogSlot
from mediation_desk.ui.dialogs.audit_log_dialog import AuditLogDialog
from mediation_desk.ui.errors import describe_error

if TYPE_CHECKING:
    from mediation_desk.services.audit import AuditEntry, ChainReport
    from mediation_desk.services.bootstrap import Services

FULL_LOG_LIMIT = 5000  # the newest entries the whole-log table shows; filter by case for more


class AuditWorkflow(QObject):
    """One case-history dialog per case (DialogSlot) and one whole-log dialog."""

    def __init__(self, window: QWidget, services: Services, runner: JobRunner) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self._histories: DialogSlot[AuditLogDialog] = DialogSlot(lambda d: d.case_no or "")
        self.full_log: AuditLogDialog | None = None

    @property
    def history(self) -> AuditLogDialog | None:
        """The open case-history dialog, if any."""
        return self._histories.dialog

    def open_case_history(self, case_uuid: str, case_no: str, parent: QWidget) -> AuditLogDialog:
        """The change history (修改记录) of one case, newest first."""
        dialog = self._histories.show(
            case_no, lambda: AuditLogDialog(case_no=case_no, parent=parent)
        )
        self._load(dialog, case_uuid)
        return dialog

    def open_full_log(self) -> AuditLogDialog:
        """The whole audit log with a filter by case number (the director's view)."""
        if self.full_log is None:
            dialog = AuditLogDialog(parent=self._window)
            dialog.filter_requested.connect(lambda case_no: self._filter(dialog, case_no))
            dialog.finished.connect(self._on_full_log_finished)
            self.full_log = dialog
            dialog.open()
            self._load(dialog, None)
        else:
            self.full_log.raise_()
        return self.full_log

    def _on_full_log_finished(self) -> None:
        if self.full_log is not None:
            self.full_log.deleteLater()
        self.full_log = None

    def _filter(self, dialog: AuditLogDialog, case_no: str) -> None:
        if not case_no:
            self._load(dialog, None)
            return
        audit = self._services.audit

        def found(uuid: str | None) -> None:
            if uuid is None:
                dialog.show_no_such_case(case_no)
            else:
                self._load(dialog, uuid)

        self._runner.submit(
            lambda: audit.case_uuid_of(case_no),
            name="audit-find-case",
            on_success=found,
            on_failure=lambda error: dialog.show_message(describe_error(error)),
        )

    def _load(self, dialog: AuditLogDialog, case_uuid: str | None) -> None:
        audit = self._services.audit
        limit = None if case_uuid is not None else FULL_LOG_LIMIT

        def work() -> tuple[list[AuditEntry], ChainReport]:
            return audit.entries(case_uuid=case_uuid, limit=limit), audit.verify()

        def shown(result: tuple[list[AuditEntry], ChainReport]) -> None:
            if not isValid(dialog):  # closed while the log was read
                return
            dialog.set_entries(result[0])
            dialog.set_chain_report(result[1])

        self._runner.submit(
            work,
            name="audit-log",
            on_success=shown,
            on_failure=lambda error: dialog.show_message(describe_error(error)),
        )
