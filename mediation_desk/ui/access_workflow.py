"""Signing in and out, the idle lock, the director's accounts and settings, one's own password.

Password checks (argon2, about a third of a second) and every save run on the writer thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from mediation_desk.domain.access.roles import Account
from mediation_desk.jobs.runner import JobRunner
from mediation_desk.ui.dialogs.account_dialog import AccountDialog, AccountForm, AccountValues
from mediation_desk.ui.dialogs.sign_in_dialog import SignInDialog
from mediation_desk.ui.errors import describe_error
from mediation_desk.ui.idle_lock import IdleWatcher
from mediation_desk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from mediation_desk.services.bootstrap import Services
    from mediation_desk.services.settings import Settings
    from mediation_desk.ui.dialogs.users_dialog import UsersDialog

MINUTE_MS = 60_000


class AccessWorkflow(QObject):
    """Owns the sign-in and lock dialogs and the idle clock; tells the app who signed in."""

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        runner: JobRunner,
        on_signed_in: Callable[[], None],
        on_quit: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self._on_signed_in = on_signed_in
        self._on_quit = on_quit
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.idle = IdleWatcher(app, self)
        self.idle.idle_reached.connect(self.lock)
        self.sign_in_dialog: SignInDialog | None = None
        self.users_dialog: UsersDialog | None = None
        self._hidden: list[QDialog] = []  # dialogs put away while locked

    @property
    def user(self) -> Account | None:
        return self._services.access.user

    # -- start-up and signing in -------------------------------------------------------------
    def start(self) -> None:
        """Asks for a sign-in once the database has accounts; goes straight on otherwise."""
        if self._services.access.accounts_exist():
            self._ask_sign_in()
        else:
            self._signed_in()

    def _ask_sign_in(self, locked: Account | None = None) -> None:
        self._window.set_locked(True)
        self.idle.pause()
        committee = self._services.committee.get()
        dialog = SignInDialog(committee.name if committee else "", locked, self._window)
        dialog.setObjectName("lockDialog" if locked else "signInDialog")
        dialog.sign_in_requested.connect(lambda u, p: self._check(dialog, u, p))
        dialog.other_user_requested.connect(lambda: self._on_other_user_requested(dialog))
        dialog.quit_requested.connect(lambda: self._quit_from(dialog))
        self.sign_in_dialog = dialog
        dialog.open()

    def _quit_from(self, dialog: SignInDialog) -> None:
        dialog.done(QDialog.DialogCode.Rejected)  # it ignores close events: put it away first
        self.sign_in_dialog = None
        self._on_quit()

    def _check(self, dialog: SignInDialog, username: str, password: str) -> None:
        accounts = self._services.accounts
        locked = dialog.locked

        def work() -> Account:
            # The lock screen only checks the password: the same user stays signed in.
            return (
                accounts.verify(username, password)
                if locked
                else accounts.sign_in(username, password)
            )

        self._runner.submit(
            work,
            writes=True,
            name="sign-in",
            on_success=lambda _account: self._on_checked(dialog),
            on_failure=lambda error: dialog.show_problem(describe_error(error)),
        )

    def _on_checked(self, dialog: SignInDialog) -> None:
        dialog.done(QDialog.DialogCode.Accepted)
        dialog.deleteLater()
        self.sign_in_dialog = None
        if dialog.locked is not None:
            self._unlock()
        else:
            self._signed_in()

    def _signed_in(self) -> None:
        access = self._services.access
        self._window.set_account(access.user, access.allows)
        self._window.set_locked(False)
        self._start_idle_clock()
        self._on_signed_in()

    def _start_idle_clock(self, settings: Settings | None = None) -> None:
        if self.user is None:
            self.idle.pause()  # no accounts: nothing to lock with
            return
        minutes = (settings or self._services.settings.get()).idle_lock_minutes
        self.idle.set_timeout(minutes * MINUTE_MS)

    # -- locking, signing out ----------------------------------------------------------------
    def lock(self) -> None:
        """Hides the cases and every open dialog until the same user's password is given."""
        user = self.user
        if user is None or self.sign_in_dialog is not None:
            return
        self._hidden = [d for d in _open_dialogs() if d.isVisible()]
        for dialog in self._hidden:
            dialog.hide()
        self._ask_sign_in(locked=user)

    def _unlock(self) -> None:
        for dialog in self._hidden:
            dialog.show()
        self._hidden = []
        self._window.set_locked(False)
        self.idle.resume()

    def _on_other_user_requested(self, dialog: SignInDialog) -> None:
        """From the lock screen: dialogs without unsaved changes close, then anyone signs in."""
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()
        self.sign_in_dialog = None
        self.switch_user()

    def switch_user(self) -> None:
        """Signs out and asks for the next sign-in; open dialogs with unsaved changes stay
        (hidden until someone signs in), the others close."""
        kept: list[QDialog] = []
        for dialog in [*self._hidden, *_open_dialogs()]:
            unsaved = getattr(dialog, "has_unsaved_changes", None)
            if callable(unsaved) and unsaved():
                kept.append(dialog)
                dialog.hide()
            else:
                dialog.done(QDialog.DialogCode.Rejected)
        self._hidden = kept
        self._services.accounts.sign_out()
        self._window.set_account(None, lambda _action: False)
        self._ask_sign_in()

    # -- first run ---------------------------------------------------------------------------
    def create_first_director(self) -> None:
        """After the first-run committee dialog: the director's account (Cancel: later)."""
        dialog = AccountDialog(AccountForm.FIRST_DIRECTOR, parent=self._window)
        dialog.setObjectName("firstDirectorDialog")
        dialog.save_requested.connect(lambda values: self._create_director(dialog, values))
        dialog.open()

    def _create_director(self, dialog: AccountDialog, values: AccountValues) -> None:
        from mediation_desk.domain.access.roles import Role

        accounts = self._services.accounts

        def work() -> Account:
            accounts.add(
                values.username,
                values.display_name,
                Role.DIRECTOR,
                values.password,
                password_repeated=values.password_repeated,
            )
            return accounts.sign_in(values.username, values.password)

        self._submit_from(dialog, work, lambda _account: self._signed_in())

    # -- the director's dialogs --------------------------------------------------------------
    def open_users(self) -> None:
        from mediation_desk.ui.dialogs.users_dialog import UsersDialog

        if not self._services.access.accounts_exist():
            self.create_first_director()
            return
        if self.users_dialog is not None:
            self.users_dialog.raise_()
            return
        names = {m.uuid: m.name for m in self._services.committee.mediators(include_inactive=True)}
        dialog = UsersDialog(names, self._window)
        dialog.add_requested.connect(lambda: self._edit_account(AccountForm.ADD, None))
        dialog.edit_requested.connect(lambda a: self._edit_account(AccountForm.EDIT, a))
        dialog.reset_password_requested.connect(
            lambda a: self._edit_account(AccountForm.RESET_PASSWORD, a)
        )
        dialog.deactivate_requested.connect(self._deactivate)
        dialog.finished.connect(self._on_users_dialog_finished)
        self.users_dialog = dialog
        self._reload_users()
        dialog.open()

    def _on_users_dialog_finished(self) -> None:
        if self.users_dialog is not None:
            self.users_dialog.deleteLater()
        self.users_dialog = None

    def _reload_users(self) -> None:
        if self.users_dialog is not None:
            self.users_dialog.set_accounts(self._services.accounts.accounts())

    def _edit_account(self, form: AccountForm, account: Account | None) -> None:
        mediators = self._services.committee.mediators()
        dialog = AccountDialog(form, mediators, account, self.users_dialog or self._window)
        dialog.setObjectName("accountDialog")
        dialog.save_requested.connect(lambda values: self._save_account(dialog, account, values))
        dialog.open()

    def _save_account(
        self, dialog: AccountDialog, account: Account | None, values: AccountValues
    ) -> None:
        from mediation_desk.services.accounts import AccountChange

        accounts = self._services.accounts
        form = dialog.form

        def work() -> object:
            if form is AccountForm.ADD:
                return accounts.add(
                    values.username,
                    values.display_name,
                    values.role,
                    values.password,
                    mediator_uuid=values.mediator_uuid,
                    password_repeated=values.password_repeated,
                )
            assert account is not None
            if form is AccountForm.EDIT:
                change = AccountChange(
                    values.display_name, values.role, values.mediator_uuid, values.active
                )
                return accounts.change(account.uuid, change)
            if form is AccountForm.RESET_PASSWORD:
                accounts.reset_password(account.uuid, values.password, values.password_repeated)
                return None
            accounts.change_own_password(
                values.old_password, values.password, values.password_repeated
            )
            return None

        self._submit_from(dialog, work, lambda _result: self._after_account_saved())

    def _after_account_saved(self) -> None:
        self._reload_users()
        access = self._services.access
        self._window.set_account(access.user, access.allows)

    def _deactivate(self, account: Account) -> None:
        dialog = self.users_dialog
        answer = QMessageBox.question(
            dialog or self._window,
            self.tr("Switch the account off?"),
            self.tr("%1 will no longer be able to sign in. The account is kept.").replace(
                "%1", account.display_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        accounts = self._services.accounts
        self._runner.submit(
            lambda: accounts.deactivate(account.uuid),
            writes=True,
            name="deactivate-account",
            on_success=lambda _result: self._reload_users(),
            on_failure=lambda error: dialog.show_problem(describe_error(error)) if dialog else None,
        )

    def change_own_password(self) -> None:
        if self.user is not None:
            self._edit_account(AccountForm.OWN_PASSWORD, self.user)

    def open_settings(self) -> None:
        from mediation_desk.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._services.settings.get(), self._window)
        service = self._services.settings

        def saved(settings: Settings) -> None:
            dialog.mark_saved()
            self._start_idle_clock(settings)
            self._on_signed_in()  # the case list may show other cases now

        dialog.save_requested.connect(
            lambda settings: self._runner.submit(
                lambda: service.save(settings),
                writes=True,
                name="save-settings",
                on_success=lambda _result: saved(settings),
                on_failure=lambda error: dialog.show_save_error(describe_error(error)),
            )
        )
        dialog.open()

    def _submit_from(
        self,
        dialog: AccountDialog,
        work: Callable[[], object],
        after: Callable[[object], None],
    ) -> None:
        def failed(error: Exception) -> None:
            from mediation_desk.services.errors import ValidationFailed

            if isinstance(error, ValidationFailed):
                dialog.show_issues(error.issues)
            else:
                dialog.show_save_error(describe_error(error))

        def succeeded(result: object) -> None:
            dialog.mark_saved()
            after(result)

        self._runner.submit(
            work, writes=True, name="save-account", on_success=succeeded, on_failure=failed
        )


def _open_dialogs() -> list[QDialog]:
    """The app's open dialogs other than the sign-in and lock dialogs."""
    found = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog) and widget.isVisible()
    ]
    return [d for d in found if not isinstance(d, SignInDialog)]
