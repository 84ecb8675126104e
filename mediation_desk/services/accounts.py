"""Local user accounts: the director made at first run, adding and changing accounts, passwords
(argon2id hashes, never kept or logged in clear) and signing in with back-off after failures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from mediation_desk.db.access_tables import UserRow
from mediation_desk.db.engine import Database
from mediation_desk.db.tables import MediatorRow
from mediation_desk.db.types import utc_now
from mediation_desk.domain.access.accounts import (
    validate_display_name,
    validate_password,
    validate_role_link,
    validate_username,
)
from mediation_desk.domain.access.roles import Account, Action, Role
from mediation_desk.domain.access.sign_in import time_left, wait_after_failures
from mediation_desk.domain.models import new_uuid
from mediation_desk.domain.validation.issues import Issue, error
from mediation_desk.services.access import AccessDenied, AccessGuard
from mediation_desk.services.errors import NotFound, ServiceError, raise_errors
from mediation_desk.services.settings import SettingsService

if TYPE_CHECKING:
    from argon2 import PasswordHasher


class SignInRefused(ServiceError):
    """A wrong username or password, or an account switched off: the same words for both, so
    that a guess does not learn which accounts exist."""

    def __init__(self) -> None:
        super().__init__("wrong username or password")


class AccountWaiting(SignInRefused):
    """Too many wrong passwords: the account may try again after `left`."""

    def __init__(self, left: timedelta) -> None:
        ServiceError.__init__(
            self, f"too many wrong passwords: try again in {int(left.total_seconds()) + 1} s"
        )
        self.left = left


@dataclass(frozen=True)
class AccountChange:
    """What the Users dialog (or `users role`) sets on an existing account."""

    display_name: str
    role: Role
    mediator_uuid: str = ""
    active: bool = True


def default_hasher() -> PasswordHasher:
    """argon2id with the library's defaults (64 MiB, 3 passes); imported only when needed, so the
    window shows before it loads."""
    from argon2 import PasswordHasher

    return PasswordHasher()


class AccountService:
    """Creates and changes accounts and signs users in; the guard is told who signed in."""

    def __init__(
        self,
        db: Database,
        access: AccessGuard,
        hasher: Callable[[], PasswordHasher] = default_hasher,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db = db
        self._access = access
        self._hasher_factory = hasher
        self._hasher: PasswordHasher | None = None
        self._now = now
        self._settings = SettingsService(db)

    @property
    def hasher(self) -> PasswordHasher:
        if self._hasher is None:
            self._hasher = self._hasher_factory()
        return self._hasher

    # -- reading ---------------------------------------------------------------------------
    def accounts_exist(self) -> bool:
        return self._access.accounts_exist()

    def accounts(self) -> list[Account]:
        """Every account, active first, by username (the director's Users dialog)."""
        self._access.require(Action.MANAGE_USERS)
        with self._db.read() as session:
            rows = session.exec(select(UserRow).order_by(col(UserRow.username))).all()
        return sorted((_account(row) for row in rows), key=lambda a: not a.active)

    def find(self, username: str) -> Account:
        with self._db.read() as session:
            return _account(_row_named(session, username))

    # -- changing accounts -----------------------------------------------------------------
    def add(
        self,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        *,
        mediator_uuid: str = "",
        password_repeated: str | None = None,
    ) -> Account:
        """A new account. The very first account of a database is its committee director,
        made at first run; after that only the director adds accounts."""
        first = not self._access.accounts_exist()
        if not first:
            self._access.require(Action.MANAGE_USERS)
        username = username.strip()
        issues: list[Issue] = [
            *validate_username(username),
            *validate_display_name(display_name),
            *validate_password(password, password_repeated),
            *validate_role_link(role, mediator_uuid),
        ]
        if first and role is not Role.DIRECTOR:
            issues.append(error("role", "account.first_director"))
        raise_errors(issues)
        password_hash = self.hasher.hash(password)  # slow on purpose: outside the transaction
        with self._db.write() as session:
            raise_errors(_link_issues(session, role, mediator_uuid))
            if session.exec(select(UserRow.id).where(UserRow.username == username)).first():
                raise_errors([error("username", "username.taken")])
            row = UserRow(
                uuid=new_uuid(),
                username=username,
                display_name=display_name.strip(),
                role=role.value,
                password_hash=password_hash,
                mediator_uuid=mediator_uuid if role is Role.MEDIATOR else "",
                created_at=self._now(),
            )
            session.add(row)
        return _account(row)

    def change(self, uuid: str, change: AccountChange) -> Account:
        """Changes an account's name, role, linked mediator or whether it is active; the last
        active director stays a director (someone must be able to manage the accounts)."""
        self._access.require(Action.MANAGE_USERS)
        raise_errors(
            [
                *validate_display_name(change.display_name),
                *validate_role_link(change.role, change.mediator_uuid),
            ]
        )
        with self._db.write() as session:
            row = _row_by_uuid(session, uuid)
            raise_errors(_link_issues(session, change.role, change.mediator_uuid))
            stays_director = change.role is Role.DIRECTOR and change.active
            was_director = row.role == Role.DIRECTOR.value and row.active
            if was_director and not stays_director and _other_active_directors(session, uuid) == 0:
                raise_errors([error("role", "account.last_director")])
            row.display_name = change.display_name.strip()
            row.role = change.role.value
            row.mediator_uuid = change.mediator_uuid if change.role is Role.MEDIATOR else ""
            row.active = change.active
            session.add(row)
        account = _account(row)
        if self._access.user is not None and self._access.user.uuid == uuid:
            self._access.sign_in(account)  # the signed-in director's own name or role changed
        return account

    def deactivate(self, uuid: str) -> Account:
        """Switches an account off (it is kept: the audit log names it)."""
        current = self._by_uuid(uuid)
        return self.change(
            uuid, AccountChange(current.display_name, current.role, current.mediator_uuid, False)
        )

    def reset_password(self, uuid: str, password: str, repeated: str | None = None) -> None:
        """The director sets a new password for an account (and ends its waiting)."""
        self._access.require(Action.MANAGE_USERS)
        raise_errors(validate_password(password, repeated))
        password_hash = self.hasher.hash(password)
        with self._db.write() as session:
            row = _row_by_uuid(session, uuid)
            row.password_hash = password_hash
            row.failed_attempts = 0
            row.locked_until = None
            session.add(row)

    def change_own_password(self, old: str, new: str, repeated: str | None = None) -> None:
        """The signed-in user changes their password, giving the current one first."""
        account = self._access.acting()
        if account is None:
            raise AccessDenied("sign in first to change your password")
        raise_errors(validate_password(new, repeated))
        try:
            self.verify(account.username, old)
        except AccountWaiting:
            raise
        except SignInRefused:
            raise_errors([error("old_password", "password.wrong")])
        password_hash = self.hasher.hash(new)
        with self._db.write() as session:
            row = _row_by_uuid(session, account.uuid)
            row.password_hash = password_hash
            session.add(row)

    # -- signing in ------------------------------------------------------------------------
    def verify(self, username: str, password: str) -> Account:
        """Checks the password (counting failures and making the account wait after too many)
        without changing who is signed in: the lock screen uses it too."""
        from argon2.exceptions import InvalidHashError, VerificationError

        now = self._now()
        with self._db.read() as session:
            row = session.exec(select(UserRow).where(UserRow.username == username.strip())).first()
        if row is None or not row.active:
            raise SignInRefused()
        left = time_left(row.locked_until, now)
        if left:
            raise AccountWaiting(left)
        try:
            self.hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            wait = self._count_failure(row.uuid, now)
            if wait:
                raise AccountWaiting(wait) from None
            raise SignInRefused() from None
        self._count_success(row.uuid, password)
        return _account(row)

    def sign_in(self, username: str, password: str) -> Account:
        """Verifies the password and makes the account the acting user of every service."""
        account = self.verify(username, password)
        self._access.sign_in(account)
        return account

    def sign_out(self) -> None:
        self._access.sign_out()

    def _count_failure(self, uuid: str, now: datetime) -> timedelta:
        limit = self._settings.get().failed_sign_in_limit
        with self._db.write() as session:
            row = _row_by_uuid(session, uuid)
            row.failed_attempts += 1
            wait = wait_after_failures(row.failed_attempts, limit)
            row.locked_until = now + wait if wait else None
            session.add(row)
        return wait

    def _count_success(self, uuid: str, password: str) -> None:
        with self._db.write() as session:
            row = _row_by_uuid(session, uuid)
            if self.hasher.check_needs_rehash(row.password_hash):
                row.password_hash = self.hasher.hash(password)  # stronger parameters since
            row.failed_attempts = 0
            row.locked_until = None
            session.add(row)

    def _by_uuid(self, uuid: str) -> Account:
        with self._db.read() as session:
            return _account(_row_by_uuid(session, uuid))


def _account(row: UserRow) -> Account:
    return Account(
        uuid=row.uuid,
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        mediator_uuid=row.mediator_uuid,
        active=row.active,
    )


def _row_by_uuid(session: Session, uuid: str) -> UserRow:
    row = session.exec(select(UserRow).where(UserRow.uuid == uuid)).first()
    if row is None:
        raise NotFound(uuid)
    return row


def _row_named(session: Session, username: str) -> UserRow:
    row = session.exec(select(UserRow).where(UserRow.username == username.strip())).first()
    if row is None:
        raise NotFound(username)
    return row


def _other_active_directors(session: Session, uuid: str) -> int:
    query = select(UserRow.id).where(
        UserRow.role == Role.DIRECTOR.value, col(UserRow.active), UserRow.uuid != uuid
    )
    return len(session.exec(query).all())


def _link_issues(session: Session, role: Role, mediator_uuid: str) -> list[Issue]:
    if role is not Role.MEDIATOR:
        return []
    found = session.exec(select(MediatorRow.id).where(MediatorRow.uuid == mediator_uuid)).first()
    return [] if found is not None else [error("mediator", "account.mediator_unknown")]
