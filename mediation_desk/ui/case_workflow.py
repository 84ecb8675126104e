"""Registering and editing cases from the main window: dialog → background save → list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from mediation_desk.domain.lifecycle.repeat import EarlierCase
from mediation_desk.domain.models import Case, CaseDraft
from mediation_desk.jobs.runner import JobRunner
from mediation_desk.ui.dialogs.intake_dialog import IntakeDialog
from mediation_desk.ui.errors import describe_error
from mediation_desk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from mediation_desk.services.bootstrap import Services


class CaseWorkflow(QObject):
    """Opens the intake dialog and saves what it returns on the database-writer thread."""

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        runner: JobRunner,
        on_saved: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._after_save = on_saved
        self._services = services
        self._runner = runner
        self._dialog: IntakeDialog | None = None

    def new_case(self) -> None:
        self._open_dialog(None)

    def open_case(self, uuid: str) -> None:
        try:
            case = self._services.cases.get(uuid)
        except Exception as error:
            self._window.ui.statusBar.showMessage(describe_error(error), 8000)
            return
        self._open_dialog(case)

    def _open_dialog(self, case: Case | None) -> None:
        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return
        committee = self._services.committee.get()
        reference = self._services.reference
        repeats = self._services.repeat_disputes

        def earlier_cases(draft: CaseDraft) -> list[EarlierCase]:
            # An indexed look-up of a few milliseconds, made when Save is pressed.
            return repeats.earlier_cases(
                draft.parties,
                draft.place_division_code,
                received_on=draft.received_on,
                exclude_case_uuid=case.uuid if case is not None else "",
            )

        access = self._services.access.case_access(case.uuid) if case is not None else None
        dialog = IntakeDialog(
            categories=reference.categories(include_inactive=case is not None),
            ethnicities=reference.ethnicities(),
            divisions=reference.divisions(),
            mediators=self._services.committee.mediators(include_inactive=case is not None),
            default_place_code=committee.division_code if committee else "",
            today=date.today(),
            case=case,
            earlier_cases=earlier_cases,
            read_only=access is not None and not access.write,
            masked=case is not None,  # ID and phone numbers masked until "Show"
            may_reveal=access is not None and access.reveal,
            parent=self._window,
        )
        needs_reason = access is not None and access.needs_reason
        dialog.save_requested.connect(
            lambda draft: (
                self._ask_reason(dialog, case, draft)
                if needs_reason
                else self._save(dialog, case, draft)
            )
        )
        if case is not None:
            dialog.reveal_requested.connect(lambda: self._reveal(dialog, case.uuid))
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    def _on_dialog_finished(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None

    def _reveal(self, dialog: IntakeDialog, uuid: str) -> None:
        """Checks the user may see the full numbers, records the viewing, then shows them."""
        services = self._services

        def work() -> None:
            services.access.check_reveal(uuid)
            services.audit.record_view(uuid, "parties.id_number,parties.phone")

        self._runner.submit(
            work,
            writes=True,
            name="reveal-numbers",
            on_success=lambda _result: dialog.reveal(),
            on_failure=lambda error: dialog.show_save_error(describe_error(error)),
        )

    def _ask_reason(self, dialog: IntakeDialog, case: Case | None, draft: CaseDraft) -> None:
        """A closed or archived case is corrected only with a reason, kept in the audit log."""
        from PySide6.QtWidgets import QInputDialog

        asking = QInputDialog(dialog)
        asking.setObjectName("correctionReasonDialog")
        asking.setWindowTitle(self.tr("Correct a closed case"))
        asking.setLabelText(
            self.tr("This case is closed. Why does it need correcting? (kept in the audit log)")
        )

        def answered(reason: str) -> None:
            if reason.strip():
                self._save(dialog, case, draft, reason=reason.strip())
            else:
                dialog.show_save_error(self.tr("A correction needs a reason."))

        asking.textValueSelected.connect(answered)
        asking.rejected.connect(lambda: dialog.show_save_error(self.tr("Nothing was saved.")))
        asking.open()

    def _save(
        self, dialog: IntakeDialog, case: Case | None, draft: CaseDraft, reason: str = ""
    ) -> None:
        cases = self._services.cases
        db = self._services.db

        def work() -> Case:
            if case is None:
                return cases.register(draft)
            with db.because(reason):
                return cases.update(case.uuid, draft)

        self._runner.submit(
            work,
            writes=True,
            name="save-case",
            on_success=lambda saved: self._on_saved(dialog, saved, created=case is None),
            on_failure=lambda error: dialog.show_save_error(describe_error(error)),
        )

    def _on_saved(self, dialog: IntakeDialog, saved: Case, *, created: bool) -> None:
        dialog.mark_saved()
        self._after_save()
        self._window.select_case(saved.uuid)
        message = self.tr("Registered %1") if created else self.tr("Saved %1")
        self._window.ui.statusBar.showMessage(message.replace("%1", saved.case_no), 10000)
