"""Opening a database: connect, migrate (with a backup first), seed reference data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mediation_desk.db.engine import Database, database_url, sqlite_path
from mediation_desk.db.migrate import upgrade
from mediation_desk.paths import default_database_path
from mediation_desk.services.access import AccessGuard
from mediation_desk.services.accounts import AccountService
from mediation_desk.services.audit import AuditService
from mediation_desk.services.backup import BackupKind, BackupService, backups_folder_for
from mediation_desk.services.case_list import CaseListService
from mediation_desk.services.cases import CaseService
from mediation_desk.services.committee import CommitteeService
from mediation_desk.services.lifecycle import LifecycleService
from mediation_desk.services.lifecycle_reference import load_lifecycle_reference
from mediation_desk.services.party_rights import PartyRightsService
from mediation_desk.services.records import RecordsService
from mediation_desk.services.reference import ReferenceService, seed_reference_data
from mediation_desk.services.repeat_disputes import RepeatDisputeService
from mediation_desk.services.retention import RetentionService
from mediation_desk.services.settings import SettingsService
from mediation_desk.services.worklist import WorklistService


def resolve_target(explicit: str | None, environment: str | None) -> str:
    """--db wins over MEDIATION_DESK_DB, which wins over the user's default database file."""
    return database_url(explicit or environment or default_database_path())


@dataclass(frozen=True)
class Services:
    """Every service of one database, built once by the composition root (app or CLI)."""

    db: Database
    committee: CommitteeService
    cases: CaseService
    case_list: CaseListService
    reference: ReferenceService
    lifecycle: LifecycleService
    records: RecordsService
    settings: SettingsService
    audit: AuditService
    worklist: WorklistService
    party_rights: PartyRightsService
    repeat_disputes: RepeatDisputeService
    access: AccessGuard
    accounts: AccountService
    retention: RetentionService
    upgrade_backup: Path | None = None

    def close(self) -> None:
        self.db.dispose()


def _verified_backup(database: Path, _label: str) -> Path:
    """The copy made before a schema upgrade: checked, with a manifest, like every backup."""
    return BackupService(database).make_backup(BackupKind.BEFORE_UPGRADE).path


def open_services(url: str) -> Services:
    """Opens (creating if needed) and migrates the database, then builds the services."""
    db = Database(url)
    path = sqlite_path(url)
    folder = backups_folder_for(path) if path is not None else Path()
    try:
        backup = upgrade(db.engine, url, folder, make_backup=_verified_backup)
        seed_reference_data(db)
    except Exception:
        db.dispose()
        raise
    lifecycle_reference = load_lifecycle_reference()  # parsed once, shared by both services
    settings = SettingsService(db)
    access = AccessGuard(db, settings)  # one guard: who is signed in, for every service
    db.actor = access.actor_name
    return Services(
        db=db,
        committee=CommitteeService(db, access),
        cases=CaseService(db, access=access),
        case_list=CaseListService(db, access),
        reference=ReferenceService(db),
        lifecycle=LifecycleService(db, reference=lifecycle_reference, access=access),
        records=RecordsService(db, access=access),
        settings=SettingsService(db, access),
        audit=AuditService(db),
        worklist=WorklistService(db, reference=lifecycle_reference, access=access),
        party_rights=PartyRightsService(db, access=access),
        repeat_disputes=RepeatDisputeService(db),
        access=access,
        accounts=AccountService(db, access),
        retention=RetentionService(db, settings, access=access),
        upgrade_backup=backup,
    )
