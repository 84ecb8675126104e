"""Adding or editing an account, setting a password: one form, its rows shown as needed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from mediation_desk.domain.access.roles import Account, Role
from mediation_desk.domain.models import Mediator
from mediation_desk.domain.validation import Issue
from mediation_desk.ui.access_messages import message_for, role_name
from mediation_desk.ui.dialogs.field_issues import FieldIssues, FieldMessage
from mediation_desk.ui.generated.ui_account_dialog import Ui_AccountDialog


class AccountForm(Enum):
    """What the dialog is for: which rows it shows."""

    FIRST_DIRECTOR = "first_director"  # first run: name, username, password
    ADD = "add"
    EDIT = "edit"  # no password rows
    RESET_PASSWORD = "reset_password"  # the director sets someone's password
    OWN_PASSWORD = "own_password"  # current password first


@dataclass(frozen=True)
class AccountValues:
    """What the user entered (passwords in clear only on their way to the hasher)."""

    display_name: str
    username: str
    role: Role
    mediator_uuid: str
    active: bool
    old_password: str
    password: str
    password_repeated: str


_FIELDS = {
    "display_name": "displayNameEdit",
    "username": "usernameEdit",
    "role": "roleCombo",
    "mediator": "mediatorCombo",
    "old_password": "oldPasswordEdit",
    "password": "passwordEdit",
    "password_repeated": "passwordRepeatEdit",
}


class AccountDialog(QDialog):
    """Emits `save_requested` with the values; the owner saves and calls mark_saved/show_*."""

    save_requested = Signal(object)  # AccountValues

    def __init__(
        self,
        form: AccountForm,
        mediators: Sequence[Mediator] = (),
        account: Account | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        self.form = form
        self._issues = FieldIssues()
        ui = self.ui
        for role in Role:
            ui.roleCombo.addItem(role_name(role), role.value)
        ui.mediatorCombo.addItem(self.tr("(choose)"), "")
        for mediator in mediators:
            ui.mediatorCombo.addItem(mediator.name, mediator.uuid)
        if account is not None:
            ui.displayNameEdit.setText(account.display_name)
            ui.usernameEdit.setText(account.username)
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(account.role.value))
            ui.mediatorCombo.setCurrentIndex(
                max(ui.mediatorCombo.findData(account.mediator_uuid), 0)
            )
            ui.activeCheck.setChecked(account.active)
        self._lay_out(form, account)
        ui.problemLabel.hide()
        ui.roleCombo.currentIndexChanged.connect(self._on_role_combo_changed)
        ui.saveButton.clicked.connect(self._on_save_button_clicked)
        ui.cancelButton.clicked.connect(self.reject)
        self._on_role_combo_changed()

    def _lay_out(self, form: AccountForm, account: Account | None) -> None:
        ui = self.ui
        passwords = form is not AccountForm.EDIT
        details = form in (AccountForm.FIRST_DIRECTOR, AccountForm.ADD, AccountForm.EDIT)
        for name_row in (ui.displayNameEdit, ui.usernameEdit):
            ui.formLayout.setRowVisible(name_row, details)
        for role_row in (ui.roleCombo, ui.mediatorCombo):
            ui.formLayout.setRowVisible(role_row, form in (AccountForm.ADD, AccountForm.EDIT))
        ui.formLayout.setRowVisible(ui.activeCheck, form is AccountForm.EDIT)
        ui.formLayout.setRowVisible(ui.oldPasswordEdit, form is AccountForm.OWN_PASSWORD)
        for row in (ui.passwordEdit, ui.passwordRepeatEdit):
            ui.formLayout.setRowVisible(row, passwords)
        ui.usernameEdit.setReadOnly(form is AccountForm.EDIT)
        if form is AccountForm.FIRST_DIRECTOR:
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role.DIRECTOR.value))
            self.setWindowTitle(self.tr("The committee director's account"))
            ui.introLabel.setText(
                self.tr(
                    "Case files hold personal information. Create the committee director's "
                    "account now: from the next start everyone signs in, and the director adds "
                    "an account for each mediator (User accounts… in the Committee menu)."
                )
            )
        elif form is AccountForm.ADD:
            self.setWindowTitle(self.tr("Add an account"))
            ui.introLabel.hide()
        elif account is not None:
            titles = {
                AccountForm.EDIT: self.tr("Account of %1"),
                AccountForm.RESET_PASSWORD: self.tr("New password for %1"),
                AccountForm.OWN_PASSWORD: self.tr("Change the password of %1"),
            }
            self.setWindowTitle(titles[form].replace("%1", account.display_name))
            ui.introLabel.hide()

    def _on_role_combo_changed(self) -> None:
        is_mediator = self.ui.roleCombo.currentData() == Role.MEDIATOR.value
        visible = self.form in (AccountForm.ADD, AccountForm.EDIT) and is_mediator
        self.ui.formLayout.setRowVisible(self.ui.mediatorCombo, visible)

    def values(self) -> AccountValues:
        ui = self.ui
        role = Role(ui.roleCombo.currentData())
        return AccountValues(
            display_name=ui.displayNameEdit.text(),
            username=ui.usernameEdit.text().strip(),
            role=role,
            mediator_uuid=str(ui.mediatorCombo.currentData() or "")
            if role is Role.MEDIATOR
            else "",
            active=ui.activeCheck.isChecked(),
            old_password=ui.oldPasswordEdit.text(),
            password=ui.passwordEdit.text(),
            password_repeated=ui.passwordRepeatEdit.text(),
        )

    def _on_save_button_clicked(self) -> None:
        self._issues.clear()
        self.ui.problemLabel.hide()
        self.ui.saveButton.setEnabled(False)
        self.save_requested.emit(self.values())

    def show_issues(self, issues: Sequence[Issue]) -> None:
        """Saving was refused: each message at its field (the rest below the form)."""
        self.ui.saveButton.setEnabled(True)
        others: list[str] = []
        for issue in issues:
            name = _FIELDS.get(issue.field)
            widget = self.findChild(QWidget, name) if name else None
            message = FieldMessage(issue.severity, message_for(issue))
            if widget is None or not widget.isVisibleTo(self):
                others.append(message.text)
            else:
                self._issues.show(widget, [*self._issues.messages(widget), message])
        if others:
            self.show_save_error("\n".join(others))

    def show_save_error(self, message: str) -> None:
        self.ui.saveButton.setEnabled(True)
        self.ui.problemLabel.setText(message)
        self.ui.problemLabel.show()

    def mark_saved(self) -> None:
        self.accept()
