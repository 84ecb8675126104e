"""`mediation-desk export --out FILE.json` and `mediation-desk import FILE.json`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from mediation_desk.cli.common import fail, services_for
from mediation_desk.cli.passphrase import ENVIRONMENT, NoPassphrase, passphrase
from mediation_desk.domain.access.roles import Action
from mediation_desk.services.errors import ServiceError

USAGE_ERROR = 2


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export", help="write every case of the committee to one JSON file (for import elsewhere)"
    )
    export.add_argument("--out", required=True, metavar="FILE.json", help="file to write")
    export.add_argument(
        "--unmasked",
        action="store_true",
        help="full ID and phone numbers (committee director only; default: masked, "
        "150626********1230 — a masked file cannot be imported back)",
    )
    export.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt with a passphrase (asked, or ${ENVIRONMENT}); import asks for it",
    )
    export.set_defaults(handler=run_export)
    importer = subparsers.add_parser(
        "import", help="read a file written by export; cases already present are updated"
    )
    importer.add_argument("file", metavar="FILE.json", help="file to read")
    importer.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace, target: str | None) -> int:
    from mediation_desk.services.interchange import write_export  # only when used

    out = Path(args.out)
    try:
        secret = passphrase(confirm=True) if args.encrypt else None
    except NoPassphrase as error:
        return fail(str(error), USAGE_ERROR)
    try:
        with services_for(target, user=args.user) as services:
            services.access.require(Action.EXPORT_UNMASKED if args.unmasked else Action.EXPORT)
            count = write_export(services.db, out, secret, masked=not args.unmasked)
    except ServiceError as error:
        return fail(f"{args.out}: {error}", USAGE_ERROR)
    except OSError as error:
        return fail(_os_message(error, args.out), USAGE_ERROR)
    print(f"Exported {count} cases to {args.out}" + (" (encrypted)" if secret else ""))
    return 0


def run_import(args: argparse.Namespace, target: str | None) -> int:
    from mediation_desk.services.encrypted_files import check_passphrase, is_encrypted
    from mediation_desk.services.interchange import import_file  # only when used

    source = Path(args.file)
    try:
        secret = passphrase(confirm=False) if is_encrypted(source) else None
        if secret is not None:
            check_passphrase(source, secret)  # before the safety backup: a typo costs nothing
    except NoPassphrase as error:
        return fail(str(error), USAGE_ERROR)
    except ServiceError as error:
        return fail(f"{args.file}: {error}", USAGE_ERROR)
    try:
        with services_for(target, writes=True, user=args.user) as services:
            services.access.require(Action.IMPORT)
            _backup_before_import(services.db.url)
            report = import_file(services.db, source, date.today(), passphrase=secret)
    except ServiceError as error:
        return fail(f"{args.file}: {error}", USAGE_ERROR)
    except OSError as error:
        return fail(_os_message(error, args.file), USAGE_ERROR)
    print(
        f"Imported {args.file}: {report.created} created, {report.updated} updated, "
        f"{report.unchanged} unchanged"
    )
    return 0


def _backup_before_import(url: str) -> None:
    """A safety copy before an import changes the database (kept two weeks at least)."""
    from mediation_desk.db.engine import sqlite_path
    from mediation_desk.services.backup import BackupKind, BackupService

    path = sqlite_path(url)
    if path is not None:
        BackupService(path).make_backup(BackupKind.BEFORE_IMPORT)


def _os_message(error: OSError, file: str) -> str:
    """`FILE: No such file or directory`, naming the file as the user typed it."""
    return f"{file}: {error.strerror or error}"
