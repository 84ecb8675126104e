"""The sweep over the command line: every command's arguments, bad and strange.

Each run ends with exit code 0 and the case intact, or a non-zero code and one line on stderr
(argparse's usage lines aside) — never a traceback. Runs in-process (a subprocess costs ~1 s);
one real process checks an argument that is not UTF-8.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.domain.models import Case
from mediation_desk.services.bootstrap import Services
from tests.services.conftest import committee_services, make_draft
from tests.sweep.inputs import MONGOLIAN_CONTROLS

# A few of the search box's queries (all of them run against the service in test_search).
CLI_QUERIES = ("' OR 1=1 --", '"', "NEAR(", "AND OR NOT", "col:val", "\udcff", "𠈌", "x" * 10_000)

NUMBER = "（2025）巴音敖包人调字第1号"

# (arguments, expected exit code); {db}, {dir} and {case} are filled in.
RUNS: list[tuple[list[str], int]] = [
    *[(["cases", "--search", q], 0) for q in CLI_QUERIES],
    (["cases", "--search", "", "--json"], 0),
    (["cases", "--status", "bogus"], 2),
    (["cases", "--status", ""], 2),
    (["document", "agreement", "\udcff", "--out", "{dir}/a.docx"], 1),
    (["document", "agreement", "x" * 10_000, "--out", "{dir}/a.docx"], 1),
    (["document", "agreement", "' OR 1=1 --", "--out", "{dir}/a.docx"], 1),
    (["document", "agreement", MONGOLIAN_CONTROLS, "--out", "{dir}/a.docx"], 1),
    (["document", "agreement", "{case}", "--out", "{dir}/a.txt"], 1),
    (["document", "application", "{case}", "--out", "/proc/no-such-dir/a.docx"], 1),
    (["document", "application", "{case}", "--out", ""], 1),
    (["document", "bogus-kind", "{case}", "--out", "{dir}/a.docx"], 2),
    (["document", "--all", "{case}", "--out", "/proc/no-such-dir"], 1),
    (["document", "application", "{case}", "--out", "{dir}/王𠈌 ᠪᠠᠲᠤ.docx"], 0),
    (["import", "{dir}/missing.json"], 2),
    (["import", "{dir}"], 2),
    (["import", ""], 2),
    (["import", "{dir}/caf\udce9.json"], 2),
    (["import", "{dir}/garbage.json"], 2),
    (["export", "--out", "/proc/no-such-dir/x.json"], 2),
    (["export", "--out", "{dir}"], 2),
    (["backup", "--out", "/proc/no-such-dir/x"], 2),
    (["backup", "--out", "{dir}"], 2),
    (["restore", "{dir}/missing"], 2),
    (["restore", ""], 2),
    (["restore", "{dir}/garbage.json", "--yes"], 2),
    (["demo", "--cases", "-5"], 2),
    (["demo", "--cases", "1e30"], 2),
    (["demo", "--cases", "NaN"], 2),
    (["demo", "--cases", "0"], 2),
    (["--db", "{dir}/garbage.json", "cases"], 2),
    (["--db", "{dir}", "cases"], 2),
    (["--db", "{dir}/garbage.json", "import", "{dir}/garbage.json"], 2),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "garbage.json").write_bytes(bytes(range(256)) * 8)
    return tmp_path


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Services, Case]]:
    """One database for every run: none of them may change its case."""
    path = tmp_path_factory.mktemp("cli") / "committee.sqlite3"
    with committee_services(path) as services:
        yield path, services, services.cases.register(make_draft(services))


def _filled(arguments: list[str], db: Path, folder: Path) -> list[str]:
    values = {"{db}": str(db), "{dir}": str(folder), "{case}": NUMBER}
    filled = []
    for argument in arguments:
        for key, value in values.items():
            argument = argument.replace(key, value)
        filled.append(argument)
    return filled if filled[0] == "--db" else ["--db", str(db), *filled]


@pytest.mark.parametrize(
    ("arguments", "code"), RUNS, ids=[ascii(" ".join(a))[:40] for a, _ in RUNS]
)
def test_arguments_get_a_result_or_a_one_line_error(
    arguments: list[str],
    code: int,
    shared: tuple[Path, Services, Case],
    folder: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db_path, services, saved = shared
    assert saved.case_no == NUMBER
    try:
        found = main(_filled(arguments, db_path, folder))
    except SystemExit as exit_:  # argparse's refusals
        found = int(exit_.code or 0)
    err = capsys.readouterr().err
    assert found == code
    if code:
        lines = [line for line in err.splitlines() if not line.startswith(("usage:", " "))]
        assert len(lines) == 1 and lines[0].startswith("mediation-desk"), err
    assert services.cases.get(saved.uuid) == saved


def test_output_folders_that_cannot_be_made_are_named(
    shared: tuple[Path, Services, Case], capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, _, saved = shared
    # Regression: `document … --out` into a folder that cannot be made raised OSError.
    out = ["--out", "/proc/no-such-dir/a.docx"]
    assert main(["--db", str(db_path), "document", "application", saved.case_no, *out]) == 1
    assert (
        capsys.readouterr().err == "mediation-desk: /proc/no-such-dir: No such file or directory\n"
    )


def test_a_file_that_is_no_database_is_named_by_reading_commands(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Regression: `--db FILE cases` on a file that is no database raised SQLAlchemy's
    # DatabaseError; the writing commands already explained it.
    assert main(["--db", str(folder / "garbage.json"), "cases"]) == 2
    assert capsys.readouterr().err.endswith("garbage.json: not_sqlite (no SQLite header)\n")


def test_an_argument_that_is_not_utf8_is_handled_in_a_real_process(
    shared: tuple[Path, Services, Case],
) -> None:
    db_path = shared[0]
    # Regression: a Latin-1 byte in an argument reached SQLite as a lone surrogate (the
    # search's case runs in-process above), and then its message could not be printed.
    environment = {**os.environ, "PYTHONUTF8": "0", "LC_ALL": "C.UTF-8"}
    arguments = [
        b"--db",
        os.fsencode(db_path),
        b"document",
        b"agreement",
        b"\xff",
        b"--out",
        b"a.docx",
    ]
    done = subprocess.run(
        [sys.executable, "-m", "mediation_desk", *arguments],
        capture_output=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (1, b"mediation-desk: no case numbered \\udcff\n")


def count() -> int:
    """Command lines tried by this module."""
    return len(RUNS) + 3
