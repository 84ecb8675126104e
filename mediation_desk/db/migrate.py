"""Brings a database to the schema this version of the app expects, backing it up first."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from mediation_desk.db.engine import sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNewError(RuntimeError):
    """The database was written by a newer version of Mediation Desk."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"the database was written by a newer version of Mediation Desk (schema {revision}); "
            "install that version to open it — the database has not been changed"
        )


def _config(migrations_dir: Path = MIGRATIONS_DIR) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    return config


def head_revision(migrations_dir: Path = MIGRATIONS_DIR) -> str:
    head = ScriptDirectory.from_config(_config(migrations_dir)).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str, migrations_dir: Path = MIGRATIONS_DIR) -> bool:
    """True when this version of the app can open (and if needed upgrade) that schema."""
    script = ScriptDirectory.from_config(_config(migrations_dir))
    return revision in {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _is_empty(engine: Engine) -> bool:
    return not inspect(engine).get_table_names()


def backup_sqlite(source: Path, target_dir: Path, label: str) -> Path:
    """A consistent copy through SQLite's online backup API (safe while others read)."""
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = target_dir / f"{source.stem}-{label}-{stamp}.sqlite3"
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(
    engine: Engine,
    url: str,
    backup_dir: Path,
    migrations_dir: Path = MIGRATIONS_DIR,
    make_backup: Callable[[Path, str], Path | None] | None = None,
) -> Path | None:
    """Migrates to head; returns the backup made before changing a non-empty database, if any.

    `make_backup(database, label)` makes that backup (default: `backup_sqlite` into
    `backup_dir`); the services pass one that verifies the copy and writes its manifest.
    """
    current = current_revision(engine)
    head = head_revision(migrations_dir)
    if current == head:
        return None
    if current is not None and not is_known_revision(current, migrations_dir):
        raise DatabaseTooNewError(current)
    backup: Path | None = None
    path = sqlite_path(url)
    if path is not None and path.exists() and not _is_empty(engine):
        label = f"before-upgrade-{current or 'none'}"
        if make_backup is None:
            backup = backup_sqlite(path, backup_dir, label)
        else:
            backup = make_backup(path, label)
    config = _config(migrations_dir)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
