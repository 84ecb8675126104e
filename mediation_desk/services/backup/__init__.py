"""Backups: verified online copies, made automatically and by hand, rotated, and restored."""

from mediation_desk.services.backup.contents import BackupInfo, BackupKind, FileContents
from mediation_desk.services.backup.encrypted import (
    ENCRYPTED_SUFFIX,
    decrypted_backup,
    make_encrypted_backup,
)
from mediation_desk.services.backup.errors import BackupFailed, BackupUnusable
from mediation_desk.services.backup.restore import RestoreReport, inspect_backup, restore_backup
from mediation_desk.services.backup.service import BackupService, backups_folder_for

__all__ = [
    "ENCRYPTED_SUFFIX",
    "BackupFailed",
    "BackupInfo",
    "BackupKind",
    "BackupService",
    "BackupUnusable",
    "FileContents",
    "RestoreReport",
    "backups_folder_for",
    "decrypted_backup",
    "inspect_backup",
    "make_encrypted_backup",
    "restore_backup",
]
