"""When the database cannot be opened: say why in plain words, offer the newest good backup."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton

from mediation_desk.jobs.runner import JobRunner
from mediation_desk.ui.backup_table_model import taken_text
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.startup_messages import in_use_text, problem_text, untouched_text

if TYPE_CHECKING:
    from mediation_desk.db.health import DatabaseProblem
    from mediation_desk.services.backup import BackupInfo

_log = logging.getLogger(__name__)


class DatabaseProblemFlow(QObject):
    """Explains a failed start and, where it helps, restores a backup and tries again."""

    def __init__(
        self,
        window: MainWindow,
        runner: JobRunner,
        retry: Callable[[], None],
        quit_app: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._retry = retry
        self._quit = quit_app
        self.box: QMessageBox | None = None  # the message being shown (tests press its buttons)

    def handle(self, error: Exception) -> None:
        from mediation_desk.db.health import DatabaseUnusable, ProblemKind
        from mediation_desk.db.instance_lock import DatabaseInUse
        from mediation_desk.db.migrate import DatabaseTooNewError

        _log.error("opening the database failed: %s", type(error).__name__)
        self._window.set_ready(False)
        self._window.ui.statusBar.clearMessage()
        if isinstance(error, DatabaseUnusable):
            if error.problem.kind is ProblemKind.LOCKED:
                self._show(problem_text(error.problem.kind), retry=True)
            else:
                self._look_for_backup(error.problem)
        elif isinstance(error, DatabaseInUse):
            self._show(in_use_text(error.holder))
        elif isinstance(error, DatabaseTooNewError):
            self._show(
                self.tr(
                    "This database was written by a newer version of Mediation Desk. "
                    "Please install the newer version; the database has not been changed."
                )
            )
        else:
            self._show(
                self.tr(
                    "The database could not be opened. Nothing has been changed or deleted.\n\n"
                    "Details: %1"
                ).replace("%1", str(error) or type(error).__name__)
            )

    def _look_for_backup(self, problem: DatabaseProblem) -> None:
        from mediation_desk.services.backup import BackupService

        self._window.set_ready(False, self.tr("Looking for the newest good backup…"))
        self._runner.submit(
            BackupService(problem.path).newest_good_backup,
            name="find-backup",
            on_success=lambda backup: self._offer_backup(problem, backup),
            on_failure=lambda _error: self._offer_backup(problem, None),
        )

    def _offer_backup(self, problem: DatabaseProblem, backup: BackupInfo | None) -> None:
        self._window.ui.statusBar.clearMessage()
        text = f"{problem_text(problem.kind)} {untouched_text()}"
        if backup is None:
            text += "\n\n" + self.tr(
                "No backup was found beside the database. Ask your support for help; do not "
                "delete the file."
            )
            self._show(text)
            return
        text += "\n\n" + self.tr(
            "The newest good backup was made on %1 and holds %2 case(s). Restore it? The "
            "damaged file is kept in the backups folder."
        ).replace("%1", taken_text(backup)).replace("%2", str(backup.cases))
        restore = self._show(text, action=self.tr("Restore the newest backup"))
        if restore is not None:
            restore.clicked.connect(lambda: self._restore(problem.path, backup.path))

    def _restore(self, database: Path, backup: Path) -> None:
        from mediation_desk.db.instance_lock import InstanceLock
        from mediation_desk.services.backup import BackupService, restore_backup

        def work() -> object:
            with InstanceLock(database):
                return restore_backup(backup, BackupService(database))

        self._window.set_ready(False, self.tr("Restoring the backup…"))
        self._runner.submit(
            work,
            writes=True,
            name="restore-at-start",
            on_success=lambda _report: self._retry(),
            on_failure=self.handle,
        )

    def _show(self, text: str, *, retry: bool = False, action: str = "") -> QPushButton | None:
        """A message with Quit (and Try again, or one action); returns the action's button."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Cannot open the database"))
        box.setText(text)
        action_button = None
        if action:
            action_button = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
            action_button.setObjectName("restoreNewestButton")
        if retry:
            again = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
            again.setObjectName("tryAgainButton")
            again.clicked.connect(self._retry)
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        quit_button.clicked.connect(self._quit)
        self.box = box
        box.open()
        return action_button
