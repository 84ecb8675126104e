"""The director's settings: idle lock, colleagues' cases, wrong-password limit, retention."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from mediation_desk.services.settings import Settings
from mediation_desk.ui.generated.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(QDialog):
    """Emits `save_requested` with the new Settings; the owner saves them."""

    save_requested = Signal(object)  # Settings

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.idleLockSpin.setValue(settings.idle_lock_minutes)
        ui.failedLimitSpin.setValue(settings.failed_sign_in_limit)
        ui.retentionSpin.setValue(settings.retention_years)
        ui.readOthersCheck.setChecked(settings.mediators_read_others)
        ui.problemLabel.hide()
        ui.saveButton.clicked.connect(self._on_save_button_clicked)
        ui.cancelButton.clicked.connect(self.reject)

    def settings(self) -> Settings:
        ui = self.ui
        return Settings(
            idle_lock_minutes=ui.idleLockSpin.value(),
            mediators_read_others=ui.readOthersCheck.isChecked(),
            failed_sign_in_limit=ui.failedLimitSpin.value(),
            retention_years=ui.retentionSpin.value(),
        )

    def _on_save_button_clicked(self) -> None:
        self.ui.saveButton.setEnabled(False)
        self.save_requested.emit(self.settings())

    def show_save_error(self, message: str) -> None:
        self.ui.saveButton.setEnabled(True)
        self.ui.problemLabel.setText(message)
        self.ui.problemLabel.show()

    def mark_saved(self) -> None:
        self.accept()
