"""The dialog that lists the backups (date, cases, size) and asks which one to restore."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from mediation_desk.services.backup import BackupInfo
from mediation_desk.ui.backup_table_model import BackupTableModel, kind_label, taken_text
from mediation_desk.ui.generated.ui_restore_dialog import Ui_RestoreDialog


class RestoreDialog(QDialog):
    """Shows the backups newest first; `restore_requested` carries the chosen file."""

    restore_requested = Signal(object)  # Path of the backup

    def __init__(self, backups: Sequence[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.model = BackupTableModel(self)
        self.model.set_backups(backups)
        self.ui.backupTable.setModel(self.model)
        header = self.ui.backupTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((140, 160, 70, 80)):
            header.resizeSection(column, width)
        self.ui.backupTable.selectionModel().selectionChanged.connect(
            self._on_backup_table_selection_changed
        )
        self.ui.chooseFileButton.clicked.connect(self._on_choose_file_button_clicked)
        self.ui.restoreButton.clicked.connect(self._on_restore_button_clicked)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._file_dialog: QFileDialog | None = None
        if backups:
            self.ui.backupTable.selectRow(0)
        else:
            self.ui.detailsLabel.setText(
                self.tr("There are no backups in the backups folder yet. You can choose a file.")
            )
        self._update_restore_button()

    def selected_backup(self) -> BackupInfo | None:
        return self.model.backup(self.ui.backupTable.currentIndex().row())

    def _on_backup_table_selection_changed(
        self, _new: QItemSelection, _old: QItemSelection
    ) -> None:
        info = self.selected_backup()
        if info is not None:
            self.ui.detailsLabel.setText(
                self.tr("%1 — %2: %3 case(s) of %4. File: %5")
                .replace("%1", taken_text(info))
                .replace("%2", kind_label(info.kind))
                .replace("%3", str(info.cases))
                .replace("%4", info.committee or self.tr("no committee yet"))
                .replace("%5", str(info.path))
            )
        self._update_restore_button()

    def _update_restore_button(self) -> None:
        self.ui.restoreButton.setEnabled(self.selected_backup() is not None)

    def _on_restore_button_clicked(self) -> None:
        info = self.selected_backup()
        if info is not None:
            self.restore_requested.emit(info.path)

    def _on_choose_file_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a backup file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Mediation Desk backups (*.sqlite3 *.mdenc);;All files (*)"))
        dialog.fileSelected.connect(self.choose_file)
        self._file_dialog = dialog
        dialog.open()

    def choose_file(self, path: str) -> None:
        """A backup from elsewhere (a USB stick): asked about like one from the list."""
        if path:
            self.restore_requested.emit(Path(path))
