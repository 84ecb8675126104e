"""`mediation-desk export` / `import` as a user runs them: in-process and as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.domain.enums import (
    AgentKind,
    ApplicationForm,
    CaseSource,
    MediatorSelection,
    PartyKind,
    PartyRole,
)
from mediation_desk.domain.models import Agent, CaseDraft, Committee, Mediator, Party
from mediation_desk.services.bootstrap import open_services
from mediation_desk.services.cases import CaseService

MEDIATOR = Mediator(name="ᠪᠠᠲᠤ", speaks_mongolian=True)


def _draft(received_on: date, name: str) -> CaseDraft:
    return CaseDraft(
        received_on=received_on,
        source=CaseSource.PARTY_APPLICATION,
        application_form=ApplicationForm.ORAL,
        category_code="neighbourhood",
        facts="邻里之间因排水沟发生争执。",
        amount=Decimal("300.05"),
        parties=(
            Party(PartyRole.APPLICANT, PartyKind.PERSON, name),
            Party(
                PartyRole.RESPONDENT,
                PartyKind.PERSON,
                "王𠈌",
                agents=(Agent(AgentKind.CLOSE_RELATIVE, "王芳", authority="代为陈述"),),
            ),
        ),
        mediator_uuids=(MEDIATOR.uuid,),
        mediator_selection=MediatorSelection.ASSIGNED_BY_COMMITTEE,
    )


@pytest.fixture
def source_db(tmp_path: Path) -> Path:
    """A database with a committee, one mediator and two cases."""
    path = tmp_path / "source.sqlite3"
    services = open_services(f"sqlite:///{path}")
    try:
        services.committee.save(
            Committee(
                name="东胜区诃额伦人民调解委员会", short_name="诃额伦", division_code="150602"
            ),
            [MEDIATOR],
        )
        cases = CaseService(services.db, today=lambda: date(2025, 5, 1))
        cases.register(_draft(date(2025, 4, 2), "ᠰᠠᠷᠠ"))
        cases.register(_draft(date(2025, 4, 3), "张三"))
    finally:
        services.close()
    return path


def test_export_then_import_in_process(
    source_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "cases.json"
    target = tmp_path / "target.sqlite3"

    assert main(["--db", str(source_db), "export", "--unmasked", "--out", str(exported)]) == 0
    assert capsys.readouterr().out == f"Exported 2 cases to {exported}\n"
    assert main(["--db", str(target), "import", str(exported)]) == 0
    assert capsys.readouterr().out == f"Imported {exported}: 2 created, 0 updated, 0 unchanged\n"
    assert main(["--db", str(target), "import", str(exported)]) == 0
    assert capsys.readouterr().out == f"Imported {exported}: 0 created, 0 updated, 2 unchanged\n"

    again = tmp_path / "again.json"
    assert main(["--db", str(target), "export", "--unmasked", "--out", str(again)]) == 0
    assert again.read_bytes() == exported.read_bytes()


def test_bad_file_exits_2_naming_file_and_path(
    source_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "cases.json"
    main(["--db", str(source_db), "export", "--unmasked", "--out", str(exported)])
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["cases"][1]["parties"][0]["role"] = "witness"
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()

    code = main(["--db", str(tmp_path / "target.sqlite3"), "import", str(exported)])

    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert captured.err.startswith(
        f'mediation-desk: {exported}: $.cases[1].parties[0].role: "witness" is not one of'
    )


def test_missing_files_and_empty_database(
    source_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = str(tmp_path / "empty.sqlite3")
    assert main(["--db", database, "import", str(tmp_path / "nowhere.json")]) == 2
    assert "nowhere.json: No such file or directory" in capsys.readouterr().err
    assert main(["--db", database, "export", "--out", str(tmp_path / "out.json")]) == 2
    assert "$.committee: this database has no committee yet" in capsys.readouterr().err
    assert not (tmp_path / "out.json").exists()
    nowhere = str(tmp_path / "no-such-folder" / "out.json")
    assert main(["--db", str(source_db), "export", "--out", nowhere]) == 2
    assert capsys.readouterr().err == f"mediation-desk: {nowhere}: No such file or directory\n"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mediation_desk.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
        check=False,
    )


def test_export_and_import_as_separate_processes(source_db: Path, tmp_path: Path) -> None:
    exported = tmp_path / "导出.json"
    target = tmp_path / "target.sqlite3"

    export = _run("--db", str(source_db), "export", "--unmasked", "--out", str(exported))
    imported = _run("--db", str(target), "import", str(exported))

    assert (export.returncode, export.stderr) == (0, "")
    assert export.stdout == f"Exported 2 cases to {exported}\n"
    assert (imported.returncode, imported.stderr) == (0, "")
    assert imported.stdout == f"Imported {exported}: 2 created, 0 updated, 0 unchanged\n"
    assert "ᠰᠠᠷᠠ" in exported.read_text(encoding="utf-8")
