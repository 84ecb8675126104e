"""The README's two commands, CI and the code-quality gates stay in step."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme, flags=re.S)


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    install_and_run, install_and_test = commands
    assert install_and_run.endswith("mediation-desk")
    assert install_and_test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing() -> None:
    result = _run(str(BIN / "ruff"), "check", "mediation_desk", "tests", ".ci")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_ruff_formatted() -> None:
    result = _run(str(BIN / "ruff"), "format", "--check", "mediation_desk", "tests", ".ci")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict_passes() -> None:
    result = _run(str(BIN / "mypy"), "mediation_desk")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_layers_hold() -> None:
    result = _run(str(BIN / "lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_chinese_catalog_is_complete_and_current(tmp_path: Path) -> None:
    """Every interface string in the sources has a finished Chinese translation."""
    catalog = ROOT / "translations" / "mediation_desk_zh_CN.ts"
    copy = tmp_path / catalog.name
    copy.write_bytes(catalog.read_bytes())
    sys.path.insert(0, str(ROOT / ".ci"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    code = "import sys; from PySide6.scripts import pyside_tool; pyside_tool.lupdate()"
    subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            "-locations",
            "none",
            *translations.sources(),
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert translations.unfinished(copy) == []
