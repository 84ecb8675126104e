"""Kill -9 at random moments during saves, an import, a backup, a restore and a migration.

After every kill the database passes `PRAGMA integrity_check` and holds the state from before
or after the interrupted operation, never a mixture: every case has all its parties, its
mediator and its search entry, and counts are those of a whole import/backup/restore/upgrade.
Set KILL_TEST_SEED to repeat a run.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.db.engine import make_engine
from mediation_desk.db.migrate import MIGRATIONS_DIR, head_revision, upgrade
from mediation_desk.db.sqlite_files import copy_consistently
from mediation_desk.domain.models import Committee, Mediator
from mediation_desk.services.backup import BackupKind, BackupService
from mediation_desk.services.bootstrap import _verified_backup, open_services
from mediation_desk.services.interchange import write_export
from tests.db.test_migrations import EXTRA_REVISION
from tests.e2e.kill_harness import DONE, START, Kill, Mark, run_and_kill
from tests.services.conftest import make_draft

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() and SIGKILL")

SEED = int(os.environ.get("KILL_TEST_SEED", time.time_ns() % 1_000_000))
KILLS = {"saves": 10, "import": 6, "backup": 6, "restore": 6, "migration": 6}
_kills: list[Kill] = []


@pytest.fixture
def rng() -> random.Random:
    return random.Random(SEED)


def _committee_db(path: Path, cases: int) -> Path:
    services = open_services(f"sqlite:///{path}")
    services.committee.save(
        Committee("乌审召镇巴音敖包嘎查人民调解委员会", "巴音敖包", "150626100"),
        [Mediator(name="乌力吉")],
    )
    for n in range(cases):
        services.cases.register(make_draft(services, names=(f"王{n}", "ᠪᠠᠲᠤ")))
    services.close()
    return path


def _scalar(connection: sqlite3.Connection, sql: str) -> int:
    return int(connection.execute(sql).fetchone()[0])


def _whole_cases(path: Path) -> int:
    """Checks the file and that no case is half-saved; returns the number of cases."""
    with sqlite3.connect(path) as connection:
        assert connection.execute("pragma integrity_check").fetchall() == [("ok",)], path
        assert connection.execute("pragma foreign_key_check").fetchall() == [], path
        tables = {r[0] for r in connection.execute("select name from sqlite_master")}
        if "mediation_case" not in tables:
            return 0  # killed while the new database was being created: no schema at all
        cases = _scalar(connection, "select count(*) from mediation_case")
        half_saved = _scalar(
            connection,
            "select count(*) from mediation_case c where"
            " (select count(*) from party p where p.case_id = c.id) != 2"
            " or (select count(*) from case_mediator m where m.case_id = c.id) != 1"
            " or not exists (select 1 from case_search s where s.case_id = c.id)",
        )
        assert half_saved == 0, f"{path}: {half_saved} case(s) saved in part"
        last_serial = _scalar(
            connection, "select coalesce(max(last_serial), 0) from case_number_counter"
        )
        assert last_serial == _scalar(
            connection, "select coalesce(max(serial), 0) from mediation_case"
        )
    return cases


def _kill_repeatedly(
    work_for: Callable[[int], Callable[[Mark], None]],
    count: int,
    window: float,
    rng: random.Random,
    after_each: Callable[[Kill], None] = lambda _kill: None,
) -> None:
    """Starts `work_for(n)` in a child `count` times, each killed `uniform(0, window)` s after
    its first operation began; `after_each` checks the files after every kill."""
    for n in range(count):
        kill = run_and_kill(work_for(n), rng.uniform(0, window))
        _kills.append(kill)
        after_each(kill)


def _assert_equal(found: int, expected: int) -> None:
    assert found == expected, f"seed {SEED}"


def test_saves(tmp_path: Path, rng: random.Random) -> None:
    path = _committee_db(tmp_path / "saves.sqlite3", 0)
    saved = [0]

    def work_for(_n: int):  # type: ignore[no-untyped-def]
        def work(mark: Mark) -> None:
            services = open_services(f"sqlite:///{path}")
            while True:
                mark(START)
                services.cases.register(make_draft(services))
                mark(DONE)

        return work

    def check(kill: Kill) -> None:
        before = saved[0] + kill.operations_done
        cases = _whole_cases(path)
        # The kill came before the commit (old state) or after it (new state).
        assert cases in (before, before + 1), f"seed {SEED}"
        saved[0] = cases

    _kill_repeatedly(work_for, KILLS["saves"], 0.25, rng, check)


def test_import(tmp_path: Path, rng: random.Random) -> None:
    source = _committee_db(tmp_path / "source.sqlite3", 12)
    exported = tmp_path / "cases.json"
    services = open_services(f"sqlite:///{source}")
    write_export(services.db, exported)
    services.close()

    def work_for(k: int):  # type: ignore[no-untyped-def]
        def work(mark: Mark) -> None:
            for n in range(1000):
                mark(START)
                code = main(
                    ["--db", str(tmp_path / f"import-{k}-{n}.sqlite3"), "import", str(exported)]
                )
                assert code == 0
                mark(DONE)

        return work

    _kill_repeatedly(work_for, KILLS["import"], 1.0, rng)
    targets = sorted(tmp_path.glob("import-*.sqlite3"))
    assert targets
    for target in targets:
        assert _whole_cases(target) in (0, 12), f"{target.name}, seed {SEED}"


def test_backup(tmp_path: Path, rng: random.Random) -> None:
    source = _committee_db(tmp_path / "source.sqlite3", 30)
    folder = tmp_path / "backups"

    def work_for(_k: int):  # type: ignore[no-untyped-def]
        def work(mark: Mark) -> None:
            service = BackupService(source, folder)
            while True:
                mark(START)
                service.make_backup(BackupKind.MANUAL)
                mark(DONE)

        return work

    _kill_repeatedly(
        work_for, KILLS["backup"], 0.3, rng, lambda _kill: _assert_equal(_whole_cases(source), 30)
    )
    finished = [p for p in folder.glob("*.sqlite3") if not p.name.startswith(".")]
    assert finished
    for backup in finished:  # an unfinished copy never carries a backup's name
        assert _whole_cases(backup) == 30, f"{backup.name}, seed {SEED}"
    assert {b.cases for b in BackupService(source, folder).list_backups()} == {30}


def test_restore(tmp_path: Path, rng: random.Random) -> None:
    live = _committee_db(tmp_path / "live.sqlite3", 5)
    backups = BackupService(live)
    small = backups.make_backup(BackupKind.MANUAL, target=tmp_path / "small.sqlite3").path
    services = open_services(f"sqlite:///{live}")
    for n in range(7):
        services.cases.register(make_draft(services, names=(f"张{n}", "李四")))
    services.close()
    large = backups.make_backup(BackupKind.MANUAL, target=tmp_path / "large.sqlite3").path
    originals = {p: p.read_bytes() for p in (small, large)}

    def work_for(k: int):  # type: ignore[no-untyped-def]
        def work(mark: Mark) -> None:
            for n in range(1000):
                mark(START)
                backup = (small, large)[(k + n) % 2]
                assert main(["--db", str(live), "restore", str(backup), "--yes"]) == 0
                mark(DONE)

        return work

    def check(_kill: Kill) -> None:
        assert _whole_cases(live) in (5, 12), f"seed {SEED}"

    _kill_repeatedly(work_for, KILLS["restore"], 0.5, rng, check)
    for backup, data in originals.items():
        assert backup.read_bytes() == data, "a backup is only ever read"
    kept = [p for p in backups.folder.glob("*.sqlite3") if not p.name.startswith(".")]
    for copy in kept:
        assert _whole_cases(copy) in (5, 12), f"{copy.name}, seed {SEED}"


def test_migration(tmp_path: Path, rng: random.Random) -> None:
    template = _committee_db(tmp_path / "template.sqlite3", 10)
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, migrations)
    (migrations / "versions" / "9999_test.py").write_text(
        EXTRA_REVISION.replace("{head}", head_revision())
    )
    folder = tmp_path / "work"
    folder.mkdir()

    def work_for(k: int):  # type: ignore[no-untyped-def]
        def work(mark: Mark) -> None:
            for n in range(1000):
                target = folder / f"m-{k}-{n}.sqlite3"
                partial = folder / f".m-{k}-{n}.partial"
                copy_consistently(template, partial)
                os.replace(partial, target)
                mark(START)
                url = f"sqlite:///{target}"
                engine = make_engine(url)
                upgrade(
                    engine, url, folder, migrations_dir=migrations, make_backup=_verified_backup
                )
                engine.dispose()
                mark(DONE)

        return work

    _kill_repeatedly(work_for, KILLS["migration"], 0.6, rng)
    targets = sorted(folder.glob("m-*.sqlite3"))
    assert targets
    for target in targets:
        assert _whole_cases(target) == 10, f"{target.name}, seed {SEED}"
        with sqlite3.connect(target) as connection:
            revision = connection.execute("select version_num from alembic_version").fetchone()[0]
            columns = {r[1] for r in connection.execute("pragma table_info(mediation_case)")}
        assert revision in (head_revision(), "9999")
        assert ("note" in columns) == (revision == "9999"), f"{target.name}: schema half-upgraded"


def test_most_kills_landed_inside_an_operation() -> None:
    """Runs last in this module: the kills above were not all between operations."""
    if len(_kills) < sum(KILLS.values()):
        pytest.skip("run together with the kill tests")
    inside = sum(kill.inside_operation for kill in _kills)
    print(f"\nkill test: {len(_kills)} kills, {inside} inside an operation (seed {SEED})")
    assert inside >= len(_kills) // 2
