"""What is wrong with a database file is found without changing it; one writer at a time."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePosixPath

import pytest

from mediation_desk.db.health import ProblemKind, diagnose
from mediation_desk.db.instance_lock import DatabaseInUse, InstanceLock
from mediation_desk.db.network_share import filesystem_of, is_unc_path
from mediation_desk.services.bootstrap import open_services


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "committee.sqlite3"
    open_services(f"sqlite:///{path}").close()
    return path


def test_a_sound_database_and_a_missing_one_have_no_problem(database: Path, tmp_path: Path) -> None:
    assert diagnose(database) is None
    assert diagnose(tmp_path / "not-yet.sqlite3") is None


@pytest.mark.parametrize(
    ("damage", "kind"),
    [
        (lambda data: b"%PDF-1.7 a document saved under the wrong name", ProblemKind.NOT_SQLITE),
        (lambda data: data[: len(data) // 2], ProblemKind.TRUNCATED),
        (lambda data: data[:60], ProblemKind.TRUNCATED),
        (lambda data: data[:8192] + b"\xa5" * 8192 + data[16384:], ProblemKind.DAMAGED),
    ],
    ids=["another-file", "cut-in-half", "cut-in-the-header", "overwritten-pages"],
)
def test_damage_is_named_and_the_file_left_as_it_was(database: Path, damage, kind) -> None:  # type: ignore[no-untyped-def]
    broken = damage(database.read_bytes())
    database.write_bytes(broken)
    problem = diagnose(database)
    assert problem is not None and problem.kind is kind
    assert database.read_bytes() == broken


def test_a_write_transaction_held_by_another_program_is_reported_as_locked(
    database: Path,
) -> None:
    other = sqlite3.connect(database, isolation_level=None)
    other.execute("begin immediate")
    try:
        problem = diagnose(database)
    finally:
        other.execute("rollback")
        other.close()
    assert problem is not None and problem.kind is ProblemKind.LOCKED


def test_a_second_writer_is_refused_with_who_holds_the_lock(database: Path) -> None:
    first = InstanceLock(database)
    first.acquire()
    with pytest.raises(DatabaseInUse) as refused:
        InstanceLock(database).acquire()
    assert refused.value.holder.startswith("pid ")
    first.release()
    with InstanceLock(database) as second:
        assert second.is_held


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//server/share /mnt/office cifs rw,vers=3.0 0 0
nas:/export /mnt/office/nfs nfs4 rw 0 0
/dev/sdb1 /media/usb\\040stick vfat rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/a/committee.sqlite3", "ext4"),
        ("/mnt/office/committee.sqlite3", "cifs"),
        ("/mnt/office/nfs/committee.sqlite3", "nfs4"),
        ("/mnt/officer/committee.sqlite3", "ext4"),
        ("/media/usb stick/committee.sqlite3", "vfat"),
    ],
)
def test_the_file_system_of_a_path_comes_from_the_longest_mount(path: str, kind: str) -> None:
    assert filesystem_of(PurePosixPath(path), MOUNTS) == kind


def test_unc_paths_are_network_paths_but_local_long_paths_are_not() -> None:
    assert is_unc_path(r"\\server\share\committee.sqlite3")
    assert is_unc_path(r"\\?\UNC\server\share\committee.sqlite3")
    assert not is_unc_path(r"\\?\C:\Users\a\committee.sqlite3")
    assert not is_unc_path(r"C:\Users\a\committee.sqlite3")
