"""The sign-in dialog at start-up, and the lock screen after idle time (same user's password,
or sign in as someone else)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from mediation_desk.domain.access.roles import Account
from mediation_desk.ui.generated.ui_sign_in_dialog import Ui_SignInDialog


class SignInDialog(QDialog):
    """Asks for a username and password; in lock mode the username is the locked user's."""

    sign_in_requested = Signal(str, str)  # username, password
    other_user_requested = Signal()  # lock mode: someone else wants to sign in
    quit_requested = Signal()

    def __init__(
        self, committee_name: str, locked: Account | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.locked = locked
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        ui = self.ui
        if locked is None:
            ui.introLabel.setText(
                self.tr("%1\n\nSign in with your account.").replace("%1", committee_name)
            )
            ui.otherUserButton.hide()
        else:
            self.setWindowTitle(self.tr("Locked — Mediation Desk"))
            ui.introLabel.setText(
                self.tr(
                    "Mediation Desk was locked after a time without use. %1, enter your "
                    "password to go on."
                ).replace("%1", locked.display_name)
            )
            ui.usernameEdit.setText(locked.username)
            ui.usernameEdit.setReadOnly(True)
            ui.quitButton.hide()
        ui.problemLabel.hide()
        ui.signInButton.clicked.connect(self._on_sign_in_button_clicked)
        ui.otherUserButton.clicked.connect(self.other_user_requested)
        ui.quitButton.clicked.connect(self.quit_requested)
        (ui.passwordEdit if locked else ui.usernameEdit).setFocus()

    def _on_sign_in_button_clicked(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        if not username:
            self.ui.usernameEdit.setFocus()
            return
        self.set_busy(True)
        self.sign_in_requested.emit(username, self.ui.passwordEdit.text())

    def set_busy(self, busy: bool) -> None:
        self.ui.signInButton.setEnabled(not busy)
        if busy:
            self.ui.problemLabel.hide()

    def show_problem(self, message: str) -> None:
        """Signing in failed: say why, clear the password and let the user try again."""
        self.set_busy(False)
        self.ui.problemLabel.setText(message)
        self.ui.problemLabel.show()
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return  # Escape must not get past the lock
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button quits at start-up; on the lock screen it does nothing."""
        event.ignore()
        if self.locked is None:
            self.quit_requested.emit()
