"""Building the command line must not load the database stack (the GUI starts through it)."""

from __future__ import annotations

import subprocess
import sys


def test_parsing_commands_does_not_import_sqlalchemy() -> None:
    code = (
        "import sys; from mediation_desk.cli import build_parser; build_parser(); "
        "print(any(m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'docx') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
