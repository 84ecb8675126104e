"""Why a backup could not be made or used, in words the CLI and the GUI can pass on."""

from __future__ import annotations

from mediation_desk.services.errors import ServiceError


class BackupFailed(ServiceError):
    """A backup was not made (or failed its check and was deleted); the database is unchanged."""


class BackupUnusable(ServiceError):
    """A backup file cannot be restored: damaged, not a backup, or changed since it was made."""
