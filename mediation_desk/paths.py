"""Where things live: the user's data directory and the shipped resources. Qt-free."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "MediationDesk"
DB_FILENAME = "mediation-desk.sqlite3"

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The per-user data directory (overridable with MEDIATION_DESK_DATA_DIR), created on demand."""
    override = os.environ.get("MEDIATION_DESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs  # only when needed: keeps start-up light

        path = Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / DB_FILENAME


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """Shipped data: inside the package in a wheel, the checkout's `resources/` when editable."""
    packaged = _PACKAGE_DIR / "resources"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent / "resources"


def generated_dir() -> Path:
    """Compiled forms and translation catalogs (built by .ci/hatch_build.py)."""
    return _PACKAGE_DIR / "ui" / "generated"
