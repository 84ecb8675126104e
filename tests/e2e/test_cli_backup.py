"""`mediation-desk backup / backups / restore / check` as a user types them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.db.instance_lock import InstanceLock
from mediation_desk.services.bootstrap import Services
from tests.services.conftest import make_draft


def _cases(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("select count(*) from mediation_case").fetchone()[0])


def test_backup_list_and_restore_round_trip(
    services: Services, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services.cases.register(make_draft(services))
    db = ["--db", str(db_path)]
    assert main([*db, "backup"]) == 0
    assert "Backed up 1 cases" in capsys.readouterr().out
    stick = tmp_path / "usb" / "committee-copy.sqlite3"
    assert main([*db, "backup", "--out", str(stick)]) == 0
    assert _cases(stick) == 1
    services.cases.register(make_draft(services, names=("张三", "李四")))
    services.close()

    assert main([*db, "backups"]) == 0
    (line,) = capsys.readouterr().out.splitlines()[-1:]
    assert "\tmanual\t1 cases\t" in line

    assert main([*db, "restore", str(stick), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Restored 1 cases" in out and "The previous database was kept as" in out
    assert _cases(db_path) == 1
    kept = Path(out.split("kept as ")[1].strip())
    assert _cases(kept) == 2


def test_restore_asks_first_and_respects_the_one_writer_lock(
    services: Services,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert main(["--db", str(db_path), "backup", "--out", str(copy)]) == 0
    services.cases.register(make_draft(services))
    services.close()
    monkeypatch.setattr("builtins.input", lambda: "n")
    assert main(["--db", str(db_path), "restore", str(copy)]) == 1
    assert _cases(db_path) == 1
    with InstanceLock(db_path):  # the app is open on this database
        assert main(["--db", str(db_path), "restore", str(copy), "--yes"]) == 2
        assert "in use by another Mediation Desk" in capsys.readouterr().err
        assert main(["--db", str(db_path), "demo", "--cases", "1"]) == 2
    assert _cases(db_path) == 1


def test_check_passes_on_a_sound_database_and_fails_on_a_damaged_one(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services.cases.register(make_draft(services))
    services.close()
    assert main(["--db", str(db_path), "check"]) == 0
    out = capsys.readouterr().out
    assert "integrity: ok" in out and "foreign keys: ok" in out
    assert "(current)" in out and "check passed" in out
    with sqlite3.connect(db_path) as connection:
        connection.execute("pragma foreign_keys = off")
        connection.execute("update party set case_id = 9999")
    assert main(["--db", str(db_path), "check"]) == 1
    assert "dangling reference" in capsys.readouterr().out
    db_path.write_bytes(db_path.read_bytes()[:10000])
    assert main(["--db", str(db_path), "check"]) == 1
    assert "check FAILED" in capsys.readouterr().out


def test_import_makes_a_safety_copy_first(
    services: Services, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services.cases.register(make_draft(services))
    services.close()
    exported = tmp_path / "cases.json"
    assert main(["--db", str(db_path), "export", "--unmasked", "--out", str(exported)]) == 0
    assert main(["--db", str(db_path), "import", str(exported)]) == 0
    assert main(["--db", str(db_path), "backups"]) == 0
    assert "\tbefore-import\t1 cases" in capsys.readouterr().out
