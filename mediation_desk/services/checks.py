"""`check`: is a database file sound? Each check is a function; more can join the list."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mediation_desk.db.audit_file import audit_chain_of_file
from mediation_desk.db.migrate import head_revision, is_known_revision
from mediation_desk.db.sqlite_files import (
    connect_existing,
    foreign_key_problems,
    integrity_problems,
)


@dataclass(frozen=True)
class CheckResult:
    """One check's verdict; `details` name what is wrong (never case content)."""

    name: str
    ok: bool
    summary: str
    details: tuple[str, ...] = ()


Check = Callable[[Path], CheckResult]


def check_integrity(path: Path) -> CheckResult:
    try:
        problems = integrity_problems(path)
    except sqlite3.Error as error:
        return CheckResult("integrity", False, f"cannot be read: {error}")
    if problems:
        return CheckResult("integrity", False, f"{len(problems)} problem(s)", tuple(problems))
    return CheckResult("integrity", True, "ok")


def check_foreign_keys(path: Path) -> CheckResult:
    try:
        problems = foreign_key_problems(path)
    except sqlite3.Error as error:
        return CheckResult("foreign keys", False, f"cannot be read: {error}")
    if problems:
        return CheckResult(
            "foreign keys", False, f"{len(problems)} dangling reference(s)", tuple(problems[:20])
        )
    return CheckResult("foreign keys", True, "ok")


def check_schema(path: Path) -> CheckResult:
    head = head_revision()
    try:
        connection = connect_existing(path)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        return CheckResult("schema", False, f"no schema revision: {error}")
    revision = str(row[0]) if row else None
    if revision == head:
        return CheckResult("schema", True, f"{revision} (current)")
    if revision is not None and is_known_revision(revision):
        return CheckResult("schema", True, f"{revision} (upgraded to {head} when next opened)")
    return CheckResult("schema", False, f"{revision} is newer than this app ({head})")


def check_audit_chain(path: Path) -> CheckResult:
    """Walks the audit log's hash chain; names the first broken link."""
    try:
        count, problem = audit_chain_of_file(path)
    except sqlite3.Error as error:
        return CheckResult("audit log", False, f"cannot be read: {error}")
    if count is None:
        return CheckResult("audit log", True, "none yet (older schema)")
    if problem is not None:
        return CheckResult(
            "audit log",
            False,
            f"broken at entry {problem.entry_id}",
            (f"entry {problem.entry_id}: {problem.what}",),
        )
    return CheckResult("audit log", True, f"{count} entries, chain intact")


# The checks `mediation-desk check` runs, in order.
DATABASE_CHECKS: tuple[Check, ...] = (
    check_integrity,
    check_foreign_keys,
    check_schema,
    check_audit_chain,
)


def run_checks(path: Path, checks: tuple[Check, ...] = DATABASE_CHECKS) -> list[CheckResult]:
    return [check(path) for check in checks]
