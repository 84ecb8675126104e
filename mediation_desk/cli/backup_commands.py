"""`mediation-desk backup [--out FILE]`, `backups` and `restore FILE [--yes]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediation_desk.cli.common import confirmed, fail
from mediation_desk.cli.passphrase import ENVIRONMENT, NoPassphrase, passphrase

if TYPE_CHECKING:
    from mediation_desk.services.backup import BackupService

USAGE_ERROR = 2


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup", help="make a checked copy of the database (default: the backups folder)"
    )
    backup.add_argument(
        "--out", metavar="FILE", help="write the copy to FILE (a USB stick, say) instead"
    )
    backup.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt FILE with a passphrase (asked, or ${ENVIRONMENT}); restore asks for it",
    )
    backup.set_defaults(handler=run_backup)
    listing = subparsers.add_parser("backups", help="list the backups and what each holds")
    listing.set_defaults(handler=run_backups)
    restore = subparsers.add_parser(
        "restore", help="replace the database by a backup (the current one is kept first)"
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=run_restore)


def _service(target: str | None) -> BackupService | None:
    from mediation_desk.db.engine import sqlite_path
    from mediation_desk.services.backup import BackupService
    from mediation_desk.services.bootstrap import resolve_target

    path = sqlite_path(resolve_target(target, os.environ.get("MEDIATION_DESK_DB")))
    return None if path is None else BackupService(path)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def run_backup(args: argparse.Namespace, target: str | None) -> int:
    from mediation_desk.services.backup import BackupKind

    if args.out is not None and not args.out.strip():
        return fail("--out needs a file name", USAGE_ERROR)
    service = _service(target)
    if service is None:
        return fail("backup works on SQLite database files only", USAGE_ERROR)
    out = Path(args.out) if args.out else None
    if args.encrypt:
        if out is None:
            return fail("--encrypt needs --out FILE (encrypted copies are for leaving the PC)")
        return _encrypted_backup(service, out)
    info = service.make_backup(BackupKind.MANUAL, target=out)
    if out is None:
        service.rotate()
    print(
        f"Backed up {info.cases} cases (schema {info.schema_revision}, "
        f"{_megabytes(info.size)}) to {info.path}"
    )
    return 0


def _encrypted_backup(service: BackupService, out: Path) -> int:
    from mediation_desk.services.backup import make_encrypted_backup

    try:
        secret = passphrase(confirm=True)
    except NoPassphrase as error:
        return fail(str(error), USAGE_ERROR)
    info = make_encrypted_backup(service, secret, target=out)
    print(f"Backed up {info.cases} cases, encrypted ({_megabytes(info.size)}), to {info.path}")
    return 0


def run_backups(args: argparse.Namespace, target: str | None) -> int:
    service = _service(target)
    if service is None:
        return fail("backups work on SQLite database files only", USAGE_ERROR)
    backups = service.list_backups()
    if not backups:
        print(f"No backups in {service.folder}")
    for info in backups:
        kind = info.kind.value if info.kind else "(no manifest)"
        taken = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(
            f"{taken}\t{kind}\t{info.cases} cases\tschema {info.schema_revision}\t"
            f"{_megabytes(info.size)}\t{info.path}"
        )
    return 0


def _require_director(target: str | None, user: str | None) -> None:
    """Once the current database has accounts, only its committee director restores over it.
    A database that cannot be opened at all is what restoring is for: then there is no one to
    ask (the GUI's start-up recovery offers the same)."""
    from mediation_desk.cli.common import services_for
    from mediation_desk.domain.access.roles import Action
    from mediation_desk.services.errors import ServiceError

    try:
        with services_for(target, user=user) as services:
            services.access.require(Action.RESTORE)
    except ServiceError:
        raise
    except Exception:  # unreadable or damaged: there is nothing to check against
        return


def run_restore(args: argparse.Namespace, target: str | None) -> int:
    from mediation_desk.services.backup import decrypted_backup
    from mediation_desk.services.encrypted_files import EncryptedFileError, is_encrypted

    service = _service(target)
    if service is None:
        return fail("restore works on SQLite database files only", USAGE_ERROR)
    backup = Path(args.file)
    if not backup.is_file():
        return fail(f"{args.file}: no such file", USAGE_ERROR)
    if service.database.exists():
        _require_director(target, args.user)
    if is_encrypted(backup):
        try:
            secret = passphrase(confirm=False)
            with decrypted_backup(backup, secret, service.folder) as plain:
                return _restore(args, service, plain, backup)
        except NoPassphrase as error:
            return fail(str(error), USAGE_ERROR)
        except EncryptedFileError as error:
            return fail(f"{args.file}: {error}; nothing was changed")
    return _restore(args, service, backup, backup)


def _restore(args: argparse.Namespace, service: BackupService, backup: Path, chosen: Path) -> int:
    from mediation_desk.db.instance_lock import InstanceLock
    from mediation_desk.services.backup import inspect_backup, restore_backup

    contents = inspect_backup(backup)
    print(
        f"{args.file}: {contents.cases} cases of {contents.committee or 'no committee'} "
        f"(schema {contents.schema_revision})"
    )
    question = f"Replace the database {service.database} by this backup? [y/N]"
    if not args.yes and not confirmed(question):
        print("Nothing was changed.", file=sys.stderr)
        return 1
    with InstanceLock(service.database):
        report = restore_backup(backup, service, source=chosen)
    print(f"Restored {report.contents.cases} cases into {service.database}")
    if report.migrated_from:
        print(f"Upgraded the restored database from schema {report.migrated_from}")
    if report.kept_copy:
        print(f"The previous database was kept as {report.kept_copy}")
    return 0
