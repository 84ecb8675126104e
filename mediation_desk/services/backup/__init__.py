"""Backups: verified online copies, made automatically and by hand, rotated, and restored."""

from mediation_desk.services.backup.contents import BackupInfo, BackupKind, FileContents
from mediation_desk.services.backup.errors import BackupFailed, BackupUnusable
from mediation_desk.services.backup.restore import RestoreReport, inspect_backup, restore_backup
from mediation_desk.services.backup.service import BackupService, backups_folder_for

__all__ = [
    "BackupFailed",
    "BackupInfo",
    "BackupKind",
    "BackupService",
    "BackupUnusable",
    "FileContents",
    "RestoreReport",
    "backups_folder_for",
    "inspect_backup",
    "restore_backup",
]
