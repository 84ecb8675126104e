"""The passphrase of an encrypted export or backup: MEDIATION_DESK_PASSPHRASE for scripts,
else asked at the terminal (twice when encrypting, so a typing slip cannot lock the file)."""

from __future__ import annotations

import getpass
import os
import sys

ENVIRONMENT = "MEDIATION_DESK_PASSPHRASE"


class NoPassphrase(Exception):
    """No usable passphrase: the message says why (the command fails with it)."""


def passphrase(*, confirm: bool) -> str:
    """The passphrase from the environment or typed (hidden); `confirm` when encrypting."""
    from mediation_desk.services.encrypted_files import PASSPHRASE_MIN_LENGTH

    given = os.environ.get(ENVIRONMENT)
    if given is None:
        if not sys.stdin.isatty():
            raise NoPassphrase(
                f"a passphrase is needed: type it at a terminal or set {ENVIRONMENT}"
            )
        given = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("Passphrase again: ") != given:
            raise NoPassphrase("the two passphrases differ; nothing was written")
    if confirm and len(given) < PASSPHRASE_MIN_LENGTH:
        raise NoPassphrase(f"the passphrase must have at least {PASSPHRASE_MIN_LENGTH} characters")
    if not given:
        raise NoPassphrase("the passphrase is empty")
    return given
