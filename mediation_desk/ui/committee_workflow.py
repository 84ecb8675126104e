"""First-run setup and later editing of the committee and its mediators."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from mediation_desk.domain.models import Committee, Mediator
from mediation_desk.jobs.runner import JobRunner
from mediation_desk.ui.dialogs.committee_setup import CommitteeSetupDialog
from mediation_desk.ui.errors import describe_error
from mediation_desk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from mediation_desk.services.bootstrap import Services


class CommitteeWorkflow(QObject):
    """Shows the committee dialog and saves it on the database-writer thread."""

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        runner: JobRunner,
        on_saved: Callable[[], None],
        on_first_run_cancelled: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self._on_saved_callback = on_saved
        self._on_first_run_cancelled = on_first_run_cancelled
        self._dialog: CommitteeSetupDialog | None = None

    def edit(self, *, first_run: bool = False) -> None:
        if self._dialog is not None:
            self._dialog.raise_()
            return
        reference = self._services.reference
        dialog = CommitteeSetupDialog(
            divisions=reference.divisions(),
            ethnicities=reference.ethnicities(),
            today=date.today(),
            committee=self._services.committee.get(),
            mediators=self._services.committee.mediators(),
            first_run=first_run,
            parent=self._window,
        )
        dialog.save_requested.connect(
            lambda committee, mediators: self._save(dialog, committee, mediators)
        )
        dialog.rejected.connect(lambda: self._on_rejected(first_run))
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    def _on_dialog_finished(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None

    def _on_rejected(self, first_run: bool) -> None:
        if first_run:
            self._on_first_run_cancelled()

    def _save(
        self, dialog: CommitteeSetupDialog, committee: Committee, mediators: list[Mediator]
    ) -> None:
        service = self._services.committee
        self._runner.submit(
            lambda: service.save(committee, mediators),
            writes=True,
            name="save-committee",
            on_success=lambda _result: self._on_saved(dialog),
            on_failure=lambda error: dialog.show_save_error(describe_error(error)),
        )

    def _on_saved(self, dialog: CommitteeSetupDialog) -> None:
        dialog.mark_saved()
        self._on_saved_callback()
