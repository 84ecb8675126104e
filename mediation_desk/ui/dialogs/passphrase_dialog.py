"""Asks for the passphrase of an encrypted backup: a new one typed twice (optional: empty
means no encryption), or the one a file was encrypted with."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from mediation_desk.services.encrypted_files import PASSPHRASE_MIN_LENGTH
from mediation_desk.ui.dialogs.field_issues import ERROR_COLOUR
from mediation_desk.ui.generated.ui_passphrase_dialog import Ui_PassphraseDialog


class PassphraseDialog(QDialog):
    """`chosen` carries the passphrase ("" when a new backup is not to be encrypted)."""

    chosen = Signal(str)

    def __init__(self, *, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self._new = new
        self.ui.repeatLabel.setVisible(new)
        self.ui.repeatEdit.setVisible(new)
        if new:
            self.setWindowTitle(self.tr("Encrypt the backup?"))
            self.ui.introLabel.setText(
                self.tr(
                    "A backup that leaves this computer (a USB stick) can be encrypted with a "
                    "passphrase of at least %1 characters. Without the passphrase nobody can "
                    "read it — nor restore it: keep the passphrase somewhere safe. Leave both "
                    "fields empty for a backup without encryption."
                ).replace("%1", str(PASSPHRASE_MIN_LENGTH))
            )
        else:
            self.setWindowTitle(self.tr("Encrypted backup"))
            self.ui.introLabel.setText(
                self.tr("This backup is encrypted. Type the passphrase it was made with.")
            )
        self.ui.problemLabel.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.ui.okButton.clicked.connect(self._on_ok_button_clicked)
        self.ui.cancelButton.clicked.connect(self.reject)

    def problem(self) -> str:
        """Why the typed passphrase cannot be used ("" when it can)."""
        text, again = self.ui.passphraseEdit.text(), self.ui.repeatEdit.text()
        if not self._new:
            return "" if text else self.tr("Type the passphrase.")
        if not text and not again:
            return ""  # no encryption
        if text != again:
            return self.tr("The two passphrases differ.")
        if len(text) < PASSPHRASE_MIN_LENGTH:
            return self.tr("The passphrase needs at least %1 characters.").replace(
                "%1", str(PASSPHRASE_MIN_LENGTH)
            )
        return ""

    def _on_ok_button_clicked(self) -> None:
        problem = self.problem()
        self.ui.problemLabel.setText(problem)
        if not problem:
            self.accept()
            self.chosen.emit(self.ui.passphraseEdit.text())
