"""The director's list of accounts, with buttons to add, edit, reset a password or switch off."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from mediation_desk.domain.access.roles import Account
from mediation_desk.ui.generated.ui_users_dialog import Ui_UsersDialog
from mediation_desk.ui.user_table_model import UserTableModel


class UsersDialog(QDialog):
    """Raises intentions as signals; the access workflow opens the editors and saves."""

    add_requested = Signal()
    edit_requested = Signal(object)  # Account
    reset_password_requested = Signal(object)  # Account
    deactivate_requested = Signal(object)  # Account

    def __init__(self, mediator_names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.model = UserTableModel(mediator_names, self)
        self.ui.userTable.setModel(self.model)
        header = self.ui.userTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((120, 120, 170, 110)):
            header.resizeSection(column, width)
        self.ui.problemLabel.hide()
        ui = self.ui
        ui.addButton.clicked.connect(self.add_requested)
        ui.editButton.clicked.connect(lambda: self._emit_for_selected(self.edit_requested))
        ui.resetPasswordButton.clicked.connect(
            lambda: self._emit_for_selected(self.reset_password_requested)
        )
        ui.deactivateButton.clicked.connect(
            lambda: self._emit_for_selected(self.deactivate_requested)
        )
        ui.userTable.doubleClicked.connect(lambda: self._emit_for_selected(self.edit_requested))
        ui.closeButton.clicked.connect(self.accept)

    def set_accounts(self, accounts: Sequence[Account]) -> None:
        current = self.selected()
        self.model.set_accounts(accounts)
        rows = [i for i, a in enumerate(accounts) if current and a.uuid == current.uuid]
        self.ui.userTable.selectRow(rows[0] if rows else 0)

    def selected(self) -> Account | None:
        return self.model.account(self.ui.userTable.currentIndex().row())

    def show_problem(self, message: str) -> None:
        self.ui.problemLabel.setText(message)
        self.ui.problemLabel.setVisible(bool(message))

    def _emit_for_selected(self, signal: object) -> None:
        account = self.selected()
        if account is not None:
            signal.emit(account)  # type: ignore[attr-defined]
