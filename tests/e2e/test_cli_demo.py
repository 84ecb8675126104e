"""`mediation-desk demo` as a user runs it: a fresh database gets a committee and N cases."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.services.bootstrap import open_services


def test_demo_fills_a_new_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--cases", "200", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    number = r"（\d{4}）\S+人调字第\d+号"
    pattern = rf"Added 200 demo cases \({number} – {number}\) in \d+\.\d s\n"
    assert re.fullmatch(pattern, out), out
    assert "人调字第1号 –" in out  # a new database starts at 1
    services = open_services(f"sqlite:///{path}")
    try:
        assert services.case_list.count() == 200
        assert services.committee.get() is not None
        assert len(services.committee.mediators()) >= 5
    finally:
        services.close()


def test_demo_then_cases_lists_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "demo.sqlite3")
    assert main(["--db", path, "demo", "--cases", "50"]) == 0
    assert main(["--db", path, "demo", "--cases", "50"]) == 0
    capsys.readouterr()
    assert main(["--db", path, "cases"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len({line.split("\t")[0] for line in lines}) == 100


def test_demo_rejects_a_count_below_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(tmp_path / "x.sqlite3"), "demo", "--cases", "0"])
    assert exit_info.value.code == 2
    assert "at least 1" in capsys.readouterr().err


def test_due_on_a_demo_database_shows_overdue_due_soon_and_high_risk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "demo.sqlite3")
    assert main(["--db", path, "demo", "--cases", "1500", "--seed", "5"]) == 0
    capsys.readouterr()
    assert main(["--db", path, "due", "--json"]) == 0
    items = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = {item["kind"] for item in items}
    assert {"overdue", "due_soon", "high_risk"} <= kinds
    assert {item["deadline_kind"] for item in items if item["kind"] == "overdue"} >= {
        "performance",
        "referral_feedback",
        "mediation_period",
    }
    assert main(["--db", path, "cases", "--json"]) == 0
    cases = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {case["risk_level"] for case in cases} == {"general", "significant", "major"}
