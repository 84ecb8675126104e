"""`mediation-desk due` and the lifecycle fields of `cases --json`, in-process on a real file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.domain.lifecycle.decisions import AcceptanceDecision
from mediation_desk.domain.models import Committee, Mediator
from mediation_desk.services.bootstrap import open_services
from tests.services.conftest import make_draft


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Two cases: the first accepted on 2025-03-03 (one month: due 2025-04-03), one registered."""
    path = tmp_path / "due.sqlite3"
    services = open_services(f"sqlite:///{path}")
    services.committee.save(
        Committee("某某嘎查人民调解委员会", "某某", "150626100"), [Mediator("王芳")]
    )
    first = services.cases.register(make_draft(services))
    services.cases.register(make_draft(services, names=("张三", "李四"), birth="19900101"))
    decision = AcceptanceDecision(True, date(2025, 3, 3), "王芳")
    services.lifecycle.decide(first.uuid, decision, by="王芳")
    services.close()
    return path


def test_due_json_lists_the_overdue_mediation_period(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "due", "--json", "--today", "2025-04-10"]) == 0
    items = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert items == [
        {
            "case_no": "（2025）某某人调字第1号",
            "case_uuid": items[0]["case_uuid"],
            "kind": "overdue",
            "due": "2025-04-03",
            "days_left": -7,
            "deadline_kind": "mediation_period",
            "message_key": "worklist.overdue.mediation_period",
            "message": "one-month mediation period: overdue",
            "risk_level": "general",
        }
    ]


def test_due_as_text_and_on_a_quiet_day(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "due", "--today", "2025-04-02"]) == 0
    out = capsys.readouterr().out
    assert "第1号\tdue_soon\t2025-04-03\tone-month mediation period: due soon\tgeneral" in out
    assert main(["--db", str(db), "due", "--today", "2025-03-10"]) == 0
    assert capsys.readouterr().out == ""


def test_cases_json_shows_risk_level_and_next_deadline(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "cases", "--json"]) == 0
    cases = {c["case_no"]: c for c in map(json.loads, capsys.readouterr().out.splitlines())}
    accepted, registered = cases["（2025）某某人调字第1号"], cases["（2025）某某人调字第2号"]
    assert accepted["status"] == "accepted" and accepted["risk_level"] == "general"
    assert accepted["next_deadline"] == {"kind": "mediation_period", "due": "2025-04-03"}
    assert registered["status"] == "registered" and registered["next_deadline"] is None
