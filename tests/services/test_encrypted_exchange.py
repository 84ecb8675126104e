"""Encrypted exports and backups: they round-trip with the passphrase; a wrong passphrase, a
changed or a cut-short file fails with a clear message and changes nothing. Bulk writes
(import, demo, restore) leave one summary entry each in the audit log."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from mediation_desk.services import encrypted_files
from mediation_desk.services.backup import (
    BackupService,
    decrypted_backup,
    make_encrypted_backup,
    restore_backup,
)
from mediation_desk.services.bootstrap import Services, open_services
from mediation_desk.services.demo import generate_demo
from mediation_desk.services.encrypted_files import EncryptedFileError, WrongPassphrase
from mediation_desk.services.interchange import PassphraseNeeded, import_file, write_export
from tests.services.conftest import make_draft

PASSPHRASE = "巴音敖包 2025 stick"
TODAY = date(2025, 6, 1)


@pytest.fixture(autouse=True)
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encrypted_files, "DEFAULT_COST", encrypted_files.ScryptCost(log2_n=10))


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    services = open_services(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    yield services
    services.close()


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute(f"select count(*) from {table}").fetchone()[0])


def _cut(path: Path, bytes_: int = 5) -> None:
    path.write_bytes(path.read_bytes()[:-bytes_])


def test_an_encrypted_export_imports_with_its_passphrase_only(
    services: Services, other: Services, tmp_path: Path
) -> None:
    services.cases.register(make_draft(services))
    exported = tmp_path / "cases.json.enc"
    assert write_export(services.db, exported, PASSPHRASE) == 1
    assert "王𠈌".encode() not in exported.read_bytes()
    with pytest.raises(PassphraseNeeded):
        import_file(other.db, exported, TODAY)
    with pytest.raises(WrongPassphrase):
        import_file(other.db, exported, TODAY, passphrase="not the one")
    changed = tmp_path / "changed.json.enc"
    data = bytearray(exported.read_bytes())
    data[-40] ^= 1
    changed.write_bytes(bytes(data))
    with pytest.raises(EncryptedFileError, match="changed"):
        import_file(other.db, changed, TODAY, passphrase=PASSPHRASE)
    assert other.audit.entries(limit=1)[0].action != "import"  # nothing was written

    report = import_file(other.db, exported, TODAY, passphrase=PASSPHRASE)

    assert report.created == 1
    summary = other.audit.entries(limit=1)[0]
    assert summary.action == "import" and summary.fields["created"] == (None, 1)
    assert "cases.json.enc (encrypted, sha256 " in summary.fields["file"][1]
    assert not any(e.entity == "party" for e in other.audit.entries())  # a summary, not rows


def test_an_encrypted_backup_restores_and_a_bad_one_changes_nothing(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    services.cases.register(make_draft(services))
    backups = BackupService(db_path)
    stick = tmp_path / "usb" / "committee.sqlite3.mdenc"
    info = make_encrypted_backup(backups, PASSPHRASE, target=stick)
    assert info.path == stick and info.cases == 1 and encrypted_files.is_encrypted(stick)
    assert not list(backups.folder.glob(".encrypting-*"))  # no plain copy left behind
    services.cases.register(make_draft(services, names=("张三", "李四")))
    services.close()

    with pytest.raises(WrongPassphrase), decrypted_backup(stick, "wrong words", backups.folder):
        pytest.fail("a wrong passphrase must not give a file")
    cut = tmp_path / "cut.mdenc"
    cut.write_bytes(stick.read_bytes()[:-7])
    with (
        pytest.raises(EncryptedFileError, match="cut short"),
        decrypted_backup(cut, PASSPHRASE, backups.folder),
    ):
        pytest.fail("a cut file must not give a file")
    assert _count(db_path, "mediation_case") == 2  # nothing changed so far

    with decrypted_backup(stick, PASSPHRASE, backups.folder) as plain:
        restore_backup(plain, backups, source=stick)

    assert _count(db_path, "mediation_case") == 1
    assert not list(backups.folder.glob(".decrypted-*"))
    reopened = open_services(f"sqlite:///{db_path}")
    try:
        entry = reopened.audit.entries(limit=1)[0]
        assert entry.action == "restore" and entry.fields["cases"] == (None, 1)
        assert entry.fields["file"][1].startswith("committee.sqlite3.mdenc (sha256 ")
        assert reopened.audit.verify().ok
    finally:
        reopened.close()


def test_demo_data_is_one_summary_entry(services: Services, db_path: Path) -> None:
    before = _count(db_path, "audit_log")
    generate_demo(services.db, cases=30, seed=3, today=TODAY)
    assert _count(db_path, "audit_log") == before + 1
    entry = services.audit.entries(limit=1)[0]
    assert entry.action == "demo" and entry.fields["cases"] == (None, 30)
