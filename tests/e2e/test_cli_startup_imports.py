"""Building the command line, and showing the window, must not load the heavy modules."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_parsing_commands_does_not_import_sqlalchemy() -> None:
    code = (
        "import sys; from mediation_desk.cli import build_parser; build_parser(); "
        "print(any(m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'docx') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_the_window_shows_before_the_heavy_modules_load(tmp_path: Path) -> None:
    """What runs before the first paint stays small: no database stack, documents or logging."""
    env = {
        **os.environ,
        "MEDIATION_DESK_DATA_DIR": str(tmp_path),
        "MEDIATION_DESK_EXIT_WHEN_SHOWN": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "mediation_desk", "gui"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.stdout.strip() == "shown", result.stderr[-2000:]
    loaded = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    heavy = {"sqlalchemy", "sqlmodel", "docx", "logging.handlers", "mediation_desk.documents"}
    heavy |= {"mediation_desk.ui.crash_reporter", "mediation_desk.printing", "argon2"}
    assert not loaded & heavy
