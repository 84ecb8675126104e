"""`mediation-desk cases` and `self-test`, end to end: in-process and as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.domain.models import Committee, Mediator
from mediation_desk.services.bootstrap import open_services
from tests.services.conftest import make_draft


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    services = open_services(f"sqlite:///{path}")
    services.committee.save(
        Committee("某某嘎查人民调解委员会", "某某", "150626100"), [Mediator("王芳")]
    )
    services.cases.register(make_draft(services))
    services.cases.register(make_draft(services, names=("张三", "李四"), birth="19900101"))
    services.close()
    return path


def test_cases_json_prints_one_object_per_case(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "cases", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    cases = [json.loads(line) for line in lines]
    assert [c["case_no"] for c in cases] == ["（2025）某某人调字第2号", "（2025）某某人调字第1号"]
    first = cases[1]
    assert {"case_no", "uuid", "status", "received_on", "category", "parties"} <= first.keys()
    assert first["status"] == "registered"
    assert first["category"] == "grassland"
    assert [p["name"] for p in first["parties"]] == ["王𠈌", "ᠪᠠᠲᠤ"]


def test_cases_search_and_status_filter(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "cases", "--search", "张三"]) == 0
    out = capsys.readouterr().out
    assert "第2号" in out and "第1号" not in out
    assert main(["--db", str(db), "cases", "--status", "closed"]) == 0
    assert capsys.readouterr().out == ""


def test_environment_variable_selects_the_database(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEDIATION_DESK_DB", str(db))
    assert main(["cases"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_cases_on_a_database_without_committee_explains(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.sqlite3"
    open_services(f"sqlite:///{empty}").close()
    assert main(["--db", str(empty), "cases"]) == 1
    assert "no committee" in capsys.readouterr().err


def test_self_test_as_a_real_process_on_a_fresh_database(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEDIATION_DESK_DATA_DIR": str(tmp_path)}
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "mediation_desk", "self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    assert (tmp_path / "mediation-desk.sqlite3").exists()  # the user's default database


def test_self_test_explains_a_database_from_a_newer_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    path = tmp_path / "newer.sqlite3"
    open_services(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as connection:
        connection.execute("update alembic_version set version_num = 'f00dcafe'")
    assert main(["--db", str(path), "self-test"]) == 1
    assert "newer version of Mediation Desk" in capsys.readouterr().err


def test_output_cut_short_by_the_reader_is_not_an_error(db: Path) -> None:
    from mediation_desk.services.demo import generate_demo

    services = open_services(f"sqlite:///{db}")
    generate_demo(services.db, cases=1500, seed=2)  # more output than a pipe buffers
    services.close()
    env = {**os.environ, "MEDIATION_DESK_DATA_DIR": str(db.parent)}
    command = f"'{sys.executable}' -m mediation_desk --db '{db}' cases | head -1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_a_reading_command_does_not_create_a_database_where_db_points_at_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mediation_desk.cli import main

    missing = tmp_path / "typo" / "db.sqlite3"
    assert main(["--db", str(missing), "cases"]) == 2
    assert "no database at" in capsys.readouterr().err
    assert not missing.parent.exists()
    assert main(["--db", str(tmp_path / "x.sqlite3"), "backup", "--out", " "]) != 0
