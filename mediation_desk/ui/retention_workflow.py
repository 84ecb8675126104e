"""Retention from a menu (`open_retention`, for the lead to wire into the Data menu): list the
expired archived cases, confirm with their count, delete them on the writer thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from mediation_desk.jobs.runner import JobRunner
from mediation_desk.ui.dialog_slot import show_status
from mediation_desk.ui.dialogs.retention_dialog import RetentionDialog
from mediation_desk.ui.errors import describe_error
from mediation_desk.ui.labels import resolve_plural

if TYPE_CHECKING:
    from mediation_desk.services.bootstrap import Services
    from mediation_desk.services.retention import ExpiredCase


class RetentionWorkflow(QObject):
    """One retention dialog; deletions are asked for by count, then done in one transaction."""

    def __init__(self, window: QWidget, services: Services, runner: JobRunner) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self.dialog: RetentionDialog | None = None
        self.message: QMessageBox | None = None  # the last question or answer (tests read it)

    def open_retention(self) -> RetentionDialog:
        """Shows the archived cases past the retention period (the director's task)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = RetentionDialog(self._window)
        dialog.delete_requested.connect(self._confirm)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        self._load()
        return dialog

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _load(self, note: str = "") -> None:
        services = self._services

        def work() -> tuple[list[ExpiredCase], int]:
            return services.retention.expired(), services.settings.get().retention_years

        def shown(result: tuple[list[ExpiredCase], int]) -> None:
            if self.dialog is not None and isValid(self.dialog):
                self.dialog.set_cases(*result)
                if note:
                    self.dialog.show_message(note)

        self._runner.submit(
            work, name="retention-list", on_success=shown, on_failure=self._on_failed
        )

    def _confirm(self, cases: list[ExpiredCase]) -> None:
        count = len(cases)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete cases for good?"),
            resolve_plural(
                self.tr(
                    "Delete %n archived case(s) with all their parties and records? This "
                    "cannot be undone.",
                    "",
                    count,
                ),
                count,
            ),
            QMessageBox.StandardButton.Cancel,
            self.dialog or self._window,
        )
        delete = box.addButton(
            resolve_plural(self.tr("Delete %n case(s)", "", count), count),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        delete.setObjectName("confirmDeleteButton")
        delete.clicked.connect(lambda: self.delete(cases))
        self.message = box
        box.open()

    def delete(self, cases: list[ExpiredCase]) -> None:
        """Deletes `cases` (already confirmed) and lists what is left."""
        retention = self._services.retention
        uuids = [case.uuid for case in cases]
        self._runner.submit(
            lambda: retention.delete(uuids),
            writes=True,
            name="retention-delete",
            on_success=self._on_deleted,
            on_failure=self._on_failed,
        )

    def _on_deleted(self, count: int) -> None:
        text = resolve_plural(
            self.tr("%n case(s) deleted; the audit log records each deletion.", "", count), count
        )
        show_status(self._window, text)
        if self.dialog is not None and isValid(self.dialog):
            self._load(note=text)

    def _on_failed(self, error: Exception) -> None:
        text = describe_error(error)
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.show_message(text)
        else:
            show_status(self._window, text)
