"""Plain words for what can stop the database from opening, and for risky places to keep it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from mediation_desk.db.health import ProblemKind


def problem_text(kind: ProblemKind) -> str:
    """What is wrong with the database file, for someone who is not a technician."""
    from mediation_desk.db.health import ProblemKind

    texts = {
        ProblemKind.UNREADABLE: QCoreApplication.translate(
            "StartupMessages",
            "The database file cannot be read. The disk may be missing or failing, or this "
            "user account may not be allowed to open it.",
        ),
        ProblemKind.NOT_SQLITE: QCoreApplication.translate(
            "StartupMessages",
            "The file where Mediation Desk keeps its data is not a Mediation Desk database. "
            "It may have been replaced by another file.",
        ),
        ProblemKind.TRUNCATED: QCoreApplication.translate(
            "StartupMessages",
            "The database file is incomplete: part of it is missing, as after a copy that was "
            "interrupted or a disk that filled up.",
        ),
        ProblemKind.DAMAGED: QCoreApplication.translate(
            "StartupMessages",
            "The database file is damaged, for example by a power cut or a failing disk.",
        ),
        ProblemKind.LOCKED: QCoreApplication.translate(
            "StartupMessages",
            "Another program is holding the database file open for writing (for example a "
            "database tool). Close that program and try again.",
        ),
    }
    return texts[kind]


def untouched_text() -> str:
    return QCoreApplication.translate(
        "StartupMessages", "Mediation Desk has not changed or overwritten the file."
    )


def in_use_text(holder: str) -> str:
    text = QCoreApplication.translate(
        "StartupMessages",
        "Mediation Desk is already open with this database (%1). Only one window may work on "
        "it at a time, so that no change is lost. Please use the window that is already open, "
        "or close it and start Mediation Desk again.",
    )
    return text.replace("%1", _holder_text(holder))


def _holder_text(holder: str) -> str:
    """`pid 1234 on host` (written by the lock's holder) in the interface language."""
    match = re.fullmatch(r"pid (\d+) on (.+)", holder)
    if match is None:
        return holder or QCoreApplication.translate("StartupMessages", "another program")
    return (
        QCoreApplication.translate("StartupMessages", "process %1 on the computer %2")
        .replace("%1", match.group(1))
        .replace("%2", match.group(2))
    )


def network_share_text(kind: str) -> str:
    return QCoreApplication.translate(
        "StartupMessages",
        "The database is on a network share (%1). Its file locking is not reliable there, and "
        "a dropped connection can damage the data. Keep the database on this computer's own "
        "disk and use Data → Back up to a folder… to keep copies elsewhere.",
    ).replace("%1", kind)
