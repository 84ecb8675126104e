"""A dialog instead of a silent exit: says that something went wrong and where the log is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


class CrashReporter(QObject):
    """Shows one crash dialog at a time, on the GUI thread, whichever thread failed."""

    _reported = Signal()  # emitted from any thread, handled on the GUI thread (queued)

    def __init__(self, log_file: Path, parent_window: QWidget | None = None) -> None:
        super().__init__(parent_window)
        self.log_file = log_file
        self._window = parent_window
        self.dialog: QMessageBox | None = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, _where: str = "") -> None:
        """Called by the exception hooks (any thread) after the error was logged."""
        self._reported.emit()

    @Slot()
    def _show(self) -> None:
        if self.dialog is not None:  # several errors in a row: one dialog is enough
            return
        dialog = QMessageBox(self._window)
        dialog.setIcon(QMessageBox.Icon.Critical)
        dialog.setWindowTitle(self.tr("Something went wrong"))
        dialog.setText(
            self.tr(
                "Mediation Desk ran into an unexpected problem. What you saved before is safe; "
                "the step you were doing may not have been completed — please check it."
            )
        )
        dialog.setInformativeText(
            self.tr(
                "A technical report was written to the log file below. It stays on this "
                "computer and holds no case details; you may pass it on to your support.\n\n%1"
            ).replace("%1", str(self.log_file))
        )
        folder_button = dialog.addButton(
            self.tr("Show the log folder"), QMessageBox.ButtonRole.ActionRole
        )
        dialog.addButton(QMessageBox.StandardButton.Close)
        folder_button.clicked.connect(self._on_folder_button_clicked)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_folder_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
