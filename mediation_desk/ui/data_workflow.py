"""The Data menu: back up now, back up to a folder, restore from a backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mediation_desk.jobs.runner import JobRunner
from mediation_desk.ui.backup_table_model import taken_text
from mediation_desk.ui.dialogs.passphrase_dialog import PassphraseDialog
from mediation_desk.ui.dialogs.restore_dialog import RestoreDialog
from mediation_desk.ui.errors import describe_error
from mediation_desk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from mediation_desk.services.backup import BackupInfo, BackupService, FileContents


class DataWorkflow(QObject):
    """Runs backups and restores as jobs; a restore closes and reopens the database."""

    def __init__(
        self,
        window: MainWindow,
        backups: BackupService,
        runner: JobRunner,
        close_database: Callable[[], None],
        reopen_database: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._backups = backups
        self._runner = runner
        self._close_database = close_database
        self._reopen_database = reopen_database
        self.dialog: RestoreDialog | None = None
        self.message: QMessageBox | None = None  # the last message shown (tests read it)
        self._folder_dialog: QFileDialog | None = None
        self.passphrase_dialog: PassphraseDialog | None = None  # the last one asked (tests)

    # -- backing up --------------------------------------------------------------------------
    def back_up_now(self) -> None:
        from mediation_desk.services.backup import BackupKind

        backups = self._backups

        def work() -> BackupInfo:
            info = backups.make_backup(BackupKind.MANUAL)
            backups.rotate()
            return info

        self._status(self.tr("Making a backup…"))
        self._runner.submit(
            work,
            writes=True,  # queued behind any save, so the copy holds it
            name="backup",
            on_success=self._on_backup_made,
            on_failure=self._on_failed,
        )

    def back_up_to_folder(self) -> None:
        dialog = QFileDialog(self._window, self.tr("Choose the folder for the backup"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self._ask_encryption)
        self._folder_dialog = dialog
        dialog.open()

    def _ask_encryption(self, folder: str) -> None:
        if not folder:
            return
        dialog = PassphraseDialog(new=True, parent=self._window)
        dialog.chosen.connect(lambda passphrase: self.back_up_into(folder, passphrase))
        dialog.finished.connect(dialog.deleteLater)
        self.passphrase_dialog = dialog
        dialog.open()

    def back_up_into(self, folder: str, passphrase: str = "") -> None:
        """Writes a backup (with its manifest) into `folder`, e.g. a USB stick; encrypted
        (without a manifest) when a passphrase is given."""
        from mediation_desk.services.backup import BackupKind, make_encrypted_backup

        if not folder:
            return
        backups = self._backups

        def work() -> BackupInfo:
            if passphrase:
                return make_encrypted_backup(backups, passphrase, folder=Path(folder))
            return backups.make_backup(BackupKind.MANUAL, folder=Path(folder))

        self._status(self.tr("Making a backup…"))
        self._runner.submit(
            work,
            writes=True,
            name="backup-to-folder",
            on_success=self._on_backup_made,
            on_failure=self._on_failed,
        )

    def _on_backup_made(self, info: BackupInfo) -> None:
        self._status(self.tr("Backup made."))
        self._inform(
            QMessageBox.Icon.Information,
            self.tr("Backup made"),
            self.tr("The backup holds %1 case(s) and was checked after writing.\n\n%2")
            .replace("%1", str(info.cases))
            .replace("%2", str(info.path)),
        )

    # -- restoring ---------------------------------------------------------------------------
    def open_restore(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        self._runner.submit(
            self._backups.list_backups,
            name="list-backups",
            on_success=self._show_restore_dialog,
            on_failure=self._on_failed,
        )

    def _show_restore_dialog(self, backups: list[BackupInfo]) -> None:
        dialog = RestoreDialog(backups, self._window)
        dialog.restore_requested.connect(self._inspect)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _inspect(self, path: Path) -> None:
        """Reads what the chosen file really holds before asking to restore it."""
        from mediation_desk.services.backup import inspect_backup
        from mediation_desk.services.encrypted_files import is_encrypted

        if is_encrypted(path):
            self._ask_passphrase(path)
            return
        self._runner.submit(
            lambda: inspect_backup(path),
            name="inspect-backup",
            on_success=lambda contents: self._confirm(path, contents),
            on_failure=self._on_failed,
        )

    def _ask_passphrase(self, path: Path) -> None:
        dialog = PassphraseDialog(new=False, parent=self.dialog or self._window)
        dialog.chosen.connect(lambda passphrase: self._inspect_encrypted(path, passphrase))
        dialog.finished.connect(dialog.deleteLater)
        self.passphrase_dialog = dialog
        dialog.open()

    def _inspect_encrypted(self, path: Path, passphrase: str) -> None:
        """Decrypts into the backups folder, reads what it holds, deletes the copy again."""
        from mediation_desk.services.backup import decrypted_backup, inspect_backup

        folder = self._backups.folder

        def work() -> FileContents:
            with decrypted_backup(path, passphrase, folder) as plain:
                return inspect_backup(plain)

        self._runner.submit(
            work,
            name="inspect-encrypted-backup",
            on_success=lambda contents: self._confirm(path, contents, passphrase),
            on_failure=self._on_failed,
        )

    def _confirm(self, path: Path, contents: FileContents, passphrase: str = "") -> None:
        listed = next((b for b in self._backups.list_backups(path.parent) if b.path == path), None)
        made = taken_text(listed) if listed is not None else self.tr("an unknown date")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            self.tr(
                "The backup made on %1 holds %2 case(s) of %3.\n\nEverything entered since then "
                "will no longer be in the database. The database as it is now is kept as a "
                "backup first, so you can go back to it."
            )
            .replace("%1", made)
            .replace("%2", str(contents.cases))
            .replace("%3", contents.committee or self.tr("no committee yet")),
            QMessageBox.StandardButton.Cancel,
            self.dialog or self._window,
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("confirmRestoreButton")
        restore.clicked.connect(lambda: self.restore(path, passphrase))
        self.message = box
        box.open()

    def restore(self, path: Path, passphrase: str = "") -> None:
        """Closes the database, restores `path` over it (decrypted first with a passphrase),
        and opens it again."""
        from mediation_desk.services.backup import RestoreReport, decrypted_backup, restore_backup

        if self.dialog is not None:
            self.dialog.accept()
        self._close_database()
        backups = self._backups

        def work() -> RestoreReport:
            if not passphrase:
                return restore_backup(path, backups)
            with decrypted_backup(path, passphrase, backups.folder) as plain:
                return restore_backup(plain, backups, source=path)

        self._status(self.tr("Restoring the backup…"))
        self._runner.submit(
            work,
            writes=True,
            name="restore",
            on_success=self._on_restored,
            on_failure=self._on_restore_failed,
        )

    def _on_restored(self, report: object) -> None:
        from mediation_desk.services.backup import RestoreReport

        assert isinstance(report, RestoreReport)
        self._reopen_database()
        self._inform(
            QMessageBox.Icon.Information,
            self.tr("Backup restored"),
            self.tr("The database now holds the %1 case(s) of the backup.").replace(
                "%1", str(report.contents.cases)
            ),
        )

    def _on_restore_failed(self, error: Exception) -> None:
        self._reopen_database()  # the previous database is still in place
        self._on_failed(error)

    # -- shared ------------------------------------------------------------------------------
    def _on_failed(self, error: Exception) -> None:
        self._status("")
        self._inform(
            QMessageBox.Icon.Warning,
            self.tr("Backup or restore failed"),
            self.tr("%1\n\nThe database has not been changed.").replace(
                "%1", describe_backup_error(error)
            ),
        )

    def _status(self, text: str) -> None:
        if text:
            self._window.ui.statusBar.showMessage(text, 10000)
        else:
            self._window.ui.statusBar.clearMessage()

    def _inform(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        self.message = box
        box.open()


def describe_backup_error(error: Exception) -> str:
    """Plain words for why a backup or restore did not happen."""
    from PySide6.QtCore import QCoreApplication

    from mediation_desk.db.migrate import DatabaseTooNewError
    from mediation_desk.services.backup import BackupFailed, BackupUnusable
    from mediation_desk.services.encrypted_files import EncryptedFileError, WrongPassphrase

    if isinstance(error, WrongPassphrase):
        return QCoreApplication.translate(
            "DataWorkflow", "The passphrase is wrong. Type the one the backup was made with."
        )
    if isinstance(error, EncryptedFileError):
        return QCoreApplication.translate(
            "DataWorkflow",
            "This encrypted backup was changed or damaged after it was made (or is incomplete) "
            "and cannot be restored.",
        )
    if isinstance(error, BackupUnusable):
        return QCoreApplication.translate(
            "DataWorkflow",
            "This file cannot be restored: it is not a complete Mediation Desk backup.",
        )
    if isinstance(error, DatabaseTooNewError):
        return QCoreApplication.translate(
            "DataWorkflow",
            "This backup was made by a newer version of Mediation Desk. Install that version "
            "to restore it.",
        )
    if isinstance(error, BackupFailed | OSError):
        return QCoreApplication.translate(
            "DataWorkflow",
            "The backup could not be written. Check that the folder exists, that there is "
            "enough free space and that the USB stick is not write-protected.",
        )
    return describe_error(error)
