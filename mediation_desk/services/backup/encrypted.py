"""Encrypted backups: a checked backup, sealed with a passphrase for a USB stick or another PC.

The plain copy is made in the backups folder (beside the database, where the data is anyway),
encrypted to the target and deleted; restoring decrypts into the same folder first, so the
usual checks run on the decrypted copy and a wrong passphrase or a changed file stops before
anything is replaced.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from mediation_desk.services.backup.contents import (
    BackupInfo,
    BackupKind,
    manifest_path,
    sha256_of,
)
from mediation_desk.services.backup.errors import BackupFailed
from mediation_desk.services.backup.service import BACKUP_SUFFIX, BackupService
from mediation_desk.services.encrypted_files import ScryptCost, decrypt_file, encrypt_file

ENCRYPTED_SUFFIX = ".mdenc"


def encrypted_name(folder: Path, taken_at: datetime) -> Path:
    """A new file name for an encrypted manual backup in `folder`."""
    stamp = taken_at.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        suffix = "" if n == 1 else f"-{n}"
        name = f"mediation-desk-{stamp}-manual{suffix}{BACKUP_SUFFIX}{ENCRYPTED_SUFFIX}"
        if not (folder / name).exists():
            return folder / name
    raise BackupFailed("too many backups in the same second")


def make_encrypted_backup(
    service: BackupService,
    passphrase: str,
    *,
    folder: Path | None = None,
    target: Path | None = None,
    cost: ScryptCost | None = None,
) -> BackupInfo:
    """A checked backup written encrypted to `target` (or a new file in `folder`)."""
    taken_at = datetime.now(UTC)
    target = target or encrypted_name(folder or service.folder, taken_at)
    plain = service.folder / f".encrypting-{uuid.uuid4().hex}{BACKUP_SUFFIX}"
    try:
        info = service.make_backup(BackupKind.MANUAL, target=plain, now=taken_at)
        target.parent.mkdir(parents=True, exist_ok=True)
        encrypt_file(plain, target, passphrase, cost)
    except OSError as error:
        raise BackupFailed(f"the backup could not be written: {error}") from error
    finally:
        plain.unlink(missing_ok=True)
        manifest_path(plain).unlink(missing_ok=True)
    return replace(info, path=target, size=target.stat().st_size, sha256=sha256_of(target))


@contextmanager
def decrypted_backup(path: Path, passphrase: str, folder: Path) -> Iterator[Path]:
    """The decrypted copy of an encrypted backup, deleted again when the block ends.

    Raises WrongPassphrase or EncryptedFileError (changed, cut short) before yielding.
    """
    folder.mkdir(parents=True, exist_ok=True)
    plain = folder / f".decrypted-{uuid.uuid4().hex}{BACKUP_SUFFIX}"
    try:
        decrypt_file(path, plain, passphrase)
        yield plain
    finally:
        plain.unlink(missing_ok=True)
