"""`mediation-desk audit`, `check` with the audit chain, `retention`, and encrypted
`export` / `import` / `backup` / `restore` as a user types them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.services import encrypted_files
from mediation_desk.services.bootstrap import Services
from tests.services.conftest import make_draft

PASSPHRASE = "毛乌素 sand 2025"


@pytest.fixture(autouse=True)
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encrypted_files, "DEFAULT_COST", encrypted_files.ScryptCost(log2_n=10))


def _cases(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("select count(*) from mediation_case").fetchone()[0])


def test_audit_lists_a_case_and_check_finds_a_tampered_entry(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = services.cases.register(make_draft(services))
    db = ["--db", str(db_path)]
    assert main([*db, "audit", "--case", case.case_no]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(
        "\tinsert\tmediation_case\t" in line and "facts=草场边界纠纷" in line for line in lines
    )
    assert main([*db, "audit", "--verify"]) == 0
    assert "chain intact" in capsys.readouterr().out
    assert main([*db, "audit", "--case", "no such number"]) == 1

    with sqlite3.connect(db_path) as connection:
        connection.execute("update audit_log set actor = 'someone else' where id = 5")
    assert main([*db, "check"]) == 1
    out = capsys.readouterr().out
    assert "audit log: broken at entry 5" in out and "check FAILED" in out
    assert main([*db, "audit", "--verify"]) == 1
    assert "broken at entry 5: its content was changed" in capsys.readouterr().err


def test_encrypted_export_and_backup_need_the_passphrase(
    services: Services,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.cases.register(make_draft(services))
    services.close()
    db = ["--db", str(db_path)]
    exported, stick = tmp_path / "cases.enc", tmp_path / "copy.mdenc"
    monkeypatch.setenv("MEDIATION_DESK_PASSPHRASE", "short")
    assert main([*db, "export", "--out", str(exported), "--encrypt"]) == 2
    assert "at least 8 characters" in capsys.readouterr().err and not exported.exists()
    monkeypatch.setenv("MEDIATION_DESK_PASSPHRASE", PASSPHRASE)
    # unmasked: a masked export (the default) cannot be imported back
    assert main([*db, "export", "--out", str(exported), "--encrypt", "--unmasked"]) == 0
    assert main([*db, "backup", "--out", str(stick), "--encrypt"]) == 0
    assert "encrypted" in capsys.readouterr().out

    other = ["--db", str(tmp_path / "other.sqlite3")]
    monkeypatch.setenv("MEDIATION_DESK_PASSPHRASE", "a wrong passphrase")
    assert main([*other, "import", str(exported)]) == 2
    assert "passphrase is wrong" in capsys.readouterr().err
    assert not (tmp_path / "other.sqlite3").exists()  # refused before opening anything
    assert main([*db, "restore", str(stick), "--yes"]) == 1
    assert "passphrase is wrong" in capsys.readouterr().err and _cases(db_path) == 1

    monkeypatch.setenv("MEDIATION_DESK_PASSPHRASE", PASSPHRASE)
    assert main([*other, "import", str(exported)]) == 0
    assert "1 created" in capsys.readouterr().out
    assert main([*db, "restore", str(stick), "--yes"]) == 0
    assert "Restored 1 cases" in capsys.readouterr().out


def test_retention_lists_nothing_before_the_period_is_over(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = services.cases.register(make_draft(services))
    services.close()
    db = ["--db", str(db_path)]
    assert main([*db, "retention"]) == 0
    assert "longer than 30 years: 0" in capsys.readouterr().out
    assert main([*db, "retention", "--delete", case.case_no, "--yes"]) == 1
    assert "not an expired archived case" in capsys.readouterr().err
    assert _cases(db_path) == 1
