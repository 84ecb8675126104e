"""The service-level guard: who is signed in, and whether they may read or change what they ask
for. Every service that writes asks it first, so the GUI and the CLI are held to the same rules.
"""

from __future__ import annotations

from sqlalchemy import Select
from sqlalchemy import select as sql_select
from sqlmodel import Session, col, select

from mediation_desk.db.access_tables import UserRow
from mediation_desk.db.engine import SYSTEM_ACTOR, Database
from mediation_desk.db.tables import CaseMediatorRow, CaseRow, MediatorRow
from mediation_desk.domain.access.case_rules import CaseAccess, case_access, sees_only_own_cases
from mediation_desk.domain.access.roles import Account, Action, may
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.services.errors import NotFound, ServiceError
from mediation_desk.services.settings import SettingsService


class AccessDenied(ServiceError):
    """The signed-in user's role does not allow this; the message says what in plain words."""


class NotSignedIn(AccessDenied):
    """The database has accounts and nobody is signed in."""

    def __init__(self) -> None:
        super().__init__("sign in first: this database has user accounts")


class CorrectionNeedsReason(ServiceError):
    """The case is closed or archived: changing it is a correction and needs a written reason."""

    def __init__(self, case_no: str) -> None:
        self.case_no = case_no
        super().__init__(f"case {case_no} is closed or archived; a correction needs a reason")


_ACTION_WORDS = {
    Action.REGISTER_CASE: "register cases",
    Action.EDIT_COMMITTEE: "change the committee and its mediators",
    Action.CHANGE_SETTINGS: "change the settings",
    Action.MANAGE_USERS: "manage user accounts",
    Action.IMPORT: "import cases",
    Action.RESTORE: "restore a backup",
    Action.DEMO: "add demo cases",
    Action.EXPORT: "export cases",
    Action.EXPORT_UNMASKED: "export full ID and phone numbers",
    Action.VIEW_STATISTICS: "see the statistics",
}


class AccessGuard:
    """Holds the signed-in account (None: nobody) and answers every permission question.

    With no accounts in the database yet (first run, scripts, tests) the system actor acts and
    everything is allowed; once an account exists, nothing is allowed without signing in.
    """

    def __init__(self, db: Database, settings: SettingsService) -> None:
        self._db = db
        self._settings = settings
        self.user: Account | None = None

    # -- who -------------------------------------------------------------------------------
    def sign_in(self, account: Account) -> None:
        self.user = account

    def sign_out(self) -> None:
        self.user = None

    def actor_name(self) -> str:
        """The name the audit log records for changes: the username, or the system actor."""
        return self.user.username if self.user is not None else SYSTEM_ACTOR

    def accounts_exist(self) -> bool:
        with self._db.read() as session:
            return session.exec(select(UserRow.id).limit(1)).first() is not None

    def acting(self) -> Account | None:
        """The signed-in account; None for the system actor of a database without accounts."""
        if self.user is None and self.accounts_exist():
            raise NotSignedIn()
        return self.user

    # -- committee-wide actions ------------------------------------------------------------
    def allows(self, action: Action) -> bool:
        try:
            return may(self.acting(), action)
        except NotSignedIn:
            return False

    def require(self, action: Action) -> None:
        """Raises AccessDenied unless the acting user may take the action."""
        account = self.acting()
        if not may(account, action):
            assert account is not None
            raise AccessDenied(
                f"{account.username} ({account.role.value}) may not {_ACTION_WORDS[action]}"
            )

    # -- one case --------------------------------------------------------------------------
    def _read_others(self) -> bool:
        return self._settings.get().mediators_read_others

    def access_to(self, session: Session, row: CaseRow) -> CaseAccess:
        account = self.acting()
        assigned = () if account is None else assigned_mediators(session, row)
        return case_access(
            account, assigned, CaseStatus(row.status), mediators_read_others=self._read_others()
        )

    def case_access(self, case_uuid: str) -> CaseAccess:
        """What the acting user may do with the case (for screens to hide what is not allowed)."""
        with self._db.read() as session:
            return self.access_to(session, _case_row(session, case_uuid))

    def check_read(self, session: Session, row: CaseRow) -> None:
        if not self.access_to(session, row).read:
            raise AccessDenied(f"case {row.case_no} is not one of your cases")

    def check_write(self, session: Session, row: CaseRow, *, move: bool = False) -> None:
        """Raises unless the acting user may change the case. A closed or archived case needs
        the write session's reason (Database.write(reason=…)), except for a lifecycle `move`,
        which the state machine rules on (archiving a closed case is not a correction)."""
        access = self.access_to(session, row)
        if not access.write:
            account = self.user
            who = f"{account.username} ({account.role.value})" if account else SYSTEM_ACTOR
            raise AccessDenied(f"{who} may not change case {row.case_no}")
        if access.needs_reason and not move and not str(session.info.get("reason", "")).strip():
            raise CorrectionNeedsReason(row.case_no)

    def readable_case(self, session: Session, case_uuid: str) -> CaseRow:
        row = _case_row(session, case_uuid)
        self.check_read(session, row)
        return row

    def writable_case(self, session: Session, case_uuid: str, *, move: bool = False) -> CaseRow:
        row = _case_row(session, case_uuid)
        self.check_write(session, row, move=move)
        return row

    def check_reveal(self, case_uuid: str) -> None:
        """Raises unless the acting user may see the case's full ID and phone numbers."""
        if not self.case_access(case_uuid).reveal:
            raise AccessDenied("full ID and phone numbers are shown to the case's mediators only")

    # -- lists -----------------------------------------------------------------------------
    def own_case_uuids(self) -> set[str] | None:
        """Uuids of the cases a list may show to the acting user; None when every case."""
        ids = self.own_case_ids()
        if ids is None:
            return None
        with self._db.read() as session:
            query = select(CaseRow.uuid).where(col(CaseRow.id).in_(ids))
            return set(session.exec(query).all())

    def own_case_ids(self) -> Select[tuple[int]] | None:
        """Ids of the cases a list may show to the acting user; None when every case."""
        account = self.acting()
        if account is None or not sees_only_own_cases(
            account, mediators_read_others=self._read_others()
        ):
            return None
        query: Select[tuple[int]] = sql_select(col(CaseMediatorRow.case_id))
        return query.join(
            MediatorRow, col(MediatorRow.id) == col(CaseMediatorRow.mediator_id)
        ).where(col(MediatorRow.uuid) == account.mediator_uuid)


def guard_for(db: Database, access: AccessGuard | None) -> AccessGuard:
    """The shared guard, or for a service built on its own (tests, scripts) one of its own,
    which acts as the system actor as long as the database has no accounts."""
    return access if access is not None else AccessGuard(db, SettingsService(db))


def assigned_mediators(session: Session, row: CaseRow) -> list[str]:
    query = (
        select(col(MediatorRow.uuid))
        .join(CaseMediatorRow, col(CaseMediatorRow.mediator_id) == col(MediatorRow.id))
        .where(col(CaseMediatorRow.case_id) == row.id)
    )
    return list(session.exec(query).all())


def _case_row(session: Session, case_uuid: str) -> CaseRow:
    row = session.exec(select(CaseRow).where(CaseRow.uuid == case_uuid)).first()
    if row is None:
        raise NotFound(case_uuid)
    return row
