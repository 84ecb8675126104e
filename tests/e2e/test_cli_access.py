"""The command line runs as a user once the database has accounts: a mediator cannot open what is
not theirs, a reviewer cannot change anything, numbers are masked unless the director asks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.services.bootstrap import Services
from mediation_desk.services.settings import Settings
from tests.services.accounts_setup import PASSWORD, add_staff, sign_in
from tests.services.conftest import make_draft


@pytest.fixture
def staffed(services: Services, db_path: Path) -> Iterator[Path]:
    """乌力吉's case 1 and 王芳's case 2; mediators see only their own cases."""
    wang = services.committee.mediators()[1]
    services.cases.register(make_draft(services))
    draft = make_draft(services, names=("张三", "李四"), birth="19900101")
    services.cases.register(replace(draft, mediator_uuids=(wang.uuid,)))
    add_staff(services)
    sign_in(services, "director")
    services.settings.save(Settings(mediators_read_others=False))
    services.accounts.sign_out()
    services.close()
    yield db_path


def run_as(
    monkeypatch: pytest.MonkeyPatch, user: str | None, *args: str, password: str = PASSWORD
) -> int:
    if user is None:
        monkeypatch.delenv("MEDIATION_DESK_USER", raising=False)
    else:
        monkeypatch.setenv("MEDIATION_DESK_USER", user)
    monkeypatch.setenv("MEDIATION_DESK_PASSWORD", password)
    return main(list(args))


def listed(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_without_a_user_the_command_is_refused_in_plain_words(
    staffed: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_as(monkeypatch, None, "--db", str(staffed), "cases") == 2
    assert "give --user NAME" in capsys.readouterr().err
    assert run_as(monkeypatch, "wangfang", "--db", str(staffed), "cases", password="x") == 2
    assert "wrong username or password" in capsys.readouterr().err


def test_a_mediator_lists_and_opens_only_their_own_cases(
    staffed: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    assert run_as(monkeypatch, "wangfang", "--db", str(staffed), "cases", "--json") == 0
    assert [c["case_no"] for c in listed(capsys)] == ["（2025）巴音敖包人调字第2号"]
    out = tmp_path / "application.docx"
    code = run_as(
        monkeypatch,
        "wangfang",
        "--db",
        str(staffed),
        "document",
        "application",
        "（2025）巴音敖包人调字第1号",
        "--out",
        str(out),
    )
    assert code == 2 and not out.exists()
    assert "is not one of your cases" in capsys.readouterr().err


def test_a_reviewer_can_change_nothing(
    staffed: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    exported = tmp_path / "cases.json"
    assert (
        run_as(
            monkeypatch,
            "director",
            "--db",
            str(staffed),
            "export",
            "--unmasked",
            "--out",
            str(exported),
        )
        == 0
    )
    capsys.readouterr()
    for command in (
        ["import", str(exported)],
        ["demo", "--cases", "1"],
        ["users", "add", "eve", "--role", "director"],
        ["users", "deactivate", "wangfang"],
        ["export", "--unmasked", "--out", str(tmp_path / "full.json")],
        ["cases", "--json", "--unmasked"],
    ):
        assert run_as(monkeypatch, "sifasuo", "--db", str(staffed), *command) == 2, command
        assert "sifasuo (reviewer) may not" in capsys.readouterr().err
    assert run_as(monkeypatch, "sifasuo", "--db", str(staffed), "cases", "--json") == 0
    assert len(listed(capsys)) == 2


def test_numbers_are_masked_unless_the_director_asks(
    staffed: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    assert (
        run_as(
            monkeypatch, "sifasuo", "--db", str(staffed), "cases", "--json", "--search", "19900101"
        )
        == 0
    )
    (found,) = listed(capsys)  # the search still finds the full number
    number = found["parties"][0]["id_number"]  # type: ignore[index]
    assert number.startswith("150626********") and len(number) == 18
    masked = tmp_path / "masked.json"
    assert run_as(monkeypatch, "sifasuo", "--db", str(staffed), "export", "--out", str(masked)) == 0
    assert "19900101" not in masked.read_text(encoding="utf-8")
    assert (
        run_as(monkeypatch, "director", "--db", str(staffed), "cases", "--json", "--unmasked") == 0
    )
    assert "19900101" in capsys.readouterr().out


def test_the_director_manages_accounts_from_the_command_line(
    staffed: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEDIATION_DESK_NEW_PASSWORD", "batu password")
    db = ["--db", str(staffed)]
    assert run_as(monkeypatch, "director", *db, "users", "add", "batu", "--role", "reviewer") == 0
    assert (
        run_as(
            monkeypatch, "director", *db, "users", "role", "batu", "mediator", "--mediator", "王芳"
        )
        == 0
    )
    assert run_as(monkeypatch, "director", *db, "users", "deactivate", "wulji") == 0
    capsys.readouterr()
    assert run_as(monkeypatch, "director", *db, "users", "list") == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert ["batu", "mediator", "batu", "active"] in rows
    assert ["wulji", "mediator", "乌力吉", "inactive"] in rows
    assert run_as(monkeypatch, "batu", *db, "cases", password="batu password") == 0
    monkeypatch.setenv("MEDIATION_DESK_NEW_PASSWORD", "another password")
    assert run_as(monkeypatch, "wangfang", *db, "users", "passwd", "director") == 2
    assert "only the committee director" in capsys.readouterr().err
    assert run_as(monkeypatch, "wangfang", *db, "users", "passwd", "wangfang") == 0
    assert run_as(monkeypatch, "wangfang", *db, "cases", password="another password") == 0


def test_a_database_without_accounts_runs_as_the_system_and_the_first_user_is_the_director(
    db_path: Path,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services.close()
    db = ["--db", str(db_path)]
    assert run_as(monkeypatch, None, *db, "users", "list") == 0
    assert "No accounts yet" in capsys.readouterr().out
    monkeypatch.setenv("MEDIATION_DESK_NEW_PASSWORD", "director password")
    assert run_as(monkeypatch, None, *db, "users", "add", "clerk", "--role", "reviewer") == 2
    assert "account.first_director" in capsys.readouterr().err
    assert run_as(monkeypatch, None, *db, "users", "add", "zhuren", "--role", "director") == 0


def test_a_reviewer_is_refused_in_a_real_process(staffed: Path, tmp_path: Path) -> None:
    environment = {
        **os.environ,
        "PYTHONIOENCODING": "utf-8",
        "MEDIATION_DESK_USER": "sifasuo",
        "MEDIATION_DESK_PASSWORD": PASSWORD,
    }
    result = subprocess.run(
        [sys.executable, "-m", "mediation_desk.cli", "--db", str(staffed), "demo", "--cases", "1"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr == "mediation-desk: sifasuo (reviewer) may not add demo cases\n"
